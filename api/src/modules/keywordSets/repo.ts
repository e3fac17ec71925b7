import type { Executor } from '../../db/database.js';
import { newestFirst, type PageRequest } from '../../db/pagination.js';
import type { KeywordSetRow } from './table.js';

export async function findKeywordSet(db: Executor, id: string): Promise<KeywordSetRow | undefined> {
  return db.selectFrom('keyword_sets').selectAll().where('id', '=', id).executeTakeFirst();
}

export async function listKeywordSets(db: Executor, page: PageRequest): Promise<KeywordSetRow[]> {
  return newestFirst(db.selectFrom('keyword_sets').selectAll(), page, 'created_at', 'id').execute();
}

export async function insertKeywordSet(db: Executor, row: KeywordSetRow): Promise<void> {
  await db.insertInto('keyword_sets').values(row).execute();
}

export async function updateKeywordSet(db: Executor, row: KeywordSetRow): Promise<void> {
  const { id, ...fields } = row;
  await db.updateTable('keyword_sets').set(fields).where('id', '=', id).execute();
}

export async function deleteKeywordSet(db: Executor, id: string): Promise<void> {
  await db.deleteFrom('keyword_sets').where('id', '=', id).execute();
}
