import { sql } from 'kysely';
import type { Executor } from '../../db/database.js';
import type { PageRequest } from '../../db/pagination.js';
import { newestFirst } from '../../db/pagination.js';
import type { Role, SessionRow, UserRow } from './table.js';

export async function findUserById(db: Executor, id: string): Promise<UserRow | undefined> {
  return db.selectFrom('users').selectAll().where('id', '=', id).executeTakeFirst();
}

/** Who these people are now, for what decides their access: role (with the row version that orders it) and removal. */
export async function findAccessStates(db: Executor, ids: readonly string[]): Promise<Array<Pick<UserRow, 'id' | 'role' | 'version' | 'removed_at'>>> {
  if (ids.length === 0) return [];
  return db.selectFrom('users').select(['id', 'role', 'version', 'removed_at']).where('id', 'in', [...new Set(ids)]).execute();
}

export async function findUserByEmail(db: Executor, email: string): Promise<UserRow | undefined> {
  return db.selectFrom('users').selectAll().where('email', '=', email).executeTakeFirst();
}

export async function countUsers(db: Executor): Promise<number> {
  const { count } = await db
    .selectFrom('users')
    .select((eb) => eb.fn.countAll<number>().as('count'))
    .executeTakeFirstOrThrow();
  return Number(count);
}

export async function insertUser(db: Executor, user: UserRow): Promise<void> {
  await db.insertInto('users').values(user).execute();
}

/** Writes the row as given (role, removal, a returning member's new password) when its version is still `expectedVersion`. */
export async function updateUserIfVersion(db: Executor, user: UserRow, expectedVersion: number): Promise<boolean> {
  const result = await db
    .updateTable('users')
    .set({
      password_hash: user.password_hash,
      display_name: user.display_name,
      role: user.role,
      removed_at: user.removed_at,
      updated_at: user.updated_at,
      version: user.version,
    })
    .where('id', '=', user.id)
    .where('version', '=', expectedVersion)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

/** Members (not removed), newest first. */
export function listMembers(db: Executor, page: PageRequest): Promise<UserRow[]> {
  return newestFirst(db.selectFrom('users').selectAll().where('removed_at', 'is', null), page, 'created_at', 'id').execute();
}

export async function memberIdsWithRole(db: Executor, role: Role): Promise<string[]> {
  const rows = await db.selectFrom('users').select('id').where('role', '=', role).where('removed_at', 'is', null).execute();
  return rows.map((row) => row.id);
}

/**
 * Takes the row locks of every ADMIN until the transaction ends (a write that changes nothing), so
 * two concurrent demotions or removals on PostgreSQL cannot each count the other as the last ADMIN.
 */
export async function lockAdmins(db: Executor): Promise<void> {
  await db
    .updateTable('users')
    .set((eb) => ({ version: eb.ref('version') }))
    .where('role', '=', 'ADMIN')
    .where('removed_at', 'is', null)
    .execute();
}

/** Holds off every other insert into users (and every other holder of this lock) until the transaction ends. */
export async function lockUsersAgainstInserts(trx: Executor): Promise<void> {
  await sql`lock table users in share row exclusive mode`.execute(trx);
}

/** Revokes every live session of a user; returns their ids, so their streams can be ended. */
export async function revokeSessionsOf(db: Executor, userId: string, now: string): Promise<string[]> {
  const live = await db
    .selectFrom('sessions')
    .select('id')
    .where('user_id', '=', userId)
    .where('revoked_at', 'is', null)
    .where('expires_at', '>', now)
    .execute();
  const ids = live.map((session) => session.id);
  if (ids.length > 0) await db.updateTable('sessions').set({ revoked_at: now }).where('id', 'in', ids).execute();
  return ids;
}

export async function insertSession(db: Executor, session: SessionRow): Promise<void> {
  await db.insertInto('sessions').values(session).execute();
}

/**
 * A session neither revoked nor expired, of a member not removed, found by its token's hash or by
 * its id; with its person's role and row version (which orders role changes, accounts/sessions.ts).
 */
export async function findLiveSession(
  db: Executor,
  by: { tokenHash: string } | { id: string },
  now: string,
): Promise<(SessionRow & { role: UserRow['role']; user_version: number }) | undefined> {
  const [column, value] = 'tokenHash' in by ? (['sessions.token_hash', by.tokenHash] as const) : (['sessions.id', by.id] as const);
  return db
    .selectFrom('sessions')
    .innerJoin('users', 'users.id', 'sessions.user_id')
    .selectAll('sessions')
    .select(['users.role', 'users.version as user_version'])
    .where(column, '=', value)
    .where('sessions.revoked_at', 'is', null)
    .where('sessions.expires_at', '>', now)
    .where('users.removed_at', 'is', null)
    .executeTakeFirst();
}

export async function revokeSession(db: Executor, sessionId: string, now: string): Promise<void> {
  await db.updateTable('sessions').set({ revoked_at: now }).where('id', '=', sessionId).execute();
}

/** People to find and connect to, alphabetically: display names containing `search`, and emails containing it or equal to it. */
export async function searchUsers(db: Executor, search: string | undefined, emails: 'containing' | 'equal', limit: number): Promise<UserRow[]> {
  const lower = search?.toLowerCase();
  const pattern = lower && `%${lower.replace(/[%_\\]/g, '')}%`;
  return db
    .selectFrom('users')
    .selectAll()
    .where('removed_at', 'is', null)
    .$if(pattern !== undefined, (qb) =>
      qb.where((eb) =>
        eb.or([
          eb(eb.fn('lower', ['display_name']), 'like', pattern!),
          emails === 'containing' ? eb(eb.fn('lower', ['email']), 'like', pattern!) : eb(eb.fn('lower', ['email']), '=', lower!),
        ]),
      ),
    )
    .orderBy('display_name')
    .orderBy('id')
    .limit(limit)
    .execute();
}
