import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { graphql } from './generated/index.js';
import { startLiveKitServer, type LiveKitServer } from './support/livekit-server.js';
import { startRedis, type RedisProcess } from './support/redis-process.js';
import { graphqlRequest, startTestGateway, testEnv, type TestGateway } from './support/gateway.js';
import { joinRoom, joinToken, type TestParticipant } from './support/participant.js';
import { callerToken } from './support/caller-token.js';

const CreateRoom = graphql(`
  mutation CreateRecordedRoom($input: CreateRoomInput!) {
    createRoom(input: $input) {
      name
    }
  }
`);

const StartTrackEgress = graphql(`
  mutation StartTrackEgress($input: StartTrackEgressInput!) {
    startTrackEgress(input: $input) {
      egressId
      status
    }
  }
`);

const StartParticipantEgress = graphql(`
  mutation StartParticipantEgress($input: StartParticipantEgressInput!) {
    startParticipantEgress(input: $input) {
      egressId
    }
  }
`);

const StartRoomCompositeEgress = graphql(`
  mutation StartRoomCompositeEgress($input: StartRoomCompositeEgressInput!) {
    startRoomCompositeEgress(input: $input) {
      egressId
    }
  }
`);

const StopEgress = graphql(`
  mutation StopEgress($egressId: ID!) {
    stopEgress(egressId: $egressId) {
      egressId
    }
  }
`);

const Egresses = graphql(`
  query Egresses($room: String, $active: Boolean) {
    egresses(room: $room, active: $active) {
      egressId
      roomName
      status
      kind
    }
  }
`);

const CreateIngress = graphql(`
  mutation CreateIngress($input: CreateIngressInput!) {
    createIngress(input: $input) {
      ingressId
      name
      inputType
      url
      streamKey
      roomName
      participantIdentity
      participantName
      enabled
      status
    }
  }
`);

const Ingresses = graphql(`
  query Ingresses($room: String) {
    ingresses(room: $room) {
      ingressId
      name
      inputType
      streamKey
      participantName
    }
  }
`);

const UpdateIngress = graphql(`
  mutation UpdateIngress($input: UpdateIngressInput!) {
    updateIngress(input: $input) {
      ingressId
      name
      participantName
      enabled
    }
  }
`);

const DeleteIngress = graphql(`
  mutation DeleteIngress($ingressId: ID!) {
    deleteIngress(ingressId: $ingressId) {
      ingressId
    }
  }
`);

function errorCode(result: { errors?: readonly { extensions?: Record<string, unknown> }[] }) {
  return result.errors?.[0]?.extensions?.['code'];
}

