import { decodeJwt, SignJWT } from 'jose';
import { WebSocket } from 'ws';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { graphql } from './generated/index.js';
import type { CreateAccessTokenInput } from './generated/graphql.js';
import {
  graphqlRequest,
  SERVICE_KEY,
  startTestGateway,
  testEnv,
  type TestGateway,
} from './support/gateway.js';
import { startLiveKitServer, type LiveKitServer } from './support/livekit-server.js';
import {
  eventually,
  joinRoom,
  joinToken,
  nextRoomEvent,
  type TestParticipant,
} from './support/participant.js';
import { RoomEvent } from '@livekit/rtc-node';

const APP_SECRET = 'app-shared-secret-for-tests-0123456789';
const ISSUER = 'https://idp.example.test/';
const AUDIENCE = 'gateway-tests';
const MAX_TTL = 3600;

const Viewer = graphql(`
  query Viewer {
    viewer {
      identity
      credential
      expiresAt
      canListRooms
      canCreateRooms
      bannedRooms
      grants {
        room
        roomJoin
        roomAdmin
        canSubscribe
      }
      readRooms {
        all
        rooms
      }
      adminRooms {
        all
        rooms
      }
      minting {
        rooms {
          all
          rooms
        }
        anyIdentityRooms {
          all
          rooms
        }
        maxTtlSeconds
        publishSources
        grants {
          roomAdmin
          canPublish
        }
      }
    }
  }
`);

const RoomParticipants = graphql(`
  query AuthRoomParticipants($name: String!) {
    room(name: $name) {
      name
      participants {
        identity
      }
    }
  }
`);

const RoomName = graphql(`
  query AuthRoomName($name: String!) {
    room(name: $name) {
      name
      maxParticipants
    }
  }
`);

const RoomNames = graphql(`
  query AuthRoomNames($names: [String!]) {
    rooms(names: $names) {
      name
    }
  }
`);

const OneParticipant = graphql(`
  query AuthParticipant($room: String!, $identity: String!) {
    participant(room: $room, identity: $identity) {
      identity
    }
  }
`);

const CreateRoom = graphql(`
  mutation AuthCreateRoom($input: CreateRoomInput!) {
    createRoom(input: $input) {
      name
    }
  }
`);

const UpdateRoomMetadata = graphql(`
  mutation AuthUpdateRoomMetadata($name: String!, $metadata: String!) {
    updateRoomMetadata(name: $name, metadata: $metadata) {
      metadata
    }
  }
`);

const CreateAccessToken = graphql(`
  mutation AuthCreateAccessToken($input: CreateAccessTokenInput!) {
    createAccessToken(input: $input) {
      token
      identity
      room
      expiresAt
      serverUrl
      roomConfigurationIgnored
      grants {
        room
        roomJoin
        roomAdmin
        roomCreate
        hidden
        canPublish
        canSubscribe
        canPublishData
        canPublishSources
        canUpdateOwnMetadata
      }
    }
  }
`);

const RemoveParticipant = graphql(`
  mutation AuthRemoveParticipant($room: String!, $identity: String!, $ban: Boolean) {
    removeParticipant(room: $room, identity: $identity, ban: $ban) {
      room
      identity
      banned
    }
  }
`);

const UnbanParticipant = graphql(`
  mutation AuthUnbanParticipant($room: String!, $identity: String!) {
    unbanParticipant(room: $room, identity: $identity) {
      unbanned
    }
  }
`);

const Bans = graphql(`
  query AuthBans($room: String!) {
    bans(room: $room) {
      identity
      createdAt
    }
  }
`);

function appJwt(
  subject: string,
  claims: Record<string, unknown> = {},
  ttl: string | number = '10m',
) {
  return new SignJWT(claims)
    .setProtectedHeader({ alg: 'HS256' })
    .setIssuer(ISSUER)
    .setAudience(AUDIENCE)
    .setSubject(subject)
    .setIssuedAt()
    .setExpirationTime(ttl)
    .sign(new TextEncoder().encode(APP_SECRET));
}

function codeOf(result: { errors?: readonly { extensions?: Record<string, unknown> }[] }) {
  return result.errors?.[0]?.extensions?.['code'];
}

