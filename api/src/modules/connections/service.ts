import { randomUUID } from 'node:crypto';
import type { Transaction } from 'kysely';
import type { Dialect } from '../../db/database.js';
import type { DB } from '../../db/tables.js';
import { commitWithChanges, type Emit, type WriteParts } from '../../changes/commit.js';
import type { Viewer } from '../../viewer.js';
import type { ConnectionRow } from './table.js';
import { Conflict, Forbidden, NotFound } from '../../errors.js';
import { findUser } from '../accounts/service.js';
import { touchCounts } from '../counts/touch.js';
import { announcePostVisibility } from '../feed/service.js';
import { notify } from '../notifications/service.js';
import * as repo from './repo.js';
import { declareEntity } from '../../entities.js';

/** Who may read a connection and its changes: its two parties. */
export const connectionAudience = (row: Pick<ConnectionRow, 'requester_id' | 'addressee_id'>) => [row.requester_id, row.addressee_id];

export const isParty = (row: ConnectionRow, userId: string) => row.requester_id === userId || row.addressee_id === userId;

function emitConnection(emit: Emit, op: 'CREATED' | 'UPDATED' | 'DELETED', row: ConnectionRow, version = row.version): void {
  emit({ topic: 'CONNECTION', op, entityId: row.id, version, audience: connectionAudience(row) });
}

/**
 * A connection the viewer is party to (anyone else's is reported missing, so ids reveal nothing), locked
 * until the write commits: two answers to one request run in turn, and the second sees the first.
 */
async function ownConnection(dialect: Dialect, trx: Transaction<DB>, viewer: Viewer, id: string) {
  const row = await repo.findConnectionToWrite(dialect, trx, id);
  if (!row || !isParty(row, viewer.id)) throw new NotFound('Connection', id);
  return row;
}

export async function loadConnection(services: WriteParts, id: string) {
  return repo.findConnection(services.database.db, id);
}

export function listConnections(services: WriteParts, viewer: Viewer, status?: ConnectionRow['status']) {
  return repo.listConnections(services.database.db, viewer.id, { status, direction: 'either' });
}

export function listRequests(services: WriteParts, viewer: Viewer, direction: 'incoming' | 'outgoing') {
  return repo.listConnections(services.database.db, viewer.id, { status: 'PENDING', direction });
}

export async function sendConnectionRequest(services: WriteParts, viewer: Viewer, userId: string): Promise<ConnectionRow> {
  if (userId === viewer.id) throw new Conflict('You cannot send a connection request to yourself', { field: 'userId' });
  const result = await commitWithChanges(services, async (trx, emit) => {
    const other = await findUser(trx, userId);
    if (!other) throw new NotFound('User', userId, 'userId');
    const existing = await repo.findByPair(trx, viewer.id, userId);
    if (existing) {
      const reason =
        existing.status === 'ACCEPTED'
          ? `You are already connected to ${other.display_name}`
          : existing.requester_id === viewer.id
            ? `Your request to ${other.display_name} is still pending`
            : `${other.display_name} already sent you a request: accept it instead`;
      throw new Conflict(reason, { field: 'userId', connectionId: existing.id });
    }
    const row: ConnectionRow = {
      id: randomUUID(),
      requester_id: viewer.id,
      addressee_id: userId,
      pair_key: repo.pairKey(viewer.id, userId),
      status: 'PENDING',
      created_at: new Date().toISOString(),
      accepted_at: null,
      version: 1,
    };
    await repo.insertConnection(trx, row);
    emitConnection(emit, 'CREATED', row);
    const requester = await findUser(trx, viewer.id);
    await notify(trx, emit, {
      userId,
      kind: 'CONNECTION_REQUEST',
      title: `${requester?.display_name ?? 'Someone'} wants to connect`,
      entityType: 'Connection',
      entityId: row.id,
    });
    touchCounts(emit, [userId]);
    return row;
  }).catch((error: unknown) => {
    // Two simultaneous requests between the same pair: the unique pair key lets only one in.
    if (error instanceof Error && /unique|UNIQUE/.test(error.message)) {
      throw new Conflict('A request between you two already exists', { field: 'userId' });
    }
    throw error;
  });
  return result;
}

export async function acceptConnectionRequest(services: WriteParts, viewer: Viewer, id: string): Promise<ConnectionRow> {
  return commitWithChanges(services, async (trx, emit) => {
    const current = await ownConnection(services.database.dialect, trx, viewer, id);
    if (current.status !== 'PENDING') throw new Conflict('This connection is already ACCEPTED', { status: current.status });
    if (current.addressee_id !== viewer.id) throw new Forbidden('Only the person asked can accept a request; you can cancel it');
    const row: ConnectionRow = { ...current, status: 'ACCEPTED', accepted_at: new Date().toISOString(), version: current.version + 1 };
    await repo.updateConnection(trx, row);
    emitConnection(emit, 'UPDATED', row);
    await announcePostVisibility(trx, emit, row.requester_id, row.addressee_id, 'CREATED');
    const accepter = await findUser(trx, viewer.id);
    await notify(trx, emit, {
      userId: current.requester_id,
      kind: 'CONNECTION_ACCEPTED',
      title: `${accepter?.display_name ?? 'Someone'} accepted your request`,
      entityType: 'Connection',
      entityId: row.id,
    });
    touchCounts(emit, [viewer.id]);
    return row;
  });
}

async function removePending(services: WriteParts, viewer: Viewer, id: string, side: 'addressee' | 'requester'): Promise<string> {
  return commitWithChanges(services, async (trx, emit) => {
    const current = await ownConnection(services.database.dialect, trx, viewer, id);
    if (current.status !== 'PENDING') {
      throw new Conflict('This connection is ACCEPTED; use removeConnection', { status: current.status });
    }
    if ((side === 'addressee' ? current.addressee_id : current.requester_id) !== viewer.id) {
      throw new Forbidden(side === 'addressee' ? 'Only the person asked can decline; you can cancel it' : 'Only the sender can cancel; you can decline it');
    }
    await repo.deleteConnection(trx, id);
    emitConnection(emit, 'DELETED', current, current.version + 1);
    touchCounts(emit, [current.addressee_id]);
    return id;
  });
}

export const declineConnectionRequest = (services: WriteParts, viewer: Viewer, id: string) => removePending(services, viewer, id, 'addressee');
export const cancelConnectionRequest = (services: WriteParts, viewer: Viewer, id: string) => removePending(services, viewer, id, 'requester');

export async function removeConnection(services: WriteParts, viewer: Viewer, id: string): Promise<string> {
  return commitWithChanges(services, async (trx, emit) => {
    const current = await ownConnection(services.database.dialect, trx, viewer, id);
    if (current.status !== 'ACCEPTED') {
      throw new Conflict('This request is still PENDING; decline or cancel it', { status: current.status });
    }
    await repo.deleteConnection(trx, id);
    emitConnection(emit, 'DELETED', current, current.version + 1);
    await announcePostVisibility(trx, emit, current.requester_id, current.addressee_id, 'DELETED');
    return id;
  });
}

export const CONNECTION = declareEntity({ typeName: 'Connection', table: 'connections', load: loadConnection });
