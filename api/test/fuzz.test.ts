import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { startServer, type TestServer, type TestUser } from './harness.js';

/**
 * Malformed requests from a seeded generator, over every transport. Whatever arrives, the server
 * answers with a client error (never a 5xx), never closes a WebSocket with 1011 or 4500, and keeps
 * answering. A failing case prints its seed and the shrunk input: rerun with that seed to replay it.
 */

const SEED = 20_261_128;
let server: TestServer;
let user: TestUser;

beforeAll(async () => {
  server = await startServer({ MAX_BODY_BYTES: '20000' });
  user = await server.signUp('Fuzz');
});
afterAll(async () => {
  await server.stop();
});

/** Pieces that make a document look almost right, so the fuzzer reaches past the JSON parser. */
const documentPiece = fc.constantFrom(
  '{ me { id } }',
  'query Q { me { id } }',
  'subscription { changes { cursor } }',
  'subscription { changes(after: "garbage") { cursor } }',
  'subscription { changes(entityIds: []) { cursor } }',
  'mutation { createPost(body: "fuzz") { id } }',
  'mutation { createPersona(input: { kind: DNS, name: "" }) { id } }',
  '{ feed(first: -1) { edges { cursor } } }',
  '{ feed(last: 1000000) { edges { cursor } } }',
  '{ persona(id: null) { id } }',
  '{ chat(id: "x") { id } }',
  '{ a: me { id } b: me { id } }',
  '{ __schema { types { name } } }',
  'query($id: ID!) { persona(id: $id) { id } }',
  'query A { me { id } } query B { me { id } }',
  '{ feed { edges { node { comments { post { comments { post { comments { post { comments { id } } } } } } } } } } }',
  '{',
  '}',
  '"',
  '\u0000',
  '...',
  'fragment F on User { id }',
);

const documentText = fc.oneof(
  documentPiece,
  fc.array(documentPiece, { minLength: 1, maxLength: 3 }).map((pieces) => pieces.join(' ')),
  fc.string({ maxLength: 200 }),
  fc.string({ unit: 'grapheme', maxLength: 60 }),
);

const jsonValue = fc.jsonValue({ maxDepth: 3 });

/** Operation parameters, each field sometimes right, sometimes the wrong type, sometimes absent. */
const operationParams = fc.record(
  {
    query: fc.oneof(documentText, jsonValue),
    variables: fc.oneof(fc.dictionary(fc.constantFrom('id', 'input', 'after', 'x'), jsonValue), jsonValue),
    operationName: fc.oneof(fc.constantFrom('Q', 'A', 'B', ''), jsonValue),
    extensions: jsonValue,
  },
  { requiredKeys: [] },
);

const body = fc.oneof(
  operationParams.map((params) => JSON.stringify(params)),
  jsonValue.map((value) => JSON.stringify(value)),
  fc.string({ maxLength: 300 }),
  fc.constantFrom('', 'null', '[]', '{', '{"query":', '{"query":"{ me { id } }","variables":"x"}', 'x'.repeat(25_000)),
);

/** Header values as an HTTP client can send them: printable ASCII. */
const headerValue = fc.string({ unit: fc.integer({ min: 0x20, max: 0x7e }).map((code) => String.fromCharCode(code)), maxLength: 80 });

const httpRequest = fc.record({
  method: fc.constantFrom('GET', 'POST', 'PUT', 'DELETE', 'PATCH', 'OPTIONS', 'HEAD'),
  query: fc.option(operationParams, { nil: undefined }),
  rawQueryString: fc.option(headerValue, { nil: undefined }),
  contentType: fc.option(
    fc.oneof(fc.constantFrom('application/json', 'application/graphql-response+json', 'text/plain', 'multipart/form-data', 'application/x-www-form-urlencoded'), headerValue),
    { nil: undefined },
  ),
  accept: fc.option(fc.oneof(fc.constantFrom('text/event-stream', 'application/json', 'application/graphql-response+json', '*/*'), headerValue), {
    nil: undefined,
  }),
  authorization: fc.option(fc.oneof(fc.constant('valid'), fc.constant('Bearer nope'), headerValue), { nil: undefined }),
  lastEventId: fc.option(headerValue, { nil: undefined }),
  body: fc.option(body, { nil: undefined }),
});

