import type { Server } from 'node:http';
import {
  GraphQLError,
  getOperationAST,
  type ExecutionArgs,
  type execute,
  type subscribe,
} from 'graphql';
import type { YogaServerInstance } from 'graphql-yoga';
import { WebSocketServer } from 'ws';
import { useServer } from 'graphql-ws/use/ws';
import type { Authenticator } from './auth/authenticate.js';
import type { Caller } from './auth/caller.js';
import { closeWhenExpired } from './auth/expiry.js';
import type { GatewayConfig } from './config.js';
import type { GatewayContext } from './context.js';
import { GatewayError, isErrorCode, type ErrorCode } from './errors.js';
import { executeEvent, nextFrameWriter } from './events/shared-execution.js';
import type { SubscriptionTransport } from './events/transport.js';
import type { ServerContext } from './gateway.js';
import type { Logger } from './logger.js';
import { errorForSocket, setErrorCode } from './ops/error-format.js';
import { resolvePersistedDocument, type PersistedOperations } from './ops/persisted-operations.js';
import { callerKey } from './ops/rate-limit.js';
import type { ConnectionSubscriptions, SubscriptionLimiter } from './ops/subscription-limits.js';

/** Parts of the gateway that the graphql-ws server uses. */
export interface GraphqlWsOptions {
  yoga: YogaServerInstance<ServerContext, GatewayContext>;
  authenticator: Authenticator;
  log: Logger;
  config: GatewayConfig;
  /** The persisted-operations manifest when only persisted documents may run. */
  persisted: PersistedOperations | undefined;
  subscriptionLimits: SubscriptionLimiter;
  /** The same error masking yoga applies over HTTP. */
  maskError: (error: unknown, message: string) => GraphQLError;
}

/** The enveloped `execute` and `subscribe` passed to graphql-ws through `rootValue`. */
interface EnvelopedRoot {
  execute: typeof execute;
  subscribe: typeof subscribe;
}

/**
 * Serves graphql-ws on `server` at the GraphQL path: authenticates `connection_init`, closes the
 * socket with 4401 when the credential is rejected or expires, and runs each operation through
 * yoga's envelop with the per-connection and per-caller subscription limits.
 */
export function serveGraphqlWs(server: Server, options: GraphqlWsOptions): WebSocketServer {
  const { yoga, authenticator, log, config, persisted, subscriptionLimits, maskError } = options;
  // Shared event frames are serialized with JSON.stringify, which keeps the `http` extension.
  const maskForSocket = (error: unknown, message: string) =>
    errorForSocket(maskError(error, message));
  // A frame larger than the HTTP body limit closes the socket with 1009 before it is buffered.
  const wsServer = new WebSocketServer({
    server,
    path: yoga.graphqlEndpoint,
    maxPayload: config.ops.maxBodyBytes,
    // Shared event frames are written to the TCP socket directly, which needs `ws` to send
    // every message synchronously, as it does without compression.
    perMessageDeflate: false,
  });
  useServer<
    Record<string, unknown> | undefined,
    { caller?: Caller; subscriptions?: ConnectionSubscriptions }
  >(
    {
      onConnect: async (ctx) => {
        const authorization = ctx.connectionParams?.['authorization'];
        try {
          const caller = await authenticator.authenticate(
            typeof authorization === 'string' ? authorization : undefined,
          );
          ctx.extra.caller = caller;
          ctx.extra.subscriptions = {
            ids: new Set(),
            callerKey: callerKey(caller, ctx.extra.request),
          };
          closeWhenExpired(ctx.extra.socket, caller.expiresAt);
          return true;
        } catch (error) {
          const reason = error instanceof GatewayError ? error.extensions['reason'] : undefined;
          log.info({ reason }, 'WebSocket credential rejected');
          ctx.extra.socket.close(4401, 'Unauthorized');
          return false;
        }
      },
      execute: (args) => (args.rootValue as EnvelopedRoot).execute(args),
      subscribe: (args) => (args.rootValue as EnvelopedRoot).subscribe(args),
      onSubscribe: async (ctx, id, payload) => {
        const query = persisted ? resolvePersistedDocument(persisted, payload) : payload.query;
        if (query instanceof GraphQLError) {
          return [query];
        }
        const socket = ctx.extra.socket;
        let args: ExecutionArgs | undefined;
        const transport: SubscriptionTransport = {
          kind: 'ws',
          lastEventId: null,
          close: (code, reason) => socket.close(code, reason),
          setCursor: () => undefined,
          // Runs once events arrive, after `args` is set below.
          frames: {
            execute: (event) => executeEvent({ ...args!, rootValue: event }, maskForSocket),
            write: nextFrameWriter(
              socket,
              ctx.extra.request.socket,
              id,
              config.events.subscriberBufferSize,
            ),
          },
        };
        const enveloped = yoga.getEnveloped({
          req: ctx.extra.request,
          caller: ctx.extra.caller,
          params: { ...payload, query },
          transport,
        });
        let document;
        try {
          document = enveloped.parse(query);
        } catch (error) {
          if (error instanceof GraphQLError) {
            // Over HTTP yoga sets this code. A document limit error thrown by the parser keeps its own.
            return [withDefaultCode(error, 'GRAPHQL_PARSE_FAILED')];
          }
          throw error;
        }
        args = {
          schema: enveloped.schema,
          operationName: payload.operationName ?? null,
          document,
          variableValues: payload.variables ?? null,
          contextValue: await enveloped.contextFactory(),
          rootValue: { execute: enveloped.execute, subscribe: enveloped.subscribe },
        };
        const errors = enveloped.validate(enveloped.schema, document);
        if (errors.length > 0) {
          return errors.map((error: GraphQLError) =>
            withDefaultCode(error, 'GRAPHQL_VALIDATION_FAILED'),
          );
        }
        const operation = getOperationAST(document, args.operationName);
        if (!operation) {
          return [
            new GatewayError(
              'OPERATION_RESOLUTION_FAILURE',
              args.operationName
                ? `The document has no operation named "${args.operationName}"`
                : 'The document has several operations: name one in operationName',
            ),
          ];
        }
        const limitError =
          operation.operation === 'subscription' && ctx.extra.subscriptions
            ? subscriptionLimits.acquire(ctx.extra.subscriptions, id)
            : null;
        return limitError ? [limitError] : args;
      },
      // Errors from onSubscribe have a code. The one graphql-ws makes when a subscription's stream
      // throws has none, so it is masked.
      onError: (_ctx, _id, _payload, errors) =>
        errors.map((error) =>
          errorForSocket(
            isErrorCode(error.extensions['code']) ? error : maskError(error, 'Unexpected error.'),
          ).toJSON(),
        ),
      onNext: (_ctx, _id, _payload, _args, result) =>
        result.errors
          ? { ...result, errors: result.errors.map((error) => errorForSocket(error).toJSON()) }
          : undefined,
      onComplete: (ctx, id) => {
        if (ctx.extra.subscriptions) {
          subscriptionLimits.release(ctx.extra.subscriptions, id);
        }
      },
      onClose: (ctx) => {
        if (ctx.extra.subscriptions) {
          subscriptionLimits.releaseAll(ctx.extra.subscriptions);
        }
      },
    },
    wsServer,
  );
  return wsServer;
}

/** Sets `code` on `error` unless it has a code already. */
function withDefaultCode(error: GraphQLError, code: ErrorCode): GraphQLError {
  return error.extensions['code'] === undefined ? setErrorCode(error, code) : error;
}
