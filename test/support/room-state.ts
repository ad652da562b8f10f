import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { print } from 'graphql';
import { createClient } from 'graphql-ws';
import WebSocket from 'ws';
import type { LiveKitClient } from '../../src/livekit/client.js';

/** Results of one graphql-ws subscription, collected until it ends. */
export interface Collected<T> {
  values: T[];
  errors: unknown[];
  /** Resolves when the subscription ends. */
  ended: Promise<void>;
  close(): Promise<void>;
}

/** Subscribes over graphql-ws with `token` and collects every `data` value. */
export function subscribe<TResult, TVariables extends Record<string, unknown>>(
  gatewayUrl: string,
  token: string,
  document: TypedDocumentNode<TResult, TVariables>,
  variables: TVariables,
): Collected<TResult> {
  const client = createClient({
    url: `${gatewayUrl.replace(/^http/, 'ws')}/graphql`,
    webSocketImpl: WebSocket,
    connectionParams: { authorization: `Bearer ${token}` },
    retryAttempts: 0,
  });
  const values: TResult[] = [];
  const errors: unknown[] = [];
  const ended = new Promise<void>((resolve) => {
    client.subscribe<TResult>(
      { query: print(document), variables },
      {
        next: (result) => {
          if (result.errors) {
            errors.push(...result.errors);
          }
          if (result.data) {
            values.push(result.data as TResult);
          }
        },
        error: (error) => {
          errors.push(error);
          resolve();
        },
        complete: () => resolve(),
      },
    );
  });
  return { values, errors, ended, close: () => client.dispose() as Promise<void> };
}

/** ListParticipants calls made through a counting client, per room. */
export interface ListCounts {
  calls: Map<string, number>;
  inFlight: Map<string, number>;
  /** Highest number of calls in flight at once, per room. */
  maxInFlight: Map<string, number>;
}

/** Wraps `client` so every ListParticipants call is counted, including how many overlap. */
export function countListParticipants(client: LiveKitClient): {
  client: LiveKitClient;
  counts: ListCounts;
} {
  const counts: ListCounts = { calls: new Map(), inFlight: new Map(), maxInFlight: new Map() };
  const add = (map: Map<string, number>, room: string, delta: number) => {
    const value = (map.get(room) ?? 0) + delta;
    map.set(room, value);
    return value;
  };
  return {
    counts,
    client: {
      ...client,
      listParticipants: async (room) => {
        add(counts.calls, room, 1);
        const overlapping = add(counts.inFlight, room, 1);
        counts.maxInFlight.set(room, Math.max(counts.maxInFlight.get(room) ?? 0, overlapping));
        try {
          return await client.listParticipants(room);
        } finally {
          add(counts.inFlight, room, -1);
        }
      },
    },
  };
}
