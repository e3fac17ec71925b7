import { Writable } from 'node:stream';
import { pino } from 'pino';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { Ops_ChangesSubscription } from './gql/graphql.js';
import { startHttpProxy, type HttpProxy } from './fixtures/http-proxy.js';
import { startHttpSites, type HttpSites } from './fixtures/http-sites.js';
import { dataOf, errorCode, sleep, startServer, type TestServer, type TestUser } from './harness.js';
import {
  AddProxyToPool,
  CheckProxy,
  CreateProxy,
  CreateProxyPool,
  OpsChanges,
  ProxyDetails,
  RemoveProxyFromPool,
  UpdateProxy,
  UpdateSettings,
} from './operations-documents.js';

const PASSWORD = 'write-only-s3cret-7f1c';
const credentials = { username: 'scout', password: PASSWORD };

let sites: HttpSites;
let proxy: HttpProxy;
let server: TestServer;
let admin: TestUser;
let member: TestUser;
const logLines: string[] = [];

beforeAll(async () => {
  sites = await startHttpSites((_host, path) => (path === '/health' ? { status: 204, body: '' } : undefined));
  proxy = await startHttpProxy({ credentials });
  const logger = pino(
    { level: 'trace' },
    new Writable({
      write(chunk: Buffer, _encoding, done) {
        logLines.push(chunk.toString());
        done();
      },
    }),
  );
  server = await startServer({ PROXY_CHECK_URL: `${sites.url}/health` }, { logger });
  admin = await server.signUp('Admin');
  member = await server.signUp('Member');
});

afterAll(async () => {
  admin.closeClients();
  member.closeClients();
  await server.stop();
  await proxy.stop();
  await sites.stop();
});

afterEach(() => {
  admin.closeClients();
  member.closeClients();
});

const proxyInput = (name: string, port = proxy.port) => ({
  name,
  protocol: 'HTTP' as const,
  host: '127.0.0.1',
  port,
  ...credentials,
});

type ProxyChange = Extract<Ops_ChangesSubscription['changes'], { __typename: 'ProxyChange' }>;
const proxyChangesFor = (data: Ops_ChangesSubscription[], id: string): ProxyChange[] =>
  data.map(({ changes }) => changes).filter((c): c is ProxyChange => c.__typename === 'ProxyChange' && c.entityId === id);

