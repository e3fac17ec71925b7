import {
  getNamedType,
  isAbstractType,
  isListType,
  getNullableType,
  Kind,
  TypeInfo,
  visit,
  visitWithTypeInfo,
  type ExecutionArgs,
  type GraphQLNamedType,
  type GraphQLSchema,
  type ValueNode,
} from 'graphql';
import type { ChangeRecord } from '../changes/topics.js';

/** Changes to these can change who may read what (a connection, a chat's members, a role), so every answer looks again. */
const VISIBILITY_TOPICS = new Set(['USER', 'CONNECTION', 'CHAT', 'API_KEY']);

/**
 * What a live query reads, by change topic: every entity of the topic (`'any'`: a list, a nested
 * field, anything found other than by id), or only the entities with these ids (the query looks them
 * up by id at its root, as `persona(id:)` or `node(id:)` does). Undefined: it reads no entity type we
 * know, so any change may touch it.
 */
export type LiveReads = ReadonlyMap<string, 'any' | ReadonlySet<string>> | undefined;

/**
 * What an operation (with its variables) reads. `topicOf` maps an entity's GraphQL type name to its
 * change topic. A field of an interface or union type reads every type that may stand there.
 */
export function liveReads(schema: GraphQLSchema, topicOf: ReadonlyMap<string, string>, args: Pick<ExecutionArgs, 'document' | 'variableValues'>): LiveReads {
  const reads = new Map<string, 'any' | Set<string>>();
  const typeInfo = new TypeInfo(schema);
  const queryType = schema.getQueryType();
  const topicsOf = (type: GraphQLNamedType): string[] =>
    (isAbstractType(type) ? schema.getPossibleTypes(type) : [type]).flatMap((possible) => topicOf.get(possible.name) ?? []);
  visit(
    args.document,
    visitWithTypeInfo(typeInfo, {
      Field: (field) => {
        const type = typeInfo.getType();
        if (!type) return;
        const topics = topicsOf(getNamedType(type));
        if (topics.length === 0) return;
        const idArgument = field.arguments?.find((argument) => argument.name.value === 'id');
        const lookedUpId =
          typeInfo.getParentType() === queryType && !isListType(getNullableType(type)) && idArgument ? idValue(idArgument.value, args.variableValues) : undefined;
        for (const topic of topics) {
          const known = reads.get(topic);
          if (lookedUpId === undefined || known === 'any') reads.set(topic, 'any');
          else if (known) known.add(lookedUpId);
          else reads.set(topic, new Set([lookedUpId]));
        }
      },
    }),
  );
  return reads.size > 0 ? reads : undefined;
}

/** The id a lookup asks for, from the document or its variables; undefined when it is not a plain id. */
function idValue(value: ValueNode, variables: ExecutionArgs['variableValues']): string | undefined {
  if (value.kind === Kind.STRING || value.kind === Kind.INT) return value.value;
  if (value.kind !== Kind.VARIABLE) return undefined;
  const given = variables?.[value.name.value];
  return typeof given === 'string' || typeof given === 'number' ? String(given) : undefined;
}

/**
 * May this committed change alter an answer of `viewerId` to a query that reads `reads`? Only if the
 * viewer may read the change, and it is of a type the query read (of an entity it looked up, when it
 * looked them up by id), or it can change who reads what.
 */
export function mayTouch(reads: LiveReads, viewerId: string, record: ChangeRecord): boolean {
  if (!record.isPublic && !record.audience?.has(viewerId)) return false;
  if (reads === undefined || VISIBILITY_TOPICS.has(record.topic)) return true;
  const read = reads.get(record.topic);
  return read === 'any' || (read !== undefined && read.has(record.entityId));
}
