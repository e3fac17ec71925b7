import { get, type IncomingMessage } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_ACCOUNTS, seedDemo } from '../src/seed.js';
import { graphql } from './gql/index.js';
import { dataOf, errorCode, request, requestText, startServer, type TestServer, type TestUser } from './harness.js';
import { retainedBytes, settledRetainedBytes } from './memory.js';
import { CreateCampaign, CreateProxy, DeleteCampaign, StartCampaign } from './operations-documents.js';

/** What the console's charts read: results search and export, result counts, health history, the stream's health, demo accounts. */

const Results = graphql(`
  query Console_Results($id: ID!, $status: CampaignResultStatus, $search: String, $after: String) {
    campaign(id: $id) {
      id
      status
      results(first: 500, status: $status, search: $search, after: $after) {
        edges { node { position domain status } }
        pageInfo { hasNextPage endCursor }
      }
    }
  }
`);

const ResultCounts = graphql(`
  query Console_ResultCounts {
    dashboard { resultsByStatus { status count } }
  }
`);

const HealthHistory = graphql(`
  mutation Console_CheckProxy($id: ID!) {
    checkProxy(id: $id) { id health { status history { status latencyMs checkedAt error } } }
  }
`);

const StreamHealthNow = graphql(`
  query Console_StreamHealth {
    streamHealth { instance webSocketClients sseClients subscriptions deliveriesPerSecond latencyP50Ms latencyP99Ms cutOffs eventLoopLagP99Ms }
  }
`);

const StreamHealthLive = graphql(`
  subscription Console_StreamHealthLive {
    streamHealth { instance webSocketClients subscriptions }
  }
`);

const DemoAccounts = graphql(`
  query Console_DemoAccounts {
    demoAccounts { email displayName password }
  }
`);

const CreateKey = graphql(`
  mutation Console_CreateKey($input: CreateApiKeyInput!) {
    createApiKey(input: $input) { secret }
  }
`);

const ExportLink = graphql(`
  mutation Console_ExportLink($campaignId: ID!) {
    createResultsExportLink(campaignId: $campaignId) { url expiresAt }
  }
`);

const SignOut = graphql(`
  mutation Console_SignOut {
    signOut
  }
`);

let server: TestServer;
let admin: TestUser;
let member: TestUser;

beforeAll(async () => {
  server = await startServer({ STREAM_HEALTH_INTERVAL_MS: '200', MAX_GENERATED_DOMAINS: '100000' });
  admin = await server.signUp('Admin');
  member = await server.signUp('Member');
});
afterAll(async () => {
  admin?.closeClients();
  member?.closeClients();
  await server?.stop();
});

async function generated(user: TestUser, name: string, generation: Record<string, unknown>): Promise<string> {
  const { createCampaign } = await user.gql(CreateCampaign, { input: { name, kind: 'DOMAIN_GENERATION', generation: generation as never } });
  await user.gql(StartCampaign, { id: createCampaign.id });
  await expect.poll(async () => (await user.gql(Results, { id: createCampaign.id })).campaign.status, { timeout: 30_000 }).toBe('COMPLETED');
  return createCampaign.id;
}

async function allResults(user: TestUser, id: string, filter: { status?: 'GENERATED'; search?: string } = {}): Promise<string[]> {
  const rows: string[] = [];
  for (let after: string | null | undefined = null; ; ) {
    const { results }: { results: { edges: Array<{ node: { position: number; domain: string; status: string } }>; pageInfo: { hasNextPage: boolean; endCursor?: string | null } } } = (
      await user.gql(Results, { id, after, ...filter })
    ).campaign;
    rows.push(...results.edges.map(({ node }) => `${node.position},${node.domain},${node.status}`));
    if (!results.pageInfo.hasNextPage) return rows;
    after = results.pageInfo.endCursor;
  }
}

