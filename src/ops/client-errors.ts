import { maxHeaderSize, STATUS_CODES } from 'node:http';
import type { Duplex } from 'node:stream';
import type { Logger } from '../logger.js';

/** Status and message for each error Node's HTTP parser reports. Other codes get 400. */
const REJECTIONS: Record<string, { status: number; message: string }> = {
  HPE_HEADER_OVERFLOW: {
    status: 431,
    message: `The request headers exceed the maximum of ${maxHeaderSize} bytes`,
  },
  HPE_CHUNK_EXTENSIONS_OVERFLOW: {
    status: 413,
    message: 'The chunk extensions of the request body are too large',
  },
  ERR_HTTP_REQUEST_TIMEOUT: { status: 408, message: 'The request was not received in time' },
};

const MALFORMED = { status: 400, message: 'The request is not valid HTTP/1.1' };

/** A socket with the response Node's HTTP server has in flight on it, which Node does not document. */
interface SocketWithResponse extends Duplex {
  _httpMessage?: { headersSent: boolean } | null;
}

function rawResponse(status: number, message: string): string {
  const body = JSON.stringify({ errors: [{ message, extensions: { code: 'BAD_REQUEST' } }] });
  return (
    `HTTP/1.1 ${status} ${STATUS_CODES[status] ?? ''}\r\n` +
    'Content-Type: application/json; charset=utf-8\r\n' +
    `Content-Length: ${Buffer.byteLength(body)}\r\n` +
    'Connection: close\r\n\r\n' +
    body
  );
}

/**
 * Returns a `clientError` listener for the HTTP server. Node calls it when a request cannot be
 * parsed (headers over `maxHeaderSize`, malformed HTTP, a header timeout), before any handler
 * runs. It sends the status Node's default listener would send, with a JSON GraphQL error body
 * with code `BAD_REQUEST` in place of Node's empty body.
 */
export function replyToClientError(log: Logger): (error: Error, socket: Duplex) => void {
  return (error, socket) => {
    const code = (error as NodeJS.ErrnoException).code ?? '';
    // Like Node's default listener, write only when no response on this socket has started.
    const inFlight = (socket as SocketWithResponse)._httpMessage;
    if (code !== 'ECONNRESET' && socket.writable && !inFlight?.headersSent) {
      const { status, message } = REJECTIONS[code] ?? MALFORMED;
      log.info({ code, status }, 'HTTP request rejected before parsing');
      socket.write(rawResponse(status, message));
    }
    socket.destroy(error);
  };
}
