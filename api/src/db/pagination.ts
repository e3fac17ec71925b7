import { sql, type SelectQueryBuilder } from 'kysely';
import { InvalidInput } from '../errors.js';

/** Position of a row in a newest-first list: its timestamp, then its id to break ties. */
export interface Key {
  at: string;
  id: string;
}

export interface PageRequest {
  after?: Key;
  before?: Key;
  limit: number;
  /** true when paging backwards (`last`/`before`): read oldest-first, the helper reverses. */
  inverted: boolean;
}

export const encodeKey = (key: Key): string => Buffer.from(JSON.stringify([key.at, key.id])).toString('base64url');

/** What a list's row ids look like: UUIDs (any text, here), or the row numbers of numbered tables. */
export type IdKind = 'text' | 'number';

// A timestamp as the lists store them, and ids as each kind has them: what a cursor of ours can hold.
// Anything else (a NUL, a number that is not one) would reach the database and fail there, not here.
const TIMESTAMP = /^\d{4}-\d{2}-\d{2}T[\d:.]+Z$/;
const ID: Record<IdKind, RegExp> = { text: /^[\w-]{1,100}$/, number: /^\d{1,15}$/ };

export function decodeKey(cursor: string | null | undefined, argument: string, idKind: IdKind = 'text'): Key | undefined {
  if (cursor === null || cursor === undefined) return undefined;
  try {
    const [at, id] = JSON.parse(Buffer.from(cursor, 'base64url').toString()) as unknown[];
    const key = typeof at === 'string' && (typeof id === 'string' || typeof id === 'number') ? { at, id: String(id) } : undefined;
    if (key && TIMESTAMP.test(key.at) && ID[idKind].test(key.id)) return key;
  } catch {
    // fall through to the error a client can act on
  }
  throw new InvalidInput(argument, 'is not a cursor returned by this list');
}

/** Keyset pagination, newest first, over (atColumn, idColumn). */
export function newestFirst<QB extends SelectQueryBuilder<any, any, any>>(
  qb: QB,
  page: PageRequest,
  atColumn: string,
  idColumn: string,
): QB {
  const at = sql.ref(atColumn);
  const id = sql.ref(idColumn);
  let query = qb as SelectQueryBuilder<any, any, any>;
  if (page.after) {
    const { at: a, id: i } = page.after;
    query = query.where(sql<boolean>`(${at} < ${a} or (${at} = ${a} and ${id} < ${i}))`);
  }
  if (page.before) {
    const { at: a, id: i } = page.before;
    query = query.where(sql<boolean>`(${at} > ${a} or (${at} = ${a} and ${id} > ${i}))`);
  }
  const direction = page.inverted ? 'asc' : 'desc';
  return query.orderBy(sql.ref(atColumn), direction).orderBy(sql.ref(idColumn), direction).limit(page.limit) as QB;
}
