import { TwirpError } from 'livekit-server-sdk';
import { describe, expect, it } from 'vitest';
import type { ErrorCode } from '../errors.js';
import { mapPerformRpcError, type PerformRpcRequest } from './rpc.js';

const REQUEST: PerformRpcRequest = {
  room: 'room-1',
  destinationIdentity: 'bob',
  method: 'ping',
  payload: '',
  responseTimeoutMs: 1000,
};

/**
 * Twirp code and message in the form livekit-server v1.13.5 writes, gateway code, RPC code.
 * Codes 1400, 1402, 1500, 1502, 1504 and 4001 were seen from the real server; the other rows
 * follow the same form with LiveKit's reserved codes.
 */
const RPC_CASES: [string, string, ErrorCode, number][] = [
  [
    'invalid_argument',
    'RpcError 1400: Method not supported at destination',
    'RPC_UNSUPPORTED_METHOD',
    1400,
  ],
  ['not_found', 'RpcError 1401: Recipient not found', 'RPC_RECIPIENT_GONE', 1401],
  ['invalid_argument', 'RpcError 1402: Request payload too large', 'RPC_PAYLOAD_TOO_LARGE', 1402],
  ['internal', 'RpcError 1500: Application error in method handler', 'RPC_APPLICATION_ERROR', 1500],
  ['canceled', 'RpcError 1501: Connection timeout', 'RPC_TIMEOUT', 1501],
  ['canceled', 'RpcError 1502: Response timeout', 'RPC_TIMEOUT', 1502],
  ['unavailable', 'RpcError 1503: Recipient disconnected', 'RPC_RECIPIENT_GONE', 1503],
  ['internal', 'RpcError 1504: Response payload too large', 'RPC_PAYLOAD_TOO_LARGE', 1504],
  ['internal', 'RpcError 1505: Failed to send', 'RPC_ERROR', 1505],
  ['internal', 'RpcError 4001: out of coffee: try later', 'RPC_APPLICATION_ERROR', 4001],
  ['internal', 'RpcError 1: first app code', 'RPC_APPLICATION_ERROR', 1],
];

describe('mapPerformRpcError', () => {
  it.each(RPC_CASES)('maps %s "%s" to %s', (twirpCode, message, code, rpcCode) => {
    const error = new TwirpError('Error', `twirp error unknown: ${message}`, 500, twirpCode);
    const mapped = mapPerformRpcError(error, REQUEST);
    expect(mapped?.code).toBe(code);
    expect(mapped?.extensions['rpcCode']).toBe(rpcCode);
    expect(mapped?.extensions['rpcMethod']).toBe('ping');
    expect(mapped?.extensions['destinationIdentity']).toBe('bob');
  });

  it('keeps the handler message with its data', () => {
    const error = new TwirpError(
      'Error',
      'RpcError 4001: out of coffee: try later',
      500,
      'internal',
    );
    expect(mapPerformRpcError(error, REQUEST)?.extensions['rpcMessage']).toBe(
      'out of coffee: try later',
    );
  });

  it.each([
    ['unavailable', 'twirp error unknown: no response from servers'],
    ['not_found', 'twirp error unknown: participant does not exist'],
  ])('maps %s without an RPC code to RPC_RECIPIENT_GONE', (twirpCode, message) => {
    const mapped = mapPerformRpcError(new TwirpError('Error', message, 503, twirpCode), REQUEST);
    expect(mapped?.code).toBe('RPC_RECIPIENT_GONE');
    expect(mapped?.extensions['rpcCode']).toBeUndefined();
  });

  it('leaves other failures to mapLiveKitError', () => {
    const input = new TwirpError(
      'Error',
      'destination identity is required',
      400,
      'invalid_argument',
    );
    expect(mapPerformRpcError(input, REQUEST)).toBeUndefined();

    const plainText = new TwirpError('Unauthorized', 'invalid API key: x', 401);
    expect(mapPerformRpcError(plainText, REQUEST)).toBeUndefined();

    expect(mapPerformRpcError(new TypeError('fetch failed'), REQUEST)).toBeUndefined();
  });
});
