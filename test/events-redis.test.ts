import { Redis } from 'ioredis';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createLogger } from '../src/logger.js';
import { createRedisEventStore, EventIdPendingError } from '../src/events/redis-store.js';
import { API_KEY, API_SECRET } from './support/livekit-server.js';
import { SERVICE_KEY, startTestGateway, testEnv, type TestGateway } from './support/gateway.js';
import { eventually, joinToken } from './support/participant.js';
import { startRedis, type RedisProcess } from './support/redis-process.js';
import {
  postWebhook,
  signWebhook,
  subscribeSse,
  subscribeWs,
  testAuthenticator,
  webhookBody,
  type WsSubscription,
} from './support/events.js';

const signing = { key: API_KEY, secret: API_SECRET };
const credentials = { apiKey: API_KEY, apiSecret: API_SECRET };
/** Nothing here calls LiveKit: webhooks are signed by the test with the configured keys. */
const livekitStandIn = { wsUrl: 'ws://127.0.0.1:9', apiKey: API_KEY, apiSecret: API_SECRET };
const silent = createLogger('silent');

describe('room events over Redis with three gateway instances', () => {
  let redis: RedisProcess;
  let client: Redis;
  let a: TestGateway;
  let b: TestGateway;
  let c: TestGateway;

  beforeAll(async () => {
    redis = await startRedis();
    client = new Redis(redis.url, { maxRetriesPerRequest: 1 });
    client.on('error', () => undefined);
    const env = testEnv(livekitStandIn, { REDIS_URL: redis.url, EVENT_RETENTION_COUNT: '100' });
    const deps = { authenticator: testAuthenticator(SERVICE_KEY, API_KEY, API_SECRET) };
    [a, b, c] = await Promise.all([
      startTestGateway(env, deps),
      startTestGateway(env, deps),
      startTestGateway(env, deps),
    ]);
  });

  afterAll(async () => {
    await Promise.all([a?.close(), b?.close(), c?.close()]);
    client?.disconnect();
    await redis?.stop();
  });

  async function send(gateway: TestGateway, room: string, event = 'participant_joined') {
    const { id, body } = webhookBody(room, event);
    const result = await postWebhook(gateway.url, body, {
      authorization: await signWebhook(body, signing),
    });
    expect(result, `webhook ${id} to ${gateway.url}`).toEqual({
      status: 200,
      body: { status: 'accepted' },
    });
    return id;
  }

  async function waitForSubscribers(gateway: TestGateway, room: string, count = 1) {
    await eventually(
      async () => (gateway.gateway.events.subscriberCount(room) === count ? true : undefined),
      10_000,
      `${count} subscribers of room "${room}"`,
    );
  }

  async function received(subscription: WsSubscription, count: number) {
    await eventually(
      async () => (subscription.events.length >= count ? true : undefined),
      15_000,
      `${count} events`,
    );
    return subscription.events.map((event) => event.id);
  }

  /** The `redis` entry of `/readyz`; the LiveKit stand-in makes the whole check fail anyway. */
  async function redisCheck(gateway: TestGateway): Promise<string | undefined> {
    const response = await fetch(`${gateway.url}/readyz`);
    return ((await response.json()) as { checks: Record<string, string> }).checks['redis'];
  }

  it('fans webhooks from any instance out to every instance once', async () => {
    const room = 'fan-out';
    const onA = subscribeWs(a.url, SERVICE_KEY, { room });
    const onB = subscribeWs(b.url, SERVICE_KEY, { room });
    const reader = subscribeWs(c.url, await joinToken(credentials, room, 'reader'), { room });
    const outsider = subscribeWs(c.url, await joinToken(credentials, 'elsewhere', 'mallory'), {
      room,
    });
    await outsider.ended;
    expect(JSON.stringify(outsider.errors)).toContain('FORBIDDEN');
    await Promise.all([waitForSubscribers(a, room), waitForSubscribers(b, room)]);
    await waitForSubscribers(c, room);

    const ids: string[] = [];
    for (const gateway of [a, b, c, a, b, c]) {
      ids.push(await send(gateway, room));
    }
    for (const subscription of [onA, onB, reader]) {
      expect(await received(subscription, ids.length)).toEqual(ids);
    }
    // Cursors are the same on every instance, because Redis numbers the events.
    expect(onB.events.map((event) => event.cursor)).toEqual(onA.events.map((e) => e.cursor));
    expect(reader.events.map((event) => event.cursor)).toEqual(onA.events.map((e) => e.cursor));
    await Promise.all([onA.close(), onB.close(), reader.close()]);
  });

  it('acknowledges one event sent to two instances and delivers it once', async () => {
    const room = 'repeats';
    const subscriber = subscribeWs(c.url, SERVICE_KEY, { room });
    await waitForSubscribers(c, room);
    const duplicatesBefore = (await b.gateway.metrics.webhookDuplicates.get()).values[0]?.value;

    const first = webhookBody(room, 'room_started');
    const headers = { authorization: await signWebhook(first.body, signing) };
    expect(await postWebhook(a.url, first.body, headers)).toEqual({
      status: 200,
      body: { status: 'accepted' },
    });
    expect(await postWebhook(b.url, first.body, headers)).toEqual({
      status: 200,
      body: { status: 'duplicate' },
    });
    const duplicatesAfter = (await b.gateway.metrics.webhookDuplicates.get()).values[0]?.value;
    expect(duplicatesAfter).toBe((duplicatesBefore ?? 0) + 1);

    // Sent to two instances at once: one stores it; the other answers duplicate, or 503 while
    // the first holds its claim, and a retry, as LiveKit makes after a 503, is a duplicate.
    const second = webhookBody(room, 'participant_joined');
    const secondHeaders = { authorization: await signWebhook(second.body, signing) };
    const answers = await Promise.all(
      [a, b].map((gateway) => postWebhook(gateway.url, second.body, secondHeaders)),
    );
    const statuses = answers.map((answer) => answer.body['status'] ?? answer.body['error']);
    expect(statuses.filter((status) => status === 'accepted')).toHaveLength(1);
    for (const [index, answer] of answers.entries()) {
      if (answer.status === 503) {
        const retried = await postWebhook([a, b][index]!.url, second.body, secondHeaders);
        expect(retried).toEqual({ status: 200, body: { status: 'duplicate' } });
      }
    }
    const marker = await send(b, room, 'room_finished');
    expect(await received(subscriber, 3)).toEqual([first.id, second.id, marker]);
    await subscriber.close();
  });

  it('numbers concurrent events from every instance without gaps', async () => {
    const room = 'concurrent';
    const onA = subscribeWs(a.url, SERVICE_KEY, { room });
    const onC = subscribeWs(c.url, SERVICE_KEY, { room });
    await Promise.all([waitForSubscribers(a, room), waitForSubscribers(c, room)]);
    const gateways = [a, b, c];
    const ids = await Promise.all(
      Array.from({ length: 30 }, (_, i) => send(gateways[i % 3]!, room)),
    );
    const records = await b.gateway.eventStore.readAfter(room, 0);
    expect(records.map((record) => record.seq)).toEqual(ids.map((_, i) => i + 1));
    expect(new Set(records.map((record) => record.eventId))).toEqual(new Set(ids));
    const logOrder = records.map((record) => record.eventId);
    expect(await received(onA, ids.length)).toEqual(logOrder);
    expect(await received(onC, ids.length)).toEqual(logOrder);
    await Promise.all([onA.close(), onC.close()]);
  });

  it('resumes on another instance from a cursor issued by the first', async () => {
    const room = 'resume';
    const first = subscribeWs(a.url, SERVICE_KEY, { room });
    await waitForSubscribers(a, room);
    const early = [await send(a, room), await send(b, room)];
    expect(await received(first, 2)).toEqual(early);
    const cursor = first.events[1]!.cursor;
    await first.close();

    const missed = [await send(c, room), await send(a, room)];
    const resumed = subscribeWs(b.url, SERVICE_KEY, { room, after: cursor });
    expect(await received(resumed, 2)).toEqual(missed);
    const overSse = await subscribeSse(c.url, SERVICE_KEY, { room }, { 'last-event-id': cursor });
    await waitForSubscribers(c, room);
    const live = await send(a, room);
    expect(await received(resumed, 3)).toEqual([...missed, live]);
    await eventually(async () => (overSse.events().length >= 3 ? true : undefined), 15_000);
    expect(overSse.events().map((event) => event.id)).toEqual([...missed, live]);
    expect(overSse.events().map((event) => event.sseId)).toEqual(
      resumed.events.map((event) => event.cursor),
    );
    overSse.close();
    await resumed.close();
  });

  it('delivers events published while pub/sub was cut off, from the log', async () => {
    const room = 'cut-off';
    const onA = subscribeWs(a.url, SERVICE_KEY, { room });
    const onB = subscribeWs(b.url, SERVICE_KEY, { room });
    await Promise.all([waitForSubscribers(a, room), waitForSubscribers(b, room)]);
    const before = await send(c, room);
    await received(onA, 1);
    await received(onB, 1);

    // New connections are refused until maxclients is raised, so the gateways' pub/sub
    // connections stay down while their command connections append and publish to nobody.
    const connected = Number(/connected_clients:(\d+)/.exec(await client.info('clients'))![1]);
    const pubsub = Number(await client.call('CLIENT', 'KILL', 'TYPE', 'pubsub'));
    // Only A and B have subscriptions, so only their connections are in pub/sub mode.
    expect(pubsub).toBe(2);
    await client.config('SET', 'maxclients', String(connected - pubsub));
    try {
      const missed = [await send(c, room), await send(a, room), await send(b, room)];
      expect(onA.events).toHaveLength(1);
      await client.config('SET', 'maxclients', '10000');
      const expected = [before, ...missed];
      expect(await received(onA, 4)).toEqual(expected);
      expect(await received(onB, 4)).toEqual(expected);
      const after = await send(c, room);
      expect(await received(onA, 5)).toEqual([...expected, after]);
      expect(await received(onB, 5)).toEqual([...expected, after]);
    } finally {
      await client.config('SET', 'maxclients', '10000');
    }
    await Promise.all([onA.close(), onB.close()]);
  });

  it('answers 503 while Redis is down and catches up after its restart', async () => {
    const room = 'restart';
    const onA = subscribeWs(a.url, SERVICE_KEY, { room });
    const onB = subscribeWs(b.url, SERVICE_KEY, { room });
    await Promise.all([waitForSubscribers(a, room), waitForSubscribers(b, room)]);
    const before = [await send(a, room), await send(c, room)];
    await received(onA, 2);
    await received(onB, 2);

    await redis.stop({ keepData: true });
    const during = webhookBody(room);
    const duringHeaders = { authorization: await signWebhook(during.body, signing) };
    expect(await postWebhook(b.url, during.body, duringHeaders)).toEqual({
      status: 503,
      body: { error: 'unavailable' },
    });
    const rejected = await b.gateway.metrics.webhooksRejected.get();
    const storeUnavailable = rejected.values.find(
      (value) => value.labels['reason'] === 'store_unavailable',
    );
    expect(storeUnavailable?.value).toBeGreaterThanOrEqual(1);
    expect(await redisCheck(a)).toBe('unavailable');
    // Open subscriptions stay open while Redis is away.
    expect(a.gateway.events.subscriberCount(room)).toBe(1);
    expect(b.gateway.events.subscriberCount(room)).toBe(1);

    await redis.start();
    // LiveKit retries the refused delivery; it is stored now.
    const retried = await eventually(async () => {
      const result = await postWebhook(b.url, during.body, duringHeaders);
      return result.status === 200 ? result : undefined;
    }, 15_000);
    expect(retried.body).toEqual({ status: 'accepted' });
    const after = await send(c, room);
    const expected = [...before, during.id, after];
    expect(await received(onA, 4)).toEqual(expected);
    expect(await received(onB, 4)).toEqual(expected);
    const cursors = onA.events.map((event) => event.cursor);
    expect(onB.events.map((event) => event.cursor)).toEqual(cursors);
    expect(await redisCheck(a)).toBe('ok');
    await Promise.all([onA.close(), onB.close()]);
  });

  it('sends RESYNC when Redis comes back without its data', async () => {
    const room = 'data-lost';
    const subscriber = subscribeWs(a.url, SERVICE_KEY, { room });
    await waitForSubscribers(a, room);
    const before = await send(b, room);
    await received(subscriber, 1);

    await redis.stop();
    await redis.start();
    const after = await eventually(async () => {
      const { id, body } = webhookBody(room);
      const result = await postWebhook(b.url, body, {
        authorization: await signWebhook(body, signing),
      });
      return result.status === 200 ? id : undefined;
    }, 15_000);
    await received(subscriber, 3);
    expect(subscriber.events.map((event) => event.type)).toEqual([
      'PARTICIPANT_JOINED',
      'RESYNC',
      'ROOM_STARTED',
    ]);
    expect(subscriber.events.map((event) => event.id)).toEqual([
      before,
      subscriber.events[1]!.id,
      after,
    ]);
    await subscriber.close();
  });
});

