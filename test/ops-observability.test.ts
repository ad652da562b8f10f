import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { graphql } from './generated/index.js';
import { startLiveKitServer, type LiveKitServer } from './support/livekit-server.js';
import { startRedis } from './support/redis-process.js';
import {
  graphqlRequest,
  SERVICE_KEY,
  startTestGateway,
  testEnv,
  type TestGateway,
} from './support/gateway.js';
import { eventually } from './support/participant.js';

const ListRoomNames = graphql(`
  query ListRoomNames {
    rooms {
      name
    }
  }
`);

/** Reads one sample from Prometheus text output; 0 when the series does not exist yet. */
function sample(text: string, series: string): number {
  for (const line of text.split('\n')) {
    if (line.startsWith(`${series} `)) {
      return Number(line.slice(series.length + 1));
    }
  }
  return 0;
}

async function scrape(gateway: TestGateway): Promise<string> {
  const response = await fetch(`${gateway.url}/metrics`);
  expect(response.headers.get('content-type')).toMatch(/^text\/plain/);
  return response.text();
}

async function readyz(gateway: TestGateway) {
  const response = await fetch(`${gateway.url}/readyz`);
  return {
    status: response.status,
    body: (await response.json()) as { ready: boolean; checks: Record<string, string> },
  };
}

