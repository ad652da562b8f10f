import type { IncomingMessage } from 'node:http';
import {
  getOperationAST,
  type DocumentNode,
  type ExecutionResult,
  type GraphQLError,
} from 'graphql';
import { isAsyncIterable, type Plugin } from 'graphql-yoga';
import { Counter, Histogram } from 'prom-client';
import type { Caller } from '../auth/caller.js';
import type { Logger } from '../logger.js';
import { callerLogFields } from './logging.js';
import type { GatewayMetrics } from './metrics.js';
import { callerKey, rateLimited, type TokenBuckets } from './rate-limit.js';

/** Distinct `operationName` label values kept; later names are counted under `OTHER_OPERATION`. */
export const MAX_OPERATION_NAMES = 500;
export const OTHER_OPERATION = '__other__';

type Phase = 'parse' | 'validate' | 'context' | 'execute' | 'subscribe';
type OperationLabels = { operationName: string; operationType: string };

/** Metric labels and log fields of one operation of a document. */
interface OperationInfo {
  labels: OperationLabels;
  /** As the log shows it: the name the document gives, `null` for an anonymous operation. */
  fields: { operationName: string | null; operationType: string | null };
}

/** The GraphQL series, named as `@envelop/prometheus` named them so dashboards keep working. */
interface OperationSeries {
  requests: Counter<'operationName' | 'operationType'>;
  duration: Histogram<'operationName' | 'operationType'>;
  errors: Counter<'operationName' | 'operationType' | 'path' | 'phase'>;
  phases: Record<Phase, Histogram<'operationName' | 'operationType'>>;
}

function createSeries(metrics: GatewayMetrics): OperationSeries {
  const registers = [metrics.registry];
  const labelNames = ['operationName', 'operationType'] as const;
  const phase = (name: Phase) =>
    new Histogram({
      name: `graphql_envelop_phase_${name}`,
      help: `Seconds spent in the ${name} phase`,
      labelNames,
      registers,
    });
  return {
    requests: new Counter({
      name: 'graphql_envelop_request',
      help: 'GraphQL operations executed or subscribed',
      labelNames,
      registers,
    }),
    duration: new Histogram({
      name: 'graphql_envelop_request_duration',
      help: 'Seconds from parse to the end of execution',
      labelNames,
      registers,
    }),
    errors: new Counter({
      name: 'graphql_envelop_error_result',
      help: 'Errors in GraphQL results, by phase',
      labelNames: ['operationName', 'operationType', 'path', 'phase'],
      registers,
    }),
    phases: {
      parse: phase('parse'),
      validate: phase('validate'),
      context: phase('context'),
      execute: phase('execute'),
      subscribe: phase('subscribe'),
    },
  };
}

/** Timings of one operation, kept from parse until its result. */
interface OperationState {
  started: number;
  parseSeconds: number;
  validateSeconds: number;
  contextSeconds: number;
}

interface OperationContext {
  caller: Caller;
  requestId: string;
  req?: IncomingMessage;
}

export interface OperationObserverOptions {
  metrics: GatewayMetrics;
  log: Logger;
  /** Token buckets limiting operations per caller; no limit when absent. */
  rateLimit?: TokenBuckets;
}

/**
 * Applies the rate limit, records the GraphQL metrics and writes the operation log, in one plugin
 * so each operation passes one set of hooks. It replaces `@envelop/prometheus`, whose per-phase
 * label handling cost about 20 µs per request here. The series keep that plugin's names and labels.
 */
