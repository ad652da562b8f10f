import { describe, expect, it } from 'vitest';
import { loadConfig } from '../config.js';
import { createGatewayMetrics } from './metrics.js';
import { TokenBuckets } from './rate-limit.js';
import { SubscriptionLimiter, type ConnectionSubscriptions } from './subscription-limits.js';

describe('TokenBuckets', () => {
  it('grants the burst, then refills at the rate', () => {
    let now = 0;
    const buckets = new TokenBuckets(2, 3, () => now);
    expect([buckets.take('a'), buckets.take('a'), buckets.take('a')]).toEqual([0, 0, 0]);
    expect(buckets.take('a')).toBe(500);
    now = 500;
    expect(buckets.take('a')).toBe(0);
    expect(buckets.take('a')).toBe(500);
  });

  it('keeps callers apart', () => {
    const buckets = new TokenBuckets(1, 1, () => 0);
    expect(buckets.take('a')).toBe(0);
    expect(buckets.take('a')).toBeGreaterThan(0);
    expect(buckets.take('b')).toBe(0);
  });

  it('never fills past the burst', () => {
    let now = 0;
    const buckets = new TokenBuckets(10, 2, () => now);
    now = 60_000;
    expect([buckets.take('a'), buckets.take('a')]).toEqual([0, 0]);
    expect(buckets.take('a')).toBeGreaterThan(0);
  });
});

describe('SubscriptionLimiter', () => {
  function connection(callerKey: string): ConnectionSubscriptions {
    return { ids: new Set(), callerKey };
  }

  it('rejects past the maximum per connection', () => {
    const limiter = new SubscriptionLimiter(2, 10, createGatewayMetrics());
    const socket = connection('SERVICE_KEY@127.0.0.1');
    expect(limiter.acquire(socket, '1')).toBeNull();
    expect(limiter.acquire(socket, '2')).toBeNull();
    const error = limiter.acquire(socket, '3');
    expect(error?.extensions['code']).toBe('TOO_MANY_SUBSCRIPTIONS');
    expect(error?.extensions['limit']).toBe('connection');

    limiter.release(socket, '1');
    expect(limiter.acquire(socket, '3')).toBeNull();
  });

  it('rejects past the maximum per caller across connections', () => {
    const limiter = new SubscriptionLimiter(10, 3, createGatewayMetrics());
    const first = connection('LIVEKIT_TOKEN:alice');
    const second = connection('LIVEKIT_TOKEN:alice');
    const other = connection('LIVEKIT_TOKEN:bob');
    expect(limiter.acquire(first, '1')).toBeNull();
    expect(limiter.acquire(first, '2')).toBeNull();
    expect(limiter.acquire(second, '1')).toBeNull();
    expect(limiter.acquire(second, '2')?.extensions['limit']).toBe('caller');
    expect(limiter.acquire(other, '1')).toBeNull();

    limiter.releaseAll(first);
    expect(limiter.acquire(second, '2')).toBeNull();
  });

  it('ignores a second release of the same id', () => {
    const limiter = new SubscriptionLimiter(10, 1, createGatewayMetrics());
    const socket = connection('LIVEKIT_TOKEN:alice');
    const other = connection('LIVEKIT_TOKEN:alice');
    expect(limiter.acquire(socket, '1')).toBeNull();
    limiter.release(socket, '1');
    limiter.release(socket, '1');
    expect(limiter.acquire(other, '1')).toBeNull();
    expect(limiter.acquire(socket, '2')?.extensions['limit']).toBe('caller');
  });
});

describe('operational configuration', () => {
  const base = {
    LIVEKIT_URL: 'ws://127.0.0.1:7880',
    LIVEKIT_API_KEY: 'key',
    LIVEKIT_API_SECRET: 'secret',
  };

  it('turns introspection off by default in production only', () => {
    expect(loadConfig(base).ops.introspection).toBe(true);
    expect(loadConfig({ ...base, NODE_ENV: 'production' }).ops.introspection).toBe(false);
    const forced = loadConfig({ ...base, NODE_ENV: 'production', GRAPHQL_INTROSPECTION: 'true' });
    expect(forced.ops.introspection).toBe(true);
  });

  it('parses CORS origins and rejects an origin with a path', () => {
    const config = loadConfig({ ...base, CORS_ORIGINS: 'https://a.example.com, http://b:3000' });
    expect(config.ops.corsOrigins).toEqual(['https://a.example.com', 'http://b:3000']);
    expect(loadConfig(base).ops.corsOrigins).toEqual([]);
    expect(() => loadConfig({ ...base, CORS_ORIGINS: 'https://a.example.com/app' })).toThrow(
      /CORS_ORIGINS must list origins/,
    );
  });

  it('rejects a non-numeric limit by name', () => {
    expect(() => loadConfig({ ...base, MAX_QUERY_DEPTH: 'deep' })).toThrow(/MAX_QUERY_DEPTH/);
  });
});
