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
