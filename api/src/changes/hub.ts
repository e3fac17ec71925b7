import type { Kysely } from 'kysely';
import type { Logger } from 'pino';
import type { DB } from '../db/tables.js';
import type { ChangeBus } from './bus.js';
import { readAllAfter, readLogBounds } from './log.js';
import type { ChangeRecord } from './topics.js';

const PAGE = 1000;

/**
 * The one reader of the live tail. A bus wake-up (or the sweep, which covers a publish lost
 * between commit and bus) makes it read every change after its head once and hand the same
 * records to every live subscriber, so N subscribers cost one log read, not N.
 */
export class ChangeHub {
  private head = 0;
  private readonly listeners = new Set<(records: readonly ChangeRecord[]) => void>();
  private draining: Promise<void> | undefined;
  private wakeAgain = false;
  private unsubscribeBus: (() => void) | undefined;
  private sweepTimer: NodeJS.Timeout | undefined;
  private unreachable = false;

  constructor(
    private readonly db: Kysely<DB>,
    private readonly bus: ChangeBus,
    private readonly logger: Logger,
    private readonly sweepMs: number,
  ) {}

  async start(): Promise<void> {
    this.head = (await readLogBounds(this.db)).head;
    // Every publish wakes the hub: on PostgreSQL the published seq is provisional (renumbered at
    // commit), so it cannot say whether this hub has read that far; wake-ups in one turn read once.
    const unsubscribe = this.bus.subscribe(() => this.wake());
    const unlistenReconnect = this.bus.onReconnect(() => this.wake());
    this.unsubscribeBus = () => {
      unsubscribe();
      unlistenReconnect();
    };
    this.sweepTimer = setInterval(() => this.wake(), this.sweepMs);
    this.sweepTimer.unref();
  }

  async stop(): Promise<void> {
    this.unsubscribeBus?.();
    clearInterval(this.sweepTimer);
    await this.draining;
    this.listeners.clear();
  }

  /** The highest seq already handed to listeners. */
  get position(): number {
    return this.head;
  }

  listen(listener: (records: readonly ChangeRecord[]) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** Reads after the I/O already pending has run, so commits that land together cost one read. */
  wake(): void {
    if (this.draining) {
      this.wakeAgain = true;
      return;
    }
    this.draining = new Promise((resolve) => setImmediate(resolve))
      .then(() => this.drain())
      .finally(() => {
        this.draining = undefined;
      });
  }

  private async drain(): Promise<void> {
    do {
      this.wakeAgain = false;
      try {
        for (;;) {
          const records = await readAllAfter(this.db, this.head, PAGE);
          if (records.length === 0) break;
          this.head = records[records.length - 1]!.seq;
          for (const listener of this.listeners) listener(records);
          if (records.length < PAGE) break;
        }
      } catch (error) {
        // An outage fails every sweep: say so once, and once more when the log answers again.
        if (!this.unreachable) this.logger.warn({ err: error }, 'reading the change log tail failed; every sweep retries');
        this.unreachable = true;
        return;
      }
      if (this.unreachable) this.logger.info({ head: this.head }, 'the change log answers again; delivery carried on from it');
      this.unreachable = false;
    } while (this.wakeAgain);
  }
}
