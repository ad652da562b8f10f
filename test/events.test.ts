import type { IncomingMessage } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { API_KEY, API_SECRET, startLiveKitServer } from './support/livekit-server.js';
import type { LiveKitServer } from './support/livekit-server.js';
import { SERVICE_KEY, startTestGateway, testEnv, type TestGateway } from './support/gateway.js';
import { eventually, joinRoom, joinToken, type TestParticipant } from './support/participant.js';
import { freeTcpPort } from './support/ports.js';
import {
  subscribeSse,
  subscribeWs,
  testAuthenticator,
  type ReceivedEvent,
  type SseSubscription,
  type WsSubscription,
} from './support/events.js';

const EXPECTED_TYPES = [
  'ROOM_STARTED',
  'PARTICIPANT_JOINED',
  'TRACK_PUBLISHED',
  'TRACK_UNPUBLISHED',
  'PARTICIPANT_LEFT',
  'ROOM_FINISHED',
];

function hasType(events: ReceivedEvent[], type: string): true | undefined {
  return events.some((event) => event.type === type) ? true : undefined;
}

describe('room events from a real livekit-server', () => {
  let livekit: LiveKitServer;
  let gateway: TestGateway;
  let alice: TestParticipant | undefined;
  const webhookHeaders: { authorization?: string; contentType?: string }[] = [];
  const room = `events-${Date.now()}`;

  beforeAll(async () => {
    // The gateway listens first, on a port chosen up front, so the server's webhooks reach it.
    const livekitPort = await freeTcpPort();
    const gatewayPort = await freeTcpPort();
    const livekitAddress = {
      wsUrl: `ws://127.0.0.1:${livekitPort}`,
      apiKey: API_KEY,
      apiSecret: API_SECRET,
    };
    gateway = await startTestGateway(
      testEnv(livekitAddress),
      { authenticator: testAuthenticator(SERVICE_KEY, API_KEY, API_SECRET) },
      gatewayPort,
    );
    gateway.server.server.prependListener('request', (req: IncomingMessage) => {
      if (req.url === '/webhooks/livekit') {
        webhookHeaders.push({
          authorization: req.headers.authorization,
          contentType: req.headers['content-type'],
        });
      }
    });
    livekit = await startLiveKitServer({
      port: livekitPort,
      webhookUrls: [`${gateway.url}/webhooks/livekit`],
    });
  });

  afterAll(async () => {
    await alice?.disconnect();
    await gateway?.close();
    await livekit?.stop();
  });

  it('delivers a participant’s lifecycle over graphql-ws and SSE, and resumes', async () => {
    const overWs: WsSubscription = subscribeWs(gateway.url, SERVICE_KEY, { room });
    const readerToken = await joinToken(livekit, room, 'reader');
    const overSse: SseSubscription = await subscribeSse(gateway.url, readerToken, { room });
    const dropping: WsSubscription = subscribeWs(gateway.url, SERVICE_KEY, { room });
    await eventually(
      async () => (gateway.gateway.events.subscriberCount(room) === 3 ? true : undefined),
      10_000,
      'three subscribers',
    );

    alice = await joinRoom(livekit.wsUrl, await joinToken(livekit, room, 'alice'), 'alice', {
      publishAudio: true,
    });
    await eventually(
      async () => hasType(dropping.events, 'TRACK_PUBLISHED'),
      20_000,
      'track_published',
    );
    // This subscriber drops after three events and later resumes from its last cursor.
    const dropped = [...dropping.events];
    await dropping.close();

    await alice.room.localParticipant!.unpublishTrack(alice.publication!.sid!);
    await eventually(
      async () => hasType(overWs.events, 'TRACK_UNPUBLISHED'),
      20_000,
      'track_unpublished',
    );
    await alice.disconnect();
    // The room closes once empty for departure_timeout (2 s in the test config).
    await eventually(async () => hasType(overWs.events, 'ROOM_FINISHED'), 30_000, 'room_finished');
    await eventually(async () => hasType(overSse.events(), 'ROOM_FINISHED'), 10_000, 'SSE end');

    expect(overWs.events.map((event) => event.type)).toEqual(EXPECTED_TYPES);
    const ids = overWs.events.map((event) => event.id);
    expect(new Set(ids).size).toBe(ids.length);
    const [started, joined, published, unpublished, left, finished] = overWs.events;
    expect(started?.room?.name).toBe(room);
    expect(started?.room?.sid).toMatch(/^RM_/);
    expect(joined?.participant?.identity).toBe('alice');
    expect(joined?.participant?.sid).toMatch(/^PA_/);
    expect(published?.track).toEqual({
      sid: alice.publication!.sid,
      type: 'AUDIO',
      source: 'MICROPHONE',
    });
    expect(unpublished?.track?.sid).toBe(alice.publication!.sid);
    expect(left?.participant?.identity).toBe('alice');
    expect(finished?.room?.name).toBe(room);
    for (const event of overWs.events) {
      expect(event.roomName).toBe(room);
      expect(Number.isNaN(Date.parse(event.createdAt))).toBe(false);
    }

    const sseEvents = overSse.events();
    expect(sseEvents.map((event) => event.id)).toEqual(ids);
    expect(sseEvents.map((event) => event.sseId)).toEqual(overWs.events.map((e) => e.cursor));
    overSse.close();

    expect(dropped.map((event) => event.id)).toEqual(ids.slice(0, 3));
    const resumed = subscribeWs(gateway.url, SERVICE_KEY, { room, after: dropped[2]!.cursor });
    await eventually(async () => (resumed.events.length >= 3 ? true : undefined), 10_000);
    expect(resumed.events.map((event) => event.id)).toEqual(ids.slice(3));
    await resumed.close();
    await overWs.close();
  });

  it('receives webhooks without Bearer, as application/webhook+json', () => {
    expect(webhookHeaders.length).toBeGreaterThanOrEqual(EXPECTED_TYPES.length);
    for (const headers of webhookHeaders) {
      expect(headers.contentType).toBe('application/webhook+json');
      expect(headers.authorization).toMatch(/^[\w-]+\.[\w-]+\.[\w-]+$/);
    }
    expect(gateway.logs.filter((line) => line['msg'] === 'Webhook rejected')).toEqual([]);
  });
});
