import { GraphQLError } from 'graphql';

/**
 * The closed set of `extensions.code` values a client can receive, with the HTTP status each
 * maps to where the transport has one.
 */
export const ERROR_CODES = {
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  BAD_USER_INPUT: 400,
  /**
   * The HTTP request is not a GraphQL request: bad JSON, a batch, a missing query (set by yoga),
   * an unsupported `Content-Type` (415) or `Accept` (406), headers over Node's limit (431), or a
   * subscription without `Accept: text/event-stream` (406).
   */
  BAD_REQUEST: 400,
  /** The document has several operations and `operationName` names none of them. Set by yoga. */
  OPERATION_RESOLUTION_FAILURE: 400,
  GRAPHQL_PARSE_FAILED: 400,
  GRAPHQL_VALIDATION_FAILED: 400,
  NOT_FOUND: 404,
  FAILED_PRECONDITION: 412,
  RATE_LIMITED: 429,
  /** The document exceeds a depth, cost, alias or token limit; `extensions.limit` names which. */
  QUERY_TOO_COMPLEX: 400,
  /** The request body is larger than `MAX_BODY_BYTES`. */
  PAYLOAD_TOO_LARGE: 413,
  /** A GET or simple POST from a browser lacks the CSRF prevention header. */
  CSRF_HEADER_REQUIRED: 403,
  /** Introspection is switched off with `GRAPHQL_INTROSPECTION=false`. */
  INTROSPECTION_DISABLED: 400,
  /** Persisted-operations-only mode is on and the request carries no persisted operation id. */
  PERSISTED_QUERY_REQUIRED: 400,
  /** The persisted operation id is not in the manifest. */
  PERSISTED_QUERY_NOT_FOUND: 400,
  /** A graphql-ws connection or caller has reached its maximum number of open subscriptions. */
  TOO_MANY_SUBSCRIPTIONS: 429,
  LIVEKIT_UNAVAILABLE: 503,
  LIVEKIT_TIMEOUT: 504,
  LIVEKIT_ERROR: 502,
  INTERNAL_SERVER_ERROR: 500,
  /** No egress worker accepted the request in time, or LiveKit has no Redis for egress. */
  EGRESS_UNAVAILABLE: 503,
  /** LiveKit has no Redis configured, which every ingress call needs. */
  INGRESS_UNAVAILABLE: 503,
  /** The participant registered no handler for the RPC method (LiveKit RPC error 1400). */
  RPC_UNSUPPORTED_METHOD: 501,
  /** The participant did not acknowledge or respond in time (RPC errors 1501 and 1502). */
  RPC_TIMEOUT: 504,
  /** The participant left before it responded (RPC errors 1401 and 1503). */
  RPC_RECIPIENT_GONE: 410,
  /** The participant's handler failed; `rpcCode` and `rpcMessage` carry its own error. */
  RPC_APPLICATION_ERROR: 502,
  /** The request or the response payload exceeds 15 KiB (RPC errors 1402 and 1504). */
  RPC_PAYLOAD_TOO_LARGE: 413,
  /** Any other RPC failure LiveKit reports, with its `rpcCode`. */
  RPC_ERROR: 502,
} as const;

export type ErrorCode = keyof typeof ERROR_CODES;

/** Returns whether `code` is one of the `extensions.code` values in `ERROR_CODES`. */
export function isErrorCode(code: unknown): code is ErrorCode {
  return typeof code === 'string' && Object.hasOwn(ERROR_CODES, code);
}

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
