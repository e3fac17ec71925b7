import { z } from 'zod';
import { commitWithChanges, type WriteParts } from '../../changes/commit.js';
import type { Viewer } from '../../viewer.js';
import type { SettingsRow } from './table.js';
import { Forbidden } from '../../errors.js';
import { parseInput } from '../../validation.js';
import { recordActivity } from '../activity/service.js';
import * as repo from './repo.js';
import { declareEntity } from '../../entities.js';

export const SETTINGS_ID = '1';

const whole = (min: number, max: number) =>
  z.number().int().min(min, `must be at least ${min}`).max(max, `must be at most ${max}`);

const updateInput = z.object({
  workerConcurrency: whole(1, 64).optional(),
  proxyHealthCheckIntervalSeconds: whole(1, 86_400).optional(),
  progressPushPerSecond: whole(1, 50).optional(),
  changeRetentionHours: whole(1, 24 * 365).optional(),
});

export function getSettings(services: WriteParts): Promise<SettingsRow> {
  return repo.readSettings(services.database.db);
}

export async function updateSettings(services: WriteParts, viewer: Viewer, rawInput: unknown): Promise<SettingsRow> {
  if (viewer.role !== 'ADMIN') throw new Forbidden('Only an ADMIN can change settings');
  const input = parseInput(updateInput, rawInput);
  return commitWithChanges(services, async (trx, emit) => {
    const current = await repo.readSettingsToWrite(services.database.dialect, trx);
    const row: SettingsRow = {
      ...current,
      worker_concurrency: input.workerConcurrency ?? current.worker_concurrency,
      proxy_health_check_interval_seconds:
        input.proxyHealthCheckIntervalSeconds ?? current.proxy_health_check_interval_seconds,
      progress_push_per_second: input.progressPushPerSecond ?? current.progress_push_per_second,
      change_retention_hours: input.changeRetentionHours ?? current.change_retention_hours,
      updated_at: new Date().toISOString(),
      version: current.version + 1,
    };
    await repo.writeSettings(trx, row);
    emit({ topic: 'SETTINGS', op: 'UPDATED', entityId: SETTINGS_ID, version: row.version, audience: 'EVERYONE' });
    await recordActivity(trx, emit, {
      actorId: viewer.id,
      verb: 'updated',
      entityType: 'Settings',
      entityId: SETTINGS_ID,
      summary: 'updated settings',
    });
    return row;
  });
}

/** One row, whatever the id: the change's entity id is the row's. */
export const SETTINGS = declareEntity({ typeName: 'Settings', table: 'settings', load: (services) => getSettings(services) });
