import type { Executor } from '../../db/database.js';
import { newestFirst, type PageRequest } from '../../db/pagination.js';
import type { ActivityRow } from './table.js';

export async function insertActivity(db: Executor, entry: Omit<ActivityRow, 'id'>): Promise<number> {
  const { id } = await db.insertInto('activities').values(entry).returning('id').executeTakeFirstOrThrow();
  return Number(id);
}

export async function findActivity(db: Executor, id: number): Promise<ActivityRow | undefined> {
  return db.selectFrom('activities').selectAll().where('id', '=', id).executeTakeFirst();
}

export async function listActivity(db: Executor, page: PageRequest): Promise<ActivityRow[]> {
  return newestFirst(db.selectFrom('activities').selectAll(), page, 'at', 'id').execute();
}
