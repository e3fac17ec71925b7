import { request as httpRequest, type IncomingMessage } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { graphql } from './gql/index.js';
import { sleep, startServer, type TestServer, type TestUser } from './harness.js';

const BUFFER_LIMIT = 256 * 1024;
const SUBSCRIPTION_CAP = 3;

let server: TestServer;
let admin: TestUser;
let member: TestUser;

beforeAll(async () => {
  server = await startServer({
    MAX_SOCKET_BUFFER_BYTES: String(BUFFER_LIMIT),
    MAX_SUBSCRIPTIONS_PER_CONNECTION: String(SUBSCRIPTION_CAP),
  });
  admin = await server.signUp('Admin');
  member = await server.signUp('Member');
});
afterAll(async () => {
  admin.closeClients();
  member.closeClients();
  await server.stop();
});

const CreateSet = graphql(`
  mutation Fanout_CreateSet($name: String!, $description: String) {
    createKeywordSet(input: { name: $name, description: $description, rules: [{ pattern: "x", kind: STRING }] }) {
      id
    }
  }
`);

const RenameSet = graphql(`
  mutation Fanout_RenameSet($id: ID!, $name: String!) {
    updateKeywordSet(id: $id, input: { name: $name }) {
      id
    }
  }
`);

const SetNames = graphql(`
  subscription Fanout_SetNames($after: String, $topics: [ChangeTopic!], $entityIds: [ID!]) {
    changes(after: $after, topics: $topics, entityIds: $entityIds) {
      __typename
      cursor
      op
      entityId
      ... on KeywordSetChange {
        keywordSet {
          name
        }
      }
    }
  }
`);

/** Forty copies of a 2,000-character description: about 80 KB per change, so a socket that stops reading fills fast. */
const BULKY = `subscription Fanout_Bulky($after: String) {
  changes(after: $after, topics: [KEYWORD_SET]) {
    cursor
    ... on KeywordSetChange { keywordSet { name ${Array.from({ length: 40 }, (_, i) => `d${i}: description`).join(' ')} } }
  }
}`;

/** A graphql-transport-ws client on a bare `ws` socket, so the test can stop reading from it. */
function rawSubscriber(token: string, query: string, variables: Record<string, unknown>) {
  const socket = new WebSocket(server.wsUrl, 'graphql-transport-ws');
  const cursors: number[] = [];
  const closed = new Promise<number>((resolve) => socket.once('close', (code) => resolve(code)));
  const subscribed = new Promise<void>((resolve) => {
    socket.on('open', () => socket.send(JSON.stringify({ type: 'connection_init', payload: { authorization: `Bearer ${token}` } })));
    socket.on('message', (data) => {
      const message = JSON.parse(String(data)) as { type: string; payload?: { data?: { changes: { cursor: string } } } };
      if (message.type === 'connection_ack') {
        socket.send(JSON.stringify({ id: 'bulky', type: 'subscribe', payload: { query, variables } }));
        resolve();
      }
      if (message.type === 'next') cursors.push(Number(message.payload!.data!.changes.cursor));
    });
  });
  return { socket, cursors, closed, subscribed };
}

describe('backpressure', () => {
  it('a socket that stops reading is cut loose with 4503 while others stay timely; resuming with `after` loses nothing', async () => {
    const { createKeywordSet } = await admin.gql(CreateSet, { name: 'bulky', description: 'x'.repeat(2000) });
    const start = await admin.changeCursor();

    const timely = Array.from({ length: 20 }, () => member.subscribe(SetNames, { after: start, topics: ['KEYWORD_SET'] }));
    const slow = rawSubscriber(member.token, BULKY, { after: start });
    await slow.subscribed;
    await sleep(200);
    slow.socket.pause();

    const sentAt = new Map<string, number>();
    const renames = 200;
    for (let i = 0; i < renames; i++) {
      const name = `rename ${i}`;
      sentAt.set(name, Date.now());
      await admin.gql(RenameSet, { id: createKeywordSet.id, name });
      if (i % 20 === 19) await sleep(20);
    }
    let worstLagMs = 0;
    for (const stream of timely) {
      const changes = await stream.waitFor(renames, 10_000);
      changes.forEach((change, index) => {
        // The entity is read at delivery, so a change may already show a later rename, never an earlier one.
        const name = change.changes.__typename === 'KeywordSetChange' ? change.changes.keywordSet?.name : undefined;
        expect(Number(name?.replace('rename ', ''))).toBeGreaterThanOrEqual(index);
        worstLagMs = Math.max(worstLagMs, stream.arrivals[index]! - sentAt.get(`rename ${index}`)!);
      });
      const cursors = changes.map((change) => Number(change.changes.cursor));
      expect(cursors).toEqual([...cursors].sort((a, b) => a - b));
    }
    // Every timely subscriber had every change within a second of its mutation being sent.
    expect(worstLagMs).toBeLessThan(1000);

    const metrics = await (await fetch(`${server.url}/metrics`)).text();
    expect(metrics).toMatch(/pulsegraph_slow_consumer_disconnects_total 1\b/);

    // Reading again, the slow client gets what was buffered for it, then the close.
    slow.socket.resume();
    expect(await slow.closed).toBe(4503);
    const got = slow.cursors;
    expect(got.length).toBeGreaterThan(0);
    expect(got.length).toBeLessThan(renames);
    expect(got).toEqual([...got].sort((a, b) => a - b));

    // Resuming from its last cursor delivers exactly the rest, once, in order.
    const resumed = rawSubscriber(member.token, BULKY, { after: String(got.at(-1)) });
    await resumed.subscribed;
    const deadline = Date.now() + 10_000;
    while (got.length + resumed.cursors.length < renames && Date.now() < deadline) await sleep(50);
    const all = [...got, ...resumed.cursors];
    expect(all).toHaveLength(renames);
    expect(new Set(all).size).toBe(renames);
    expect(all).toEqual([...all].sort((a, b) => a - b));
    const timelyCursors = timely[0]!.results.map((result) => Number(result.data!.changes.cursor));
    expect(all).toEqual(timelyCursors);
    resumed.socket.close();
    for (const stream of timely) stream.close();
  }, 60_000);
});

