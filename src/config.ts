import { z } from 'zod';
import { opsConfig, opsEnvShape, type OpsConfig } from './ops/config.js';

/** Validated gateway configuration. Only `main.ts` builds it from `process.env`. */
export interface GatewayConfig {
  livekit: {
    /** HTTP(S) base URL for the Twirp API, derived from `LIVEKIT_URL`. */
    apiUrl: string;
    /** WebSocket URL handed to clients in minted tokens, derived from `LIVEKIT_URL`. */
    clientUrl: string;
    apiKey: string;
    apiSecret: string;
    /** Extra key/secret pairs accepted on incoming tokens and webhooks, for key rotation. */
    extraKeys: Record<string, string>;
    /** Deadline for every LiveKit call, in milliseconds. */
    timeoutMs: number;
  };
  /** Bearer keys with full rights, for server-to-server callers. */
  serviceKeys: string[];
  port: number;
  host: string;
  logLevel: 'fatal' | 'error' | 'warn' | 'info' | 'debug' | 'trace' | 'silent';
  /** Redis connection URL; when absent, events and bans stay in this process. */
  redisUrl: string | undefined;
  /** Whether GraphiQL is served on `GET /graphql` from a browser. */
  graphiql: boolean;
  /** Limits, CORS, persisted operations, introspection and shutdown; see `ops/config.ts`. */
  ops: OpsConfig;
  /** Webhook receiver and event log settings. */
  events: EventsConfig;
}

/** How `POST /webhooks/livekit` verifies requests and how long the event log keeps events. */
export interface EventsConfig {
  /** Largest webhook body accepted, in bytes; larger ones get 413. Default 1 MiB. */
  webhookMaxBodyBytes: number;
  /** Clock skew allowed on the webhook token's `exp` and `nbf`, in seconds. Default 10. */
  webhookClockSkewSeconds: number;
  /** How long a webhook event id is remembered to drop repeats, in seconds. Default 3600. */
  dedupeSeconds: number;
  /** Events kept per room for resuming subscribers. Default 1000. */
  retentionCount: number;
  /** Maximum age of a kept event, in seconds. Default 3600. */
  retentionSeconds: number;
  /** Events queued per subscriber before it is closed as a slow consumer. Default 256. */
  subscriberBufferSize: number;
  /** Interval between keep-alive comments on SSE streams, in milliseconds. Default 12000. */
  sseKeepAliveMs: number;
}

/** Thrown when the environment is invalid; `problems` holds one message per bad variable. */
export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid configuration:\n${problems.map((problem) => `  - ${problem}`).join('\n')}`);
    this.name = 'ConfigError';
  }
}

const LIVEKIT_URL_PROTOCOLS = new Set(['ws:', 'wss:', 'http:', 'https:']);

const livekitUrl = z.string().transform((value, ctx) => {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    ctx.addIssue({ code: 'custom', message: `is not a URL: "${value}"` });
    return z.NEVER;
  }
  if (!LIVEKIT_URL_PROTOCOLS.has(url.protocol)) {
    ctx.addIssue({
      code: 'custom',
      message: `must start with ws://, wss://, http:// or https://, got "${url.protocol}"`,
    });
    return z.NEVER;
  }
  const secure = url.protocol === 'wss:' || url.protocol === 'https:';
  const base = `${url.host}${url.pathname.replace(/\/+$/, '')}`;
  return {
    apiUrl: `${secure ? 'https' : 'http'}://${base}`,
    clientUrl: `${secure ? 'wss' : 'ws'}://${base}`,
  };
});

const commaList = z
  .string()
  .optional()
  .transform((value) =>
    (value ?? '')
      .split(',')
      .map((item) => item.trim())
      .filter((item) => item.length > 0),
  );

