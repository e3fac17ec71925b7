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

export function decodeKey(cursor: string | null | undefined, argument: string): Key | undefined {
  if (cursor === null || cursor === undefined) return undefined;
  try {
    const [at, id] = JSON.parse(Buffer.from(cursor, 'base64url').toString()) as unknown[];
    if (typeof at === 'string' && (typeof id === 'string' || typeof id === 'number')) return { at, id: String(id) };
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
