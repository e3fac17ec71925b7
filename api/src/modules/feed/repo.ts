import type { Transaction } from 'kysely';
import { rowToWrite, type Dialect, type Executor } from '../../db/database.js';
import type { DB } from '../../db/tables.js';
import { newestFirst, type PageRequest } from '../../db/pagination.js';
import type { CommentRow, PostRow } from './table.js';

/** The post an edit or delete starts from, locked until it commits (`rowToWrite`). */
export function findPostToWrite(dialect: Dialect, trx: Transaction<DB>, id: string): Promise<PostRow | undefined> {
  return rowToWrite<PostRow>(dialect, trx, 'posts', id);
}

export async function findPost(db: Executor, id: string): Promise<PostRow | undefined> {
  return db.selectFrom('posts').selectAll().where('id', '=', id).executeTakeFirst();
}

export async function postsBy(db: Executor, authorIds: string[], page: PageRequest): Promise<PostRow[]> {
  return newestFirst(db.selectFrom('posts').selectAll().where('author_id', 'in', authorIds), page, 'created_at', 'id').execute();
}

export async function insertPost(db: Executor, row: PostRow): Promise<void> {
  await db.insertInto('posts').values(row).execute();
}

export async function updatePost(db: Executor, row: PostRow): Promise<void> {
  const { id, ...fields } = row;
  await db.updateTable('posts').set(fields).where('id', '=', id).execute();
}

/** Moves the post's version on (its comments changed); returns the version it moved to, which concurrent bumps each see their own of. */
export async function bumpPost(db: Executor, id: string): Promise<number> {
  const row = await db.updateTable('posts').set((eb) => ({ version: eb('version', '+', 1) })).where('id', '=', id).returning('version').executeTakeFirstOrThrow();
  return Number(row.version);
}

export async function deletePost(db: Executor, id: string): Promise<void> {
  await db.deleteFrom('comments').where('post_id', '=', id).execute();
  await db.deleteFrom('posts').where('id', '=', id).execute();
}

export async function findComment(db: Executor, id: string): Promise<CommentRow | undefined> {
  return db.selectFrom('comments').selectAll().where('id', '=', id).executeTakeFirst();
}

export async function commentsOf(db: Executor, postId: string): Promise<CommentRow[]> {
  return db.selectFrom('comments').selectAll().where('post_id', '=', postId).orderBy('created_at').orderBy('id').execute();
}

export async function insertComment(db: Executor, row: CommentRow): Promise<void> {
  await db.insertInto('comments').values(row).execute();
}

/** False when the comment was already gone. */
export async function deleteComment(db: Executor, id: string): Promise<boolean> {
  const result = await db.deleteFrom('comments').where('id', '=', id).executeTakeFirst();
  return result.numDeletedRows > 0n;
}

/** The newest posts of one author (what a new connection's feed should gain or lose at once). */
export async function recentPostIds(db: Executor, authorId: string, limit: number): Promise<Array<Pick<PostRow, 'id' | 'version'>>> {
  return db.selectFrom('posts').select(['id', 'version']).where('author_id', '=', authorId).orderBy('created_at', 'desc').orderBy('id', 'desc').limit(limit).execute();
}
