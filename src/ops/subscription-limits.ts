import { GraphQLError } from 'graphql';
import { isAsyncIterable, type Plugin } from 'graphql-yoga';
import type { IncomingMessage } from 'node:http';
import { acceptsEventStream } from '../events/sse.js';
import type { Caller } from '../auth/caller.js';
import { ERROR_CODES } from '../errors.js';
import type { GatewayMetrics } from './metrics.js';
import { callerKey } from './rate-limit.js';

/** The subscriptions one graphql-ws connection holds, kept in its `extra`. */
export interface ConnectionSubscriptions {
  /** Ids of the subscription operations open on this connection. */
  ids: Set<string>;
  /** The caller's `callerKey`, set at `connection_init`. */
  callerKey: string;
}

/**
 * Counts open subscriptions per graphql-ws connection and per caller, graphql-ws and SSE together,
 * and enforces the maximums.
 */
export class SubscriptionLimiter {
  private readonly perCaller = new Map<string, number>();

  constructor(
    private readonly maxPerConnection: number,
    private readonly maxPerCaller: number,
    private readonly metrics: GatewayMetrics,
  ) {}

  /** Registers subscription `id`, or returns the error to send when a maximum is reached. */
  acquire(connection: ConnectionSubscriptions, id: string): GraphQLError | null {
    const callerCount = this.perCaller.get(connection.callerKey) ?? 0;
    if (connection.ids.size >= this.maxPerConnection) {
      return this.reject('connection', this.maxPerConnection);
    }
    if (callerCount >= this.maxPerCaller) {
      return this.reject('caller', this.maxPerCaller);
    }
    connection.ids.add(id);
    this.perCaller.set(connection.callerKey, callerCount + 1);
    return null;
  }

  /** Registers an SSE stream of the caller with `key`, or returns the error to send. */
  acquireStream(key: string): GraphQLError | null {
    const callerCount = this.perCaller.get(key) ?? 0;
    if (callerCount >= this.maxPerCaller) {
      return this.reject('caller', this.maxPerCaller);
    }
    this.perCaller.set(key, callerCount + 1);
    return null;
  }

  /** Forgets one SSE stream of the caller with `key`. */
  releaseStream(key: string): void {
    this.releaseCaller(key);
  }

  /** Forgets subscription `id`; calling it again for the same id does nothing. */
  release(connection: ConnectionSubscriptions, id: string): void {
    if (connection.ids.delete(id)) {
      this.releaseCaller(connection.callerKey);
    }
  }

  private releaseCaller(key: string): void {
    const remaining = (this.perCaller.get(key) ?? 1) - 1;
    if (remaining > 0) {
      this.perCaller.set(key, remaining);
    } else {
      this.perCaller.delete(key);
    }
  }

  /** Forgets every subscription of a closed connection. */
  releaseAll(connection: ConnectionSubscriptions): void {
    for (const id of [...connection.ids]) {
      this.release(connection, id);
    }
  }

  private reject(scope: 'connection' | 'caller', max: number): GraphQLError {
    this.metrics.limitRejections.inc({ code: 'TOO_MANY_SUBSCRIPTIONS' });
    return new GraphQLError(`The ${scope} already has the maximum of ${max} open subscriptions`, {
      extensions: {
        code: 'TOO_MANY_SUBSCRIPTIONS',
        limit: scope,
        max,
        http: { status: ERROR_CODES.TOO_MANY_SUBSCRIPTIONS },
      },
    });
  }
}

/**
 * Counts each GraphQL over SSE subscription against the caller's maximum, shared with graphql-ws,
 * and rejects one over it with `TOO_MANY_SUBSCRIPTIONS` (HTTP 429) before it is subscribed.
 */
export function useSseSubscriptionLimit(
  limiter: SubscriptionLimiter,
): Plugin<{ caller?: Caller; req?: IncomingMessage }> {
  return {
    onSubscribe({ args, setResultAndStopExecution }) {
      const context = args.contextValue as {
        request?: Request;
        req?: IncomingMessage;
        caller?: Caller;
      };
      const streaming = acceptsEventStream(context.request);
      if (!streaming || !context.caller) {
        return;
      }
      const key = callerKey(context.caller, context.req);
      const error = limiter.acquireStream(key);
      if (error) {
        setResultAndStopExecution({ errors: [error] });
        return;
      }
      let released = false;
      const release = () => {
        if (!released) {
          released = true;
          limiter.releaseStream(key);
        }
      };
      return {
        onSubscribeResult({ result }) {
          if (!isAsyncIterable(result)) {
            release();
            return;
          }
          return { onEnd: release };
        },
        onSubscribeError: release,
      };
    },
  };
}
