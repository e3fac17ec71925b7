import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ChangesSubscription, CreatePersona, DeletePersona, UpdatePersona, dnsPersona } from './documents.js';
import { commitWithChanges } from '../src/changes/commit.js';
import { readLogBounds, readVisibleAfter } from '../src/changes/log.js';
import { ChangeFilter } from '../src/changes/change-filter.js';
import { startServer, type TestServer, type TestUser } from './harness.js';

let server: TestServer;
let alice: TestUser;
let bob: TestUser;

beforeAll(async () => {
  server = await startServer();
  alice = await server.signUp('Alice');
  bob = await server.signUp('Bob');
});
afterAll(async () => {
  alice.closeClients();
  bob.closeClients();
  await server.stop();
});

/** Creates, renames and deletes one persona as Alice; returns its id. */
async function personaLifecycle(name: string): Promise<string> {
  const { createPersona } = await alice.gql(CreatePersona, { input: dnsPersona(name) });
  await alice.gql(UpdatePersona, { id: createPersona.id, input: { name: `${name} v2` } });
  await alice.gql(DeletePersona, { id: createPersona.id });
  return createPersona.id;
}

const personaEvents = (changes: Array<{ changes: { __typename: string; op: string; entityId: string } }>) =>
  changes.filter((c) => c.changes.__typename === 'PersonaChange').map((c) => [c.changes.op, c.changes.entityId]);

describe('a persona written by one user reaches another user', () => {
  it('over WebSocket: created, updated, deleted, in order, each once', async () => {
    const stream = bob.subscribe(ChangesSubscription, { after: await bob.changeCursor(), topics: ['PERSONA'] });
    const id = await personaLifecycle('Resolvers WS');
    const changes = await stream.waitFor(3);
    expect(personaEvents(changes)).toEqual([
      ['CREATED', id],
      ['UPDATED', id],
      ['DELETED', id],
    ]);
    expect(changes[2]!.changes).toMatchObject({ op: 'DELETED', persona: null });
    const cursors = changes.map((c) => Number(c.changes.cursor));
    expect(cursors).toEqual([...cursors].sort((a, b) => a - b));
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(stream.results).toHaveLength(3);
    stream.close();
  });

  it('over SSE: the same three changes, each carrying its cursor as the event id', async () => {
    const stream = bob.sse(ChangesSubscription, { after: await bob.changeCursor(), topics: ['PERSONA'] });
    expect(await stream.status).toBe(200);
    const id = await personaLifecycle('Resolvers SSE');
    const changes = await stream.waitFor(3);
    expect(personaEvents(changes)).toEqual([
      ['CREATED', id],
      ['UPDATED', id],
      ['DELETED', id],
    ]);
    expect(stream.results.map((r) => r.id)).toEqual(changes.map((c) => c.changes.cursor));
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(stream.results).toHaveLength(3);
    stream.close();
  });

  it('live, while the entity still exists, the change carries it', async () => {
    const stream = bob.subscribe(ChangesSubscription, { after: await bob.changeCursor(), topics: ['PERSONA'] });
    const { createPersona } = await alice.gql(CreatePersona, { input: dnsPersona('Kept') });
    const [change] = await stream.waitFor(1);
    expect(change!.changes).toMatchObject({ op: 'CREATED', persona: { id: createPersona.id, name: 'Kept', version: 1 } });
    stream.close();
  });

  it('each write also lands in the activity feed as an ActivityChange', async () => {
    const stream = bob.subscribe(ChangesSubscription, { after: await bob.changeCursor(), topics: ['ACTIVITY'] });
    const { createPersona } = await alice.gql(CreatePersona, { input: dnsPersona('Audited') });
    const [change] = await stream.waitFor(1);
    expect(change!.changes).toMatchObject({
      __typename: 'ActivityChange',
      activity: { entityId: createPersona.id, summary: 'created DNS persona "Audited"' },
    });
    stream.close();
  });
});

