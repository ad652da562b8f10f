import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { API_KEY, API_SECRET, startLiveKitServer } from './support/livekit-server.js';
import type { LiveKitServer } from './support/livekit-server.js';
import { SERVICE_KEY } from './support/gateway.js';
import { startGatewayProcess, type GatewayProcess } from './support/gateway-process.js';
import { eventually, joinRoom, joinToken, type TestParticipant } from './support/participant.js';
import { freeTcpPort } from './support/ports.js';
import { startRedis, type RedisProcess } from './support/redis-process.js';
import {
  postWebhook,
  signWebhook,
  subscribeWs,
  webhookBody,
  type WsSubscription,
} from './support/events.js';

const signing = { key: API_KEY, secret: API_SECRET };

describe('gateway processes sharing one Redis', () => {
  let redis: RedisProcess;
  let livekit: LiveKitServer;
  let first: GatewayProcess;
  let second: GatewayProcess;
  let alice: TestParticipant | undefined;

  beforeAll(async () => {
    redis = await startRedis();
    // Both gateways listen before livekit-server starts, so its webhooks reach the first one.
    const livekitPort = await freeTcpPort();
    const env = {
      LIVEKIT_URL: `ws://127.0.0.1:${livekitPort}`,
      LIVEKIT_API_KEY: API_KEY,
      LIVEKIT_API_SECRET: API_SECRET,
      GATEWAY_SERVICE_KEYS: SERVICE_KEY,
      REDIS_URL: redis.url,
      LOG_LEVEL: 'warn',
    };
    [first, second] = await Promise.all([startGatewayProcess(env), startGatewayProcess(env)]);
    livekit = await startLiveKitServer({
      port: livekitPort,
      webhookUrls: [`${first.url}/webhooks/livekit`],
    });
  });

  afterAll(async () => {
    await alice?.disconnect();
    await Promise.all([first?.kill('SIGTERM'), second?.kill('SIGTERM')]);
    await livekit?.stop();
    await redis?.stop();
  });

  async function received(subscription: WsSubscription, count: number) {
    await eventually(
      async () => (subscription.events.length >= count ? true : undefined),
      20_000,
      `${count} events`,
    );
    return subscription.events.map((event) => event.id);
  }

  async function send(gateway: GatewayProcess, room: string) {
    const { id, body } = webhookBody(room, 'participant_joined');
    const result = await postWebhook(gateway.url, body, {
      authorization: await signWebhook(body, signing),
    });
    expect(result.status, `webhook to ${gateway.url}`).toBe(200);
    return id;
  }

  /** Sends marker events until the subscriber receives one, so its subscription is active. */
  async function awaitActive(subscription: WsSubscription, gateway: GatewayProcess, room: string) {
    await eventually(async () => {
      await send(gateway, room);
      return subscription.events.length > 0 ? true : undefined;
    }, 20_000);
  }

  it('delivers livekit-server webhooks sent to one process to a subscriber on another', async () => {
    const room = `redis-e2e-${Date.now()}`;
    const subscriber = subscribeWs(second.url, SERVICE_KEY, { room });
    await awaitActive(subscriber, second, room);

    alice = await joinRoom(livekit.wsUrl, await joinToken(livekit, room, 'alice'), 'alice', {
      publishAudio: true,
    });
    await eventually(
      async () =>
        subscriber.events.some((event) => event.type === 'TRACK_PUBLISHED') ? true : undefined,
      30_000,
      'track_published from livekit-server',
    );
    // The markers carry the room sid `RM_test`; livekit-server's events carry the real one.
    const fromLiveKit = subscriber.events.filter((event) => event.room?.sid !== 'RM_test');
    expect(fromLiveKit.map((event) => event.type)).toEqual([
      'ROOM_STARTED',
      'PARTICIPANT_JOINED',
      'TRACK_PUBLISHED',
    ]);
    expect(fromLiveKit[1]?.participant?.identity).toBe('alice');
    expect(fromLiveKit[2]?.track?.sid).toBe(alice.publication!.sid);
    await subscriber.close();
  });

  it('resumes a client of a killed process on another with its cursor', async () => {
    const room = 'killed';
    const subscriber = subscribeWs(first.url, SERVICE_KEY, { room });
    await awaitActive(subscriber, second, room);
    const before = [await send(second, room), await send(second, room)];
    await eventually(async () =>
      subscriber.events.map((event) => event.id).includes(before[1]!) ? true : undefined,
    );
    const seen = subscriber.events.map((event) => event.id);

    await first.kill('SIGKILL');
    // The socket drops without a close frame; graphql-ws reports the abnormal close.
    const ended = (await subscriber.ended) as { code?: number };
    expect(ended.code).toBe(1006);
    const missed = [await send(second, room), await send(second, room)];

    const cursor = subscriber.events.at(-1)!.cursor;
    const resumed = subscribeWs(second.url, SERVICE_KEY, { room, after: cursor });
    expect(await received(resumed, 2)).toEqual(missed);
    const live = await send(second, room);
    expect(await received(resumed, 3)).toEqual([...missed, live]);
    const all = [...seen, ...resumed.events.map((event) => event.id)];
    expect(new Set(all).size).toBe(all.length);
    expect(all.slice(-5)).toEqual([...before, ...missed, live]);
    await resumed.close();
  });
});
