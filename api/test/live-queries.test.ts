import jsonPatch, { type Operation } from 'fast-json-patch';
import { getOperationAST, parse, type ExecutionResult } from 'graphql';
import { operationKey } from '../src/live/answers.js';
import { schema } from '../src/schema.js';
import { isResume } from '../src/transport/admission.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { requestText, sleep, startServer, type TestServer, type TestUser } from './harness.js';

/**
 * Live queries (`query … @live`): the answer with the cursor it is consistent with, then a new answer
 * for every commit that alters it, over graphql-ws and SSE, resumable from a cursor.
 */

type Persona = { id: string; name: string };
type PersonasAnswer = { personas: { edges: Array<{ node: Persona }> } };
const PERSONAS = 'personas(first: 100) { edges { node { id name } } }';
const LIVE_PERSONAS = `query LivePersonas($after: String) @live(after: $after) { ${PERSONAS} }`;
const NOW_PERSONAS = `query { ${PERSONAS} }`;

let server: TestServer;
let ada: TestUser;
let ben: TestUser;
beforeAll(async () => {
  server = await startServer();
  ada = await server.signUp('Live Ada');
  ben = await server.signUp('Live Ben');
});
afterAll(async () => {
  ada?.closeClients();
  ben?.closeClients();
  await server?.stop();
});

async function gql<T>(user: TestUser, query: string, variables?: Record<string, unknown>): Promise<T> {
  const result = await requestText(server, user.token, query, variables);
  expect(result.errors, query).toBeUndefined();
  return result.data as T;
}
const createPersona = (user: TestUser, name: string) =>
  gql<{ createPersona: Persona }>(user, 'mutation($name: String!) { createPersona(input: { kind: DNS, name: $name, dns: { resolvers: ["127.0.0.1"] } }) { id name } }', { name }).then((data) => data.createPersona);
const names = (answer: PersonasAnswer) => answer.personas.edges.map((edge) => edge.node.name).sort();
const cursorOf = (result: ExecutionResult) => (result.extensions as { cursor: string }).cursor;
const seqOf = (cursor: string) => Number(cursor.split('.')[0]);

function live(user: TestUser, variables: Record<string, unknown> = {}) {
  return user.subscribe<PersonasAnswer, Record<string, unknown>>(parse(LIVE_PERSONAS) as never, variables);
}