describe('resume after a drop', () => {
  it('WebSocket: reconnecting with `after` delivers exactly the three missed changes, in order', async () => {
    const first = bob.subscribe(ChangesSubscription, { after: await bob.changeCursor(), topics: ['PERSONA'] });
    const { createPersona } = await alice.gql(CreatePersona, { input: dnsPersona('Before drop') });
    const [seen] = await first.waitFor(1);
    first.close();

    const id = await personaLifecycle('While away');
    const resumed = bob.subscribe(ChangesSubscription, { after: seen!.changes.cursor, topics: ['PERSONA'] });
    const changes = await resumed.waitFor(3);
    expect(personaEvents(changes)).toEqual([
      ['CREATED', id],
      ['UPDATED', id],
      ['DELETED', id],
    ]);
    expect(changes.map((c) => c.changes.entityId)).not.toContain(createPersona.id);
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(resumed.results).toHaveLength(3);

    // and it goes on live after the replay
    const { createPersona: later } = await alice.gql(CreatePersona, { input: dnsPersona('After resume') });
    const all = await resumed.waitFor(4);
    expect(all[3]!.changes).toMatchObject({ op: 'CREATED', entityId: later.id });
    resumed.close();
  });

  it('SSE: reconnecting with Last-Event-ID delivers exactly the three missed changes', async () => {
    const first = bob.sse(ChangesSubscription, { after: await bob.changeCursor(), topics: ['PERSONA'] });
    await alice.gql(CreatePersona, { input: dnsPersona('Before SSE drop') });
    await first.waitFor(1);
    const lastEventId = first.results[0]!.id!;
    first.close();

    const id = await personaLifecycle('While SSE away');
    // A browser's EventSource repeats the original URL (here with no `after`) plus Last-Event-ID.
    const resumed = bob.sse(ChangesSubscription, { topics: ['PERSONA'] }, { lastEventId });
    const changes = await resumed.waitFor(3);
    expect(personaEvents(changes)).toEqual([
      ['CREATED', id],
      ['UPDATED', id],
      ['DELETED', id],
    ]);
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(resumed.results).toHaveLength(3);
    resumed.close();
  });

  it('a cursor older than retention gets one RESYNC, then live changes', async () => {
    const cursor = await bob.changeCursor();
    await alice.gql(CreatePersona, { input: dnsPersona('Soon pruned') });
    await server.app.pruneChanges(new Date(Date.now() + 1000));

    const stream = bob.subscribe(ChangesSubscription, { after: cursor });
    const [resync] = await stream.waitFor(1);
    expect(resync!.changes).toMatchObject({ __typename: 'ResyncChange', op: 'RESYNC', entityId: '*' });
    const { createPersona } = await alice.gql(CreatePersona, { input: dnsPersona('After resync') });
    const next = await stream.waitFor(2);
    expect(next.slice(1).map((c) => c.changes.entityId)).toContain(createPersona.id);
    stream.close();
  });

  it('an `after` that is not a cursor is refused, naming the argument', async () => {
    const stream = bob.subscribe(ChangesSubscription, { after: 'yesterday' });
    await stream.waitForEnd();
    expect(JSON.stringify(stream.error ?? stream.results)).toContain('BAD_USER_INPUT');
    expect(JSON.stringify(stream.error ?? stream.results)).toContain('after');
  });
});

describe('crash safety: the log, not the bus, is the truth', () => {
  it('a change committed but never published still reaches a resuming subscriber, and live ones via the sweep', async () => {
    const cursor = await bob.changeCursor();
    const live = bob.subscribe(ChangesSubscription, { after: cursor, topics: ['PERSONA'] });
    const bus = server.app.services.bus;
    const publish = bus.publish.bind(bus);
    bus.publish = async () => {
      throw new Error('bus unreachable');
    };
    try {
      const { createPersona } = await alice.gql(CreatePersona, { input: dnsPersona('Unpublished') });
      const resumed = bob.subscribe(ChangesSubscription, { after: cursor, topics: ['PERSONA'] });
      const [replayed] = await resumed.waitFor(1);
      expect(replayed!.changes).toMatchObject({ op: 'CREATED', entityId: createPersona.id });
      const [swept] = await live.waitFor(1);
      expect(swept!.changes).toMatchObject({ op: 'CREATED', entityId: createPersona.id });
      resumed.close();
    } finally {
      bus.publish = publish;
      live.close();
    }
  });
});

describe('the log', () => {
  it('a transaction of 1,200 changes commits them in order, each with its own audience', async () => {
    const { db } = server.app.services.database;
    const before = (await readLogBounds(db)).head;
    await commitWithChanges(server.app.services, async (_trx, emit) => {
      for (let index = 0; index < 1200; index++) {
        emit({ topic: 'COUNTS', op: 'UPDATED', entityId: `count-${index}`, audience: [index % 3 === 0 ? bob.id : alice.id] });
      }
    });
    const seen = async (user: TestUser) =>
      (await readVisibleAfter(db, { after: before, filter: new ChangeFilter(user.id), limit: 2000 })).map((record) => [record.seq, record.entityId] as const);
    const bobs = await seen(bob);
    expect(bobs.map(([, id]) => id)).toEqual(Array.from({ length: 400 }, (_, n) => `count-${n * 3}`));
    const all = [...bobs, ...(await seen(alice))].sort(([a], [b]) => a - b);
    // Seqs ascend in the order the changes were emitted (cursors may skip values: PostgreSQL renumbers at commit).
    const seqs = all.map(([seq]) => seq);
    expect(seqs[0]).toBeGreaterThan(before);
    expect(seqs.every((seq, n) => n === 0 || seq > seqs[n - 1]!)).toBe(true);
    expect(all.map(([, id]) => id)).toEqual(Array.from({ length: 1200 }, (_, n) => `count-${n}`));
  });
});