/** Parses `key1: secret1, key2: secret2` (the livekit-server `--keys` shape, comma-separated). */
const keyPairs = z
  .string()
  .optional()
  .transform((value, ctx) => {
    const pairs: Record<string, string> = {};
    for (const entry of (value ?? '').split(',')) {
      if (entry.trim() === '') {
        continue;
      }
      const separator = entry.indexOf(':');
      const key = entry.slice(0, separator).trim();
      const secret = entry.slice(separator + 1).trim();
      if (separator < 0 || key === '' || secret === '') {
        ctx.addIssue({ code: 'custom', message: 'must be a list of "key: secret" pairs' });
        return z.NEVER;
      }
      pairs[key] = secret;
    }
    return pairs;
  });

const positiveInt = (fallback: number) =>
  z.coerce.number().int().positive().optional().default(fallback);

const booleanFlag = (fallback: boolean) =>
  z
    .enum(['true', 'false', '1', '0'])
    .optional()
    .transform((value) => (value === undefined ? fallback : value === 'true' || value === '1'));

const envSchema = z.object({
  LIVEKIT_URL: livekitUrl,
  LIVEKIT_API_KEY: z.string().min(1, 'must not be empty'),
  LIVEKIT_API_SECRET: z.string().min(1, 'must not be empty'),
  LIVEKIT_EXTRA_KEYS: keyPairs,
  LIVEKIT_TIMEOUT_MS: positiveInt(5000),
  GATEWAY_SERVICE_KEYS: commaList.refine((keys) => keys.every((key) => key.length >= 16), {
    message: 'every key must be at least 16 characters long',
  }),
  PORT: z.coerce.number().int().min(0).max(65535).optional().default(4000),
  HOST: z.string().optional().default('0.0.0.0'),
  LOG_LEVEL: z
    .enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'])
    .optional()
    .default('info'),
  REDIS_URL: z.url({ protocol: /^rediss?$/ }).optional(),
  GRAPHIQL: booleanFlag(true),
  ...opsEnvShape,
  WEBHOOK_MAX_BODY_BYTES: positiveInt(1024 * 1024),
  WEBHOOK_CLOCK_SKEW_SECONDS: z.coerce.number().int().min(0).optional().default(10),
  WEBHOOK_DEDUPE_SECONDS: positiveInt(3600),
  EVENT_RETENTION_COUNT: positiveInt(1000),
  EVENT_RETENTION_SECONDS: positiveInt(3600),
  SUBSCRIBER_BUFFER_SIZE: positiveInt(256),
  SSE_KEEP_ALIVE_MS: positiveInt(12_000),
});

/** Builds the configuration from environment variables, or throws a `ConfigError`. */
export function loadConfig(env: Record<string, string | undefined>): GatewayConfig {
  const parsed = envSchema.safeParse(env);
  if (!parsed.success) {
    throw new ConfigError(
      parsed.error.issues.map((issue) => {
        const name = issue.path.join('.');
        const message = issue.code === 'invalid_type' ? 'is required' : issue.message;
        return `${name} ${message}`;
      }),
    );
  }
  const values = parsed.data;
  return {
    livekit: {
      ...values.LIVEKIT_URL,
      apiKey: values.LIVEKIT_API_KEY,
      apiSecret: values.LIVEKIT_API_SECRET,
      extraKeys: values.LIVEKIT_EXTRA_KEYS,
      timeoutMs: values.LIVEKIT_TIMEOUT_MS,
    },
    serviceKeys: values.GATEWAY_SERVICE_KEYS,
    port: values.PORT,
    host: values.HOST,
    logLevel: values.LOG_LEVEL,
    redisUrl: values.REDIS_URL,
    graphiql: values.GRAPHIQL,
    ops: opsConfig(values),
    events: {
      webhookMaxBodyBytes: values.WEBHOOK_MAX_BODY_BYTES,
      webhookClockSkewSeconds: values.WEBHOOK_CLOCK_SKEW_SECONDS,
      dedupeSeconds: values.WEBHOOK_DEDUPE_SECONDS,
      retentionCount: values.EVENT_RETENTION_COUNT,
      retentionSeconds: values.EVENT_RETENTION_SECONDS,
      subscriberBufferSize: values.SUBSCRIBER_BUFFER_SIZE,
      sseKeepAliveMs: values.SSE_KEEP_ALIVE_MS,
    },
  };
}
