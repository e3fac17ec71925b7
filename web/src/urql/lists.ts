import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { Kind, type FieldNode, type OperationDefinitionNode } from 'graphql';
import type { LiveChanges_StreamSubscription } from '../gql/graphql';
import { edgeTypeOf } from './schema';

/**
 * The lists the change stream keeps on screen (urql/cache.ts writes each change's entity into them).
 * Each page names its own in its entry of web/src/pages.tsx, under the entity type they show; cache.ts
 * composes them. Whether a list is a connection, and its edge type, are read from the generated schema.
 */

export type Entity = { __typename?: string; id: string } & Record<string, unknown>;

/** An entity type the change stream carries (`PersonaChange` -> `Persona`), as codegen names it. */
export type EntityType = Exclude<LiveChanges_StreamSubscription['changes']['__typename'], 'ResyncChange'> extends `${infer T}Change` ? T : never;

/** A list a page shows, in the query the page loads it with. */
export interface ListOnScreen {
  query: TypedDocumentNode<object, Record<string, never>>;
  /** The list's key in the query's data (its alias, if it has one). */
  key: string;
  /** A Relay connection's edge type (it holds `edges { node }`); none for a plain list of entities. */
  edgeType: string | undefined;
  /** Whether the list shows this entity; by default, every one of its type. */
  shows?: (entity: Entity, meId: string | undefined) => boolean;
  /** Where the entity belongs; by default first (newest-first lists). */
  order?: (a: Entity, b: Entity) => number;
  /** The query asks for at most this many. */
  limit?: number;
}

export type Lists = Partial<Record<EntityType, ListOnScreen[]>>;

/** What a list of `V` holds: a connection's nodes or the list's items (with whatever else the change carries). */
type Item<V> = (NonNullable<V> extends { edges: ReadonlyArray<{ node: infer N }> } ? N : NonNullable<V> extends ReadonlyArray<infer N> ? N : never) &
  Record<string, unknown>;

/** The Query field behind `key` in the query's operation (an alias, or the field's own name). */
function rootField(query: ListOnScreen['query'], key: string): string {
  const operation = query.definitions.find((definition): definition is OperationDefinitionNode => definition.kind === Kind.OPERATION_DEFINITION);
  const field = operation?.selectionSet.selections.find((selection): selection is FieldNode => selection.kind === Kind.FIELD && (selection.alias ?? selection.name).value === key);
  if (!field) throw new Error(`The query has no field ${key}`);
  return field.name.value;
}

/** `key` of `query` as a list on screen. */
export function list<D extends object, K extends keyof D & string>(
  query: TypedDocumentNode<D, Record<string, never>>,
  key: K,
  extra: {
    shows?: (entity: Item<D[K]>, meId: string | undefined) => boolean;
    order?: (a: Item<D[K]>, b: Item<D[K]>) => number;
    limit?: number;
  } = {},
): ListOnScreen {
  return { query, key, edgeType: edgeTypeOf('Query', rootField(query, key)), ...(extra as Pick<ListOnScreen, 'shows' | 'order' | 'limit'>) };
}

/** Every page's lists, per entity type. */
export function composeLists(...features: Lists[]): Lists {
  const all: Lists = {};
  for (const lists of features) {
    for (const [type, shown] of Object.entries(lists) as Array<[EntityType, ListOnScreen[]]>) all[type] = [...(all[type] ?? []), ...shown];
  }
  return all;
}