describe('campaign results: search, filter, CSV export', () => {
  it('searches domains literally and case-insensitively on the server, with the status filter and paging', async () => {
    const id = await generated(admin, 'Searchable', { pattern: 'PREFIX', constant: 'shop', characterSet: 'abcdefghij', minLength: 1, maxLength: 3, tlds: ['test'], maxDomains: 1000 });
    const all = await allResults(admin, id);
    expect(all).toHaveLength(1000);
    const hits = await allResults(admin, id, { search: ' BB ' });
    expect(hits).toEqual(all.filter((row) => row.split(',')[1]!.includes('bb')));
    expect(hits.length).toBeGreaterThan(0);
    expect(await allResults(admin, id, { status: 'GENERATED', search: 'aa' })).toEqual(all.filter((row) => row.split(',')[1]!.includes('aa')));
    // `%` and `_` are letters to look for, not wildcards.
    expect(await allResults(admin, id, { search: '%' })).toEqual([]);
    expect(await allResults(admin, id, { search: 'a_' })).toEqual([]);
    const tooLong = await admin.request(Results, { id, search: 'x'.repeat(254) });
    expect(errorCode(tooLong)).toBe('BAD_USER_INPUT');
    expect(tooLong.body.errors?.[0]?.extensions?.field).toBe('search');
  });

  it('exports every result as CSV in position order, and refuses people and keys that may not read the campaign', async () => {
    const id = await generated(admin, 'Exported, with "quotes", commas', { pattern: 'PREFIX', constant: 'csv', characterSet: 'abcdefghij', minLength: 1, maxLength: 3, tlds: ['test', 'example'], maxDomains: 1500 });
    const expected = (await allResults(admin, id)).map((row) => `${row},,,,`);
    const response = await fetch(`${server.url}/campaigns/${id}/results.csv`, { headers: { authorization: `Bearer ${admin.token}` } });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    expect(response.headers.get('content-disposition')).toBe('attachment; filename="Exported-with-quotes-commas-results.csv"');
    const [header, ...rows] = (await response.text()).trimEnd().split('\n');
    expect(header).toBe('position,domain,status,records,http_status,matched_keywords,error');
    expect(rows).toEqual(expected);
    // Any signed-in person of the workspace reads its campaigns (as `campaign(id:)` does).
    expect((await fetch(`${server.url}/campaigns/${id}/results.csv`, { headers: { authorization: `Bearer ${member.token}` } })).status).toBe(200);

    const anonymous = await fetch(`${server.url}/campaigns/${id}/results.csv`);
    expect(anonymous.status).toBe(401);
    expect(((await anonymous.json()) as { errors: Array<{ extensions: { code: string } }> }).errors[0]!.extensions.code).toBe('UNAUTHENTICATED');
    const writeOnly = (await admin.gql(CreateKey, { input: { name: 'Writes only', capabilities: { read: false, write: true } } })).createApiKey.secret;
    const refused = await fetch(`${server.url}/campaigns/${id}/results.csv`, { headers: { authorization: `Bearer ${writeOnly}` } });
    expect(refused.status).toBe(403);
    expect(((await refused.json()) as { errors: Array<{ extensions: { capability: string } }> }).errors[0]!.extensions.capability).toBe('read');
    const reader = (await admin.gql(CreateKey, { input: { name: 'Reads', capabilities: { read: true, write: false } } })).createApiKey.secret;
    expect((await (await fetch(`${server.url}/campaigns/${id}/results.csv`, { headers: { authorization: `Bearer ${reader}` } })).text()).split('\n')).toHaveLength(1502);
    const posted = await fetch(`${server.url}/campaigns/${id}/results.csv`, { method: 'POST', headers: { authorization: `Bearer ${admin.token}` } });
    expect([posted.status, posted.headers.get('allow')]).toEqual([405, 'GET, HEAD']);
    const missing = await fetch(`${server.url}/campaigns/00000000-0000-0000-0000-000000000000/results.csv`, { headers: { authorization: `Bearer ${admin.token}` } });
    expect(missing.status).toBe(404);
  });

  it('activity lines name kinds and strategies in words, as the console does, never as enum values', async () => {
    const text = (query: string, variables?: Record<string, unknown>) => requestText(server, admin.token, query, variables);
    await text('mutation { createProxyPool(input: { name: "Worded pool", strategy: LEAST_LATENCY }) { id } }');
    await text('mutation($input: CreateCampaignInput!) { createCampaign(input: $input) { id } }', {
      input: { name: 'Worded campaign', kind: 'DOMAIN_GENERATION', generation: { pattern: 'PREFIX', constant: 'w', characterSet: 'ab', minLength: 1, maxLength: 1, tlds: ['test'] } },
    });
    const { data } = await text('{ activity(first: 5) { edges { node { summary } } } }');
    const summaries = data!.activity.edges.map((edge: { node: { summary: string } }) => edge.node.summary);
    expect(summaries).toContain('created domain generation campaign "Worded campaign"');
    expect(summaries).toContain('created proxy pool "Worded pool" (fastest first)');
  });

  it('the CSV takes the list\'s filter: status and search as query parameters, refused as the list refuses them', async () => {
    const id = await generated(admin, 'Filtered export', { pattern: 'PREFIX', constant: 'flt', characterSet: 'abcdefghij', minLength: 1, maxLength: 2, tlds: ['test'] });
    const csvRows = async (query: string) =>
      (await (await fetch(`${server.url}/campaigns/${id}/results.csv?${query}`, { headers: { authorization: `Bearer ${admin.token}` } })).text()).trimEnd().split('\n').slice(1);
    const listed = (await allResults(admin, id, { status: 'GENERATED', search: ' BB ' })).map((row) => `${row},,,,`);
    expect(listed.length).toBeGreaterThan(0);
    expect(await csvRows('status=GENERATED&search=%20BB%20')).toEqual(listed);
    expect(await csvRows('status=RESOLVED')).toEqual([]);
    for (const [query, field] of [['status=SOMETIMES', 'status'], [`search=${'x'.repeat(254)}`, 'search']] as const) {
      const refused = await fetch(`${server.url}/campaigns/${id}/results.csv?${query}`, { headers: { authorization: `Bearer ${admin.token}` } });
      expect(refused.status, query).toBe(400);
      expect(((await refused.json()) as { errors: Array<{ extensions: { code: string; field: string } }> }).errors[0]!.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field });
    }
  });

  it('a download link gives the CSV once, without a header, for its campaign, within its minute, while its session lives; keys use their header', async () => {
    const id = await generated(admin, 'Linked', { pattern: 'PREFIX', constant: 'link', characterSet: 'abcdefghij', minLength: 1, maxLength: 2, tlds: ['test'] });
    const csv = await (await fetch(`${server.url}/campaigns/${id}/results.csv`, { headers: { authorization: `Bearer ${admin.token}` } })).text();
    const refusedCode = async (response: Response) => [response.status, ((await response.json()) as { errors: Array<{ extensions: { code: string } }> }).errors[0]!.extensions.code];
    const link = async (user: TestUser, campaignId = id) => (await user.gql(ExportLink, { campaignId })).createResultsExportLink;

    const made = await link(admin);
    expect(made.url).toMatch(new RegExp(`^/campaigns/${id}/results\\.csv\\?ticket=[\\w-]{43}$`));
    expect(Date.parse(made.expiresAt) - Date.now()).toBeGreaterThan(50_000);
    expect(Date.parse(made.expiresAt) - Date.now()).toBeLessThanOrEqual(60_000);
    const first = await fetch(`${server.url}${made.url}`);
    expect(first.status).toBe(200);
    expect(first.headers.get('content-disposition')).toBe('attachment; filename="Linked-results.csv"');
    expect(await first.text()).toBe(csv);
    expect(await refusedCode(await fetch(`${server.url}${made.url}`))).toEqual([401, 'UNAUTHENTICATED']); // used

    // A ticket shown on another campaign's path is refused, and spent.
    const misused = await link(admin);
    const elsewhere = misused.url.replace(id, '00000000-0000-0000-0000-000000000000');
    expect(await refusedCode(await fetch(`${server.url}${elsewhere}`))).toEqual([401, 'UNAUTHENTICATED']);
    expect((await fetch(`${server.url}${misused.url}`)).status).toBe(401);

    const expired = await link(admin);
    await server.app.services.database.db.updateTable('export_links').set({ expires_at: new Date(Date.now() - 1000).toISOString() }).execute();
    expect(await refusedCode(await fetch(`${server.url}${expired.url}`))).toEqual([401, 'UNAUTHENTICATED']);

    const leaving = await server.signUp('Leaving');
    const beforeSignOut = await link(leaving);
    await leaving.gql(SignOut);
    expect(await refusedCode(await fetch(`${server.url}${beforeSignOut.url}`))).toEqual([401, 'UNAUTHENTICATED']);

    expect(errorCode(await admin.request(ExportLink, { campaignId: '00000000-0000-0000-0000-000000000000' }))).toBe('NOT_FOUND');
    const key = (await admin.gql(CreateKey, { input: { name: 'Linking', capabilities: { read: true, write: true } } })).createApiKey.secret;
    const byKey = await request(server, ExportLink, { campaignId: id }, key);
    expect(byKey.body.errors?.[0]?.extensions).toMatchObject({ code: 'FORBIDDEN', capability: 'account' });
  });

  it('streams a 100,000-domain export with a page in memory: while it downloads, the process never holds more than a small fraction of the whole', async () => {
    const id = await generated(admin, 'Hundred thousand', { pattern: 'PREFIX', constant: 'big', characterSet: 'abcdefghijklmnopqrstuvwxyz', minLength: 1, maxLength: 4, tlds: ['test'], maxDomains: 100_000 });
    // What holding the campaign's results at once would cost: every row read in one query.
    const baseline = await settledRetainedBytes();
    const everyRow = await server.app.services.database.db.selectFrom('campaign_results').selectAll().where('campaign_id', '=', id).execute();
    const wholeCampaign = (await settledRetainedBytes()) - baseline;
    expect(everyRow).toHaveLength(100_000);
    everyRow.length = 0;

    // Sampled all along the download, not after a pause: loopback socket buffers can take the whole
    // 2.3 MB of CSV, so an export that read every row up front would be done and gone by then.
    const before = await settledRetainedBytes();
    let peak = before;
    const sampler = setInterval(() => (peak = Math.max(peak, retainedBytes())), 5);
    const response = await new Promise<IncomingMessage>((resolve, reject) =>
      get(`${server.url}/campaigns/${id}/results.csv`, { headers: { authorization: `Bearer ${admin.token}` } }, resolve).on('error', reject),
    );
    let received = 0;
    for await (const chunk of response) received += (chunk as Buffer).length;
    clearInterval(sampler);
    expect(received).toBeGreaterThan(2_000_000); // all 100,001 lines arrived
    expect(peak - before).toBeLessThan(wholeCampaign / 5); // ~1 MB measured; ~30 MB when one query reads every row
  }, 90_000);
});

