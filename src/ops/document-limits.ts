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
 * Maximum nesting of `{`, `[` and `(` in a document. graphql-js parses nested values recursively,
 * and a list literal nested 3,000 deep overflowed the stack before the token limit stopped it.
 */
const MAX_BRACKET_NESTING = 100;

/** Returns how deep `{`, `[` and `(` nest in a GraphQL document, skipping strings and comments. */
export function bracketNesting(source: string): number {
  let depth = 0;
  let deepest = 0;
  let index = 0;
  while (index < source.length) {
    const char = source[index]!;
    if (char === '#') {
      const end = source.indexOf('\n', index);
      index = end === -1 ? source.length : end + 1;
    } else if (source.startsWith('"""', index)) {
      // Block strings end at the next unescaped triple quote.
      let end = source.indexOf('"""', index + 3);
      while (end !== -1 && source[end - 1] === '\\') {
        end = source.indexOf('"""', end + 3);
      }
      index = end === -1 ? source.length : end + 3;
    } else if (char === '"') {
      index++;
      while (index < source.length && source[index] !== '"' && source[index] !== '\n') {
        index += source[index] === '\\' ? 2 : 1;
      }
      index++;
    } else {
      if (char === '{' || char === '[' || char === '(') {
        depth++;
        deepest = Math.max(deepest, depth);
      } else if (char === '}' || char === ']' || char === ')') {
        depth = Math.max(0, depth - 1);
      }
      index++;
    }
  }
  return deepest;
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
    onParse({ params }) {
      const source = typeof params.source === 'string' ? params.source : params.source.body;
      if (bracketNesting(source) > MAX_BRACKET_NESTING) {
        metrics.limitRejections.inc({ code: 'QUERY_TOO_COMPLEX' });
        throw tooComplex(
          'depth',
          `The document nests brackets deeper than the maximum of ${MAX_BRACKET_NESTING}`,
        );
      }
    },
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
