import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CreateKeywordSet, CreatePersona, DeletePersona, UpdatePersona, dnsPersona } from './documents.js';
import { graphql } from './gql/index.js';
import { errorCode, startServer, type TestServer, type TestUser } from './harness.js';

const Persona = graphql(`
  query BadInput_Persona($id: ID!) {
    persona(id: $id) {
      id
    }
  }
`);

const UpdateSettings = graphql(`
  mutation BadInput_UpdateSettings($input: UpdateSettingsInput!) {
    updateSettings(input: $input) {
      progressPushPerSecond
    }
  }
`);

let server: TestServer;
let admin: TestUser;
let member: TestUser;

beforeAll(async () => {
  server = await startServer({ MAX_BODY_BYTES: '20000', MAX_QUERY_DEPTH: '6', MAX_QUERY_TOKENS: '400' });
  admin = await server.signUp('Admin');
  member = await server.signUp('Member');
});
afterAll(async () => {
  await server.stop();
});

/** Posts raw text to /graphql as the admin. */
async function post(body: string, headers: Record<string, string> = {}) {
  const response = await fetch(server.graphqlUrl, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${admin.token}`, ...headers },
    body,
  });
  return { status: response.status, json: (await response.json()) as { errors?: Array<{ message: string; extensions?: { code?: string } }> } };
}

describe('validation names the field', () => {
  it.each([
    ['an empty name', { ...dnsPersona(''), name: '   ' }, 'input.name'],
    ['a resolver that is not an IP address', { ...dnsPersona('x'), dns: { resolvers: ['dns.google'] } }, 'input.dns.resolvers[0]'],
    ['a resolver port out of range', { ...dnsPersona('x'), dns: { resolvers: ['10.0.0.1:70000'] } }, 'input.dns.resolvers[0]'],
    ['a DNS persona without its DNS config', { kind: 'DNS' as const, name: 'x' }, 'input.dns'],
    ['an HTTP config on a DNS persona', { ...dnsPersona('x'), http: { userAgent: 'x' } }, 'input.http'],
    ['a zero timeout', { ...dnsPersona('x'), dns: { resolvers: ['1.1.1.1'], timeoutMs: 0 } }, 'input.dns.timeoutMs'],
  ])('createPersona with %s gets BAD_USER_INPUT naming %s', async (_case, input, field) => {
    const result = await admin.request(CreatePersona, { input });
    expect(errorCode(result)).toBe('BAD_USER_INPUT');
    expect(result.body.errors?.[0]?.extensions?.field).toBe(field);
    expect(result.body.errors?.[0]?.message.startsWith(`${field}: `)).toBe(true);
  });

  it('a regex rule that does not compile is refused, naming the rule', async () => {
    const result = await admin.request(CreateKeywordSet, {
      input: {
        name: 'Broken',
        rules: [
          { pattern: 'fine', kind: 'STRING' },
          { pattern: '([a-z]', kind: 'REGEX' },
        ],
      },
    });
    expect(errorCode(result)).toBe('BAD_USER_INPUT');
    expect(result.body.errors?.[0]?.extensions?.field).toBe('input.rules[1].pattern');
    expect(result.body.errors?.[0]?.message).toMatch(/not a valid regular expression/);
  });

  it('a keyword set with no rules or an empty pattern is refused', async () => {
    const none = await admin.request(CreateKeywordSet, { input: { name: 'Empty', rules: [] } });
    expect(none.body.errors?.[0]?.extensions?.field).toBe('input.rules');
    const blank = await admin.request(CreateKeywordSet, { input: { name: 'Blank', rules: [{ pattern: '', kind: 'STRING' }] } });
    expect(blank.body.errors?.[0]?.extensions?.field).toBe('input.rules[0].pattern');
  });

  it('nothing is written when validation fails', async () => {
    const cursor = await admin.changeCursor();
    await admin.request(CreatePersona, { input: { ...dnsPersona(''), name: '' } });
    expect(await admin.changeCursor()).toBe(cursor);
  });
});

describe('unknown ids and permissions', () => {
  it('an unknown id gets NOT_FOUND on read, update and delete', async () => {
    const id = '00000000-0000-0000-0000-000000000000';
    expect(errorCode(await admin.request(Persona, { id }))).toBe('NOT_FOUND');
    expect(errorCode(await admin.request(UpdatePersona, { id, input: { name: 'x' } }))).toBe('NOT_FOUND');
    const deleted = await admin.request(DeletePersona, { id });
    expect(errorCode(deleted)).toBe('NOT_FOUND');
    expect(deleted.body.errors?.[0]?.message).toBe(`Persona ${id} does not exist`);
  });

  it('settings are ADMIN-only to change: a MEMBER gets FORBIDDEN, an ADMIN out-of-range BAD_USER_INPUT', async () => {
    expect(errorCode(await member.request(UpdateSettings, { input: { progressPushPerSecond: 2 } }))).toBe('FORBIDDEN');
    const range = await admin.request(UpdateSettings, { input: { progressPushPerSecond: 0 } });
    expect(range.body.errors?.[0]?.extensions?.field).toBe('input.progressPushPerSecond');
    expect((await admin.gql(UpdateSettings, { input: { progressPushPerSecond: 2 } })).updateSettings.progressPushPerSecond).toBe(2);
  });
});

describe('malformed requests get errors a developer can act on, and the server stays up', () => {
  it('malformed JSON', async () => {
    const result = await post('{"query": "{ me { id } }"');
    expect(result.status).toBe(400);
    expect(result.json.errors?.[0]?.message).toMatch(/JSON/i);
  });

  it('a syntax error, with its location (400 for graphql-response+json clients)', async () => {
    const result = await post(JSON.stringify({ query: '{ me { id }' }));
    expect(result.json.errors?.[0]?.message).toMatch(/Syntax Error: Expected Name, found <EOF>/);
    const modern = await post(JSON.stringify({ query: '{ me { id }' }), { accept: 'application/graphql-response+json' });
    expect(modern.status).toBe(400);
  });

  it('an unknown field and an unknown operation name', async () => {
    const field = await post(JSON.stringify({ query: '{ nope }' }));
    expect(field.json.errors?.[0]?.message).toMatch(/Cannot query field "nope"/);
    const operation = await post(JSON.stringify({ query: 'query A { me { id } }', operationName: 'B' }));
    expect(operation.json.errors?.[0]?.message).toBe('Unknown operation named "B"; the document defines: A');
    const unnamed = await post(JSON.stringify({ query: 'query A { me { id } } query C { me { id } }' }));
    expect(unnamed.json.errors?.[0]?.message).toMatch(/several operations \(A, C\)/);
  });

  it('a NUL character (U+0000) in any string is refused naming where it is, on PostgreSQL as on SQLite, and nothing is written', async () => {
    const personas = async () => (await server.app.services.database.db.selectFrom('personas').select('id').execute()).length;
    const before = await personas();
    const cases: Array<[string, Record<string, unknown>, string]> = [
      ['mutation($input: CreatePersonaInput!) { createPersona(input: $input) { id } }', { input: { ...dnsPersona('Nul'), description: 'a\u0000b' } }, 'input.description'],
      ['mutation { createPost(body: "a\\u0000b") { id } }', {}, 'body'],
      ['query($s: String) { users(search: $s) { id } }', { s: '\u0000' }, 's'],
      ['query($s: String = "\\u0000") { users(search: $s) { id } }', {}, 's'], // a variable's default
    ];
    for (const [query, variables, field] of cases) {
      const { json } = await post(JSON.stringify({ query, variables }));
      expect(json.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
      expect((json.errors?.[0]?.extensions as { field?: string }).field).toBe(field);
      expect(json.errors?.[0]?.message).toBe(`${field}: must not contain the NUL character (U+0000)`);
    }
    expect(await personas()).toBe(before);
  });

  it('a NUL is refused on a socket and an event stream too, `changes` included, and in a CSV export\'s search', async () => {
    const changes = 'subscription($ids: [ID!]) { changes(after: "1", entityIds: $ids) { cursor } }';
    const overSocket = await new Promise<unknown>((resolve) =>
      admin.wsClient().subscribe({ query: changes, variables: { ids: ['\u0000'] } }, { next: resolve, error: resolve, complete: () => resolve('complete') }),
    );
    expect(JSON.stringify(overSocket)).toContain('"field":"ids[0]"');
    expect(JSON.stringify(overSocket)).toContain('BAD_USER_INPUT');
    const overSse = await fetch(server.graphqlUrl, {
      method: 'POST',
      headers: { accept: 'text/event-stream', 'content-type': 'application/json', authorization: `Bearer ${admin.token}` },
      body: JSON.stringify({ query: 'subscription { changes(after: "1", entityIds: ["\\u0000"]) { cursor } }' }),
    });
    const streamed = await overSse.text();
    expect(streamed).toContain('BAD_USER_INPUT');
    expect(streamed).toContain('"field":"entityIds[0]"');
    const exported = await fetch(`${server.url}/campaigns/00000000-0000-4000-8000-000000000000/results.csv?search=%00`, { headers: { authorization: `Bearer ${admin.token}` } });
    expect(exported.status).toBe(400);
    expect(await exported.text()).toContain('BAD_USER_INPUT');
  });

  it("a cursor that is not one of the list's is BAD_USER_INPUT naming it, whatever it decodes to", async () => {
    const cursorOf = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url');
    const cases: Array<[string, string]> = [
      ['activity', cursorOf(['2026-01-01T00:00:00.000Z', '8b0f6a8e-0000-4000-8000-000000000000'])], // another list's (a UUID id)
      ['activity', cursorOf(['2026-01-01T00:00:00.000Z', '99999999999999999999'])],
      ['activity', Buffer.from('["2026-01-01T00:00:00.000Z",1e400]').toString('base64url')], // a number JSON.parse makes Infinity
      ['personas', cursorOf(['2026-01-01T00:00:00.000Z', '\u0000'])],
      ['personas', cursorOf(['\u0000', 'abc'])],
      ['members', cursorOf(['yesterday', 'abc'])],
    ];
    for (const [list, cursor] of cases) {
      for (const argument of ['after', 'before']) {
        const { json } = await post(JSON.stringify({ query: `query($c: String) { ${list}(${argument}: $c) { edges { cursor } } }`, variables: { c: cursor } }));
        expect(json.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: argument });
      }
    }
  });

  it('variables of the wrong type name the variable', async () => {
    const result = await post(
      JSON.stringify({ query: 'query P($id: ID!) { persona(id: $id) { id } }', variables: { id: { not: 'an id' } } }),
    );
    expect(result.json.errors?.[0]?.message).toMatch(/\$id/);
    const missing = await post(JSON.stringify({ query: 'query P($id: ID!) { persona(id: $id) { id } }' }));
    expect(missing.json.errors?.[0]?.message).toMatch(/\$id/);
  });

  it('a query deeper than the limit', async () => {
    const deep = '{ activity { edges { node { actor { id } } } pageInfo { hasNextPage } } }';
    const tooDeep = `{ a: activity { edges { node { actor { id } } } } b: personas { edges { node { config { ... on HttpPersonaConfig { headers { name } } } } } } }`;
    expect((await post(JSON.stringify({ query: deep }))).status).toBe(200);
    const result = await post(JSON.stringify({ query: tooDeep }));
    expect(result.json.errors?.[0]?.message).toMatch(/depth/i);
  });

  it('a query with too many tokens', async () => {
    const fields = Array.from({ length: 150 }, (_, i) => `f${i}: __typename`).join(' ');
    const result = await post(JSON.stringify({ query: `{ ${fields} }` }));
    expect(result.json.errors?.[0]?.message).toMatch(/token/i);
  });

  it('a body over the size limit gets 413', async () => {
    const result = await post(JSON.stringify({ query: `{ me { id } } # ${'x'.repeat(30_000)}` }));
    expect(result.status).toBe(413);
    expect(result.json.errors?.[0]?.extensions?.code).toBe('PAYLOAD_TOO_LARGE');
  });

  it('a subscription over plain POST gets 406 at once and leaves nothing running', async () => {
    const metric = async () => Number(/pulsegraph_active_subscriptions (\d+)/.exec(await (await fetch(`${server.url}/metrics`)).text())![1]);
    const before = await metric();
    for (const query of ['subscription { changes { cursor } }', 'subscription { presence { online } }']) {
      for (const accept of [undefined, '*/*', 'application/json']) {
        const result = await post(JSON.stringify({ query }), accept ? { accept } : {});
        expect(result.status).toBe(406);
        expect(result.json.errors?.[0]?.extensions?.code).toBe('NOT_ACCEPTABLE');
      }
    }
    expect(await metric()).toBe(before);
  });

  it('after all that, the server still answers', async () => {
    expect((await fetch(`${server.url}/healthz`)).status).toBe(200);
    expect((await admin.gql(CreatePersona, { input: dnsPersona('Still here') })).createPersona.name).toBe('Still here');
  });
});
