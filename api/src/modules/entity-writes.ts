import { randomUUID } from 'node:crypto';
import type { Transaction } from 'kysely';
import { requireRole } from '../capabilities.js';
import { commitWithChanges, type Emit, type WriteParts } from '../changes/commit.js';
import { rowToWrite, type Dialect, type Executor } from '../db/database.js';
import type { ConsoleEntity } from '../entities.js';
import type { DB } from '../db/tables.js';
import { NotFound } from '../errors.js';
import type { Viewer } from '../viewer.js';
import { recordActivity } from './activity/service.js';
import { moveDashboard, moved } from './dashboard/service.js';
import type { DashboardCount } from './dashboard/table.js';

/*
 * The write routine every console entity (its declaration: `ConsoleEntity`, entities.ts) shares, written once: in one transaction, find the row
 * (NOT_FOUND if it is gone), write it, emit its change, move the dashboard when the entity counts
 * there (a create, a delete, or an update that moves the row to another count), and record the
 * activity line. A module supplies only what is its own: the row it writes and the activity's words.
 * Every console write needs the MEMBER role (a VIEWER reads the console only), checked here first,
 * on every transport and through API keys alike.
 */

interface Versioned {
  id: string;
  version: number;
}

/** The transaction a write runs in, and how it emits further changes (say, a pool whose members moved). */
export interface WriteScope {
  trx: Transaction<DB>;
  emit: Emit;
}

/** The columns every new console entity starts with. */
export function newEntityColumns(viewer: Viewer) {
  const now = new Date().toISOString();
  return { id: randomUUID(), created_by: viewer.id, created_at: now, updated_at: now, version: 1 };
}

/** The columns every write of an entity moves on. */
export function nextVersion(current: Versioned, now = new Date().toISOString()) {
  return { updated_at: now, version: current.version + 1 };
}

/** The row found, or NOT_FOUND naming `field` when the id came from an argument other than the main one. */
function foundOrFail<Row>(row: Row | undefined, kind: Pick<ConsoleEntity<Versioned>, 'typeName'>, id: string, field?: string): Row {
  if (!row) throw new NotFound(kind.typeName, id, field);
  return row;
}

export async function findOrFail<Row extends Versioned>(db: Executor, kind: ConsoleEntity<Row>, id: string, field?: string): Promise<Row> {
  return foundOrFail(await kind.find(db, id), kind, id, field);
}

/** The row a write starts from, locked until it commits (`rowToWrite`); NOT_FOUND when it is gone. */
async function findToWrite<Row extends Versioned>(dialect: Dialect, trx: Transaction<DB>, kind: ConsoleEntity<Row>, id: string, field?: string): Promise<Row> {
  return foundOrFail(await rowToWrite<Row>(dialect, trx, kind.table, id), kind, id, field);
}

export async function createEntity<Row extends Versioned>(
  writer: WriteParts,
  viewer: Viewer,
  kind: ConsoleEntity<Row>,
  insert: (scope: WriteScope) => Promise<Row>,
  summary: (row: Row) => string,
): Promise<Row> {
  requireRole(viewer, 'MEMBER', `create a ${kind.typeName}`);
  return commitWithChanges(writer, async (trx, emit) => {
    const row = await insert({ trx, emit });
    const dashboardMoves = kind.dashboardCount ? [[kind.dashboardCount(row), 1] as const] : [];
    await announce({ trx, emit }, viewer, kind, { op: 'CREATED', entityId: row.id, version: row.version, summary: summary(row), dashboardMoves });
    return row;
  });
}

export interface UpdateOptions {
  /** The argument that named the id, when NOT_FOUND should name it (`poolId`). */
  idField?: string;
  /** The activity verb, when "updated" says too little (`paused`). */
  verb?: string;
}

/**
 * `change` gets the current row and returns the row as written (its version moved on), or
 * undefined when there is nothing to change (then nothing is announced).
 */
export async function updateEntity<Row extends Versioned>(
  writer: WriteParts,
  viewer: Viewer,
  kind: ConsoleEntity<Row>,
  id: string,
  change: (current: Row, scope: WriteScope) => Promise<Row | undefined>,
  summary: (row: Row) => string,
  options: UpdateOptions = {},
): Promise<Row> {
  requireRole(viewer, 'MEMBER', `change a ${kind.typeName}`);
  return commitWithChanges(writer, async (trx, emit) => {
    const current = await findToWrite(writer.database.dialect, trx, kind, id, options.idField);
    const row = await change(current, { trx, emit });
    if (!row) return current;
    const dashboardMoves = kind.dashboardCount ? moved(kind.dashboardCount(current), kind.dashboardCount(row)) : [];
    await announce({ trx, emit }, viewer, kind, { op: 'UPDATED', entityId: id, version: row.version, summary: summary(row), dashboardMoves, verb: options.verb });
    return row;
  });
}

/** `remove` deletes the row, or throws (say CONFLICT, when something still uses it). */
export async function deleteEntity<Row extends Versioned>(
  writer: WriteParts,
  viewer: Viewer,
  kind: ConsoleEntity<Row>,
  id: string,
  remove: (current: Row, scope: WriteScope) => Promise<void>,
  summary: (row: Row) => string,
): Promise<string> {
  requireRole(viewer, 'MEMBER', `delete a ${kind.typeName}`);
  return commitWithChanges(writer, async (trx, emit) => {
    const current = await findToWrite(writer.database.dialect, trx, kind, id);
    await remove(current, { trx, emit });
    const dashboardMoves = kind.dashboardCount ? [[kind.dashboardCount(current), -1] as const] : [];
    await announce({ trx, emit }, viewer, kind, { op: 'DELETED', entityId: id, version: current.version + 1, summary: summary(current), dashboardMoves });
    return id;
  });
}

const VERBS = { CREATED: 'created', UPDATED: 'updated', DELETED: 'deleted' } as const;

interface Announcement {
  op: keyof typeof VERBS;
  entityId: string;
  version: number;
  summary: string;
  dashboardMoves: ReadonlyArray<readonly [DashboardCount, number]>;
  verb?: string;
}

/** In this order on the stream: the entity, then the dashboard it moved, then the activity line. */
async function announce(
  { trx, emit }: WriteScope,
  viewer: Viewer,
  kind: Pick<ConsoleEntity<Versioned>, 'topic' | 'typeName'>,
  { op, entityId, version, summary, dashboardMoves, verb = VERBS[op] }: Announcement,
): Promise<void> {
  emit({ topic: kind.topic, op, entityId, version, audience: 'EVERYONE' });
  await moveDashboard(trx, emit, dashboardMoves);
  await recordActivity(trx, emit, { actorId: viewer.id, verb, entityType: kind.typeName, entityId, summary });
}
