import { spawn, type ChildProcess } from 'node:child_process';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CreatePersona, dnsPersona } from './documents.js';
import { graphql } from './gql/index.js';
import { startServer, uniqueName, type TestServer, type TestUser } from './harness.js';
import { connectUsers, CreateChat } from './social-documents.js';

/**
 * The endpoint as a third party meets it: the guide's examples (docs/THIRD_PARTIES.md, whose code
 * blocks must equal docs/examples/*) run with real clients (Apollo Client, urql, graphql-sse,
 * Relay, curl) against a real server, and the standards those clients assume hold.
 */
const root = fileURLToPath(new URL('../..', import.meta.url));
const guide = readFileSync(`${root}/docs/THIRD_PARTIES.md`, 'utf8');

const CreateKey = graphql(`
  mutation ThirdParties_CreateKey($input: CreateApiKeyInput!) {
    createApiKey(input: $input) {
      secret
    }
  }
`);

let server: TestServer;
let owner: TestUser;
let secret: string;

beforeAll(async () => {
  server = await startServer();
  owner = await server.signUp('Partner owner');
  secret = (await owner.gql(CreateKey, { input: { name: 'Guide examples', capabilities: { read: true, write: false } } })).createApiKey.secret;
});
afterAll(async () => {
  await server?.stop();
});

interface Run {
  lines: string[];
  /** Resolves with the process's exit code. */
  exited: Promise<number>;
  nextLine(count: number, timeoutMs?: number): Promise<string[]>;
  stderr(): string;
}

function run(command: string, args: string[], env: Record<string, string>, cwd = root): Run {
  const child: ChildProcess = spawn(command, args, { cwd, env: { ...process.env, PULSEGRAPH_URL: server.url, PULSEGRAPH_KEY: secret, ...env } });
  const lines: string[] = [];
  let buffered = '';
  let errors = '';
  child.stdout!.on('data', (chunk: Buffer) => {
    buffered += chunk.toString();
    const parts = buffered.split('\n');
    buffered = parts.pop()!;
    lines.push(...parts.filter((line) => line !== ''));
  });
  child.stderr!.on('data', (chunk: Buffer) => (errors += chunk.toString()));
  const exited = new Promise<number>((resolve) => child.on('exit', (code) => resolve(code ?? -1)));
  return {
    lines,
    exited: exited.then((code) => {
      if (buffered) lines.push(buffered);
      return code;
    }),
    stderr: () => errors,
    async nextLine(count, timeoutMs = 15_000) {
      const deadline = Date.now() + timeoutMs;
      while (lines.length < count) {
        if (Date.now() > deadline) throw new Error(`waited for ${count} lines, got ${JSON.stringify(lines)}; stderr: ${errors}`);
        await new Promise((resolve) => setTimeout(resolve, 20));
      }
      return lines;
    },
  };
}

/** Runs a Node example that prints `me`, then follows changes from its cursor: a persona created meanwhile must arrive. */
async function runFollowingExample(file: string) {
  const example = run('node', [file], {});
  const [first] = await example.nextLine(1);
  expect(JSON.parse(first!)).toEqual({ me: expect.objectContaining({ id: owner.id }) });
  const { createPersona } = await owner.gql(CreatePersona, { input: dnsPersona(uniqueName('Seen by a partner')) });
  const code = await example.exited;
  expect(example.stderr()).toBe('');
  expect(code).toBe(0);
  expect(JSON.parse(example.lines[1]!).change).toMatchObject({ op: 'CREATED', entityId: createPersona.id });
  return createPersona;
}

/** Runs a live-query example: its first answer, then, after a persona is created, the answer that lists it; then it exits. */
async function runLiveExample(file: string) {
  const name = uniqueName('Live for a partner');
  const example = run('node', [file], { PULSEGRAPH_WAIT_FOR: name });
  const [first] = await example.nextLine(1);
  expect(JSON.parse(first!).names).not.toContain(name);
  await owner.gql(CreatePersona, { input: dnsPersona(name) });
  const code = await example.exited;
  expect(example.stderr()).toBe('');
  expect(code).toBe(0);
  expect(example.lines.length).toBeGreaterThanOrEqual(2);
  expect(JSON.parse(example.lines.at(-1)!).names).toContain(name);
  return example.lines;
}

