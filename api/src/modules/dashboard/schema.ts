import { builder } from '../../builder.js';
import { defineChangeType } from '../../changes/schema.js';
import { DASHBOARD } from './service.js';
import { requireViewer } from '../../viewer.js';
import { CampaignResultStatusEnum, CampaignStatusEnum } from '../campaigns/schema.js';
import { HealthStatusEnum } from '../proxies/schema.js';
import * as dashboard from './service.js';

const CampaignStatusCountRef = builder
  .objectRef<{ status: dashboard.Dashboard['campaignsByStatus'][number]['status']; count: number }>('CampaignStatusCount')
  .implement({
    fields: (t) => ({
      status: t.field({ type: CampaignStatusEnum, resolve: (row) => row.status }),
      count: t.exposeInt('count'),
    }),
  });

const ProxyHealthCountRef = builder
  .objectRef<{ status: dashboard.Dashboard['proxiesByHealth'][number]['status']; count: number }>('ProxyHealthCount')
  .implement({
    fields: (t) => ({
      status: t.field({ type: HealthStatusEnum, resolve: (row) => row.status }),
      count: t.exposeInt('count'),
    }),
  });

const ResultStatusCountRef = builder
  .objectRef<dashboard.Dashboard['resultsByStatus'][number]>('CampaignResultStatusCount')
  .implement({
    fields: (t) => ({
      status: t.field({ type: CampaignResultStatusEnum, resolve: (row) => row.status }),
      count: t.exposeInt('count'),
    }),
  });

const DashboardTotalsRef = builder.objectRef<dashboard.Dashboard['totals']>('DashboardTotals').implement({
  fields: (t) => ({
    campaigns: t.exposeInt('campaigns'),
    proxies: t.exposeInt('proxies'),
    proxyPools: t.exposeInt('proxyPools'),
    personas: t.exposeInt('personas'),
    keywordSets: t.exposeInt('keywordSets'),
  }),
});

const ThroughputSampleRef = builder.objectRef<dashboard.ThroughputSample>('ThroughputSample').implement({
  description: `Campaign results stored in one ${dashboard.THROUGHPUT_INTERVAL_MS / 1000}-second interval of the workspace.`,
  fields: (t) => ({
    at: t.field({ type: 'DateTime', description: 'When the interval began.', resolve: (sample) => sample.at }),
    results: t.exposeInt('results', { description: 'Campaign results stored in the interval.' }),
    perSecond: t.exposeFloat('perSecond', {
      description: 'Results per second over the interval (for the current one, over the part that has passed, at least a second).',
    }),
  }),
});

export const DashboardRef = builder.objectRef<dashboard.Dashboard>('Dashboard').implement({
  description: 'Console counts. Pushed as a DashboardChange whenever one of them moves.',
  fields: (t) => ({
    id: t.id({ resolve: () => dashboard.DASHBOARD_ID }),
    campaignsByStatus: t.field({
      type: [CampaignStatusCountRef],
      description: 'Every status, zeros included.',
      resolve: (row) => row.campaignsByStatus,
    }),
    proxiesByHealth: t.field({
      type: [ProxyHealthCountRef],
      description: 'Every health status, zeros included.',
      resolve: (row) => row.proxiesByHealth,
    }),
    resultsByStatus: t.field({
      type: [ResultStatusCountRef],
      description: "Campaign results stored, every status, zeros included; pushed with the campaigns' progress, so its growth is the workspace's throughput.",
      resolve: (row) => row.resultsByStatus,
    }),
    totals: t.field({ type: DashboardTotalsRef, resolve: (row) => row.totals }),
    throughput: t.field({
      type: [ThroughputSampleRef],
      description: `The workspace's campaign throughput: results stored per ${dashboard.THROUGHPUT_INTERVAL_MS / 1000}-second interval over the last ${(dashboard.THROUGHPUT_INTERVALS * dashboard.THROUGHPUT_INTERVAL_MS) / 60_000} minutes, oldest first, from the first interval that stored any to the current one (zeros included); empty when none did. Kept by the server (every instance answers the same, a reload or restart keeps it) and pushed with the DashboardChange of each progress change.`,
      resolve: (_row, _args, ctx) => dashboard.getThroughput(ctx.services),
    }),
  }),
});

defineChangeType(DASHBOARD, { type: DashboardRef });

builder.queryField('dashboard', (t) =>
  t.field({
    type: DashboardRef,
    resolve: (_root, _args, ctx) => {
      requireViewer(ctx);
      return dashboard.getDashboard(ctx.services);
    },
  }),
);
