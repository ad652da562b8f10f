import { readFileSync } from 'node:fs';
import { usePersistedOperations } from '@graphql-yoga/plugin-persisted-operations';
import { GraphQLError } from 'graphql';
import type { Plugin } from 'graphql-yoga';
import { ERROR_CODES } from '../errors.js';

/** Persisted documents by id: the manifest codegen writes with `persistedDocuments: true`. */
export type PersistedOperations = ReadonlyMap<string, string>;

/** Reads a JSON manifest `{ "<id>": "<document>" }`; throws naming the file when it is invalid. */
export function loadPersistedOperations(path: string): PersistedOperations {
  let parsed: unknown;
  try {
    parsed = JSON.parse(readFileSync(path, 'utf8'));
  } catch (error) {
    throw new Error(`PERSISTED_OPERATIONS_FILE "${path}" is not readable JSON`, { cause: error });
  }
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) {
    throw new Error(`PERSISTED_OPERATIONS_FILE "${path}" must contain a JSON object`);
  }
  const operations = new Map<string, string>();
  for (const [id, document] of Object.entries(parsed)) {
    if (typeof document !== 'string') {
      throw new Error(`PERSISTED_OPERATIONS_FILE "${path}": the value of "${id}" is not a string`);
    }
    operations.set(id, document);
  }
  return operations;
}

function persistedQueryRequired(): GraphQLError {
  return new GraphQLError(
    'Only persisted operations are accepted: send extensions.persistedQuery.sha256Hash ' +
      'without a query',
    {
      extensions: {
        code: 'PERSISTED_QUERY_REQUIRED',
        http: { status: ERROR_CODES.PERSISTED_QUERY_REQUIRED },
      },
    },
  );
}

function persistedQueryNotFound(id: string): GraphQLError {
  return new GraphQLError(`Persisted operation "${id}" is not in the manifest`, {
    extensions: {
      code: 'PERSISTED_QUERY_NOT_FOUND',
      http: { status: ERROR_CODES.PERSISTED_QUERY_NOT_FOUND },
    },
  });
}

/** Returns the persisted operation id of a request's `extensions`, as Apollo's APQ shape sends it. */
export function persistedOperationId(extensions: unknown): string | null {
  const persistedQuery = (extensions as { persistedQuery?: unknown } | null | undefined)
    ?.persistedQuery as { version?: unknown; sha256Hash?: unknown } | undefined;
  if (persistedQuery?.version === 1 && typeof persistedQuery.sha256Hash === 'string') {
    return persistedQuery.sha256Hash;
  }
  return null;
}

/** Runs only documents from `operations` over HTTP, rejecting free-form queries. */
export function useGatewayPersistedOperations(operations: PersistedOperations): Plugin {
  return usePersistedOperations({
    allowArbitraryOperations: false,
    extractPersistedOperationId: (params) => persistedOperationId(params.extensions),
    getPersistedOperation: (id) => operations.get(id) ?? null,
    customErrors: {
      persistedQueryOnly: () => persistedQueryRequired(),
      keyNotFound: () => persistedQueryRequired(),
      notFound: ({ params }) =>
        persistedQueryNotFound(persistedOperationId(params.extensions) ?? ''),
    },
  }) as Plugin;
}

/**
 * Resolves the document of a graphql-ws `subscribe` payload in persisted-only mode: the manifest
 * entry for its id, or an error for a free-form or unknown document.
 */
export function resolvePersistedDocument(
  operations: PersistedOperations,
  payload: { query?: string | null; extensions?: unknown },
): string | GraphQLError {
  const id = persistedOperationId(payload.extensions);
  if (id === null || (payload.query ?? '') !== '') {
    return persistedQueryRequired();
  }
  return operations.get(id) ?? persistedQueryNotFound(id);
}
