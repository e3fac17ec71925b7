import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Receiver } from '../webhook-receiver.js';
import pg from 'pg';
import { ensureServicesUp, freshDatabase, postgresUp, REDIS_URL, startInstance, startPostgresAsync, stopPostgres, terminateBackends, until, type Instance } from './infrastructure.js';

/**
 * Webhooks across a crash: two instances on PostgreSQL and Redis; the instance delivering an
 * endpoint is killed with -9 mid-stream. The other takes the endpoint over once its lease lapses,
 * and the receiver ends with every change, in commit order, a redelivery only under the same
 * webhook-id. Then the receiver goes away for 30 s, and PostgreSQL while a delivery is in flight.
 */

let database: { url: string; drop(): Promise<void> };
const instances: Instance[] = [];
const receiver = new Receiver();
/** What the first case leaves for the next: the survivor, the token, what was created so far. */
let shared: { token: string; created: string[]; instance: Instance } | undefined;

async function post(instance: Instance, query: string, variables: Record<string, unknown> = {}, token?: string) {
  const response = await fetch(instance.graphqlUrl, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await response.json()) as { data?: any; errors?: unknown[] };
  if (body.errors) throw new Error(JSON.stringify(body.errors));
  return body.data;
}

beforeAll(async () => {
  await ensureServicesUp();
  database = await freshDatabase();
  await receiver.start();
}, 60_000);
afterAll(async () => {
  for (const instance of instances) if (instance.process.exitCode === null && instance.process.signalCode === null) instance.process.kill('SIGTERM');
  await Promise.all(instances.map((instance) => instance.exited));
  await receiver.stop();
  await database?.drop();
}, 60_000);

