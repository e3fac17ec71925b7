import type { Logger } from 'pino';
import type { Database } from '../db/database.js';
import type { Part } from '../parts.js';
import { pruneChangesBefore } from './log.js';

const EVERY_MS = 10 * 60_000;

export interface RetentionParts {
  db: Database['db'];
  /** Told after a prune, so a resume from a pruned cursor gets its RESYNC. */
  fanout: { pruned(): Promise<void> };
  /** How long changes are kept now (a runtime setting). */
  hoursToKeep(): Promise<number>;
  /** Webhook delivery logs are kept to their size at the same rounds. */
  trimWebhookDeliveryLogs(): Promise<number>;
  logger: Logger;
}

/** Applies retention at start and every ten minutes; a failed round is logged and retried on the next. */
export class Retention implements Part {
  private timer: NodeJS.Timeout | undefined;

  constructor(private readonly parts: RetentionParts) {}

  start(): void {
    this.timer = setInterval(() => void this.apply(), EVERY_MS);
    this.timer.unref();
    void this.apply();
  }

  stop(): void {
    clearInterval(this.timer);
  }

  /** Deletes the changes committed before `cutoff`; returns how many went. */
  async pruneChanges(cutoff: Date): Promise<number> {
    const deleted = await pruneChangesBefore(this.parts.db, cutoff);
    await this.parts.fanout.pruned();
    return deleted;
  }

  private async apply(): Promise<void> {
    try {
      const hours = await this.parts.hoursToKeep();
      await this.pruneChanges(new Date(Date.now() - hours * 3_600_000));
      await this.parts.trimWebhookDeliveryLogs();
    } catch (error) {
      this.parts.logger.error({ err: error }, 'change retention failed; retrying on the next round');
    }
  }
}
