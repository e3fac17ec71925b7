import { Conflict } from '../errors.js';

/** The unique index on `lower(name)` a uniquely named entity's table has (its declaration says so, entities.ts). */
export const uniqueNameIndex = (table: string) => `${table}_name_unique`;

/** Each uniquely named entity's index, with the entity in words for the CONFLICT message. */
const entityWordsByIndex = new Map<string, string>();

export function registerUniqueName(table: string, entityWords: string): void {
  entityWordsByIndex.set(uniqueNameIndex(table), entityWords);
}

/** The index a unique violation names, from better-sqlite3's message or PostgreSQL's `constraint`. */
function violatedIndex(error: unknown): string | undefined {
  if (!error || typeof error !== 'object') return undefined;
  const { code, constraint, message } = error as { code?: string; constraint?: string; message?: string };
  if (code === '23505') return constraint;
  if (code === 'SQLITE_CONSTRAINT_UNIQUE') return /index '([^']+)'/.exec(message ?? '')?.[1];
  return undefined;
}

/**
 * A write that gave a console entity a name its kind already uses: CONFLICT naming `input.name`.
 * The unique index decides, so two concurrent writes cannot both win.
 */
export function nameConflict(error: unknown): Conflict | undefined {
  const index = violatedIndex(error);
  const entityWords = index === undefined ? undefined : entityWordsByIndex.get(index);
  if (!entityWords) return undefined;
  return new Conflict(`input.name: another ${entityWords} already has this name; choose another`, { field: 'input.name' });
}
