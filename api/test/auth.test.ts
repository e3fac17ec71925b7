import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ChangesSubscription } from './documents.js';
import { graphql } from './gql/index.js';
import { connectWs, errorCode, openSse, request, startServer, type TestServer, type TestUser } from './harness.js';

const Me = graphql(`
  query Auth_Me {
    me {
      id
      email
      role
    }
  }
`);

const SignIn = graphql(`
  mutation Auth_SignIn($input: SignInInput!) {
    signIn(input: $input) {
      token
      user {
        id
        email
      }
    }
  }
`);

const SignOut = graphql(`
  mutation Auth_SignOut {
    signOut
  }
`);

const SignUp = graphql(`
  mutation Auth_SignUp($input: SignUpInput!) {
    signUp(input: $input) {
      user {
        role
      }
    }
  }
`);

let server: TestServer;
let admin: TestUser;
let member: TestUser;

beforeAll(async () => {
  server = await startServer();
  admin = await server.signUp('Admin');
  member = await server.signUp('Member');
});
afterAll(async () => {
  admin.closeClients();
  member.closeClients();
  await server.stop();
});

describe('accounts', () => {
  it('the first account of a workspace is ADMIN, later ones MEMBER; each sees its own email', async () => {
    expect((await admin.gql(Me)).me).toMatchObject({ id: admin.id, role: 'ADMIN', email: admin.email });
    expect((await member.gql(Me)).me).toMatchObject({ id: member.id, role: 'MEMBER', email: member.email });
  });

  it('signIn with the right password returns a working token; a wrong one is UNAUTHENTICATED', async () => {
    const ok = await request(server, SignIn, { input: { email: member.email, password: 'correct horse battery' } });
    expect(ok.body.data?.signIn.user).toEqual({ id: member.id, email: member.email });
    const me = await request(server, Me, undefined, ok.body.data!.signIn.token);
    expect(me.body.data?.me?.id).toBe(member.id);

    const wrong = await request(server, SignIn, { input: { email: member.email, password: 'wrong password' } });
    expect(wrong.status).toBe(401);
    expect(errorCode(wrong)).toBe('UNAUTHENTICATED');
  });

  it('an email can register once', async () => {
    const again = await request(server, SignUp, {
      input: { email: member.email.toUpperCase(), password: 'another password', displayName: 'Copy' },
    });
    expect(errorCode(again)).toBe('CONFLICT');
    expect(again.body.errors?.[0]?.message).toContain('already registered');
  });
});

describe('no valid token, no data', () => {
  it('HTTP without a token: 401 UNAUTHENTICATED', async () => {
    const result = await request(server, Me);
    expect(result.status).toBe(401);
    expect(errorCode(result)).toBe('UNAUTHENTICATED');
    expect(result.body.data ?? null).toBeNull();
  });

  it('HTTP with an unknown token: 401 telling to sign in again', async () => {
    const result = await request(server, Me, undefined, 'not-a-real-token');
    expect(result.status).toBe(401);
    expect(result.body.errors?.[0]?.message).toMatch(/invalid, expired or revoked/);
  });

  it('SSE without a token: 401', async () => {
    const stream = openSse(server.graphqlUrl, ChangesSubscription, {}, {});
    expect(await stream.status).toBe(401);
  });

  it('WebSocket without a token, or with a bad one: closed with 4401', async () => {
    for (const connectionParams of [{}, { authorization: 'Bearer nope' }]) {
      const client = connectWs(server, connectionParams);
      client.subscribe({ query: '{ __typename }' }, { next() {}, error() {}, complete() {} });
      expect(await client.closed).toBe(4401);
    }
  });

  it('introspection works without a token, so GraphiQL can load the schema', async () => {
    const response = await fetch(server.graphqlUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ __schema { queryType { name } } }' }),
    });
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ data: { __schema: { queryType: { name: 'Query' } } } });
  });
});

describe('signOut', () => {
  it('revokes the token and closes the sockets opened with it, but not other sessions', async () => {
    const signedIn = await request(server, SignIn, { input: { email: member.email, password: 'correct horse battery' } });
    const token = signedIn.body.data!.signIn.token;
    const client = connectWs(server, { authorization: `Bearer ${token}` });
    client.subscribe({ query: 'subscription { changes { cursor } }' }, { next() {}, error() {}, complete() {} });
    const otherSession = member.subscribe(ChangesSubscription, {});
    await new Promise((resolve) => setTimeout(resolve, 200));

    const out = await request(server, SignOut, undefined, token);
    expect(out.body.data?.signOut).toBe(true);
    expect(await client.closed).toBe(4401);
    expect((await request(server, Me, undefined, token)).status).toBe(401);

    expect(otherSession.error).toBeUndefined();
    expect((await member.gql(Me)).me?.id).toBe(member.id);
    otherSession.close();
  });
});
