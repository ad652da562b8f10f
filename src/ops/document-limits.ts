import { costLimitPlugin } from '@escape.tech/graphql-armor-cost-limit';
import { maxAliasesPlugin } from '@escape.tech/graphql-armor-max-aliases';
import { maxDepthPlugin } from '@escape.tech/graphql-armor-max-depth';
import { maxTokensPlugin } from '@escape.tech/graphql-armor-max-tokens';
import { GraphQLError, type ValidationContext } from 'graphql';
import type { Plugin } from 'graphql-yoga';
import { ERROR_CODES } from '../errors.js';
import type { OpsConfig } from './config.js';
import type { GatewayMetrics } from './metrics.js';

type DocumentLimit = 'depth' | 'cost' | 'aliases' | 'tokens';

function tooComplex(limit: DocumentLimit, message: string): GraphQLError {
  return new GraphQLError(message, {
    extensions: {
      code: 'QUERY_TOO_COMPLEX',
      limit,
      http: { status: ERROR_CODES.QUERY_TOO_COMPLEX },
    },
  });
}

/**
 * Rejects documents over the depth, cost, alias and token limits with `QUERY_TOO_COMPLEX`, on
 * HTTP and graphql-ws alike. graphql-armor measures; these handlers replace its `Syntax Error`
 * messages with the gateway's code and the name of the limit.
 */
export function useDocumentLimits(ops: OpsConfig, metrics: GatewayMetrics): Plugin {
  function reporter(limit: DocumentLimit, max: number) {
    return (context: ValidationContext | null) => {
      metrics.limitRejections.inc({ code: 'QUERY_TOO_COMPLEX' });
      const error = tooComplex(limit, `The document exceeds the maximum ${limit} of ${max}`);
      if (context === null) {
        // The token limit runs inside the parser, which can only stop by throwing.
        throw error;
      }
      context.reportError(error);
    };
  }

  return {
    onPluginInit({ addPlugin }) {
      addPlugin(
        maxTokensPlugin({
          n: ops.maxQueryTokens,
          onReject: [reporter('tokens', ops.maxQueryTokens)],
        }) as Plugin,
      );
      addPlugin(
        maxDepthPlugin({
          n: ops.maxQueryDepth,
          propagateOnRejection: false,
          onReject: [reporter('depth', ops.maxQueryDepth)],
        }) as Plugin,
      );
      addPlugin(
        costLimitPlugin({
          maxCost: ops.maxQueryCost,
          propagateOnRejection: false,
          onReject: [reporter('cost', ops.maxQueryCost)],
        }) as Plugin,
      );
      addPlugin(
        maxAliasesPlugin({
          n: ops.maxQueryAliases,
          propagateOnRejection: false,
          onReject: [reporter('aliases', ops.maxQueryAliases)],
        }) as Plugin,
      );
    },
  };
}
