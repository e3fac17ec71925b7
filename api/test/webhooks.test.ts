import { parse } from 'graphql';
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CreatePersona, dnsPersona } from './documents.js';
import { graphql } from './gql/index.js';
import { errorCode, sleep, startServer, uniqueName, type TestServer, type TestUser } from './harness.js';
import { connectUsers, CreateChat, SendMessage } from './social-documents.js';
import { Receiver } from './webhook-receiver.js';

const CreateKey = graphql(`
  mutation Webhooks_CreateKey($input: CreateApiKeyInput!) {
    createApiKey(input: $input) {
      apiKey {
        id
      }
    }
  }
`);

const CreateWebhook = graphql(`
  mutation Webhooks_Create($input: CreateWebhookInput!) {
    createWebhook(input: $input) {
      secret
      webhook {
        id
        cursor
        enabled
      }
    }
  }
`);

const UpdateWebhook = graphql(`
  mutation Webhooks_Update($id: ID!, $input: UpdateWebhookInput!) {
    updateWebhook(id: $id, input: $input) {
      id
      enabled
    }
  }
`);

const ReplayWebhook = graphql(`
  mutation Webhooks_Replay($id: ID!, $after: String!) {
    replayWebhook(id: $id, after: $after) {
      id
      cursor
    }
  }
`);

const PingWebhook = graphql(`
  mutation Webhooks_Ping($id: ID!) {
    pingWebhook(id: $id) {
      status
      responseStatus
    }
  }
`);

const Deliveries = graphql(`
  query Webhooks_Deliveries {
    webhooks {
      id
      cursor
      failingSince
      deliveries(first: 50) {
        edges {
          node {
            cursor
            status
            responseStatus
            attempt
          }
        }
      }
    }
  }
`);

const DeleteWebhook = graphql(`
  mutation Webhooks_Delete($id: ID!) {
    deleteWebhook(id: $id)
  }
`);

const WebhookState = graphql(`
  query Webhooks_State {
    webhooks {
      id
      enabled
      disabledReason
    }
  }
`);

const Notifications = graphql(`
  query Webhooks_Notifications {
    notifications(first: 20) {
      edges {
        node {
          kind
          entityId
        }
      }
    }
  }
`);

const PERSONAS = `subscription { changes { cursor op entityId ... on PersonaChange { persona { name } } } }`;
const MESSAGES = `subscription { changes { cursor op entityId ... on MessageChange { message { body } } } }`;

let server: TestServer;
let owner: TestUser;

async function endpoint(receiver: Receiver, query: string, topics?: string[]) {
  const { createApiKey } = await owner.gql(CreateKey, { input: { name: uniqueName('Hook key'), capabilities: { read: true, write: false } } });
  const { createWebhook } = await owner.gql(CreateWebhook, {
    input: { apiKeyId: createApiKey.apiKey.id, url: receiver.url, query, topics: topics as never },
  });
  receiver.setSecret(createWebhook.secret);
  return createWebhook.webhook;
}

beforeAll(async () => {
  server = await startServer({ WEBHOOK_ALLOW_PRIVATE_NETWORKS: '1', WEBHOOK_TIMEOUT_MS: '1000' });
  owner = await server.signUp('Hook owner');
});
afterAll(async () => {
  await server?.stop();
});

