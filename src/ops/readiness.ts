import { Redis } from 'ioredis';
import { GatewayError } from '../errors.js';
import type { LiveKitClient } from '../livekit/client.js';
import type { Logger } from '../logger.js';

/** One dependency `/readyz` checks; `ready()` resolves when it is usable and throws otherwise. */
export interface ReadinessCheck {
  name: string;
  ready(): Promise<void>;
}

export interface ReadinessReport {
  ready: boolean;
  /** `ok` or the reason, per check name. */
  checks: Record<string, string>;
}

/**
 * Runs every check concurrently; the gateway is ready when all pass. A failure is reported as a
 * gateway error code or `unavailable`, and its details go to the log, not to the client.
 */
export async function checkReadiness(
  checks: Iterable<ReadinessCheck>,
  log: Logger,
): Promise<ReadinessReport> {
  const list = [...checks];
  const results = await Promise.allSettled(list.map((check) => check.ready()));
  const report: ReadinessReport = { ready: true, checks: {} };
  results.forEach((result, index) => {
    const name = list[index]!.name;
    if (result.status === 'fulfilled') {
      report.checks[name] = 'ok';
      return;
    }
    report.ready = false;
    const error: unknown = result.reason;
    report.checks[name] = error instanceof GatewayError ? error.code : 'unavailable';
    log.warn({ err: error, check: name }, 'Readiness check failed');
  });
  return report;
}

/** LiveKit is reachable and accepts the gateway's API key and secret. */
export function liveKitReadiness(livekit: LiveKitClient): ReadinessCheck {
  return {
    name: 'livekit',
    ready: async () => {
      // Listing an impossible room name checks reachability and credentials and returns nothing.
      await livekit.listRooms(['\u0000readyz']);
    },
  };
}

/** Time a Redis `PING` may take before the check fails, in ms. */
const REDIS_PING_TIMEOUT_MS = 2000;

/**
 * Redis answers `PING` on a connection of its own. Commands fail at once while it is
 * disconnected, and ioredis keeps reconnecting in the background. The gateway uses it only when
 * the event store is not the Redis one, which registers a check on its own connections.
 */
export function redisReadiness(
  url: string,
  log: Logger,
): ReadinessCheck & { close(): Promise<void> } {
  const redis = new Redis(url, {
    enableOfflineQueue: false,
    maxRetriesPerRequest: 0,
    connectTimeout: REDIS_PING_TIMEOUT_MS,
  });
  let lastError = '';
  redis.on('error', (error: Error) => {
    // ioredis emits the same error on every reconnect attempt; log each new one once.
    if (error.message !== lastError) {
      lastError = error.message;
      log.warn({ err: error }, 'Redis readiness connection failed; reconnecting');
    }
  });
  redis.on('ready', () => {
    lastError = '';
  });
  return {
    name: 'redis',
    ready: async () => {
      const timeout = AbortSignal.timeout(REDIS_PING_TIMEOUT_MS);
      await Promise.race([
        redis.ping(),
        new Promise((_resolve, reject) =>
          timeout.addEventListener('abort', () => reject(new Error('Redis PING timed out'))),
        ),
      ]);
    },
    close: async () => {
      redis.disconnect();
    },
  };
}
