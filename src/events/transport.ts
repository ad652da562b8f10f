import type { FrameWriter } from './shared-execution.js';

/** The connection a subscription runs on, as resolvers see it. */
export interface SubscriptionTransport {
  /** `ws` for graphql-ws, `sse` for GraphQL over SSE. */
  kind: 'ws' | 'sse';
  /** `Last-Event-ID` of an SSE request, the cursor of the last event the client received. */
  lastEventId: string | null;
  /**
   * Ends the connection: a graphql-ws socket closes with `code`, an SSE stream ends without a
   * `complete` event so the client reconnects with `Last-Event-ID`.
   */
  close(code: number, reason: string): void;
  /** Records the cursor of the event being sent, for the `id:` line of an SSE event. */
  setCursor(cursor: string): void;
  /** Set over graphql-ws: writes shared, pre-serialized results straight to the socket. */
  frames?: FrameWriter;
}

/** Close codes sent to subscribers, on graphql-ws sockets as the WebSocket close code. */
export const CLOSE_CODES = {
  /** The subscriber fell further behind than its buffer holds; resume with the last cursor. */
  SLOW_CONSUMER: 4429,
  /** The server is shutting down; reconnect, to another instance if there is one. */
  GOING_AWAY: 1001,
  /** The caller's credential expired; reconnect with a fresh one. */
  CREDENTIAL_EXPIRED: 4401,
} as const;
