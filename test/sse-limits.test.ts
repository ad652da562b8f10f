import { request } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { API_KEY, API_SECRET } from './support/livekit-server.js';
import { SERVICE_KEY, startTestGateway, testEnv, type TestGateway } from './support/gateway.js';
import { eventually, joinToken } from './support/participant.js';
import {
  ROOM_EVENTS_QUERY,
  subscribeSse,
  subscribeWs,
  testAuthenticator,
} from './support/events.js';

const credentials = { apiKey: API_KEY, apiSecret: API_SECRET };

/** Nothing here calls LiveKit: the callers only open subscriptions. */
const livekitStandIn = { wsUrl: 'ws://127.0.0.1:9', apiKey: API_KEY, apiSecret: API_SECRET };

describe('subscription limit per caller over SSE', () => {
  let gateway: TestGateway;

  beforeAll(async () => {
    gateway = await startTestGateway(
      testEnv(livekitStandIn, { MAX_SUBSCRIPTIONS_PER_CALLER: '2' }),
      { authenticator: testAuthenticator(SERVICE_KEY, API_KEY, API_SECRET) },
    );
  });

  afterAll(async () => {
    await gateway?.close();
  });

  async function waitForSubscribers(room: string, count: number): Promise<void> {
    await eventually(
      async () => (gateway.gateway.events.subscriberCount(room) === count ? true : undefined),
      10_000,
      `${count} subscribers of room "${room}"`,
    );
  }

  /** Posts a `roomEvents` subscription for an SSE stream and reads the whole rejection. */
  async function rejectedSse(token: string, room: string) {
    const response = await fetch(`${gateway.url}/graphql`, {
      method: 'POST',
      headers: {
        accept: 'text/event-stream',
        'content-type': 'application/json',
        authorization: `Bearer ${token}`,
      },
      body: JSON.stringify({ query: ROOM_EVENTS_QUERY, variables: { room } }),
    });
    return { status: response.status, body: await response.text() };
  }

  it('counts SSE streams and graphql-ws subscriptions together', async () => {
    const room = 'sse-limit';
    const alice = await joinToken(credentials, room, 'alice');
    const bob = await joinToken(credentials, room, 'bob');
    const ws = subscribeWs(gateway.url, alice, { room });
    const sse = await subscribeSse(gateway.url, alice, { room });
    expect(sse.response.status).toBe(200);
    await waitForSubscribers(room, 2);

    const rejected = await rejectedSse(alice, room);
    expect(rejected.status).toBe(429);
    expect(rejected.body).toContain('"code":"TOO_MANY_SUBSCRIPTIONS"');
    expect(rejected.body).toContain('"limit":"caller"');
    expect(gateway.gateway.events.subscriberCount(room)).toBe(2);

    // Another caller has its own count.
    const other = await subscribeSse(gateway.url, bob, { room });
    expect(other.response.status).toBe(200);
    await waitForSubscribers(room, 3);

    // A third graphql-ws subscription of the same caller is rejected as well.
    const wsOverLimit = subscribeWs(gateway.url, alice, { room });
    await wsOverLimit.ended;
    expect(wsOverLimit.errors).toMatchObject([
      [{ extensions: { code: 'TOO_MANY_SUBSCRIPTIONS', limit: 'caller' } }],
    ]);
    await wsOverLimit.close();

    // A closed stream frees its place.
    sse.close();
    await waitForSubscribers(room, 2);
    const again = await subscribeSse(gateway.url, alice, { room });
    expect(again.response.status).toBe(200);
    await waitForSubscribers(room, 3);

    again.close();
    other.close();
    await ws.close();
    await waitForSubscribers(room, 0);
  });

  it('frees the place of an SSE subscription that fails', async () => {
    const room = 'sse-limit-failed';
    const carol = await joinToken(credentials, room, 'carol');
    for (let attempt = 0; attempt < 3; attempt++) {
      // A malformed cursor is rejected as invalid input, so nothing is subscribed.
      const failed = await subscribeSse(gateway.url, carol, { room, after: 'not-a-cursor' });
      await failed.ended;
      expect(failed.frames.some((frame) => frame.data?.includes('BAD_USER_INPUT'))).toBe(true);
    }
    const stream = await subscribeSse(gateway.url, carol, { room });
    expect(stream.response.status).toBe(200);
    await waitForSubscribers(room, 1);
    stream.close();
    await waitForSubscribers(room, 0);
  });

  /** Posts a `roomEvents` subscription with `accept` (none when `null`) over node:http. */
  function postSubscription(token: string, room: string, accept: string | null) {
    const body = JSON.stringify({ query: ROOM_EVENTS_QUERY, variables: { room } });
    const headers: Record<string, string | number> = {
      'content-type': 'application/json',
      'content-length': Buffer.byteLength(body),
      authorization: `Bearer ${token}`,
    };
    if (accept !== null) {
      headers['accept'] = accept;
    }
    return new Promise<{ status: number; body: string }>((resolve, reject) => {
      const outgoing = request(
        `${gateway.url}/graphql`,
        { method: 'POST', headers },
        (response) => {
          const chunks: Buffer[] = [];
          response.on('data', (chunk: Buffer) => chunks.push(chunk));
          response.on('end', () =>
            resolve({ status: response.statusCode ?? 0, body: Buffer.concat(chunks).toString() }),
          );
        },
      );
      outgoing.on('error', reject);
      outgoing.end(body);
    });
  }

  it('rejects subscriptions without event-stream Accept', async () => {
    const room = 'sse-accept';
    const dave = await joinToken(credentials, room, 'dave');
    // Only the gateway's own event stream ends at the token's expiry and counts toward the
    // limits, so yoga must not stream these as SSE or multipart responses.
    const withoutEventStream = [
      '*/*',
      'multipart/mixed',
      'application/json',
      'text/event-stream;q=0, */*',
    ];
    for (const accept of [...withoutEventStream, null]) {
      const rejected = await postSubscription(dave, room, accept);
      expect(rejected.status, String(accept)).toBe(406);
      expect(JSON.parse(rejected.body), String(accept)).toMatchObject({
        errors: [{ extensions: { code: 'BAD_REQUEST' } }],
      });
      expect(rejected.body).toContain('Accept: text/event-stream');
    }
    expect(gateway.gateway.events.subscriberCount(room)).toBe(0);

    // Queries keep working with any Accept header.
    const query = await fetch(`${gateway.url}/graphql`, {
      method: 'POST',
      headers: {
        accept: '*/*',
        'content-type': 'application/json',
        authorization: `Bearer ${dave}`,
      },
      body: JSON.stringify({ query: '{ viewer { identity } }' }),
    });
    expect(query.status).toBe(200);
    expect(await query.json()).toEqual({ data: { viewer: { identity: 'dave' } } });
  });
});
