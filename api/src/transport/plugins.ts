import { GraphQLError, getOperationAST, Kind, type DocumentNode } from 'graphql';
import type { Plugin } from 'graphql-yoga';
import type { Logger } from 'pino';
import { capabilityRefusal } from '../capabilities.js';
import type { Context } from '../context.js';
import { codeVariableErrors, NotAcceptable, Unauthenticated } from '../errors.js';
import { nulCharacterError } from '../validation.js';

/** Root fields anyone may call without a token. */
const PUBLIC_ROOT_FIELDS = new Set(['signIn', 'signUp', 'demoAccounts', '__typename', '__schema', '__type']);

function isPublicOperation(document: DocumentNode, operationName?: string | null): boolean {
  const operation = getOperationAST(document, operationName);
  if (!operation) return true; // unknownOperation() answers first
  return operation.selectionSet.selections.every(
    (selection) => selection.kind === 'Field' && PUBLIC_ROOT_FIELDS.has(selection.name.value),
  );
}

export function tokenRejectedError(): Unauthenticated {
  return new Unauthenticated('Your token is invalid, expired or revoked: sign in again');
}

/** Which operation to run is unclear: say what the document offers. */
function unknownOperation(document: DocumentNode, operationName?: string | null): GraphQLError | undefined {
  if (getOperationAST(document, operationName)) return undefined;
  const names = document.definitions.flatMap((definition) =>
    definition.kind === Kind.OPERATION_DEFINITION ? [definition.name?.value ?? '(anonymous)'] : [],
  );
  return new GraphQLError(
    operationName
      ? `Unknown operation named "${operationName}"; the document defines: ${names.join(', ') || 'none'}`
      : `The document defines several operations (${names.join(', ')}): pick one with "operationName"`,
    { extensions: { code: 'BAD_USER_INPUT', field: 'operationName' } },
  );
}

/**
 * Every operation except signIn/signUp, demoAccounts and introspection needs a valid token (HTTP 401 otherwise),
 * and an API key's capabilities must allow it (403 naming the capability). The same check for
 * every transport: WebSocket and SSE operations run through this pipeline too.
 */
export function useAdmittedOperations(): Plugin<Context> {
  const check = (args: { document: DocumentNode; operationName?: string | null; contextValue: Context }) => {
    const { viewer, tokenRejected } = args.contextValue;
    if (!viewer) return isPublicOperation(args.document, args.operationName) ? undefined : tokenRejected ? tokenRejectedError() : new Unauthenticated();
    if (!viewer.apiKey) return undefined; // a session may do all its person may; the resolvers decide the rest
    const operation = getOperationAST(args.document, args.operationName);
    if (!operation) return undefined;
    const rootFields = operation.selectionSet.selections.flatMap((selection) => (selection.kind === Kind.FIELD ? [selection.name.value] : []));
    return capabilityRefusal(viewer, operation.operation, rootFields);
  };
  return {
    // Yoga resolves the operation right after parsing; answer an unclear choice there, helpfully.
    onParse() {
      return ({ result, context, replaceParseResult }) => {
        const operationName = (context as { params?: { operationName?: string | null } }).params?.operationName;
        if (result && !(result instanceof Error)) {
          const error = unknownOperation(result as DocumentNode, operationName);
          if (error) replaceParseResult(error);
        }
      };
    },
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

export function useVariableErrorCodes(): Plugin<Context> {
  const rewrite = ({ result, setResult }: { result: unknown; setResult: (result: never) => void }) => {
    if (result && typeof result === 'object' && 'errors' in result && !(Symbol.asyncIterator in result)) {
      setResult(codeVariableErrors(result as { errors?: readonly GraphQLError[] }) as never);
    }
  };
  return {
    onExecute: () => ({ onExecuteDone: rewrite }),
    onSubscribe: () => ({ onSubscribeResult: rewrite }),
  };
}

/** Logs each operation at debug level; the app's logger redacts secrets such as passwords. */
export function useOperationLog(logger: Logger): Plugin<Context> {
  return {
    onExecute({ args }) {
      logger.debug({ operationName: args.operationName, variables: args.variableValues }, 'graphql operation');
    },
    onSubscribe({ args }) {
      logger.debug({ operationName: args.operationName, variables: args.variableValues }, 'graphql subscription');
    },
  };
}

/**
 * A subscription over plain HTTP must ask for a stream (`Accept: text/event-stream`, which the SSE
 * transport serves); otherwise it gets 406 at once instead of a response that never ends.
 */
export function useStreamingSubscriptionsOnly(): Plugin<Context> {
  return {
    onSubscribe({ args, setResultAndStopExecution }) {
      const request = (args.contextValue as { request?: Request }).request;
      if (!request) return; // WebSocket and SSE build their own context, without a fetch Request
      if (!request.headers.get('accept')?.includes('text/event-stream')) {
        setResultAndStopExecution({
          errors: [new NotAcceptable()],
        });
      }
    },
  };
}

/**
 * No string of this API may hold U+0000: PostgreSQL's text cannot store it, and nothing people type
 * needs it. Refused before any resolver runs, naming the variable or argument it is in (on SQLite it
 * would be stored; on PostgreSQL the statement failed as an internal error). Yoga's requests meet it
 * here; WebSocket and SSE operations, `changes` included, in `prepareOperation`; a webhook's stored
 * document in `checkSubscriptionDocument`.
 */
export function useNoNulCharacters(): Plugin<Context> {
  return {
    onExecute({ args, setResultAndStopExecution }) {
      const error = nulCharacterError(args.document, args.variableValues);
      if (error) setResultAndStopExecution({ errors: [error] });
    },
    onSubscribe({ args, setResultAndStopExecution }) {
      const error = nulCharacterError(args.document, args.variableValues);
      if (error) setResultAndStopExecution({ errors: [error] });
    },
  };
}
