import { z } from 'zod';
import { integerVar, numberVar, optionalBooleanVar } from '../config-values.js';

/** Operational settings: limits, CORS, persisted operations, introspection and shutdown. */
export interface OpsConfig {
  /** Maximum request body on `/graphql`, in bytes; larger bodies get HTTP 413. */
  maxBodyBytes: number;
  /** Maximum selection depth of an operation. */
  maxQueryDepth: number;
  /** Maximum cost of an operation, as graphql-armor's cost-limit computes it. */
  maxQueryCost: number;
  /** Maximum number of aliases in one document. */
  maxQueryAliases: number;
  /** Maximum number of lexer tokens in one document. */
  maxQueryTokens: number;
  /** Operations each caller may start per second on average; 0 turns the rate limit off. */
  rateLimitPerSecond: number;
  /** Operations a caller may start at once before the per-second rate applies. */
  rateLimitBurst: number;
  /** Open subscriptions allowed on one graphql-ws connection. */
  maxSubscriptionsPerConnection: number;
  /** Open graphql-ws subscriptions allowed for one caller across all its connections. */
  maxSubscriptionsPerCaller: number;
  /** Origins allowed by CORS; empty means no CORS headers are sent. */
  corsOrigins: string[];
  /** Path of a JSON manifest `{ "<sha256>": "<document>" }`; when set, only those run. */
  persistedOperationsFile: string | undefined;
  /** Whether introspection queries are allowed. */
  introspection: boolean;
  /** Time a graceful shutdown may take before the process exits with code 1, in ms. */
  shutdownTimeoutMs: number;
}

const positiveInt = (fallback: number) => integerVar({ min: 1 }, fallback);

const nonNegativeInt = (fallback: number) => integerVar({ min: 0 }, fallback);

const originList = z
  .string()
  .optional()
  .transform((value, ctx) => {
    const origins = (value ?? '')
      .split(',')
      .map((item) => item.trim())
      .filter((item) => item.length > 0);
    for (const origin of origins) {
      if (origin !== '*' && !/^https?:\/\/[^/\s]+$/.test(origin)) {
        ctx.addIssue({
          code: 'custom',
          message: `must list origins like https://app.example.com (no path), got "${origin}"`,
        });
        return z.NEVER;
      }
    }
    return origins;
  });

/** Environment variables read by `opsConfig`; `config.ts` merges them into its schema. */
export const opsEnvShape = {
  NODE_ENV: z.string().optional(),
  MAX_BODY_BYTES: positiveInt(1_048_576),
  MAX_QUERY_DEPTH: positiveInt(10),
  MAX_QUERY_COST: positiveInt(5000),
  MAX_QUERY_ALIASES: nonNegativeInt(15),
  MAX_QUERY_TOKENS: positiveInt(2000),
  RATE_LIMIT_PER_SECOND: numberVar({ min: 0 }, 50),
  RATE_LIMIT_BURST: positiveInt(100),
  MAX_SUBSCRIPTIONS_PER_CONNECTION: positiveInt(100),
  MAX_SUBSCRIPTIONS_PER_CALLER: positiveInt(500),
  CORS_ORIGINS: originList,
  PERSISTED_OPERATIONS_FILE: z.string().min(1, 'must not be empty').optional(),
  GRAPHQL_INTROSPECTION: optionalBooleanVar(),
  SHUTDOWN_TIMEOUT_MS: positiveInt(10_000),
};

type OpsEnv = z.infer<z.ZodObject<typeof opsEnvShape>>;

/** Builds `OpsConfig` from the parsed variables; introspection defaults to off in production. */
export function opsConfig(values: OpsEnv): OpsConfig {
  const introspection = values.GRAPHQL_INTROSPECTION ?? values.NODE_ENV !== 'production';
  return {
    maxBodyBytes: values.MAX_BODY_BYTES,
    maxQueryDepth: values.MAX_QUERY_DEPTH,
    maxQueryCost: values.MAX_QUERY_COST,
    maxQueryAliases: values.MAX_QUERY_ALIASES,
    maxQueryTokens: values.MAX_QUERY_TOKENS,
    rateLimitPerSecond: values.RATE_LIMIT_PER_SECOND,
    rateLimitBurst: values.RATE_LIMIT_BURST,
    maxSubscriptionsPerConnection: values.MAX_SUBSCRIPTIONS_PER_CONNECTION,
    maxSubscriptionsPerCaller: values.MAX_SUBSCRIPTIONS_PER_CALLER,
    corsOrigins: values.CORS_ORIGINS,
    persistedOperationsFile: values.PERSISTED_OPERATIONS_FILE,
    introspection,
    shutdownTimeoutMs: values.SHUTDOWN_TIMEOUT_MS,
  };
}
