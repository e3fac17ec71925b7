import type { Logger } from 'pino';
import { RateLimiterRes, type RateLimiterAbstract } from 'rate-limiter-flexible';
import { commitWithChanges, type WriteParts } from '../../changes/commit.js';
import { CloseCodes } from '../../transport/close-codes.js';
import type { SocketRegistry } from '../../transport/sockets.js';
import type { Executor } from '../../db/database.js';
import { apiKeySessionId } from './service.js';
import * as repo from './repo.js';

export type UsageCounter = 'requests' | 'subscriptions' | 'deliveries' | 'bytes' | 'cutOffs';
type Counts = Record<UsageCounter, number>;

const MINUTE_MS = 60_000;
const TICK_MS = 1_000;
const FLUSH_EVERY_TICKS = 5;
const HOUR_MINUTES = 60;

const zero = (): Counts => ({ requests: 0, subscriptions: 0, deliveries: 0, bytes: 0, cutOffs: 0 });

export interface UsageMinute extends Counts {
  at: string;
}

/**
 * What each API key costs, counted in memory on the hot path (one addition per delivered frame)
 * and added to the database every few seconds per key and minute, with an `ApiKeyChange` to the
 * key's owner in the same transaction, so a usage chart on screen moves without asking. Once a second the deliveries
 * since the last second are charged to the key's delivery budget (shared across instances when
 * the budget lives in Redis); a key over budget has its streams closed with 4290 and new
 * subscriptions refused until the window turns.
 */
export class UsageMeter {
  private minute = Math.floor(Date.now() / MINUTE_MS) * MINUTE_MS;
  /** `${keyId} ${minute}` -> counts not yet written. */
  private pending = new Map<string, Counts>();
  private unchargedDeliveries = new Map<string, number>();
  private lastUsed = new Map<string, number>();
  private overBudgetUntil = new Map<string, number>();
  private timer: NodeJS.Timeout | undefined;
  private ticks = 0;
  private flushing: Promise<void> = Promise.resolve();

  constructor(
    private readonly parts: {
      writer: WriteParts;
      logger: Logger;
      deliveryBudget: RateLimiterAbstract;
      /** Where a key's open streams are, to close them when it goes over budget. */
      sockets: Pick<SocketRegistry, 'closeSession'>;
    },
  ) {}

  start(): void {
    this.timer = setInterval(() => this.tick(), TICK_MS);
    this.timer.unref();
  }

  async stop(): Promise<void> {
    clearInterval(this.timer);
    await this.flush();
  }

  count(keyId: string, counter: Exclude<UsageCounter, 'deliveries' | 'bytes'>): void {
    this.slot(keyId)[counter] += 1;
    if (counter === 'requests') this.lastUsed.set(keyId, Date.now());
  }

  /** One frame delivered to a key's stream (the hot path: one slot lookup for both counters). */
  delivered(keyId: string, bytes: number): void {
    const counts = this.slot(keyId);
    counts.deliveries += 1;
    counts.bytes += bytes;
    this.unchargedDeliveries.set(keyId, (this.unchargedDeliveries.get(keyId) ?? 0) + 1);
  }

  /** The counts not yet written for a key in the current minute. */
  private slot(keyId: string): Counts {
    const slot = `${keyId} ${this.minute}`;
    let counts = this.pending.get(slot);
    if (!counts) this.pending.set(slot, (counts = zero()));
    return counts;
  }

  /** Seconds until a key over its delivery budget may subscribe again; undefined when within it. */
  overBudget(keyId: string): number | undefined {
    const until = this.overBudgetUntil.get(keyId);
    if (until === undefined) return undefined;
    if (until <= Date.now()) {
      this.overBudgetUntil.delete(keyId);
      return undefined;
    }
    return Math.max(1, Math.ceil((until - Date.now()) / 1000));
  }

  /** Writes what this instance counted (every few seconds, and on stop). */
  flush(): Promise<void> {
    this.flushing = this.flushing.then(() => this.write());
    return this.flushing;
  }

  private tick(): void {
    this.minute = Math.floor(Date.now() / MINUTE_MS) * MINUTE_MS;
    void this.chargeDeliveries();
    if (++this.ticks % FLUSH_EVERY_TICKS === 0) void this.flush();
  }