/** An SSE subscriber on a bare HTTP request, so the test can stop reading from it. */
function rawSseSubscriber(token: string, query: string, lastEventId?: string) {
  const ids: number[] = [];
  let response: IncomingMessage | undefined;
  const ended = new Promise<void>((resolve) => {
    const req = httpRequest(server.graphqlUrl, {
      method: 'POST',
      headers: {
        accept: 'text/event-stream',
        'content-type': 'application/json',
        authorization: `Bearer ${token}`,
        ...(lastEventId ? { 'last-event-id': lastEventId } : {}),
      },
    });
    req.on('response', (res) => {
      response = res;
      let buffered = '';
      res.setEncoding('utf8');
      res.on('data', (chunk: string) => {
        buffered += chunk;
        let boundary: number;
        while ((boundary = buffered.indexOf('\n\n')) >= 0) {
          const id = /^id: (\d+)$/m.exec(buffered.slice(0, boundary));
          if (id) ids.push(Number(id[1]));
          buffered = buffered.slice(boundary + 2);
        }
      });
      res.on('end', () => resolve());
      res.on('error', () => resolve());
    });
    req.end(JSON.stringify({ query }));
  });
  return { ids, ended, response: () => response };
}

const slowConsumerCount = async () =>
  Number(/pulsegraph_slow_consumer_disconnects_total (\d+)/.exec(await (await fetch(`${server.url}/metrics`)).text())![1]);

describe('backpressure over SSE', () => {
  it('a stream that stops being read is ended; reconnecting with Last-Event-ID loses nothing', async () => {
    const { createKeywordSet } = await admin.gql(CreateSet, { name: 'bulky sse', description: 'y'.repeat(2000) });
    const before = await slowConsumerCount();
    // Both start from the same cursor: a live-only stream may or may not still get a change committed
    // just before it (on PostgreSQL the set's creation often arrives after the first one registered).
    const cursor = await member.changeCursor();
    const slow = rawSseSubscriber(member.token, BULKY, cursor);
    const watcher = member.subscribe(SetNames, { topics: ['KEYWORD_SET'], after: cursor });
    await sleep(300);
    slow.response()!.pause();

    const renames = 150;
    for (let i = 0; i < renames; i++) await admin.gql(RenameSet, { id: createKeywordSet.id, name: `sse rename ${i}` });
    await watcher.waitFor(renames, 10_000);
    expect(await slowConsumerCount()).toBe(before + 1);

    slow.response()!.resume();
    await slow.ended;
    const got = slow.ids;
    expect(got.length).toBeGreaterThan(0);
    expect(got.length).toBeLessThan(renames);

    const resumed = rawSseSubscriber(member.token, BULKY, String(got.at(-1)));
    const deadline = Date.now() + 10_000;
    while (got.length + resumed.ids.length < renames && Date.now() < deadline) await sleep(50);
    const all = [...got, ...resumed.ids];
    expect(all).toEqual(watcher.results.map((result) => Number(result.data!.changes.cursor)));
    resumed.response()?.destroy();
    watcher.close();
  }, 60_000);
});

