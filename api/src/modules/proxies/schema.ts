import { builder } from '../../builder.js';
import { NodeRef } from '../../nodes.js';
import { defineChangeType } from '../../changes/schema.js';
import { POOL } from './pools.js';
import { PROXY } from './service.js';
import { resolveNewestFirst } from '../../connection.js';
import { requireViewer } from '../../viewer.js';
import { HEALTH_STATUSES, POOL_STRATEGIES, type ProxyHealthSampleRow, type ProxyPoolRow, type ProxyRow } from './table.js';
import { HEALTH_HISTORY_LENGTH } from './health.js';
import * as pools from './pools.js';
import * as proxies from './service.js';

export const ProxyProtocolEnum = builder.enumType('ProxyProtocol', { values: ['HTTP', 'HTTPS', 'SOCKS5'] as const });
export const HealthStatusEnum = builder.enumType('HealthStatus', { values: HEALTH_STATUSES });
export const PoolStrategyEnum = builder.enumType('PoolStrategy', {
  values: POOL_STRATEGIES,
});

const ProxyHealthCheckRef = builder.objectRef<ProxyHealthSampleRow>('ProxyHealthCheck').implement({
  description: 'One check the health checker recorded.',
  fields: (t) => ({
    status: t.field({ type: HealthStatusEnum, resolve: (row) => row.status }),
    latencyMs: t.exposeInt('latency_ms', { nullable: true }),
    checkedAt: t.field({ type: 'DateTime', resolve: (row) => row.checked_at }),
    error: t.exposeString('error', { nullable: true }),
  }),
});

const ProxyHealthRef = builder.objectRef<ProxyRow>('ProxyHealth').implement({
  description: 'Measured by the server on its own schedule; changes arrive as ProxyChange.',
  fields: (t) => ({
    status: t.field({ type: HealthStatusEnum, resolve: (row) => row.health_status }),
    latencyMs: t.exposeInt('health_latency_ms', { nullable: true }),
    checkedAt: t.field({
      type: 'DateTime',
      nullable: true,
      description: 'When this status and latency were measured. Routine checks that find no material change do not move it.',
      resolve: (row) => row.health_checked_at,
    }),
    error: t.exposeString('health_error', { nullable: true }),
    history: t.field({
      type: [ProxyHealthCheckRef],
      description: `Oldest first: the last ${HEALTH_HISTORY_LENGTH} checks that were recorded (every flip, every latency move past the threshold, every checkProxy).`,
      resolve: (row, _args, ctx) => proxies.healthHistory(ctx.services, row.id),
    }),
  }),
});

export const ProxyPoolRef = builder.objectRef<ProxyPoolRow>('ProxyPool');

export const ProxyRef = builder.objectRef<ProxyRow>('Proxy').implement({
  interfaces: [NodeRef],
  description: 'An outbound proxy. Its password is write-only: no response, change or log line contains it.',
  fields: (t) => ({
    id: t.exposeID('id'),
    name: t.exposeString('name'),
    protocol: t.field({ type: ProxyProtocolEnum, resolve: (row) => row.protocol }),
    host: t.exposeString('host'),
    port: t.exposeInt('port'),
    username: t.exposeString('username', { nullable: true }),
    hasPassword: t.boolean({ resolve: (row) => row.password !== null }),
    enabled: t.boolean({ resolve: (row) => row.enabled === 1 }),
    pool: t.field({
      type: ProxyPoolRef,
      nullable: true,
      resolve: (row, _args, ctx) => (row.pool_id ? pools.loadPool(ctx.services, row.pool_id) : null),
    }),
    health: t.field({ type: ProxyHealthRef, resolve: (row) => row }),
    version: t.exposeInt('version'),
    createdAt: t.field({ type: 'DateTime', resolve: (row) => row.created_at }),
    updatedAt: t.field({ type: 'DateTime', resolve: (row) => row.updated_at }),
  }),
});

ProxyPoolRef.implement({
  interfaces: [NodeRef],
  description: 'Proxies a campaign rotates through, picked by `strategy`.',
  fields: (t) => ({
    id: t.exposeID('id'),
    name: t.exposeString('name'),
    strategy: t.field({ type: PoolStrategyEnum, resolve: (row) => row.strategy }),
    proxies: t.field({
      type: [ProxyRef],
      // Unpaginated, and a pool may hold every proxy: nested through Proxy.pool, each level multiplies by its size.
      complexity: { field: 1, multiplier: 100 },
      resolve: (row, _args, ctx) => pools.proxiesInPool(ctx.services.database.db, row.id),
    }),
    version: t.exposeInt('version'),
    createdAt: t.field({ type: 'DateTime', resolve: (row) => row.created_at }),
    updatedAt: t.field({ type: 'DateTime', resolve: (row) => row.updated_at }),
  }),
});

const CreateProxyInput = builder.inputType('CreateProxyInput', {
  fields: (t) => ({
    name: t.string({ required: true }),
    protocol: t.field({ type: ProxyProtocolEnum, required: true }),
    host: t.string({ required: true }),
    port: t.int({ required: true }),
    username: t.string(),
    password: t.string({ description: 'Write-only.' }),
    enabled: t.boolean({ description: 'Default true.' }),
    poolId: t.id(),
  }),
});