  private async chargeDeliveries(): Promise<void> {
    const charges = [...this.unchargedDeliveries];
    this.unchargedDeliveries.clear();
    for (const [keyId, deliveries] of charges) {
      try {
        await this.parts.deliveryBudget.consume(keyId, deliveries);
      } catch (rejection) {
        if (!(rejection instanceof RateLimiterRes)) {
          this.parts.logger.warn({ err: rejection }, 'charging an API key for its deliveries failed');
          continue;
        }
        if (this.overBudget(keyId) !== undefined) continue; // its streams were ended already
        const retryAfterSeconds = Math.max(1, Math.ceil(rejection.msBeforeNext / 1000));
        this.overBudgetUntil.set(keyId, Date.now() + retryAfterSeconds * 1000);
        this.parts.sockets.closeSession(apiKeySessionId(keyId), CloseCodes.RATE_LIMITED, `API key over its delivery budget: resume after ${retryAfterSeconds} s`);
      }
    }
  }

  private async write(): Promise<void> {
    const pending = this.pending;
    const lastUsed = this.lastUsed;
    if (pending.size === 0 && lastUsed.size === 0) return;
    this.pending = new Map();
    this.lastUsed = new Map();
    try {
      await commitWithChanges(this.parts.writer, async (trx, emit) => {
        const keyIds = new Set(lastUsed.keys());
        for (const [slot, counts] of pending) {
          const [keyId, minute] = slot.split(' ') as [string, string];
          keyIds.add(keyId);
          await repo.addUsage(trx, {
            api_key_id: keyId,
            minute: new Date(Number(minute)).toISOString(),
            requests: counts.requests,
            subscriptions: counts.subscriptions,
            deliveries: counts.deliveries,
            bytes: counts.bytes,
            cut_offs: counts.cutOffs,
          });
        }
        for (const [keyId, at] of lastUsed) await repo.touchApiKey(trx, keyId, new Date(at).toISOString());
        for (const key of await repo.ownersOf(trx, [...keyIds])) {
          emit({ topic: 'API_KEY', op: 'UPDATED', entityId: key.id, version: null, audience: [key.user_id] });
        }
      });
    } catch (error) {
      // Not lost: the counts go back and are written on the next round.
      for (const [slot, counts] of pending) {
        const current = this.pending.get(slot) ?? zero();
        for (const counter of Object.keys(counts) as UsageCounter[]) current[counter] += counts[counter];
        this.pending.set(slot, current);
      }
      for (const [keyId, at] of lastUsed) if (!this.lastUsed.has(keyId)) this.lastUsed.set(keyId, at);
      this.parts.logger.warn({ err: error }, 'writing API key usage failed; retrying on the next round');
    }
  }
}

/**
 * A key's totals and its last hour, minute by minute (oldest first, empty minutes as zeros), as `db`
 * has them: what the instances have written, each every few seconds, with an ApiKeyChange that moves
 * the answers on screen. A read never writes: inside a live query's snapshot it reads that snapshot,
 * and a write there would wait on the snapshot's own connection (on SQLite, for ever).
 */
export async function readUsage(db: Executor, keyId: string): Promise<{ totals: Counts; perMinute: UsageMinute[] }> {
  const now = Math.floor(Date.now() / MINUTE_MS) * MINUTE_MS;
  const first = now - (HOUR_MINUTES - 1) * MINUTE_MS;
  const [totals, rows] = await Promise.all([repo.usageTotals(db, keyId), repo.usageSince(db, keyId, new Date(first).toISOString())]);
  const byMinute = new Map(rows.map((row) => [Date.parse(row.minute), row]));
  const perMinute: UsageMinute[] = [];
  for (let at = first; at <= now; at += MINUTE_MS) {
    const row = byMinute.get(at);
    perMinute.push({
      at: new Date(at).toISOString(),
      requests: Number(row?.requests ?? 0),
      subscriptions: Number(row?.subscriptions ?? 0),
      deliveries: Number(row?.deliveries ?? 0),
      bytes: Number(row?.bytes ?? 0),
      cutOffs: Number(row?.cut_offs ?? 0),
    });
  }
  const { cut_offs: cutOffs, ...rest } = totals;
  return { totals: { ...rest, cutOffs }, perMinute };
}
