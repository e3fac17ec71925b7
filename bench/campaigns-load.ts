// Load side of the campaign benchmark (pinned to its own core by bench/campaigns.mjs): the local
// DNS responder and HTTP sites, the campaigns driven through the API, and next to each the same
// work done directly with node (the ceiling a campaign's stage can reach on this machine).
import { Resolver } from 'node:dns/promises';
import { request } from 'node:http';
import Database from 'better-sqlite3';
import { createClient } from 'graphql-ws';
import pMap from 'p-map';
import WebSocket from 'ws';
import { startDnsResponder } from '../api/test/fixtures/dns-responder.js';
import { startHttpSites } from '../api/test/fixtures/http-sites.js';

const [apiUrl, domainsArg] = process.argv.slice(2);
const DOMAINS = Number(domainsArg ?? 20_000);
const DNS_CONCURRENCY = 50;
const HTTP_CONCURRENCY = 20;

async function gql<T>(url: string, query: string, variables?: unknown, token?: string): Promise<T> {
  const response = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await response.json()) as { data: T; errors?: unknown };
  if (body.errors) throw new Error(JSON.stringify(body.errors));
  return body.data;
}

// Every third domain resolves; every resolving page has the keyword.
const resolves = (name: string) => name.length % 3 === 0;
const dns = await startDnsResponder((name) => (resolves(name) ? ['127.0.0.1'] : null));
const sites = await startHttpSites((host) => ({ body: `<p>${host}: buy now</p>` }));

const { signUp } = await gql<{ signUp: { token: string } }>(
  apiUrl!,
  'mutation($input: SignUpInput!) { signUp(input: $input) { token } }',
  { input: { email: `bench-${Date.now()}@bench.dev`, password: 'bench-password', displayName: 'Bench' } },
);
const token = signUp.token;
const call = <T>(query: string, variables?: unknown) => gql<T>(apiUrl!, query, variables, token);

const generation = { pattern: 'PREFIX', constant: 'x', characterSet: 'abcdefghijklmnopqrstuvwxyz', minLength: 1, maxLength: 4, tlds: ['bench'], maxDomains: DOMAINS };
const ids = await (async () => {
  const persona = await call<{ createPersona: { id: string } }>(
    'mutation($input: CreatePersonaInput!) { createPersona(input: $input) { id } }',
    { input: { kind: 'DNS', name: 'bench DNS', dns: { resolvers: [dns.address], concurrency: DNS_CONCURRENCY, retries: 0 } } },
  );
  const http = await call<{ createPersona: { id: string } }>(
    'mutation($input: CreatePersonaInput!) { createPersona(input: $input) { id } }',
    { input: { kind: 'HTTP', name: 'bench HTTP', http: { timeoutMs: 5000 } } },
  );
  const keywords = await call<{ createKeywordSet: { id: string } }>(
    'mutation { createKeywordSet(input: { name: "bench", rules: [{ pattern: "buy now", kind: STRING }] }) { id } }',
  );
  const create = async (input: unknown) =>
    (await call<{ createCampaign: { id: string } }>('mutation($input: CreateCampaignInput!) { createCampaign(input: $input) { id } }', { input })).createCampaign.id;
  const gen = await create({ name: 'gen', kind: 'DOMAIN_GENERATION', generation });
  const resolve = await create({ name: 'dns', kind: 'DNS_VALIDATION', personaId: persona.createPersona.id, sourceId: gen });
  const match = await create({
    name: 'http',
    kind: 'HTTP_KEYWORD_VALIDATION',
    personaId: http.createPersona.id,
    keywordSetId: keywords.createKeywordSet.id,
    sourceId: resolve,
    http: { port: sites.port, concurrency: HTTP_CONCURRENCY },
  });
  return { gen, resolve, match };
})();

interface Run {
  status: string;
  startedAt: string;
  finishedAt: string;
  progress: { processed: number };
}

const changes = createClient({ url: `${apiUrl!.replace('http', 'ws')}/graphql`, webSocketImpl: WebSocket, connectionParams: { authorization: `Bearer ${token}` } });

