import type { Emit, Writer } from '../../changes/commit.js';
import type { CampaignStatus, HealthStatus } from '../../db/tables.js';
import * as repo from './repo.js';

export const DASHBOARD_ID = 'dashboard';

const CAMPAIGN_STATUSES: CampaignStatus[] = ['DRAFT', 'QUEUED', 'RUNNING', 'PAUSED', 'COMPLETED', 'FAILED', 'CANCELLED'];
const HEALTH_STATUSES: HealthStatus[] = ['UNKNOWN', 'HEALTHY', 'UNHEALTHY'];

export interface Dashboard {
  campaignsByStatus: Array<{ status: CampaignStatus; count: number }>;
  proxiesByHealth: Array<{ status: HealthStatus; count: number }>;
  totals: {
    campaigns: number;
    proxies: number;
    proxyPools: number;
    personas: number;
    keywordSets: number;
  };
}

/**
 * Called by every write that moves a dashboard count (an entity created or deleted, a campaign's
 * status, a proxy's health), so the dashboard is pushed instead of re-polled.
 */
export function touchDashboard(emit: Emit): void {
  emit({ topic: 'DASHBOARD', op: 'UPDATED', entityId: DASHBOARD_ID, audience: 'EVERYONE' });
}

export async function getDashboard(services: Writer): Promise<Dashboard> {
  const db = services.database.db;
  const [campaigns, proxies, totals] = await Promise.all([
    repo.campaignsByStatus(db),
    repo.proxiesByHealth(db),
    repo.totals(db),
  ]);
  const sum = (counts: Map<string, number>) => [...counts.values()].reduce((a, b) => a + b, 0);
  return {
    campaignsByStatus: CAMPAIGN_STATUSES.map((status) => ({ status, count: campaigns.get(status) ?? 0 })),
    proxiesByHealth: HEALTH_STATUSES.map((status) => ({ status, count: proxies.get(status) ?? 0 })),
    totals: { ...totals, campaigns: sum(campaigns), proxies: sum(proxies) },
  };
}
