import pLimit from 'p-limit';
import type { Kysely } from 'kysely';
import { untilAvailable } from '../db/availability.js';
import type { DB } from '../db/tables.js';
import type { FanOutMetrics } from '../metrics.js';
import { readLogBounds, readVisibleAfter } from './log.js';
import type { ReplayWindow } from './replay-window.js';
import type { Cohort, ExecutionContext, Subscription } from './subscription.js';
import type { ChangeRecord } from './topics.js';

const REPLAY_PAGE = 500;
/** Pages of replay under way at once, across all subscribers; the rest wait their turn in arrival order. */
const REPLAY_CONCURRENCY = 16;
const REPLAY_SHARING_MS = 1_000;

/**
 * Catching up from a cursor: a subscriber's replay from the log (the shared window near the head,
 * its own pages far behind), then the handover to live delivery at its cursor. Executions are
 * shared across resuming subscribers as live delivery shares them, and at most 16 pages run at once.
 */
export class Replayer {
  private readonly replaySlots = pLimit(REPLAY_CONCURRENCY);
  private replayShared = {
    since: 0,
    head: 0,
    records: new Map<string, ChangeRecord>(),
    executions: new Map<Cohort, Map<string, Promise<Buffer>>>(),
  };

  constructor(
    private readonly parts: {
      db: Kysely<DB>;
      window: ReplayWindow;
      metrics: Pick<FanOutMetrics, 'replayLogReads' | 'replayExecutions' | 'deliveries'>;
      maxSocketBufferBytes: number;
      /** One change executed for one cohort (the fan-out's, so bytes are made one way). */
      execute(cohort: Cohort, context: ExecutionContext, record: ChangeRecord): Promise<Buffer>;
      /** Told when the database is out of reach and the replay waits for it. */
      onWait(error: unknown, attempt: number): void;
    },
  ) {}

  /**
   * Replay from the log for one subscriber, then hand over to live delivery. Live changes for it
   * collect in `handover` meanwhile (decided in `accept`, so none can slip between the last log
   * read and going live); anything at or below the cursor is a duplicate and skipped. An outage
   * is waited out where it meets the replay, with the socket left open.
   */
  async catchUp(subscription: Subscription, requested: number): Promise<void> {
    const retry = { giveUp: () => subscription.closed, onWait: this.parts.onWait };
    subscription.cursor = requested;
    if (requested > this.parts.window.head) {
      // Another instance may have read further than this one's hub; only a cursor beyond the log is stale.
      const { head } = await untilAvailable(() => readLogBounds(this.parts.db), retry);
      if (requested > head) await this.resync(subscription, head);
    }
    for (;;) {
      let looked: number;
      do {
        looked = await this.replaySlots(() => (subscription.closed ? 0 : untilAvailable(() => this.replayPage(subscription), retry)));
        if (subscription.closed) return;
      } while (looked === REPLAY_PAGE);

      while (subscription.handover.length > 0 && !subscription.handoverOverflowed) {
        const waiting = subscription.handover.filter((record) => record.seq > subscription.cursor);
        subscription.handover = [];
        await untilAvailable(() => this.replay(subscription, waiting), retry);
        if (subscription.closed) return;
      }
      if (!subscription.handoverOverflowed) {
        subscription.phase = 'live';
        return;
      }
      // Live changes were dropped while it was busy; the log has every one of them.
      subscription.handoverOverflowed = false;
      subscription.handover = [];
    }
  }

