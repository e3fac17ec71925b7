import { isIP } from 'node:net';
import { z } from 'zod';
import { requireRole } from '../../capabilities.js';
import type { WriteParts } from '../../changes/commit.js';
import type { PageRequest } from '../../db/pagination.js';
import type { HealthStatus, ProxyRow } from './table.js';
import { entityName, parseInput } from '../../validation.js';
import type { Viewer } from '../../viewer.js';
import { proxyCount } from '../dashboard/service.js';
import { createEntity, deleteEntity, findOrFail, newEntityColumns, nextVersion, updateEntity } from '../entity-writes.js';
import type { ProxyHealthChecker } from './health.js';
import { findOrFailPool, touchPool, touchPoolOf } from './pools.js';
import * as repo from './repo.js';
import { declareConsoleEntity } from '../../entities.js';

/** Writes that change what a proxy's health check sees ask for a check. */
type ProxyWriter = WriteParts & { proxyHealth: Pick<ProxyHealthChecker, 'checkSoon' | 'checkNow'> };

const hostname = /^(?=.{1,253}$)([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?)(\.[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?)*$/i;
const host = z
  .string()
  .trim()
  .refine((value) => isIP(value) !== 0 || hostname.test(value), 'must be a host name or an IP address');
const port = z.number().int().min(1, 'must be between 1 and 65535').max(65535, 'must be between 1 and 65535');
const protocol = z.enum(['HTTP', 'HTTPS', 'SOCKS5']);
const username = z.string().max(255, 'must be at most 255 characters');
const password = z.string().max(1024, 'must be at most 1024 characters');

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

export const PROXY = declareConsoleEntity({ typeName: 'Proxy', table: 'proxies', uniquelyNamed: true, find: repo.findProxy, dashboardCount: (row: ProxyRow) => proxyCount(row.health_status) });

export const getProxy = (services: WriteParts, _viewer: Viewer, id: string) => findOrFail(services.database.db, PROXY, id);

export function loadProxy(services: WriteParts, id: string) {
  return repo.findProxy(services.database.db, id);
}

/** The proxy's recorded health checks, oldest first. */
export function healthHistory(services: WriteParts, proxyId: string) {
  return repo.healthSamples(services.database.db, proxyId);
}

export function listProxies(services: WriteParts, _viewer: Viewer, page: PageRequest, filter: { poolId?: string; health?: HealthStatus }) {
  return repo.listProxies(services.database.db, page, filter);
}

export async function createProxy(services: ProxyWriter, viewer: Viewer, rawInput: unknown): Promise<ProxyRow> {
  const input = parseInput(createProxyInput, rawInput);
  const row = await createEntity(services, viewer, PROXY, async (scope) => {
    const pool = input.poolId ? await findOrFailPool(scope.trx, input.poolId, 'input.poolId') : undefined;
    const created: ProxyRow = {
      ...newEntityColumns(viewer),
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
    };
    await repo.insertProxy(scope.trx, created);
    if (pool) await touchPool(scope, pool);
    return created;
  }, (created) => `created ${created.protocol} proxy "${created.name}" (${created.host}:${created.port})`);
  if (row.enabled) services.proxyHealth.checkSoon(row.id);
  return row;
}

const ENDPOINT = ['protocol', 'host', 'port', 'username', 'password'] as const;

export async function updateProxy(services: ProxyWriter, viewer: Viewer, id: string, rawInput: unknown): Promise<ProxyRow> {
  const input = parseInput(updateProxyInput, rawInput);
  let recheck = false;
  const row = await updateEntity(services, viewer, PROXY, id, async (current, scope) => {
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
      ...nextVersion(current),
    };
    const endpointChanged = ENDPOINT.some((key) => next[key] !== current[key]);
    if (endpointChanged) {
      // The old measurement says nothing about the new endpoint.
      Object.assign(next, { health_status: 'UNKNOWN', health_latency_ms: null, health_checked_at: null, health_error: null });
    }
    await repo.updateProxy(scope.trx, next);
    await touchPoolOf(scope, current);
    recheck = next.enabled === 1 && (endpointChanged || current.enabled === 0);
    return next;
  }, (next) => `updated proxy "${next.name}"`);
  if (recheck) services.proxyHealth.checkSoon(id);
  return row;
}

export async function deleteProxy(services: WriteParts, viewer: Viewer, id: string): Promise<string> {
  return deleteEntity(services, viewer, PROXY, id, async (current, scope) => {
    await repo.deleteProxy(scope.trx, id);
    await touchPoolOf(scope, current);
  }, (row) => `deleted proxy "${row.name}"`);
}

export async function checkProxy(services: ProxyWriter, viewer: Viewer, id: string): Promise<ProxyRow> {
  requireRole(viewer, 'MEMBER', 'check a Proxy');
  return services.proxyHealth.checkNow(await getProxy(services, viewer, id));
}
