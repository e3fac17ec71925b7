import { randomUUID } from 'node:crypto';
import type { Transaction } from 'kysely';
import { z } from 'zod';
import { commitWithChanges, type Emit, type WriteParts } from '../../changes/commit.js';
import type { Viewer } from '../../viewer.js';
import type { Dialect, Executor } from '../../db/database.js';
import type { PageRequest } from '../../db/pagination.js';
import type { CommentRow, PostRow } from './table.js';
import type { DB } from '../../db/tables.js';
import { Forbidden, NotFound } from '../../errors.js';
import { parseInput } from '../../validation.js';
import { findUser } from '../accounts/service.js';
import { acceptedConnectionIds, areConnected } from '../connections/graph.js';
import { notify } from '../notifications/service.js';
import * as repo from './repo.js';
import { declareEntity } from '../../entities.js';

export const POST_MAX = 5000;
export const COMMENT_MAX = 2000;
const text = (max: number) => z.string().trim().min(1, 'must not be empty').max(max, `must be at most ${max} characters`);

/** Who may read a post, its comments and their changes: its author and the author's accepted connections. */
export async function postAudience(db: Executor, authorId: string): Promise<string[]> {
  return [authorId, ...(await acceptedConnectionIds(db, authorId))];
}

export async function canReadPost(db: Executor, post: Pick<PostRow, 'author_id'>, viewerId: string): Promise<boolean> {
  return areConnected(db, post.author_id, viewerId);
}

/** The post as `find` reads it (unlocked by default), if the viewer may read it. */
async function readablePost(db: Executor, viewer: Viewer, id: string, field = 'id', find = (postId: string) => repo.findPost(db, postId)): Promise<PostRow> {
  const post = await find(id);
  // A post you may not read is reported missing, so ids reveal nothing.
  if (!post || !(await canReadPost(db, post, viewer.id))) throw new NotFound('Post', id, field === 'id' ? undefined : field);
  return post;
}

function emitPost(emit: Emit, op: 'CREATED' | 'UPDATED' | 'DELETED', post: Pick<PostRow, 'id' | 'version'>, audience: string[]): void {
  emit({ topic: 'POST', op, entityId: post.id, version: post.version, audience });
}

function emitComment(emit: Emit, op: 'CREATED' | 'DELETED', comment: Pick<CommentRow, 'id' | 'version'>, audience: string[]): void {
  emit({ topic: 'COMMENT', op, entityId: comment.id, version: comment.version, audience });
}

export async function feed(services: WriteParts, viewer: Viewer, page: PageRequest): Promise<PostRow[]> {
  const db = services.database.db;
  return repo.postsBy(db, [viewer.id, ...(await acceptedConnectionIds(db, viewer.id))], page);
}

export function getPost(services: WriteParts, viewer: Viewer, id: string) {
  return readablePost(services.database.db, viewer, id);
}

export function loadPost(services: WriteParts, id: string) {
  return repo.findPost(services.database.db, id);
}

export function loadComment(services: WriteParts, id: string) {
  return repo.findComment(services.database.db, id);
}

export function commentsOf(services: WriteParts, postId: string) {
  return repo.commentsOf(services.database.db, postId);
}

export async function createPost(services: WriteParts, viewer: Viewer, rawBody: unknown): Promise<PostRow> {
  const body = parseInput(text(POST_MAX), rawBody, 'body');
  return commitWithChanges(services, async (trx, emit) => {
    const now = new Date().toISOString();
    const row: PostRow = { id: randomUUID(), author_id: viewer.id, body, created_at: now, updated_at: now, version: 1 };
    await repo.insertPost(trx, row);
    emitPost(emit, 'CREATED', row, await postAudience(trx, viewer.id));
    return row;
  });
}

/** The viewer's own post, locked until the write commits, so two edits from two tabs run in turn. */
async function ownPost(dialect: Dialect, trx: Transaction<DB>, viewer: Viewer, id: string): Promise<PostRow> {
  const post = await readablePost(trx, viewer, id, 'id', (postId) => repo.findPostToWrite(dialect, trx, postId));
  if (post.author_id !== viewer.id) throw new Forbidden('Only its author can change a post');
  return post;
}

