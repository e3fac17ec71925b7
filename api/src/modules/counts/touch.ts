import type { Emit } from '../../changes/commit.js';

/**
 * Called inside every write that may move a user's counters (a message, a read, a notification,
 * a request), so `me.counts` is pushed as a CountsChange to that user alone instead of re-polled.
 */
export function touchCounts(emit: Emit, userIds: Iterable<string>): void {
  for (const userId of new Set(userIds)) {
    emit({ topic: 'COUNTS', op: 'UPDATED', entityId: userId, audience: [userId] });
  }
}