describe('webhooks', () => {
  it('a healthy receiver gets every change in commit order, exactly once, signed, with webhook-id = the cursor', async () => {
    const receiver = new Receiver();
    await receiver.start();
    await endpoint(receiver, PERSONAS, ['PERSONA']);
    const ids: string[] = [];
    for (let i = 0; i < 6; i++) ids.push((await owner.gql(CreatePersona, { input: dnsPersona(uniqueName('Hooked')) })).createPersona.id);
    await receiver.waitFor(6);
    await sleep(500);
    expect(receiver.changes()).toEqual(ids);
    expect(receiver.invalidSignatures).toBe(0);
    for (const { id, body } of receiver.received) expect(id).toBe(body.data!.changes!.cursor);
    await receiver.stop();
  });

  it('a receiver that fails gets retries, later changes never pass the failing one, and nothing is lost once it answers', async () => {
    const receiver = new Receiver();
    await receiver.start();
    const webhook = await endpoint(receiver, PERSONAS, ['PERSONA']);
    receiver.status = 503;
    const ids: string[] = [];
    for (let i = 0; i < 3; i++) ids.push((await owner.gql(CreatePersona, { input: dnsPersona(uniqueName('While down')) })).createPersona.id);
    await sleep(2_500);
    const during = (await owner.gql(Deliveries)).webhooks.find((hook) => hook.id === webhook.id)!;
    const failed = during.deliveries.edges.map((edge) => edge.node);
    expect(failed.length).toBeGreaterThanOrEqual(2); // retried
    expect(failed.every((delivery) => delivery.status === 'FAILED' && delivery.responseStatus === 503)).toBe(true);
    expect(new Set(failed.map((delivery) => delivery.cursor)).size).toBe(1); // only the first change, again and again
    expect(during.failingSince).not.toBeNull();
    expect(during.cursor).toBe(webhook.cursor);

    receiver.status = 200;
    await receiver.waitFor(3, 15_000);
    await sleep(500);
    expect(receiver.changes()).toEqual(ids);
    await receiver.stop();
  }, 30_000);

  it("a private change never reaches an endpoint whose key cannot see it", async () => {
    const receiver = new Receiver();
    await receiver.start();
    await endpoint(receiver, MESSAGES, ['MESSAGE']);
    const [carol, dave, friend] = [await server.signUp('Carol'), await server.signUp('Dave'), await server.signUp('Friend')];
    await connectUsers(carol, dave);
    await connectUsers(owner, friend);
    const { createChat: theirs } = await carol.gql(CreateChat, { input: { memberIds: [dave.id] } });
    const { createChat: ours } = await owner.gql(CreateChat, { input: { memberIds: [friend.id] } });
    await carol.gql(SendMessage, { chatId: theirs.id, body: 'not for the hook' });
    const { sendMessage } = await friend.gql(SendMessage, { chatId: ours.id, body: 'for the hook' });
    await receiver.waitFor(1);
    await sleep(800);
    expect(receiver.received.map((r) => r.body.data!.changes!.message?.body)).toEqual(['for the hook']);
    expect(receiver.changes()).toEqual([sendMessage.id]);
    await receiver.stop();
  });

  it('replayWebhook redelivers from a cursor with the same webhook-ids, even while a delivery is in flight; a ping is signed and logged', async () => {
    const receiver = new Receiver();
    await receiver.start();
    const webhook = await endpoint(receiver, PERSONAS, ['PERSONA']);
    const ids: string[] = [];
    ids.push((await owner.gql(CreatePersona, { input: dnsPersona(uniqueName('Replayed')) })).createPersona.id);
    await receiver.waitFor(1);
    // The second delivery is received but not yet answered when the replay commits: the deliverer's
    // cursor move that follows the answer must not pass over the replay.
    const release = receiver.holdAnswers();
    ids.push((await owner.gql(CreatePersona, { input: dnsPersona(uniqueName('Replayed')) })).createPersona.id);
    await receiver.waitFor(2);
    const firstIds = receiver.received.map((r) => r.id);
    await owner.gql(ReplayWebhook, { id: webhook.id, after: webhook.cursor! });
    release();
    await receiver.waitFor(4);
    expect(receiver.changes()).toEqual([...ids, ...ids]);
    expect(receiver.received.slice(2).map((r) => r.id)).toEqual(firstIds);

    const { pingWebhook } = await owner.gql(PingWebhook, { id: webhook.id });
    expect(pingWebhook).toEqual({ status: 'DELIVERED', responseStatus: 204 });
    expect(receiver.received.at(-1)?.body.type).toBe('ping');
    expect(receiver.invalidSignatures).toBe(0);
    const disabled = await owner.gql(UpdateWebhook, { id: webhook.id, input: { enabled: false } });
    expect(disabled.updateWebhook.enabled).toBe(false);
    await receiver.stop();
  });

  it('an endpoint deleted while its POST is in flight is dropped, and the endpoint answered beside it is not disturbed', async () => {
    const [kept, doomed] = [new Receiver(), new Receiver()];
    await Promise.all([kept.start(), doomed.start()]);
    await endpoint(kept, PERSONAS, ['PERSONA']);
    const doomedHook = await endpoint(doomed, PERSONAS, ['PERSONA']);
    // Both answers are held, then released together: the two attempts are recorded in one commit.
    const releases = [kept.holdAnswers(), doomed.holdAnswers()];
    const ids = [(await owner.gql(CreatePersona, { input: dnsPersona(uniqueName('Beside a delete')) })).createPersona.id];
    await Promise.all([kept.waitFor(1), doomed.waitFor(1)]);
    await owner.gql(DeleteWebhook, { id: doomedHook.id });
    for (const release of releases) release();
    ids.push((await owner.gql(CreatePersona, { input: dnsPersona(uniqueName('After a delete')) })).createPersona.id);
    await kept.waitFor(2);
    await sleep(1_500); // a failed commit would redeliver the first change at the next round
    expect(kept.changes()).toEqual(ids);
    expect(doomed.changes()).toEqual(ids.slice(0, 1));
    await Promise.all([kept.stop(), doomed.stop()]);
  });

  it('refuses a stored document with a NUL written in it (the text holds the escape; the document, the character)', async () => {
    const { createApiKey } = await owner.gql(CreateKey, { input: { name: uniqueName('Nul key'), capabilities: { read: true, write: false } } });
    const result = await owner.request(CreateWebhook, {
      input: { apiKeyId: createApiKey.apiKey.id, url: 'http://127.0.0.1:9/hook', query: 'subscription { changes(entityIds: ["\\u0000"]) { cursor } }' },
    });
    expect(result.body.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.query' });
    expect(result.body.errors?.[0]?.message).toMatch(/entityIds\[0\] must not contain the NUL character/);
  });

  it('refuses a query that is not a subscription over changes, and topics wider than its key', async () => {
    const { createApiKey } = await owner.gql(CreateKey, { input: { name: uniqueName('Narrow'), capabilities: { read: true, write: false, topics: ['PERSONA'] } } });
    const notChanges = await owner.request(CreateWebhook, { input: { apiKeyId: createApiKey.apiKey.id, url: 'http://127.0.0.1:9/', query: '{ me { id } }' } });
    expect(notChanges.body.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.query' });
    const wider = await owner.request(CreateWebhook, { input: { apiKeyId: createApiKey.apiKey.id, url: 'http://127.0.0.1:9/', query: PERSONAS, topics: ['CAMPAIGN'] } });
    expect(wider.body.errors?.[0]?.extensions).toMatchObject({ code: 'FORBIDDEN', capability: 'topics' });
  });
});

describe('webhooks that keep failing, and cursors older than the log', () => {
  let brief: TestServer;
  let person: TestUser;
  beforeAll(async () => {
    brief = await startServer({ WEBHOOK_ALLOW_PRIVATE_NETWORKS: '1', WEBHOOK_DISABLE_AFTER_SECONDS: '2', WEBHOOK_DELIVERY_LOG_SIZE: '3' });
    person = await brief.signUp('Brief');
  });
  afterAll(async () => {
    await brief?.stop();
  });

  async function briefEndpoint(receiver: Receiver) {
    const { createApiKey } = await person.gql(CreateKey, { input: { name: uniqueName('Brief key'), capabilities: { read: true, write: false } } });
    const { createWebhook } = await person.gql(CreateWebhook, { input: { apiKeyId: createApiKey.apiKey.id, url: receiver.url, query: PERSONAS, topics: ['PERSONA'] } });
    receiver.setSecret(createWebhook.secret);
    return createWebhook.webhook;
  }

  it('an endpoint failing longer than WEBHOOK_DISABLE_AFTER_SECONDS is disabled with a reason and its owner notified; re-enabled, it resumes from the first undelivered change', async () => {
    const receiver = new Receiver();
    await receiver.start();
    receiver.status = 500;
    const webhook = await briefEndpoint(receiver);
    const ids = [(await person.gql(CreatePersona, { input: dnsPersona(uniqueName('Never acknowledged')) })).createPersona.id];
    const state = async () => (await person.gql(WebhookState)).webhooks.find((hook) => hook.id === webhook.id)!;
    const deadline = Date.now() + 10_000;
    while ((await state()).enabled && Date.now() < deadline) await sleep(200);
    expect(await state()).toMatchObject({ enabled: false, disabledReason: expect.stringMatching(/failed for 2 s/) });
    const { notifications } = await person.gql(Notifications);
    expect(notifications.edges.map((edge) => edge.node)).toContainEqual(expect.objectContaining({ kind: 'WEBHOOK_DISABLED', entityId: webhook.id }));
    // Each change of its settings (failing, disabled) carries the version it wrote; attempts carry none.
    const { db } = brief.app.services.database;
    const row = await db.selectFrom('webhooks').select('version').where('id', '=', webhook.id).executeTakeFirstOrThrow();
    const versions = (await db.selectFrom('changes').select('entity_version').where('topic', '=', 'WEBHOOK').where('entity_id', '=', webhook.id).orderBy('seq').execute())
      .map(({ entity_version }) => entity_version)
      .filter((version) => version !== null);
    expect(versions).toEqual(Array.from({ length: row.version }, (_, i) => i + 1));

    ids.push((await person.gql(CreatePersona, { input: dnsPersona(uniqueName('While disabled')) })).createPersona.id);
    receiver.status = 200;
    await person.gql(UpdateWebhook, { id: webhook.id, input: { enabled: true } });
    await receiver.waitFor(2);
    expect(receiver.changes()).toEqual(ids);
    await receiver.stop();
  }, 30_000);

  it('retention keeps each endpoint\'s newest WEBHOOK_DELIVERY_LOG_SIZE attempts and drops the rest', async () => {
    const [busy, quiet] = [new Receiver(), new Receiver()];
    await Promise.all([busy.start(), quiet.start()]);
    const busyHook = await briefEndpoint(busy);
    for (let i = 0; i < 2; i++) await person.gql(CreatePersona, { input: dnsPersona(uniqueName('Seen by both')) });
    await busy.waitFor(2);
    const quietHook = await briefEndpoint(quiet);
    for (let i = 0; i < 3; i++) await person.gql(CreatePersona, { input: dnsPersona(uniqueName('Seen by both')) });
    await Promise.all([busy.waitFor(5), quiet.waitFor(3)]);
    const log = async (id: string) => {
      const { webhooks } = await person.gql(Deliveries);
      return webhooks.find((hook) => hook.id === id)!.deliveries.edges.map((edge) => edge.node.cursor);
    };
    await expect.poll(() => log(busyHook.id)).toHaveLength(5);
    await expect.poll(() => log(quietHook.id)).toHaveLength(3);
    const newest = (await log(busyHook.id)).slice(0, 3);

    expect(await brief.app.trimWebhookDeliveryLogs()).toBeGreaterThanOrEqual(2);
    expect(await log(busyHook.id)).toEqual(newest);
    expect(await log(quietHook.id)).toHaveLength(3);
    await Promise.all([busy.stop(), quiet.stop()]);
  });

  it('a replay from a cursor older than the retained log gets one RESYNC delivery, then follows from the head', async () => {
    const receiver = new Receiver();
    await receiver.start();
    const webhook = await briefEndpoint(receiver);
    const before = (await person.gql(CreatePersona, { input: dnsPersona(uniqueName('Before the prune')) })).createPersona.id;
    await receiver.waitFor(1);
    // Paused across the prune, so that only the replay can resync it. Were it live, the prune could
    // start a RESYNC of its own, and the replay's RESYNC (read after the next persona committed) would
    // rightly stand for that persona too.
    await person.gql(UpdateWebhook, { id: webhook.id, input: { enabled: false } });
    await brief.app.pruneChanges(new Date(Date.now() + 1000));
    await person.gql(ReplayWebhook, { id: webhook.id, after: '0' });
    await receiver.waitFor(2);
    expect(receiver.received[1]!.body.data!.changes).toMatchObject({ op: 'RESYNC', entityId: '*' });
    const after = (await person.gql(CreatePersona, { input: dnsPersona(uniqueName('After the resync')) })).createPersona.id;
    await receiver.waitFor(3);
    expect(receiver.changes()).toEqual([before, '*', after]);
    await receiver.stop();
  });
});

describe('webhook targets', () => {
  let strict: TestServer;
  beforeAll(async () => {
    strict = await startServer();
  });
  afterAll(async () => {
    await strict?.stop();
  });

  it('loopback, private and link-local targets are refused (after resolving the name), and plain http too', async () => {
    const person = await strict.signUp('Strict');
    const { createApiKey } = await person.gql(CreateKey, { input: { name: 'Strict key', capabilities: { read: true, write: false } } });
    for (const url of ['https://127.0.0.1/hook', 'https://localhost/hook', 'https://10.1.2.3/hook', 'https://169.254.169.254/latest', 'https://[::1]/hook', 'http://example.com/hook']) {
      const result = await person.request(CreateWebhook, { input: { apiKeyId: createApiKey.apiKey.id, url, query: PERSONAS } });
      expect(errorCode(result), url).toBe('BAD_USER_INPUT');
      expect(result.body.errors?.[0]?.extensions?.field, url).toBe('input.url');
    }
  });

  it('a refused local target says how to allow one on a development machine; a host that does not resolve says so in words', async () => {
    const person = await strict.signUp('Developer');
    const { createApiKey } = await person.gql(CreateKey, { input: { name: 'Dev key', capabilities: { read: true, write: false } } });
    const refusal = async (url: string) => {
      const result = await person.request(CreateWebhook, { input: { apiKeyId: createApiKey.apiKey.id, url, query: PERSONAS } });
      expect(errorCode(result), url).toBe('BAD_USER_INPUT');
      return result.body.errors?.[0]?.message ?? '';
    };
    expect(await refusal('https://localhost:8080/hook')).toMatch(/^input\.url: localhost resolves to .+ \(loopback\): .*start the server with WEBHOOK_ALLOW_PRIVATE_NETWORKS=1$/);
    expect(await refusal('https://127.0.0.1:8080/hook')).toContain('WEBHOOK_ALLOW_PRIVATE_NETWORKS=1');
    expect(await refusal('http://127.0.0.1:8080/hook')).toMatch(/^input\.url: must be an https:\/\/ URL; .*start the server with WEBHOOK_ALLOW_PRIVATE_NETWORKS=1 \(it allows http:\/\/ too\)$/);
    const unresolvable = await refusal('https://no-such-receiver.invalid/hook');
    expect(unresolvable).toBe('input.url: no-such-receiver.invalid does not resolve: DNS has no address for that name (check its spelling)');
    expect(unresolvable).not.toMatch(/getaddrinfo|ENOTFOUND/);
  });
});

const PingWithError = parse(`
  mutation Webhooks_PingWithError($id: ID!) { pingWebhook(id: $id) { status error } }
`) as TypedDocumentNode<{ pingWebhook: { status: string; error: string | null } }, { id: string }>;

describe('webhook targets on a development machine (WEBHOOK_ALLOW_PRIVATE_NETWORKS=1)', () => {
  it('a host that does not resolve is refused in words when saved; a receiver that is not running is named in the delivery log', async () => {
    const { createApiKey } = await owner.gql(CreateKey, { input: { name: uniqueName('Dev key'), capabilities: { read: true, write: false } } });
    const misspelt = await owner.request(CreateWebhook, { input: { apiKeyId: createApiKey.apiKey.id, url: 'http://no-such-receiver.invalid:8080/hook', query: PERSONAS } });
    expect(errorCode(misspelt)).toBe('BAD_USER_INPUT');
    expect(misspelt.body.errors?.[0]?.message).toBe('input.url: no-such-receiver.invalid does not resolve: DNS has no address for that name (check its spelling)');

    const { createWebhook } = await owner.gql(CreateWebhook, { input: { apiKeyId: createApiKey.apiKey.id, url: 'http://127.0.0.1:9/hook', query: PERSONAS } });
    const { pingWebhook } = await owner.gql(PingWithError, { id: createWebhook.webhook.id });
    expect(pingWebhook).toEqual({ status: 'FAILED', error: '127.0.0.1:9 refused the connection: nothing is listening there (is the receiver running?)' });
    await owner.gql(DeleteWebhook, { id: createWebhook.webhook.id });
  });
});