describe('redis event store', () => {
  let redis: RedisProcess;
  let client: Redis;

  beforeAll(async () => {
    redis = await startRedis();
    client = new Redis(redis.url);
  });

  afterAll(async () => {
    client?.disconnect();
    await redis?.stop();
  });

  function entry(room: string, eventId: string) {
    return { room, eventId, payload: `{"id":"${eventId}"}`, receivedAt: Date.now() };
  }

  it('trims the log by count and by age', async () => {
    const store = createRedisEventStore({
      url: redis.url,
      retentionCount: 5,
      retentionSeconds: 1,
      keyPrefix: 'trim:',
      log: silent,
    });
    for (let i = 1; i <= 8; i += 1) {
      await store.append(entry('room', `EV_${i}`));
    }
    const held = await store.readAfter('room', 0);
    expect(held.map((record) => record.seq)).toEqual([4, 5, 6, 7, 8]);
    expect((await store.readAfter('room', 6)).map((record) => record.eventId)).toEqual([
      'EV_7',
      'EV_8',
    ]);
    const bounds = await store.logBounds('room');
    expect(bounds).toMatchObject({ firstSeq: 4, lastSeq: 8 });
    // After a second every event is older than the retention; the epoch and sequence remain.
    await eventually(async () => {
      const expired = await store.logBounds('room');
      return expired?.firstSeq === 9 ? expired : undefined;
    }, 10_000);
    expect(await store.readAfter('room', 0)).toEqual([]);
    const next = await store.append(entry('room', 'EV_9'));
    expect(next.seq).toBe(9);
    expect(next.epoch).toBe(bounds!.epoch);
    await store.close();
  });

  it('keeps dedupe marks, room state and logs with the documented TTLs', async () => {
    const store = createRedisEventStore({
      url: redis.url,
      retentionCount: 10,
      retentionSeconds: 600,
      keyPrefix: 'ttl:',
      log: silent,
    });
    expect(await store.claimEventId('EV_a', 3600)).toBe(true);
    expect(await client.ttl('ttl:events:id:EV_a')).toBeLessThanOrEqual(10);
    await expect(store.claimEventId('EV_a', 3600)).rejects.toBeInstanceOf(EventIdPendingError);
    await store.append(entry('r', 'EV_a'));
    expect(await client.get('ttl:events:id:EV_a')).toBe('stored');
    expect(await client.ttl('ttl:events:id:EV_a')).toBeGreaterThan(3500);
    expect(await store.claimEventId('EV_a', 3600)).toBe(false);
    // Releasing after a stored append keeps the mark, so LiveKit's retry is a duplicate.
    await store.releaseEventId('EV_a');
    expect(await store.claimEventId('EV_a', 3600)).toBe(false);

    expect(await store.claimEventId('EV_b', 3600)).toBe(true);
    await store.releaseEventId('EV_b');
    expect(await store.claimEventId('EV_b', 3600)).toBe(true);

    expect(await client.type('ttl:events:log:r')).toBe('stream');
    expect(await client.pttl('ttl:events:log:r')).toBeGreaterThan(590_000);
    expect(await client.hgetall('ttl:events:room:r')).toMatchObject({ seq: '1' });
    expect(await client.ttl('ttl:events:room:r')).toBeGreaterThan(86_000);
    await store.close();
  });

  it('fails fast while Redis is down and reports it as not ready', async () => {
    const scratch = await startRedis();
    const store = createRedisEventStore({
      url: scratch.url,
      retentionCount: 10,
      retentionSeconds: 600,
      log: silent,
    });
    await store.readiness.ready();
    await scratch.stop();
    await expect(store.append(entry('r', 'EV_down'))).rejects.toThrow();
    await expect(store.readiness.ready()).rejects.toThrow();
    await store.close();
  });
});
