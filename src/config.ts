import type { VideoGrant } from 'livekit-server-sdk';
import { z } from 'zod';
import { opsConfig, opsEnvShape, type OpsConfig } from './ops/config.js';
import { consoleConfig, consoleEnvShape, type ConsoleConfig } from './console/config.js';
import { PUBLISH_SOURCES, videoGrantJson, type PublishSourceName } from './auth/grants.js';
import { booleanVar, integerVar, optionalIntegerVar } from './config-values.js';

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
  /** The console page at `/console`. */
  console: ConsoleConfig;
  /** Webhook receiver and event log settings. */
  events: EventsConfig;
  /** Live room snapshots behind the `roomState` subscription. */
  roomState: RoomStateConfig;
  /** Authentication settings for callers other than service keys. */
  auth: AuthConfig;
  /** Limits on what `createAccessToken` signs for callers other than service keys. */
  tokenPolicy: TokenPolicy;
  /**
   * Agent names that any caller who may read a room may dispatch into it, list, cancel and call
   * by RPC; other agents need admin rights on the room. Empty by default.
   */
  agentsAllowedForReaders: string[];
}

/** App JWTs from an identity provider, verified with a JWKS URL or a shared secret. */
export interface AppJwtConfig {
  /** JWKS endpoint of the identity provider; set exactly one of this and `secret`. */
  jwksUrl: string | undefined;
  /** Shared HMAC secret; set exactly one of this and `jwksUrl`. */
  secret: string | undefined;
  /** Required `iss` claim. */
  issuer: string;
  /** Required `aud` claim. */
  audience: string;
  /** Accepted `alg` header values; `none` is never accepted. */
  algorithms: string[];
  /** Claim carrying a LiveKit-shaped video grant; `video` by default. */
  grantsClaim: string;
}

export interface AuthConfig {
  /** `null` when no identity provider is configured. */
  appJwt: AppJwtConfig | null;
  /** Grant of every signed-in app user whose JWT has no grants claim, and of anonymous callers. */
  defaultGrants: VideoGrant;
  /** Leeway for `exp` and `nbf`, in seconds; 10 by default. */
  clockToleranceSeconds: number;
  /** Whether a request without credentials is served as an anonymous caller. For development. */
  allowAnonymous: boolean;
}

export interface TokenPolicy {
  /** Longest TTL of a minted token, in seconds; 21600 (6 h) by default. */
  maxTtlSeconds: number;
  /** TTL when the request names none, in seconds; 3600 or `maxTtlSeconds` if lower. */
  defaultTtlSeconds: number;
  /** Maximum grant a caller may sign for its own identity in a room it may read. */
  userGrants: VideoGrant;
  /** Sources a minted token may publish; every source by default. */
  publishSources: PublishSourceName[];
}

/** Settings of `POST /webhooks/livekit` verification and of event log retention. */
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

/** Settings of room snapshots and their reconciliation with LiveKit's RoomService. */
export interface RoomStateConfig {
  /** Interval between reconciliations of each watched room, in milliseconds. Default 30000. */
  reconcileIntervalMs: number;
}

/** Thrown when the environment is invalid; `problems` contains one message per bad variable. */
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
    // No prototype, so a key named `__proto__` is stored like any other.
    const pairs: Record<string, string> = Object.create(null);
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

const positiveInt = (fallback: number) => integerVar({ min: 1 }, fallback);

/** A video grant given as JSON text, e.g. `{"roomJoin":true,"canPublish":false}`. */
const grantJson = (fallback: string) =>
  z
    .string()
    .optional()
    .default(fallback)
    .transform((value, ctx) => {
      let json: unknown;
      try {
        json = JSON.parse(value);
      } catch {
        ctx.addIssue({ code: 'custom', message: 'is not valid JSON' });
        return z.NEVER;
      }
      const parsed = videoGrantJson.safeParse(json);
      if (!parsed.success) {
        const problem = parsed.error.issues[0];
        ctx.addIssue({
          code: 'custom',
          message: `is not a video grant: ${problem?.path.join('.') ?? ''} ${problem?.message ?? ''}`,
        });
        return z.NEVER;
      }
      return parsed.data;
    });

