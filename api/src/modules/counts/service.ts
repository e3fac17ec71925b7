import type { Emit, Writer } from '../../changes/commit.js';
import { countUnreadMessages } from '../chats/repo.js';
import { countIncoming } from '../connections/repo.js';
import { countUnread } from '../notifications/repo.js';

export interface Counts {
  userId: string;
  unreadMessages: number;
  unreadNotifications: number;
  incomingConnectionRequests: number;
}

/**
 * Called inside every write that may move a user's counters (a message, a read, a notification,
 * a request), so `me.counts` is pushed as a CountsChange to that user alone instead of re-polled.
 */
export function touchCounts(emit: Emit, userIds: Iterable<string>): void {
  for (const userId of new Set(userIds)) {
    emit({ topic: 'COUNTS', op: 'UPDATED', entityId: userId, audience: [userId] });
  }
}

export async function getCounts(services: Writer, userId: string): Promise<Counts> {
  const db = services.database.db;
  const [unreadMessages, unreadNotifications, incomingConnectionRequests] = await Promise.all([
    countUnreadMessages(db, userId),
    countUnread(db, userId),
    countIncoming(db, userId),
  ]);
  return { userId, unreadMessages, unreadNotifications, incomingConnectionRequests };
}