export async function updatePost(services: WriteParts, viewer: Viewer, id: string, rawBody: unknown): Promise<PostRow> {
  const body = parseInput(text(POST_MAX), rawBody, 'body');
  return commitWithChanges(services, async (trx, emit) => {
    const current = await ownPost(services.database.dialect, trx, viewer, id);
    const row: PostRow = { ...current, body, updated_at: new Date().toISOString(), version: current.version + 1 };
    await repo.updatePost(trx, row);
    emitPost(emit, 'UPDATED', row, await postAudience(trx, viewer.id));
    return row;
  });
}

export async function deletePost(services: WriteParts, viewer: Viewer, id: string): Promise<string> {
  return commitWithChanges(services, async (trx, emit) => {
    const current = await ownPost(services.database.dialect, trx, viewer, id);
    const audience = await postAudience(trx, viewer.id);
    for (const comment of await repo.commentsOf(trx, id)) emitComment(emit, 'DELETED', { ...comment, version: comment.version + 1 }, audience);
    await repo.deletePost(trx, id);
    emitPost(emit, 'DELETED', { id, version: current.version + 1 }, audience);
    return id;
  });
}

export async function addComment(services: WriteParts, viewer: Viewer, postId: string, rawBody: unknown): Promise<CommentRow> {
  const body = parseInput(text(COMMENT_MAX), rawBody, 'body');
  return commitWithChanges(services, async (trx, emit) => {
    const post = await readablePost(trx, viewer, postId, 'postId');
    const row: CommentRow = { id: randomUUID(), post_id: postId, author_id: viewer.id, body, created_at: new Date().toISOString(), version: 1 };
    await repo.insertComment(trx, row);
    const postVersion = await repo.bumpPost(trx, postId);
    const audience = await postAudience(trx, post.author_id);
    emitComment(emit, 'CREATED', row, audience);
    emitPost(emit, 'UPDATED', { id: postId, version: postVersion }, audience);
    if (post.author_id !== viewer.id) {
      const author = await findUser(trx, viewer.id);
      await notify(trx, emit, {
        userId: post.author_id,
        kind: 'NEW_COMMENT',
        title: `${author?.display_name ?? 'Someone'} commented on your post`,
        body: body.length > 140 ? `${body.slice(0, 139)}…` : body,
        entityType: 'Post',
        entityId: postId,
      });
    }
    return row;
  });
}

/** Its author or the post's author may delete a comment. */
export async function deleteComment(services: WriteParts, viewer: Viewer, id: string): Promise<string> {
  return commitWithChanges(services, async (trx, emit) => {
    const comment = await repo.findComment(trx, id);
    // The post locked before its comment is deleted: deletePost takes them in that order too.
    const post = comment ? await repo.findPostToWrite(services.database.dialect, trx, comment.post_id) : undefined;
    if (!comment || !post || !(await canReadPost(trx, post, viewer.id))) throw new NotFound('Comment', id);
    if (comment.author_id !== viewer.id && post.author_id !== viewer.id) {
      throw new Forbidden("Only the comment's author or the post's author can delete it");
    }
    // Of two deletes at once, the one that finds no row left reports it gone.
    if (!(await repo.deleteComment(trx, id))) throw new NotFound('Comment', id);
    const postVersion = await repo.bumpPost(trx, post.id);
    const audience = await postAudience(trx, post.author_id);
    emitComment(emit, 'DELETED', { id, version: comment.version + 1 }, audience);
    emitPost(emit, 'UPDATED', { id: post.id, version: postVersion }, audience);
    return id;
  });
}

/** How many of each party's newest posts a new (or removed) connection is told about; older ones page in. */
const VISIBILITY_ANNOUNCED_POSTS = 200;

/**
 * A connection accepted or removed changes who may read each party's posts. Each party is sent the
 * other's newest posts as CREATED (now in your feed) or DELETED (gone from it), to them alone.
 */
export async function announcePostVisibility(trx: Transaction<DB>, emit: Emit, a: string, b: string, op: 'CREATED' | 'DELETED'): Promise<void> {
  for (const [author, reader] of [
    [a, b],
    [b, a],
  ] as const) {
    for (const post of await repo.recentPostIds(trx, author, VISIBILITY_ANNOUNCED_POSTS)) emitPost(emit, op, post, [reader]);
  }
}

export const POST = declareEntity({ typeName: 'Post', table: 'posts', load: loadPost });
export const COMMENT = declareEntity({ typeName: 'Comment', table: 'comments', load: loadComment });
