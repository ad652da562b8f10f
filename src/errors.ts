import { GraphQLError } from 'graphql';

/**
 * The closed set of `extensions.code` values a client can receive, with the HTTP status each
 * maps to where the transport has one.
 */
export const ERROR_CODES = {
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  BAD_USER_INPUT: 400,
  GRAPHQL_PARSE_FAILED: 400,
  GRAPHQL_VALIDATION_FAILED: 400,
  NOT_FOUND: 404,
  FAILED_PRECONDITION: 412,
  RATE_LIMITED: 429,
  LIVEKIT_UNAVAILABLE: 503,
  LIVEKIT_TIMEOUT: 504,
  LIVEKIT_ERROR: 502,
  INTERNAL_SERVER_ERROR: 500,
} as const;

export type ErrorCode = keyof typeof ERROR_CODES;

export interface GatewayErrorOptions {
  /** Extra fields copied into `extensions`, next to `code`. */
  extensions?: Record<string, unknown>;
  cause?: unknown;
}

/** A client-visible error: its message and `extensions` are sent as they are. */
export class GatewayError extends GraphQLError {
  readonly code: ErrorCode;

  constructor(code: ErrorCode, message: string, options: GatewayErrorOptions = {}) {
    super(message, {
      originalError: options.cause instanceof Error ? options.cause : undefined,
      extensions: { code, ...options.extensions },
    });
    this.code = code;
    this.name = 'GatewayError';
  }
}

export function unauthenticated(message = 'Missing or invalid credentials'): GatewayError {
  return new GatewayError('UNAUTHENTICATED', message, {
    extensions: { http: { status: ERROR_CODES.UNAUTHENTICATED } },
  });
}

export function forbidden(message: string): GatewayError {
  return new GatewayError('FORBIDDEN', message, {
    extensions: { http: { status: ERROR_CODES.FORBIDDEN } },
  });
}

export function notFound(message: string): GatewayError {
  return new GatewayError('NOT_FOUND', message);
}

export function badUserInput(message: string, argument?: string): GatewayError {
  return new GatewayError('BAD_USER_INPUT', message, {
    extensions: argument === undefined ? {} : { argument },
  });
}
