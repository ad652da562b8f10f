import { createHash, randomUUID } from 'node:crypto';
import { SignJWT } from 'jose';
import { createClient, type Client } from 'graphql-ws';
import WebSocket from 'ws';
import { createAuthenticator, type Authenticator } from '../../src/auth/authenticate.js';

export interface SignOptions {
  key: string;
  secret: string;
  /** Seconds from now until `exp`; `null` leaves `exp` out. Default 300. */
  expiresIn?: number | null;
  /** Overrides the `sha256` claim; `null` leaves it out. */
  sha256?: string | null;
}

/** Signs `body` as livekit-server does: HS256, `iss` = key, `sha256` = base64 SHA-256 of it. */
export async function signWebhook(body: string | Buffer, options: SignOptions): Promise<string> {
  const now = Math.floor(Date.now() / 1000);
  const claims: Record<string, unknown> = {};
  const digest = createHash('sha256').update(body).digest('base64');
  if (options.sha256 !== null) {
    claims['sha256'] = options.sha256 ?? digest;
  }
  const jwt = new SignJWT(claims)
    .setProtectedHeader({ alg: 'HS256' })
    .setIssuer(options.key)
    .setNotBefore(now - 5)
    .setIssuedAt(now - 5);
  const expiresIn = options.expiresIn === undefined ? 300 : options.expiresIn;
  if (expiresIn !== null) {
    jwt.setExpirationTime(now + expiresIn);
  }
  return jwt.sign(new TextEncoder().encode(options.secret));
}

/** Posts a webhook body with the given headers; returns status and parsed JSON body. */
export async function postWebhook(
  gatewayUrl: string,
  body: string | Buffer,
  headers: Record<string, string>,
): Promise<{ status: number; body: Record<string, unknown> }> {
  const response = await fetch(`${gatewayUrl}/webhooks/livekit`, {
    method: 'POST',
    headers: { 'content-type': 'application/webhook+json', ...headers },
    body: typeof body === 'string' ? body : new Uint8Array(body),
  });
  return { status: response.status, body: (await response.json()) as Record<string, unknown> };
}

/** A webhook body for a hand-written event of `room`, with a fresh id. */
export function webhookBody(
  room: string,
  event = 'room_started',
  extra: Record<string, unknown> = {},
): { id: string; body: string } {
  const id = `EV_${randomUUID()}`;
  const body = JSON.stringify({
    event,
    room: { sid: 'RM_test', name: room },
    id,
    createdAt: String(Math.floor(Date.now() / 1000)),
    ...extra,
  });
  return { id, body };
}

/**
 * Builds the gateway's own authenticator for tests that pass it explicitly: the service key
 * plus LiveKit access tokens signed with `apiKey`, so grants other than full rights are tested.
 */
export function testAuthenticator(
  serviceKey: string,
  apiKey: string,
  apiSecret: string,
): Authenticator {
  return createAuthenticator({ serviceKeys: [serviceKey], livekitKeys: { [apiKey]: apiSecret } });
}

export const ROOM_EVENTS_QUERY = `
  subscription RoomEvents($room: String!, $types: [RoomEventType!], $after: String) {
    roomEvents(room: $room, types: $types, after: $after) {
      id
      cursor
      type
      rawType
      createdAt
      roomName
      room { sid name metadata }
      participant { sid identity }
      track { sid type source }
      egress { egressId roomName status }
    }
  }
`;

export interface ReceivedEvent {
  id: string;
  cursor: string;
  type: string;
  rawType: string;
  createdAt: string;
  roomName: string;
  room: { sid: string; name: string; metadata: string } | null;
  participant: { sid: string; identity: string } | null;
  track: { sid: string; type: string; source: string } | null;
  egress: { egressId: string; roomName: string; status: string } | null;
}

/** A graphql-ws subscription that collects events until it ends. */
export interface WsSubscription {
  events: ReceivedEvent[];
  errors: unknown[];
  /** Resolves when the subscription ends: `null` on completion, else the error or close event. */
  ended: Promise<unknown>;
  client: Client;
  /** The client's WebSocket, once connected. */
  socket(): WebSocket | undefined;
  close(): Promise<void>;
}

/**
 * Subscribes to `roomEvents` over graphql-ws with `token` as bearer credential, with
 * `ROOM_EVENTS_QUERY` or another `query` taking the same variables.
 */
