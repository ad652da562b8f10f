import type { Plugin } from 'graphql-yoga';
import { isAsyncIterable } from 'graphql-yoga';
import type { ExecutionResult } from 'graphql';
import type { Caller } from '../auth/caller.js';
import { CLOSE_CODES, type SubscriptionTransport } from './transport.js';

export interface SseOptions {
  /** Interval between keep-alive comments, in milliseconds. */
  keepAliveMs: number;
}

interface StreamState {
  transport: SubscriptionTransport;
  cursor: string | null;
  /** Reason the server ended the stream; `null` while it runs or after a normal end. */
  endReason: string | null;
  end: ((reason: string) => void) | null;
  expiresAt: number | null;
}

/**
 * Serves subscriptions as GraphQL over SSE (distinct connections) in place of yoga's own
 * processor, which writes no `id:` lines: each event carries its cursor as the SSE id, so a
 * reconnecting client resumes with `Last-Event-ID`. Streams are never compressed, send a
 * keep-alive comment every `keepAliveMs`, and end when the caller's credential expires.
 */
export function useEventStream(options: SseOptions): Plugin<{ caller?: Caller }> {
  const states = new WeakMap<Request, StreamState>();

  function stateOf(request: Request): StreamState {
    let state = states.get(request);
    if (!state) {
      const created: StreamState = {
        cursor: null,
        endReason: null,
        end: null,
        expiresAt: null,
        transport: {
          kind: 'sse',
          lastEventId: request.headers.get('last-event-id'),
          close: (_code, reason) => {
            created.endReason = reason;
            created.end?.(reason);
          },
          setCursor: (cursor) => {
            created.cursor = cursor;
          },
        },
      };
      state = created;
      states.set(request, state);
    }
    return state;
  }

  return {
    onContextBuilding({ context, extendContext }) {
      if (acceptsEventStream(context.request)) {
        extendContext({ transport: stateOf(context.request).transport } as never);
      }
    },
    onSubscribe({ args }) {
      const context = args.contextValue as { request?: Request; caller?: Caller };
      if (acceptsEventStream(context.request)) {
        stateOf(context.request).expiresAt = context.caller?.expiresAt ?? null;
      }
    },
    onResultProcess({ request, result, setResultProcessor }) {
      if (isAsyncIterable(result) && acceptsEventStream(request)) {
        const state = stateOf(request);
        setResultProcessor(
          (stream, fetchAPI) =>
            eventStreamResponse(stream as AsyncIterable<ExecutionResult>, state, options, fetchAPI),
          'text/event-stream',
        );
      }
    },
  };
}

function acceptsEventStream(request: Request | undefined): request is Request {
  return request?.headers.get('accept')?.includes('text/event-stream') ?? false;
}

function eventStreamResponse(
  results: AsyncIterable<ExecutionResult>,
  state: StreamState,
  options: SseOptions,
  fetchAPI: { ReadableStream: typeof ReadableStream; Response: typeof Response },
): Response {
  const encoder = new TextEncoder();
  const iterator = results[Symbol.asyncIterator]();
  let keepAlive: ReturnType<typeof setInterval> | undefined;
  let expiry: ReturnType<typeof setTimeout> | undefined;
  let closed = false;

  const stop = () => {
    closed = true;
    clearInterval(keepAlive);
    clearTimeout(expiry);
  };

  const body = new fetchAPI.ReadableStream<Uint8Array>({
    start(controller) {
      // A first comment flushes the headers, as some clients wait for a body byte.
      controller.enqueue(encoder.encode(':\n\n'));
      keepAlive = setInterval(() => {
        if (!closed && (controller.desiredSize ?? 0) > 0) {
          controller.enqueue(encoder.encode(':\n\n'));
        }
      }, options.keepAliveMs);
      state.end = (reason) => {
        if (closed) {
          return;
        }
        stop();
        controller.enqueue(encoder.encode(`: ${reason}\n\n`));
        controller.close();
        void iterator.return?.();
      };
      if (state.expiresAt !== null) {
        const delay = Math.max(0, state.expiresAt * 1000 - Date.now());
        expiry = setTimeout(
          () => state.transport.close(CLOSE_CODES.CREDENTIAL_EXPIRED, 'credential expired'),
          delay,
        );
      }
    },
    async pull(controller) {
      let next: IteratorResult<ExecutionResult>;
      try {
        next = await iterator.next();
      } catch (error) {
        stop();
        controller.error(error);
        return;
      }
      if (closed) {
        return;
      }
      if (!next.done) {
        const id = state.cursor === null ? '' : `id: ${state.cursor}\n`;
        state.cursor = null;
        controller.enqueue(encoder.encode(`${id}event: next\ndata: ${serialize(next.value)}\n\n`));
        return;
      }
      stop();
      if (state.endReason === null) {
        controller.enqueue(encoder.encode('event: complete\ndata:\n\n'));
      } else {
        controller.enqueue(encoder.encode(`: ${state.endReason}\n\n`));
      }
      controller.close();
    },
    async cancel() {
      stop();
      await iterator.return?.();
    },
  });

  return new fetchAPI.Response(body, {
    status: 200,
    headers: {
      'content-type': 'text/event-stream; charset=utf-8',
      'cache-control': 'no-cache, no-transform',
      connection: 'keep-alive',
      'x-accel-buffering': 'no',
    },
  });
}

/** Serializes a result without the `http` extensions yoga uses internally. */
function serialize(result: ExecutionResult): string {
  const errors = result.errors?.map((error) => {
    const { http: _http, ...extensions } = error.extensions ?? {};
    return { ...error.toJSON(), extensions };
  });
  return JSON.stringify(errors ? { ...result, errors } : result);
}
