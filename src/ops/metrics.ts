import { Counter, Gauge, Histogram, Registry, collectDefaultMetrics } from 'prom-client';

/**
 * The gateway's Prometheus metrics, registered in a registry of their own so several gateways
 * can run in one process. GraphQL request counts and latencies come from the operations plugin
 * (`operations.ts`) in the same registry.
 */
export interface GatewayMetrics {
  registry: Registry;
  /** HTTP responses sent, by route (`graphql`, `webhook`, `healthz`, ...) and status code. */
  httpRequests: Counter<'route' | 'status'>;
  /** HTTP requests being served now, SSE streams included. */
  httpRequestsInFlight: Gauge;
  /** LiveKit Twirp calls, by method. */
  livekitCalls: Counter<'method'>;
  /** LiveKit Twirp calls that failed, by method and gateway error code. */
  livekitErrors: Counter<'method' | 'code'>;
  /** LiveKit Twirp call duration in seconds, by method. */
  livekitCallDuration: Histogram<'method'>;
  /** Webhooks verified, stored and acknowledged with 200. */
  webhooksAccepted: Counter;
  /** Webhooks rejected with an error response, by reason code. */
  webhooksRejected: Counter<'reason'>;
  /** Webhooks dropped because their event id was already seen. */
  webhookDuplicates: Counter;
  /** Open event subscriptions, by transport (`ws` or `sse`). */
  subscribers: Gauge<'transport'>;
  /** Events sent to subscribers. */
  eventsDelivered: Counter;
  /** Subscribers disconnected because they fell too far behind. */
  slowConsumersDropped: Counter;
  /** Operations and subscriptions rejected by a limit, by error code. */
  limitRejections: Counter<'code'>;
}

/** Creates the metrics in a new registry, with Node's process metrics under `gateway_`. */
export function createGatewayMetrics(): GatewayMetrics {
  const registry = new Registry();
  collectDefaultMetrics({ register: registry, prefix: 'gateway_' });
  const registers = [registry];
  return {
    registry,
    httpRequests: new Counter({
      name: 'gateway_http_requests_total',
      help: 'HTTP responses sent, by route and status code',
      labelNames: ['route', 'status'],
      registers,
    }),
    httpRequestsInFlight: new Gauge({
      name: 'gateway_http_requests_in_flight',
      help: 'HTTP requests being served, SSE streams included',
      registers,
    }),
    livekitCalls: new Counter({
      name: 'gateway_livekit_calls_total',
      help: 'LiveKit Twirp calls, by method',
      labelNames: ['method'],
      registers,
    }),
    livekitErrors: new Counter({
      name: 'gateway_livekit_errors_total',
      help: 'Failed LiveKit Twirp calls, by method and gateway error code',
      labelNames: ['method', 'code'],
      registers,
    }),
    livekitCallDuration: new Histogram({
      name: 'gateway_livekit_call_duration_seconds',
      help: 'LiveKit Twirp call duration, by method',
      labelNames: ['method'],
      buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
      registers,
    }),
    webhooksAccepted: new Counter({
      name: 'gateway_webhooks_accepted_total',
      help: 'Webhooks verified, stored and acknowledged',
      registers,
    }),
    webhooksRejected: new Counter({
      name: 'gateway_webhooks_rejected_total',
      help: 'Webhooks rejected, by reason code',
      labelNames: ['reason'],
      registers,
    }),
    webhookDuplicates: new Counter({
      name: 'gateway_webhook_duplicates_total',
      help: 'Webhooks dropped as duplicates of an event id already seen',
      registers,
    }),
    subscribers: new Gauge({
      name: 'gateway_subscribers',
      help: 'Open event subscriptions, by transport',
      labelNames: ['transport'],
      registers,
    }),
    eventsDelivered: new Counter({
      name: 'gateway_events_delivered_total',
      help: 'Events sent to subscribers',
      registers,
    }),
    slowConsumersDropped: new Counter({
      name: 'gateway_slow_consumers_dropped_total',
      help: 'Subscribers disconnected because they fell too far behind',
      registers,
    }),
    limitRejections: new Counter({
      name: 'gateway_limit_rejections_total',
      help: 'Requests, operations and subscriptions rejected by a limit, by error code',
      labelNames: ['code'],
      registers,
    }),
  };
}

/** Records one LiveKit call; matches the `onCall` hook of `createLiveKitClient`. */
export function recordLiveKitCall(
  metrics: GatewayMetrics,
  method: string,
  durationMs: number,
  errorCode: string | undefined,
): void {
  metrics.livekitCalls.inc({ method });
  metrics.livekitCallDuration.observe({ method }, durationMs / 1000);
  if (errorCode !== undefined) {
    metrics.livekitErrors.inc({ method, code: errorCode });
  }
}
