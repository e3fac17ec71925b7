import type { IntrospectionEnumType, IntrospectionObjectType, IntrospectionType, IntrospectionTypeRef } from 'graphql';
import introspection from '../gql/introspection';

/**
 * What the web app reads of the generated schema (gql/introspection.ts, from schema.graphql) instead
 * of retyping it: an enum's values, the type behind a field, the types graphcache stores inside their
 * parent. A name the schema renames or adds reaches the app with `npm run codegen`, not by hand.
 */

const { __schema: schema } = introspection;
const types = new Map<string, IntrospectionType>(schema.types.map((type) => [type.name, type]));

function typeNamed(name: string): IntrospectionType {
  const type = types.get(name);
  if (!type) throw new Error(`The schema has no type ${name}`);
  return type;
}

function objectType(name: string): IntrospectionObjectType {
  const type = typeNamed(name);
  if (type.kind !== 'OBJECT') throw new Error(`${name} is not an object type`);
  return type;
}

/** The named type under NON_NULL and LIST. */
function named(ref: IntrospectionTypeRef): string {
  return 'ofType' in ref && ref.ofType ? named(ref.ofType) : (ref as { name: string }).name;
}

/** The name of the type `typeName.field` holds (lists and non-null taken off). */
export function fieldType(typeName: string, field: string): string {
  const found = objectType(typeName).fields.find((candidate) => candidate.name === field);
  if (!found) throw new Error(`${typeName} has no field ${field}`);
  return named(found.type);
}

export function hasField(typeName: string, field: string): boolean {
  const type = typeNamed(typeName);
  return type.kind === 'OBJECT' && type.fields.some((candidate) => candidate.name === field);
}

/** A Relay connection's edge type (`Query.personas` -> `QueryPersonasConnectionEdge`), or undefined for a plain list. */
export function edgeTypeOf(typeName: string, field: string): string | undefined {
  const holder = fieldType(typeName, field);
  return hasField(holder, 'edges') ? fieldType(holder, 'edges') : undefined;
}

/** An enum's values in the schema's order; `T` is codegen's union for it (`ChangeTopic`). */
export function enumValues<T extends string>(name: string): T[] {
  const type = typeNamed(name);
  if (type.kind !== 'ENUM') throw new Error(`${name} is not an enum`);
  return (type as IntrospectionEnumType).enumValues.map((value) => value.name as T);
}

/**
 * The object types without an `id` (edges, connections, settings blocks, change envelopes): graphcache
 * stores them inside their parent. The root types are graphcache's own.
 */
export function embeddedTypes(): string[] {
  const roots = new Set([schema.queryType?.name, schema.mutationType?.name, schema.subscriptionType?.name]);
  return schema.types
    .filter((type): type is IntrospectionObjectType => type.kind === 'OBJECT' && !roots.has(type.name))
    .filter((type) => !type.fields.some((field) => field.name === 'id'))
    .map((type) => type.name);
}
