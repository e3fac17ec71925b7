import type { Generated, Selectable } from 'kysely';

/** The tables this module owns; db/tables.ts composes each owner's tables into `DB`. */
export interface ProxyTables {
  proxy_pools: ProxyPoolsTable;
  proxies: ProxiesTable;
  proxy_health_samples: ProxyHealthSamplesTable;
}

export interface ProxyPoolsTable {
  id: string;
  name: string;
  strategy: PoolStrategy;
  created_by: string;
  created_at: string;
  updated_at: string;
  version: number;
}

/** Each list is the one place its values are spelled: the TypeScript type, the GraphQL enum and the dashboard's counts come from it. */
export const HEALTH_STATUSES = ['UNKNOWN', 'HEALTHY', 'UNHEALTHY'] as const;
export type HealthStatus = (typeof HEALTH_STATUSES)[number];
export const POOL_STRATEGIES = ['ROUND_ROBIN', 'RANDOM', 'LEAST_LATENCY'] as const;
export type PoolStrategy = (typeof POOL_STRATEGIES)[number];

export interface ProxiesTable {
  id: string;
  name: string;
  protocol: 'HTTP' | 'HTTPS' | 'SOCKS5';
  host: string;
  port: number;
  username: string | null;
  /** Write-only: never selected into a response, a change or a log line. */
  password: string | null;
  enabled: number;
  pool_id: string | null;
  health_status: HealthStatus;
  health_latency_ms: number | null;
  health_checked_at: string | null;
  health_error: string | null;
  created_by: string;
  created_at: string;
  updated_at: string;
  version: number;
}

/** One recorded health check of a proxy; the checker keeps the last `HEALTH_HISTORY_LENGTH` per proxy. */
export interface ProxyHealthSamplesTable {
  id: Generated<number>;
  proxy_id: string;
  status: Exclude<HealthStatus, 'UNKNOWN'>;
  latency_ms: number | null;
  error: string | null;
  checked_at: string;
}

export type ProxyPoolRow = Selectable<ProxyPoolsTable>;
export type ProxyRow = Selectable<ProxiesTable>;
export type ProxyHealthSampleRow = Selectable<ProxyHealthSamplesTable>;
