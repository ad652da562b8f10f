import type { Plugin } from 'graphql-yoga';
import { isAsyncIterable } from 'graphql-yoga';
import type { ExecutionResult } from 'graphql';
import type { Caller } from '../auth/caller.js';
import { GatewayError } from '../errors.js';
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
  /** Subscription requests rejected for their `Accept` header, which get a JSON response anyway. */
  const rejected = new WeakSet<Request>();

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
    onSubscribe({ args, setResultAndStopExecution }) {
      const context = args.contextValue as {
        request?: Request;
        caller?: Caller;
        transport?: SubscriptionTransport;
      };
      // graphql-ws operations carry no fetch `Request` and are served by the WebSocket server.
      if (context.request === undefined || context.transport?.kind === 'ws') {
        return;
      }
      // Only this plugin's stream ends at the credential's expiry and counts toward the limits,
      // so a subscription that yoga would stream in another way is rejected before it starts.
      if (!acceptsEventStream(context.request)) {
        rejected.add(context.request);
        setResultAndStopExecution({ errors: [eventStreamRequired()] });
        return;
      }
      stateOf(context.request).expiresAt = context.caller?.expiresAt ?? null;
    },
    onResultProcess({ request, result, setResultProcessor }) {
      if (rejected.has(request)) {
        // For a media type it cannot produce, such as multipart/mixed, yoga sends an empty 406.
        setResultProcessor(
          (body, fetchAPI) =>
            new fetchAPI.Response(serialize(body as ExecutionResult), {
              status: NOT_ACCEPTABLE,
              headers: { 'content-type': 'application/json; charset=utf-8' },
            }),
          'application/json',
        );
        return;
      }
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

/** Returns the error for a subscription sent over HTTP without `Accept: text/event-stream`. */
function eventStreamRequired(): GatewayError {
  return new GatewayError(
    'BAD_REQUEST',
    'Subscriptions over HTTP are served as Server-Sent Events: send "Accept: text/event-stream", ' +
      'or subscribe over graphql-ws',
    { extensions: { http: { status: NOT_ACCEPTABLE } } },
  );
}

/** HTTP status of a subscription request that does not accept an event stream. */
const NOT_ACCEPTABLE = 406;

/** Reports whether the request's `Accept` names `text/event-stream` with a quality above 0. */
export function acceptsEventStream(request: Request | undefined): request is Request {
  const accept = request?.headers.get('accept');
  if (!accept) {
    return false;
  }
  return accept.split(',').some((range) => {
    const [mediaType = '', ...parameters] = range.split(';').map((part) => part.trim());
    if (mediaType.toLowerCase() !== 'text/event-stream') {
      return false;
    }
    const quality = parameters.find((parameter) => /^q=/i.test(parameter));
    return quality === undefined || Number(quality.slice(2)) > 0;
  });
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