/** Runs one campaign, waits for its final change, and reports items per second by the server's own clock. */
async function runCampaign(id: string): Promise<{ items: number; seconds: number; perSecond: number }> {
  const finished = new Promise<Run>((resolve, reject) => {
    const stop = changes.subscribe<{ changes: { entityId: string; campaign: Run | null } }>(
      { query: 'subscription { changes(topics: [CAMPAIGN]) { entityId ... on CampaignChange { campaign { status startedAt finishedAt progress { processed } } } } }' },
      {
        next: ({ data }) => {
          const campaign = data?.changes.entityId === id ? data.changes.campaign : null;
          if (campaign?.status === 'COMPLETED') {
            stop();
            resolve(campaign);
          } else if (campaign?.status === 'FAILED') reject(new Error(`campaign ${id} failed`));
        },
        error: reject,
        complete: () => {},
      },
    );
  });
  await new Promise((resolve) => setTimeout(resolve, 100)); // let the subscription open before starting
  await call('mutation($id: ID!) { startCampaign(id: $id) { id } }', { id });
  const campaign = await finished;
  const seconds = (Date.parse(campaign.finishedAt) - Date.parse(campaign.startedAt)) / 1000;
  return { items: campaign.progress.processed, seconds, perSecond: Math.round(campaign.progress.processed / seconds) };
}

function rate(items: number, started: number) {
  const seconds = (performance.now() - started) / 1000;
  return { items, seconds: Math.round(seconds * 1000) / 1000, perSecond: Math.round(items / seconds) };
}

const names = Array.from({ length: DOMAINS }, (_, i) => `x${i.toString(36)}.bench`);

// Ceiling for generation: the same number of rows inserted straight into SQLite in one transaction.
function directGeneration() {
  const db = new Database(':memory:');
  db.exec('create table results (campaign_id text, position integer, domain text, status text, primary key (campaign_id, position))');
  const insert = db.prepare('insert into results values (?, ?, ?, ?)');
  const started = performance.now();
  db.transaction(() => names.forEach((name, i) => insert.run('c', i, name, 'GENERATED')))();
  return rate(names.length, started);
}

async function directDns() {
  const resolver = new Resolver({ timeout: 2000, tries: 1 });
  resolver.setServers([dns.address]);
  const started = performance.now();
  await pMap(names, (name) => resolver.resolve4(name).catch(() => []), { concurrency: DNS_CONCURRENCY });
  return rate(names.length, started);
}

async function directHttp(count: number) {
  const started = performance.now();
  await pMap(
    names.slice(0, count),
    (name) =>
      new Promise<void>((resolve, reject) => {
        request({ host: '127.0.0.1', port: sites.port, path: '/', headers: { host: name, connection: 'close' } }, (res) => {
          res.resume();
          res.on('end', resolve);
        })
          .on('error', reject)
          .end();
      }),
    { concurrency: HTTP_CONCURRENCY },
  );
  return rate(count, started);
}

const generated = await runCampaign(ids.gen);
const generationCeiling = directGeneration();
const resolved = await runCampaign(ids.resolve);
const dnsCeiling = await directDns();
const matched = await runCampaign(ids.match);
const httpCeiling = await directHttp(matched.items);

await changes.dispose();
await dns.stop();
await sites.stop();

const ratio = (a: number, b: number) => Math.round((a / b) * 100) / 100;
console.log(
  JSON.stringify({
    domains: DOMAINS,
    generation: { campaign: generated, directSqliteInsert: generationCeiling, ratio: ratio(generated.perSecond, generationCeiling.perSecond) },
    dnsValidation: { campaign: resolved, directResolver: dnsCeiling, concurrency: DNS_CONCURRENCY, ratio: ratio(resolved.perSecond, dnsCeiling.perSecond) },
    httpKeywordValidation: { campaign: matched, directHttpGet: httpCeiling, concurrency: HTTP_CONCURRENCY, ratio: ratio(matched.perSecond, httpCeiling.perSecond) },
  }),
);
