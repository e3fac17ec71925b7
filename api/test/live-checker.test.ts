import jsonPatch, { type Operation } from 'fast-json-patch';
import { parse, type ExecutionResult } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { requestText, sleep, startServer, type Stream, type TestServer, type TestUser } from './harness.js';

/**
 * The live-query checker (seeded). Three people (an ADMIN and two MEMBERs) each follow five live
 * queries: a filtered, paginated list (DNS personas, first 4), their feed (posts of the people they are
 * connected to), their own notifications, the members list (whose emails only ADMINs see) and one
 * persona looked up by id (an HTTP one, so outside the list, renamed now and then), half of them as
 * JSON Patches to the answer they hold (`@live(patches: true)`, applied with fast-json-patch, each on
 * two clients), over WebSocket or SSE. One writer at a time creates, renames and deletes personas,
 * posts, connects and disconnects people, reads notifications and changes roles, while clients drop
 * their stream and resume from the last cursor they saw (or their first, a client that kept an older
 * answer; at the end of each run, every patch client holding answers two changes apart). After each write the truth is read: each person's fresh answer to the
 * same five queries, with the log's head before and after it (retried until no commit lands in between).
 * Every answer any client received must equal the truth at its cursor, for its viewer, and every client
 * must end each run on the final truth. The server computes answers while the next writes commit.
 *
 *   LIVE_CHECKER_RUNS=3000 npx vitest run --project api api/test/live-checker.test.ts   (the benchmark mode)
 */

const RUNS = Number(process.env.LIVE_CHECKER_RUNS ?? 200);
const STEPS_PER_RUN = 6;
const SEED = Number(process.env.LIVE_CHECKER_SEED ?? 20261207);

const QUERIES = {
  personas: 'personas(first: 4, kind: DNS) { edges { node { id name kind } } }',
  feed: 'feed(first: 5) { edges { node { id body author { id } } } }',
  notifications: 'notifications(first: 5) { edges { node { id kind read } } }',
  members: 'members(first: 10) { edges { node { id role email } } }',
  watched: 'persona(id: $watched) { id name kind }',
} as const;
type QueryName = keyof typeof QUERIES;
const QUERY_NAMES = Object.keys(QUERIES) as QueryName[];
const liveDocument = (name: QueryName, patches: boolean) =>
  parse(`query Checked_${name}($after: String${name === 'watched' ? ', $watched: ID!' : ''}) @live(after: $after, patches: ${patches}) { ${name}: ${QUERIES[name]} }`) as never;
const TRUTH = `query Truth($watched: ID!) { ${QUERY_NAMES.map((name) => `${name}: ${QUERIES[name]}`).join(' ')} }`;

/** What each person's five queries read, after one write: `seq` the log's head then, `pre` its head before the write. */
interface Truth {
  pre: number;
  seq: number;
  answers: Map<string, Record<QueryName, string>>;
}

interface Client {
  viewer: TestUser;
  name: QueryName;
  transport: 'ws' | 'sse';
  /** It asks for new answers as JSON Patches to the one it holds, and applies them. */
  patches: boolean;
  stream: Stream<unknown>;
  answers: Array<{ seq: number; cursor: string; json: string; data: unknown }>;
}

let server: TestServer;
let people: TestUser[];
/** The persona the `watched` query looks up. */
let watched: string;
beforeAll(async () => {
  server = await startServer({ RATE_LIMIT_RESUME_POINTS: '1000000' });
  // The first to sign up is the workspace's ADMIN.
  people = [await server.signUp('Checker Admin'), await server.signUp('Checker Member 1'), await server.signUp('Checker Member 2')];
  const created = await gql<{ createPersona: { id: string } }>(people[0]!, 'mutation { createPersona(input: { kind: HTTP, name: "Watched", http: {} }) { id } }');
  watched = created.data!.createPersona.id;
});
afterAll(async () => {
  for (const person of people ?? []) person.closeClients();
  await server?.stop();
});

const seqOf = (cursor: string) => Number(cursor.split('.')[0]);

