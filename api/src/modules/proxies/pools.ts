import { z } from 'zod';
import type { WriteParts } from '../../changes/commit.js';
import type { Executor } from '../../db/database.js';
import type { PageRequest } from '../../db/pagination.js';
import { POOL_STRATEGIES, type ProxyPoolRow, type ProxyRow } from './table.js';
import { Conflict, NotFound } from '../../errors.js';
import { entityName, parseInput } from '../../validation.js';
import type { Viewer } from '../../viewer.js';
import { refuseIfUsed } from '../campaigns/references.js';
import { createEntity, deleteEntity, findOrFail, newEntityColumns, nextVersion, updateEntity, type WriteScope } from '../entity-writes.js';
import * as repo from './repo.js';
import { declareConsoleEntity } from '../../entities.js';

/** Proxy pools: their own fields, and which proxies are in them. */

const strategy = z.enum(POOL_STRATEGIES, {
  error: 'must be one of ROUND_ROBIN, RANDOM, LEAST_LATENCY',
});
/** How an activity line names a strategy: in words, as the console says them. */
const STRATEGY_IN_WORDS: Record<z.infer<typeof strategy>, string> = { ROUND_ROBIN: 'round robin', RANDOM: 'random', LEAST_LATENCY: 'fastest first' };
const createPoolInput = z.object({ name: entityName, strategy: strategy.default('ROUND_ROBIN') });
const updatePoolInput = z.object({ name: entityName.optional(), strategy: strategy.optional() });

export const POOL = declareConsoleEntity({ typeName: 'ProxyPool', table: 'proxy_pools', uniquelyNamed: true, find: repo.findPool, dashboardCount: () => 'proxy_pools' });

/** A pool, read inside the caller's transaction (or from `db`). */
export function findPool(db: Executor, id: string): Promise<ProxyPoolRow | undefined> {
  return repo.findPool(db, id);
}

/** A pool's proxies, read inside the caller's transaction (or from `db`). */
export function proxiesInPool(db: Executor, poolId: string): Promise<ProxyRow[]> {
  return repo.proxiesInPool(db, poolId);
}

export const getPool = (services: WriteParts, _viewer: Viewer, id: string) => findOrFail(services.database.db, POOL, id);

/** A pool named by an argument (`field`) of some other write: NOT_FOUND names that argument. */
export const findOrFailPool = (db: Executor, id: string, field: string) => findOrFail(db, POOL, id, field);

export function loadPool(services: WriteParts, id: string) {
  return repo.findPool(services.database.db, id);
}

export function listPools(services: WriteParts, _viewer: Viewer, page: PageRequest) {
  return repo.listPools(services.database.db, page);
}

/** A pool's version moves when its membership (or a member) changes, so a client showing it refreshes. */
export async function touchPool({ trx, emit }: WriteScope, pool: ProxyPoolRow): Promise<ProxyPoolRow> {
  const row = { ...pool, ...nextVersion(pool) };
  await repo.updatePool(trx, row);
  emit({ topic: 'PROXY_POOL', op: 'UPDATED', entityId: row.id, version: row.version, audience: 'EVERYONE' });
  return row;
}

/** `touchPool` for the pool a proxy is in, if any. */
export async function touchPoolOf(scope: WriteScope, proxy: Pick<ProxyRow, 'pool_id'>): Promise<void> {
  const pool = proxy.pool_id ? await repo.findPool(scope.trx, proxy.pool_id) : undefined;
  if (pool) await touchPool(scope, pool);
}

/** Puts a proxy in a pool (or none), as a change of that proxy. */
async function setProxyPool({ trx, emit }: WriteScope, proxy: ProxyRow, poolId: string | null): Promise<void> {
  const moved = { ...proxy, pool_id: poolId, ...nextVersion(proxy) };
  await repo.updateProxy(trx, moved);
  emit({ topic: 'PROXY', op: 'UPDATED', entityId: proxy.id, version: moved.version, audience: 'EVERYONE' });
}

export async function createPool(services: WriteParts, viewer: Viewer, rawInput: unknown): Promise<ProxyPoolRow> {
  const input = parseInput(createPoolInput, rawInput);
  const row: ProxyPoolRow = {
    ...newEntityColumns(viewer),
    name: input.name,
    strategy: input.strategy,
  };
  return createEntity(services, viewer, POOL, async ({ trx }) => {
    await repo.insertPool(trx, row);
    return row;
  }, (created) => `created proxy pool "${created.name}" (${STRATEGY_IN_WORDS[created.strategy]})`);
}

export async function updatePool(services: WriteParts, viewer: Viewer, id: string, rawInput: unknown): Promise<ProxyPoolRow> {
  const input = parseInput(updatePoolInput, rawInput);
  return updateEntity(services, viewer, POOL, id, async (current, { trx }) => {
    const row: ProxyPoolRow = {
      ...current,
      name: input.name ?? current.name,
      strategy: input.strategy ?? current.strategy,
      ...nextVersion(current),
    };
    await repo.updatePool(trx, row);
    return row;
  }, (row) => `updated proxy pool "${row.name}"`);
}

/** Its proxies stay, in no pool. */
export async function deletePool(services: WriteParts, viewer: Viewer, id: string): Promise<string> {
  return deleteEntity(services, viewer, POOL, id, async (current, scope) => {
    await refuseIfUsed(scope.trx, `Proxy pool "${current.name}"`, { proxyPoolId: id });
    for (const proxy of await repo.proxiesInPool(scope.trx, id)) await setProxyPool(scope, proxy, null);
    await repo.deletePool(scope.trx, id);
  }, (row) => `deleted proxy pool "${row.name}"`);
}

export const addProxyToPool = (services: WriteParts, viewer: Viewer, poolId: string, proxyId: string) =>
  changeMembership(services, viewer, poolId, proxyId, (proxy) => (proxy.pool_id === poolId ? undefined : poolId));

export const removeProxyFromPool = (services: WriteParts, viewer: Viewer, poolId: string, proxyId: string) =>
  changeMembership(services, viewer, poolId, proxyId, (proxy, pool) => {
    if (proxy.pool_id !== poolId) throw new Conflict(`Proxy "${proxy.name}" is not in pool "${pool.name}"`);
    return null;
  });

/**
 * A membership change is an update of the pool: the proxy moves, the pools it leaves and joins move
 * on. `destination` says where the proxy goes: this pool, no pool (null), or nowhere new (undefined).
 */
async function changeMembership(
  services: WriteParts,
  viewer: Viewer,
  poolId: string,
  proxyId: string,
  destination: (proxy: ProxyRow, pool: ProxyPoolRow) => string | null | undefined,
): Promise<ProxyPoolRow> {
  let summary = '';
  return updateEntity(services, viewer, POOL, poolId, async (pool, scope) => {
    const proxy = await repo.findProxy(scope.trx, proxyId);
    if (!proxy) throw new NotFound('Proxy', proxyId, 'proxyId');
    const to = destination(proxy, pool);
    if (to === undefined) return undefined;
    if (to !== null) await touchPoolOf(scope, proxy); // the pool it leaves
    await setProxyPool(scope, proxy, to);
    summary = to === null ? `removed proxy "${proxy.name}" from pool "${pool.name}"` : `added proxy "${proxy.name}" to pool "${pool.name}"`;
    return touchPool(scope, pool);
  }, () => summary, { idField: 'poolId' });
}
