import { afterAll, beforeAll, expect, it } from 'vitest';
import { DEMO_ACCOUNTS, DEMO_PASSWORD, seedDemo } from '../src/seed.js';
import { graphql } from './gql/index.js';
import { dataOf, request, startServer, TestUser, type TestServer } from './harness.js';
import { CampaignStatus, OpsChanges, StartCampaign } from './operations-documents.js';

const SignIn = graphql(`
  mutation Seed_SignIn($input: SignInInput!) {
    signIn(input: $input) {
      token
      user {
        id
        role
      }
    }
  }
`);

const Workspace = graphql(`
  query Seed_Workspace {
    personas {
      edges {
        node {
          kind
        }
      }
    }
    keywordSets {
      edges {
        node {
          id
        }
      }
    }
    proxyPools {
      edges {
        node {
          proxies {
            name
          }
        }
      }
    }
    connections(status: ACCEPTED) {
      id
    }
    chats {
      id
      unreadCount
    }
    feed {
      edges {
        node {
          commentCount
        }
      }
    }
    campaigns {
      edges {
        node {
          id
          kind
          status
          source {
            id
          }
        }
      }
    }
  }
`);

let server: TestServer;
beforeAll(async () => {
  server = await startServer();
  await seedDemo(server.app.services);
});
afterAll(() => server.stop());

it('the demo workspace: Ada is ADMIN, and a campaign chain is ready to run', async () => {
  const roles = [];
  for (const account of DEMO_ACCOUNTS) {
    const { signIn } = dataOf(await request(server, SignIn, { input: { email: account.email, password: DEMO_PASSWORD } }));
    roles.push(signIn.user.role);
  }
  expect(roles).toEqual(['ADMIN', 'MEMBER']);

  const { signIn } = dataOf(await request(server, SignIn, { input: { email: DEMO_ACCOUNTS[1].email, password: DEMO_PASSWORD } }));
  const ben = new TestUser(server, signIn.user.id, signIn.token, DEMO_ACCOUNTS[1].email);
  const workspace = await ben.gql(Workspace);
  expect(workspace.personas.edges.map((e) => e.node.kind).sort()).toEqual(['DNS', 'DNS', 'HTTP']);
  expect(workspace.keywordSets.edges).toHaveLength(2);
  expect(workspace.proxyPools.edges[0]?.node.proxies).toHaveLength(2);
  expect(workspace.connections).toHaveLength(1);
  expect(workspace.chats).toHaveLength(1);
  expect(workspace.feed.edges.map((e) => e.node.commentCount)).toEqual([1]);
  const campaigns = workspace.campaigns.edges.map((e) => e.node);
  const byKind = Object.fromEntries(campaigns.map((c) => [c.kind, c]));
  expect(campaigns.every((c) => c.status === 'DRAFT')).toBe(true);
  expect(byKind.DNS_VALIDATION?.source?.id).toBe(byKind.DOMAIN_GENERATION?.id);
  expect(byKind.HTTP_KEYWORD_VALIDATION?.source?.id).toBe(byKind.DNS_VALIDATION?.id);

  // Generation needs no network: run it and watch it finish through changes.
  const generation = byKind.DOMAIN_GENERATION!.id;
  const stream = ben.subscribe(OpsChanges, { after: await ben.changeCursor(), topics: ['CAMPAIGN'] });
  await ben.gql(StartCampaign, { id: generation });
  await stream.waitUntil((data) => data.some(({ changes }) => changes.__typename === 'CampaignChange' && changes.campaign?.status === 'COMPLETED'), 10_000);
  expect((await ben.gql(CampaignStatus, { id: generation })).campaign.progress).toMatchObject({ total: 1000, processed: 1000 });
  ben.closeClients();
});
