import type { Transaction } from 'kysely';
import type { Emit, WriteParts } from '../../changes/commit.js';
import { CAMPAIGN_RESULT_STATUSES, CAMPAIGN_STATUSES, type CampaignResultStatus, type CampaignStatus } from '../campaigns/table.js';
import type { DB } from '../../db/tables.js';
import { HEALTH_STATUSES, type HealthStatus } from '../proxies/table.js';
import type { DashboardCount } from './table.js';
import * as repo from './repo.js';
import { declareEntity } from '../../entities.js';

export const DASHBOARD_ID = 'dashboard';


export interface Dashboard {
  campaignsByStatus: Array<{ status: CampaignStatus; count: number }>;
  proxiesByHealth: Array<{ status: HealthStatus; count: number }>;
  resultsByStatus: Array<{ status: CampaignResultStatus; count: number }>;
  totals: {
    campaigns: number;
    proxies: number;
    proxyPools: number;
    personas: number;
    keywordSets: number;
  };
}


export const campaignCount = (status: CampaignStatus): DashboardCount => `campaigns:${status}`;
export const proxyCount = (health: HealthStatus): DashboardCount => `proxies:${health}`;
export const resultCount = (status: CampaignResultStatus): DashboardCount => `results:${status}`;

/** Shards per count: concurrent writers mostly land on different rows (16 still queued measurably). */
const SHARDS = 64;
/** One shard per transaction, so its rows are locked in name order like every other writer's. */
const shardOf = new WeakMap<Transaction<DB>, number>();

/**
 * Moves the dashboard's counts inside the caller's transaction (an entity created or deleted, a
 * campaign's status, a proxy's health) and pushes the dashboard. The totals are kept, never
 * recounted. A transaction moves one shard of each count (any shard: a count is their sum), in
 * name order, so concurrent writers rarely meet and never lock in opposite orders.
 */
export async function moveDashboard(trx: Transaction<DB>, emit: Emit, moves: ReadonlyArray<readonly [DashboardCount, number]>): Promise<void> {
  if (await moveCountsQuietly(trx, moves)) announceDashboard(emit);
}

/**
 * Moves counts without pushing the dashboard, for a write whose change is coalesced (a campaign's
 * batches between two progress changes); the caller announces it with `announceDashboard` later.
 * True if a count moved.
 */
export async function moveCountsQuietly(trx: Transaction<DB>, moves: ReadonlyArray<readonly [DashboardCount, number]>): Promise<boolean> {
  const net = new Map<DashboardCount, number>();
  for (const [name, delta] of moves) net.set(name, (net.get(name) ?? 0) + delta);
  const changed = [...net].filter(([, delta]) => delta !== 0).sort(([a], [b]) => (a < b ? -1 : 1));
  if (changed.length === 0) return false;
  let shard = shardOf.get(trx);
  if (shard === undefined) shardOf.set(trx, (shard = Math.floor(Math.random() * SHARDS)));
  for (const [name, delta] of changed) await repo.addToCount(trx, name, shard, delta);
  const stored = changed.reduce((sum, [name, delta]) => (name.startsWith('results:') ? sum + delta : sum), 0);
  if (stored > 0) {
    const bucket = Math.floor(Date.now() / THROUGHPUT_INTERVAL_MS);
    await repo.addToThroughput(trx, bucket % THROUGHPUT_INTERVALS, shard, bucket, stored);
  }
  return true;
}

export function announceDashboard(emit: Emit): void {
  emit({ topic: 'DASHBOARD', op: 'UPDATED', entityId: DASHBOARD_ID, audience: 'EVERYONE' });
}

/** From one `from` count to another: a status or health that changed. */
export const moved = (from: DashboardCount, to: DashboardCount): Array<[DashboardCount, number]> => [
  [from, -1],
  [to, 1],
];

/** The throughput history's interval, and how many intervals it keeps (10 minutes). */
export const THROUGHPUT_INTERVAL_MS = 5000;
export const THROUGHPUT_INTERVALS = 120;

export interface ThroughputSample {
  /** When the interval began. */
  at: Date;
  /** Campaign results stored in it. */
  results: number;
  /** Over the interval, or over the part of it that has passed (at least a second) for the current one. */
  perSecond: number;
}

/**
 * Results stored per interval over the last 10 minutes, from the first interval that stored any to the
 * current one (zeros included), oldest first; empty when nothing was stored in the window. Kept in
 * the database by the writes that store results, so every instance answers the same and it outlives
 * a restart.
 */
export async function getThroughput(services: WriteParts, now = Date.now()): Promise<ThroughputSample[]> {
  const current = Math.floor(now / THROUGHPUT_INTERVAL_MS);
  const rows = await repo.readThroughput(services.database.db, current - THROUGHPUT_INTERVALS + 1);
  const stored = new Map(rows.filter((row) => row.bucket <= current).map((row) => [row.bucket, row.count]));
  if (stored.size === 0) return [];
  const samples: ThroughputSample[] = [];
  for (let bucket = Math.min(...stored.keys()); bucket <= current; bucket++) {
    const results = stored.get(bucket) ?? 0;
    const seconds = bucket === current ? Math.max(1, (now - bucket * THROUGHPUT_INTERVAL_MS) / 1000) : THROUGHPUT_INTERVAL_MS / 1000;
    samples.push({ at: new Date(bucket * THROUGHPUT_INTERVAL_MS), results, perSecond: Math.round((results / seconds) * 10) / 10 });
  }
  return samples;
}

export async function getDashboard(services: WriteParts): Promise<Dashboard> {
  const counts = await repo.readCounts(services.database.db);
  const count = (name: DashboardCount) => counts.get(name) ?? 0;
  const campaignsByStatus = CAMPAIGN_STATUSES.map((status) => ({ status, count: count(campaignCount(status)) }));
  const proxiesByHealth = HEALTH_STATUSES.map((status) => ({ status, count: count(proxyCount(status)) }));
  const resultsByStatus = CAMPAIGN_RESULT_STATUSES.map((status) => ({ status, count: count(resultCount(status)) }));
  const sum = (rows: Array<{ count: number }>) => rows.reduce((total, row) => total + row.count, 0);
  return {
    campaignsByStatus,
    proxiesByHealth,
    resultsByStatus,
    totals: {
      campaigns: sum(campaignsByStatus),
      proxies: sum(proxiesByHealth),
      proxyPools: count('proxy_pools'),
      personas: count('personas'),
      keywordSets: count('keyword_sets'),
    },
  };
}

/** One dashboard, whatever the id. */
export const DASHBOARD = declareEntity({ typeName: 'Dashboard', load: (services) => getDashboard(services) });
