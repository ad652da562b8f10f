import { GraphQLError } from 'graphql';
import { ERROR_CODES } from '../errors.js';
import type { GatewayMetrics } from './metrics.js';

/** The subscriptions one graphql-ws connection holds, kept in its `extra`. */
export interface ConnectionSubscriptions {
  /** Ids of the subscription operations open on this connection. */
  ids: Set<string>;
  /** The caller's `callerKey`, set at `connection_init`. */
  callerKey: string;
}

/** Counts open graphql-ws subscriptions per connection and per caller and enforces maximums. */
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

  /** Forgets subscription `id`; calling it again for the same id does nothing. */
  release(connection: ConnectionSubscriptions, id: string): void {
    if (!connection.ids.delete(id)) {
      return;
    }
    const remaining = (this.perCaller.get(connection.callerKey) ?? 1) - 1;
    if (remaining > 0) {
      this.perCaller.set(connection.callerKey, remaining);
    } else {
      this.perCaller.delete(connection.callerKey);
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
