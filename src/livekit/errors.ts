import { TwirpError } from 'livekit-server-sdk';
import { GatewayError, type ErrorCode } from '../errors.js';

/** Gateway code for each Twirp error code LiveKit can return. */
const TWIRP_CODES: Record<string, ErrorCode> = {
  not_found: 'NOT_FOUND',
  bad_route: 'LIVEKIT_ERROR',
  invalid_argument: 'BAD_USER_INPUT',
  malformed: 'BAD_USER_INPUT',
  out_of_range: 'BAD_USER_INPUT',
  failed_precondition: 'FAILED_PRECONDITION',
  already_exists: 'FAILED_PRECONDITION',
  aborted: 'FAILED_PRECONDITION',
  unimplemented: 'FAILED_PRECONDITION',
  permission_denied: 'LIVEKIT_ERROR',
  unauthenticated: 'LIVEKIT_ERROR',
  resource_exhausted: 'RATE_LIMITED',
  unavailable: 'LIVEKIT_UNAVAILABLE',
  canceled: 'LIVEKIT_TIMEOUT',
  deadline_exceeded: 'LIVEKIT_TIMEOUT',
  internal: 'LIVEKIT_ERROR',
  unknown: 'LIVEKIT_ERROR',
  data_loss: 'LIVEKIT_ERROR',
};

/** Twirp codes whose message LiveKit writes for end users (room or participant missing, etc.). */
const CLIENT_READABLE = new Set([
  'not_found',
  'invalid_argument',
  'malformed',
  'out_of_range',
  'failed_precondition',
  'already_exists',
  'aborted',
  'unimplemented',
  'resource_exhausted',
  'unavailable',
]);

/**
 * GraphQL argument that carries the value LiveKit rejected, by Twirp method and LiveKit's
 * `meta.argument`. LiveKit puts its error text there, not a field name (livekit-server v1.13.5
 * `pkg/service/roomservice.go` passes `ErrAttributeExceedsLimits.Error()`), so an `argument` not
 * listed here is not sent.
 */
const ARGUMENTS_BY_METHOD: Record<string, Record<string, string>> = {
  UpdateParticipant: {
    'name length exceeds limits': 'name',
    'metadata size exceeds limits': 'metadata',
    'attribute size exceeds limits': 'setAttributes',
  },
  UpdateRoomMetadata: { 'metadata size exceeds limits': 'metadata' },
};

/** Returns the GraphQL argument LiveKit's `meta.argument` refers to, when it is known. */
function graphqlArgument(method: string, liveKitArgument: string | undefined): string | undefined {
  return liveKitArgument === undefined ? undefined : ARGUMENTS_BY_METHOD[method]?.[liveKitArgument];
}

function isTimeout(error: unknown): boolean {
  return (
    error instanceof Error &&
    (error.name === 'TimeoutError' ||
      error.name === 'AbortError' ||
      (error.cause instanceof Error && error.cause.name === 'TimeoutError'))
  );
}

/** Socket error codes of a connection to LiveKit that failed or broke before a response. */
const NETWORK_ERROR_CODES = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'EHOSTUNREACH',
  'ENETUNREACH',
  'ENOTFOUND',
  'EAI_AGAIN',
  'EPIPE',
]);

function isNetworkFailure(error: unknown): boolean {
  if (error instanceof TypeError && error.message === 'fetch failed') {
    return true;
  }
  const code = (error as NodeJS.ErrnoException | null)?.code;
  return typeof code === 'string' && NETWORK_ERROR_CODES.has(code);
}

/**
 * Maps any error thrown by a LiveKit call to a client-visible `GatewayError`. This is the only
 * place that interprets LiveKit's failures. `method` is the Twirp method, e.g. `ListRooms`.
 */
export function mapLiveKitError(error: unknown, method: string, timeoutMs: number): GatewayError {
  if (error instanceof GatewayError) {
    return error;
  }
  if (isTimeout(error)) {
    return new GatewayError(
      'LIVEKIT_TIMEOUT',
      `LiveKit did not answer ${method} within ${timeoutMs} ms`,
      {
        extensions: { method },
        cause: error,
      },
    );
  }
  if (isNetworkFailure(error)) {
    return new GatewayError('LIVEKIT_UNAVAILABLE', `LiveKit is unreachable (${method})`, {
      extensions: { method },
      cause: error,
    });
  }
  if (error instanceof TwirpError) {
    const twirpCode = error.code;
    if (twirpCode === undefined) {
      // A plain-text response, e.g. the 401 LiveKit's auth middleware sends for a bad token. Its
      // body can echo the token, so it is never copied into the client message.
      const message =
        error.status === 401
          ? `LiveKit rejected the gateway's API key or secret (${method})`
          : `LiveKit answered ${method} with HTTP ${error.status}`;
      return new GatewayError('LIVEKIT_ERROR', message, {
        extensions: { method, httpStatus: error.status },
        cause: error,
      });
    }
    const code = TWIRP_CODES[twirpCode] ?? 'LIVEKIT_ERROR';
    // LiveKit prefixes some messages with "twirp error <code>: ", which adds nothing here.
    const message = CLIENT_READABLE.has(twirpCode)
      ? error.message.replace(/^twirp error \w+: /, '')
      : `LiveKit failed ${method} with ${twirpCode}`;
    const argument = graphqlArgument(method, error.metadata?.['argument']);
    return new GatewayError(code, message, {
      extensions: {
        method,
        twirpCode,
        httpStatus: error.status,
        ...(argument === undefined ? {} : { argument }),
      },
      cause: error,
    });
  }
  return new GatewayError('LIVEKIT_ERROR', `LiveKit call ${method} failed`, {
    extensions: { method },
    cause: error,
  });
}
