import type { IncomingMessage } from 'node:http';
import type { Caller } from '../auth/caller.js';
import { GatewayError, ERROR_CODES } from '../errors.js';

/** Keys tracked before full buckets are swept out; bounds memory when callers come and go. */
const SWEEP_THRESHOLD = 10_000;

interface Bucket {
  tokens: number;
  updatedAt: number;
}

/**
 * Token buckets in memory, one per key. Hand-written because `@envelop/rate-limiter` limits
 * single fields through schema directives, while this limits whole operations per caller.
 */
export class TokenBuckets {
  private readonly buckets = new Map<string, Bucket>();

  /**
   * @param ratePerSecond tokens added to each bucket per second
   * @param burst bucket size: operations allowed at once
   * @param now clock in ms, replaceable in unit tests
   */
  constructor(
    private readonly ratePerSecond: number,
    private readonly burst: number,
    private readonly now: () => number = () => performance.now(),
  ) {}

  /** Takes one token for `key`; returns 0 when granted, else the ms until a token is free. */
  take(key: string): number {
    const now = this.now();
    const bucket = this.buckets.get(key) ?? { tokens: this.burst, updatedAt: now };
    bucket.tokens = Math.min(
      this.burst,
      bucket.tokens + ((now - bucket.updatedAt) / 1000) * this.ratePerSecond,
    );
    bucket.updatedAt = now;
    if (!this.buckets.has(key)) {
      this.sweep(now);
      this.buckets.set(key, bucket);
    }
    if (bucket.tokens >= 1) {
      bucket.tokens -= 1;
      return 0;
    }
    return Math.ceil(((1 - bucket.tokens) / this.ratePerSecond) * 1000);
  }

  /** Drops buckets that would be full by now, as they behave like a new bucket. */
  private sweep(now: number): void {
    if (this.buckets.size < SWEEP_THRESHOLD) {
      return;
    }
    for (const [key, bucket] of this.buckets) {
      if (bucket.tokens + ((now - bucket.updatedAt) / 1000) * this.ratePerSecond >= this.burst) {
        this.buckets.delete(key);
      }
    }
  }
}

/**
 * The key limits are counted under: kind and identity, or kind and client address for callers
 * without an identity (service keys, anonymous).
 *
 * NOTE: behind a reverse proxy every identity-less caller has the proxy's address, so they share
 * one bucket; give each backend its own identity-bearing credential if that matters.
 */
export function callerKey(caller: Caller, request: IncomingMessage | undefined): string {
  if (caller.identity !== null) {
    return `${caller.kind}:${caller.identity}`;
  }
  return `${caller.kind}@${request?.socket.remoteAddress ?? 'unknown'}`;
}

export function rateLimited(retryAfterMs: number): GatewayError {
  const retryAfterSeconds = Math.max(1, Math.ceil(retryAfterMs / 1000));
  return new GatewayError('RATE_LIMITED', `Too many operations; retry in ${retryAfterSeconds} s`, {
    extensions: {
      retryAfterSeconds,
      http: {
        status: ERROR_CODES.RATE_LIMITED,
        headers: { 'retry-after': String(retryAfterSeconds) },
      },
    },
  });
}
