import { randomUUID } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Logger } from '../logger.js';
import { ERROR_CODES } from '../errors.js';
import type { GatewayMetrics } from './metrics.js';

/** Header carrying the request id, read from the request and set on every response. */
export const REQUEST_ID_HEADER = 'x-request-id';

/** An incoming request id is kept only if it is short and made of URL-safe characters. */
const SANE_REQUEST_ID = /^[A-Za-z0-9._:-]{1,128}$/;

/** Returns the incoming request id when it is sane, else a new UUID. */
export function requestIdOf(header: string | string[] | undefined): string {
  return typeof header === 'string' && SANE_REQUEST_ID.test(header) ? header : randomUUID();
}

/**
 * Tracks HTTP requests from arrival to response end: assigns request ids, logs each request once,
 * counts them and lets a shutdown wait until the in-flight ones end.
 */
export class RequestTracker {
  private inFlight = 0;
  private readonly pending = new Set<Promise<unknown>>();
  private readonly streams = new Set<ServerResponse>();
  private idle: (() => void) | undefined;
  private draining = false;

  constructor(
    private readonly log: Logger,
    private readonly metrics: GatewayMetrics,
  ) {}

  /** Whether a shutdown has started; `/readyz` then returns 503. */
  get isDraining(): boolean {
    return this.draining;
  }

  /**
   * Starts tracking one request under `route`; sets `x-request-id` on the request and response
   * and returns the id. Requests that accept `text/event-stream` are streams, which a shutdown
   * ends instead of waiting for.
   */
  begin(req: IncomingMessage, res: ServerResponse, route: string): string {
    const requestId = requestIdOf(req.headers[REQUEST_ID_HEADER]);
    req.headers[REQUEST_ID_HEADER] = requestId;
    res.setHeader(REQUEST_ID_HEADER, requestId);
    if (this.draining) {
      res.setHeader('connection', 'close');
    }
    const started = performance.now();
    const isStream = (req.headers.accept ?? '').includes('text/event-stream');
    if (isStream) {
      this.streams.add(res);
    }
    this.inFlight += 1;
    this.metrics.httpRequestsInFlight.inc();
    res.once('close', () => {
      this.streams.delete(res);
      this.inFlight -= 1;
      this.metrics.httpRequestsInFlight.dec();
      this.metrics.httpRequests.inc({ route, status: String(res.statusCode) });
      if (this.log.isLevelEnabled('info')) {
        this.log.info(
          {
            requestId,
            method: req.method,
            route,
            status: res.statusCode,
            durationMs: Math.round(performance.now() - started),
            completed: res.writableFinished,
          },
          'HTTP request',
        );
      }
      this.checkIdle();
    });
    return requestId;
  }

  /** Keeps a shutdown waiting until `work` settles, e.g. a webhook being stored. */
  trackInFlight<T>(work: Promise<T>): Promise<T> {
    this.pending.add(work);
    const forget = () => {
      this.pending.delete(work);
      this.checkIdle();
    };
    work.then(forget, forget);
    return work;
  }

  /**
   * Marks the gateway as draining, ends open event streams so their clients reconnect
   * elsewhere, and resolves once every other request and tracked promise has ended.
   */
  async drain(): Promise<void> {
    this.draining = true;
    for (const res of this.streams) {
      res.end();
    }
    while (this.inFlight > 0 || this.pending.size > 0) {
      await new Promise<void>((resolve) => {
        this.idle = resolve;
      });
    }
  }

  private checkIdle(): void {
    if (this.idle && this.inFlight === 0 && this.pending.size === 0) {
      const resolve = this.idle;
      this.idle = undefined;
      resolve();
    }
  }
}

/** Bodies up to this size are handed to yoga as a Buffer, larger ones as an iterable. */
const LARGE_BODY_BYTES = 512;

/**
 * Returns a body that was read already in the form yoga's Node adapter reads fastest. The adapter
 * uses `req.body` when `Object.keys(req.body)` is not empty, and for a Buffer that lists every
 * byte: about 25 µs per KB, 150 ms for 1 MB. So a larger body is wrapped in an async iterable with
 * one own key, which costs about 20 µs more to read than a small Buffer.
 */
function readBody(body: Buffer): Buffer | (AsyncIterable<Buffer> & { byteLength: number }) {
  if (body.length <= LARGE_BODY_BYTES) {
    return body;
  }
  return {
    byteLength: body.length,
    async *[Symbol.asyncIterator]() {
      yield body;
    },
  };
}

/**
 * Reads the request body up to `maxBytes` and attaches it as `req.body`, which yoga's Node
 * adapter uses in place of the stream. Sends 413 and returns false when the body is larger.
 */
export async function readLimitedBody(
  req: IncomingMessage,
  res: ServerResponse,
  maxBytes: number,
  metrics: GatewayMetrics,
): Promise<boolean> {
  if (req.method === 'GET' || req.method === 'HEAD' || req.method === 'OPTIONS') {
    return true;
  }
  const declared = Number(req.headers['content-length'] ?? 0);
  if (declared > maxBytes) {
    rejectTooLarge(res, maxBytes, metrics);
    return false;
  }
  return new Promise<boolean>((resolve) => {
    const chunks: Buffer[] = [];
    let size = 0;
    const onData = (chunk: Buffer) => {
      size += chunk.length;
      if (size <= maxBytes) {
        chunks.push(chunk);
        return;
      }
      req.off('data', onData);
      req.pause();
      rejectTooLarge(res, maxBytes, metrics);
      res.once('finish', () => req.destroy());
      resolve(false);
    };
    req.on('data', onData);
    req.once('end', () => {
      (req as IncomingMessage & { body?: unknown }).body = readBody(Buffer.concat(chunks));
      resolve(true);
    });
    // An aborted upload has no client left to respond to.
    req.once('error', () => resolve(false));
  });
}

function rejectTooLarge(res: ServerResponse, maxBytes: number, metrics: GatewayMetrics): void {
  metrics.limitRejections.inc({ code: 'PAYLOAD_TOO_LARGE' });
  const body = JSON.stringify({
    errors: [
      {
        message: `The request body exceeds the maximum of ${maxBytes} bytes`,
        extensions: { code: 'PAYLOAD_TOO_LARGE', maxBytes },
      },
    ],
  });
  // The rest of the body is not read, so the connection cannot carry another request.
  res.writeHead(ERROR_CODES.PAYLOAD_TOO_LARGE, {
    'content-type': 'application/graphql-response+json; charset=utf-8',
    connection: 'close',
  });
  res.end(body);
}
