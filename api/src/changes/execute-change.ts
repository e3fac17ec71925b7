import { execute, type DocumentNode, type ExecutionResult, type GraphQLSchema } from 'graphql';
import { isConnectionFailure } from '../db/availability.js';
import { Unavailable } from '../errors.js';
import { serializeResult, type MaskError } from '../transport/payload.js';
import type { ChangeRecord } from './topics.js';

/** A subscriber's operation, as every execution of a change for it needs it. */
export interface ChangeOperation {
  document: DocumentNode;
  operationName?: string;
  variables?: Record<string, unknown>;
}

/**
 * One change executed for one operation: the JSON a subscriber, a replay or a webhook receives,
 * errors masked as every transport masks them. Every path that turns a change into bytes goes
 * through here, so none can skip a rule: a result whose entity loads met a lost database is no
 * result (it would show the entity as missing), so it throws `Unavailable` and the caller delivers
 * the change again, whole, once the database answers.
 */
export async function executeChange(
  parts: { schema: GraphQLSchema; maskError: MaskError },
  operation: ChangeOperation,
  contextValue: object,
  record: ChangeRecord,
): Promise<string> {
  const result = (await execute({
    schema: parts.schema,
    document: operation.document,
    operationName: operation.operationName,
    variableValues: operation.variables,
    rootValue: record,
    contextValue,
  })) as ExecutionResult;
  if (result.errors?.some(isConnectionFailure)) throw new Unavailable();
  return serializeResult(result, parts.maskError);
}
