import dgram from 'node:dgram';
import net from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_ACCOUNTS, DEMO_PASSWORD, seedDemo } from '../src/seed.js';
import type { Ops_CampaignResultsQuery } from './gql/graphql.js';
import { graphql } from './gql/index.js';
import { dataOf, persistentDatabase, request, startServer, TestUser, type TestServer } from './harness.js';
import { CampaignResults, CampaignStatus, StartCampaign } from './operations-documents.js';

/**
 * The demo workspace's chain, as seeded, run against the lab its server starts on loopback: the
 * outcome of every stage is known in advance (modules/demoLab/zone.ts states the rules), and the
 * lab's own counters show that every DNS question of the run reached it, none a public resolver.
 */

const SignIn = graphql(`
  mutation DemoLab_SignIn($input: SignInInput!) {
    signIn(input: $input) {
      token
      user {
        id
      }
    }
  }
`);

const Setup = graphql(`
  query DemoLab_Setup {
    personas {
      edges {
        node {
          id
          name
          enabled
          version
          config {
            __typename
            ... on DnsPersonaConfig {
              resolvers
            }
          }
        }
      }
    }
    campaigns {
      edges {
        node {
          id
          name
          kind
          status
          version
          params {
            __typename
            ... on HttpKeywordValidationParams {
              scheme
              port
            }
          }
        }
      }
    }
  }
`);

const LOOPBACK = new Set(['127.0.0.1', 'localhost', '::1', '::ffff:127.0.0.1']);

/** Where every TCP connection and UDP datagram of this process goes until `restore`. */
function watchDestinations(): { destinations: Set<string>; restore(): void } {
  const destinations = new Set<string>();
  const connect = net.Socket.prototype.connect;
  const send = dgram.Socket.prototype.send;
  net.Socket.prototype.connect = function (this: net.Socket, ...args: unknown[]) {
    // net.connect hands its normalized [options, callback] over as the first argument.
    const first = Array.isArray(args[0]) ? (args[0] as unknown[])[0] : args[0];
    const options = typeof first === 'object' && first !== null ? (first as { host?: string; path?: string }) : { host: typeof args[1] === 'string' ? args[1] : undefined };
    destinations.add(options.path ?? options.host ?? 'localhost');
    return connect.apply(this, args as never);
  } as typeof connect;
  dgram.Socket.prototype.send = function (this: dgram.Socket, ...args: unknown[]) {
    destinations.add(String(args.find((arg, index) => index > 0 && typeof arg === 'string') ?? 'a connected UDP socket'));
    return send.apply(this, args as never);
  } as typeof send;
  return {
    destinations,
    restore() {
      net.Socket.prototype.connect = connect;
      dgram.Socket.prototype.send = send;
    },
  };
}

async function signIn(server: TestServer, account: (typeof DEMO_ACCOUNTS)[number]): Promise<TestUser> {
  const { signIn } = dataOf(await request(server, SignIn, { input: { email: account.email, password: DEMO_PASSWORD } }));
  return new TestUser(server, signIn.user.id, signIn.token, account.email);
}

async function allResults(user: TestUser, id: string) {
  const rows: Array<Ops_CampaignResultsQuery['campaign']['results']['edges'][number]['node']> = [];
  for (let after: string | null = null; ; ) {
    const { campaign }: Ops_CampaignResultsQuery = await user.gql(CampaignResults, { id, first: 500, after });
    rows.push(...campaign.results.edges.map((edge) => edge.node));
    if (!campaign.results.pageInfo.hasNextPage) return rows;
    after = campaign.results.pageInfo.endCursor ?? null;
  }
}

const countBy = (rows: Array<{ status: string }>) =>
  rows.reduce<Record<string, number>>((counts, row) => ({ ...counts, [row.status]: (counts[row.status] ?? 0) + 1 }), {});

const SHOP_RULES = ['add to cart', '\\$\\s?\\d+(\\.\\d{2})?'];

