import type { Transaction } from 'kysely';
import { commitWithChanges, type Emit, type Writer } from '../changes/commit.js';
import type { ChangeTopic } from '../changes/topics.js';
import type { Executor } from '../db/database.js';
import type { DB } from '../db/tables.js';
import { NotFound } from '../errors.js';
import type { Viewer } from '../viewer.js';
import { recordActivity } from './activity/service.js';
import { touchDashboard } from './dashboard/service.js';

/**
 * The write routine every console entity shares, written once: in one transaction, find the row
 * (NOT_FOUND if it is gone), write it, emit its change, move the dashboard when the entity counts
 * there, and record the activity line. A module supplies only what is its own: the row it writes
 * and the words of the activity line.
 */
export interface EntityKind<Row extends { id: string; version: number }> {
  topic: ChangeTopic;
  /** The GraphQL type name: NOT_FOUND messages and activity entries name it. */
  typeName: string;
  find(db: Executor, id: string): Promise<Row | undefined>;
  /** Whether creating or deleting one moves the dashboard's totals. */
  onDashboard: boolean;
}

type Trx = Transaction<DB>;

export async function createEntity<Row extends { id: string; version: number }>(
  writer: Writer,
  viewer: Viewer,
  kind: EntityKind<Row>,
  insert: (trx: Trx) => Promise<Row>,
  summary: (row: Row) => string,
): Promise<Row> {
  return commitWithChanges(writer, async (trx, emit) => {
    const row = await insert(trx);
    await announce(trx, emit, viewer, kind, 'CREATED', row.id, row.version, summary(row));
    return row;
  });
}

/** `change` gets the current row and returns the row as written (its version moved on). */
export async function updateEntity<Row extends { id: string; version: number }, Result = Row>(
  writer: Writer,
  viewer: Viewer,
  kind: EntityKind<Row>,
  id: string,
  change: (current: Row, trx: Trx) => Promise<Row & Result>,
  summary: (row: Row) => string,
): Promise<Row & Result> {
  return commitWithChanges(writer, async (trx, emit) => {
    const current = await kind.find(trx, id);
    if (!current) throw new NotFound(kind.typeName, id);
    const row = await change(current, trx);
    await announce(trx, emit, viewer, kind, 'UPDATED', id, row.version, summary(row));
    return row;
  });
}

/** `remove` deletes the row, or throws (say CONFLICT, when something still uses it). */
export async function deleteEntity<Row extends { id: string; version: number }>(
  writer: Writer,
  viewer: Viewer,
  kind: EntityKind<Row>,
  id: string,
  remove: (current: Row, trx: Trx) => Promise<void>,
  summary: (row: Row) => string,
): Promise<string> {
  return commitWithChanges(writer, async (trx, emit) => {
    const current = await kind.find(trx, id);
    if (!current) throw new NotFound(kind.typeName, id);
    await remove(current, trx);
    await announce(trx, emit, viewer, kind, 'DELETED', id, current.version + 1, summary(current));
    return id;
  });
}

const VERBS = { CREATED: 'created', UPDATED: 'updated', DELETED: 'deleted' } as const;

async function announce(
  trx: Trx,
  emit: Emit,
  viewer: Viewer,
  kind: EntityKind<{ id: string; version: number }>,
  op: keyof typeof VERBS,
  entityId: string,
  version: number,
  summary: string,
): Promise<void> {
  emit({ topic: kind.topic, op, entityId, version, audience: 'EVERYONE' });
  if (kind.onDashboard && op !== 'UPDATED') touchDashboard(emit);
  await recordActivity(trx, emit, { actorId: viewer.id, verb: VERBS[op], entityType: kind.typeName, entityId, summary });
}
