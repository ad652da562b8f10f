import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { API_KEY, API_SECRET } from './support/livekit-server.js';
import { SERVICE_KEY, startTestGateway, testEnv, type TestGateway } from './support/gateway.js';
import { eventually } from './support/participant.js';
import {
  postWebhook,
  signWebhook,
  subscribeSse,
  subscribeWs,
  testAuthenticator,
  webhookBody,
} from './support/events.js';

const signing = { key: API_KEY, secret: API_SECRET };

/** Nothing here calls LiveKit: webhooks are signed by the test with the configured keys. */
const livekitStandIn = { wsUrl: 'ws://127.0.0.1:9', apiKey: API_KEY, apiSecret: API_SECRET };

describe('event subscription metrics', () => {
  let gateway: TestGateway;

  beforeAll(async () => {
    gateway = await startTestGateway(
      testEnv(livekitStandIn, {
        WEBHOOK_MAX_BODY_BYTES: String(2 * 1024 * 1024),
        SUBSCRIBER_BUFFER_SIZE: '4',
      }),
      { authenticator: testAuthenticator(SERVICE_KEY, API_KEY, API_SECRET) },
    );
  });

  afterAll(async () => {
    await gateway?.close();
  });

  /** Reads one sample of `/metrics`, 0 when the series has not been written yet. */
  async function sample(name: string, labels = ''): Promise<number> {
    const response = await fetch(`${gateway.url}/metrics`);
    expect(response.status).toBe(200);
    const text = await response.text();
    const line = text.split('\n').find((candidate) => candidate.startsWith(`${name}${labels} `));
    return line === undefined ? 0 : Number(line.slice(line.lastIndexOf(' ') + 1));
  }

  async function send(room: string, extra: Record<string, unknown> = {}) {
    const { id, body } = webhookBody(room, 'room_started', extra);
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

  it('counts subscribers and deliveries by transport', async () => {
    const room = 'metrics-delivery';
    const delivered = await sample('gateway_events_delivered_total');
    const ws = subscribeWs(gateway.url, SERVICE_KEY, { room });
    const sse = await subscribeSse(gateway.url, SERVICE_KEY, { room });
    await waitForSubscribers(room, 2);
    expect(await sample('gateway_subscribers', '{transport="ws"}')).toBe(1);
    expect(await sample('gateway_subscribers', '{transport="sse"}')).toBe(1);

    const ids = [await send(room), await send(room), await send(room)];
    await eventually(async () =>
      ws.events.length >= 3 && sse.events().length >= 3 ? true : undefined,
    );
    expect(ws.events.map((event) => event.id)).toEqual(ids);
    expect(sse.events().map((event) => event.id)).toEqual(ids);
    // Three events to each of two subscribers.
    expect((await sample('gateway_events_delivered_total')) - delivered).toBe(6);

    await ws.close();
    sse.close();
    await waitForSubscribers(room, 0);
    expect(await sample('gateway_subscribers', '{transport="ws"}')).toBe(0);
    expect(await sample('gateway_subscribers', '{transport="sse"}')).toBe(0);
  });

  it('counts one slow consumer drop', async () => {
    const room = 'metrics-slow';
    const dropped = await sample('gateway_slow_consumers_dropped_total');
    const subscriber = subscribeWs(gateway.url, SERVICE_KEY, { room });
    await waitForSubscribers(room, 1);
    const socket = subscriber.socket()!;
    socket.pause();
    // Large events fill the socket buffers, so the server queue outgrows SUBSCRIBER_BUFFER_SIZE.
    const padding = 'x'.repeat(512 * 1024);
    let sent = 0;
    while (gateway.gateway.events.subscriberCount(room) > 0 && sent < 300) {
      await send(room, { room: { name: room, metadata: padding } });
      sent++;
    }
    socket.resume();
    const closed = (await subscriber.ended) as { code: number };
    expect(closed.code).toBe(4429);
    expect((await sample('gateway_slow_consumers_dropped_total')) - dropped).toBe(1);
    expect(await sample('gateway_subscribers', '{transport="ws"}')).toBe(0);
  });
});