const HMAC_ALGORITHMS = ['HS256', 'HS384', 'HS512'];
const PUBLIC_KEY_ALGORITHMS = [
  'RS256',
  'RS384',
  'RS512',
  'PS256',
  'PS384',
  'PS512',
  'ES256',
  'ES384',
  'ES512',
  'EdDSA',
  'Ed25519',
];

const envSchema = z.object({
  LIVEKIT_URL: livekitUrl,
  LIVEKIT_API_KEY: z.string().min(1, 'must not be empty'),
  LIVEKIT_API_SECRET: z.string().min(1, 'must not be empty'),
  LIVEKIT_EXTRA_KEYS: keyPairs,
  LIVEKIT_TIMEOUT_MS: positiveInt(5000),
  GATEWAY_SERVICE_KEYS: commaList.refine((keys) => keys.every((key) => key.length >= 16), {
    message: 'every key must be at least 16 characters long',
  }),
  PORT: integerVar({ min: 0, max: 65535 }, 4000),
  HOST: z.string().optional().default('0.0.0.0'),
  LOG_LEVEL: z
    .enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'])
    .optional()
    .default('info'),
  REDIS_URL: z.url({ protocol: /^rediss?$/ }).optional(),
  GRAPHIQL: booleanVar(true),
  ...opsEnvShape,
  ...consoleEnvShape,
  AUTH_JWKS_URL: z.url({ protocol: /^https?$/ }).optional(),
  AUTH_JWT_SECRET: z.string().min(32, 'must be at least 32 characters long').optional(),
  AUTH_ISSUER: z.string().min(1, 'must not be empty').optional(),
  AUTH_AUDIENCE: z.string().min(1, 'must not be empty').optional(),
  AUTH_JWT_ALGORITHMS: commaList,
  AUTH_GRANTS_CLAIM: z.string().min(1, 'must not be empty').optional().default('video'),
  AUTH_DEFAULT_GRANTS: grantJson('{}'),
  AUTH_CLOCK_SKEW_SECONDS: integerVar({ min: 0, max: 600 }, 10),
  ALLOW_ANONYMOUS: booleanVar(false),
  TOKEN_MAX_TTL_SECONDS: positiveInt(21600),
  TOKEN_DEFAULT_TTL_SECONDS: optionalIntegerVar({ min: 1 }),
  TOKEN_USER_GRANTS: grantJson('{"roomJoin":true,"canPublish":true,"canSubscribe":true}'),
  TOKEN_PUBLISH_SOURCES: commaList.refine(
    (names) => names.every((name) => name in PUBLISH_SOURCES),
    { message: `must list only ${Object.keys(PUBLISH_SOURCES).join(', ')}` },
  ),
  WEBHOOK_MAX_BODY_BYTES: positiveInt(1024 * 1024),
  WEBHOOK_CLOCK_SKEW_SECONDS: integerVar({ min: 0 }, 10),
  WEBHOOK_DEDUPE_SECONDS: positiveInt(3600),
  EVENT_RETENTION_COUNT: positiveInt(1000),
  EVENT_RETENTION_SECONDS: positiveInt(3600),
  SUBSCRIBER_BUFFER_SIZE: positiveInt(256),
  SSE_KEEP_ALIVE_MS: positiveInt(12_000),
  ROOM_STATE_RECONCILE_MS: positiveInt(30_000),
  AGENTS_ALLOWED_FOR_READERS: commaList,
});

type Env = z.infer<typeof envSchema>;

