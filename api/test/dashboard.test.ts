import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dashboardCounts } from '../src/db/migrations/006_dashboard_counts.js';
import { dashboardCountShards } from '../src/db/migrations/007_dashboard_count_shards.js';
import * as dashboardRepo from '../src/modules/dashboard/repo.js';
import { THROUGHPUT_INTERVAL_MS, THROUGHPUT_INTERVALS } from '../src/modules/dashboard/service.js';
import { startServer, type TestServer, type TestUser } from './harness.js';

/**
 * The dashboard's counts are kept by the writes that move them, not recounted: after every kind of
 * write that moves one (creates, deletes, a campaign's status by hand and by the runner, a proxy's
 * health measured and reset), they must equal a count of the rows.
 */

let server: TestServer;
let user: TestUser;

beforeAll(async () => {
  server = await startServer();
  user = await server.signUp('Counter');
});
afterAll(async () => {
  user?.closeClients();
  await server?.stop();
});

async function gql<T = Record<string, { id: string; status?: string }>>(query: string, variables: Record<string, unknown> = {}): Promise<T> {
  const response = await fetch(server.graphqlUrl, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${user.token}` },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await response.json()) as { data?: T; errors?: unknown };
  if (body.errors || !body.data) throw new Error(JSON.stringify(body.errors));
  return body.data;
}

interface Shown {
  campaignsByStatus: Array<{ status: string; count: number }>;
  proxiesByHealth: Array<{ status: string; count: number }>;
  totals: Record<string, number>;
}

const readDashboard = async () =>
  (await gql<{ dashboard: Shown }>('{ dashboard { campaignsByStatus { status count } proxiesByHealth { status count } totals { campaigns proxies proxyPools personas keywordSets } } }')).dashboard;

/** The same figures, counted from the rows. */
async function recount(): Promise<Shown> {
  const db = server.app.services.database.db;
  const count = async (table: 'personas' | 'keyword_sets' | 'proxy_pools' | 'campaigns' | 'proxies') =>
    Number((await db.selectFrom(table).select((eb) => eb.fn.countAll().as('n')).executeTakeFirstOrThrow()).n);
  const grouped = async (table: 'campaigns' | 'proxies', column: 'status' | 'health_status', values: string[]) => {
    const rows = await db.selectFrom(table).select([sql<string>`${sql.ref(column)}`.as('value'), (eb) => eb.fn.countAll().as('n')]).groupBy(column).execute();
    return values.map((status) => ({ status, count: Number(rows.find((row) => row.value === status)?.n ?? 0) }));
  };
  return {
    campaignsByStatus: await grouped('campaigns', 'status', ['DRAFT', 'QUEUED', 'RUNNING', 'PAUSED', 'COMPLETED', 'FAILED', 'CANCELLED']),
    proxiesByHealth: await grouped('proxies', 'health_status', ['UNKNOWN', 'HEALTHY', 'UNHEALTHY']),
    totals: {
      campaigns: await count('campaigns'),
      proxies: await count('proxies'),
      proxyPools: await count('proxy_pools'),
      personas: await count('personas'),
      keywordSets: await count('keyword_sets'),
    },
  };
}

async function waitForStatus(id: string, status: string): Promise<void> {
  await expect.poll(async () => (await gql<{ campaign: { status: string } }>('query($id: ID!) { campaign(id: $id) { status } }', { id })).campaign.status, { timeout: 10_000, interval: 50 }).toBe(status);
}

describe('dashboard counts', () => {
  it('equal a count of the rows after every kind of write that moves them', async () => {
    const personas: string[] = [];
    for (const name of ['p1', 'p2', 'p3']) {
      personas.push((await gql(`mutation($name: String!) { createPersona(input: { kind: DNS, name: $name, dns: { resolvers: ["127.0.0.1"] } }) { id } }`, { name })).createPersona!.id);
    }
    await gql('mutation($id: ID!) { deletePersona(id: $id) }', { id: personas[0] });
    const set = (await gql('mutation { createKeywordSet(input: { name: "k1", rules: [{ pattern: "x", kind: STRING }] }) { id } }')).createKeywordSet!.id;
    await gql('mutation { createKeywordSet(input: { name: "k2", rules: [{ pattern: "y", kind: STRING }] }) { id } }');
    await gql('mutation($id: ID!) { deleteKeywordSet(id: $id) }', { id: set });
    const pool = (await gql('mutation { createProxyPool(input: { name: "pool" }) { id } }')).createProxyPool!.id;
    await gql('mutation { createProxyPool(input: { name: "gone" }) { id } }').then(({ createProxyPool }) => gql('mutation($id: ID!) { deleteProxyPool(id: $id) }', { id: createProxyPool!.id }));

    // Health: measured (a refused port: UNHEALTHY), then reset to UNKNOWN by a new endpoint; one deleted.
    const proxies: string[] = [];
    for (const name of ['x1', 'x2', 'x3']) {
      proxies.push((await gql(`mutation($name: String!, $pool: ID!) { createProxy(input: { name: $name, protocol: HTTP, host: "127.0.0.1", port: 9, enabled: false, poolId: $pool }) { id } }`, { name, pool })).createProxy!.id);
    }
    for (const id of proxies) expect((await gql<{ checkProxy: { health: { status: string } } }>('mutation($id: ID!) { checkProxy(id: $id) { health { status } } }', { id })).checkProxy.health.status).toBe('UNHEALTHY');
    await gql('mutation($id: ID!) { updateProxy(id: $id, input: { port: 10 }) { id } }', { id: proxies[0] });
    await gql('mutation($id: ID!) { deleteProxy(id: $id) }', { id: proxies[1] });

    // Campaigns: by hand (start, pause, resume, cancel, delete) and by the runner (claim, finish).
    const generation = { pattern: 'PREFIX', constant: 'dash', characterSet: 'ab', minLength: 1, maxLength: 2, tlds: ['test'] };
    const create = async (name: string) =>
      (await gql(`mutation($name: String!, $generation: DomainGenerationParamsInput!) { createCampaign(input: { name: $name, kind: DOMAIN_GENERATION, generation: $generation }) { id } }`, { name, generation })).createCampaign!.id;
    const ran = await create('ran');
    await gql('mutation($id: ID!) { startCampaign(id: $id) { id } }', { id: ran });
    await waitForStatus(ran, 'COMPLETED');
    const cancelled = await create('cancelled');
    await gql('mutation($id: ID!) { cancelCampaign(id: $id) { id } }', { id: cancelled });
    const deleted = await create('deleted');
    await gql('mutation($id: ID!) { deleteCampaign(id: $id) }', { id: deleted });
    await create('draft');
    // A DNS campaign whose source was cancelled: the runner fails it when it claims it.
    const orphan = (await gql(`mutation($persona: ID!, $source: ID!) { createCampaign(input: { name: "orphan", kind: DNS_VALIDATION, personaId: $persona, sourceId: $source }) { id } }`, { persona: personas[1], source: cancelled })).createCampaign!.id;
    await gql('mutation($id: ID!) { startCampaign(id: $id) { id } }', { id: orphan });
    await waitForStatus(orphan, 'FAILED');

    const shown = await readDashboard();
    expect(shown).toEqual(await recount());
    expect(shown.totals).toMatchObject({ personas: 2, keywordSets: 1, proxyPools: 1, proxies: 2, campaigns: 4 });
    expect(shown.proxiesByHealth).toEqual([{ status: 'UNKNOWN', count: 1 }, { status: 'HEALTHY', count: 0 }, { status: 'UNHEALTHY', count: 1 }]);
  });

  it('keep the throughput history: every stored result in its 5-second interval, consecutive intervals from the first, in a ring a lap overwrites', async () => {
    const generation = { pattern: 'PREFIX', constant: 'flow', characterSet: 'abc', minLength: 1, maxLength: 3, tlds: ['test'] };
    const { createCampaign } = await gql(`mutation($generation: DomainGenerationParamsInput!) { createCampaign(input: { name: "flow", kind: DOMAIN_GENERATION, generation: $generation }) { id } }`, { generation });
    await gql('mutation($id: ID!) { startCampaign(id: $id) { id } }', { id: createCampaign!.id });
    await waitForStatus(createCampaign!.id, 'COMPLETED');

    type Sample = { at: string; results: number; perSecond: number };
    const read = async () =>
      (await gql<{ dashboard: { throughput: Sample[]; resultsByStatus: Array<{ count: number }> } }>('{ dashboard { throughput { at results perSecond } resultsByStatus { count } } }')).dashboard;
    const { throughput, resultsByStatus } = await read();
    // Every result this workspace stored (all within the last 10 minutes) is in the history.
    const stored = resultsByStatus.reduce((sum, row) => sum + row.count, 0);
    expect(stored).toBeGreaterThanOrEqual(3 + 9 + 27);
    expect(throughput.reduce((sum, sample) => sum + sample.results, 0)).toBe(stored);
    throughput.forEach((sample, index) => {
      expect(Date.parse(sample.at) % THROUGHPUT_INTERVAL_MS).toBe(0);
      if (index > 0) expect(Date.parse(sample.at) - Date.parse(throughput[index - 1]!.at)).toBe(THROUGHPUT_INTERVAL_MS);
      if (index < throughput.length - 1) expect(sample.perSecond).toBe(Math.round((sample.results / (THROUGHPUT_INTERVAL_MS / 1000)) * 10) / 10);
    });
    expect(Date.now() - Date.parse(throughput.at(-1)!.at)).toBeLessThan(THROUGHPUT_INTERVAL_MS + 1000); // it runs to the current interval

    // The ring: a slot a lap later starts over; a write a lap late is dropped.
    const { db } = server.app.services.database;
    const lap = Math.floor(Date.now() / THROUGHPUT_INTERVAL_MS) + THROUGHPUT_INTERVALS * 10;
    const slot = lap % THROUGHPUT_INTERVALS;
    await dashboardRepo.addToThroughput(db, slot, 63, lap - THROUGHPUT_INTERVALS, 5);
    await dashboardRepo.addToThroughput(db, slot, 63, lap, 7);
    await dashboardRepo.addToThroughput(db, slot, 63, lap, 1);
    await dashboardRepo.addToThroughput(db, slot, 63, lap - THROUGHPUT_INTERVALS, 100);
    expect(await dashboardRepo.readThroughput(db, lap - THROUGHPUT_INTERVALS)).toEqual([{ bucket: lap, count: 8 }]);
  });

  it('are filled from the rows by the migration, on a database that had rows before counts were kept', async () => {
    const { db, dialect } = server.app.services.database;
    await db.schema.dropTable('dashboard_count_shards').execute();
    await dashboardCounts(dialect).up(db);
    await dashboardCountShards(dialect).up(db);
    expect(await readDashboard()).toEqual(await recount());
  });
});
