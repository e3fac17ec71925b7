import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ChangesSubscription, CreatePersona, dnsPersona } from './documents.js';
import { graphql } from './gql/index.js';
import { errorCode, startServer, type TestServer, type TestUser } from './harness.js';

const Me = graphql(`
  query RateLimit_Me {
    me {
      id
    }
  }
`);

const POINTS = 8;
let server: TestServer;
let busy: TestUser;
let calm: TestUser;
let writer: TestUser;

beforeAll(async () => {
  server = await startServer({ RATE_LIMIT_POINTS: String(POINTS), RATE_LIMIT_WINDOW_SECONDS: '60' });
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

  it('WebSocket connection attempts and operations draw from the same bucket', async () => {
    // busy's bucket is empty: the socket is refused at connection_init.
    expect(await busy.wsClient().closed).toBe(4290);

    const eager = await server.signUp('Eager');
    const client = eager.wsClient(); // 1 point
    const results = [];
    for (let i = 0; i < POINTS; i++) {
      const stream = eager.subscribe(Me, undefined, client);
      await stream.waitForEnd();
      results.push(stream.results.length > 0 ? 'served' : JSON.stringify(stream.error));
    }
    expect(results.slice(0, POINTS - 1).every((result) => result === 'served')).toBe(true);
    expect(results[POINTS - 1]).toContain('RATE_LIMITED');
    expect(client.closes).toEqual([]);
  });

  it('a client that only subscribes never comes near it: deliveries cost nothing', async () => {
    const stream = calm.subscribe(ChangesSubscription, { after: await calm.changeCursor(), topics: ['PERSONA'] });
    const writes = POINTS - 2;
    for (let i = 0; i < writes; i++) await writer.gql(CreatePersona, { input: dnsPersona(`Burst ${i}`) });
    await stream.waitFor(writes);
    // calm spent 1 (Me above) + 1 (changeCursor) + 1 (connection_init) + 1 (subscribe) of its points, deliveries none
    const left = POINTS - 4;
    for (let i = 0; i < left; i++) expect((await calm.request(Me)).status).toBe(200);
    expect((await calm.request(Me)).status).toBe(429);
    stream.close();
  });
});