describe('webhooks across instances', () => {
  it('kill -9 of the delivering instance: another takes over within the lease, nothing is lost or reordered', async () => {
    const env = { DATABASE_URL: database.url, REDIS_URL, WEBHOOK_ALLOW_PRIVATE_NETWORKS: '1' };
    const delivering = await startInstance(env);
    instances.push(delivering);
    const { signUp } = await post(delivering, 'mutation($input: SignUpInput!) { signUp(input: $input) { token } }', {
      input: { email: `hooks-${Date.now()}@faults.test`, password: 'correct horse battery', displayName: 'Hooks' },
    });
    const token = signUp.token as string;
    const { createApiKey } = await post(delivering, 'mutation { createApiKey(input: { name: "crash", capabilities: { read: true, write: false } }) { apiKey { id } } }', {}, token);
    const { createWebhook } = await post(
      delivering,
      'mutation($input: CreateWebhookInput!) { createWebhook(input: $input) { secret } }',
      { input: { apiKeyId: createApiKey.apiKey.id, url: receiver.url, query: 'subscription { changes { cursor entityId } }', topics: ['PERSONA'] } },
      token,
    );
    receiver.setSecret(createWebhook.secret);

    // Only the first instance runs: it takes the endpoint's lease and delivers.
    const created: string[] = [];
    const create = async (on: Instance) =>
      created.push((await post(on, 'mutation($name: String!) { createPersona(input: { kind: DNS, name: $name, dns: { resolvers: ["127.0.0.1"] } }) { id } }', { name: `crash ${created.length}` }, token)).createPersona.id);
    for (let i = 0; i < 5; i++) await create(delivering);
    await receiver.waitFor(5);

    const survivor = await startInstance(env);
    instances.push(survivor);
    for (let i = 0; i < 30; i++) {
      await create(survivor);
      if (i === 10) delivering.process.kill('SIGKILL');
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    const killedAt = Date.now();
    await until(() => new Set(receiver.changes()).size === created.length, 30_000, 'every change delivered after the kill');
    console.log(`all ${created.length} delivered ${Date.now() - killedAt} ms after the writes ended (lease 10 s)`);

    // In order, each once but for redeliveries of the change in flight, which repeat its webhook-id.
    const firstSeen: string[] = [];
    const idOf = new Map<string, string>();
    for (const { id, body } of receiver.received) {
      const entityId = body.data!.changes!.entityId;
      if (idOf.has(entityId)) {
        expect(idOf.get(entityId)).toBe(id);
        continue;
      }
      idOf.set(entityId, id);
      firstSeen.push(entityId);
    }
    expect(firstSeen).toEqual(created);
    expect(receiver.invalidSignatures).toBe(0);
    shared = { token, created, instance: survivor };
  }, 90_000);

  it('the receiver down for 30 s, then back: retries, then every change in order with no gap', async () => {
    const { token, created, instance } = shared!;
    const before = receiver.received.length;
    receiver.status = 503;
    const downAt = Date.now();
    while (Date.now() - downAt < 30_000) {
      created.push((await post(instance, 'mutation($name: String!) { createPersona(input: { kind: DNS, name: $name, dns: { resolvers: ["127.0.0.1"] } }) { id } }', { name: `down ${created.length}` }, token)).createPersona.id);
      await new Promise((resolve) => setTimeout(resolve, 1_000));
    }
    expect(receiver.received.length).toBe(before); // nothing acknowledged while down
    receiver.status = 200;
    const upAt = Date.now();
    await until(() => new Set(receiver.changes()).size === created.length, 90_000, 'every change delivered once the receiver is back');
    console.log(`caught up ${Date.now() - upAt} ms after the receiver came back (backoff at most doubles to 5 min)`);
    const order: string[] = [];
    for (const entityId of receiver.changes()) if (!order.includes(entityId)) order.push(entityId);
    expect(order).toEqual(created);
  }, 150_000);

  it('the database lost mid-render: the change is delivered again whole, never as a hole with internal error text', async () => {
    const { token, created, instance } = shared!;
    const renderer = new Receiver();
    await renderer.start();
    const lock = new pg.Client({ connectionString: database.url });
    lock.on('error', () => {}); // its connection is among those the outage ends
    await lock.connect();
    try {
      const { createApiKey } = await post(instance, 'mutation { createApiKey(input: { name: "render", capabilities: { read: true, write: false } }) { apiKey { id } } }', {}, token);
      const { createWebhook } = await post(
        instance,
        'mutation($input: CreateWebhookInput!) { createWebhook(input: $input) { secret } }',
        { input: { apiKeyId: createApiKey.apiKey.id, url: renderer.url, query: 'subscription { changes { cursor entityId ... on PersonaChange { persona { name } } } }', topics: ['PERSONA'] } },
        token,
      );
      renderer.setSecret(createWebhook.secret);
      const create = async (name: string) =>
        created.push((await post(instance, 'mutation($name: String!) { createPersona(input: { kind: DNS, name: $name, dns: { resolvers: ["127.0.0.1"] } }) { id } }', { name }, token)).createPersona.id);

      // The first change's answer is held; the second is rendered once it is released.
      const release = renderer.holdAnswers();
      await create('rendered before');
      await until(() => renderer.changes().length === 1, 10_000, 'the first change to arrive');
      await create('rendered during the outage');
      // Its render's read of the persona waits on this lock, so the outage lands mid-render.
      await lock.query('BEGIN');
      await lock.query('LOCK TABLE personas IN ACCESS EXCLUSIVE MODE');
      release();
      const databaseName = new URL(database.url).pathname.slice(1);
      await until(
        async () => (await lock.query("select count(*)::int as n from pg_stat_activity where datname = $1 and wait_event_type = 'Lock'", [databaseName])).rows[0].n > 0,
        10_000,
        'the render to wait on the persona',
      );
      await terminateBackends(databaseName); // every connection, the lock's and the waiting render's among them

      await until(() => renderer.changes().at(-1) === created.at(-1), 30_000, 'the change rendered during the outage to be delivered');
      const bodies = renderer.received.map(({ body }) => body as { data?: { changes?: { persona?: { name: string } | null } }; errors?: unknown });
      expect(bodies.filter((body) => body.errors !== undefined || !body.data?.changes?.persona), JSON.stringify(bodies)).toEqual([]);
      expect(bodies.map((body) => body.data!.changes!.persona!.name)).toEqual(['rendered before', 'rendered during the outage']);
      expect(instance.process.exitCode).toBeNull();
    } finally {
      await lock.end().catch(() => {});
      await renderer.stop();
    }
  }, 90_000);

  it('PostgreSQL down while a delivery is in flight: no process ends, and delivery carries on in order once it is back', async () => {
    const { token, created, instance } = shared!;
    const create = async (name: string) =>
      created.push((await post(instance, 'mutation($name: String!) { createPersona(input: { kind: DNS, name: $name, dns: { resolvers: ["127.0.0.1"] } }) { id } }', { name }, token)).createPersona.id);
    const release = receiver.holdAnswers();
    await create('in flight');
    await until(() => receiver.changes().at(-1) === created.at(-1), 10_000, 'the delivery in flight to arrive');
    try {
      await stopPostgres();
      // The answer arrives with the database gone: the deliverer cannot record it, nor read what is next.
      release();
      await new Promise((resolve) => setTimeout(resolve, 3_000));
      expect(instance.process.exitCode, instance.output.join('')).toBeNull();
      expect(instance.process.signalCode).toBeNull();
    } finally {
      release();
      if (!postgresUp()) await startPostgresAsync();
    }
    await until(async () => (await fetch(`${instance.url}/readyz`)).status === 200, 15_000, '/readyz 200 again');
    await create('after the outage');
    await until(() => receiver.changes().at(-1) === created.at(-1), 30_000, 'the change after the outage delivered');
    const order: string[] = [];
    for (const entityId of receiver.changes()) if (!order.includes(entityId)) order.push(entityId);
    expect(order).toEqual(created);
    expect(instance.process.exitCode).toBeNull();
  }, 90_000);
});