async function gql<T>(user: TestUser, query: string, variables?: Record<string, unknown>): Promise<{ data?: T; errors?: unknown[] }> {
  const result = await requestText(server, user.token, query, variables);
  return { data: result.data as T, errors: result.errors };
}

describe('the live-query checker (seeded)', () => {
  it(`${RUNS} runs: every answer equals a fresh query's at its cursor, for its viewer, and every client ends on the final answer`, async () => {
    let seed = SEED;
    const random = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
    const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)]!;
    const [admin] = people;
    const head = async () => Number((await gql<{ changeCursor: string }>(admin!, '{ changeCursor }')).data!.changeCursor);

    const truths: Truth[] = [];
    async function readTruth(pre: number): Promise<void> {
      for (let attempt = 0; attempt < 50; attempt++) {
        const before = await head();
        const results = await Promise.all(people.map((person) => gql<Record<QueryName, unknown>>(person, TRUTH, { watched })));
        if ((await head()) !== before) continue;
        const answers = new Map<string, Record<QueryName, string>>();
        people.forEach((person, index) => {
          const result = results[index]!;
          if (result.errors) throw new Error(`the truth query failed: ${JSON.stringify(result.errors)}`);
          answers.set(person.id, Object.fromEntries(QUERY_NAMES.map((name) => [name, JSON.stringify({ [name]: result.data![name] })])) as Record<QueryName, string>);
        });
        truths.push({ pre, seq: before, answers });
        return;
      }
      throw new Error('commits kept landing while the truth was read');
    }

    /** The truths an answer at `seq` may equal: the one at its cursor, or, inside a write's commit window, the one after it. */
    function allowedAt(seq: number, viewerId: string, name: QueryName): string[] {
      const index = truths.findLastIndex((truth) => truth.seq <= seq);
      if (index < 0) throw new Error(`an answer at ${seq}, before the first truth (${truths[0]?.seq})`);
      const allowed = [truths[index]!.answers.get(viewerId)![name]];
      const next = truths[index + 1];
      if (next && seq > next.pre) allowed.push(next.answers.get(viewerId)![name]);
      return allowed;
    }

    const open = ({ viewer, name, transport, patches }: Omit<Client, 'stream' | 'answers'>, after?: string): Stream<unknown> => {
      const variables = name === 'watched' ? { watched } : {};
      const document = liveDocument(name, patches);
      return transport === 'ws' ? viewer.subscribe(document, after ? { ...variables, after } : variables) : viewer.sse(document, variables, after ? { lastEventId: after } : {});
    };

    function collect(client: Client): void {
      for (const result of client.stream.results.splice(0) as Array<ExecutionResult & { id?: string }>) {
        if (result.errors) throw new Error(`${client.name} as ${client.viewer.id}: ${JSON.stringify(result.errors)}`);
        const { cursor, patch } = result.extensions as { cursor: string; patch?: Operation[] };
        if (client.transport === 'sse') expect(result.id).toBe(cursor);
        if (patch && !client.patches) throw new Error(`${client.name} as ${client.viewer.id}: a patch it did not ask for`);
        const held = client.answers.at(-1)?.data;
        if (patch && held === undefined) throw new Error(`${client.name} as ${client.viewer.id}: a patch with no answer to apply it to`);
        if (patch) patched += 1;
        const data = patch ? jsonPatch.applyPatch(structuredClone(held), patch, true).newDocument : result.data;
        client.answers.push({ seq: seqOf(cursor), cursor, json: JSON.stringify(data), data });
      }
    }

    const personaIds: string[] = [];
    const postsBy = new Map<string, string[]>();
    /** Each write with the one query it alters (connections alter two, so they never join a burst). */
    const writes: Array<[QueryName | 'connections', () => Promise<unknown>]> = [
      ['personas', async () => {
        const dns = random() < 0.6;
        const input = dns ? { kind: 'DNS', name: `Checked ${random().toString(36).slice(2, 8)}`, dns: { resolvers: ['127.0.0.1'] } } : { kind: 'HTTP', name: `Checked ${random().toString(36).slice(2, 8)}`, http: {} };
        const created = await gql<{ createPersona: { id: string } }>(pick(people), 'mutation($input: CreatePersonaInput!) { createPersona(input: $input) { id } }', { input });
        if (created.data) personaIds.push(created.data.createPersona.id);
      }],
      ['personas', async () => {
        if (personaIds.length === 0) return;
        await gql(pick(people), 'mutation($id: ID!, $name: String!) { updatePersona(id: $id, input: { name: $name }) { id } }', { id: pick(personaIds), name: `Renamed ${random().toString(36).slice(2, 8)}` });
      }],
      ['personas', async () => {
        if (personaIds.length < 3) return;
        const [id] = personaIds.splice(Math.floor(random() * personaIds.length), 1);
        await gql(pick(people), 'mutation($id: ID!) { deletePersona(id: $id) }', { id });
      }],
      ['feed', async () => {
        const author = pick(people);
        const created = await gql<{ createPost: { id: string } }>(author, 'mutation($body: String!) { createPost(body: $body) { id } }', { body: `Post ${random().toString(36).slice(2, 8)}` });
        if (created.data) postsBy.set(author.id, [...(postsBy.get(author.id) ?? []), created.data.createPost.id]);
      }],
      ['feed', async () => {
        const author = pick(people);
        const posts = postsBy.get(author.id) ?? [];
        if (posts.length === 0) return;
        await gql(author, 'mutation($id: ID!, $body: String!) { updatePost(id: $id, body: $body) { id } }', { id: pick(posts), body: `Edited ${random().toString(36).slice(2, 8)}` });
      }],
      // Connections change who reads whose posts: the feed gains or loses them at once.
      ['connections', async () => {
        const from = pick(people);
        const to = pick(people.filter((person) => person !== from));
        await gql(from, 'mutation($userId: ID!) { sendConnectionRequest(userId: $userId) { id } }', { userId: to.id });
      }],
      ['connections', async () => {
        const person = pick(people);
        const incoming = await gql<{ incomingConnectionRequests: Array<{ id: string }> }>(person, '{ incomingConnectionRequests { id } }');
        const request = incoming.data?.incomingConnectionRequests[0];
        if (request) await gql(person, 'mutation($id: ID!) { acceptConnectionRequest(id: $id) { id } }', { id: request.id });
      }],
      ['connections', async () => {
        const person = pick(people);
        const accepted = await gql<{ connections: Array<{ id: string }> }>(person, '{ connections(status: ACCEPTED) { id } }');
        if (accepted.data && accepted.data.connections.length > 0) await gql(person, 'mutation($id: ID!) { removeConnection(id: $id) }', { id: pick(accepted.data.connections).id });
      }],
      ['notifications', async () => {
        const person = pick(people);
        const unread = await gql<{ notifications: { edges: Array<{ node: { id: string; read: boolean } }> } }>(person, '{ notifications(first: 5) { edges { node { id read } } } }');
        const node = unread.data?.notifications.edges.find((edge) => !edge.node.read)?.node;
        if (node) await gql(person, 'mutation($id: ID!) { markNotificationRead(id: $id) { id } }', { id: node.id });
      }],
      ['watched', async () => {
        await gql(pick(people), 'mutation($id: ID!, $name: String!) { updatePersona(id: $id, input: { name: $name }) { id } }', { id: watched, name: `Watched ${random().toString(36).slice(2, 8)}` });
      }],
      // A role changes what the members list shows its viewer (emails are for ADMINs).
      ['members', async () => {
        await gql(admin!, 'mutation($userId: ID!, $role: Role!) { setMemberRole(userId: $userId, role: $role) { id } }', { userId: pick(people.slice(1)).id, role: pick(['ADMIN', 'MEMBER']) });
      }],
    ];

    let checked = 0;
    let resumed = 0;
    let patched = 0;
    const failures: string[] = [];
    for (let run = 0; run < RUNS; run++) {
      await readTruth(await head());
      // A query followed as patches is on two clients sharing its cohort, so one may resume (and be
      // sent a patch) while the other keeps the cohort and its last answers alive.
      const clients: Client[] = people.flatMap((viewer) =>
        QUERY_NAMES.flatMap((name) => {
          const patches = random() < 0.5;
          return (patches ? [0, 1] : [0]).map(() => {
            const client = { viewer, name, transport: random() < 0.75 ? 'ws' : 'sse', patches } as const;
            return { ...client, stream: open(client), answers: [] } satisfies Client;
          });
        }),
      );
      for (let step = 0; step < STEPS_PER_RUN; step++) {
        const pre = await head();
        // Now and then a burst: writers at once, so commits land while answers are being computed. Each
        // query is altered by at most one of them, so its answer in between is the one before or after.
        if (random() < 0.4) {
          const alone = ['personas', 'feed', 'notifications', 'members', 'watched'].sort(() => random() - 0.5).slice(0, 2 + Math.floor(random() * 3));
          await Promise.all(alone.map((alters) => pick(writes.filter(([query]) => query === alters))[1]()));
        } else await pick(writes)[1]();
        if (random() < 0.3) {
          // A client drops its stream and resumes from the last cursor it saw, or now and then from its
          // first (a client that kept an older answer): it holds that answer again. Half the time one
          // following patches, whose twin keeps the cohort alive: a patch must apply to what it holds.
          const patching = clients.filter((candidate) => candidate.patches);
          const client = random() < 0.5 && patching.length > 0 ? pick(patching) : pick(clients);
          collect(client);
          client.stream.close();
          let last = client.answers.at(-1);
          if (last && random() < 0.3) client.answers.push((last = { ...client.answers[0]! }));
          client.stream = open(client, last?.cursor);
          resumed += 1;
        }
        await readTruth(pre);
      }
      // Last, a client following patches that holds answers two or more changes apart comes back from
      // its first one while its twin keeps the cohort: what it is sent must apply to what it holds.
      for (const client of clients) {
        collect(client);
        if (!client.patches || new Set(client.answers.map((answer) => answer.json)).size < 3) continue;
        client.stream.close();
        const first = { ...client.answers[0]! };
        client.answers.push(first);
        client.stream = open(client, first.cursor);
        resumed += 1;
      }
      const final = truths.at(-1)!;
      const settled = () => {
        for (const client of clients) collect(client);
        return clients.every((client) => client.answers.at(-1)?.json === final.answers.get(client.viewer.id)![client.name]);
      };
      const deadline = Date.now() + 10_000;
      while (!settled() && Date.now() < deadline) await sleep(10);
      for (const client of clients) {
        const last = client.answers.at(-1);
        if (last?.json !== final.answers.get(client.viewer.id)![client.name]) {
          const failed = client.stream.error === undefined ? '' : ` (its stream failed: ${client.stream.error instanceof Error ? client.stream.error.message : JSON.stringify(client.stream.error)})`;
          failures.push(`run ${run}: ${client.name} (${client.transport}) as person ${people.indexOf(client.viewer)} ended on ${last?.json ?? 'nothing'} at ${last?.seq}, not ${final.answers.get(client.viewer.id)![client.name]} at ${final.seq}${failed}`);
        }
        for (const answer of client.answers) {
          const allowed = allowedAt(answer.seq, client.viewer.id, client.name);
          if (!allowed.includes(answer.json)) failures.push(`run ${run}: ${client.name} (${client.transport}) as person ${people.indexOf(client.viewer)} at ${answer.seq}: ${answer.json}, expected ${allowed.join(' or ')}`);
          checked += 1;
        }
        client.stream.close();
      }
      expect(failures.slice(0, 5)).toEqual([]);
    }
    const changedAnswers = truths.slice(1).filter((truth, index) => [...truth.answers].some(([viewer, answers]) => QUERY_NAMES.some((name) => answers[name] !== truths[index]!.answers.get(viewer)![name])));
    if (process.env.LIVE_CHECKER_RUNS) console.log(`live checker: ${RUNS} runs, ${checked} answers checked (${patched} of them patches), ${resumed} resumes, ${changedAnswers.length} of ${truths.length - 1} truths changed an answer`);
    expect(checked).toBeGreaterThan(RUNS * clientsPerRun());
    expect(patched).toBeGreaterThan(RUNS);
    expect(resumed).toBeGreaterThan(RUNS / 2);
  }, 60_000 + RUNS * 1000);
});

const clientsPerRun = () => 3 * QUERY_NAMES.length;