describe('the dashboard counts results per status', () => {
  it('equal to the rows after runs and after a campaign is deleted with its results', async () => {
    const counts = async () => Object.fromEntries((await admin.gql(ResultCounts)).dashboard.resultsByStatus.map(({ status, count }) => [status, count]));
    const before = await counts();
    const id = await generated(admin, 'Counted', { pattern: 'PREFIX', constant: 'count', characterSet: 'abc', minLength: 1, maxLength: 2, tlds: ['test'] });
    const rows = await server.app.services.database.db.selectFrom('campaign_results').select('status').execute();
    const byStatus = (status: string) => rows.filter((row) => row.status === status).length;
    expect(await counts()).toEqual({ ...before, GENERATED: byStatus('GENERATED') });
    expect(((await counts()).GENERATED ?? 0) - (before.GENERATED ?? 0)).toBe(12);
    await admin.gql(DeleteCampaign, { id });
    expect(await counts()).toEqual(before);
  });
});

describe('proxy health history', () => {
  it('keeps the last 30 recorded checks, oldest first', async () => {
    const { createProxy } = await admin.gql(CreateProxy, { input: { name: 'Nowhere', protocol: 'HTTP', host: '127.0.0.1', port: 9 } });
    let history: Array<{ status: string; checkedAt: string; error?: string | null }> = [];
    for (let check = 0; check < 32; check++) history = (await admin.gql(HealthHistory, { id: createProxy.id })).checkProxy.health.history;
    expect(history).toHaveLength(30);
    expect(history.every((entry) => entry.status === 'UNHEALTHY' && /ECONNREFUSED/.test(entry.error ?? ''))).toBe(true);
    const times = history.map((entry) => entry.checkedAt);
    expect([...times].sort()).toEqual(times);
    const rows = await server.app.services.database.db.selectFrom('proxy_health_samples').select('id').where('proxy_id', '=', createProxy.id).execute();
    expect(rows).toHaveLength(30);
  });
});

