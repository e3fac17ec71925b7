import type { Executor } from '../../db/database.js';
import { newestFirst, type PageRequest } from '../../db/pagination.js';
import type { HealthStatus, ProxyHealthSampleRow, ProxyPoolRow, ProxyRow } from './table.js';

export async function findProxy(db: Executor, id: string): Promise<ProxyRow | undefined> {
  return db.selectFrom('proxies').selectAll().where('id', '=', id).executeTakeFirst();
}

export async function listProxies(
  db: Executor,
  page: PageRequest,
  filter: { poolId?: string; health?: HealthStatus },
): Promise<ProxyRow[]> {
  const query = db
    .selectFrom('proxies')
    .selectAll()
    .$if(filter.poolId !== undefined, (qb) => qb.where('pool_id', '=', filter.poolId!))
    .$if(filter.health !== undefined, (qb) => qb.where('health_status', '=', filter.health!));
  return newestFirst(query, page, 'created_at', 'id').execute();
}

export async function proxiesInPool(db: Executor, poolId: string): Promise<ProxyRow[]> {
  return db.selectFrom('proxies').selectAll().where('pool_id', '=', poolId).orderBy('created_at').orderBy('id').execute();
}

export async function enabledProxies(db: Executor): Promise<ProxyRow[]> {
  return db.selectFrom('proxies').selectAll().where('enabled', '=', 1).orderBy('created_at').orderBy('id').execute();
}

export async function insertProxy(db: Executor, row: ProxyRow): Promise<void> {
  await db.insertInto('proxies').values(row).execute();
}

export async function updateProxy(db: Executor, row: ProxyRow): Promise<void> {
  const { id, ...fields } = row;
  await db.updateTable('proxies').set(fields).where('id', '=', id).execute();
}

/** Writes only if the row is still at `expectedVersion`; false when another writer got there first. */
export async function updateProxyIfVersion(db: Executor, row: ProxyRow, expectedVersion: number): Promise<boolean> {
  const { id, ...fields } = row;
  const result = await db.updateTable('proxies').set(fields).where('id', '=', id).where('version', '=', expectedVersion).executeTakeFirst();
  return result.numUpdatedRows > 0n;
}

export async function deleteProxy(db: Executor, id: string): Promise<void> {
  await db.deleteFrom('proxies').where('id', '=', id).execute();
}

export async function findPool(db: Executor, id: string): Promise<ProxyPoolRow | undefined> {
  return db.selectFrom('proxy_pools').selectAll().where('id', '=', id).executeTakeFirst();
}

export async function listPools(db: Executor, page: PageRequest): Promise<ProxyPoolRow[]> {
  return newestFirst(db.selectFrom('proxy_pools').selectAll(), page, 'created_at', 'id').execute();
}

export async function insertPool(db: Executor, row: ProxyPoolRow): Promise<void> {
  await db.insertInto('proxy_pools').values(row).execute();
}

export async function updatePool(db: Executor, row: ProxyPoolRow): Promise<void> {
  const { id, ...fields } = row;
  await db.updateTable('proxy_pools').set(fields).where('id', '=', id).execute();
}

export async function deletePool(db: Executor, id: string): Promise<void> {
  await db.deleteFrom('proxy_pools').where('id', '=', id).execute();
}

/** Records a check and forgets all but the newest `keep` of the proxy's checks. */
export async function recordHealthSample(db: Executor, sample: Omit<ProxyHealthSampleRow, 'id'>, keep: number): Promise<void> {
  await db.insertInto('proxy_health_samples').values(sample).execute();
  const oldestKept = await db
    .selectFrom('proxy_health_samples')
    .select('id')
    .where('proxy_id', '=', sample.proxy_id)
    .orderBy('id', 'desc')
    .limit(1)
    .offset(keep - 1)
    .executeTakeFirst();
  if (oldestKept) await db.deleteFrom('proxy_health_samples').where('proxy_id', '=', sample.proxy_id).where('id', '<', oldestKept.id).execute();
}

/** The proxy's kept checks, oldest first. */
export async function healthSamples(db: Executor, proxyId: string): Promise<ProxyHealthSampleRow[]> {
  return db.selectFrom('proxy_health_samples').selectAll().where('proxy_id', '=', proxyId).orderBy('id').execute();
}
