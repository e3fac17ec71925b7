import type { Transaction } from 'kysely';
import type { Logger } from 'pino';
import type { Database } from '../db/database.js';
import type { DB } from '../db/tables.js';
import { nameConflict } from '../db/unique-names.js';
import type { ChangeBus } from './bus.js';
import { appendChanges } from './log.js';
import type { ChangeDraft } from './topics.js';

export type Emit = (change: ChangeDraft) => void;

/** What a write needs to commit: the database, the bus that wakes readers after it, a logger and the publish counter. */
export interface WriteParts {
  database: Database;
  bus: ChangeBus;
  logger: Logger;
  metrics: { changesPublished: { inc(count: number): void } };
}

/**
 * The one write path: `work` writes rows and emits their changes; both commit in one transaction,
 * then the bus is told. If the publish fails the change is still in the log, and the hub's sweep
 * or any resuming reader delivers it.
 */
export async function commitWithChanges<T>(
  writer: WriteParts,
  work: (trx: Transaction<DB>, emit: Emit) => Promise<T>,
): Promise<T> {
  const drafts: ChangeDraft[] = [];
  let lastSeq = 0;
  const result = await writer.database.db
    .transaction()
    .execute(async (trx) => {
      const value = await work(trx, (change) => addDraft(drafts, change));
      if (drafts.length > 0) lastSeq = await appendChanges(trx, drafts);
      return value;
    })
    .catch((error: unknown) => {
      throw nameConflict(error) ?? error;
    });
  if (drafts.length > 0) {
    writer.metrics.changesPublished.inc(drafts.length);
    writer.bus.publish(lastSeq).catch((error: unknown) => {
      writer.logger.warn({ err: error, seq: lastSeq }, 'publishing a committed change failed; the sweep will deliver it');
    });
  }
  return result;
}

/**
 * One change per entity and op per transaction: a repeat (say two writes that both move a user's
 * counts) joins the first one's audience. Subscribers load the entity when the change is delivered,
 * so one change shows the final state anyway.
 */
function addDraft(drafts: ChangeDraft[], change: ChangeDraft): void {
  const same = drafts.findIndex((d) => d.topic === change.topic && d.op === change.op && d.entityId === change.entityId);
  if (same < 0) {
    drafts.push(change);
    return;
  }
  const first = drafts[same]!;
  const audience =
    first.audience === 'EVERYONE' || change.audience === 'EVERYONE'
      ? 'EVERYONE'
      : [...new Set([...first.audience, ...change.audience])];
  drafts[same] = { ...first, version: change.version ?? first.version, audience };
}
