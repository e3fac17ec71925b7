import type { CampaignResultStatus, CampaignStatus } from '../campaigns/table.js';
import type { HealthStatus } from '../proxies/table.js';

/** What the dashboard counts (a `name` below): each console entity it totals falls under exactly one of these. */
export type DashboardCount =
  | 'personas'
  | 'keyword_sets'
  | 'proxy_pools'
  | `campaigns:${CampaignStatus}`
  | `proxies:${HealthStatus}`
  | `results:${CampaignResultStatus}`;

/** The tables this module owns; db/tables.ts composes each owner's tables into `DB`. */
export interface DashboardTables {
  dashboard_count_shards: DashboardCountShardsTable;
  dashboard_throughput: DashboardThroughputTable;
}

/** One dashboard count per row (`personas`, `campaigns:RUNNING`, `proxies:HEALTHY`, ...). */
export interface DashboardCountShardsTable {
  name: string;
  shard: number;
  count: number;
}

/** Results stored per interval: `bucket` is the interval's number since the epoch, `slot` its place in the ring. */
export interface DashboardThroughputTable {
  slot: number;
  shard: number;
  bucket: number;
  count: number;
}
