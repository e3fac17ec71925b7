import { afterAll, beforeAll, expect, it } from 'vitest';
import { dnsPersona, CreatePersona } from './documents.js';
import { graphql } from './gql/index.js';
import { errorCode, startServer, uniqueName, type TestServer, type TestUser } from './harness.js';
import { CampaignStatus, CreateCampaign, OpsChanges, StartCampaign } from './operations-documents.js';

/** Duplicate and Run again: a finished campaign is a starting point, not a dead end. */

const Duplicate = graphql(`
  mutation Duplicate_Campaign($id: ID!, $input: DuplicateCampaignInput) {
    duplicateCampaign(id: $id, input: $input) {
      id
      name
      kind
      status
      version
      persona {
        id
      }
      source {
        id
      }
      progress {
        total
        processed
      }
      params {
        __typename
        ... on DomainGenerationParams {
          pattern
          constant
          characterSet
          minLength
          maxLength
          tlds
          maxDomains
        }
        ... on DnsValidationParams {
          recordType
        }
      }
    }
  }
`);

const Params = graphql(`
  query Duplicate_Params($id: ID!) {
    campaign(id: $id) {
      params {
        __typename
        ... on DomainGenerationParams {
          pattern
          constant
          characterSet
          minLength
          maxLength
          tlds
          maxDomains
        }
      }
    }
  }
`);

let server: TestServer;
let owner: TestUser;
beforeAll(async () => {
  server = await startServer();
  owner = await server.signUp('Owner');
});
afterAll(() => server.stop());

const generation = (name: string) => ({
  name,
  kind: 'DOMAIN_GENERATION' as const,
  generation: { pattern: 'SUFFIX' as const, constant: 'dup', characterSet: 'xyz', minLength: 1, maxLength: 2, tlds: ['test', 'example'], maxDomains: 20 },
});

async function completed(id: string): Promise<void> {
  await owner.gql(StartCampaign, { id });
  await expect.poll(async () => (await owner.gql(CampaignStatus, { id })).campaign.status, { timeout: 10_000 }).toBe('COMPLETED');
}

it('Duplicate: a DRAFT with a new id, the same params and links, named "<name> (copy)", then "(copy 2)"; pushed to others', async () => {
  const name = uniqueName('Source names');
  const { createCampaign } = await owner.gql(CreateCampaign, { input: generation(name) });
  await completed(createCampaign.id);
  const { params } = (await owner.gql(Params, { id: createCampaign.id })).campaign;

  const watcher = await server.signUp('Watcher');
  const stream = watcher.subscribe(OpsChanges, { after: await watcher.changeCursor(), topics: ['CAMPAIGN'] });
  const { duplicateCampaign: copy } = await owner.gql(Duplicate, { id: createCampaign.id });
  expect(copy.id).not.toBe(createCampaign.id);
  expect(copy).toMatchObject({ name: `${name} (copy)`, kind: 'DOMAIN_GENERATION', status: 'DRAFT', version: 1, progress: { total: 20, processed: 0 }, params });
  await stream.waitUntil((data) => data.some(({ changes }) => changes.entityId === copy.id && changes.op === 'CREATED'), 5_000);
  watcher.closeClients();

  // A copy of the copy, and the original again: each takes the first free name.
  const second = (await owner.gql(Duplicate, { id: createCampaign.id })).duplicateCampaign;
  expect(second.name).toBe(`${name} (copy 2)`);
  const named = (await owner.gql(Duplicate, { id: copy.id, input: { name: uniqueName('Chosen') } })).duplicateCampaign;
  expect(named.name).toMatch(/^Chosen \d+$/);
  expect(named.params).toEqual(params);

  // A name another campaign has is refused, like on create.
  const taken = await owner.request(Duplicate, { id: createCampaign.id, input: { name } });
  expect(errorCode(taken)).toBe('CONFLICT');
  expect(taken.body.errors?.[0]?.extensions?.field).toBe('input.name');
  expect(errorCode(await owner.request(Duplicate, { id: 'no-such-campaign' }))).toBe('NOT_FOUND');
});

it('Run again: a finished DNS stage copied with its persona and source, and started at once', async () => {
  const { createCampaign: source } = await owner.gql(CreateCampaign, { input: generation(uniqueName('Names')) });
  await completed(source.id);
  const { createPersona } = await owner.gql(CreatePersona, { input: { ...dnsPersona(uniqueName('Refused')), dns: { resolvers: ['127.0.0.1:9'], timeoutMs: 200, retries: 0 } } });
  const { createCampaign: dns } = await owner.gql(CreateCampaign, {
    input: { name: uniqueName('Resolve'), kind: 'DNS_VALIDATION', personaId: createPersona.id, sourceId: source.id, dns: { recordType: 'AAAA' } },
  });
  await owner.gql(StartCampaign, { id: dns.id });
  // Nothing answers on 127.0.0.1:9: the stage fails, which is what Run again is for.
  await expect.poll(async () => (await owner.gql(CampaignStatus, { id: dns.id })).campaign.status, { timeout: 10_000 }).toBe('FAILED');

  const { duplicateCampaign: again } = await owner.gql(Duplicate, { id: dns.id, input: { start: true } });
  expect(again).toMatchObject({ kind: 'DNS_VALIDATION', persona: { id: createPersona.id }, source: { id: source.id }, params: { recordType: 'AAAA' } });
  expect(['QUEUED', 'RUNNING', 'FAILED']).toContain(again.status);
  expect(again.status).not.toBe('DRAFT');
  await expect.poll(async () => (await owner.gql(CampaignStatus, { id: again.id })).campaign.status, { timeout: 10_000 }).toBe('FAILED');
});
