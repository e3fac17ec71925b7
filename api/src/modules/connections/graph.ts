import type { Executor } from '../../db/database.js';
import * as repo from './repo.js';

/**
 * Who is connected to whom: what other modules ask of connections (chats, the feed, presence),
 * read on `db`, which is the caller's transaction when it has one.
 */

export { pairKey } from './repo.js';

/** Whether two users are connected; a user always is to themself. */
export function areConnected(db: Executor, a: string, b: string): Promise<boolean> {
  return a === b ? Promise.resolve(true) : repo.areConnected(db, a, b);
}

export function acceptedConnectionIds(db: Executor, userId: string): Promise<string[]> {
  return repo.acceptedConnectionIds(db, userId);
}

export function countIncomingRequests(db: Executor, userId: string): Promise<number> {
  return repo.countIncoming(db, userId);
}
