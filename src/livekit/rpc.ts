import { AccessToken, TwirpError } from 'livekit-server-sdk';
import { PerformRpcResponse } from '@livekit/protocol';
import type { CallLiveKit, LiveKitClientOptions } from './client.js';
import { GatewayError, type ErrorCode } from '../errors.js';

export interface PerformRpcRequest {
  room: string;
  destinationIdentity: string;
  method: string;
  payload: string;
  /** Time the participant has to respond, in milliseconds. */
  responseTimeoutMs: number;
}

/** RoomService PerformRpc: calls a method a participant registered and returns its response. */
export interface RpcCalls {
  performRpc(request: PerformRpcRequest): Promise<string>;
}

/**
 * LiveKit's RPC error codes (`RpcError.ErrorCode` in the client SDKs). Codes 1001 to 1999 are
 * reserved for LiveKit; any other code was chosen by the participant's handler.
 */
const RPC_CODES: Record<number, ErrorCode> = {
  1400: 'RPC_UNSUPPORTED_METHOD',
  1401: 'RPC_RECIPIENT_GONE',
  1402: 'RPC_PAYLOAD_TOO_LARGE',
  1500: 'RPC_APPLICATION_ERROR',
  1501: 'RPC_TIMEOUT',
  1502: 'RPC_TIMEOUT',
  1503: 'RPC_RECIPIENT_GONE',
  1504: 'RPC_PAYLOAD_TOO_LARGE',
};

/**
 * livekit-server v1.13.5 reports an RPC failure as a Twirp error whose message ends with
 * `RpcError <code>: <message>`, followed by `: <data>` when the handler attached data.
 */
const RPC_ERROR_MESSAGE = /RpcError (\d+): ([\s\S]*)$/;

function rpcErrorCode(rpcCode: number): ErrorCode {
  const known = RPC_CODES[rpcCode];
  if (known) {
    return known;
  }
  return rpcCode >= 1001 && rpcCode <= 1999 ? 'RPC_ERROR' : 'RPC_APPLICATION_ERROR';
}

/**
 * Maps a PerformRpc failure to its own `RPC_*` code, or returns `undefined` when the failure is
 * not about the RPC itself (bad input, credentials, LiveKit down), which `mapLiveKitError`
 * then handles. Shapes seen from livekit-server v1.13.5:
 * - handler missing: `invalid_argument` with `RpcError 1400: Method not supported at destination`;
 * - handler error: `internal` with `RpcError <code>: <message>[: <data>]`;
 * - no response in time: `canceled` with `RpcError 1502: Response timeout`;
 * - payload too large: `invalid_argument` with 1402, `internal` with 1504;
 * - recipient left during the call: `unavailable` `no response from servers`, or `not_found`
 *   `participant does not exist`.
 */
export function mapPerformRpcError(
  error: unknown,
  request: PerformRpcRequest,
): GatewayError | undefined {
  if (!(error instanceof TwirpError) || error.code === undefined) {
    return undefined;
  }
  const extensions = {
    method: 'PerformRpc',
    rpcMethod: request.method,
    destinationIdentity: request.destinationIdentity,
    twirpCode: error.code,
  };
  const match = RPC_ERROR_MESSAGE.exec(error.message);
  if (match) {
    const rpcCode = Number(match[1]);
    const rpcMessage = match[2] ?? '';
    return new GatewayError(
      rpcErrorCode(rpcCode),
      `RPC "${request.method}" to "${request.destinationIdentity}" failed: ${rpcMessage}`,
      { extensions: { ...extensions, rpcCode, rpcMessage }, cause: error },
    );
  }
  if (error.code === 'unavailable' || error.code === 'not_found') {
    return new GatewayError(
      'RPC_RECIPIENT_GONE',
      `Participant "${request.destinationIdentity}" left room "${request.room}" before it answered`,
      { extensions, cause: error },
    );
  }
  return undefined;
}

/** Time LiveKit gets on top of the participant's response timeout, in milliseconds. */
function deadlineMs(request: PerformRpcRequest, timeoutMs: number): number {
  return request.responseTimeoutMs + timeoutMs;
}

async function twirpError(response: Response): Promise<TwirpError> {
  const text = await response.text();
  if (response.headers.get('content-type')?.startsWith('application/json')) {
    try {
      const body = JSON.parse(text) as {
        code?: string;
        msg?: string;
        meta?: Record<string, string>;
      };
      return new TwirpError(
        response.statusText,
        body.msg ?? '',
        response.status,
        body.code,
        body.meta,
      );
    } catch {
      // Not Twirp JSON after all: handled below like a plain-text answer.
    }
  }
  return new TwirpError(response.statusText, text, response.status);
}

/**
 * livekit-server-sdk 2.19.2 has no PerformRpc, so this posts the Twirp request itself, with a
 * deadline of the response timeout plus the gateway's LiveKit timeout.
 */
export function createRpcCalls(options: LiveKitClientOptions, call: CallLiveKit): RpcCalls {
  const url = `${options.apiUrl}/twirp/livekit.RoomService/PerformRpc`;

  async function post(request: PerformRpcRequest): Promise<string> {
    const token = new AccessToken(options.apiKey, options.apiSecret, { ttl: '10m' });
    token.addGrant({ roomAdmin: true, room: request.room });
    const deadline = deadlineMs(request, options.timeoutMs);
    const response = await fetch(url, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        authorization: `Bearer ${await token.toJwt()}`,
      },
      body: JSON.stringify({
        room: request.room,
        destination_identity: request.destinationIdentity,
        method: request.method,
        payload: request.payload,
        response_timeout_ms: request.responseTimeoutMs,
      }),
      signal: AbortSignal.timeout(deadline),
    }).catch((error: unknown) => {
      if (error instanceof Error && error.name === 'TimeoutError') {
        throw new GatewayError(
          'LIVEKIT_TIMEOUT',
          `LiveKit did not answer PerformRpc within ${deadline} ms`,
          {
            extensions: { method: 'PerformRpc' },
            cause: error,
          },
        );
      }
      throw error;
    });
    if (!response.ok) {
      const error = await twirpError(response);
      throw mapPerformRpcError(error, request) ?? error;
    }
    return PerformRpcResponse.fromJson((await response.json()) as never, {
      ignoreUnknownFields: true,
    }).payload;
  }

  return {
    performRpc: (request) => call('PerformRpc', () => post(request)),
  };
}
