import { randomUUID } from 'node:crypto';
import type { IncomingMessage, Server, ServerResponse } from 'node:http';
import { GraphQLError } from 'graphql';
import { createYoga, type YogaServerInstance } from 'graphql-yoga';
import { WebSocketServer } from 'ws';
import type { Caller } from './auth/caller.js';
import { authenticatorFromConfig, type Authenticator } from './auth/authenticate.js';
import { createBanStore, type BanStore } from './auth/bans.js';
import type { GatewayConfig } from './config.js';
import { CONSOLE_PATH, createConsoleHandler } from './console/routes.js';
import type { GatewayContext } from './context.js';
import { GatewayError, isErrorCode } from './errors.js';
import { EventHub } from './events/hub.js';
import { createMemoryEventStore } from './events/memory-store.js';
import { createRedisEventStore } from './events/redis-store.js';
import { useEventStream } from './events/sse.js';
import type { EventStore } from './events/store.js';
import type { SubscriptionTransport } from './events/transport.js';
import { createWebhookReceiver } from './events/webhook-receiver.js';
import { createLiveKitClient, type LiveKitClient } from './livekit/client.js';
import { coalesceReads } from './livekit/coalesce.js';
import { createLiveKitLoaders } from './livekit/loaders.js';
import { createLogger, type Logger } from './logger.js';
import { buildSchema } from './schema/index.js';
import { serveGraphqlWs } from './websocket.js';
import { RoomStateService } from './state/service.js';
import { corsOptions } from './ops/cors.js';
import { useGatewayCsrfPrevention } from './ops/csrf.js';
import { useDocumentLimits } from './ops/document-limits.js';
import { capErrorMessage, setErrorCode } from './ops/error-format.js';
import { useErrorResponses } from './ops/error-responses.js';
import { useDisableIntrospection } from './ops/introspection.js';
import { callerLogFields, lazyChildLogger } from './ops/logging.js';
import { createGatewayMetrics, recordLiveKitCall, type GatewayMetrics } from './ops/metrics.js';
import {
  loadPersistedOperations,
  useGatewayPersistedOperations,
} from './ops/persisted-operations.js';
import { useOperationObserver } from './ops/operations.js';
import { TokenBuckets } from './ops/rate-limit.js';
import { useVariableErrorCodes } from './ops/variable-errors.js';
import {
  checkReadiness,
  liveKitReadiness,
  redisReadiness,
  type ReadinessCheck,
} from './ops/readiness.js';
import { readLimitedBody, REQUEST_ID_HEADER, RequestTracker, requestIdOf } from './ops/requests.js';
import { SubscriptionLimiter, useSseSubscriptionLimit } from './ops/subscription-limits.js';

/** Parts a caller may replace, mainly for tests; each defaults to the real implementation. */
export interface GatewayDeps {
  log?: Logger;
  livekit?: LiveKitClient;
  authenticator?: Authenticator;
  metrics?: GatewayMetrics;
  /** Checks `/readyz` runs; defaults to LiveKit, plus Redis when `REDIS_URL` is set. */
  readinessChecks?: ReadinessCheck[];
  bans?: BanStore;
  /** Event log and pub/sub; an in-memory store bounded by `config.events` when left out. */
  eventStore?: EventStore;
}

/** Server context passed to the yoga context factory, over HTTP or from graphql-ws. */
export interface ServerContext {
  req?: IncomingMessage;
  res?: ServerResponse;
  /** Set for graphql-ws operations: the caller authenticated at `connection_init`. */
  caller?: Caller;
  /** Set for graphql-ws operations: closes the socket. */
  transport?: SubscriptionTransport;
}

export interface Gateway {
  config: GatewayConfig;
  log: Logger;
  livekit: LiveKitClient;
  eventStore: EventStore;
  events: EventHub;
  roomState: RoomStateService;
  yoga: YogaServerInstance<ServerContext, GatewayContext>;
  /** Prometheus metrics served on `/metrics`; other modules `.inc()` their own. */
  metrics: GatewayMetrics;
  /** Adds a dependency `/readyz` checks, e.g. the event store's Redis client. */
  addReadinessCheck(check: ReadinessCheck): void;
  /** Makes a shutdown wait for `work`, e.g. a webhook being stored before its 200. */
  trackInFlight<T>(work: Promise<T>): Promise<T>;
  /** The `node:http` request listener serving every HTTP route. */
  handleRequest(req: IncomingMessage, res: ServerResponse): void;
  /** Serves graphql-ws on `server` at the GraphQL path. */
  attachWebSocket(server: Server): void;
  /** Ends event streams, closes WebSockets with 1001, waits for in-flight requests, disposes. */
  close(): Promise<void>;
}