describe('a live query', () => {
  it('answers at once with its cursor, then answers again, in commit order, when a commit alters it, and not when one does not', async () => {
    const first = await createPersona(ada, 'Live one');
    const stream = live(ada);
    await stream.waitUntil((data) => data.length === 1);
    expect(names(stream.data[0]!)).toContain('Live one');
    const start = seqOf(cursorOf(stream.results[0]!));
    expect(start).toBeGreaterThan(0);

    await createPersona(ada, 'Live two');
    await stream.waitUntil((data) => data.length === 2);
    expect(names(stream.data[1]!)).toEqual(expect.arrayContaining(['Live one', 'Live two']));
    expect(seqOf(cursorOf(stream.results[1]!))).toBeGreaterThan(start);

    // A change the query does not read (a post) sends nothing.
    await gql(ada, 'mutation { createPost(body: "not a persona") { id } }');
    await gql(ada, 'mutation($id: ID!) { updatePersona(id: $id, input: { name: "Live one, renamed" }) { id } }', { id: first.id });
    await stream.waitUntil((data) => data.length === 3);
    await sleep(300);
    expect(stream.results).toHaveLength(3);
    expect(names(stream.data[2]!)).toContain('Live one, renamed');
    // The last answer is what the same query reads now.
    expect(names(stream.data[2]!)).toEqual(names(await gql<PersonasAnswer>(ada, NOW_PERSONAS)));
    stream.close();
  });

  it('resumed with its last cursor sends nothing while the answer is unchanged, and the new answer once it changes', async () => {
    const stream = live(ada);
    await stream.waitUntil((data) => data.length === 1);
    const cursor = cursorOf(stream.results[0]!);
    stream.close();

    const resumed = live(ada, { after: cursor });
    await sleep(500);
    expect(resumed.results).toHaveLength(0);
    await createPersona(ada, 'Live while resumed');
    await resumed.waitUntil((data) => data.length === 1);
    expect(names(resumed.data[0]!)).toContain('Live while resumed');
    resumed.close();

    // Away while it changed: the current answer at once.
    await createPersona(ada, 'Live while away');
    const back = live(ada, { after: cursor });
    await back.waitUntil((data) => data.length === 1);
    expect(names(back.data[0]!)).toEqual(expect.arrayContaining(['Live while resumed', 'Live while away']));
    expect((back.results[0]!.extensions as { reset?: boolean }).reset).toBeUndefined();
    back.close();
  });

  it('streams over SSE with the cursor as the event id, and Last-Event-ID resumes from it', async () => {
    const stream = ada.sse<PersonasAnswer, Record<string, unknown>>(parse(LIVE_PERSONAS) as never, {});
    expect(await stream.status).toBe(200);
    await stream.waitUntil((data) => data.length === 1);
    expect(stream.results[0]!.id).toBe(cursorOf(stream.results[0]!));
    await createPersona(ada, 'Live over SSE');
    await stream.waitUntil((data) => data.length === 2);
    const last = stream.results[1]!.id!;
    stream.close();

    const resumed = ada.sse<PersonasAnswer, Record<string, unknown>>(parse(LIVE_PERSONAS) as never, {}, { lastEventId: last });
    await sleep(500);
    expect(resumed.results).toHaveLength(0);
    await createPersona(ada, 'Live over SSE again');
    await resumed.waitUntil((data) => data.length === 1);
    expect(names(resumed.data[0]!)).toContain('Live over SSE again');
    resumed.close();
  });

  it('with patches: true, a new answer to the one held comes as a JSON Patch to it, over WebSocket and SSE; the first, and a resume from an older answer, come whole', async () => {
    const PATCHED = parse(`query PatchedPersonas($after: String) @live(after: $after, patches: true) { ${PERSONAS} }`) as never;
    type Patched = ExecutionResult<PersonasAnswer> & { extensions?: { cursor: string; patch?: Operation[] } };
    /** The answers a client holds after each frame: a whole answer, or the last one patched. */
    const held = (results: Patched[], start?: PersonasAnswer) =>
      results.reduce<PersonasAnswer[]>((answers, result) => {
        const last = answers.at(-1) ?? start;
        answers.push(result.extensions?.patch ? (jsonPatch.applyPatch(structuredClone(last!), result.extensions.patch).newDocument as PersonasAnswer) : result.data!);
        return answers;
      }, []);
    const now = async () => gql<PersonasAnswer>(ada, NOW_PERSONAS);

    for (const name of ['Patched a', 'Patched b', 'Patched c', 'Patched d']) await createPersona(ada, name);
    const ws = ada.subscribe<PersonasAnswer, Record<string, unknown>>(PATCHED, {});
    const sse = ada.sse<PersonasAnswer, Record<string, unknown>>(PATCHED, {});
    for (const stream of [ws, sse]) await stream.waitUntil((data) => data.length === 1);
    await createPersona(ada, 'Patched one');
    for (const stream of [ws, sse]) await stream.waitFor(2);
    for (const stream of [ws, sse]) {
      const [first, second] = stream.results as Patched[];
      expect(first!.data).toBeDefined();
      expect(second!.data).toBeUndefined();
      expect(second!.extensions!.patch!.length).toBeGreaterThan(0);
      expect(JSON.stringify(second).length).toBeLessThan(JSON.stringify(first).length / 2);
      expect(held(stream.results as Patched[]).at(-1)).toEqual(await now());
    }
    expect(sse.results[1]!.id).toBe(cursorOf(sse.results[1]!));
    const [firstCursor, secondCursor] = ws.results.map(cursorOf);
    const secondAnswer = held(ws.results as Patched[])[1]!;
    ws.close();

    // Back (while the SSE client keeps the query open) from the answer just before the current one: a
    // patch to it. From an older one: whole.
    await createPersona(ada, 'Patched two');
    await sse.waitFor(3);
    const fromSecond = ada.subscribe<PersonasAnswer, Record<string, unknown>>(PATCHED, { after: secondCursor });
    const fromFirst = ada.subscribe<PersonasAnswer, Record<string, unknown>>(PATCHED, { after: firstCursor });
    await fromSecond.waitFor(1);
    await fromFirst.waitFor(1);
    expect((fromSecond.results[0] as Patched).extensions!.patch).toBeDefined();
    expect(held(fromSecond.results as Patched[], secondAnswer)[0]).toEqual(await now());
    expect(fromFirst.results[0]!.data).toEqual(await now());
    for (const stream of [fromSecond, fromFirst, sse]) stream.close();
  });

  it('shows each viewer only what that viewer may read: a private list moves for its owner alone', async () => {
    const query = parse('query MyNotifications @live { notifications(first: 50) { edges { node { id kind } } } }') as never;
    const adas = ada.subscribe<{ notifications: { edges: unknown[] } }, Record<string, unknown>>(query, {});
    const bens = ben.subscribe<{ notifications: { edges: unknown[] } }, Record<string, unknown>>(query, {});
    await adas.waitUntil((data) => data.length === 1);
    await bens.waitUntil((data) => data.length === 1);
    const before = bens.data[0]!.notifications.edges.length;
    // Ada's connection request notifies Ben only.
    await gql(ada, 'mutation($userId: ID!) { sendConnectionRequest(userId: $userId) { id } }', { userId: ben.id });
    await bens.waitUntil((data) => data.length === 2);
    expect(bens.data[1]!.notifications.edges.length).toBe(before + 1);
    await sleep(300);
    expect(adas.results).toHaveLength(1);
    adas.close();
    bens.close();
  });
});

