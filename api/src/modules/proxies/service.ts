import { randomUUID } from 'node:crypto';
import { isIP } from 'node:net';
import type { Transaction } from 'kysely';
import { z } from 'zod';
import { commitWithChanges, type Emit, type Writer } from '../../changes/commit.js';
import type { Viewer } from '../../viewer.js';
import type { Executor } from '../../db/database.js';
import type { PageRequest } from '../../db/pagination.js';
import type { DB, HealthStatus, ProxyPoolRow, ProxyRow } from '../../db/tables.js';
import { Conflict, NotFound } from '../../errors.js';
import { entityName, parseInput } from '../../validation.js';
import { recordActivity } from '../activity/service.js';
import { refuseIfUsed } from '../campaigns/references.js';
import { touchDashboard } from '../dashboard/service.js';
import type { ProxyHealthChecker } from './health.js';
import * as repo from './repo.js';

/** Writes that change what a proxy's health check sees ask for a check. */
type ProxyWriter = Writer & { proxyHealth: Pick<ProxyHealthChecker, 'checkSoon' | 'checkNow'> };

const hostname = /^(?=.{1,253}$)([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?)(\.[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?)*$/i;
const host = z
  .string()
  .trim()
  .refine((value) => isIP(value) !== 0 || hostname.test(value), 'must be a host name or an IP address');
const port = z.number().int().min(1, 'must be between 1 and 65535').max(65535, 'must be between 1 and 65535');
const protocol = z.enum(['HTTP', 'HTTPS', 'SOCKS5']);
const username = z.string().max(255, 'must be at most 255 characters');
const password = z.string().max(1024, 'must be at most 1024 characters');
const strategy = z.enum(['ROUND_ROBIN', 'RANDOM', 'LEAST_LATENCY'], {
  error: 'must be one of ROUND_ROBIN, RANDOM, LEAST_LATENCY',
});

const createProxyInput = z.object({
  name: entityName,
  protocol,
  host,
  port,
  username: username.optional(),
  password: password.optional(),
  enabled: z.boolean().optional(),
  poolId: z.string().optional(),
});

const updateProxyInput = z.object({
  name: entityName.optional(),
  protocol: protocol.optional(),
  host: host.optional(),
  port: port.optional(),
  username: username.optional(),
  password: password.optional(),
  enabled: z.boolean().optional(),
});

const createPoolInput = z.object({ name: entityName, strategy: strategy.default('ROUND_ROBIN') });
const updatePoolInput = z.object({ name: entityName.optional(), strategy: strategy.optional() });

const EVERYONE = 'EVERYONE' as const;

function emitProxy(emit: Emit, op: 'CREATED' | 'UPDATED' | 'DELETED', id: string, version: number): void {
  emit({ topic: 'PROXY', op, entityId: id, version, audience: EVERYONE });
}

function emitPool(emit: Emit, op: 'CREATED' | 'UPDATED' | 'DELETED', id: string, version: number): void {
  emit({ topic: 'PROXY_POOL', op, entityId: id, version, audience: EVERYONE });
}

async function requirePool(trx: Transaction<DB>, id: string, field: string): Promise<ProxyPoolRow> {
  const pool = await repo.findPool(trx, id);
  if (!pool) throw new NotFound('ProxyPool', id, field);
  return pool;
}

/** Bumps a pool's version because its membership (or a member) changed. */
async function touchPool(trx: Transaction<DB>, emit: Emit, pool: ProxyPoolRow): Promise<ProxyPoolRow> {
  const row = { ...pool, updated_at: new Date().toISOString(), version: pool.version + 1 };
  await repo.updatePool(trx, row);
  emitPool(emit, 'UPDATED', row.id, row.version);
  return row;
}

/** `touchPool` for the pool a proxy is in, if any. */
async function touchPoolOf(trx: Transaction<DB>, emit: Emit, proxy: Pick<ProxyRow, 'pool_id'>): Promise<void> {
  const pool = proxy.pool_id ? await repo.findPool(trx, proxy.pool_id) : undefined;
  if (pool) await touchPool(trx, emit, pool);
}

export async function getProxy(services: Writer, _viewer: Viewer, id: string): Promise<ProxyRow> {
  const row = await repo.findProxy(services.database.db, id);
  if (!row) throw new NotFound('Proxy', id);
  return row;
}

export function loadProxy(services: Writer, id: string) {
  return repo.findProxy(services.database.db, id);
}

export function listProxies(services: Writer, _viewer: Viewer, page: PageRequest, filter: { poolId?: string; health?: HealthStatus }) {
  return repo.listProxies(services.database.db, page, filter);
}

/** A pool, read inside the caller's transaction (or from `db`). */
export function findPool(db: Executor, id: string): Promise<ProxyPoolRow | undefined> {
  return repo.findPool(db, id);
}

/** A pool's proxies, read inside the caller's transaction (or from `db`). */
export function proxiesInPool(db: Executor, poolId: string): Promise<ProxyRow[]> {
  return repo.proxiesInPool(db, poolId);
}

export async function createProxy(services: ProxyWriter, viewer: Viewer, rawInput: unknown): Promise<ProxyRow> {
  const input = parseInput(createProxyInput, rawInput);
  return commitWithChanges(services, async (trx, emit) => {
    const pool = input.poolId ? await requirePool(trx, input.poolId, 'input.poolId') : undefined;
    const now = new Date().toISOString();
    const row: ProxyRow = {
      id: randomUUID(),
      name: input.name,
      protocol: input.protocol,
      host: input.host,
      port: input.port,
      username: input.username || null,
      password: input.password || null,
      enabled: input.enabled === false ? 0 : 1,
      pool_id: pool?.id ?? null,
      health_status: 'UNKNOWN',
      health_latency_ms: null,
      health_checked_at: null,
      health_error: null,
      created_by: viewer.id,
      created_at: now,
      updated_at: now,
      version: 1,
    };
    await repo.insertProxy(trx, row);
    emitProxy(emit, 'CREATED', row.id, 1);
    if (pool) await touchPool(trx, emit, pool);
    touchDashboard(emit);
    await recordActivity(trx, emit, {
      actorId: viewer.id,
      verb: 'created',
      entityType: 'Proxy',
      entityId: row.id,
      summary: `created ${row.protocol} proxy "${row.name}" (${row.host}:${row.port})`,
    });
    return row;
  }).then((row) => {
    if (row.enabled) services.proxyHealth.checkSoon(row.id);
    return row;
  });
}

export async function updateProxy(services: ProxyWriter, viewer: Viewer, id: string, rawInput: unknown): Promise<ProxyRow> {
  const input = parseInput(updateProxyInput, rawInput);
  const result = await commitWithChanges(services, async (trx, emit) => {
    const current = await repo.findProxy(trx, id);
    if (!current) throw new NotFound('Proxy', id);
    const next: ProxyRow = {
      ...current,
      name: input.name ?? current.name,
      protocol: input.protocol ?? current.protocol,
      host: input.host ?? current.host,
      port: input.port ?? current.port,
      // An empty string clears a credential; an omitted one keeps it.
      username: input.username === undefined ? current.username : input.username || null,
      password: input.password === undefined ? current.password : input.password || null,
      enabled: input.enabled === undefined ? current.enabled : input.enabled ? 1 : 0,
      updated_at: new Date().toISOString(),
      version: current.version + 1,
    };
    const endpointChanged = (['protocol', 'host', 'port', 'username', 'password'] as const).some(
      (key) => next[key] !== current[key],
    );
    if (endpointChanged) {
      // The old measurement says nothing about the new endpoint.
      Object.assign(next, { health_status: 'UNKNOWN', health_latency_ms: null, health_checked_at: null, health_error: null });
      if (current.health_status !== 'UNKNOWN') touchDashboard(emit);
    }
    await repo.updateProxy(trx, next);
    emitProxy(emit, 'UPDATED', id, next.version);
    await touchPoolOf(trx, emit, current);
    await recordActivity(trx, emit, {
      actorId: viewer.id,
      verb: 'updated',
      entityType: 'Proxy',
      entityId: id,
      summary: `updated proxy "${next.name}"`,
    });
    return { row: next, recheck: next.enabled === 1 && (endpointChanged || current.enabled === 0) };
  });
  if (result.recheck) services.proxyHealth.checkSoon(id);
  return result.row;
}

export async function deleteProxy(services: Writer, viewer: Viewer, id: string): Promise<string> {
  return commitWithChanges(services, async (trx, emit) => {
    const current = await repo.findProxy(trx, id);
    if (!current) throw new NotFound('Proxy', id);
    await repo.deleteProxy(trx, id);
    emitProxy(emit, 'DELETED', id, current.version + 1);
    await touchPoolOf(trx, emit, current);
    touchDashboard(emit);
    await recordActivity(trx, emit, {
      actorId: viewer.id,
      verb: 'deleted',
      entityType: 'Proxy',
      entityId: id,
      summary: `deleted proxy "${current.name}"`,
    });
    return id;
  });
}

export async function getPool(services: Writer, _viewer: Viewer, id: string): Promise<ProxyPoolRow> {
  const row = await repo.findPool(services.database.db, id);
  if (!row) throw new NotFound('ProxyPool', id);
  return row;
}

export function loadPool(services: Writer, id: string) {
  return repo.findPool(services.database.db, id);
}

export function listPools(services: Writer, _viewer: Viewer, page: PageRequest) {
  return repo.listPools(services.database.db, page);
}

export async function createPool(services: Writer, viewer: Viewer, rawInput: unknown): Promise<ProxyPoolRow> {
  const input = parseInput(createPoolInput, rawInput);
  return commitWithChanges(services, async (trx, emit) => {
    const now = new Date().toISOString();
    const row: ProxyPoolRow = {
      id: randomUUID(),
      name: input.name,
      strategy: input.strategy,
      created_by: viewer.id,
      created_at: now,
      updated_at: now,
      version: 1,
    };
    await repo.insertPool(trx, row);
    emitPool(emit, 'CREATED', row.id, 1);
    touchDashboard(emit);
    await recordActivity(trx, emit, {
      actorId: viewer.id,
      verb: 'created',
      entityType: 'ProxyPool',
      entityId: row.id,
      summary: `created proxy pool "${row.name}" (${row.strategy})`,
    });
    return row;
  });
}

export async function updatePool(services: Writer, viewer: Viewer, id: string, rawInput: unknown): Promise<ProxyPoolRow> {
  const input = parseInput(updatePoolInput, rawInput);
  return commitWithChanges(services, async (trx, emit) => {
    const current = await repo.findPool(trx, id);
    if (!current) throw new NotFound('ProxyPool', id);
    const row: ProxyPoolRow = {
      ...current,
      name: input.name ?? current.name,
      strategy: input.strategy ?? current.strategy,
      updated_at: new Date().toISOString(),
      version: current.version + 1,
    };
    await repo.updatePool(trx, row);
    emitPool(emit, 'UPDATED', id, row.version);
    await recordActivity(trx, emit, {
      actorId: viewer.id,
      verb: 'updated',
      entityType: 'ProxyPool',
      entityId: id,
      summary: `updated proxy pool "${row.name}"`,
    });
    return row;
  });
}

export async function deletePool(services: Writer, viewer: Viewer, id: string): Promise<string> {
  return commitWithChanges(services, async (trx, emit) => {
    const current = await repo.findPool(trx, id);
    if (!current) throw new NotFound('ProxyPool', id);
    await refuseIfUsed(trx, `Proxy pool "${current.name}"`, { proxyPoolId: id });
    for (const proxy of await repo.proxiesInPool(trx, id)) {
      await repo.updateProxy(trx, { ...proxy, pool_id: null, version: proxy.version + 1 });
      emitProxy(emit, 'UPDATED', proxy.id, proxy.version + 1);
    }
    await repo.deletePool(trx, id);
    emitPool(emit, 'DELETED', id, current.version + 1);
    touchDashboard(emit);
    await recordActivity(trx, emit, {
      actorId: viewer.id,
      verb: 'deleted',
      entityType: 'ProxyPool',
      entityId: id,
      summary: `deleted proxy pool "${current.name}"`,
    });
    return id;
  });
}

export async function addProxyToPool(services: Writer, viewer: Viewer, poolId: string, proxyId: string): Promise<ProxyPoolRow> {
  return commitWithChanges(services, async (trx, emit) => {
    const pool = await requirePool(trx, poolId, 'poolId');
    const proxy = await repo.findProxy(trx, proxyId);
    if (!proxy) throw new NotFound('Proxy', proxyId, 'proxyId');
    if (proxy.pool_id === poolId) return pool;
    await touchPoolOf(trx, emit, proxy); // the pool it leaves
    await repo.updateProxy(trx, { ...proxy, pool_id: poolId, updated_at: new Date().toISOString(), version: proxy.version + 1 });
    emitProxy(emit, 'UPDATED', proxyId, proxy.version + 1);
    const row = await touchPool(trx, emit, pool);
    await recordActivity(trx, emit, {
      actorId: viewer.id,
      verb: 'updated',
      entityType: 'ProxyPool',
      entityId: poolId,
      summary: `added proxy "${proxy.name}" to pool "${pool.name}"`,
    });
    return row;
  });
}

export async function removeProxyFromPool(
  services: Writer,
  viewer: Viewer,
  poolId: string,
  proxyId: string,
): Promise<ProxyPoolRow> {
  return commitWithChanges(services, async (trx, emit) => {
    const pool = await requirePool(trx, poolId, 'poolId');
    const proxy = await repo.findProxy(trx, proxyId);
    if (!proxy) throw new NotFound('Proxy', proxyId, 'proxyId');
    if (proxy.pool_id !== poolId) throw new Conflict(`Proxy "${proxy.name}" is not in pool "${pool.name}"`);
    await repo.updateProxy(trx, { ...proxy, pool_id: null, updated_at: new Date().toISOString(), version: proxy.version + 1 });
    emitProxy(emit, 'UPDATED', proxyId, proxy.version + 1);
    const row = await touchPool(trx, emit, pool);
    await recordActivity(trx, emit, {
      actorId: viewer.id,
      verb: 'updated',
      entityType: 'ProxyPool',
      entityId: poolId,
      summary: `removed proxy "${proxy.name}" from pool "${pool.name}"`,
    });
    return row;
  });
}

export async function checkProxy(services: ProxyWriter, _viewer: Viewer, id: string): Promise<ProxyRow> {
  const proxy = await repo.findProxy(services.database.db, id);
  if (!proxy) throw new NotFound('Proxy', id);
  return services.proxyHealth.checkNow(proxy);
}
