import type { WriteParts } from '../../changes/commit.js';
import { recordDeliveries, type DeliveryAttempt, type RecordedAttempt } from './service.js';

/** At most this many attempts per transaction (one INSERT of their rows). */
const MOST_PER_COMMIT = 200;

interface Waiting {
  attempt: DeliveryAttempt;
  resolve(result: RecordedAttempt): void;
  reject(error: unknown): void;
}

/**
 * Group commit for delivery attempts: an attempt recorded while none is committing commits once this
 * I/O turn has run, with every attempt recorded in it; those recorded while one commits wait and
 * commit together in the next transaction. Each endpoint
 * has at most one attempt in flight, so its order is kept, and its cursor still moves only in the
 * transaction that records its 2xx. A hundred endpoints were a hundred transactions per change.
 */
export class DeliveryRecorder {
  private waiting: Waiting[] = [];
  private committing = false;

  constructor(private readonly writer: WriteParts) {}

  record(attempt: DeliveryAttempt): Promise<RecordedAttempt> {
    return new Promise((resolve, reject) => {
      this.waiting.push({ attempt, resolve, reject });
      if (this.committing) return;
      this.committing = true;
      // After this turn's I/O: every answer that arrived with this one joins its transaction
      // (on SQLite a transaction never yields to I/O, so nothing would join it otherwise).
      setImmediate(() => void this.commitWaiting());
    });
  }

  private async commitWaiting(): Promise<void> {
    try {
      while (this.waiting.length > 0) {
        const batch = this.waiting.splice(0, MOST_PER_COMMIT);
        try {
          const results = await recordDeliveries(this.writer, batch.map((waiting) => waiting.attempt));
          batch.forEach((waiting, index) => waiting.resolve(results[index]!));
        } catch (error) {
          for (const waiting of batch) waiting.reject(error);
        }
      }
    } finally {
      this.committing = false;
    }
  }
}
