import { GraphQLError, type ExecutionResult } from 'graphql';
import { isAsyncIterable, type Plugin } from 'graphql-yoga';
import { setErrorCode } from './error-format.js';

/** Sets `BAD_USER_INPUT` on the errors graphql-js reports without a code: invalid variables. */
function codeVariableErrors(result: unknown): void {
  if (isAsyncIterable(result)) {
    return;
  }
  for (const error of (result as ExecutionResult).errors ?? []) {
    const original = error.originalError;
    // An error a resolver threw is unexpected and has an original error that is not a GraphQLError.
    if (error.extensions['code'] === undefined && (!original || original instanceof GraphQLError)) {
      setErrorCode(error, 'BAD_USER_INPUT');
    }
  }
}

/**
 * Gives invalid variable values the code `BAD_USER_INPUT` as soon as execution or subscription
 * ends. The error mask sets it too, but only after every other plugin's result hook, so the
 * operation log would show these errors as `INTERNAL_SERVER_ERROR`. Register it first.
 */
export function useVariableErrorCodes(): Plugin {
  return {
    onExecute: () => ({ onExecuteDone: ({ result }) => codeVariableErrors(result) }),
    onSubscribe: () => ({ onSubscribeResult: ({ result }) => codeVariableErrors(result) }),
  };
}
