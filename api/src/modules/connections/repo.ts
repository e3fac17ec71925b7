import type { Transaction } from 'kysely';
import { rowToWrite, type Dialect, type Executor } from '../../db/database.js';
import type { DB } from '../../db/tables.js';
import type { ConnectionRow } from './table.js';

export const pairKey = (a: string, b: string) => (a < b ? `${a}:${b}` : `${b}:${a}`);

/** The connection an accept, decline, cancel or removal starts from, locked until it commits (`rowToWrite`). */
export function findConnectionToWrite(dialect: Dialect, trx: Transaction<DB>, id: string): Promise<ConnectionRow | undefined> {
  return rowToWrite<ConnectionRow>(dialect, trx, 'connections', id);
}

export async function findConnection(db: Executor, id: string): Promise<ConnectionRow | undefined> {
  return db.selectFrom('connections').selectAll().where('id', '=', id).executeTakeFirst();
}

export async function findByPair(db: Executor, a: string, b: string): Promise<ConnectionRow | undefined> {
  return db.selectFrom('connections').selectAll().where('pair_key', '=', pairKey(a, b)).executeTakeFirst();
}

export async function insertConnection(db: Executor, row: ConnectionRow): Promise<void> {
  await db.insertInto('connections').values(row).execute();
}

export async function updateConnection(db: Executor, row: ConnectionRow): Promise<void> {
  const { id, ...fields } = row;
  await db.updateTable('connections').set(fields).where('id', '=', id).execute();
}

export async function deleteConnection(db: Executor, id: string): Promise<void> {
  await db.deleteFrom('connections').where('id', '=', id).execute();
}

export async function listConnections(
  db: Executor,
  userId: string,
  filter: { status?: ConnectionRow['status']; direction: 'incoming' | 'outgoing' | 'either' },
): Promise<ConnectionRow[]> {
  return db
    .selectFrom('connections')
    .selectAll()
    .where((eb) =>
      filter.direction === 'incoming'
        ? eb('addressee_id', '=', userId)
        : filter.direction === 'outgoing'
          ? eb('requester_id', '=', userId)
          : eb.or([eb('addressee_id', '=', userId), eb('requester_id', '=', userId)]),
    )
    .$if(filter.status !== undefined, (qb) => qb.where('status', '=', filter.status!))
    .orderBy('created_at', 'desc')
    .orderBy('id', 'desc')
    .execute();
}

/** The users with an ACCEPTED connection to `userId`. */
export async function acceptedConnectionIds(db: Executor, userId: string): Promise<string[]> {
  const rows = await db
    .selectFrom('connections')
    .select(['requester_id', 'addressee_id'])
    .where('status', '=', 'ACCEPTED')
    .where((eb) => eb.or([eb('addressee_id', '=', userId), eb('requester_id', '=', userId)]))
    .execute();
  return rows.map((row) => (row.requester_id === userId ? row.addressee_id : row.requester_id));
}

export async function areConnected(db: Executor, a: string, b: string): Promise<boolean> {
  const row = await db
    .selectFrom('connections')
    .select('id')
    .where('pair_key', '=', pairKey(a, b))
    .where('status', '=', 'ACCEPTED')
    .executeTakeFirst();
  return row !== undefined;
}

export async function countIncoming(db: Executor, userId: string): Promise<number> {
  const { count } = await db
    .selectFrom('connections')
    .select((eb) => eb.fn.countAll<number>().as('count'))
    .where('addressee_id', '=', userId)
    .where('status', '=', 'PENDING')
    .executeTakeFirstOrThrow();
  return Number(count);
}