describe('the stream’s health', () => {
  it('is for ADMINs, and its figures move as clients connect, pushed each interval', async () => {
    const refused = await member.request(StreamHealthNow);
    expect(errorCode(refused)).toBe('FORBIDDEN');
    const [now] = (await admin.gql(StreamHealthNow)).streamHealth;
    expect(now).toMatchObject({ instance: server.app.services.streamHealth.instance, cutOffs: 0 });
    expect(now!.eventLoopLagP99Ms).toBeGreaterThanOrEqual(0);

    const live = admin.subscribe(StreamHealthLive);
    const mine = (data: (typeof live.data)[number]) => data.streamHealth.find((instance) => instance.instance === server.app.services.streamHealth.instance);
    await live.waitUntil((data) => data.some((report) => mine(report)?.webSocketClients === 1));
    const visitors = [member.wsClient(), member.wsClient()];
    for (const visitor of visitors) await new Promise<void>((resolve) => visitor.on('connected', () => resolve()));
    await live.waitUntil((data) => data.some((report) => mine(report)?.webSocketClients === 3));
    member.closeClients();
    await live.waitUntil((data) => (mine(data.at(-1)!)?.webSocketClients ?? 0) === 1);
    const memberLive = member.subscribe(StreamHealthLive);
    await expect(memberLive.waitUntil(() => false, 2_000)).rejects.toThrow(/ADMIN/);
  });
});

describe('demo accounts', () => {
  it('a demo workspace offers its accounts to anyone; another workspace offers none', async () => {
    const demo = await startServer({ SEED_DEMO: '1' });
    const real = await startServer({ SEED_DEMO: '0' });
    try {
      expect(dataOf(await request(demo, DemoAccounts)).demoAccounts).toEqual([]); // not seeded yet: nothing to offer
      await seedDemo(demo.app.services);
      await seedDemo(real.app.services);
      expect(dataOf(await request(demo, DemoAccounts)).demoAccounts.map((account) => account.email)).toEqual(DEMO_ACCOUNTS.map((account) => account.email));
      expect(dataOf(await request(real, DemoAccounts)).demoAccounts).toEqual([]);
    } finally {
      await demo.stop();
      await real.stop();
    }
  });
});