describe('the guide for third parties', () => {
  it("every example file is in the guide exactly as it runs", () => {
    const blocks = [...guide.matchAll(/```\w+ file=(\S+)\n([\s\S]*?)```/g)];
    expect(blocks.map(([, file]) => file).sort()).toEqual(
      [
        'docs/examples/apollo.mjs',
        'docs/examples/curl.sh',
        'docs/examples/graphql-sse.mjs',
        'docs/examples/live-apollo.mjs',
        'docs/examples/live-curl.sh',
        'docs/examples/live-graphql-ws.mjs',
        'docs/examples/live-patches.mjs',
        'docs/examples/live-urql.mjs',
        'docs/examples/relay/PersonaCard.js',
        'docs/examples/relay/refetch.mjs',
        'docs/examples/urql.mjs',
      ].sort(),
    );
    for (const [, file, text] of blocks) expect(text, file).toBe(readFileSync(`${root}/${file}`, 'utf8'));
  });

  it('Apollo Client: a query over HTTP with automatic persisted queries, then changes over graphql-ws', async () => {
    await runFollowingExample('docs/examples/apollo.mjs');
    // The first run registered its query by hash; the second is served from the hash alone.
    const before = await persistedQueryCount('hit');
    await runFollowingExample('docs/examples/apollo.mjs');
    expect(await persistedQueryCount('hit')).toBeGreaterThan(before);
  });

  it('urql in Node with its default options: JSON answers to queries, no unhandled rejection, changes over graphql-ws', async () => {
    await runFollowingExample('docs/examples/urql.mjs');
  });

  it('graphql-sse, distinct connections mode: a query and a resumed subscription as event streams', async () => {
    await runFollowingExample('docs/examples/graphql-sse.mjs');
  });

  it('Relay: the refetch query relay-compiler generates goes through node(id:) and fills the store by id', async () => {
    const validate = run(`${root}/node_modules/.bin/relay-compiler`, ['--validate'], {}, `${root}/docs/examples/relay`);
    expect(await validate.exited, `generated artifacts are stale: run relay-compiler in docs/examples/relay\n${validate.stderr()}`).toBe(0);
    const { createPersona } = await owner.gql(CreatePersona, { input: dnsPersona(uniqueName('Refetched by Relay')) });
    const example = run('node', ['docs/examples/relay/refetch.mjs'], { PULSEGRAPH_PERSONA_ID: createPersona.id });
    expect(await example.exited, example.stderr()).toBe(0);
    expect(JSON.parse(example.lines[0]!)).toEqual({ id: createPersona.id, typename: 'Persona', name: createPersona.name, kind: 'DNS' });
  });

  it('curl: a query, and changes as Server-Sent Events resumed with Last-Event-ID', async () => {
    const cursor = await owner.changeCursor();
    const { createPersona } = await owner.gql(CreatePersona, { input: dnsPersona(uniqueName('Seen by curl')) });
    const example = run('bash', ['docs/examples/curl.sh'], { PULSEGRAPH_CURSOR: cursor });
    expect(await example.exited, example.stderr()).toBe(0);
    expect(JSON.parse(example.lines[0]!)).toEqual({ data: { me: { id: owner.id } } });
    const events = example.lines.filter((line) => line.startsWith('data: ')).map((line) => JSON.parse(line.slice(6)) as { data: { changes: { entityId: string; cursor: string } } });
    expect(events.map((event) => event.data.changes.entityId)).toEqual([createPersona.id]);
    expect(example.lines).toContain(`id: ${events[0]!.data.changes.cursor}`);
  });
});

describe("the guide's live queries, one per client", () => {
  it('plain graphql-ws: the answer, then the new answer once a persona is created', async () => {
    await runLiveExample('docs/examples/live-graphql-ws.mjs');
  });

  it('plain graphql-ws with patches: true: the whole answer, then a JSON Patch that adds the new persona to it', async () => {
    const lines = await runLiveExample('docs/examples/live-patches.mjs');
    expect(JSON.parse(lines[0]!).patch).toBe(false);
    expect(JSON.parse(lines.at(-1)!).patch).toBe(true);
  });

  it('urql: a query marked @live routed to the subscription exchange', async () => {
    await runLiveExample('docs/examples/live-urql.mjs');
  });

  it("Apollo Client: watchQuery over a split link emits each new answer", async () => {
    await runLiveExample('docs/examples/live-apollo.mjs');
  });

  it('curl: the answer as Server-Sent Events with its cursor as the id; Last-Event-ID resumes with nothing while it is unchanged', async () => {
    const name = uniqueName('Live for curl');
    const example = run('bash', ['docs/examples/live-curl.sh'], {});
    await example.nextLine(1);
    await owner.gql(CreatePersona, { input: dnsPersona(name) });
    expect(await example.exited, example.stderr()).toBe(0);
    const ids = example.lines.filter((line) => line.startsWith('id: ')).map((line) => line.slice(4));
    const answers = example.lines.filter((line) => line.startsWith('data: ')).map((line) => JSON.parse(line.slice(6)) as { data: { personas: { edges: Array<{ node: { name: string } }> } }; extensions: { cursor: string } });
    expect(answers.length).toBe(2);
    expect(answers[0]!.data.personas.edges.map((edge) => edge.node.name)).not.toContain(name);
    expect(answers[1]!.data.personas.edges.map((edge) => edge.node.name)).toContain(name);
    expect(ids).toEqual(answers.map((answer) => answer.extensions.cursor));

    const resumed = run('bash', ['docs/examples/live-curl.sh'], { PULSEGRAPH_LAST_EVENT_ID: ids.at(-1)! });
    expect(await resumed.exited, resumed.stderr()).toBe(0);
    expect(resumed.lines.filter((line) => line.startsWith('data: '))).toEqual([]);
  });
});

