import { Kind, visit, type DocumentNode, type ValueNode } from 'graphql';
import { z } from 'zod';
import { InvalidInput } from './errors.js';

function fieldPath(root: string, path: readonly PropertyKey[]): string {
  return path.reduce<string>(
    (name, key) => (typeof key === 'number' ? `${name}[${key}]` : `${name}.${String(key)}`),
    root,
  );
}

/** GraphQL sends omitted nullable fields as null; inputs treat null as "not given" so defaults apply. */
function omitNulls(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(omitNulls);
  if (value && typeof value === 'object') {
    return Object.fromEntries(
      Object.entries(value)
        .filter(([, field]) => field !== null)
        .map(([key, field]) => [key, omitNulls(field)]),
    );
  }
  return value;
}

/** Parses with a zod schema; the first problem becomes BAD_USER_INPUT naming the field, e.g. `input.rules[2].pattern`. */
export function parseInput<S extends z.ZodType>(schema: S, value: unknown, root = 'input'): z.output<S> {
  const result = schema.safeParse(omitNulls(value));
  if (result.success) return result.data;
  const issue = result.error.issues[0]!;
  throw new InvalidInput(fieldPath(root, issue.path), issue.message);
}

/**
 * Control characters (NUL, line breaks) and bidirectional overrides have no place in a name: they
 * hide or reorder what a reader sees ("gpj.exe" shown as "exe.jpg").
 */
// eslint-disable-next-line no-control-regex -- finding control characters is the point
const HIDDEN_CHARACTERS = /[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/;

/** A one-line label shown to people: trimmed, 1 to `max` characters, nothing hidden. */
export const singleLine = (max: number) =>
  z
    .string()
    .trim()
    .min(1, 'must not be empty')
    .max(max, `must be at most ${max} characters`)
    .refine((value) => !HIDDEN_CHARACTERS.test(value), 'must not contain control characters or bidirectional overrides');

/** The name of a console entity (persona, keyword set, proxy, pool, campaign). */
export const entityName = singleLine(120);

export const NUL_REFUSAL = 'must not contain the NUL character (U+0000)';

/** Where the first string, in the variables or written in the document, that holds U+0000 is: a variable's path or an argument's. */
export function findNulCharacter(document: DocumentNode, variables: unknown): string | undefined {
  return nulInValue(variables ?? {}, '') ?? nulInParsed(document);
}

/** Parsed documents are shared (Yoga's parse cache): each is looked through once, not once per operation. */
const documentsLookedAt = new WeakMap<DocumentNode, string | null>();
function nulInParsed(document: DocumentNode): string | undefined {
  let found = documentsLookedAt.get(document);
  if (found === undefined) documentsLookedAt.set(document, (found = nulInDocument(document) ?? null));
  return found ?? undefined;
}

/** BAD_USER_INPUT naming that place, or undefined. */
export function nulCharacterError(document: DocumentNode, variables: unknown): InvalidInput | undefined {
  const where = findNulCharacter(document, variables);
  return where === undefined ? undefined : new InvalidInput(where, NUL_REFUSAL);
}

/** The path (`input.rules[2].pattern`) of the first string in a JSON value that holds U+0000. */
function nulInValue(value: unknown, path: string): string | undefined {
  if (typeof value === 'string') return value.includes('\0') ? path : undefined;
  if (Array.isArray(value)) {
    for (const [index, item] of value.entries()) {
      const found = nulInValue(item, `${path}[${index}]`);
      if (found !== undefined) return found;
    }
  } else if (value && typeof value === 'object') {
    for (const [key, item] of Object.entries(value)) {
      const found = nulInValue(item, path ? `${path}.${key}` : key);
      if (found !== undefined) return found;
    }
  }
  return undefined;
}

/** The same for the literals written in the document: an argument's, named by the argument, or a variable's default, by the variable. */
function nulInDocument(document: DocumentNode): string | undefined {
  let found: string | undefined;
  const inLiteral = (node: ValueNode, path: string): string | undefined => {
    if (node.kind === Kind.STRING) return node.value.includes('\0') ? path : undefined;
    if (node.kind === Kind.LIST) return node.values.map((item, index) => inLiteral(item, `${path}[${index}]`)).find((hit) => hit !== undefined);
    if (node.kind === Kind.OBJECT) return node.fields.map((field) => inLiteral(field.value, `${path}.${field.name.value}`)).find((hit) => hit !== undefined);
    return undefined;
  };
  visit(document, {
    VariableDefinition(definition) {
      if (definition.defaultValue) found ??= inLiteral(definition.defaultValue, definition.variable.name.value);
      return false;
    },
    Argument(argument) {
      found ??= inLiteral(argument.value, argument.name.value);
      return false;
    },
  });
  return found;
}