/** Checks that span several variables; returns one message per bad variable. */
function crossCheck(values: Env): string[] {
  const problems: string[] = [];
  const { AUTH_JWKS_URL: jwksUrl, AUTH_JWT_SECRET: secret } = values;
  if (jwksUrl && secret) {
    problems.push('AUTH_JWT_SECRET must not be set together with AUTH_JWKS_URL; choose one');
  }
  if (jwksUrl || secret) {
    if (!values.AUTH_ISSUER) {
      problems.push('AUTH_ISSUER is required when AUTH_JWKS_URL or AUTH_JWT_SECRET is set');
    }
    if (!values.AUTH_AUDIENCE) {
      problems.push('AUTH_AUDIENCE is required when AUTH_JWKS_URL or AUTH_JWT_SECRET is set');
    }
    const allowed = secret ? HMAC_ALGORITHMS : PUBLIC_KEY_ALGORITHMS;
    const bad = values.AUTH_JWT_ALGORITHMS.filter((name) => !allowed.includes(name));
    if (bad.length > 0) {
      problems.push(
        `AUTH_JWT_ALGORITHMS contains ${bad.join(', ')}; with ` +
          `${secret ? 'AUTH_JWT_SECRET' : 'AUTH_JWKS_URL'} use ${allowed.join(', ')}`,
      );
    }
  }
  if (
    values.TOKEN_DEFAULT_TTL_SECONDS !== undefined &&
    values.TOKEN_DEFAULT_TTL_SECONDS > values.TOKEN_MAX_TTL_SECONDS
  ) {
    problems.push(
      `TOKEN_DEFAULT_TTL_SECONDS must not exceed TOKEN_MAX_TTL_SECONDS (${values.TOKEN_MAX_TTL_SECONDS})`,
    );
  }
  return problems;
}

function appJwtConfig(values: Env): AppJwtConfig | null {
  if (!values.AUTH_JWKS_URL && !values.AUTH_JWT_SECRET) {
    return null;
  }
  const defaultAlgorithms = values.AUTH_JWT_SECRET ? ['HS256'] : ['RS256', 'ES256'];
  return {
    jwksUrl: values.AUTH_JWKS_URL,
    secret: values.AUTH_JWT_SECRET,
    issuer: values.AUTH_ISSUER ?? '',
    audience: values.AUTH_AUDIENCE ?? '',
    algorithms:
      values.AUTH_JWT_ALGORITHMS.length > 0 ? values.AUTH_JWT_ALGORITHMS : defaultAlgorithms,
    grantsClaim: values.AUTH_GRANTS_CLAIM,
  };
}

/** Builds the configuration from environment variables, or throws a `ConfigError`. */
export function loadConfig(env: Record<string, string | undefined>): GatewayConfig {
  const parsed = envSchema.safeParse(env);
  if (!parsed.success) {
    throw new ConfigError(
      parsed.error.issues.map((issue) => {
        const name = issue.path.join('.');
        // Only an unset variable is reported as required. A set one gets the check's own message.
        const message = env[name] === undefined ? 'is required' : issue.message;
        return `${name} ${message}`;
      }),
    );
  }
  const values = parsed.data;
  const problems = crossCheck(values);
  if (problems.length > 0) {
    throw new ConfigError(problems);
  }
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
    console: consoleConfig(values),
    events: {
      webhookMaxBodyBytes: values.WEBHOOK_MAX_BODY_BYTES,
      webhookClockSkewSeconds: values.WEBHOOK_CLOCK_SKEW_SECONDS,
      dedupeSeconds: values.WEBHOOK_DEDUPE_SECONDS,
      retentionCount: values.EVENT_RETENTION_COUNT,
      retentionSeconds: values.EVENT_RETENTION_SECONDS,
      subscriberBufferSize: values.SUBSCRIBER_BUFFER_SIZE,
      sseKeepAliveMs: values.SSE_KEEP_ALIVE_MS,
    },
    roomState: { reconcileIntervalMs: values.ROOM_STATE_RECONCILE_MS },
    auth: {
      appJwt: appJwtConfig(values),
      defaultGrants: values.AUTH_DEFAULT_GRANTS,
      clockToleranceSeconds: values.AUTH_CLOCK_SKEW_SECONDS,
      allowAnonymous: values.ALLOW_ANONYMOUS,
    },
    tokenPolicy: {
      maxTtlSeconds: values.TOKEN_MAX_TTL_SECONDS,
      defaultTtlSeconds:
        values.TOKEN_DEFAULT_TTL_SECONDS ?? Math.min(3600, values.TOKEN_MAX_TTL_SECONDS),
      userGrants: values.TOKEN_USER_GRANTS,
      publishSources:
        values.TOKEN_PUBLISH_SOURCES.length > 0
          ? (values.TOKEN_PUBLISH_SOURCES as PublishSourceName[])
          : (Object.keys(PUBLISH_SOURCES) as PublishSourceName[]),
    },
    agentsAllowedForReaders: values.AGENTS_ALLOWED_FOR_READERS,
  };
}
