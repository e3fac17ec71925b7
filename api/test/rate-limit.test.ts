import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { parse } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ChangesSubscription, CreatePersona, dnsPersona } from './documents.js';
import { graphql } from './gql/index.js';
import { connectWs, errorCode, openSse, startServer, type TestServer, type TestUser } from './harness.js';

const Me = graphql(`
  query RateLimit_Me {
    me {
      id
    }
  }
`);

const POINTS = 8;
const RESUME_POINTS = 6;
let server: TestServer;
let busy: TestUser;
let calm: TestUser;
let writer: TestUser;

beforeAll(async () => {
  server = await startServer({
    RATE_LIMIT_POINTS: String(POINTS),
    RATE_LIMIT_RESUME_POINTS: String(RESUME_POINTS),
    RATE_LIMIT_WINDOW_SECONDS: '60',
  });
  busy = await server.signUp('Busy');
  calm = await server.signUp('Calm');
  writer = await server.signUp('Writer');
});
afterAll(async () => {
  for (const user of [busy, calm, writer]) user?.closeClients();
  await server.stop();
});

describe('rate limiting per token', () => {
  it('a burst beyond the bucket gets 429 with Retry-After and RATE_LIMITED; others are still served', async () => {
    const results = [];
    for (let i = 0; i < POINTS + 2; i++) results.push(await busy.request(Me));
    expect(results.slice(0, POINTS).every((r) => r.status === 200)).toBe(true);
    const limited = results[POINTS]!;
    expect(limited.status).toBe(429);
    expect(Number(limited.headers.get('retry-after'))).toBeGreaterThanOrEqual(1);
    expect(errorCode(limited)).toBe('RATE_LIMITED');
    expect(limited.body.errors?.[0]?.message).toMatch(/retry after \d+ s/);

    expect((await calm.request(Me)).status).toBe(200);
    expect((await fetch(`${server.url}/healthz`)).status).toBe(200);
    const metrics = await (await fetch(`${server.url}/metrics`)).text();
    expect(metrics).toMatch(/pulsegraph_rate_limited_total\{transport="http"\} 2/);
  });

  it('a reconnect and a resume spend the resume budget, so a client out of operations still comes back', async () => {
    // busy's operation budget is empty, yet its socket connects and its `changes` resumes from a cursor.
    const cursor = (await calm.changeCursor()) ?? '0';
    const client = busy.wsClient(); // resume budget: 1
    const resumed = busy.subscribe(ChangesSubscription, { after: cursor, topics: ['PERSONA'] }, client); // 2
    await writer.gql(CreatePersona, { input: dnsPersona('Seen by a resumed stream') });
    await resumed.waitFor(1);
    // A resume is known by what it is, not by its variable's name: `$cursor` (3) and a literal cursor (4) resume too.
    const byMeaning = [
      { query: 'subscription RateLimit_Named($cursor: String) { changes(after: $cursor, topics: [PERSONA]) { cursor } }', variables: { cursor } },
      { query: `subscription RateLimit_Literal { changes(after: "${cursor}", topics: [PERSONA]) { cursor } }` },
    ].map(
      (payload) =>
        new Promise<unknown>((resolve) => {
          const unsubscribe = client.subscribe(payload, {
            next: (value) => {
              unsubscribe();
              resolve(value);
            },
            error: resolve,
            complete: () => resolve('complete'),
          });
        }),
    );
    const delivered = await Promise.all(byMeaning);
    for (const result of delivered) expect(JSON.stringify(result)).toContain('"cursor"');
    // An ordinary operation on the same socket still meets the empty operation budget.
    const refused = busy.subscribe(Me, undefined, client);
    await refused.waitForEnd();
    expect(JSON.stringify(refused.error)).toContain('RATE_LIMITED');
    // An `after` variable on another operation does not make it a resume: it spends the (empty) operation budget.
    const disguised = await new Promise<unknown>((resolve) =>
      client.subscribe(
        { query: 'query RateLimit_Disguised($after: String) { me { id } }', variables: { after: cursor } },
        { next: resolve, error: resolve, complete: () => resolve('complete') },
      ),
    );
    expect(JSON.stringify(disguised)).toContain('RATE_LIMITED');
    expect(client.closes).toEqual([]);
    resumed.close();

    // The resume budget is finite too: 4 of 6 spent, so one more reconnect gets in (5), and its neighbour (6), then no more.
    const last = busy.wsClient();
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(last.closes).toEqual([]);
    const neighbour = busy.wsClient();
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(neighbour.closes).toEqual([]);
    expect(await busy.wsClient().closed).toBe(4290);
  });

  it('a refused token spends the operation budget of its address, so guessing tokens stays slow', async () => {
    const attempts = [];
    for (let i = 0; i < POINTS + 1; i++) {
      const socket = connectWs(server, { authorization: `Bearer not-a-token-${i}` });
      attempts.push(await socket.closed);
    }
    // Anonymous and refused attempts from 127.0.0.1 share one bucket (the sign-ups above spent some of it).
    const firstRefusal = attempts.indexOf(4290);
    expect(firstRefusal).toBeGreaterThan(0);
    expect(attempts.slice(0, firstRefusal).every((code) => code === 4401)).toBe(true);
    expect(attempts.slice(firstRefusal).every((code) => code === 4290)).toBe(true);
  });

  it('over HTTP too: guessed tokens get 401 until their address is out of budget, then 429 RATE_LIMITED, never a server error', async () => {
    const statuses: number[] = [];
    let last: Response | undefined;
    for (let i = 0; i < POINTS + 1; i++) {
      last = await fetch(server.graphqlUrl, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer guessed-over-http-${i}` },
        body: JSON.stringify({ query: '{ me { id } }' }),
      });
      statuses.push(last.status);
      if (last.status === 429) break;
    }
    expect(statuses.every((status) => status === 401 || status === 429)).toBe(true);
    expect(statuses.at(-1)).toBe(429);
    expect(((await last!.json()) as { errors: Array<{ extensions: { code: string } }> }).errors[0]!.extensions.code).toBe('RATE_LIMITED');
  });

  it('a client that only subscribes never comes near it: deliveries cost nothing', async () => {
    const stream = calm.subscribe(ChangesSubscription, { after: await calm.changeCursor(), topics: ['PERSONA'] });
    const writes = POINTS - 2;
    for (let i = 0; i < writes; i++) await writer.gql(CreatePersona, { input: dnsPersona(`Burst ${i}`) });
    await stream.waitFor(writes);
    // calm spent 1 (Me above) + 2 (changeCursor, twice) of its operation points; its connection_init and
    // its resuming subscribe went to the resume budget, deliveries cost nothing
    const left = POINTS - 3;
    for (let i = 0; i < left; i++) expect((await calm.request(Me)).status).toBe(200);
    expect((await calm.request(Me)).status).toBe(429);
    stream.close();
  });
});

describe('Last-Event-ID resumes streams, nothing else', () => {
  let limited: TestServer;
  afterAll(async () => limited?.stop());

  it('a mutation or a sign-in sent as an event stream with Last-Event-ID spends the operation budget; a stream resuming with it does not', async () => {
    limited = await startServer({ RATE_LIMIT_POINTS: '4', RATE_LIMIT_RESUME_POINTS: '100', RATE_LIMIT_WINDOW_SECONDS: '60' });
    const user = await limited.signUp('Header'); // the address's first point
    const asStream = (body: object, token?: string) =>
      fetch(limited.graphqlUrl, {
        method: 'POST',
        headers: { accept: 'text/event-stream', 'content-type': 'application/json', 'last-event-id': '1', ...(token ? { authorization: `Bearer ${token}` } : {}) },
        body: JSON.stringify(body),
      }).then(async (response) => (await response.text(), response.status));

    const writes: number[] = [];
    for (let i = 0; i < 6; i++) {
      writes.push(await asStream({ query: 'mutation($input: CreatePersonaInput!) { createPersona(input: $input) { id } }', variables: { input: dnsPersona(`Header ${i}`) } }, user.token));
    }
    expect(writes).toEqual([200, 200, 200, 200, 429, 429]);

    const guesses: number[] = [];
    for (let i = 0; i < 5; i++) {
      guesses.push(await asStream({ query: 'mutation($input: SignInInput!) { signIn(input: $input) { token } }', variables: { input: { email: user.email, password: `guess ${i}` } } }));
    }
    expect(guesses.slice(3)).toEqual([429, 429]); // the address had three points left

    // A live query answered once as JSON (JSON preferred) resumes nothing: the operation budget, now empty.
    const liveAsJson = await fetch(limited.graphqlUrl, {
      method: 'POST',
      headers: { accept: 'application/json, text/event-stream', 'content-type': 'application/json', 'last-event-id': '1', authorization: `Bearer ${user.token}` },
      body: JSON.stringify({ query: 'query @live { me { id } }' }),
    });
    expect(liveAsJson.status).toBe(429);

    // A `changes` stream, and a live query as an event stream, resuming by the header spend the resume budget: in, though the operation budget is gone.
    const resumed = openSse(limited.graphqlUrl, ChangesSubscription, { topics: ['PERSONA'] }, { token: user.token, lastEventId: '1' });
    expect(await resumed.status).toBe(200);
    resumed.close();
    const live = openSse(limited.graphqlUrl, parse('query @live { me { id } }') as TypedDocumentNode<unknown, object>, {}, { token: user.token, lastEventId: '1' });
    expect(await live.status).toBe(200);
    live.close();
  });
});
