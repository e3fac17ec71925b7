import { getOperationAST, type DocumentNode } from 'graphql';
import type { Plugin } from 'graphql-yoga';
import type { Context } from '../context.js';
import { Unauthenticated } from '../errors.js';

/** Root fields anyone may call without a token. */
const PUBLIC_ROOT_FIELDS = new Set(['signIn', 'signUp', '__typename', '__schema', '__type']);

function isPublicOperation(document: DocumentNode, operationName?: string | null): boolean {
  const operation = getOperationAST(document, operationName);
  if (!operation) return true; // execution reports the missing operation itself
  return operation.selectionSet.selections.every(
    (selection) => selection.kind === 'Field' && PUBLIC_ROOT_FIELDS.has(selection.name.value),
  );
}

export function tokenRejectedError(): Unauthenticated {
  return new Unauthenticated('Your token is invalid, expired or revoked: sign in again');
}

/** Every operation except signIn/signUp and introspection needs a valid token (HTTP 401 otherwise). */
export function useSignedInOperations(): Plugin<Context> {
  const check = (args: { document: DocumentNode; operationName?: string | null; contextValue: Context }) =>
    args.contextValue.viewer || isPublicOperation(args.document, args.operationName)
      ? undefined
      : args.contextValue.tokenRejected
        ? tokenRejectedError()
        : new Unauthenticated();
  return {
    onExecute({ args, setResultAndStopExecution }) {
      const error = check(args);
      if (error) setResultAndStopExecution({ errors: [error] });
    },
    onSubscribe({ args, setResultAndStopExecution }) {
      const error = check(args);
      if (error) setResultAndStopExecution({ errors: [error] });
    },
  };
}
