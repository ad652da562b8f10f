import { UpdateParticipantRequest } from '@livekit/protocol';
import { AccessToken, RoomServiceClient } from 'livekit-server-sdk';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { graphql } from './generated/index.js';
import { subscribeSse, subscribeWs } from './support/events.js';
import {
  graphqlRequest,
  SERVICE_KEY,
  startTestGateway,
  testEnv,
  type TestGateway,
} from './support/gateway.js';
import { startLiveKitServer, type LiveKitServer } from './support/livekit-server.js';
import { eventually, joinRoom, joinToken, type TestParticipant } from './support/participant.js';

const UpdateAttributes = graphql(`
  mutation InputChecksUpdateAttributes($input: UpdateParticipantInput!) {
    updateParticipant(input: $input) {
      identity
      attributes {
        key
        value
      }
    }
  }
`);

const MintWithAttributes = graphql(`
  mutation InputChecksMintWithAttributes($input: CreateAccessTokenInput!) {
    createAccessToken(input: $input) {
      token
    }
  }
`);

const RemoveParticipant = graphql(`
  mutation InputChecksRemoveParticipant($room: String!, $identity: String!, $ban: Boolean) {
    removeParticipant(room: $room, identity: $identity, ban: $ban) {
      banned
    }
  }
`);

const UnbanParticipant = graphql(`
  mutation InputChecksUnbanParticipant($room: String!, $identity: String!) {
    unbanParticipant(room: $room, identity: $identity) {
      unbanned
    }
  }
`);

const Bans = graphql(`
  query InputChecksBans($room: String!) {
    bans(room: $room) {
      identity
    }
  }
`);

const StartRoomCompositeEgress = graphql(`
  mutation InputChecksStartRoomCompositeEgress($input: StartRoomCompositeEgressInput!) {
    startRoomCompositeEgress(input: $input) {
      egressId
    }
  }
`);

const StartTrackEgress = graphql(`
  mutation InputChecksStartTrackEgress($input: StartTrackEgressInput!) {
    startTrackEgress(input: $input) {
      egressId
    }
  }
`);

const StartParticipantEgress = graphql(`
  mutation InputChecksStartParticipantEgress($input: StartParticipantEgressInput!) {
    startParticipantEgress(input: $input) {
      egressId
    }
  }
`);

const ROOM_STATE_QUERY = `
  subscription InputChecksRoomState($room: String!) {
    roomState(room: $room) {
      room
    }
  }
`;

/** Returns the `extensions` of each error of a GraphQL result. */
function extensionsOf(result: { errors?: readonly { extensions?: unknown }[] }): unknown[] {
  return (result.errors ?? []).map((error) => error.extensions);
}

/** Signs an admin token for `room`, to call LiveKit's Twirp API without the SDK. */
async function adminToken(livekit: LiveKitServer, room: string): Promise<string> {
  const token = new AccessToken(livekit.apiKey, livekit.apiSecret);
  token.addGrant({ roomAdmin: true, room });
  return token.toJwt();
}

/** Posts a raw JSON body to a RoomService method and returns the response text. */
async function twirpText(
  livekit: LiveKitServer,
  method: string,
  room: string,
  body: string,
): Promise<string> {
  const response = await fetch(`${livekit.httpUrl}/twirp/livekit.RoomService/${method}`, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      authorization: `Bearer ${await adminToken(livekit, room)}`,
    },
    body,
  });
  expect(response.status, `${method} status`).toBe(200);
  return response.text();
}

