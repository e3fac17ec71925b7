import type { z } from 'zod';
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
