import type { Executor } from '../../db/database.js';
import type { InvitationRow } from './table.js';

export async function insertInvitation(db: Executor, row: InvitationRow): Promise<void> {
  await db.insertInto('invitations').values(row).execute();
}

export function findInvitation(db: Executor, id: string): Promise<InvitationRow | undefined> {
  return db.selectFrom('invitations').selectAll().where('id', '=', id).executeTakeFirst();
}

export function findInvitationByTokenHash(db: Executor, tokenHash: string): Promise<InvitationRow | undefined> {
  return db.selectFrom('invitations').selectAll().where('token_hash', '=', tokenHash).executeTakeFirst();
}

/** Neither used, revoked nor expired at `now`; newest first. */
export function pendingInvitations(db: Executor, now: string): Promise<InvitationRow[]> {
  return db
    .selectFrom('invitations')
    .selectAll()
    .where('accepted_at', 'is', null)
    .where('revoked_at', 'is', null)
    .where('expires_at', '>', now)
    .orderBy('created_at', 'desc')
    .orderBy('id', 'desc')
    .execute();
}

/**
 * Marks the invitation used, only if it still is unused and unrevoked: of two sign-ups racing with
 * one token, the second's update waits for the first's commit and then matches nothing.
 */
export async function acceptInvitation(db: Executor, id: string, userId: string, at: string): Promise<boolean> {
  const result = await db
    .updateTable('invitations')
    .set((eb) => ({ accepted_at: at, accepted_by: userId, version: eb('version', '+', 1) }))
    .where('id', '=', id)
    .where('accepted_at', 'is', null)
    .where('revoked_at', 'is', null)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

/** Withdraws the invitation if it is still open, and returns it withdrawn; undefined when it was used or withdrawn already (perhaps by a write that raced this one). */
export async function revokeInvitation(db: Executor, id: string, at: string): Promise<InvitationRow | undefined> {
  return db
    .updateTable('invitations')
    .set((eb) => ({ revoked_at: at, version: eb('version', '+', 1) }))
    .where('id', '=', id)
    .where('accepted_at', 'is', null)
    .where('revoked_at', 'is', null)
    .returningAll()
    .executeTakeFirst();
}