describe('input checks against a real livekit-server', () => {
  let livekit: LiveKitServer;
  let gateway: TestGateway;
  const participants: TestParticipant[] = [];
  const roomName = `input-checks-${Date.now()}`;

  beforeAll(async () => {
    livekit = await startLiveKitServer();
    gateway = await startTestGateway(testEnv(livekit));
    const token = await joinToken(livekit, roomName, 'alice');
    participants.push(await joinRoom(livekit.wsUrl, token, 'alice'));
  });

  afterAll(async () => {
    for (const participant of participants) {
      await participant.disconnect();
    }
    await gateway?.close();
    await livekit?.stop();
  });

  describe('participant attribute keys', () => {
    it('updateParticipant rejects the key __proto__', async () => {
      const set = await graphqlRequest(gateway.url, UpdateAttributes, {
        input: {
          room: roomName,
          identity: 'alice',
          setAttributes: [{ key: '__proto__', value: 'x' }],
        },
      });
      expect(set.data).toBeNull();
      expect(extensionsOf(set)).toEqual([{ code: 'BAD_USER_INPUT', argument: 'setAttributes' }]);
      expect(set.errors?.[0]?.message).toContain('"__proto__"');

      const removed = await graphqlRequest(gateway.url, UpdateAttributes, {
        input: { room: roomName, identity: 'alice', removeAttributes: ['__proto__'] },
      });
      expect(extensionsOf(removed)).toEqual([
        { code: 'BAD_USER_INPUT', argument: 'removeAttributes' },
      ]);
    });

    it('createAccessToken rejects the key __proto__', async () => {
      const minted = await graphqlRequest(gateway.url, MintWithAttributes, {
        input: { room: roomName, identity: 'bob', attributes: [{ key: '__proto__', value: 'x' }] },
      });
      expect(minted.data).toBeNull();
      expect(extensionsOf(minted)).toEqual([{ code: 'BAD_USER_INPUT', argument: 'attributes' }]);
      expect(minted.errors?.[0]?.message).toContain('"__proto__" is not supported');
    });

    it('LiveKit keeps a __proto__ key that the SDK drops', async () => {
      // livekit-server v1.13.5 stores the key when the request is written by hand...
      // A computed `__proto__` key makes an own property, which JSON.stringify writes out.
      const rawUpdate = (value: string) =>
        JSON.stringify({ room: roomName, identity: 'alice', attributes: { ['__proto__']: value } });
      await twirpText(livekit, 'UpdateParticipant', roomName, rawUpdate('raw'));
      const listed = await twirpText(
        livekit,
        'ListParticipants',
        roomName,
        JSON.stringify({ room: roomName }),
      );
      expect(listed).toContain('"__proto__":"raw"');

      // ...but @livekit/protocol drops it both when reading a participant and when encoding an
      // update, which is why the gateway rejects the key instead of passing it on.
      const rooms = new RoomServiceClient(livekit.httpUrl, livekit.apiKey, livekit.apiSecret);
      const [alice] = await rooms.listParticipants(roomName);
      expect(Object.hasOwn(alice!.attributes, '__proto__')).toBe(false);
      const attributes: Record<string, string> = Object.create(null) as Record<string, string>;
      attributes['__proto__'] = 'x';
      const request = new UpdateParticipantRequest({ room: roomName, identity: 'a', attributes });
      expect(JSON.stringify(request.toJson())).not.toContain('__proto__');

      // The raw key would otherwise stay on alice for the tests that follow.
      await twirpText(livekit, 'UpdateParticipant', roomName, rawUpdate(''));
    });

    it('updateParticipant passes constructor and prototype keys to LiveKit', async () => {
      const updated = await graphqlRequest(gateway.url, UpdateAttributes, {
        input: {
          room: roomName,
          identity: 'alice',
          setAttributes: [
            { key: 'constructor', value: 'c' },
            { key: 'prototype', value: 'p' },
          ],
        },
      });
      expect(updated.errors).toBeUndefined();
      expect(updated.data?.updateParticipant.attributes).toEqual([
        { key: 'constructor', value: 'c' },
        { key: 'prototype', value: 'p' },
      ]);
      // The participant's own client sees what LiveKit stored, independent of the gateway.
      const seen = await eventually(
        async () => {
          const own = participants[0]!.room.localParticipant?.attributes ?? {};
          return Object.hasOwn(own, 'constructor') ? own : undefined;
        },
        10_000,
        'attributes on alice',
      );
      expect(seen['constructor']).toBe('c');
      expect(seen['prototype']).toBe('p');
    });

    it('createAccessToken signs constructor and prototype keys', async () => {
      const minted = await graphqlRequest(gateway.url, MintWithAttributes, {
        input: {
          room: roomName,
          identity: 'carol',
          attributes: [
            { key: 'constructor', value: 'c' },
            { key: 'prototype', value: 'p' },
          ],
        },
      });
      expect(minted.errors).toBeUndefined();
      const carol = await joinRoom(livekit.wsUrl, minted.data!.createAccessToken.token, 'carol');
      participants.push(carol);
      const own = carol.room.localParticipant?.attributes ?? {};
      expect(own['constructor']).toBe('c');
      expect(own['prototype']).toBe('p');

      const twice = await graphqlRequest(gateway.url, MintWithAttributes, {
        input: {
          room: roomName,
          identity: 'dave',
          attributes: [
            { key: 'constructor', value: 'c' },
            { key: 'constructor', value: 'd' },
          ],
        },
      });
      expect(extensionsOf(twice)).toEqual([{ code: 'BAD_USER_INPUT', argument: 'attributes' }]);
      expect(twice.errors?.[0]?.message).toBe('Attribute "constructor" is given twice');
    });
  });

  describe('empty room names', () => {
    it('roomEvents rejects an empty room over graphql-ws and SSE', async () => {
      const ws = subscribeWs(gateway.url, SERVICE_KEY, { room: '' });
      // The error arrives as the one result of the operation, which then completes.
      expect(await ws.ended).toBeNull();
      expect(ws.errors).toMatchObject([
        { extensions: { code: 'BAD_USER_INPUT', argument: 'room' } },
      ]);
      await ws.close();

      const sse = await subscribeSse(gateway.url, SERVICE_KEY, { room: '' });
      await sse.ended;
      const next = sse.frames.find((frame) => frame.event === 'next');
      expect(JSON.parse(next?.data ?? '{}')).toMatchObject({
        errors: [{ extensions: { code: 'BAD_USER_INPUT', argument: 'room' } }],
      });
      expect(sse.frames.at(-1)?.event).toBe('complete');
      expect(gateway.gateway.events.subscriberCount('')).toBe(0);
    });

    it('roomState rejects an empty room over graphql-ws and SSE', async () => {
      const ws = subscribeWs(gateway.url, SERVICE_KEY, { room: '' }, ROOM_STATE_QUERY);
      // The error arrives as the one result of the operation, which then completes.
      expect(await ws.ended).toBeNull();
      expect(ws.errors).toMatchObject([
        { extensions: { code: 'BAD_USER_INPUT', argument: 'room' } },
      ]);
      await ws.close();

      const response = await fetch(`${gateway.url}/graphql`, {
        method: 'POST',
        headers: {
          accept: 'text/event-stream',
          'content-type': 'application/json',
          authorization: `Bearer ${SERVICE_KEY}`,
        },
        body: JSON.stringify({ query: ROOM_STATE_QUERY, variables: { room: '' } }),
      });
      // The stream ends after the error, so the whole body can be read.
      const body = await response.text();
      expect(body).toContain('"code":"BAD_USER_INPUT"');
      expect(body).toContain('"argument":"room"');
      expect(body).toMatch(/event: complete/);
    });

    it('removeParticipant and unbanParticipant reject an empty room', async () => {
      const removed = await graphqlRequest(gateway.url, RemoveParticipant, {
        room: '',
        identity: 'alice',
        ban: true,
      });
      expect(removed.data).toBeNull();
      expect(extensionsOf(removed)).toEqual([{ code: 'BAD_USER_INPUT', argument: 'room' }]);
      const bans = await graphqlRequest(gateway.url, Bans, { room: '' });
      expect(bans.data?.bans).toEqual([]);

      const unbanned = await graphqlRequest(gateway.url, UnbanParticipant, {
        room: '',
        identity: 'alice',
      });
      expect(extensionsOf(unbanned)).toEqual([{ code: 'BAD_USER_INPUT', argument: 'room' }]);
    });

    it('egress starts reject an empty room before calling LiveKit', async () => {
      const file = { filepath: 'out.mp4' };
      const results = [
        await graphqlRequest(gateway.url, StartRoomCompositeEgress, { input: { room: '', file } }),
        await graphqlRequest(gateway.url, StartTrackEgress, {
          input: { room: '', trackSid: 'TR_x', filepath: 'out.ogg' },
        }),
        await graphqlRequest(gateway.url, StartParticipantEgress, {
          input: { room: '', identity: 'alice', file },
        }),
      ];
      for (const result of results) {
        expect(extensionsOf(result)).toEqual([{ code: 'BAD_USER_INPUT', argument: 'room' }]);
      }
    });
  });
});
