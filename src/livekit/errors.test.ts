import { TwirpError } from 'livekit-server-sdk';
import { describe, expect, it } from 'vitest';
import { GatewayError, type ErrorCode } from '../errors.js';
import { mapLiveKitError } from './errors.js';

/** Twirp code, HTTP status Twirp sends with it, gateway code, whether LiveKit's message is kept. */
const TWIRP_CASES: [string, number, ErrorCode, boolean][] = [
  ['not_found', 404, 'NOT_FOUND', true],
  ['bad_route', 404, 'LIVEKIT_ERROR', false],
  ['invalid_argument', 400, 'BAD_USER_INPUT', true],
  ['malformed', 400, 'BAD_USER_INPUT', true],
  ['out_of_range', 400, 'BAD_USER_INPUT', true],
  ['failed_precondition', 412, 'FAILED_PRECONDITION', true],
  ['already_exists', 409, 'FAILED_PRECONDITION', true],
  ['aborted', 409, 'FAILED_PRECONDITION', true],
  ['unimplemented', 501, 'FAILED_PRECONDITION', true],
  ['permission_denied', 403, 'LIVEKIT_ERROR', false],
  ['unauthenticated', 401, 'LIVEKIT_ERROR', false],
  ['resource_exhausted', 429, 'RATE_LIMITED', true],
  ['unavailable', 503, 'LIVEKIT_UNAVAILABLE', true],
  ['canceled', 408, 'LIVEKIT_TIMEOUT', false],
  ['deadline_exceeded', 408, 'LIVEKIT_TIMEOUT', false],
  ['internal', 500, 'LIVEKIT_ERROR', false],
  ['unknown', 500, 'LIVEKIT_ERROR', false],
  ['data_loss', 500, 'LIVEKIT_ERROR', false],
  ['a_code_added_later', 500, 'LIVEKIT_ERROR', false],
];

describe('mapLiveKitError', () => {
  it.each(TWIRP_CASES)('maps Twirp %s (HTTP %i) to %s', (twirpCode, status, code, keepsMessage) => {
    const message = `livekit says ${twirpCode}`;
    const mapped = mapLiveKitError(
      new TwirpError('Error', message, status, twirpCode),
      'ListRooms',
      5000,
    );
    expect(mapped).toBeInstanceOf(GatewayError);
    expect(mapped.code).toBe(code);
    expect(mapped.extensions['code']).toBe(code);
    expect(mapped.extensions['twirpCode']).toBe(twirpCode);
    expect(mapped.extensions['httpStatus']).toBe(status);
    expect(mapped.extensions['method']).toBe('ListRooms');
    if (keepsMessage) {
      expect(mapped.message).toBe(message);
    } else {
      expect(mapped.message).not.toContain(message);
      expect(mapped.message).toContain('ListRooms');
    }
  });

  it.each([
    ['UpdateRoomMetadata', 'metadata size exceeds limits', 'metadata'],
    ['UpdateParticipant', 'metadata size exceeds limits', 'metadata'],
    ['UpdateParticipant', 'name length exceeds limits', 'name'],
    ['UpdateParticipant', 'attribute size exceeds limits', 'setAttributes'],
  ])('names the GraphQL argument of %s for "%s"', (method, liveKitArgument, argument) => {
    const error = new TwirpError(
      'Bad Request',
      `${liveKitArgument} 524288`,
      400,
      'invalid_argument',
      { argument: liveKitArgument },
    );
    const mapped = mapLiveKitError(error, method, 5000);
    expect(mapped.code).toBe('BAD_USER_INPUT');
    expect(mapped.extensions['argument']).toBe(argument);
  });

  it('leaves out an argument LiveKit names that no GraphQL argument matches', () => {
    const error = new TwirpError(
      'Bad Request',
      'destination room cannot be the same as source room ',
      400,
      'invalid_argument',
      { argument: 'destination room cannot be the same as source room' },
    );
    const mapped = mapLiveKitError(error, 'MoveParticipant', 5000);
    expect(mapped.code).toBe('BAD_USER_INPUT');
    expect(mapped.extensions).not.toHaveProperty('argument');
  });

  it('never copies a plain-text 401 body that echoes the token', () => {
    const token = 'eyJhbGciOiJIUzI1NiJ9.eyJpc3MiOiJkZXZrZXkifQ.c2lnbmF0dXJl';
    const body = `invalid token: ${token}, error: go-jose/go-jose: error in cryptographic primitive`;
    const mapped = mapLiveKitError(new TwirpError('Unauthorized', body, 401), 'ListRooms', 5000);
    expect(mapped.code).toBe('LIVEKIT_ERROR');
    expect(mapped.message).not.toContain(token);
    expect(mapped.message).not.toContain('invalid token');
    expect(JSON.stringify(mapped.extensions)).not.toContain(token);
    expect(mapped.extensions['httpStatus']).toBe(401);
  });

  it('does not copy other plain-text bodies either', () => {
    const mapped = mapLiveKitError(
      new TwirpError('Bad Gateway', 'upstream said secret-x', 502),
      'ListRooms',
      5000,
    );
    expect(mapped.message).toBe('LiveKit answered ListRooms with HTTP 502');
  });

  it('maps an aborted fetch to LIVEKIT_TIMEOUT with the deadline', () => {
    const timeout = new DOMException('The operation was aborted due to timeout', 'TimeoutError');
    const mapped = mapLiveKitError(timeout, 'GetParticipant', 1500);
    expect(mapped.code).toBe('LIVEKIT_TIMEOUT');
    expect(mapped.message).toContain('1500 ms');
  });

  it('maps a refused connection to LIVEKIT_UNAVAILABLE', () => {
    const refused = new TypeError('fetch failed', { cause: new Error('connect ECONNREFUSED') });
    expect(mapLiveKitError(refused, 'ListRooms', 5000).code).toBe('LIVEKIT_UNAVAILABLE');
  });

  it('passes a GatewayError through unchanged', () => {
    const original = new GatewayError('NOT_FOUND', 'no such track');
    expect(mapLiveKitError(original, 'MutePublishedTrack', 5000)).toBe(original);
  });

  it('masks any other error as LIVEKIT_ERROR', () => {
    const mapped = mapLiveKitError(new Error('socket hang up: secret detail'), 'ListRooms', 5000);
    expect(mapped.code).toBe('LIVEKIT_ERROR');
    expect(mapped.message).not.toContain('secret detail');
  });
});