const UpdateProxyInput = builder.inputType('UpdateProxyInput', {
  description: 'Only the fields given change. An empty username or password clears it.',
  fields: (t) => ({
    name: t.string(),
    protocol: t.field({ type: ProxyProtocolEnum }),
    host: t.string(),
    port: t.int(),
    username: t.string(),
    password: t.string({ description: 'Write-only.' }),
    enabled: t.boolean(),
  }),
});

const CreateProxyPoolInput = builder.inputType('CreateProxyPoolInput', {
  fields: (t) => ({
    name: t.string({ required: true }),
    strategy: t.field({ type: PoolStrategyEnum, description: 'Default ROUND_ROBIN.' }),
  }),
});

const UpdateProxyPoolInput = builder.inputType('UpdateProxyPoolInput', {
  fields: (t) => ({ name: t.string(), strategy: t.field({ type: PoolStrategyEnum }) }),
});

defineChangeType(PROXY, { type: ProxyRef, node: true });

defineChangeType(POOL, { type: ProxyPoolRef, node: true });

builder.queryFields((t) => ({
  proxy: t.field({
    type: ProxyRef,
    args: { id: t.arg.id({ required: true }) },
    resolve: (_root, { id }, ctx) => proxies.getProxy(ctx.services, requireViewer(ctx), String(id)),
  }),
  proxies: t.connection({
    type: ProxyRef,
    description: 'Newest first.',
    args: { poolId: t.arg.id(), health: t.arg({ type: HealthStatusEnum }) },
    resolve: (_root, args, ctx) => {
      const viewer = requireViewer(ctx);
      const filter = { poolId: args.poolId ? String(args.poolId) : undefined, health: args.health ?? undefined };
      return resolveNewestFirst(
        args,
        (row: ProxyRow) => ({ at: row.created_at, id: row.id }),
        (page) => proxies.listProxies(ctx.services, viewer, page, filter),
      );
    },
  }),
  proxyPool: t.field({
    type: ProxyPoolRef,
    args: { id: t.arg.id({ required: true }) },
    resolve: (_root, { id }, ctx) => pools.getPool(ctx.services, requireViewer(ctx), String(id)),
  }),
  proxyPools: t.connection({
    type: ProxyPoolRef,
    description: 'Newest first.',
    resolve: (_root, args, ctx) => {
      const viewer = requireViewer(ctx);
      return resolveNewestFirst(
        args,
        (row: ProxyPoolRow) => ({ at: row.created_at, id: row.id }),
        (page) => pools.listPools(ctx.services, viewer, page),
      );
    },
  }),
}));

builder.mutationFields((t) => ({
  createProxy: t.field({
    type: ProxyRef,
    args: { input: t.arg({ type: CreateProxyInput, required: true }) },
    resolve: (_root, { input }, ctx) => proxies.createProxy(ctx.services, requireViewer(ctx), input),
  }),
  updateProxy: t.field({
    type: ProxyRef,
    args: { id: t.arg.id({ required: true }), input: t.arg({ type: UpdateProxyInput, required: true }) },
    resolve: (_root, { id, input }, ctx) => proxies.updateProxy(ctx.services, requireViewer(ctx), String(id), input),
  }),
  deleteProxy: t.id({
    description: 'Returns the id of the deleted proxy.',
    args: { id: t.arg.id({ required: true }) },
    resolve: (_root, { id }, ctx) => proxies.deleteProxy(ctx.services, requireViewer(ctx), String(id)),
  }),
  checkProxy: t.field({
    type: ProxyRef,
    description: 'Runs a health check now and returns the proxy with its new health (also pushed as a ProxyChange).',
    args: { id: t.arg.id({ required: true }) },
    resolve: (_root, { id }, ctx) => proxies.checkProxy(ctx.services, requireViewer(ctx), String(id)),
  }),
  createProxyPool: t.field({
    type: ProxyPoolRef,
    args: { input: t.arg({ type: CreateProxyPoolInput, required: true }) },
    resolve: (_root, { input }, ctx) => pools.createPool(ctx.services, requireViewer(ctx), input),
  }),
  updateProxyPool: t.field({
    type: ProxyPoolRef,
    args: { id: t.arg.id({ required: true }), input: t.arg({ type: UpdateProxyPoolInput, required: true }) },
    resolve: (_root, { id, input }, ctx) => pools.updatePool(ctx.services, requireViewer(ctx), String(id), input),
  }),
  deleteProxyPool: t.id({
    description: 'Returns the id of the deleted pool; its proxies stay, without a pool.',
    args: { id: t.arg.id({ required: true }) },
    resolve: (_root, { id }, ctx) => pools.deletePool(ctx.services, requireViewer(ctx), String(id)),
  }),
  addProxyToPool: t.field({
    type: ProxyPoolRef,
    description: 'A proxy is in at most one pool; adding it here moves it from its previous pool.',
    args: { poolId: t.arg.id({ required: true }), proxyId: t.arg.id({ required: true }) },
    resolve: (_root, args, ctx) =>
      pools.addProxyToPool(ctx.services, requireViewer(ctx), String(args.poolId), String(args.proxyId)),
  }),
  removeProxyFromPool: t.field({
    type: ProxyPoolRef,
    args: { poolId: t.arg.id({ required: true }), proxyId: t.arg.id({ required: true }) },
    resolve: (_root, args, ctx) =>
      pools.removeProxyFromPool(ctx.services, requireViewer(ctx), String(args.poolId), String(args.proxyId)),
  }),
}));