describe('the demo lab', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startServer({ SEED_DEMO: '1' });
    await seedDemo(server.app.services);
  });
  afterAll(() => server?.stop());

  it('runs the seeded chain to COMPLETED in 30-60 s with known outcomes, every question and request on loopback', async () => {
    const lab = server.app.services.demoLab!;
    expect(lab.address).toMatch(/^127\.0\.0\.1:\d+$/);
    const ada = await signIn(server, DEMO_ACCOUNTS[0]);
    const setup = await ada.gql(Setup);
    // Every persona that may run points at this machine; the public one waits, disabled, for a person.
    for (const { node } of setup.personas.edges) {
      if (node.config.__typename !== 'DnsPersonaConfig') continue;
      if (node.enabled) expect(node.config.resolvers).toEqual([lab.address]);
      else expect(node.name).toBe('Public resolvers');
    }
    const byKind = Object.fromEntries(setup.campaigns.edges.map(({ node }) => [node.kind, node]));
    expect(byKind.HTTP_KEYWORD_VALIDATION?.params).toEqual({ __typename: 'HttpKeywordValidationParams', scheme: 'HTTP', port: lab.port });

    const watch = watchDestinations();
    const started = Date.now();
    try {
      for (const kind of ['HTTP_KEYWORD_VALIDATION', 'DNS_VALIDATION', 'DOMAIN_GENERATION']) {
        expect((await ada.gql(StartCampaign, { id: byKind[kind]!.id })).startCampaign.status).toBe('QUEUED');
      }
      const http = byKind.HTTP_KEYWORD_VALIDATION!.id;
      await expect.poll(async () => (await ada.gql(CampaignStatus, { id: http })).campaign.status, { timeout: 90_000, interval: 250 }).toBe('COMPLETED');
    } finally {
      watch.restore();
    }
    const seconds = (Date.now() - started) / 1000;
    console.log(`the demo chain ran in ${seconds.toFixed(1)} s`);
    expect(seconds).toBeGreaterThan(30);
    expect(seconds).toBeLessThan(60);

    const generation = await ada.gql(CampaignStatus, { id: byKind.DOMAIN_GENERATION!.id });
    expect(generation.campaign).toMatchObject({ status: 'COMPLETED', progress: { total: 1000, processed: 1000, succeeded: 1000 } });

    // DNS: names whose variable part ends in a vowel resolve: 10 single letters, 184 pairs (aa..sf).
    const dns = await allResults(ada, byKind.DNS_VALIDATION!.id);
    expect(countBy(dns)).toEqual({ RESOLVED: 194, UNRESOLVED: 806 });
    const dnsOf = (domain: string) => dns.find((row) => row.domain === domain);
    expect(dnsOf('ashop.com')).toMatchObject({ status: 'RESOLVED', records: ['127.0.0.1'] });
    expect(dnsOf('seshop.net')).toMatchObject({ status: 'RESOLVED' });
    expect(dnsOf('bshop.net')).toMatchObject({ status: 'UNRESOLVED', error: 'ENOTFOUND' });
    expect(dns.at(-1)).toMatchObject({ domain: 'sfshop.net', status: 'UNRESOLVED' });

    // HTTP: a storefronts (both rules), e price lists (the price rule), u redirects to a storefront;
    // i parked and o 503 match nothing.
    const sites = await allResults(ada, byKind.HTTP_KEYWORD_VALIDATION!.id);
    expect(countBy(sites)).toEqual({ MATCHED: 118, NOT_MATCHED: 76 });
    const siteOf = (domain: string) => sites.find((row) => row.domain === domain);
    expect(siteOf('ashop.com')).toMatchObject({ status: 'MATCHED', httpStatus: 200, matchedKeywords: SHOP_RULES });
    expect(siteOf('eshop.net')).toMatchObject({ status: 'MATCHED', httpStatus: 200, matchedKeywords: [SHOP_RULES[1]] });
    expect(siteOf('ushop.com')).toMatchObject({ status: 'MATCHED', httpStatus: 200, matchedKeywords: SHOP_RULES });
    expect(siteOf('ishop.com')).toMatchObject({ status: 'NOT_MATCHED', httpStatus: 200, matchedKeywords: [] });
    expect(siteOf('oshop.com')).toMatchObject({ status: 'NOT_MATCHED', httpStatus: 503 });

    // Every lookup of the run was a question the lab answered (one root probe first, before the DNS
    // stage), and every page a request it served (38 redirects: one more request each).
    expect(lab.counts).toEqual({ rootProbes: 1, lookups: 1000, httpRequests: 194 + 38 });
    expect([...watch.destinations].filter((host) => !LOOPBACK.has(host))).toEqual([]);
  }, 120_000);
});

describe('the demo lab’s port', () => {
  it('stays the same across restarts, and when it must move, the lab persona and the DRAFT HTTP campaigns follow, pushed', async () => {
    const database = persistentDatabase();
    const env = { ...database.env, SEED_DEMO: '1' };
    const first = await startServer(env, database.options);
    await seedDemo(first.app.services);
    const port = first.app.services.demoLab!.port;
    await first.stop();

    const second = await startServer(env, database.options);
    expect(second.app.services.demoLab!.port).toBe(port);
    const ada = await signIn(second, DEMO_ACCOUNTS[0]);
    const before = await ada.gql(Setup);
    await second.stop();

    // Something else holds the port now: the lab takes another, and the demo follows it.
    const squatter = dgram.createSocket('udp4');
    await new Promise<void>((resolve) => squatter.bind(port, '127.0.0.1', resolve));
    try {
      const third = await startServer(env, database.options);
      try {
        const moved = third.app.services.demoLab!;
        expect(moved.port).not.toBe(port);
        const after = await (await signIn(third, DEMO_ACCOUNTS[0])).gql(Setup);
        const persona = (setup: typeof after) => setup.personas.edges.find(({ node }) => node.name === 'Demo lab resolver')!.node;
        expect(persona(after).config).toEqual({ __typename: 'DnsPersonaConfig', resolvers: [moved.address] });
        expect(persona(after).version).toBe(persona(before).version + 1);
        const http = after.campaigns.edges.find(({ node }) => node.kind === 'HTTP_KEYWORD_VALIDATION')!.node;
        expect(http.params).toEqual({ __typename: 'HttpKeywordValidationParams', scheme: 'HTTP', port: moved.port });
        // The public persona is a person's to point: the lab leaves it alone.
        const untouched = after.personas.edges.find(({ node }) => node.name === 'Public resolvers')!.node;
        expect(untouched.config).toEqual({ __typename: 'DnsPersonaConfig', resolvers: ['1.1.1.1', '8.8.8.8'] });
      } finally {
        await third.stop();
      }
    } finally {
      squatter.close();
      await database.drop();
    }
  }, 30_000);

  it('is off on a workspace that is not a demo', async () => {
    const server = await startServer({ SEED_DEMO: '0' });
    try {
      expect(server.app.services.demoLab).toBeUndefined();
    } finally {
      await server.stop();
    }
  });
});