export function useOperationObserver(options: OperationObserverOptions): Plugin<OperationContext> {
  const { metrics, log, rateLimit } = options;
  const series = createSeries(metrics);
  const states = new WeakMap<object, OperationState>();
  const infoByDocument = new WeakMap<DocumentNode, Map<string, OperationInfo>>();
  const knownNames = new Set<string>();

  function stateOf(context: object): OperationState {
    let state = states.get(context);
    if (!state) {
      state = {
        started: performance.now(),
        parseSeconds: 0,
        validateSeconds: 0,
        contextSeconds: 0,
      };
      states.set(context, state);
    }
    return state;
  }

  /** Labels and log fields of an operation, computed once per document and operation name. */
  function infoOf(document: DocumentNode, operationName: string | null | undefined): OperationInfo {
    let byName = infoByDocument.get(document);
    if (!byName) {
      byName = new Map();
      infoByDocument.set(document, byName);
    }
    const key = operationName ?? '';
    let info = byName.get(key);
    if (!info) {
      const operation = getOperationAST(document, operationName);
      let label = operation?.name?.value ?? 'Anonymous';
      if (!knownNames.has(label)) {
        if (knownNames.size >= MAX_OPERATION_NAMES) {
          label = OTHER_OPERATION;
        } else {
          knownNames.add(label);
        }
      }
      info = {
        labels: { operationName: label, operationType: operation?.operation ?? 'unknown' },
        fields: {
          operationName: operation?.name?.value ?? null,
          operationType: operation?.operation ?? null,
        },
      };
      byName.set(key, info);
    }
    return info;
  }

  function countErrors(
    labels: Partial<OperationLabels>,
    phase: Phase,
    errors: readonly (Error & { path?: readonly (string | number)[] })[] | undefined,
  ): void {
    for (const error of errors ?? []) {
      series.errors.inc({
        ...labels,
        phase,
        ...(error.path ? { path: error.path.join('.') } : {}),
      });
    }
  }

  function limited(context: OperationContext): GraphQLError | null {
    const retryAfterMs = rateLimit?.take(callerKey(context.caller, context.req)) ?? 0;
    if (retryAfterMs === 0) {
      return null;
    }
    metrics.limitRejections.inc({ code: 'RATE_LIMITED' });
    return rateLimited(retryAfterMs);
  }

  function finish(
    state: OperationState | undefined,
    labels: OperationLabels,
    phase: 'execute' | 'subscribe',
    phaseStarted: number,
  ): void {
    const now = performance.now();
    series.requests.inc(labels);
    series.phases[phase].observe(labels, (now - phaseStarted) / 1000);
    if (state) {
      series.phases.parse.observe(labels, state.parseSeconds);
      series.phases.validate.observe(labels, state.validateSeconds);
      series.phases.context.observe(labels, state.contextSeconds);
      series.duration.observe(labels, (now - state.started) / 1000);
    }
  }

  return {
    onPluginInit({ registerContextErrorHandler }) {
      registerContextErrorHandler(({ context }) => {
        series.errors.inc({ phase: 'context' });
        states.delete(context);
      });
    },
    onParse({ context }) {
      const state = stateOf(context);
      const started = performance.now();
      return ({ result }) => {
        state.parseSeconds = (performance.now() - started) / 1000;
        if (result instanceof Error) {
          series.errors.inc({ phase: 'parse' });
        }
      };
    },
    onValidate({ context }) {
      const started = performance.now();
      return ({ valid, result }) => {
        const state = states.get(context);
        if (state) {
          state.validateSeconds = (performance.now() - started) / 1000;
        }
        if (!valid) {
          countErrors({}, 'validate', result);
        }
      };
    },
    onContextBuilding({ context }) {
      const started = performance.now();
      return () => {
        const state = states.get(context);
        if (state) {
          state.contextSeconds = (performance.now() - started) / 1000;
        }
      };
    },
    onExecute({ args, setResultAndStopExecution }) {
      const context = args.contextValue;
      const error = limited(context);
      if (error) {
        setResultAndStopExecution({ errors: [error] });
        return;
      }
      const started = performance.now();
      const { labels, fields } = infoOf(args.document, args.operationName);
      const state = states.get(context);
      return {
        onExecuteDone({ result }) {
          // Incremental delivery (defer/stream) is not enabled, so `result` is a single result.
          const { errors } = result as ExecutionResult;
          countErrors(labels, 'execute', errors);
          finish(state, labels, 'execute', started);
          if (log.isLevelEnabled('info')) {
            log.info(
              {
                requestId: context.requestId,
                caller: callerLogFields(context.caller),
                ...fields,
                durationMs: Math.round(performance.now() - started),
                errorCodes: errors?.length
                  ? errors.map((e) => String(e.extensions?.['code'] ?? 'INTERNAL_SERVER_ERROR'))
                  : undefined,
              },
              'GraphQL operation',
            );
          }
        },
      };
    },
    onSubscribe({ args, setResultAndStopExecution }) {
      const context = args.contextValue;
      const error = limited(context);
      if (error) {
        setResultAndStopExecution({ errors: [error] });
        return;
      }
      const started = performance.now();
      const { labels, fields } = infoOf(args.document, args.operationName);
      const state = states.get(context);
      log.info(
        { requestId: context.requestId, caller: callerLogFields(context.caller), ...fields },
        'GraphQL subscription started',
      );
      return {
        onSubscribeResult({ result }) {
          if (!isAsyncIterable(result)) {
            countErrors(labels, 'subscribe', (result as ExecutionResult).errors);
            finish(state, labels, 'subscribe', started);
            return undefined;
          }
          return {
            onNext: ({ result: next }) =>
              countErrors(labels, 'subscribe', (next as ExecutionResult).errors),
            onEnd: () => finish(state, labels, 'subscribe', started),
          };
        },
        onSubscribeError: () => series.errors.inc({ ...labels, phase: 'subscribe' }),
      };
    },
  };
}
