import type { CampaignStatus, HealthStatus } from '../gql/graphql';

/** One colour per campaign status, so a glance tells them apart (Mantine colour names; shown as a badge's dot, so the text keeps its contrast). */
export const STATUS_COLOR: Record<CampaignStatus, string> = {
  DRAFT: 'gray',
  QUEUED: 'yellow',
  RUNNING: 'blue',
  PAUSED: 'orange',
  COMPLETED: 'green',
  FAILED: 'red',
  CANCELLED: 'dark',
};

export const HEALTH_COLOR: Record<HealthStatus, string> = { HEALTHY: 'green', UNHEALTHY: 'red', UNKNOWN: 'gray' };
