import { getOperationAST, type DocumentNode, type ExecutionResult } from 'graphql';
import type { Plugin } from 'graphql-yoga';
import type { Caller } from '../auth/caller.js';
import type { Logger } from '../logger.js';

/** The caller as it appears in logs: how it authenticated and who it is, never the credential. */
export function callerLogFields(caller: Caller): { kind: string; identity: string | null } {
  return { kind: caller.kind, identity: caller.identity };
}

interface LoggedContext {
  /** The request's child logger, carrying `requestId` and `caller`. */
  log: Logger;
}

function errorCodes(result: unknown): string[] | undefined {
  const errors = (result as ExecutionResult | undefined)?.errors;
  if (!errors || errors.length === 0) {
    return undefined;
  }
  return errors.map((error) => String(error.extensions?.['code'] ?? 'INTERNAL_SERVER_ERROR'));
}

function operationFields(document: DocumentNode, operationName: string | null | undefined) {
  const operation = getOperationAST(document, operationName);
  return {
    operationName: operation?.name?.value ?? null,
    operationType: operation?.operation ?? null,
  };
}

/**
 * Logs one line per executed operation and per subscription start, through the request's child
 * logger, so each line carries the request id and the caller's kind and identity.
 */
export function useOperationLog(): Plugin<LoggedContext> {
  return {
    onExecute({ args }) {
      const started = performance.now();
      const { log } = args.contextValue;
      const fields = operationFields(args.document, args.operationName);
      return {
        onExecuteDone({ result }) {
          // Incremental delivery (defer/stream) is not enabled, so `result` is a single result.
          log.info(
            {
              ...fields,
              durationMs: Math.round(performance.now() - started),
              errorCodes: errorCodes(result),
            },
            'GraphQL operation',
          );
        },
      };
    },
    onSubscribe({ args }) {
      const { log } = args.contextValue;
      log.info(operationFields(args.document, args.operationName), 'GraphQL subscription started');
    },
  };
}