type HttpCase = typeof httpRequest extends fc.Arbitrary<infer T> ? T : never;

/** Sends one case and returns its status; a stream is cancelled as soon as its headers arrive. */
async function send(request: HttpCase, forceEventStream = false): Promise<number> {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(request.query ?? {})) params.set(key, typeof value === 'string' ? value : JSON.stringify(value));
  const search = request.rawQueryString ?? params.toString();
  const headers: Record<string, string> = {};
  if (request.contentType) headers['content-type'] = request.contentType;
  const accept = forceEventStream ? 'text/event-stream' : request.accept;
  if (accept) headers.accept = accept;
  if (request.authorization) headers.authorization = request.authorization === 'valid' ? `Bearer ${user.token}` : request.authorization;
  if (request.lastEventId) headers['last-event-id'] = request.lastEventId;
  const withBody = request.body !== undefined && !['GET', 'HEAD'].includes(request.method);
  const abort = new AbortController();
  const timer = setTimeout(() => abort.abort(), 5000);
  try {
    const response = await fetch(`${server.graphqlUrl}?${search}`, {
      method: request.method,
      headers,
      body: withBody ? request.body : undefined,
      signal: abort.signal,
    });
    await response.body?.cancel();
    return response.status;
  } finally {
    clearTimeout(timer);
  }
}

describe('seeded fuzzing: malformed requests never get a 5xx', () => {
  it('HTTP: 600 malformed requests', async () => {
    await fc.assert(
      fc.asyncProperty(httpRequest, async (request) => {
        expect(await send(request)).toBeLessThan(500);
      }),
      { seed: SEED, numRuns: 600 },
    );
  });

  it('SSE: 300 malformed requests asking for an event stream', async () => {
    await fc.assert(
      fc.asyncProperty(httpRequest, async (request) => {
        expect(await send({ ...request, method: request.method === 'GET' ? 'GET' : 'POST' }, true)).toBeLessThan(500);
      }),
      { seed: SEED + 1, numRuns: 300 },
    );
  });

  const wsMessage = fc.oneof(
    fc.string({ maxLength: 200 }),
    jsonValue.map((value) => JSON.stringify(value)),
    fc
      .record(
        {
          type: fc.constantFrom('connection_init', 'subscribe', 'complete', 'ping', 'pong', 'next', 'error', 'bogus'),
          id: fc.oneof(fc.constantFrom('1', '2', ''), jsonValue),
          payload: fc.oneof(operationParams, jsonValue, fc.constant({ authorization: 'valid' })),
        },
        { requiredKeys: ['type'] },
      )
      .map((message) =>
        JSON.stringify(
          message.payload && typeof message.payload === 'object' && 'authorization' in message.payload
            ? { ...message, payload: { authorization: `Bearer ${user.token}` } }
            : message,
        ),
      ),
  );

  it('WebSocket: 300 sockets sent malformed messages, before and after connection_init', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.boolean(),
        fc.constantFrom('graphql-transport-ws', 'graphql-ws', 'nonsense'),
        fc.array(wsMessage, { minLength: 1, maxLength: 4 }),
        async (initFirst, protocol, messages) => {
          const socket = new WebSocket(server.wsUrl, protocol);
          const closed = new Promise<number>((resolve) => socket.once('close', (code) => resolve(code)));
          socket.on('error', () => {});
          await new Promise<void>((resolve) => {
            socket.once('open', () => resolve());
            socket.once('close', () => resolve());
          });
          if (socket.readyState === WebSocket.OPEN) {
            if (initFirst) socket.send(JSON.stringify({ type: 'connection_init', payload: { authorization: `Bearer ${user.token}` } }));
            for (const message of messages) socket.send(message);
          }
          const code = await Promise.race([closed, new Promise<number>((resolve) => setTimeout(() => resolve(0), 150))]);
          expect([1011, 4500]).not.toContain(code);
          socket.terminate();
        },
      ),
      { seed: SEED + 2, numRuns: 300 },
    );
  });

  it('afterwards the server still answers', async () => {
    const response = await fetch(server.graphqlUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${user.token}` },
      body: '{"query":"{ me { id } }"}',
    });
    expect(response.status).toBe(200);
    expect(((await response.json()) as { data: { me: { id: string } } }).data.me.id).toBe(user.id);
  });
});
