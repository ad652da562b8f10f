import { GraphQLError } from 'graphql';
import type { ErrorCode } from '../errors.js';

/**
 * Extensions that describe the server, not the request: yoga's JSON parser puts the parser's
 * `SyntaxError` (with the whole body in its message) in `originalError`, and a development
 * error mask adds `stack`. None of them is sent to a client.
 */
const SERVER_ONLY_EXTENSIONS = ['originalError', 'stack', 'exception', 'unexpected'] as const;

/**
 * Maximum length of an error message sent to a client, in characters. Some messages quote the
 * client's input, and a 200 KB variable of the wrong type came back as a 400 KB message.
 */
export const MAX_ERROR_MESSAGE_LENGTH = 1_000;

/** Shortens the message of `error` itself to `MAX_ERROR_MESSAGE_LENGTH` and returns it. */
export function capErrorMessage<T extends Error>(error: T): T {
  if (error.message.length > MAX_ERROR_MESSAGE_LENGTH) {
    error.message = `${error.message.slice(0, MAX_ERROR_MESSAGE_LENGTH - 1)}…`;
  }
  return error;
}

/**
 * Sets `extensions.code` on `error` itself and returns it. The property is replaced rather than
 * its object changed, because graphql-js may share that object with the original error. Yoga
 * logs, at error level, every error its mask function replaces with another, so a mask that only
 * adds a code must return the same error.
 */
export function setErrorCode(error: GraphQLError, code: ErrorCode): GraphQLError {
  Object.defineProperty(error, 'extensions', { value: { ...error.extensions, code } });
  return error;
}

/**
 * Returns `error` as it is sent over HTTP: without server-only extensions, and with
 * `BAD_REQUEST` errors marked as not coming from the GraphQL-over-HTTP spec. Yoga sends 200 for
 * spec-marked errors under `Accept: application/json`, which is right for parse and validation
 * errors but not for a request that is not GraphQL at all, such as `{}`.
 */
export function errorForHttp(error: GraphQLError): GraphQLError {
  capErrorMessage(error);
  const extensions: Record<string, unknown> = { ...error.extensions };
  let changed = removeKeys(extensions, SERVER_ONLY_EXTENSIONS);
  const http = extensions['http'] as { spec?: boolean } | undefined;
  if (extensions['code'] === 'BAD_REQUEST' && http?.spec) {
    extensions['http'] = { ...http, spec: false };
    changed = true;
  }
  return changed ? withExtensions(error, extensions) : error;
}

/** Returns `error` as it is sent over graphql-ws, which has no HTTP status: without `http`. */
export function errorForSocket(error: GraphQLError): GraphQLError {
  capErrorMessage(error);
  const extensions: Record<string, unknown> = { ...error.extensions };
  const changed = removeKeys(extensions, ['http', ...SERVER_ONLY_EXTENSIONS]);
  return changed ? withExtensions(error, extensions) : error;
}

/** Deletes `keys` from `record`; returns whether any was there. */
function removeKeys(record: Record<string, unknown>, keys: readonly string[]): boolean {
  let removed = false;
  for (const key of keys) {
    if (key in record) {
      delete record[key];
      removed = true;
    }
  }
  return removed;
}

/** Copies `error` with other `extensions`, keeping its message, locations and path. */
function withExtensions(error: GraphQLError, extensions: Record<string, unknown>): GraphQLError {
  return new GraphQLError(error.message, {
    nodes: error.nodes,
    source: error.source,
    positions: error.positions,
    path: error.path,
    originalError: error.originalError,
    extensions,
  });
}
