import { builder } from '../../builder.js';
import { defineChangeType } from '../../changes/schema.js';
import { SETTINGS } from './service.js';
import { requireViewer } from '../../viewer.js';
import type { SettingsRow } from './table.js';
import * as settings from './service.js';

export const SettingsRef = builder.objectRef<SettingsRow>('Settings').implement({
  description: 'Workspace-wide settings; only an ADMIN can change them.',
  fields: (t) => ({
    id: t.id({ resolve: () => settings.SETTINGS_ID }),
    workerConcurrency: t.exposeInt('worker_concurrency', { description: 'Campaigns running at once.' }),
    proxyHealthCheckIntervalSeconds: t.exposeInt('proxy_health_check_interval_seconds'),
    progressPushPerSecond: t.exposeInt('progress_push_per_second', {
      description: 'At most this many progress changes per running campaign per second.',
    }),
    changeRetentionHours: t.exposeInt('change_retention_hours', {
      description: 'Changes older than this are pruned; a client resuming from before gets RESYNC.',
    }),
    version: t.exposeInt('version'),
    updatedAt: t.field({ type: 'DateTime', resolve: (row) => row.updated_at }),
  }),
});

const UpdateSettingsInput = builder.inputType('UpdateSettingsInput', {
  fields: (t) => ({
    workerConcurrency: t.int({ description: '1 to 64.' }),
    proxyHealthCheckIntervalSeconds: t.int({ description: '1 to 86400.' }),
    progressPushPerSecond: t.int({ description: '1 to 50.' }),
    changeRetentionHours: t.int({ description: '1 to 8760.' }),
  }),
});

defineChangeType(SETTINGS, { type: SettingsRef });

builder.queryField('settings', (t) =>
  t.field({
    type: SettingsRef,
    resolve: (_root, _args, ctx) => {
      requireViewer(ctx);
      return settings.getSettings(ctx.services);
    },
  }),
);

builder.mutationField('updateSettings', (t) =>
  t.field({
    type: SettingsRef,
    description: 'ADMIN only.',
    args: { input: t.arg({ type: UpdateSettingsInput, required: true }) },
    resolve: (_root, { input }, ctx) => settings.updateSettings(ctx.services, requireViewer(ctx), input),
  }),
);