describe('recording and ingest against livekit-server with Redis', () => {
  let redis: RedisProcess;
  let livekit: LiveKitServer;
  let gateway: TestGateway;
  let alice: TestParticipant;
  const room = `recording-${Date.now()}`;

  beforeAll(async () => {
    redis = await startRedis();
    livekit = await startLiveKitServer({ redisAddress: `127.0.0.1:${redis.port}` });
    gateway = await startTestGateway(testEnv(livekit));
    const created = await graphqlRequest(gateway.url, CreateRoom, { input: { name: room } });
    expect(created.errors).toBeUndefined();
    alice = await joinRoom(livekit.wsUrl, await joinToken(livekit, room, 'alice'), 'alice', {
      publishAudio: true,
    });
  });

  afterAll(async () => {
    await alice?.disconnect();
    await gateway?.close();
    await livekit?.stop();
    await redis?.stop();
  });

  describe('egress with no egress worker', () => {
    it('answers EGRESS_UNAVAILABLE within the gateway deadline', async () => {
      const trackSid = alice.publication!.sid!;
      const track = await graphqlRequest(gateway.url, StartTrackEgress, {
        input: { room, trackSid, filepath: 'recordings/{room_name}-{time}.ogg' },
      });
      expect(errorCode(track)).toBe('EGRESS_UNAVAILABLE');
      expect(track.errors?.[0]?.extensions?.['method']).toBe('StartTrackEgress');

      const participant = await graphqlRequest(gateway.url, StartParticipantEgress, {
        input: { room, identity: 'alice', file: { filepath: 'recordings/alice.ogg' } },
      });
      expect(errorCode(participant)).toBe('EGRESS_UNAVAILABLE');

      const composite = await graphqlRequest(gateway.url, StartRoomCompositeEgress, {
        input: {
          room,
          file: { filepath: 'recordings/room.ogg', fileType: 'OGG' },
          audioOnly: true,
        },
      });
      expect(errorCode(composite)).toBe('EGRESS_UNAVAILABLE');
    });

    it('answers NOT_FOUND for a room that does not exist', async () => {
      const result = await graphqlRequest(gateway.url, StartTrackEgress, {
        input: { room: 'no-such-room', trackSid: 'TR_none', filepath: 'x.ogg' },
      });
      expect(errorCode(result)).toBe('NOT_FOUND');
    });

    it('lists no egresses and reports an unknown one as not found', async () => {
      const listed = await graphqlRequest(gateway.url, Egresses, { room });
      expect(listed.errors).toBeUndefined();
      expect(listed.data?.egresses).toEqual([]);

      const active = await graphqlRequest(gateway.url, Egresses, { active: true });
      expect(active.errors).toBeUndefined();
      expect(active.data?.egresses).toEqual([]);

      const stopped = await graphqlRequest(gateway.url, StopEgress, { egressId: 'EG_unknown' });
      expect(errorCode(stopped)).toBe('NOT_FOUND');
    });

    it('rejects an empty file path and conflicting flags', async () => {
      const emptyPath = await graphqlRequest(gateway.url, StartTrackEgress, {
        input: { room, trackSid: 'TR_x', filepath: ' ' },
      });
      expect(errorCode(emptyPath)).toBe('BAD_USER_INPUT');

      const both = await graphqlRequest(gateway.url, StartRoomCompositeEgress, {
        input: { room, file: { filepath: 'x.ogg' }, audioOnly: true, videoOnly: true },
      });
      expect(errorCode(both)).toBe('BAD_USER_INPUT');
    });
  });

  describe('ingress', () => {
    let rtmpId = '';

    it('creates RTMP and WHIP ingresses with their stream keys', async () => {
      const rtmp = await graphqlRequest(gateway.url, CreateIngress, {
        input: {
          inputType: 'RTMP',
          name: 'studio',
          room,
          participantIdentity: 'studio-feed',
          participantName: 'Studio',
        },
      });
      expect(rtmp.errors).toBeUndefined();
      const created = rtmp.data!.createIngress;
      expect(created.ingressId).toMatch(/^IN_/);
      expect(created.inputType).toBe('RTMP');
      expect(created.streamKey).toMatch(/^\S{8,}$/);
      expect(created.roomName).toBe(room);
      expect(created.participantIdentity).toBe('studio-feed');
      expect(created.participantName).toBe('Studio');
      expect(created.enabled).toBe(true);
      expect(created.status).toBe('INACTIVE');
      rtmpId = created.ingressId;

      const whip = await graphqlRequest(gateway.url, CreateIngress, {
        input: { inputType: 'WHIP', name: 'browser', room, participantIdentity: 'whip-feed' },
      });
      expect(whip.errors).toBeUndefined();
      expect(whip.data?.createIngress.inputType).toBe('WHIP');

      const listed = await graphqlRequest(gateway.url, Ingresses, { room });
      expect(listed.errors).toBeUndefined();
      const names = listed.data?.ingresses.map((ingress) => ingress.name).sort();
      expect(names).toEqual(['browser', 'studio']);
      const studio = listed.data?.ingresses.find((ingress) => ingress.ingressId === rtmpId);
      expect(studio?.streamKey).toBe(created.streamKey);
    });

    it('updates only the fields given', async () => {
      const result = await graphqlRequest(gateway.url, UpdateIngress, {
        input: { ingressId: rtmpId, participantName: 'Studio B', enabled: false },
      });
      expect(result.errors).toBeUndefined();
      expect(result.data?.updateIngress).toEqual({
        ingressId: rtmpId,
        name: 'studio',
        participantName: 'Studio B',
        enabled: false,
      });
    });

    it('deletes an ingress', async () => {
      const result = await graphqlRequest(gateway.url, DeleteIngress, { ingressId: rtmpId });
      expect(result.errors).toBeUndefined();
      expect(result.data?.deleteIngress.ingressId).toBe(rtmpId);

      const listed = await graphqlRequest(gateway.url, Ingresses, { room });
      expect(listed.data?.ingresses.map((ingress) => ingress.ingressId)).not.toContain(rtmpId);

      const again = await graphqlRequest(gateway.url, DeleteIngress, { ingressId: rtmpId });
      expect(errorCode(again)).toBe('NOT_FOUND');
    });

    it('rejects URL input and empty names', async () => {
      const url = await graphqlRequest(gateway.url, CreateIngress, {
        input: { inputType: 'URL', name: 'pull', room, participantIdentity: 'pull-feed' },
      });
      expect(errorCode(url)).toBe('BAD_USER_INPUT');

      const empty = await graphqlRequest(gateway.url, CreateIngress, {
        input: { inputType: 'RTMP', name: 'x', room, participantIdentity: '' },
      });
      expect(errorCode(empty)).toBe('BAD_USER_INPUT');
    });
  });

  it('refuses every recording and ingest field without the grant', async () => {
    // A room admin has neither roomRecord nor ingressAdmin.
    const token = await callerToken(livekit, { roomAdmin: true, roomJoin: true, room }, 'mod');
    const cases = {
      startTrackEgress: graphqlRequest(
        gateway.url,
        StartTrackEgress,
        { input: { room, trackSid: 'TR_x', filepath: 'x.ogg' } },
        token,
      ),
      startParticipantEgress: graphqlRequest(
        gateway.url,
        StartParticipantEgress,
        { input: { room, identity: 'alice', file: { filepath: 'x.ogg' } } },
        token,
      ),
      startRoomCompositeEgress: graphqlRequest(
        gateway.url,
        StartRoomCompositeEgress,
        { input: { room, file: { filepath: 'x.ogg' } } },
        token,
      ),
      stopEgress: graphqlRequest(gateway.url, StopEgress, { egressId: 'EG_x' }, token),
      egresses: graphqlRequest(gateway.url, Egresses, { room }, token),
      createIngress: graphqlRequest(
        gateway.url,
        CreateIngress,
        { input: { inputType: 'RTMP', name: 'x', room, participantIdentity: 'x' } },
        token,
      ),
      ingresses: graphqlRequest(gateway.url, Ingresses, { room }, token),
      updateIngress: graphqlRequest(
        gateway.url,
        UpdateIngress,
        { input: { ingressId: 'IN_x', name: 'y' } },
        token,
      ),
      deleteIngress: graphqlRequest(gateway.url, DeleteIngress, { ingressId: 'IN_x' }, token),
    };
    for (const [field, request] of Object.entries(cases)) {
      const result = await request;
      expect({ field, code: errorCode(result) }).toEqual({ field, code: 'FORBIDDEN' });
    }
  });

  it('allows egress with roomRecord and ingress with ingressAdmin tokens', async () => {
    const recorder = await callerToken(livekit, { roomRecord: true }, 'recorder');
    const listedEgresses = await graphqlRequest(gateway.url, Egresses, { room }, recorder);
    expect(listedEgresses.errors).toBeUndefined();

    const ingestAdmin = await callerToken(livekit, { ingressAdmin: true }, 'ingest');
    const listedIngresses = await graphqlRequest(gateway.url, Ingresses, { room }, ingestAdmin);
    expect(listedIngresses.errors).toBeUndefined();
    expect(listedIngresses.data?.ingresses.map((ingress) => ingress.name)).toEqual(['browser']);
    expect(listedIngresses.data?.ingresses[0]?.streamKey).toMatch(/^\S{8,}$/);
  });
});

describe('recording and ingest against livekit-server without Redis', () => {
  let livekit: LiveKitServer;
  let gateway: TestGateway;

  beforeAll(async () => {
    livekit = await startLiveKitServer();
    gateway = await startTestGateway(testEnv(livekit));
  });

  afterAll(async () => {
    await gateway?.close();
    await livekit?.stop();
  });

  it('answers EGRESS_UNAVAILABLE and INGRESS_UNAVAILABLE', async () => {
    const egresses = await graphqlRequest(gateway.url, Egresses, {});
    expect(errorCode(egresses)).toBe('EGRESS_UNAVAILABLE');

    const ingresses = await graphqlRequest(gateway.url, Ingresses, {});
    expect(errorCode(ingresses)).toBe('INGRESS_UNAVAILABLE');
  });
});