describe('gateway observability', () => {
  let livekit: LiveKitServer;
  let gateway: TestGateway;

  beforeAll(async () => {
    livekit = await startLiveKitServer();
    gateway = await startTestGateway(testEnv(livekit, { LOG_LEVEL: 'info' }));
  });

  afterAll(async () => {
    await gateway?.close();
    await livekit?.stop();
  });

  it('answers healthz and readyz', async () => {
    const health = await fetch(`${gateway.url}/healthz`);
    expect(health.status).toBe(200);
    const ready = await readyz(gateway);
    expect(ready.status).toBe(200);
    expect(ready.body).toEqual({ ready: true, checks: { livekit: 'ok' } });
  });

  it('moves request and LiveKit metrics', async () => {
    const before = await scrape(gateway);
    const operation =
      'graphql_envelop_request{operationName="ListRoomNames",operationType="query"}';
    const response = await graphqlRequest(gateway.url, ListRoomNames);
    expect(response.errors).toBeUndefined();
    await graphqlRequest(gateway.url, '{ rooms { name } ');
    const after = await scrape(gateway);

    expect(sample(after, operation)).toBe(sample(before, operation) + 1);
    const calls = 'gateway_livekit_calls_total{method="ListRooms"}';
    expect(sample(after, calls)).toBeGreaterThan(sample(before, calls));
    const ok = 'gateway_http_requests_total{route="graphql",status="200"}';
    expect(sample(after, ok)).toBe(sample(before, ok) + 1);
    const bad = 'gateway_http_requests_total{route="graphql",status="400"}';
    expect(sample(after, bad)).toBe(sample(before, bad) + 1);
    expect(after).toMatch(
      /^graphql_envelop_request_duration_bucket\{.*operationName="ListRoomNames"/m,
    );
  });

  it('exposes the event and webhook series other modules increment', async () => {
    const text = await scrape(gateway);
    for (const name of [
      'gateway_webhooks_accepted_total',
      'gateway_webhook_duplicates_total',
      'gateway_events_delivered_total',
      'gateway_slow_consumers_dropped_total',
    ]) {
      expect(text, name).toMatch(new RegExp(`^${name} 0$`, 'm'));
    }
    gateway.gateway.metrics.webhooksRejected.inc({ reason: 'BAD_SIGNATURE' });
    const after = await scrape(gateway);
    expect(sample(after, 'gateway_webhooks_rejected_total{reason="BAD_SIGNATURE"}')).toBe(1);
  });

  it('keeps metrics of two gateways apart', async () => {
    const other = await startTestGateway(testEnv(livekit));
    const series = 'gateway_http_requests_total{route="graphql",status="200"}';
    try {
      const before = sample(await scrape(gateway), series);
      await graphqlRequest(other.url, ListRoomNames);
      expect(sample(await scrape(other), series)).toBe(1);
      expect(sample(await scrape(gateway), series)).toBe(before);
    } finally {
      await other.close();
    }
  });

  it('counts LiveKit errors by method and code', async () => {
    const before = await scrape(gateway);
    const response = await graphqlRequest(
      gateway.url,
      'mutation { deleteRoom(name: "absent-room") { name } }',
    );
    expect(response.errors?.[0]?.extensions?.['code']).toBe('NOT_FOUND');
    const after = await scrape(gateway);
    const series = 'gateway_livekit_errors_total{method="DeleteRoom",code="NOT_FOUND"}';
    expect(sample(after, series)).toBe(sample(before, series) + 1);
  });

  it('returns a sane incoming request id and logs it with the caller', async () => {
    const response = await fetch(`${gateway.url}/graphql`, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        authorization: `Bearer ${SERVICE_KEY}`,
        'x-request-id': 'trace-1234.abc',
      },
      body: JSON.stringify({ query: '{ rooms { name } }' }),
    });
    expect(response.status).toBe(200);
    expect(response.headers.get('x-request-id')).toBe('trace-1234.abc');

    const lines = gateway.logs.filter((line) => line['requestId'] === 'trace-1234.abc');
    const operation = lines.find((line) => line['msg'] === 'GraphQL operation');
    expect(operation?.['caller']).toEqual({ kind: 'SERVICE_KEY', identity: null });
    expect(operation?.['operationType']).toBe('query');
    const access = lines.find((line) => line['msg'] === 'HTTP request');
    expect(access?.['status']).toBe(200);
  });

  it('replaces an insane request id with a generated one', async () => {
    const response = await fetch(`${gateway.url}/graphql`, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        authorization: `Bearer ${SERVICE_KEY}`,
        'x-request-id': `bad id ${'x'.repeat(200)}`,
      },
      body: JSON.stringify({ query: '{ rooms { name } }' }),
    });
    const id = response.headers.get('x-request-id');
    expect(id).toMatch(/^[0-9a-f-]{36}$/);
    expect(gateway.rawLogs()).not.toContain('bad id');
  });

  it('sets a request id on probe and metrics responses', async () => {
    for (const path of ['/healthz', '/readyz', '/metrics']) {
      const echoed = await fetch(`${gateway.url}${path}`, {
        headers: { 'x-request-id': 'probe-1' },
      });
      expect(echoed.headers.get('x-request-id'), path).toBe('probe-1');
      const generated = await fetch(`${gateway.url}${path}`);
      expect(generated.headers.get('x-request-id'), path).toMatch(/^[0-9a-f-]{36}$/);
    }
  });

  it('writes no credential or secret to the log', async () => {
    await graphqlRequest(gateway.url, ListRoomNames);
    await graphqlRequest(gateway.url, ListRoomNames, undefined, 'wrong-key-that-must-stay-secret');
    const raw = gateway.rawLogs();
    expect(gateway.logs.some((line) => line['msg'] === 'GraphQL operation')).toBe(true);
    expect(raw).not.toContain(SERVICE_KEY);
    expect(raw).not.toContain('wrong-key-that-must-stay-secret');
    expect(raw).not.toContain(livekit.apiSecret);
  });

  it('reports Redis in readyz when REDIS_URL is set', async () => {
    const redis = await startRedis();
    const withRedis = await startTestGateway(testEnv(livekit, { REDIS_URL: redis.url }));
    try {
      const ready = await eventually(async () => {
        const result = await readyz(withRedis);
        expect(result.status).toBe(200);
        return result;
      });
      expect(ready.body.checks).toEqual({ livekit: 'ok', redis: 'ok' });

      await redis.stop();
      const down = await eventually(async () => {
        const result = await readyz(withRedis);
        expect(result.status).toBe(503);
        return result;
      });
      expect(down.body.checks['redis']).toBe('unavailable');
      expect(down.body.checks['livekit']).toBe('ok');
    } finally {
      await withRedis.close();
      await redis.stop();
    }
  });
});