export function subscribeWs(
  gatewayUrl: string,
  token: string,
  variables: { room: string; types?: string[]; after?: string },
  query: string = ROOM_EVENTS_QUERY,
): WsSubscription {
  const sockets: WebSocket[] = [];
  class TrackedWebSocket extends WebSocket {
    constructor(...args: ConstructorParameters<typeof WebSocket>) {
      super(...args);
      sockets.push(this);
    }
  }
  const client = createClient({
    url: `${gatewayUrl.replace(/^http/, 'ws')}/graphql`,
    webSocketImpl: TrackedWebSocket,
    connectionParams: { authorization: `Bearer ${token}` },
    retryAttempts: 0,
    lazy: true,
  });
  const events: ReceivedEvent[] = [];
  const errors: unknown[] = [];
  const ended = new Promise<unknown>((resolve) => {
    client.subscribe<{ roomEvents: ReceivedEvent }>(
      { query, variables },
      {
        next: (result) => {
          if (result.errors) {
            errors.push(...result.errors);
          }
          if (result.data) {
            events.push(result.data.roomEvents);
          }
        },
        error: (error) => {
          errors.push(error);
          resolve(error);
        },
        complete: () => resolve(null),
      },
    );
  });
  return {
    events,
    errors,
    ended,
    client,
    socket: () => sockets.at(-1),
    close: () => client.dispose() as Promise<void>,
  };
}

/** One frame of an SSE stream: its fields, or a comment. */
export interface SseFrame {
  id?: string;
  event?: string;
  data?: string;
  comment?: string;
}

/** An SSE subscription read with `fetch`, collecting frames until the stream ends. */
export interface SseSubscription {
  response: Response;
  frames: SseFrame[];
  /** Events from `next` frames, each with the SSE id it carried. */
  events(): (ReceivedEvent & { sseId: string | undefined })[];
  ended: Promise<void>;
  close(): void;
}

/** Subscribes to `roomEvents` over GraphQL over SSE (distinct connections). */
export async function subscribeSse(
  gatewayUrl: string,
  token: string,
  variables: { room: string; types?: string[]; after?: string },
  headers: Record<string, string> = {},
): Promise<SseSubscription> {
  const abort = new AbortController();
  const response = await fetch(`${gatewayUrl}/graphql`, {
    method: 'POST',
    headers: {
      accept: 'text/event-stream',
      'content-type': 'application/json',
      authorization: `Bearer ${token}`,
      ...headers,
    },
    body: JSON.stringify({ query: ROOM_EVENTS_QUERY, variables }),
    signal: abort.signal,
  });
  const frames: SseFrame[] = [];
  const ended = (async () => {
    const decoder = new TextDecoder();
    let buffered = '';
    try {
      const reader = response.body!.getReader();
      for (;;) {
        const { done, value } = await reader.read();
        if (done) {
          break;
        }
        buffered += decoder.decode(value, { stream: true });
        let boundary = buffered.indexOf('\n\n');
        while (boundary >= 0) {
          frames.push(parseFrame(buffered.slice(0, boundary)));
          buffered = buffered.slice(boundary + 2);
          boundary = buffered.indexOf('\n\n');
        }
      }
    } catch (error) {
      if (!abort.signal.aborted) {
        throw error;
      }
    }
  })();
  return {
    response,
    frames,
    events: () =>
      frames
        .filter((frame) => frame.event === 'next' && frame.data)
        .map((frame) => {
          const result = JSON.parse(frame.data!) as { data?: { roomEvents: ReceivedEvent } };
          if (!result.data) {
            throw new Error(`SSE result without data: ${frame.data}`);
          }
          return { ...result.data.roomEvents, sseId: frame.id };
        }),
    ended,
    close: () => abort.abort(),
  };
}

function parseFrame(text: string): SseFrame {
  const frame: SseFrame = {};
  for (const line of text.split('\n')) {
    if (line.startsWith(':')) {
      frame.comment = line.slice(1).trim();
      continue;
    }
    const separator = line.indexOf(':');
    const field = separator < 0 ? line : line.slice(0, separator);
    const value = separator < 0 ? '' : line.slice(separator + 1).replace(/^ /, '');
    if (field === 'id' || field === 'event' || field === 'data') {
      frame[field] = value;
    }
  }
  return frame;
}
