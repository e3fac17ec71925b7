/** One colour per campaign status, so a glance tells them apart (Mantine colour names; shown as a badge's dot, so the text keeps its contrast). */
export const STATUS_COLOR: Record<string, string> = {
  DRAFT: 'gray',
  QUEUED: 'yellow',
  RUNNING: 'blue',
  PAUSED: 'orange',
  COMPLETED: 'green',
  FAILED: 'red',
  CANCELLED: 'dark',
};

export const HEALTH_COLOR = { HEALTHY: 'green', UNHEALTHY: 'red', UNKNOWN: 'gray' } as const;
