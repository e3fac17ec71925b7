import { readFileSync } from 'node:fs';
import {
  buildSchema,
  getNamedType,
  isInterfaceType,
  isListType,
  isNonNullType,
  isObjectType,
  Kind,
  parse,
  type GraphQLOutputType,
  type InlineFragmentNode,
  type OperationDefinitionNode,
} from 'graphql';
import { describe, expect, it } from 'vitest';
import { LISTS } from '../../src/urql/cache.js';

/**
 * What keeps the console live without a request, held against the schema, so a new entity cannot be
 * left out silently: its change must be asked for by the one stream, and every list of it a page
 * loads must be registered with the cache (its page's `lists` in pages.tsx), be a live query, or be named
 * below with the reason.
 */

const schema = buildSchema(readFileSync(new URL('../../../schema.graphql', import.meta.url), 'utf8'));
const documents = Object.values(JSON.parse(readFileSync(new URL('../../src/gql/persisted-documents.json', import.meta.url), 'utf8')) as Record<string, string>).map((text) => parse(text));
const operations = documents.flatMap((document) => document.definitions.filter((definition): definition is OperationDefinitionNode => definition.kind === Kind.OPERATION_DEFINITION));

const change = schema.getType('Change');
if (!isInterfaceType(change)) throw new Error('Change is not an interface');
/** Each change type but RESYNC, and the entity type its field carries. */
const entityOfChange = new Map(
  schema
    .getPossibleTypes(change)
    .filter((type) => type.name !== 'ResyncChange')
    .map((type) => {
      const own = Object.values(type.getFields()).find((field) => !change.getFields()[field.name]);
      return [type.name, getNamedType(own!.type).name] as const;
    }),
);
const streamedEntities = new Set(entityOfChange.values());

/** Lists a page loads that the stream is not meant to keep current, and why. */
const NOT_KEPT_LIVE: Record<string, string> = {
  'ConnectionsPage_Users.users': 'search results: who matched the words typed, looked up again as they change',
};

/** The entity type a root field lists: a connection's node type, or a list's item type. */
function listedEntity(type: GraphQLOutputType): string | undefined {
  const unwrapped = isNonNullType(type) ? type.ofType : type;
  if (isListType(unwrapped)) return getNamedType(unwrapped).name;
  const named = getNamedType(unwrapped);
  const edges = isObjectType(named) ? named.getFields().edges : undefined;
  if (!edges) return undefined;
  const edge = getNamedType(edges.type);
  return isObjectType(edge) ? getNamedType(edge.getFields().node!.type).name : undefined;
}

describe('the console is kept live by the schema, not by a hand list', () => {
  it('the one change stream asks for every change type the schema has', () => {
    const stream = operations.find((operation) => operation.name?.value === 'LiveChanges_Stream');
    const changes = stream!.selectionSet.selections[0]!;
    if (changes.kind !== Kind.FIELD) throw new Error('changes is not a field');
    const asked = changes.selectionSet!.selections
      .filter((selection): selection is InlineFragmentNode => selection.kind === Kind.INLINE_FRAGMENT)
      .map((fragment) => fragment.typeCondition!.name.value);
    expect(asked.sort()).toEqual([...entityOfChange.keys()].sort());
  });

  it('every list of a streamed entity that a page loads is registered with the cache', () => {
    const registered = new Set(
      Object.values(LISTS).flatMap((lists) =>
        lists!.map((list) => {
          const operation = list.query.definitions.find((definition): definition is OperationDefinitionNode => definition.kind === Kind.OPERATION_DEFINITION);
          return `${operation!.name!.value}.${list.key}`;
        }),
      ),
    );
    const query = schema.getQueryType()!;
    const unregistered: string[] = [];
    let checked = 0;
    // A live query (`@live`) is kept current by the server: each answer replaces the last.
    const live = (operation: OperationDefinitionNode) => (operation.directives ?? []).some((directive) => directive.name.value === 'live');
    expect(operations.filter(live).map((operation) => operation.name!.value)).toContain('ConnectionsPage_Data');
    for (const operation of operations.filter((candidate) => candidate.operation === 'query' && !live(candidate))) {
      for (const selection of operation.selectionSet.selections) {
        if (selection.kind !== Kind.FIELD) continue;
        const field = query.getFields()[selection.name.value];
        const entity = field && listedEntity(field.type);
        if (!entity || !streamedEntities.has(entity)) continue;
        const where = `${operation.name!.value}.${(selection.alias ?? selection.name).value}`;
        checked += 1;
        if (!registered.has(where) && !NOT_KEPT_LIVE[where]) unregistered.push(`${where} lists ${entity} but no page's lists (web/src/pages.tsx) register it`);
      }
    }
    expect(unregistered).toEqual([]);
    expect(checked).toBeGreaterThan(10);
  });
});
