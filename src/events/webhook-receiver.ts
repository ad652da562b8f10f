import { createHash, timingSafeEqual } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Logger } from '../logger.js';
import type { GatewayMetrics } from '../ops/metrics.js';
import { InvalidWebhookBodyError, eventRoomName, parseWebhookBody } from './room-event.js';
import type { EventRecord, EventStore } from './store.js';
import { WebhookTokenError, WebhookTokenVerifier, type WebhookClaims } from './webhook-token.js';

export interface WebhookReceiverOptions {
  /** Accepted signing keys: API key (the token's `iss`) to secret. */
  keys: Record<string, string>;
  /** Largest body accepted, in bytes. */
  maxBodyBytes: number;
  /** Clock skew allowed on `exp` and `nbf`, in seconds. */
  clockSkewSeconds: number;
  /** How long an event id is remembered to drop repeats, in seconds. */
  dedupeSeconds: number;
  store: EventStore;
  log: Logger;
  /** Counts accepted, duplicate and rejected webhooks when given. */
  metrics?: GatewayMetrics;
}

/** Reason codes in the JSON body of a rejected webhook. */
export type WebhookRejection =
  | 'missing_authorization'
  | 'malformed_token'
  | 'unknown_key'
  | 'bad_signature'
  | 'expired'
  | 'not_yet_valid'
  | 'missing_exp'
  | 'missing_sha256'
  | 'body_hash_mismatch'
  | 'invalid_body'
  | 'body_too_large';

class RejectedWebhook extends Error {
  constructor(
    readonly reason: WebhookRejection,
    readonly detail?: string,
  ) {
    super(reason);
  }
}

/** Serves `POST /webhooks/livekit`: verifies, dedupes, logs and publishes LiveKit webhooks. */
export function createWebhookReceiver(
  options: WebhookReceiverOptions,
): (req: IncomingMessage, res: ServerResponse) => void {
  const { store, log, metrics } = options;
  const tokens = new WebhookTokenVerifier(options.keys, options.clockSkewSeconds);

  function verify(authorization: string | undefined, body: Buffer): void {
    const token = authorization?.trim().replace(/^bearer\s+/i, '');
    if (!token) {
      throw new RejectedWebhook('missing_authorization');
    }
    let claims: WebhookClaims;
    try {
      claims = tokens.verify(token);
    } catch (error) {
      if (error instanceof WebhookTokenError) {
        throw new RejectedWebhook(error.reason, error.issuer);
      }
      throw error;
    }
    const claimed = claims.sha256;
    if (typeof claimed !== 'string' || claimed === '') {
      throw new RejectedWebhook('missing_sha256', claims.iss);
    }
    const actual = createHash('sha256').update(body).digest();
    const expected = Buffer.from(claimed, 'base64');
    if (actual.length !== expected.length || !timingSafeEqual(actual, expected)) {
      throw new RejectedWebhook('body_hash_mismatch', claims.iss);
    }
  }

  async function accept(body: Buffer): Promise<{ status: 'accepted' | 'duplicate' }> {
    const payload = body.toString('utf8');
    let roomName: string | null;
    let eventId: string;
    try {
      const event = parseWebhookBody(payload);
      roomName = eventRoomName(event);
      eventId = event.id;
    } catch (error) {
      if (error instanceof InvalidWebhookBodyError) {
        throw new RejectedWebhook('invalid_body', error.message);
      }
      throw error;
    }
    if (roomName === null) {
      throw new RejectedWebhook('invalid_body', 'event names no room');
    }
    if (!(await store.claimEventId(eventId, options.dedupeSeconds))) {
      log.debug({ eventId, room: roomName }, 'Webhook repeated; acknowledged without publishing');
      metrics?.webhookDuplicates.inc();
      return { status: 'duplicate' };
    }
    let record: EventRecord;
    try {
      record = await store.append({ room: roomName, eventId, payload, receivedAt: Date.now() });
      await store.publish(record);
    } catch (error) {
      await store.releaseEventId(eventId).catch(() => undefined);
      throw error;
    }
    log.debug({ eventId, room: roomName, seq: record.seq }, 'Webhook accepted');
    metrics?.webhooksAccepted.inc();
    return { status: 'accepted' };
  }

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    try {
      const body = await readBody(req, options.maxBodyBytes);
      verify(req.headers.authorization, body);
      const { status } = await accept(body);
      sendJson(res, 200, status === 'accepted' ? ACCEPTED_BODY : DUPLICATE_BODY);
    } catch (error) {
      if (error instanceof RejectedWebhook) {
        log.warn(
          { reason: error.reason, detail: error.detail, remoteAddress: req.socket.remoteAddress },
          'Webhook rejected',
        );
        metrics?.webhooksRejected.inc({ reason: error.reason });
        const status = error.reason === 'body_too_large' ? 413 : 401;
        sendJson(res, status, { error: error.reason }, status === 413);
        return;
      }
      // The store failed, so the response is 503 and LiveKit retries the delivery.
      log.error({ err: error }, 'Webhook could not be stored');
      metrics?.webhooksRejected.inc({ reason: 'store_unavailable' });
      sendJson(res, 503, { error: 'unavailable' });
    }
  }

  return (req, res) => {
    if (req.method !== 'POST') {
      res.writeHead(405, { allow: 'POST', 'content-type': 'application/json' });
      res.end('{"error":"method_not_allowed"}');
      req.resume();
      return;
    }
    void handle(req, res);
  };
}

/** Reads the whole body, or rejects with `body_too_large` beyond `limit` bytes. */
function readBody(req: IncomingMessage, limit: number): Promise<Buffer> {
  const declared = Number(req.headers['content-length']);
  if (declared > limit) {
    req.resume();
    return Promise.reject(new RejectedWebhook('body_too_large', `${declared} bytes`));
  }
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    const onData = (chunk: Buffer) => {
      size += chunk.length;
      if (size > limit) {
        req.off('data', onData);
        req.resume();
        reject(new RejectedWebhook('body_too_large', `more than ${limit} bytes`));
        return;
      }
      chunks.push(chunk);
    };
    req.on('data', onData);
    req.once('end', () => resolve(chunks.length === 1 ? chunks[0]! : Buffer.concat(chunks, size)));
    req.once('error', reject);
  });
}

const ACCEPTED_BODY = JSON.stringify({ status: 'accepted' });
const DUPLICATE_BODY = JSON.stringify({ status: 'duplicate' });

/** Sends `body` as JSON; a string is sent as it is, already serialized. */
function sendJson(res: ServerResponse, status: number, body: unknown, closeAfter = false): void {
  const text = typeof body === 'string' ? body : JSON.stringify(body);
  // A declared length spares chunked encoding: headers and body leave in one write.
  const headers: Record<string, string | number> = {
    'content-type': 'application/json',
    'content-length': Buffer.byteLength(text),
  };
  if (closeAfter) {
    headers['connection'] = 'close';
  }
  res.writeHead(status, headers);
  res.end(text);
}