describe('what a live query costs', () => {
  const executions = async (reason: 'first' | 'change') =>
    Number(new RegExp(`pulsegraph_live_query_executions_total\\{reason="${reason}"\\} (\\d+)`).exec(await (await fetch(`${server.url}/metrics`)).text())?.[1] ?? 0);

  it('identical live queries opened at once (a restart storm) compute one first answer, and one new answer per change', async () => {
    const query = parse('query Storm @live { keywordSets(first: 10) { edges { node { id name } } } }') as never;
    // Twenty join while the first answer is still being computed (its execution held open here).
    const { liveQueries } = server.app.services;
    let executed = 0;
    let release = () => {};
    const held = new Promise<void>((resolve) => (release = resolve));
    const request = {
      args: { schema, document: parse('query Held @live { me { id } }'), contextValue: { viewer: { id: ada.id, role: 'ADMIN' }, services: { database: {} } } },
      execute: async () => {
        executed += 1;
        await held;
        return { data: { me: { id: ada.id } } };
      },
      viewer: { id: ada.id } as never,
    };
    const joined = Array.from({ length: 20 }, () => liveQueries.open(request));
    await sleep(50);
    release();
    const firsts = await Promise.all(joined.map((answers) => answers.next()));
    expect(firsts.every((first) => !first.done && (first.value.data as { me: { id: string } }).me.id === ada.id)).toBe(true);
    await sleep(100);
    expect(executed).toBe(1);
    for (const answers of joined) await answers.return!();

    const all = async () => (await executions('first')) + (await executions('change'));
    const streams = Array.from({ length: 20 }, () => ada.subscribe<{ keywordSets: { edges: unknown[] } }, Record<string, unknown>>(query, {}));
    for (const stream of streams) await stream.waitUntil((data) => data.length === 1);

    const beforeChange = await all();
    await gql(ada, 'mutation { createKeywordSet(input: { name: "Storm words", rules: [{ kind: STRING, pattern: "storm" }] }) { id } }');
    for (const stream of streams) await stream.waitUntil((data) => data.length === 2);
    await sleep(100);
    expect((await all()) - beforeChange).toBe(1);
    for (const stream of streams) stream.close();
  });

  it('people of one role opening the same live query while nothing commits share one first answer; after a commit it is computed again', async () => {
    // Signing up commits: everyone signs up first.
    const [eve, fay, gus, hal, ivy] = await Promise.all(['Eve', 'Fay', 'Gus', 'Hal', 'Ivy'].map((name) => server.signUp(`First ${name}`)));
    type SetsAnswer = { keywordSets: { edges: Array<{ node: { name: string } }> } };
    const query = parse('query OpenedInTurn @live { keywordSets(first: 50) { edges { node { id name } } } }') as never;
    const open = async (person: TestUser) => {
      const stream = person.subscribe<SetsAnswer, Record<string, unknown>>(query, {});
      await stream.waitUntil((data) => data.length === 1);
      return stream;
    };
    const before = await executions('first');
    const streams = [await open(eve!), await open(fay!), await open(gus!)];
    expect((await executions('first')) - before).toBe(1);
    expect(streams[2]!.data[0]).toEqual(streams[0]!.data[0]);

    // The commit's new answer (one for the three MEMBERs) is the next opener's first answer.
    await gql(ada, 'mutation { createKeywordSet(input: { name: "Opened after", rules: [{ kind: STRING, pattern: "after" }] }) { id } }');
    for (const stream of streams) await stream.waitUntil((data) => data.length === 2);
    const late = await open(hal!);
    expect(late.data[0]!.keywordSets.edges.map(({ node }) => node.name)).toContain('Opened after');
    expect((await executions('first')) - before).toBe(1);

    // A commit that does not change this answer still moves the log's head: the next first answer is computed.
    await createPersona(ada, 'Moves the head');
    const later = await open(ivy!);
    expect(later.data[0]).toEqual(late.data[0]);
    expect((await executions('first')) - before).toBe(2);
    for (const stream of [...streams, late, later]) stream.close();
  });

  it('people of one role share one new answer per commit; an answer that reads who its viewer is is computed per person', async () => {
    // ada is the ADMIN; the others are MEMBERs.
    const members = [ben, await server.signUp('Live Carol'), await server.signUp('Live Dan')];
    const shared = parse('query SharedPersonas @live { personas(first: 100) { edges { node { id name } } } }') as never;
    const streams = [ada, ...members].map((person) => person.subscribe<PersonasAnswer, Record<string, unknown>>(shared, {}));
    for (const stream of streams) await stream.waitUntil((data) => data.length === 1);
    const before = await executions('change');
    await createPersona(ada, 'Shared by role');
    for (const stream of streams) await stream.waitUntil((data) => data.length === 2 && names(data[1]!).includes('Shared by role'));
    await sleep(100);
    // One execution for the ADMIN, one for the three MEMBERs.
    expect((await executions('change')) - before).toBe(2);
    for (const stream of streams) stream.close();

    // A feed is each person's own: a shared execution reads who its viewer is, so each is answered alone.
    type FeedAnswer = { feed: { edges: Array<{ node: { body: string } }> } };
    const feed = parse('query PersonalFeed @live { feed(first: 10) { edges { node { body } } } }') as never;
    await gql(ben, 'mutation { createPost(body: "Only Ben and his connections read this") { id } }');
    const feeds = members.map((person) => person.subscribe<FeedAnswer, Record<string, unknown>>(feed, {}));
    for (const stream of feeds) await stream.waitUntil((data) => data.length === 1);
    // A role change may change what anyone reads: every feed is asked again, together.
    const eve = await server.signUp('Live Eve');
    await gql(ada, 'mutation($userId: ID!) { setMemberRole(userId: $userId, role: VIEWER) { id } }', { userId: eve.id });
    await gql(ben, 'mutation { createPost(body: "Ben again") { id } }');
    await feeds[0]!.waitUntil((data) => data.some((answer) => answer.feed.edges.some((edge) => edge.node.body === 'Ben again')));
    await sleep(300);
    for (const [index, stream] of feeds.entries()) {
      const bodies = stream.data.at(-1)!.feed.edges.map((edge) => edge.node.body);
      if (index === 0) expect(bodies).toEqual(['Ben again', 'Only Ben and his connections read this']);
      else expect(bodies).toEqual([]);
    }
    for (const stream of feeds) stream.close();
  });

  it('a query that looks an entity up by id is asked again only for changes to that entity; node(id:) reads whatever type stands there', async () => {
    const [one, two] = [await createPersona(ada, 'Looked up one'), await createPersona(ada, 'Looked up two')];
    const words = (await gql<{ createKeywordSet: { id: string } }>(ada, 'mutation { createKeywordSet(input: { name: "Looked up words", rules: [{ kind: STRING, pattern: "x" }] }) { id } }')).createKeywordSet;
    type PersonaAnswer = { persona: Persona };
    const lookup = parse('query LookedUp($id: ID!) @live { persona(id: $id) { id name } }') as never;
    const [first, second] = [one, two].map((persona) => ada.subscribe<PersonaAnswer, Record<string, unknown>>(lookup, { id: persona.id }));
    // A literal id, through the Node interface; and one document that reads a list of one type and a node of another.
    const node = ada.subscribe<{ node: { name: string } }, Record<string, unknown>>(parse(`query NodeOfTwo @live { node(id: "${two.id}") { ... on Persona { name } } }`) as never, {});
    const mixed = ada.subscribe<{ personas: unknown; node: { name: string } }, Record<string, unknown>>(
      parse(`query ListAndNode @live { personas(first: 1) { edges { node { id } } } node(id: "${words.id}") { ... on KeywordSet { name } } }`) as never,
      {},
    );
    for (const stream of [first!, second!, node, mixed]) await stream.waitUntil((data) => data.length === 1);

    const before = await executions('change');
    await gql(ada, 'mutation($id: ID!) { updatePersona(id: $id, input: { name: "Looked up one, renamed" }) { id } }', { id: one.id });
    await first!.waitUntil((data) => data.at(-1)!.persona.name === 'Looked up one, renamed');
    await sleep(200);
    // The lookup of persona one, and the list (a rename may reorder nothing, but a list reads every persona); not two's.
    expect((await executions('change')) - before).toBe(2);
    expect([second!.data.length, node.data.length]).toEqual([1, 1]);

    await gql(ada, 'mutation($id: ID!) { updatePersona(id: $id, input: { name: "Looked up two, renamed" }) { id } }', { id: two.id });
    await node.waitUntil((data) => data.at(-1)!.node.name === 'Looked up two, renamed');
    await second!.waitUntil((data) => data.at(-1)!.persona.name === 'Looked up two, renamed');
    await gql(ada, 'mutation($id: ID!) { updateKeywordSet(id: $id, input: { name: "Looked up words, renamed" }) { id } }', { id: words.id });
    await mixed.waitUntil((data) => data.at(-1)!.node.name === 'Looked up words, renamed');
    expect(first!.data).toHaveLength(2);
    for (const stream of [first!, second!, node, mixed]) stream.close();
  });

  it('an answer that fails (the database away) is asked again until it succeeds, with no further commit to wake it', async () => {
    let calls = 0;
    const request = {
      args: { schema, document: parse('query Retried @live { personas(first: 1) { edges { node { id } } } }'), contextValue: { viewer: { id: ada.id, role: 'ADMIN' }, services: { database: {} } } },
      execute: async () => {
        calls += 1;
        if (calls === 2) throw new Error('the database is away');
        return { data: { calls } };
      },
      viewer: { id: ada.id } as never,
    };
    const answers = server.app.services.liveQueries.open(request);
    expect((await answers.next()).value?.data).toEqual({ calls: 1 });
    await createPersona(ada, 'Wakes the retried query');
    const next = await Promise.race([answers.next(), sleep(3000).then(() => undefined)]);
    expect(next?.value?.data).toEqual({ calls: 3 });
    await answers.return!();
  });

  it('a client resuming from its cursor shares the cohort of the same query opened fresh', async () => {
    const cohorts = async () => Number(/pulsegraph_live_query_cohorts (\d+)/.exec(await (await fetch(`${server.url}/metrics`)).text())![1]);
    const query = parse('query Shared($after: String) @live(after: $after) { personas(first: 3) { edges { node { id } } } }') as never;
    const fresh = ada.subscribe<PersonasAnswer, Record<string, unknown>>(query, {});
    await fresh.waitUntil((data) => data.length === 1);
    await sleep(100);
    const before = await cohorts();
    const resumed = ada.subscribe<PersonasAnswer, Record<string, unknown>>(query, { after: cursorOf(fresh.results[0]!) });
    const withNull = ada.subscribe<PersonasAnswer, Record<string, unknown>>(query, { after: null });
    await withNull.waitUntil((data) => data.length === 1);
    await sleep(100);
    expect(resumed.results).toHaveLength(0);
    expect((await cohorts()) - before).toBe(0);
    for (const stream of [fresh, resumed, withNull]) stream.close();
  });

  it('leaves the cursor variable out of what an answer is an answer to only when nothing but @live reads it', () => {
    const key = (text: string, variables: Record<string, unknown>) => operationKey({ schema, document: parse(text), variableValues: variables });
    const onlyLive = 'query Q($c: String) @live(after: $c) { personas(first: 3) { edges { node { id } } } }';
    expect(key(onlyLive, { c: '1.a' })).toBe(key(onlyLive, { c: '9.b' }));
    const alsoAnArgument = 'query Q($c: String) @live(after: $c) { personas(first: 3, after: $c) { edges { node { id } } } }';
    expect(key(alsoAnArgument, { c: '1.a' })).not.toBe(key(alsoAnArgument, { c: '9.b' }));
  });

  it('a client whose connection is found closed leaves its cohort (an SSE client gone before its stream began)', async () => {
    const { liveQueries } = server.app.services;
    const closedSink = { send() {}, cork() {}, uncork() {}, bufferedBytes: () => 0, drained: async () => {}, isOpen: () => false, cutLoose() {} };
    const request = {
      args: { schema, document: parse('query Gone @live { me { id } }'), contextValue: { viewer: { id: ada.id, role: 'ADMIN' }, services: { database: {} } } },
      execute: async () => ({ data: { me: { id: ada.id } } }),
      viewer: { id: ada.id } as never,
    };
    const answers = liveQueries.open(request, { sink: closedSink, framer: { frame: (_id: number | string, payload: Buffer) => payload } });
    // Its first answer finds the connection closed: the query ends instead of waiting for commits for ever.
    const ended = await Promise.race([answers.next(), sleep(2000).then(() => 'still open')]);
    expect(ended).toEqual({ value: undefined, done: true });
  });

  it('a reconnect with a cursor spends the resume budget, whatever its variable is called', () => {
    const operation = (text: string) => getOperationAST(parse(text)) ?? undefined;
    expect(isResume(operation('query Q($mark: String) @live(after: $mark) { me { id } }'), { mark: '12.abc' })).toBe(true);
    expect(isResume(operation('query Q @live(after: "12.abc") { me { id } }'), {})).toBe(true);
    expect(isResume(operation('query Q($mark: String) @live(after: $mark) { me { id } }'), {})).toBe(false);
    expect(isResume(operation('query Q @live { me { id } }'), {})).toBe(false);
    expect(isResume(operation('query Q($after: String) { me { id } }'), { after: '12.abc' })).toBe(false);
  });
});
