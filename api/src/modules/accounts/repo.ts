import type { Executor } from '../../db/database.js';
import type { SessionRow, UserRow } from '../../db/tables.js';

export async function findUserById(db: Executor, id: string): Promise<UserRow | undefined> {
  return db.selectFrom('users').selectAll().where('id', '=', id).executeTakeFirst();
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

export async function insertSession(db: Executor, session: SessionRow): Promise<void> {
  await db.insertInto('sessions').values(session).execute();
}

/** A session neither revoked nor expired, found by its token's hash or by its id. */
export async function findLiveSession(
  db: Executor,
  by: { tokenHash: string } | { id: string },
  now: string,
): Promise<(SessionRow & { role: UserRow['role'] }) | undefined> {
  const [column, value] = 'tokenHash' in by ? (['sessions.token_hash', by.tokenHash] as const) : (['sessions.id', by.id] as const);
  return db
    .selectFrom('sessions')
    .innerJoin('users', 'users.id', 'sessions.user_id')
    .selectAll('sessions')
    .select('users.role')
    .where(column, '=', value)
    .where('sessions.revoked_at', 'is', null)
    .where('sessions.expires_at', '>', now)
    .executeTakeFirst();
}

export async function revokeSession(db: Executor, sessionId: string, now: string): Promise<void> {
  await db.updateTable('sessions').set({ revoked_at: now }).where('id', '=', sessionId).execute();
}

/** People to find and connect to: by display name or email prefix, alphabetically. */
export async function searchUsers(db: Executor, search: string | undefined, limit: number): Promise<UserRow[]> {
  const pattern = search ? `%${search.toLowerCase().replace(/[%_\\]/g, '')}%` : undefined;
  return db
    .selectFrom('users')
    .selectAll()
    .$if(pattern !== undefined, (qb) =>
      qb.where((eb) => eb.or([eb(eb.fn('lower', ['display_name']), 'like', pattern!), eb(eb.fn('lower', ['email']), 'like', pattern!)])),
    )
    .orderBy('display_name')
    .orderBy('id')
    .limit(limit)
    .execute();
}
