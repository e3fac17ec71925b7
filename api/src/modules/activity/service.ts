import type { Transaction } from 'kysely';
import type { Emit, WriteParts } from '../../changes/commit.js';
import type { Viewer } from '../../viewer.js';
import type { PageRequest } from '../../db/pagination.js';
import type { ActivityRow } from './table.js';
import type { DB } from '../../db/tables.js';
import { rowNumberOf, typedId } from '../../ids.js';
import * as repo from './repo.js';
import { declareEntity } from '../../entities.js';

export interface ActivityEntry {
  actorId: string | null;
  verb: 'created' | 'updated' | 'deleted' | (string & {});
  entityType: string;
  entityId: string;
  summary: string;
}

/** Records a line of the dashboard's activity table inside the caller's transaction. */
export async function recordActivity(trx: Transaction<DB>, emit: Emit, entry: ActivityEntry): Promise<void> {
  const id = await repo.insertActivity(trx, {
    at: new Date().toISOString(),
    actor_id: entry.actorId,
    verb: entry.verb,
    entity_type: entry.entityType,
    entity_id: entry.entityId,
    summary: entry.summary,
  });
  emit({ topic: 'ACTIVITY', op: 'CREATED', entityId: typedId('Activity', id), audience: 'EVERYONE' });
}

export function listActivity(services: WriteParts, _viewer: Viewer, page: PageRequest): Promise<ActivityRow[]> {
  return repo.listActivity(services.database.db, page);
}

export function loadActivity(services: WriteParts, id: string): Promise<ActivityRow | undefined> {
  const rowNumber = rowNumberOf('Activity', id);
  return rowNumber === undefined ? Promise.resolve(undefined) : repo.findActivity(services.database.db, rowNumber);
}

export const ACTIVITY = declareEntity({ typeName: 'Activity', table: 'activities', typedIds: true, load: loadActivity });
