import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CreatePersona, dnsPersona } from './documents.js';
import { graphql } from './gql/index.js';
import { connectWs, dropSchema, openSse, request, sleep, startServer, TestUser, uniqueName, type TestServer } from './harness.js';
import { RemoveMember, SetMemberRole } from './members-documents.js';

/** Who may do what, across two instances on one PostgreSQL database and one Redis (as scale-out.test.ts). */
const POSTGRES_URL = process.env.TEST_POSTGRES_URL ?? 'postgres://postgres@127.0.0.1:5432/test';
const REDIS_URL = process.env.TEST_REDIS_URL ?? 'redis://127.0.0.1:6379';
const schema = `members_${randomUUID().replaceAll('-', '')}`;

const Changes = graphql(`
  subscription MembersScaleOut_Changes {
    changes {
      cursor
    }
  }
`);

const Me = graphql(`
  query MembersScaleOut_Me {
    me {
      id
    }
  }
`);

let first: TestServer;
let second: TestServer;
let admin: TestUser;

beforeAll(async () => {
  const env = { DATABASE_URL: POSTGRES_URL, REDIS_URL };
  // An hour-long sweep: within the test only a Redis message can reach the other instance.
  first = await startServer(env, { schema, sweepMs: 3_600_000 });
  second = await startServer(env, { schema, sweepMs: 3_600_000 });
  admin = await first.signUp('Admin on instance 1');
});
afterAll(async () => {
  admin?.closeClients();
  await first?.stop();
  await second?.stop();
  await dropSchema(POSTGRES_URL, schema);
});

/** The same person as seen through another instance. */
const on = (server: TestServer, user: TestUser) => new TestUser(server, user.id, user.token, user.email);

describe('members across instances', () => {
  it("a removed member's open streams, WebSocket and SSE, end within a second on both instances", async () => {
    const leaving = await second.signUp('Leaving, on both instances');
    const streams = [first, second].map((server) => {
      const socket = connectWs(server, { authorization: `Bearer ${leaving.token}` });
      socket.subscribe({ query: 'subscription { changes { cursor } }' }, { next() {}, error() {}, complete() {} });
      return { socket, sse: openSse(server.graphqlUrl, Changes, {}, { token: leaving.token }) };
    });
    for (const { sse } of streams) expect(await sse.status).toBe(200);
    await sleep(200);

    const removedAt = Date.now();
    await admin.gql(RemoveMember, { userId: leaving.id });
    const ended = await Promise.all(
      streams.flatMap(({ socket, sse }) => [socket.closed.then((code) => ({ code, at: Date.now() })), sse.waitForEnd(1000).then(() => ({ code: 0, at: Date.now() }))]),
    );
    expect(ended.filter((end, index) => index % 2 === 0).map((end) => end.code)).toEqual([4401, 4401]);
    expect(Math.max(...ended.map((end) => end.at)) - removedAt).toBeLessThan(1000);
    for (const server of [first, second]) expect((await on(server, leaving).request(Me)).status).toBe(401);
  });

  it('a role changed on one instance applies on the other at once, to its requests and its open socket', async () => {
    const member = await second.signUp('Member on instance 2');
    const there = on(second, member);
    const socket = there.wsClient();
    const write = async (over: 'http' | 'ws') => {
      const input = { input: dnsPersona(uniqueName(`Across ${over}`)) };
      if (over === 'http') return (await there.request(CreatePersona, input)).body.errors?.[0]?.extensions;
      const stream = there.subscribe(CreatePersona, input, socket);
      while (stream.results.length === 0 && !stream.error) await sleep(10);
      return stream.results[0]?.errors?.[0]?.extensions;
    };
    // The second instance remembers the session, and holds its socket, from before the change.
    expect(await write('http')).toBeUndefined();
    expect(await write('ws')).toBeUndefined();

    await request(first, SetMemberRole, { userId: member.id, role: 'VIEWER' }, admin.token);
    const changedAt = Date.now();
    let refusal = await write('http');
    while (!refusal && Date.now() - changedAt < 1000) refusal = await write('http');
    expect(refusal).toMatchObject({ code: 'FORBIDDEN', requiredRole: 'MEMBER' });
    expect(Date.now() - changedAt).toBeLessThan(1000);
    expect(await write('ws')).toMatchObject({ code: 'FORBIDDEN', requiredRole: 'MEMBER' });
  });
});