describe('per-connection cap', () => {
  it(`beyond ${SUBSCRIPTION_CAP} subscriptions a subscribe gets LIMIT_EXCEEDED; the socket and the others stay`, async () => {
    const client = member.wsClient();
    const after = await member.changeCursor();
    const held = Array.from({ length: SUBSCRIPTION_CAP }, () => member.subscribe(SetNames, { after, topics: ['KEYWORD_SET'] }, client));
    await sleep(200);
    const refused = member.subscribe(SetNames, { after, topics: ['KEYWORD_SET'] }, client);
    await refused.waitForEnd();
    expect(refused.error).toMatchObject([{ extensions: { code: 'LIMIT_EXCEEDED' } }]);

    await admin.gql(CreateSet, { name: 'after the cap' });
    for (const stream of held) expect((await stream.waitFor(1))[0]!.changes.op).toBe('CREATED');
    expect(client.closes).toEqual([]);

    // Completing one frees its place.
    held[0]!.close();
    await sleep(100);
    const replacement = member.subscribe(SetNames, { after, topics: ['KEYWORD_SET'] }, client);
    expect((await replacement.waitFor(1))[0]!.changes.op).toBe('CREATED');
    for (const stream of [...held, replacement]) stream.close();
  });
});

describe('following one entity', () => {
  it('changes(entityIds:) narrows the stream to those entities, live and on replay, combined with topics', async () => {
    const after = await member.changeCursor();
    const followed = (await admin.gql(CreateSet, { name: 'followed' })).createKeywordSet.id;
    const other = (await admin.gql(CreateSet, { name: 'other' })).createKeywordSet.id;

    const live = member.subscribe(SetNames, { entityIds: [followed] });
    const sse = member.sse(SetNames, { entityIds: [followed], topics: ['KEYWORD_SET'] });
    expect(await sse.status).toBe(200);
    const wrongTopic = member.subscribe(SetNames, { entityIds: [followed], topics: ['PERSONA'] });
    await sleep(200);
    await admin.gql(RenameSet, { id: other, name: 'other 2' });
    await admin.gql(RenameSet, { id: followed, name: 'followed 2' });
    await admin.gql(RenameSet, { id: other, name: 'other 3' });
    await admin.gql(RenameSet, { id: followed, name: 'followed 3' });

    const replayed = member.subscribe(SetNames, { after, entityIds: [followed] });
    for (const stream of [live, sse]) {
      const changes = await stream.waitFor(2);
      expect(changes.map((c) => [c.changes.op, c.changes.entityId])).toEqual([
        ['UPDATED', followed],
        ['UPDATED', followed],
      ]);
    }
    const all = await replayed.waitFor(3);
    expect(all.map((c) => [c.changes.op, c.changes.entityId])).toEqual([
      ['CREATED', followed],
      ['UPDATED', followed],
      ['UPDATED', followed],
    ]);
    await sleep(300);
    expect(live.results).toHaveLength(2);
    expect(replayed.results).toHaveLength(3);
    expect(wrongTopic.results).toHaveLength(0);
    for (const stream of [live, sse, wrongTopic, replayed]) stream.close();
  });

  it('more than 100 entity ids is BAD_USER_INPUT naming entityIds', async () => {
    const stream = member.subscribe(SetNames, { entityIds: Array.from({ length: 101 }, (_, i) => String(i)) });
    await stream.waitForEnd();
    // graphql-ws answers a subscription that fails to start with one result carrying the errors, then complete.
    expect(stream.results).toMatchObject([{ errors: [{ extensions: { code: 'BAD_USER_INPUT', field: 'entityIds' } }] }]);
  });
});

describe('replay shared like live delivery', () => {
  const counter = async (name: string) => {
    const text = await (await fetch(`${server.url}/metrics`)).text();
    return Number(new RegExp(`^${name} (\\d+)`, 'm').exec(text)?.[1] ?? NaN);
  };

  it('twenty subscribers resuming from one cursor read the log once (the window) and each change is executed once', async () => {
    const cursor = await member.changeCursor();
    const ids: string[] = [];
    for (let i = 0; i < 10; i++) ids.push((await admin.gql(CreateSet, { name: `Shared replay ${i}` })).createKeywordSet.id);
    await sleep(300); // the hub has read them: they are in the window
    const [executionsBefore, readsBefore] = [await counter('pulsegraph_replay_executions_total'), await counter('pulsegraph_replay_log_reads_total')];

    const streams = Array.from({ length: 20 }, () => member.subscribe(SetNames, { after: cursor, topics: ['KEYWORD_SET'] }, member.wsClient()));
    for (const stream of streams) {
      const received = await stream.waitFor(10);
      expect(received.map((result) => result.changes.entityId)).toEqual(ids);
    }
    // Per subscriber it would be 200 executions and 20 log reads.
    expect((await counter('pulsegraph_replay_executions_total')) - executionsBefore).toBeLessThanOrEqual(ids.length);
    expect((await counter('pulsegraph_replay_log_reads_total')) - readsBefore).toBe(0);
    for (const stream of streams) stream.close();
  });
});
