import { randomUUID } from 'node:crypto';
import type { IncomingMessage, Server, ServerResponse } from 'node:http';
import { GraphQLError, type ExecutionArgs, type execute, type subscribe } from 'graphql';
import { createYoga, type YogaServerInstance } from 'graphql-yoga';
import { WebSocketServer } from 'ws';
import { useServer } from 'graphql-ws/use/ws';
import type { Caller } from './auth/caller.js';
import { createAuthenticator, type Authenticator } from './auth/authenticate.js';
import type { GatewayConfig } from './config.js';
import type { GatewayContext } from './context.js';
import { GatewayError } from './errors.js';
import { createLiveKitClient, type LiveKitClient } from './livekit/client.js';
import { coalesceReads } from './livekit/coalesce.js';
import { createLiveKitLoaders } from './livekit/loaders.js';
import { createLogger, type Logger } from './logger.js';
import { buildSchema } from './schema/index.js';

/** Parts a caller may replace, mainly for tests; each defaults to the real implementation. */
export interface GatewayDeps {
  log?: Logger;
  livekit?: LiveKitClient;
  authenticator?: Authenticator;
}

/** Server context passed to the yoga context factory, over HTTP or from graphql-ws. */
interface ServerContext {
  req?: IncomingMessage;
  res?: ServerResponse;
  /** Set for graphql-ws operations: the caller authenticated at `connection_init`. */
  caller?: Caller;
}

export interface Gateway {
  config: GatewayConfig;
  log: Logger;
  livekit: LiveKitClient;
  yoga: YogaServerInstance<ServerContext, GatewayContext>;
  /** The `node:http` request listener serving every HTTP route. */
  handleRequest(req: IncomingMessage, res: ServerResponse): void;
  /** Serves graphql-ws on `server` at the GraphQL path. */
  attachWebSocket(server: Server): void;
  close(): Promise<void>;
}

/** Builds the gateway. It never listens; `server.ts` does. */
export function createGateway(config: GatewayConfig, deps: GatewayDeps = {}): Gateway {
  const log = deps.log ?? createLogger(config.logLevel);
  const livekit =
    deps.livekit ??
    coalesceReads(
      createLiveKitClient({
        apiUrl: config.livekit.apiUrl,
        apiKey: config.livekit.apiKey,
        apiSecret: config.livekit.apiSecret,
        timeoutMs: config.livekit.timeoutMs,
        onCall: (method, durationMs, error) => {
          if (error) {
            log.warn(
              { method, durationMs, code: error instanceof GatewayError ? error.code : undefined },
              'LiveKit call failed',
            );
          }
        },
      }),
    );
  const authenticator =
    deps.authenticator ?? createAuthenticator({ serviceKeys: config.serviceKeys });
  const schema = buildSchema();

  const yoga = createYoga<ServerContext, GatewayContext>({
    schema,
    graphqlEndpoint: '/graphql',
    landingPage: false,
    graphiql: config.graphiql
      ? { subscriptionsProtocol: 'WS', title: 'LiveKit GraphQL gateway' }
      : false,
    logging: {
      debug: (...args) => log.debug(args.map(String).join(' ')),
      info: (...args) => log.info(args.map(String).join(' ')),
      warn: (...args) => log.warn(args.map(String).join(' ')),
      error: (...args) => log.error(args.map(String).join(' ')),
    },
    maskedErrors: {
      maskError: (error, message) => {
        const original = error instanceof GraphQLError ? error.originalError : error;
        if (error instanceof GraphQLError && (!original || original instanceof GraphQLError)) {
          return error;
        }
        const errorId = randomUUID();
        log.error({ err: original, errorId }, 'Unexpected error');
        return new GraphQLError(message, {
          extensions: { code: 'INTERNAL_SERVER_ERROR', errorId },
        });
      },
    },
    context: async ({ request, caller }) => {
      const authenticated =
        caller ?? (await authenticator.authenticate(request.headers.get('authorization')));
      return {
        caller: authenticated,
        requestId: request.headers.get('x-request-id') ?? randomUUID(),
        loaders: createLiveKitLoaders(livekit),
        livekit,
        config,
        log,
      };
    },
  });

  const sockets = new Set<WebSocketServer>();

  function handleRequest(req: IncomingMessage, res: ServerResponse): void {
    const path = (req.url ?? '/').split('?', 1)[0];
    if (path === '/healthz') {
      sendJson(res, 200, { status: 'ok' });
      return;
    }
    if (path === '/readyz') {
      void readiness(livekit).then((result) => sendJson(res, result.ready ? 200 : 503, result));
      return;
    }
    void yoga.requestListener(req, res);
  }

  function attachWebSocket(server: Server): void {
    const wsServer = new WebSocketServer({ server, path: yoga.graphqlEndpoint });
    sockets.add(wsServer);
    useServer<Record<string, unknown> | undefined, { caller?: Caller }>(
      {
        onConnect: async (ctx) => {
          const authorization = ctx.connectionParams?.['authorization'];
          try {
            ctx.extra.caller = await authenticator.authenticate(
              typeof authorization === 'string' ? authorization : undefined,
            );
            return true;
          } catch {
            ctx.extra.socket.close(4401, 'Unauthorized');
            return false;
          }
        },
        execute: (args) => (args.rootValue as EnvelopedRoot).execute(args),
        subscribe: (args) => (args.rootValue as EnvelopedRoot).subscribe(args),
        onSubscribe: async (ctx, _id, payload) => {
          const enveloped = yoga.getEnveloped({
            req: ctx.extra.request,
            caller: ctx.extra.caller,
            params: payload,
          });
          const args: ExecutionArgs = {
            schema: enveloped.schema,
            operationName: payload.operationName ?? null,
            document: enveloped.parse(payload.query),
            variableValues: payload.variables ?? null,
            contextValue: await enveloped.contextFactory(),
            rootValue: { execute: enveloped.execute, subscribe: enveloped.subscribe },
          };
          const errors = enveloped.validate(args.schema, args.document);
          return errors.length > 0 ? errors : args;
        },
      },
      wsServer,
    );
  }

  async function close(): Promise<void> {
    for (const wsServer of sockets) {
      for (const client of wsServer.clients) {
        client.close(1001, 'Server shutting down');
      }
      await new Promise<void>((resolve) => wsServer.close(() => resolve()));
    }
    await yoga.dispose();
  }

  return { config, log, livekit, yoga, handleRequest, attachWebSocket, close };
}

/** The enveloped `execute` and `subscribe` passed to graphql-ws through `rootValue`. */
interface EnvelopedRoot {
  execute: typeof execute;
  subscribe: typeof subscribe;
}

async function readiness(livekit: LiveKitClient): Promise<{ ready: boolean; livekit: string }> {
  try {
    // Listing an impossible room name checks reachability and credentials and returns nothing.
    await livekit.listRooms(['\u0000readyz']);
    return { ready: true, livekit: 'ok' };
  } catch (error) {
    return {
      ready: false,
      livekit: error instanceof GatewayError ? error.code : 'LIVEKIT_ERROR',
    };
  }
}

function sendJson(res: ServerResponse, status: number, body: unknown): void {
  res.writeHead(status, { 'content-type': 'application/json' });
  res.end(JSON.stringify(body));
}