/** Opens a graphql-ws connection and sends `connection_init` with `payload`. */
function connectWebSocket(url: string, payload: Record<string, unknown> | undefined) {
  const socket = new WebSocket(`${url.replace(/^http/, 'ws')}/graphql`, 'graphql-transport-ws');
  const acked = new Promise<boolean>((resolve) => {
    socket.on('message', (data) => {
      const message = JSON.parse(String(data)) as { type: string };
      if (message.type === 'connection_ack') {
        resolve(true);
      }
    });
    socket.once('close', () => resolve(false));
  });
  const closed = new Promise<{ code: number; reason: string }>((resolve) => {
    socket.once('close', (code, reason) => resolve({ code, reason: reason.toString() }));
  });
  socket.once('open', () => {
    socket.send(JSON.stringify({ type: 'connection_init', payload }));
  });
  return { socket, acked, closed };
}

describe('authentication and authorization through the gateway', () => {
  let livekit: LiveKitServer;
  let gateway: TestGateway;
  const participants: TestParticipant[] = [];
  const stamp = Date.now();
  const roomA = `auth-a-${stamp}`;
  const roomB = `auth-b-${stamp}`;
  const secrets: string[] = [APP_SECRET, SERVICE_KEY];

  beforeAll(async () => {
    livekit = await startLiveKitServer();
    secrets.push(livekit.apiSecret);
    gateway = await startTestGateway(
      testEnv(livekit, {
        AUTH_JWT_SECRET: APP_SECRET,
        AUTH_ISSUER: ISSUER,
        AUTH_AUDIENCE: AUDIENCE,
        AUTH_DEFAULT_GRANTS: '{"roomList":true}',
        TOKEN_MAX_TTL_SECONDS: String(MAX_TTL),
        TOKEN_PUBLISH_SOURCES: 'camera,microphone',
      }),
    );
    for (const name of [roomA, roomB]) {
      const created = await graphqlRequest(gateway.url, CreateRoom, { input: { name } });
      expect(created.errors).toBeUndefined();
    }
  });

  afterAll(async () => {
    for (const participant of participants) {
      await participant.disconnect();
    }
    await gateway?.close();
    await livekit?.stop();
  });

  /** Mints through the gateway as `caller` and returns the response. */
  function mint(caller: string, input: CreateAccessTokenInput) {
    return graphqlRequest(gateway.url, CreateAccessToken, { input }, caller);
  }

  it('describes a service key, a LiveKit token and an app JWT in viewer', async () => {
    const service = await graphqlRequest(gateway.url, Viewer, {});
    expect(service.errors).toBeUndefined();
    expect(service.data?.viewer.credential).toBe('SERVICE_KEY');
    expect(service.data?.viewer.identity).toBeNull();
    expect(service.data?.viewer.expiresAt).toBeNull();
    expect(service.data?.viewer.readRooms).toEqual({ all: true, rooms: [] });
    expect(service.data?.viewer.minting.anyIdentityRooms.all).toBe(true);

    const livekitToken = await joinToken(livekit, roomA, 'alice');
    const alice = await graphqlRequest(gateway.url, Viewer, {}, livekitToken);
    expect(alice.errors).toBeUndefined();
    const viewer = alice.data?.viewer;
    expect(viewer?.credential).toBe('LIVEKIT_TOKEN');
    expect(viewer?.identity).toBe('alice');
    expect(viewer?.expiresAt).toBe(
      new Date((decodeJwt(livekitToken).exp ?? 0) * 1000).toISOString(),
    );
    expect(viewer?.grants).toEqual({
      room: roomA,
      roomJoin: true,
      roomAdmin: false,
      canSubscribe: true,
    });
    expect(viewer?.readRooms).toEqual({ all: false, rooms: [roomA] });
    expect(viewer?.adminRooms).toEqual({ all: false, rooms: [] });
    expect(viewer?.canListRooms).toBe(false);
    expect(viewer?.minting.rooms).toEqual({ all: false, rooms: [roomA] });
    expect(viewer?.minting.anyIdentityRooms.rooms).toEqual([]);
    expect(viewer?.minting.maxTtlSeconds).toBe(MAX_TTL);
    expect(viewer?.minting.publishSources).toEqual(['CAMERA', 'MICROPHONE']);
    expect(viewer?.minting.grants).toEqual({ roomAdmin: false, canPublish: true });

    const app = await graphqlRequest(gateway.url, Viewer, {}, await appJwt('user-1'));
    expect(app.errors).toBeUndefined();
    expect(app.data?.viewer.credential).toBe('APP_JWT');
    expect(app.data?.viewer.identity).toBe('user-1');
    // No grants claim: the configured default grants apply.
    expect(app.data?.viewer.canListRooms).toBe(true);
    expect(app.data?.viewer.readRooms).toEqual({ all: false, rooms: [] });
  });

  it('lets a room-scoped token read its room only', async () => {
    const token = await joinToken(livekit, roomA, 'alice');
    const own = await graphqlRequest(gateway.url, RoomParticipants, { name: roomA }, token);
    expect(own.errors).toBeUndefined();
    expect(own.data?.room?.name).toBe(roomA);

    const other = await graphqlRequest(gateway.url, RoomParticipants, { name: roomB }, token);
    expect(codeOf(other)).toBe('FORBIDDEN');
    expect(other.status).toBe(403);

    const participant = await graphqlRequest(
      gateway.url,
      OneParticipant,
      { room: roomB, identity: 'x' },
      token,
    );
    expect(codeOf(participant)).toBe('FORBIDDEN');

    const listed = await graphqlRequest(gateway.url, RoomNames, {}, token);
    expect(listed.data?.rooms.map((room) => room.name)).toEqual([roomA]);
    const named = await graphqlRequest(gateway.url, RoomNames, { names: [roomA, roomB] }, token);
    expect(named.data?.rooms.map((room) => room.name)).toEqual([roomA]);
  });

  it('lets a token with canSubscribe false still read', async () => {
    const token = await joinToken(livekit, roomA, 'listener', { canSubscribe: false });
    const result = await graphqlRequest(gateway.url, RoomParticipants, { name: roomA }, token);
    expect(result.errors).toBeUndefined();
    expect(result.data?.room?.name).toBe(roomA);
  });

  it('lets roomList list rooms but not read participants', async () => {
    const token = await appJwt('lister');
    const listed = await graphqlRequest(gateway.url, RoomNames, {}, token);
    expect(listed.errors).toBeUndefined();
    const names = listed.data?.rooms.map((room) => room.name);
    expect(names).toContain(roomA);
    expect(names).toContain(roomB);

    const room = await graphqlRequest(gateway.url, RoomName, { name: roomB }, token);
    expect(room.errors).toBeUndefined();
    expect(room.data?.room?.name).toBe(roomB);

    const participants = await graphqlRequest(
      gateway.url,
      RoomParticipants,
      { name: roomB },
      token,
    );
    expect(codeOf(participants)).toBe('FORBIDDEN');
  });

  it('rejects moderation without roomAdmin on that room', async () => {
    const joiner = await joinToken(livekit, roomA, 'alice');
    const denied = await graphqlRequest(
      gateway.url,
      UpdateRoomMetadata,
      { name: roomA, metadata: 'x' },
      joiner,
    );
    expect(codeOf(denied)).toBe('FORBIDDEN');

    const admin = await joinToken(livekit, roomA, 'mod', { roomAdmin: true });
    const allowed = await graphqlRequest(
      gateway.url,
      UpdateRoomMetadata,
      { name: roomA, metadata: 'moderated' },
      admin,
    );
    expect(allowed.errors).toBeUndefined();
    expect(allowed.data?.updateRoomMetadata.metadata).toBe('moderated');

    const elsewhere = await graphqlRequest(
      gateway.url,
      UpdateRoomMetadata,
      { name: roomB, metadata: 'x' },
      admin,
    );
    expect(codeOf(elsewhere)).toBe('FORBIDDEN');

    const create = await graphqlRequest(gateway.url, CreateRoom, { input: { name: 'x' } }, admin);
    expect(codeOf(create)).toBe('FORBIDDEN');
  });

  it('mints a token that joins the real server and publishes', async () => {
    const caller = await appJwt('carol', { video: { roomJoin: true, room: roomA } });
    const result = await mint(caller, { room: roomA, name: 'Carol', ttlSeconds: 600 });
    expect(result.errors).toBeUndefined();
    const minted = result.data!.createAccessToken;
    secrets.push(minted.token);
    expect(minted.identity).toBe('carol');
    expect(minted.room).toBe(roomA);
    expect(minted.serverUrl).toBe(livekit.wsUrl);
    const claims = decodeJwt(minted.token);
    expect(minted.expiresAt).toBe(new Date((claims.exp ?? 0) * 1000).toISOString());
    expect((claims.exp ?? 0) - (claims.nbf ?? 0)).toBe(600);
    expect(claims.sub).toBe('carol');
    expect(claims['name']).toBe('Carol');
    expect(minted.grants).toMatchObject({
      room: roomA,
      roomJoin: true,
      roomAdmin: false,
      canPublish: true,
      canSubscribe: true,
      canPublishSources: ['CAMERA', 'MICROPHONE'],
    });

    const carol = await joinRoom(minted.serverUrl, minted.token, 'carol', { publishAudio: true });
    participants.push(carol);
    expect(carol.publication?.sid).toMatch(/^TR_/);
    const seen = await eventually(async () => {
      const room = await graphqlRequest(gateway.url, RoomParticipants, { name: roomA });
      const identities = room.data?.room?.participants.map((p) => p.identity) ?? [];
      return identities.includes('carol') ? identities : undefined;
    });
    expect(seen).toContain('carol');
  });

  it('cuts requested grants down to the policy', async () => {
    const caller = await appJwt('carol', { video: { roomJoin: true, room: roomA } });
    const result = await mint(caller, {
      room: roomA,
      grants: {
        roomAdmin: true,
        roomCreate: true,
        hidden: true,
        canUpdateOwnMetadata: true,
        canPublishSources: ['SCREEN_SHARE'],
      },
    });
    expect(result.errors).toBeUndefined();
    const grants = result.data?.createAccessToken.grants;
    expect(grants?.roomAdmin).toBe(false);
    expect(grants?.roomCreate).toBe(false);
    expect(grants?.hidden).toBe(false);
    expect(grants?.canUpdateOwnMetadata).toBe(false);
    // Screen share is outside the policy, and an empty source list would mean every source.
    expect(grants?.canPublish).toBe(false);
    expect(grants?.canPublishSources).toEqual([]);
    const video = decodeJwt(result.data!.createAccessToken.token)['video'];
    expect(video).toMatchObject({ canPublish: false, roomAdmin: false, hidden: false });
  });

  it('rejects minting for another identity without roomAdmin', async () => {
    const caller = await appJwt('carol', { video: { roomJoin: true, room: roomA } });
    const denied = await mint(caller, { room: roomA, identity: 'dave' });
    expect(codeOf(denied)).toBe('FORBIDDEN');

    const admin = await joinToken(livekit, roomA, 'mod', { roomAdmin: true });
    const allowed = await mint(admin, {
      room: roomA,
      identity: 'dave',
      grants: { roomAdmin: true, hidden: true },
    });
    expect(allowed.errors).toBeUndefined();
    expect(allowed.data?.createAccessToken.identity).toBe('dave');
    expect(allowed.data?.createAccessToken.grants.roomAdmin).toBe(true);
    expect(allowed.data?.createAccessToken.grants.hidden).toBe(true);
  });

  it('rejects minting for a room the caller cannot read', async () => {
    const caller = await appJwt('carol', { video: { roomJoin: true, room: roomA } });
    const result = await mint(caller, { room: roomB });
    expect(codeOf(result)).toBe('FORBIDDEN');
  });

  it('rejects a TTL out of bounds', async () => {
    for (const ttlSeconds of [0, -5, MAX_TTL + 1]) {
      const result = await mint(SERVICE_KEY, { room: roomA, identity: 'bot', ttlSeconds });
      expect(codeOf(result)).toBe('BAD_USER_INPUT');
      expect(result.errors?.[0]?.extensions?.['argument']).toBe('ttlSeconds');
    }
  });

  it('rejects a participant kind or room configuration without rights', async () => {
    const caller = await appJwt('carol', { video: { roomJoin: true, room: roomA } });
    const kind = await mint(caller, { room: roomA, kind: 'AGENT' });
    expect(codeOf(kind)).toBe('FORBIDDEN');
    const config = await mint(caller, { room: roomA, roomConfiguration: { maxParticipants: 3 } });
    expect(codeOf(config)).toBe('FORBIDDEN');
  });

  it('signs a room configuration only when set, and the server applies it', async () => {
    const empty = await mint(SERVICE_KEY, {
      room: roomA,
      identity: 'bot',
      roomConfiguration: {},
    });
    expect(empty.errors).toBeUndefined();
    expect(decodeJwt(empty.data!.createAccessToken.token)['roomConfig']).toBeUndefined();

    const fresh = `auth-config-${stamp}`;
    const result = await mint(SERVICE_KEY, {
      room: fresh,
      identity: 'builder',
      kind: 'AGENT',
      roomConfiguration: { maxParticipants: 5, emptyTimeout: 30, agents: [{ agentName: 'none' }] },
    });
    expect(result.errors).toBeUndefined();
    const claims = decodeJwt(result.data!.createAccessToken.token);
    expect(claims['kind']).toBe('agent');
    expect(claims['roomConfig']).toMatchObject({ maxParticipants: 5, emptyTimeout: 30 });

    expect(result.data!.createAccessToken.roomConfigurationIgnored).toBe(false);

    // LiveKit applies the configuration when this join creates the room.
    const builder = await joinRoom(livekit.wsUrl, result.data!.createAccessToken.token, 'builder');
    participants.push(builder);
    const room = await graphqlRequest(gateway.url, RoomName, { name: fresh });
    expect(room.data?.room?.maxParticipants).toBe(5);

    // Once the room exists, LiveKit ignores a token's configuration; the gateway reports it.
    const late = await mint(SERVICE_KEY, {
      room: fresh,
      identity: 'latecomer',
      roomConfiguration: { maxParticipants: 9 },
    });
    expect(late.errors).toBeUndefined();
    expect(late.data!.createAccessToken.roomConfigurationIgnored).toBe(true);
    const latecomer = await joinRoom(
      livekit.wsUrl,
      late.data!.createAccessToken.token,
      'latecomer',
    );
    participants.push(latecomer);
    const unchanged = await graphqlRequest(gateway.url, RoomName, { name: fresh });
    expect(unchanged.data?.room?.maxParticipants).toBe(5);
  });

  it('shows hidden participants to admins only', async () => {
    const hidden = await joinRoom(
      livekit.wsUrl,
      await joinToken(livekit, roomA, 'recorder', { hidden: true }),
      'recorder',
    );
    participants.push(hidden);
    await eventually(async () => {
      const room = await graphqlRequest(gateway.url, RoomParticipants, { name: roomA });
      return room.data?.room?.participants.some((p) => p.identity === 'recorder') || undefined;
    });

    const joiner = await joinToken(livekit, roomA, 'alice');
    const asJoiner = await graphqlRequest(gateway.url, RoomParticipants, { name: roomA }, joiner);
    expect(asJoiner.data?.room?.participants.map((p) => p.identity)).not.toContain('recorder');
    const one = await graphqlRequest(
      gateway.url,
      OneParticipant,
      { room: roomA, identity: 'recorder' },
      joiner,
    );
    expect(one.data?.participant).toBeNull();

    const admin = await joinToken(livekit, roomA, 'mod', { roomAdmin: true });
    const asAdmin = await graphqlRequest(gateway.url, RoomParticipants, { name: roomA }, admin);
    expect(asAdmin.data?.room?.participants.map((p) => p.identity)).toContain('recorder');
  });

  it('bans an identity: removed, denied its room, and no tokens minted', async () => {
    const carol = participants.find((p) => p.identity === 'carol')!;
    const disconnected = nextRoomEvent<[number]>(carol.room, RoomEvent.Disconnected);
    const admin = await joinToken(livekit, roomA, 'mod', { roomAdmin: true });
    const joiner = await joinToken(livekit, roomA, 'alice');
    const notAdmin = await graphqlRequest(
      gateway.url,
      RemoveParticipant,
      { room: roomA, identity: 'carol', ban: true },
      joiner,
    );
    expect(codeOf(notAdmin)).toBe('FORBIDDEN');

    const removed = await graphqlRequest(
      gateway.url,
      RemoveParticipant,
      { room: roomA, identity: 'carol', ban: true },
      admin,
    );
    expect(removed.errors).toBeUndefined();
    expect(removed.data?.removeParticipant).toEqual({
      room: roomA,
      identity: 'carol',
      banned: true,
    });
    const [reason] = await disconnected;
    // DisconnectReason.PARTICIPANT_REMOVED.
    expect(reason).toBe(4);

    const carolJwt = await appJwt('carol', { video: { roomJoin: true, room: roomA } });
    const read = await graphqlRequest(gateway.url, RoomParticipants, { name: roomA }, carolJwt);
    expect(codeOf(read)).toBe('FORBIDDEN');
    const carolLiveKit = await joinToken(livekit, roomA, 'carol');
    const readLiveKit = await graphqlRequest(
      gateway.url,
      RoomParticipants,
      { name: roomA },
      carolLiveKit,
    );
    expect(codeOf(readLiveKit)).toBe('FORBIDDEN');
    const viewer = await graphqlRequest(gateway.url, Viewer, {}, carolJwt);
    expect(viewer.data?.viewer.bannedRooms).toEqual([roomA]);
    expect(viewer.data?.viewer.readRooms.rooms).toEqual([]);

    const ownMint = await mint(carolJwt, { room: roomA });
    expect(codeOf(ownMint)).toBe('FORBIDDEN');
    const serviceMint = await mint(SERVICE_KEY, { room: roomA, identity: 'carol' });
    expect(codeOf(serviceMint)).toBe('FORBIDDEN');

    const bans = await graphqlRequest(gateway.url, Bans, { room: roomA }, admin);
    expect(bans.data?.bans.map((ban) => ban.identity)).toEqual(['carol']);
    const bansDenied = await graphqlRequest(gateway.url, Bans, { room: roomA }, joiner);
    expect(codeOf(bansDenied)).toBe('FORBIDDEN');

    const unbanDenied = await graphqlRequest(
      gateway.url,
      UnbanParticipant,
      { room: roomA, identity: 'carol' },
      joiner,
    );
    expect(codeOf(unbanDenied)).toBe('FORBIDDEN');
    const unbanned = await graphqlRequest(
      gateway.url,
      UnbanParticipant,
      { room: roomA, identity: 'carol' },
      admin,
    );
    expect(unbanned.data?.unbanParticipant.unbanned).toBe(true);
    const again = await mint(carolJwt, { room: roomA });
    expect(again.errors).toBeUndefined();
    secrets.push(again.data!.createAccessToken.token);
  });

  it('bans an identity that is not in the room', async () => {
    const result = await graphqlRequest(gateway.url, RemoveParticipant, {
      room: roomA,
      identity: 'absent',
      ban: true,
    });
    expect(result.errors).toBeUndefined();
    expect(result.data?.removeParticipant.banned).toBe(true);
    const minted = await mint(SERVICE_KEY, { room: roomA, identity: 'absent' });
    expect(codeOf(minted)).toBe('FORBIDDEN');
  });

  it('ignores a token in the URL', async () => {
    const token = await joinToken(livekit, roomA, 'alice');
    const response = await fetch(`${gateway.url}/graphql?access_token=${token}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ viewer { identity } }' }),
    });
    expect(response.status).toBe(401);
  });

  it('closes a WebSocket without credentials with 4401', async () => {
    const { acked, closed } = connectWebSocket(gateway.url, undefined);
    expect(await acked).toBe(false);
    expect((await closed).code).toBe(4401);
  });

  it('closes a WebSocket with an expired token with 4401', async () => {
    const expired = await appJwt('late', {}, Math.floor(Date.now() / 1000) - 60);
    const { acked, closed } = connectWebSocket(gateway.url, { authorization: `Bearer ${expired}` });
    expect(await acked).toBe(false);
    expect((await closed).code).toBe(4401);
  });

  it('closes a WebSocket with 4401 when its token expires', async () => {
    const shortLived = await appJwt('brief', {}, '2s');
    const { socket, acked, closed } = connectWebSocket(gateway.url, {
      authorization: `Bearer ${shortLived}`,
    });
    expect(await acked).toBe(true);
    const outcome = await Promise.race([
      closed,
      new Promise<null>((resolve) => setTimeout(() => resolve(null), 10_000)),
    ]);
    socket.terminate();
    expect(outcome?.code).toBe(4401);
  });

  it('keeps a service key WebSocket open', async () => {
    const { socket, acked } = connectWebSocket(gateway.url, {
      authorization: `Bearer ${SERVICE_KEY}`,
    });
    expect(await acked).toBe(true);
    expect(socket.readyState).toBe(WebSocket.OPEN);
    socket.close(1000);
  });

  it('writes no token or secret to the logs', async () => {
    const bad = await appJwt('mallory', {}, '1s');
    secrets.push(bad);
    await graphqlRequest(gateway.url, Viewer, {}, `${bad}x`);
    await graphqlRequest(gateway.url, Viewer, {}, 'not-a-valid-key-but-secret-looking');
    secrets.push('not-a-valid-key-but-secret-looking');
    const logs = gateway.rawLogs();
    expect(logs.length).toBeGreaterThan(0);
    expect(logs).toContain('Credentials rejected');
    for (const secret of secrets) {
      expect(logs).not.toContain(secret);
      // A JWT's signature alone would also be a leak.
      expect(logs).not.toContain(secret.split('.').pop()!);
    }
  });
});