describe('proxies', () => {
  it('the password is write-only: it is used to reach the proxy but appears in no response, change or log line', async () => {
    const stream = member.subscribe(OpsChanges, { after: await member.changeCursor() });
    const { createProxy } = await admin.gql(CreateProxy, { input: proxyInput('Scout') });
    expect(createProxy).toMatchObject({ username: 'scout', hasPassword: true });

    const { checkProxy } = await admin.gql(CheckProxy, { id: createProxy.id });
    expect(checkProxy.health).toMatchObject({ status: 'HEALTHY', error: null });
    expect(proxy.forwarded.at(-1)?.authorization).toBe(`Basic ${Buffer.from(`scout:${PASSWORD}`).toString('base64')}`);

    const { createProxyPool } = await admin.gql(CreateProxyPool, { input: { name: 'Scouts', strategy: 'LEAST_LATENCY' } });
    await admin.gql(AddProxyToPool, { poolId: createProxyPool.id, proxyId: createProxy.id });
    const details = await admin.request(ProxyDetails, { id: createProxy.id });
    expect(dataOf(details).proxy?.pool?.id).toBe(createProxyPool.id);
    await stream.waitUntil((data) => proxyChangesFor(data, createProxy.id).length >= 3);

    // A wrong password is seen as the proxy refusing it, which proves the stored one was sent before.
    await admin.gql(UpdateProxy, { id: createProxy.id, input: { password: 'wrong-one' } });
    const { checkProxy: refused } = await admin.gql(CheckProxy, { id: createProxy.id });
    expect(refused.health).toMatchObject({ status: 'UNHEALTHY', error: 'the proxy refused the credentials (407)' });

    const everything = JSON.stringify([createProxy, checkProxy, details.body, stream.results, logLines]);
    expect(logLines.length).toBeGreaterThan(0);
    expect(everything).not.toContain(PASSWORD);
    expect(everything).not.toContain(Buffer.from(`scout:${PASSWORD}`).toString('base64'));
  });

  it('the server checks health on its own schedule and pushes exactly one change per flip', async () => {
    await admin.gql(UpdateSettings, { input: { proxyHealthCheckIntervalSeconds: 1 } });
    const stream = member.subscribe(OpsChanges, { after: await member.changeCursor(), topics: ['PROXY', 'DASHBOARD'] });
    const { createProxy } = await admin.gql(CreateProxy, { input: proxyInput('Flipper') });
    const healthOf = (data: Parameters<typeof proxyChangesFor>[0]) =>
      proxyChangesFor(data, createProxy.id).map((change) => change.proxy?.health.status);

    await stream.waitUntil((data) => healthOf(data).includes('HEALTHY'));
    // The flip's DashboardChange commits with it and arrives right after it.
    await stream.waitUntil((data) => data.at(-1)?.changes.__typename === 'DashboardChange');
    const healthyAt = stream.results.length;

    await proxy.stop();
    await stream.waitUntil((data) => healthOf(data.slice(healthyAt)).includes('UNHEALTHY'), 4000);
    await sleep(3500); // three more rounds at a 1 s interval, all finding it down
    expect(healthOf(stream.data.slice(healthyAt))).toEqual(['UNHEALTHY']);
    const dashboards = stream.data.slice(healthyAt).filter(({ changes }) => changes.__typename === 'DashboardChange');
    expect(dashboards).toHaveLength(1);

    const downAt = stream.results.length;
    await proxy.start();
    await stream.waitUntil((data) => healthOf(data.slice(downAt)).includes('HEALTHY'), 4000);
    await sleep(2500);
    expect(healthOf(stream.data.slice(downAt))).toEqual(['HEALTHY']);
    await admin.gql(UpdateSettings, { input: { proxyHealthCheckIntervalSeconds: 60 } });
  });

  it('checkProxy measures now and moves checkedAt even when nothing else changed', async () => {
    const { createProxy } = await admin.gql(CreateProxy, { input: proxyInput('Manual') });
    const first = (await admin.gql(CheckProxy, { id: createProxy.id })).checkProxy.health;
    await sleep(5);
    const second = (await member.gql(CheckProxy, { id: createProxy.id })).checkProxy.health;
    expect(first.status).toBe('HEALTHY');
    expect(second.status).toBe('HEALTHY');
    expect(Date.parse(second.checkedAt!)).toBeGreaterThan(Date.parse(first.checkedAt!));
    expect(first.latencyMs).toBeGreaterThanOrEqual(0);
  });

  it('pools: membership moves are pushed to both the proxy and the pool', async () => {
    const { createProxy } = await admin.gql(CreateProxy, { input: proxyInput('Member of two') });
    const a = (await admin.gql(CreateProxyPool, { input: { name: 'A' } })).createProxyPool;
    const b = (await admin.gql(CreateProxyPool, { input: { name: 'B', strategy: 'RANDOM' } })).createProxyPool;
    expect(a.strategy).toBe('ROUND_ROBIN');
    await admin.gql(AddProxyToPool, { poolId: a.id, proxyId: createProxy.id });

    const stream = member.subscribe(OpsChanges, { after: await member.changeCursor(), topics: ['PROXY', 'PROXY_POOL'] });
    const moved = await admin.gql(AddProxyToPool, { poolId: b.id, proxyId: createProxy.id });
    expect(moved.addProxyToPool.proxies.map((p) => p.id)).toEqual([createProxy.id]);
    const data = await stream.waitUntil((d) => d.length >= 3);
    const pools = Object.fromEntries(
      data.filter(({ changes }) => changes.__typename === 'ProxyPoolChange').map(({ changes }) => [changes.entityId, changes]),
    );
    expect(Object.keys(pools).sort()).toEqual([a.id, b.id].sort());

    const notThere = await admin.request(RemoveProxyFromPool, { poolId: a.id, proxyId: createProxy.id });
    expect(errorCode(notThere)).toBe('CONFLICT');
    const removed = await admin.gql(RemoveProxyFromPool, { poolId: b.id, proxyId: createProxy.id });
    expect(removed.removeProxyFromPool.proxies).toEqual([]);
  });

  it('a server stopped right after a proxy is created waits for its first check instead of letting it fail unheard', async () => {
    const unheard: unknown[] = [];
    const listener = (reason: unknown) => unheard.push(reason);
    process.on('unhandledRejection', listener);
    try {
      const brief = await startServer({ PROXY_CHECK_TIMEOUT_MS: '300' });
      const owner = await brief.signUp('Brief proxy owner');
      await owner.gql(CreateProxy, { input: { name: 'Checked on stop', protocol: 'HTTP', host: '127.0.0.1', port: 9 } });
      await brief.stop();
      await sleep(500);
      expect(unheard).toEqual([]);
    } finally {
      process.off('unhandledRejection', listener);
    }
  });

    it('bad input names the field', async () => {
    const strategy = await admin.request(CreateProxyPool, { input: { name: 'X', strategy: 'FASTEST' as never } });
    expect(errorCode(strategy)).toBe('BAD_USER_INPUT');
    expect(strategy.body.errors?.[0]?.extensions?.field).toBe('input.strategy');

    const port = await admin.request(CreateProxy, { input: { ...proxyInput('Bad port'), port: 70_000 } });
    expect(port.body.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.port' });
    const host = await admin.request(CreateProxy, { input: { ...proxyInput('Bad host'), host: 'not a host!' } });
    expect(host.body.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.host' });
    const pool = await admin.request(AddProxyToPool, { poolId: 'missing', proxyId: 'missing' });
    expect(pool.body.errors?.[0]?.extensions).toMatchObject({ code: 'NOT_FOUND', field: 'poolId' });
  });
});