async function persistedQueryCount(outcome: string): Promise<number> {
  const text = await (await fetch(`${server.url}/metrics`)).text();
  return Number(new RegExp(`pulsegraph_persisted_queries_total\\{outcome="${outcome}"\\} (\\d+)`).exec(text)?.[1] ?? 0);
}

const post = (body: unknown, headers: Record<string, string> = {}) =>
  fetch(server.graphqlUrl, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${secret}`, ...headers },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });

const URQL_ACCEPT = 'application/graphql-response+json, application/graphql+json, application/json, text/event-stream, multipart/mixed';

describe('the standards third-party clients assume', () => {
  it("content negotiation follows Accept's order and q-values: JSON whenever acceptable for a query, an event stream when preferred or for a subscription", async () => {
    const typeOf = async (accept: string, query = '{ me { id } }') => {
      const response = await post({ query }, { accept });
      const type = response.headers.get('content-type') ?? '';
      if (type.startsWith('text/event-stream') && query.startsWith('subscription')) await response.body?.cancel();
      else await response.text();
      return type.split(';')[0];
    };
    expect(await typeOf(URQL_ACCEPT)).toBe('application/graphql-response+json');
    expect(await typeOf('application/json, text/event-stream')).toBe('application/json');
    expect(await typeOf('text/event-stream, application/json')).toBe('text/event-stream');
    expect(await typeOf('application/json;q=0.5, text/event-stream')).toBe('text/event-stream');
    expect(await typeOf('text/event-stream')).toBe('text/event-stream');
    expect(await typeOf(URQL_ACCEPT, 'subscription { changes { cursor } }')).toBe('text/event-stream');
  });

  it('GraphQL over HTTP status codes: a missing required variable is 400 with application/graphql-response+json', async () => {
    const query = 'query ($id: ID!) { node(id: $id) { id } }';
    const strict = await post({ query }, { accept: 'application/graphql-response+json' });
    expect(strict.status).toBe(400);
    const body = (await strict.json()) as { data?: unknown; errors: Array<{ extensions?: { code?: string } }> };
    expect(body.data).toBeUndefined();
    expect(body.errors[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    const field = await post({ query: '{ node(id: "none") { id } }' }, { accept: 'application/graphql-response+json' });
    expect(field.status).toBe(200);
  });

  it('variables that are not an object: 400 BAD_USER_INPUT naming "variables", on POST as on GET', async () => {
    for (const variables of [[1, 2], 'text', 3]) {
      const response = await post({ query: '{ me { id } }', variables });
      expect(response.status).toBe(400);
      expect(((await response.json()) as { errors: Array<{ extensions: unknown }> }).errors[0]?.extensions).toEqual({ code: 'BAD_USER_INPUT', field: 'variables' });
    }
  });

  it('every error code the API answers with is documented in docs/API.md', async () => {
    const api = readFileSync(`${root}/docs/API.md`, 'utf8');
    const parse = (await (await post({ query: '{ me { id ' })).json()) as { errors: Array<{ extensions: { code: string } }> };
    const validation = (await (await post({ query: '{ nothingHere }' })).json()) as { errors: Array<{ extensions: { code: string } }> };
    const codes = [parse.errors[0]!.extensions.code, validation.errors[0]!.extensions.code];
    expect(codes).toEqual(['GRAPHQL_PARSE_FAILED', 'GRAPHQL_VALIDATION_FAILED']);
    const { ERROR_CODES } = await import('../src/errors.js');
    for (const code of [...codes, ...ERROR_CODES, 'PERSISTED_QUERY_NOT_FOUND', 'PAYLOAD_TOO_LARGE', 'UNSUPPORTED_MEDIA_TYPE', 'BAD_REQUEST', 'INTERNAL_SERVER_ERROR']) {
      expect(api, code).toContain(`\`${code}\``);
    }
  });

  it("PUT (graphql-sse's single-connection reservation) is refused truthfully: 405, Allow: GET, POST, and what to use instead", async () => {
    const response = await fetch(server.graphqlUrl, { method: 'PUT', headers: { authorization: `Bearer ${secret}` } });
    expect(response.status).toBe(405);
    expect(response.headers.get('allow')).toBe('GET, POST');
    const { errors } = (await response.json()) as { errors: Array<{ message: string; extensions: { code: string } }> };
    expect(errors[0]!.extensions.code).toBe('METHOD_NOT_ALLOWED');
    expect(errors[0]!.message).toMatch(/single connection mode/);
    expect(errors[0]!.message).not.toMatch(/Mutations/);
  });

  it("Apollo's persisted queries: an unknown hash gets PersistedQueryNotFound; once sent with its text, the hash alone is served", async () => {
    const query = `{ me { id } } # ${Math.random()}`;
    const sha256Hash = createHash('sha256').update(query).digest('hex');
    const extensions = { persistedQuery: { version: 1, sha256Hash } };
    const unknown = (await (await post({ extensions })).json()) as { errors: Array<{ message: string; extensions: { code: string } }> };
    expect(unknown.errors[0]).toMatchObject({ message: 'PersistedQueryNotFound', extensions: { code: 'PERSISTED_QUERY_NOT_FOUND' } });
    expect(((await (await post({ query, extensions })).json()) as { data: unknown }).data).toEqual({ me: { id: owner.id } });
    const byHash = await post({ extensions });
    expect(byHash.status).toBe(200);
    expect(((await byHash.json()) as { data: unknown }).data).toEqual({ me: { id: owner.id } });
    const mismatch = (await (await post({ query: '{ me { id } }', extensions })).json()) as { errors: Array<{ extensions: { field: string } }> };
    expect(mismatch.errors[0]!.extensions.field).toBe('extensions.persistedQuery.sha256Hash');
  });

  it("persisted queries hold bounded memory: a text over 64 KB is run but not remembered, and 16 MB of texts in all push the oldest out", async () => {
    const register = async (query: string) => {
      const sha256Hash = createHash('sha256').update(query).digest('hex');
      const extensions = { persistedQuery: { version: 1, sha256Hash } };
      expect(((await (await post({ query, extensions })).json()) as { data: unknown }).data).toEqual({ me: { id: owner.id } });
      return async () => ((await (await post({ extensions })).json()) as { errors?: Array<{ extensions: { code: string } }> }).errors?.[0]?.extensions.code ?? 'served';
    };
    const large = await register(`{ me { id } } # ${'x'.repeat(70_000)} ${Math.random()}`);
    expect(await large()).toBe('PERSISTED_QUERY_NOT_FOUND');
    const first = await register(`{ me { id } } # ${'y'.repeat(60_000)} ${Math.random()}`);
    expect(await first()).toBe('served');
    for (let i = 0; i < 280; i++) await register(`{ me { id } } # ${'z'.repeat(60_000)} ${i} ${Math.random()}`); // 16.8 MB more
    expect(await first()).toBe('PERSISTED_QUERY_NOT_FOUND');
  });

  it('Relay Global Object Identification: node(id:) and nodes(ids:) find any entity by its id, never one the viewer may not read', async () => {
    const { createPersona } = await owner.gql(CreatePersona, { input: dnsPersona(uniqueName('A node')) });
    const query = `query ($ids: [ID!]!) { nodes(ids: $ids) { __typename id ... on Persona { name } ... on User { displayName } } }`;
    const stranger = await server.signUp('Stranger');
    const { data } = (await (await post({ query, variables: { ids: [createPersona.id, owner.id, 'no-such-id'] } })).json()) as { data: { nodes: unknown[] } };
    expect(data.nodes).toEqual([
      { __typename: 'Persona', id: createPersona.id, name: createPersona.name },
      { __typename: 'User', id: owner.id, displayName: 'Partner owner' },
      null,
    ]);
    // A chat is its members' alone: asked by id, a stranger gets null, a member gets the chat.
    const friend = await server.signUp('Friend');
    await connectUsers(owner, friend);
    const { createChat } = await owner.gql(CreateChat, { input: { memberIds: [friend.id] } });
    const NodeById = graphql(`
      query ThirdParties_Node($id: ID!) {
        node(id: $id) {
          __typename
          id
        }
      }
    `);
    expect((await stranger.request(NodeById, { id: createChat.id })).body.data?.node).toBeNull();
    expect((await friend.request(NodeById, { id: createChat.id })).body.data?.node).toEqual({ __typename: 'Chat', id: createChat.id });
  });

  it('a body over the limit gets a 413 that fetch can read', async () => {
    const response = await post({ query: `{ me { id } } # ${'x'.repeat(2 * 1024 * 1024)}` });
    expect(response.status).toBe(413);
    expect(((await response.json()) as { errors: Array<{ extensions: { code: string } }> }).errors[0]!.extensions.code).toBe('PAYLOAD_TOO_LARGE');
  });
});
