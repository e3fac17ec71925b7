import type { WriteParts } from '../../changes/commit.js';
import { countUnreadMessages } from '../chats/service.js';
import { countIncomingRequests } from '../connections/graph.js';
import { countUnreadNotifications } from '../notifications/service.js';
import { declareEntity } from '../../entities.js';

export interface Counts {
  userId: string;
  unreadMessages: number;
  unreadNotifications: number;
  incomingConnectionRequests: number;
}

/** A user's counters, each asked of the module that owns it. */
export async function getCounts(services: WriteParts, userId: string): Promise<Counts> {
  const db = services.database.db;
  const [unreadMessages, unreadNotifications, incomingConnectionRequests] = await Promise.all([
    countUnreadMessages(db, userId),
    countUnreadNotifications(db, userId),
    countIncomingRequests(db, userId),
  ]);
  return { userId, unreadMessages, unreadNotifications, incomingConnectionRequests };
}

export const COUNTS = declareEntity({ typeName: 'Counts', load: getCounts });