  /**
   * One page of a subscriber's replay; returns how many log records it covered (a full page: more
   * may follow). Cursors near the head read the shared window; one far behind reads its own.
   */
  private async replayPage(subscription: Subscription): Promise<number> {
    const shared = await this.parts.window.after(subscription.cursor, REPLAY_PAGE);
    if (shared === 'stale') {
      await this.resync(subscription, (await readLogBounds(this.parts.db)).head);
      return REPLAY_PAGE;
    }
    if (shared === undefined) {
      this.parts.metrics.replayLogReads.inc();
      const own = await readVisibleAfter(this.parts.db, { after: subscription.cursor, filter: subscription.filter, limit: REPLAY_PAGE });
      await this.replay(subscription, own);
      return own.length;
    }
    await this.replay(
      subscription,
      shared.filter((record) => record.seq > subscription.cursor && subscription.wants(record)),
    );
    // What it may not read or did not ask for is passed too, so the next page starts after it.
    const last = shared.at(-1);
    if (last && !subscription.closed && last.seq > subscription.cursor) subscription.cursor = last.seq;
    return shared.length;
  }

  private async resync(subscription: Subscription, head: number): Promise<void> {
    await this.replay(subscription, [resync(head)]);
    subscription.cursor = head;
  }

  /**
   * Replayed records in order, with the executions shared as live delivery shares them: resuming
   * subscribers of one cohort (and viewer, where the type reads it) get the same bytes. Waits for a
   * full socket to drain rather than cutting it loose.
   */
  private async replay(subscription: Subscription, records: readonly ChangeRecord[]): Promise<void> {
    // Every execution settles first: a failed one (an outage) leaves the page unsent, to be retried whole.
    const payloads = await Promise.all(records.map((record) => this.replayExecution(subscription, record)));
    const { sink } = subscription;
    for (let i = 0; i < records.length; ) {
      if (subscription.closed || !sink.isOpen()) return;
      // Frames leave in one write until the socket holds half its limit; then it drains first.
      sink.cork();
      for (; i < records.length && sink.bufferedBytes() <= this.parts.maxSocketBufferBytes / 2; i++) {
        sink.send(subscription.framer.frame(records[i]!.seq, payloads[i]!));
        subscription.cursor = records[i]!.seq;
      }
      sink.uncork();
      if (i < records.length) await sink.drained();
    }
    this.parts.metrics.deliveries.inc(records.length);
  }

  /**
   * Executions of replayed records are shared while the log stands still (and for at most
   * `REPLAY_SHARING_MS`): a storm of resumes reuses them, yet any commit since (a removed
   * connection, an edit) makes the next replay execute anew, so it shows what the viewer may read now.
   */
  private replayExecution(subscription: Subscription, record: ChangeRecord): Promise<Buffer> {
    const now = Date.now();
    if (now - this.replayShared.since > REPLAY_SHARING_MS || this.replayShared.head !== this.parts.window.head) {
      this.replayShared = { since: now, head: this.parts.window.head, records: new Map(), executions: new Map() };
    }
    const { records, executions } = this.replayShared;
    const cohort = subscription.cohort;
    const key = cohort.executionKey(record, subscription);
    let byRecord = executions.get(cohort);
    if (!byRecord) executions.set(cohort, (byRecord = new Map()));
    // By topic too: a RESYNC carries the seq of the log's head, which a real change also has.
    const recordKey = `${record.topic}:${record.seq}`;
    const memoKey = `${recordKey}:${key}`;
    let payload = byRecord.get(memoKey);
    if (!payload) {
      // A fresh copy per sharing period, so its entity loads are not the ones live delivery made earlier.
      let fresh = records.get(recordKey);
      if (!fresh) records.set(recordKey, (fresh = { ...record, memo: new Map() }));
      payload = this.parts.execute(cohort, key === '*' ? cohort.sharedContext : subscription.context, fresh);
      this.parts.metrics.replayExecutions.inc();
      // A failure is not shared: the retry executes again.
      payload.catch(() => byRecord.get(memoKey) === payload && byRecord.delete(memoKey));
      byRecord.set(memoKey, payload);
    }
    return payload;
  }
}

function resync(head: number): ChangeRecord {
  return {
    seq: head,
    at: new Date().toISOString(),
    topic: 'RESYNC',
    op: 'RESYNC',
    entityId: '*',
    version: null,
    isPublic: true,
    memo: new Map(),
  };
}
