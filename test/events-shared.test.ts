import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { API_KEY, API_SECRET } from './support/livekit-server.js';
import { SERVICE_KEY, startTestGateway, testEnv, type TestGateway } from './support/gateway.js';
import { eventually, joinToken } from './support/participant.js';
import {
  postWebhook,
  signWebhook,
  subscribeWs,
  testAuthenticator,
  webhookBody,
  type WsSubscription,
} from './support/events.js';

const signing = { key: API_KEY, secret: API_SECRET };
const credentials = { apiKey: API_KEY, apiSecret: API_SECRET };

/** Nothing here calls LiveKit: webhooks are signed by the test with the configured keys. */
const livekitStandIn = { wsUrl: 'ws://127.0.0.1:9', apiKey: API_KEY, apiSecret: API_SECRET };

const TYPES_ONLY_QUERY = `
  subscription TypesOnly($room: String!) {
    roomEvents(room: $room) { id type }
  }
`;

describe('roomEvents executions shared between graphql-ws subscribers', () => {
  let gateway: TestGateway;

  beforeAll(async () => {
    gateway = await startTestGateway(testEnv(livekitStandIn), {
      authenticator: testAuthenticator(SERVICE_KEY, API_KEY, API_SECRET),
    });
  });

  afterAll(async () => {
    await gateway?.close();
  });

  const shared = () => gateway.gateway.events.shared;

  async function send(room: string, event = 'room_started', extra: Record<string, unknown> = {}) {
    const { id, body } = webhookBody(room, event, extra);
    const result = await postWebhook(gateway.url, body, {
      authorization: await signWebhook(body, signing),
    });
    expect(result.status).toBe(200);
    return id;
  }

  async function waitForSubscribers(room: string, count: number): Promise<void> {
    await eventually(
      async () => (gateway.gateway.events.subscriberCount(room) === count ? true : undefined),
      10_000,
      `${count} subscribers of room "${room}"`,
    );
  }

  async function waitForEvents(subscribers: WsSubscription[], count: number): Promise<void> {
    await eventually(
      async () => (subscribers.every((s) => s.events.length >= count) ? true : undefined),
      10_000,
      `${count} events at every subscriber`,
    );
  }

  it('executes each event once for subscribers with the same operation and scope', async () => {
    const room = 'shared-same';
    const first = subscribeWs(gateway.url, SERVICE_KEY, { room });
    await waitForSubscribers(room, 1);
    const opening = await send(room);
    await waitForEvents([first], 1);
    // A subscriber resuming after the newest cursor replays nothing and joins the same group.
    const resumed = subscribeWs(gateway.url, SERVICE_KEY, {
      room,
      after: first.events[0]!.cursor as string,
    });
    const others = [1, 2, 3].map(() => subscribeWs(gateway.url, SERVICE_KEY, { room }));
    await waitForSubscribers(room, 5);
    expect(shared().groupCount).toBe(1);

    const before = shared().executions;
    const ids = [await send(room), await send(room, 'room_finished'), await send(room)];
    const everyone = [first, resumed, ...others];
    await waitForEvents(everyone, 3);

    expect(shared().executions - before).toBe(3);
    expect(first.events.map((event) => event.id)).toEqual([opening, ...ids]);
    for (const subscriber of [resumed, ...others]) {
      expect(subscriber.events).toEqual(first.events.slice(1));
      expect(subscriber.errors).toEqual([]);
    }
    await Promise.all(everyone.map((subscriber) => subscriber.close()));
    await waitForSubscribers(room, 0);
    expect(shared().groupCount).toBe(0);
  });

  it('gives other selections, type filters and scopes their own results', async () => {
    const room = 'shared-distinct';
    const reader = await joinToken(credentials, room, 'reader');
    const admin = subscribeWs(gateway.url, SERVICE_KEY, { room });
    const adminAgain = subscribeWs(gateway.url, SERVICE_KEY, { room });
    const notAdmin = subscribeWs(gateway.url, reader, { room });
    const joinsOnly = subscribeWs(gateway.url, SERVICE_KEY, {
      room,
      types: ['PARTICIPANT_JOINED'],
    });
    const typesOnly = subscribeWs(gateway.url, SERVICE_KEY, { room }, TYPES_ONLY_QUERY);
    await waitForSubscribers(room, 5);
    expect(shared().groupCount).toBe(4);

    const before = shared().executions;
    const hiddenJoin = await send(room, 'participant_joined', {
      participant: { sid: 'PA_hidden', identity: 'observer', permission: { hidden: true } },
    });
    const started = await send(room);
    await waitForEvents([admin, adminAgain, typesOnly], 2);
    await waitForEvents([notAdmin, joinsOnly], 1);

    // The hidden join runs for admin, joinsOnly and typesOnly; room_started for admin,
    // notAdmin and typesOnly. adminAgain shares admin's executions.
    expect(shared().executions - before).toBe(6);
    expect(admin.events.map((event) => event.id)).toEqual([hiddenJoin, started]);
    expect(admin.events[0]).toMatchObject({ participant: { identity: 'observer' } });
    expect(adminAgain.events).toEqual(admin.events);
    expect(notAdmin.events.map((event) => event.id)).toEqual([started]);
    expect(notAdmin.events[0]).toEqual(admin.events[1]);
    expect(joinsOnly.events.map((event) => event.id)).toEqual([hiddenJoin]);
    expect(typesOnly.events).toEqual([
      { id: hiddenJoin, type: 'PARTICIPANT_JOINED' },
      { id: started, type: 'ROOM_STARTED' },
    ]);
    await Promise.all(
      [admin, adminAgain, notAdmin, joinsOnly, typesOnly].map((subscriber) => subscriber.close()),
    );
  });
});
