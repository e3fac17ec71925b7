import type { Kysely } from 'kysely';
import type { DB } from '../db/tables.js';
import { readAllAfter, readLogBounds } from './log.js';
import type { ChangeRecord } from './topics.js';

/** Most records the window keeps; older ones are dropped first. */
const CAPACITY = 50_000;
/** A load for one resuming subscriber reads this much further back, so neighbours' cursors are covered too. */
const LOAD_AHEAD = 2_000;
/** Cursors further behind than this replay from their own log reads instead of growing the window. */
const MAX_LOAD = 20_000;
const LOAD_PAGE = 5_000;

/**
 * The recent log in memory, shared by every subscriber that resumes: the hub appends what it reads
 * for live delivery, and a cursor just below the window loads the stretch once for everyone near it.
 * Holds every record with `floor < seq <= top` (audiences included); `top` is the hub's head.
 */
export class ReplayWindow {
  private records: ChangeRecord[] = [];
  private floor: number;
  private top: number;
  private prunedThrough = 0;
  private loading: Promise<void> | undefined;

  constructor(
    private readonly db: Kysely<DB>,
    head: number,
    /** Told of each read of the log a load makes (a metric). */
    private readonly onRead: () => void = () => {},
  ) {
    this.floor = head;
    this.top = head;
  }

  get head(): number {
    return this.top;
  }

  /** Called with each batch the hub reads, in order. */
  append(records: readonly ChangeRecord[]): void {
    for (const record of records) if (record.seq > this.top) this.records.push(record);
    this.top = Math.max(this.top, records.at(-1)?.seq ?? this.top);
    const excess = this.records.length - CAPACITY;
    if (excess > 0) this.floor = this.records.splice(0, excess).at(-1)!.seq;
  }

  /** Retention deleted the log's oldest changes: a cursor among them gets a RESYNC here too. */
  async pruned(): Promise<void> {
    const { prunedThrough } = await readLogBounds(this.db);
    this.prunedThrough = prunedThrough;
    if (prunedThrough <= this.floor) return;
    this.records.splice(0, this.search(prunedThrough));
    this.floor = Math.min(prunedThrough, this.top);
  }

  /**
   * Up to `limit` records after `cursor` (all readers' changes: the caller filters), or
   * `undefined` when `cursor` is too far behind to share: that subscriber reads the log itself.
   * `stale` says the cursor is below what retention kept (or beyond the log): it needs a RESYNC.
   */
  async after(cursor: number, limit: number): Promise<ChangeRecord[] | 'stale' | undefined> {
    while (cursor < this.floor) {
      if (this.floor - cursor > MAX_LOAD) {
        const { prunedThrough } = await readLogBounds(this.db);
        return cursor < prunedThrough ? 'stale' : undefined;
      }
      if (cursor < this.prunedThrough) return 'stale';
      this.loading ??= this.loadBefore(cursor).finally(() => (this.loading = undefined));
      await this.loading;
      if (cursor < this.prunedThrough) return 'stale';
    }
    const start = this.search(cursor);
    return this.records.slice(start, start + limit);
  }

  /** Reads `(target, floor]` with `target` a little below `cursor`, in pages, and puts it in front. */
  private async loadBefore(cursor: number): Promise<void> {
    const { prunedThrough } = await readLogBounds(this.db);
    this.prunedThrough = prunedThrough;
    if (cursor < prunedThrough) return;
    const target = Math.max(prunedThrough, Math.min(cursor, this.floor - LOAD_AHEAD));
    const through = this.floor;
    const loaded: ChangeRecord[] = [];
    for (let after = target; ; ) {
      this.onRead();
      const page = await readAllAfter(this.db, after, LOAD_PAGE, through);
      loaded.push(...page);
      if (page.length < LOAD_PAGE) break;
      after = page.at(-1)!.seq;
    }
    // The window may have moved on meanwhile (appends, a trim); only a stretch that still meets it joins.
    if (this.floor !== through) return;
    this.records = loaded.concat(this.records);
    this.floor = target;
  }

  /** Index of the first record with seq > cursor. */
  private search(cursor: number): number {
    let low = 0;
    let high = this.records.length;
    while (low < high) {
      const middle = (low + high) >>> 1;
      if (this.records[middle]!.seq <= cursor) low = middle + 1;
      else high = middle;
    }
    return low;
  }
}
