import { Conflict } from '../errors.js';

/** Console entities whose names are unique per kind (case-insensitive), so every picker is unambiguous. */
export const UNIQUELY_NAMED = {
  personas: 'persona',
  keyword_sets: 'keyword set',
  proxies: 'proxy',
  proxy_pools: 'proxy pool',
  campaigns: 'campaign',
} as const;

export type UniquelyNamedTable = keyof typeof UNIQUELY_NAMED;

export const uniqueNameIndex = (table: UniquelyNamedTable) => `${table}_name_unique`;

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
  const table = (Object.keys(UNIQUELY_NAMED) as UniquelyNamedTable[]).find((candidate) => uniqueNameIndex(candidate) === index);
  if (!table) return undefined;
  return new Conflict(`input.name: another ${UNIQUELY_NAMED[table]} already has this name; choose another`, { field: 'input.name' });
}