/** Builds the gateway. It never listens; `server.ts` does. */
export function createGateway(config: GatewayConfig, deps: GatewayDeps = {}): Gateway {
  const log = deps.log ?? createLogger(config.logLevel);
  const metrics = deps.metrics ?? createGatewayMetrics();
  const ops = config.ops;
  const livekit =
    deps.livekit ??
    coalesceReads(
      createLiveKitClient({
        apiUrl: config.livekit.apiUrl,
        apiKey: config.livekit.apiKey,
        apiSecret: config.livekit.apiSecret,
        timeoutMs: config.livekit.timeoutMs,
        onCall: (method, durationMs, error) => {
          recordLiveKitCall(metrics, method, durationMs, (error as GatewayError | undefined)?.code);
          if (error) {
            log.warn(
              { method, durationMs, code: error instanceof GatewayError ? error.code : undefined },
              'LiveKit call failed',
            );
          }
        },
      }),
    );
  const bans = deps.bans ?? createBanStore(config.redisUrl, log);
  const authenticator = deps.authenticator ?? authenticatorFromConfig(config, bans, log);
  if (config.auth.allowAnonymous) {
    log.warn('Anonymous access is enabled; requests without credentials are served');
  }
  const schema = buildSchema();
  const persisted = ops.persistedOperationsFile
    ? loadPersistedOperations(ops.persistedOperationsFile)
    : undefined;
  // With REDIS_URL the event store lives in Redis, and /readyz checks its own connections.
  const redisEvents =
    config.redisUrl && !deps.eventStore
      ? createRedisEventStore({
          url: config.redisUrl,
          retentionCount: config.events.retentionCount,
          retentionSeconds: config.events.retentionSeconds,
          log,
        })
      : undefined;
  const redisCheck =
    config.redisUrl && !redisEvents ? redisReadiness(config.redisUrl, log) : undefined;
  const readinessChecks = deps.readinessChecks ?? [
    liveKitReadiness(livekit),
    ...(redisEvents ? [redisEvents.readiness] : []),
    ...(redisCheck ? [redisCheck] : []),
  ];
  const requests = new RequestTracker(log, metrics);
  const subscriptionLimits = new SubscriptionLimiter(
    ops.maxSubscriptionsPerConnection,
    ops.maxSubscriptionsPerCaller,
    metrics,
  );
  const eventStore =
    deps.eventStore ??
    redisEvents ??
    createMemoryEventStore({
      retentionCount: config.events.retentionCount,
      retentionSeconds: config.events.retentionSeconds,
    });
  const events = new EventHub({
    store: eventStore,
    log,
    bufferSize: config.events.subscriberBufferSize,
    metrics,
  });
  const roomState = new RoomStateService({
    hub: events,
    store: eventStore,
    livekit,
    log,
    reconcileIntervalMs: config.roomState.reconcileIntervalMs,
    claimSeconds: config.events.dedupeSeconds,
  });
  const handleWebhook = createWebhookReceiver({
    keys: { ...config.livekit.extraKeys, [config.livekit.apiKey]: config.livekit.apiSecret },
    maxBodyBytes: config.events.webhookMaxBodyBytes,
    clockSkewSeconds: config.events.webhookClockSkewSeconds,
    dedupeSeconds: config.events.dedupeSeconds,
    store: eventStore,
    log,
    metrics,
  });

  // Errors that maskError logged. Yoga logs every error the mask replaces, and its logger below
  // skips these, so each is logged once.
  const loggedErrors = new WeakSet<object>();

  function maskError(error: unknown, message: string): GraphQLError {
    const original = error instanceof GraphQLError ? error.originalError : error;
    if (error instanceof GraphQLError && (!original || original instanceof GraphQLError)) {
      capErrorMessage(error);
      const code = error.extensions['code'];
      if (code === undefined) {
        // graphql-js reports invalid variable values without a code; they are the client's input.
        return setErrorCode(error, 'BAD_USER_INPUT');
      }
      if (isErrorCode(code)) {
        return error;
      }
    }
    const errorId = randomUUID();
    log.error({ err: original, errorId }, 'Unexpected error');
    if (typeof error === 'object' && error !== null) {
      loggedErrors.add(error);
    }
    return new GraphQLError(message, {
      extensions: { code: 'INTERNAL_SERVER_ERROR', errorId },
    });
  }

  const yoga = createYoga<ServerContext, GatewayContext>({
    schema,
    graphqlEndpoint: '/graphql',
    landingPage: false,
    // handleRequest reads the body up to MAX_BODY_BYTES before yoga reads it, so yoga's own limit
    // would only pipe every body through one more stream.
    maxRequestBodySize: false,
    // No field takes an upload, and yoga's multipart parser rejects bad input with a code outside
    // ERROR_CODES (`REQUEST_ENTITY_TOO_LARGE`), so multipart POSTs get 415.
    multipart: false,
    cors: corsOptions(ops.corsOrigins),
    plugins: [
      useVariableErrorCodes(),
      useGatewayCsrfPrevention(),
      persisted ? useGatewayPersistedOperations(persisted) : {},
      ops.introspection ? {} : useDisableIntrospection(),
      useDocumentLimits(ops, metrics),
      useOperationObserver({
        metrics,
        log,
        ...(ops.rateLimitPerSecond > 0
          ? { rateLimit: new TokenBuckets(ops.rateLimitPerSecond, ops.rateLimitBurst) }
          : {}),
      }),
      useEventStream({ keepAliveMs: config.events.sseKeepAliveMs }),
      useSseSubscriptionLimit(subscriptionLimits),
      useErrorResponses(),
    ],
    graphiql: config.graphiql
      ? { subscriptionsProtocol: 'WS', title: 'LiveKit GraphQL gateway' }
      : false,
    logging: {
      debug: (...args) => log.debug(args.map(String).join(' ')),
      info: (...args) => log.info(args.map(String).join(' ')),
      warn: (...args) => log.warn(args.map(String).join(' ')),
      error: (...args) => {
        if (args.length !== 1 || !loggedErrors.has(args[0] as object)) {
          log.error(args.map(String).join(' '));
        }
      },
    },
    maskedErrors: { maskError },
    context: async ({ request, caller, transport }) => {
      const authenticated =
        caller ?? (await authenticator.authenticate(request.headers.get('authorization')));
      // HTTP requests carry the id RequestTracker set; each graphql-ws operation gets a new one.
      const requestId = requestIdOf(request?.headers.get('x-request-id') ?? undefined);
      return {
        caller: authenticated,
        requestId,
        loaders: createLiveKitLoaders(livekit),
        livekit,
        config,
        log: lazyChildLogger(log, () => ({ requestId, caller: callerLogFields(authenticated) })),
        bans,
        events,
        roomState,
        // Over SSE the event stream plugin sets `transport`; only graphql-ws passes one here.
        ...(transport ? { transport } : {}),
      };
    },
  });

  const sockets = new Set<WebSocketServer>();
  const handleConsole = config.console.enabled ? createConsoleHandler(config.console, log) : null;

  function handleRequest(req: IncomingMessage, res: ServerResponse): void {
    const path = (req.url ?? '/').split('?', 1)[0] ?? '/';
    if (path === '/healthz' || path === '/readyz' || path === '/metrics') {
      // Probes are not tracked as requests, but their responses carry an id like every other.
      res.setHeader(REQUEST_ID_HEADER, requestIdOf(req.headers[REQUEST_ID_HEADER]));
    }
    if (path === '/healthz') {
      sendJson(res, 200, { status: 'ok' });
      return;
    }
    if (path === '/webhooks/livekit') {
      // Tracked like other requests, so a shutdown waits until the event is stored and acknowledged.
      requests.begin(req, res, 'webhook');
      handleWebhook(req, res);
      return;
    }
    if (handleConsole && (path === CONSOLE_PATH || path.startsWith(`${CONSOLE_PATH}/`))) {
      requests.begin(req, res, 'console');
      handleConsole(req, res, path);
      return;
    }
    if (path === '/readyz') {
      void readiness().then((result) => sendJson(res, result.ready ? 200 : 503, result));
      return;
    }
    if (path === '/metrics') {
      void metrics.registry.metrics().then((text) => {
        res.writeHead(200, { 'content-type': metrics.registry.contentType });
        res.end(text);
      });
      return;
    }
    requests.begin(req, res, path === yoga.graphqlEndpoint ? 'graphql' : 'other');
    void readLimitedBody(req, res, ops.maxBodyBytes, metrics).then((accepted) => {
      if (accepted) {
        void yoga.requestListener(req, res);
      }
    });
  }

  async function readiness(): Promise<{ ready: boolean; checks: Record<string, string> }> {
    if (requests.isDraining) {
      return { ready: false, checks: { shutdown: 'draining' } };
    }
    return checkReadiness(readinessChecks, log);
  }

  function attachWebSocket(server: Server): void {
    sockets.add(
      serveGraphqlWs(server, {
        yoga,
        authenticator,
        log,
        config,
        persisted,
        subscriptionLimits,
        maskError,
      }),
    );
  }

  async function close(): Promise<void> {
    roomState.close();
    events.close();
    const drained = requests.drain();
    for (const wsServer of sockets) {
      for (const client of wsServer.clients) {
        client.close(1001, 'Server shutting down');
      }
      await new Promise<void>((resolve) => wsServer.close(() => resolve()));
    }
    await drained;
    await yoga.dispose();
    await redisCheck?.close();
    await bans.close();
    if (!deps.eventStore) {
      await eventStore.close();
    }
  }

  return {
    config,
    log,
    livekit,
    eventStore,
    events,
    roomState,
    yoga,
    metrics,
    addReadinessCheck: (check) => readinessChecks.push(check),
    trackInFlight: (work) => requests.trackInFlight(work),
    handleRequest,
    attachWebSocket,
    close,
  };
}

function sendJson(res: ServerResponse, status: number, body: unknown): void {
  res.writeHead(status, { 'content-type': 'application/json' });
  res.end(JSON.stringify(body));
}
