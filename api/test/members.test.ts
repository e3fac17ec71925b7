import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { parse, print } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CreatePersona, DeletePersona, dnsPersona, UpdatePersona } from './documents.js';
import { graphql } from './gql/index.js';
import { connectWs, dataOf, errorCode, openSse, request, sleep, startServer, uniqueName, type Stream, type TestServer, type TestUser } from './harness.js';
import {
  CreateInvitation,
  CreateWriteKey,
  Invitations,
  invite,
  Members,
  newEmail,
  PASSWORD,
  RemoveMember,
  RevokeInvitation,
  SetMemberRole,
  SignUpWith,
} from './members-documents.js';
import { CreateCampaign, StartCampaign } from './operations-documents.js';
import { CreatePost } from './social-documents.js';

const Me = graphql(`
  query Members_Me {
    me {
      id
      role
    }
  }
`);

const InvitationChanges = graphql(`
  subscription Members_InvitationChanges($after: String) {
    changes(after: $after, topics: [INVITATION, USER]) {
      __typename
      op
      entityId
      ... on InvitationChange {
        invitation {
          id
          email
          acceptedAt
        }
      }
      ... on UserChange {
        user {
          id
          role
          removedAt
        }
      }
    }
  }
`);

const signUp = (server: TestServer, input: { email: string; invitation?: string; displayName?: string }) =>
  request(server, SignUpWith, { input: { password: PASSWORD, displayName: input.displayName ?? 'Newcomer', ...input } });
/** The first result of an operation sent over WebSocket, errors included. */
async function firstResult<T>(stream: Stream<T>): Promise<Stream<T>['results'][number]> {
  const deadline = Date.now() + 5000;
  while (stream.results.length === 0 && !stream.error && Date.now() < deadline) await sleep(10);
  if (!stream.results[0]) throw new Error(`no result over WebSocket: ${JSON.stringify(stream.error)}`);
  return stream.results[0];
}

const reasonOf = (result: { body: { errors?: Array<{ extensions?: Record<string, unknown> }> } }) => result.body.errors?.[0]?.extensions?.reason;

const tinyGeneration = () => ({
  name: uniqueName('Roles'),
  kind: 'DOMAIN_GENERATION' as const,
  generation: { pattern: 'PREFIX' as const, characterSet: 'ab', minLength: 1, maxLength: 1, tlds: ['test'] },
});

describe('who may join', () => {
  let server: TestServer;
  let admin: TestUser;
  beforeAll(async () => {
    server = await startServer({ SIGNUP: 'invite' });
    admin = await server.signUp('Admin');
  });
  afterAll(async () => {
    admin.closeClients();
    await server.stop();
  });

  it("under invite, the empty workspace's first sign-up is its ADMIN and a stranger's is refused", async () => {
    expect((await admin.gql(Me)).me).toMatchObject({ role: 'ADMIN' });
    const stranger = await signUp(server, { email: newEmail() });
    expect(errorCode(stranger)).toBe('FORBIDDEN');
    expect(reasonOf(stranger)).toBe('INVITATION_REQUIRED');
    expect(stranger.body.data).toBeNull();
  });

  it('an invitation signs up its email with its role, once; a second use is refused', async () => {
    const email = newEmail();
    const { createInvitation } = await admin.gql(CreateInvitation, { input: { email, role: 'VIEWER' } });
    expect(createInvitation.token).toMatch(/^pgi_/);
    expect((await admin.gql(Invitations)).invitations.map((i) => i.id)).toContain(createInvitation.invitation.id);

    const first = dataOf(await signUp(server, { email, invitation: createInvitation.token }));
    expect(first.signUp.user.role).toBe('VIEWER');
    const again = await signUp(server, { email, invitation: createInvitation.token });
    expect(errorCode(again)).toBe('FORBIDDEN');
    expect(reasonOf(again)).toBe('INVITATION_USED');
    const otherEmail = await signUp(server, { email: newEmail(), invitation: createInvitation.token });
    expect(reasonOf(otherEmail)).toBe('INVITATION_USED');
    expect((await admin.gql(Invitations)).invitations.map((i) => i.id)).not.toContain(createInvitation.invitation.id);
  });

  it('an expired invitation is refused', async () => {
    const email = newEmail();
    const { createInvitation } = await admin.gql(CreateInvitation, {
      input: { email, role: 'MEMBER', expiresAt: new Date(Date.now() + 1000).toISOString() },
    });
    await sleep(1300);
    const late = await signUp(server, { email, invitation: createInvitation.token });
    expect(errorCode(late)).toBe('FORBIDDEN');
    expect(reasonOf(late)).toBe('INVITATION_EXPIRED');
  });

  it('a withdrawn or unknown invitation is refused, and one is only for the email it was sent to', async () => {
    const email = newEmail();
    const { createInvitation } = await admin.gql(CreateInvitation, { input: { email, role: 'MEMBER' } });
    const elsewhere = await signUp(server, { email: newEmail(), invitation: createInvitation.token });
    expect(elsewhere.body.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.email' });
    await admin.gql(RevokeInvitation, { id: createInvitation.invitation.id });
    expect(reasonOf(await signUp(server, { email, invitation: createInvitation.token }))).toBe('INVITATION_INVALID');
    expect(reasonOf(await signUp(server, { email, invitation: 'pgi_made-up' }))).toBe('INVITATION_INVALID');
  });

  it('only an ADMIN, signed in as themselves, invites; an ADMIN sees invitations pushed live', async () => {
    const member = await invite(server, admin, 'MEMBER');
    const refused = await member.request(CreateInvitation, { input: { email: newEmail(), role: 'ADMIN' } });
    expect(refused.body.errors?.[0]?.extensions).toMatchObject({ code: 'FORBIDDEN', requiredRole: 'ADMIN' });
    expect(errorCode(await member.request(Invitations))).toBe('FORBIDDEN');
    const { createApiKey } = await admin.gql(CreateWriteKey, { input: { name: 'Admin key', capabilities: { read: true, write: true } } });
    const byKey = await request(server, CreateInvitation, { input: { email: newEmail(), role: 'ADMIN' } }, createApiKey.secret);
    expect(byKey.body.errors?.[0]?.extensions).toMatchObject({ code: 'FORBIDDEN', capability: 'account' });

    const otherAdmin = await invite(server, admin, 'ADMIN');
    const adminStream = otherAdmin.subscribe(InvitationChanges, { after: await otherAdmin.changeCursor() });
    const memberStream = member.subscribe(InvitationChanges, { after: await member.changeCursor() });
    const email = newEmail();
    const { createInvitation } = await admin.gql(CreateInvitation, { input: { email, role: 'MEMBER' } });
    const joined = dataOf(await signUp(server, { email, invitation: createInvitation.token }));
    await adminStream.waitUntil((data) =>
      data.some((c) => c.changes.__typename === 'UserChange' && c.changes.entityId === joined.signUp.user.id) &&
      data.some((c) => c.changes.__typename === 'InvitationChange' && c.changes.op === 'UPDATED' && c.changes.invitation?.acceptedAt),
    );
    expect(adminStream.data.find((c) => c.changes.__typename === 'InvitationChange' && c.changes.op === 'CREATED')?.changes).toMatchObject({
      invitation: { email },
    });
    // The member hears of the newcomer (a public UserChange) but never of the invitation.
    await memberStream.waitUntil((data) => data.some((c) => c.changes.entityId === joined.signUp.user.id));
    expect(memberStream.data.filter((c) => c.changes.__typename === 'InvitationChange')).toEqual([]);
    adminStream.close();
    memberStream.close();
  });

  it('the last ADMIN can neither be demoted nor removed, and only an ADMIN changes roles', async () => {
    const lone = await startServer({ SIGNUP: 'invite' });
    try {
      const only = await lone.signUp('Only admin');
      const demoted = await only.request(SetMemberRole, { userId: only.id, role: 'MEMBER' });
      expect(errorCode(demoted)).toBe('CONFLICT');
      expect(errorCode(await only.request(RemoveMember, { userId: only.id }))).toBe('CONFLICT');
      const member = await invite(lone, only, 'MEMBER');
      const byMember = await member.request(SetMemberRole, { userId: member.id, role: 'ADMIN' });
      expect(byMember.body.errors?.[0]?.extensions).toMatchObject({ code: 'FORBIDDEN', requiredRole: 'ADMIN' });
      expect(errorCode(await member.request(RemoveMember, { userId: only.id }))).toBe('FORBIDDEN');
    } finally {
      await lone.stop();
    }
  });
});

describe('the sign-up policy by default and when closed', () => {
  it('a workspace that is not a demo is invite once its ADMIN exists', async () => {
    const server = await startServer({ SIGNUP: '', SEED_DEMO: '0' });
    try {
      const first = dataOf(await signUp(server, { email: newEmail() }));
      expect(first.signUp.user.role).toBe('ADMIN');
      expect(reasonOf(await signUp(server, { email: newEmail() }))).toBe('INVITATION_REQUIRED');
    } finally {
      await server.stop();
    }
  });

  it('a demo workspace stays open: anyone joins as MEMBER', async () => {
    const server = await startServer({ SIGNUP: '', SEED_DEMO: '1' });
    try {
      await signUp(server, { email: newEmail() });
      expect(dataOf(await signUp(server, { email: newEmail() })).signUp.user.role).toBe('MEMBER');
    } finally {
      await server.stop();
    }
  });

  it('closed refuses every sign-up, an invitation or the first one alike', async () => {
    const server = await startServer({ SIGNUP: 'closed' });
    try {
      const refused = await signUp(server, { email: newEmail() });
      expect(errorCode(refused)).toBe('FORBIDDEN');
      expect(reasonOf(refused)).toBe('SIGNUP_CLOSED');
      expect(reasonOf(await signUp(server, { email: newEmail(), invitation: 'pgi_anything' }))).toBe('SIGNUP_CLOSED');
    } finally {
      await server.stop();
    }
  });
});

describe('what a role may do', () => {
  let server: TestServer;
  let admin: TestUser;
  let viewer: TestUser;
  let member: TestUser;
  let personaId: string;
  beforeAll(async () => {
    server = await startServer({ SIGNUP: 'invite' });
    admin = await server.signUp('Admin');
    viewer = await invite(server, admin, 'VIEWER', 'Vera Viewer');
    member = await invite(server, admin, 'MEMBER', 'Max Member');
    personaId = (await admin.gql(CreatePersona, { input: dnsPersona(uniqueName('Shared')) })).createPersona.id;
  });
  afterAll(async () => {
    for (const user of [admin, viewer, member]) user.closeClients();
    await server.stop();
  });

  const forbidden = (errors: ReadonlyArray<{ extensions?: Record<string, unknown> }> | undefined) =>
    expect(errors?.[0]?.extensions).toMatchObject({ code: 'FORBIDDEN', requiredRole: 'MEMBER' });

  it("people search finds someone by a hidden email only whole; an ADMIN, who sees emails, by any part", async () => {
    const Search = parse('query($s: String) { users(search: $s) { id email } }') as TypedDocumentNode<{ users: Array<{ id: string; email: string | null }> }, { s: string }>;
    const found = async (as: TestUser, s: string) => (await as.gql(Search, { s })).users.map((user) => user.id);
    const part = viewer.email.slice(0, 13); // the random start of the address, in no display name
    expect(await found(member, part)).toEqual([]);
    expect(await found(member, viewer.email.toUpperCase())).toEqual([viewer.id]);
    expect((await member.gql(Search, { s: viewer.email })).users[0]!.email).toBeNull();
    expect(await found(admin, part)).toEqual([viewer.id]);
    const tooLong = await member.request(Search, { s: 'x'.repeat(101) });
    expect(tooLong.body.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'search' });
  });

  it("a VIEWER reads the console, but its writes are FORBIDDEN over HTTP (a MEMBER's are not)", async () => {
    expect((await viewer.request(Members)).body.data?.members.edges.length).toBeGreaterThanOrEqual(3);
    forbidden((await viewer.request(CreatePersona, { input: dnsPersona(uniqueName('Viewer')) })).body.errors);
    forbidden((await viewer.request(UpdatePersona, { id: personaId, input: { name: uniqueName('Renamed') } })).body.errors);
    forbidden((await viewer.request(DeletePersona, { id: personaId })).body.errors);
    forbidden((await viewer.request(CreateCampaign, { input: tinyGeneration() })).body.errors);
    const { createCampaign } = await member.gql(CreateCampaign, { input: tinyGeneration() });
    forbidden((await viewer.request(StartCampaign, { id: createCampaign.id })).body.errors);
    expect((await member.gql(StartCampaign, { id: createCampaign.id })).startCampaign.status).not.toBe('DRAFT');
    expect((await member.gql(CreatePersona, { input: dnsPersona(uniqueName('Member')) })).createPersona.id).toBeTruthy();
  });

  it("a VIEWER's console write is FORBIDDEN over SSE and over WebSocket too", async () => {
    // A mutation over SSE whose only field fails is answered before any stream starts: JSON, naming the refusal.
    const overSse = await fetch(server.graphqlUrl, {
      method: 'POST',
      headers: { accept: 'text/event-stream', 'content-type': 'application/json', authorization: `Bearer ${viewer.token}` },
      body: JSON.stringify({ query: print(CreatePersona), variables: { input: dnsPersona(uniqueName('Viewer SSE')) } }),
    });
    forbidden(((await overSse.json()) as { errors?: Array<{ extensions?: Record<string, unknown> }> }).errors);

    forbidden((await firstResult(viewer.subscribe(CreatePersona, { input: dnsPersona(uniqueName('Viewer WS')) }))).errors);
  });

  it("a VIEWER's own social content is its own: it posts", async () => {
    expect((await viewer.gql(CreatePost, { body: 'Reading along' })).createPost.id).toBeTruthy();
  });

  it("an API key never exceeds its owner's current role: a VIEWER's write key is refused, a MEMBER's stops at demotion", async () => {
    const { createApiKey: viewerKey } = await viewer.gql(CreateWriteKey, { input: { name: 'Viewer key', capabilities: { read: true, write: true } } });
    forbidden((await request(server, CreatePersona, { input: dnsPersona(uniqueName('Viewer key')) }, viewerKey.secret)).body.errors);

    const demoted = await invite(server, admin, 'MEMBER', 'Soon a viewer');
    const { createApiKey: memberKey } = await demoted.gql(CreateWriteKey, { input: { name: 'Member key', capabilities: { read: true, write: true } } });
    const byKey = () => request(server, CreatePersona, { input: dnsPersona(uniqueName('Member key')) }, memberKey.secret);
    // Used once, the key's viewer is remembered by the instance; so is the session's open socket.
    expect((await byKey()).body.errors).toBeUndefined();
    const socket = demoted.wsClient();
    const beforeDemotion = await firstResult(demoted.subscribe(CreatePersona, { input: dnsPersona(uniqueName('Socket before')) }, socket));
    expect(beforeDemotion.errors).toBeUndefined();

    await admin.gql(SetMemberRole, { userId: demoted.id, role: 'VIEWER' });
    forbidden((await byKey()).body.errors);
    forbidden((await demoted.request(CreatePersona, { input: dnsPersona(uniqueName('Session after')) })).body.errors);
    forbidden((await firstResult(demoted.subscribe(CreatePersona, { input: dnsPersona(uniqueName('Socket after')) }, socket))).errors);
    expect((await demoted.gql(Me)).me?.role).toBe('VIEWER');

    await admin.gql(SetMemberRole, { userId: demoted.id, role: 'MEMBER' });
    expect((await byKey()).body.errors).toBeUndefined();
  });

  it("a removed member's sessions, keys and open streams end at once; they can no longer sign in, until invited again", async () => {
    const leaving = await invite(server, admin, 'MEMBER', 'Leaving');
    const { createApiKey } = await leaving.gql(CreateWriteKey, { input: { name: 'Leaving key', capabilities: { read: true, write: false } } });
    const socket = connectWs(server, { authorization: `Bearer ${leaving.token}` });
    socket.subscribe({ query: 'subscription { changes { cursor } }' }, { next() {}, error() {}, complete() {} });
    const keySocket = connectWs(server, { authorization: `Bearer ${createApiKey.secret}` });
    keySocket.subscribe({ query: 'subscription { changes { cursor } }' }, { next() {}, error() {}, complete() {} });
    const sse = openSse(server.graphqlUrl, graphql(`subscription Members_Sse { changes { cursor } }`), {}, { token: leaving.token });
    expect(await sse.status).toBe(200);
    await sleep(200);

    const removedAt = Date.now();
    expect((await admin.gql(RemoveMember, { userId: leaving.id })).removeMember).toBe(leaving.id);
    expect(await socket.closed).toBe(4401);
    expect(await keySocket.closed).toBe(4401);
    await sse.waitForEnd(1000);
    expect(Date.now() - removedAt).toBeLessThan(1000);
    expect((await leaving.request(Me)).status).toBe(401);
    expect((await request(server, Me, undefined, createApiKey.secret)).status).toBe(401);
    const signIn = await fetch(server.graphqlUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: `mutation { signIn(input: { email: "${leaving.email}", password: "${PASSWORD}" }) { token } }` }),
    });
    expect(((await signIn.json()) as { errors: Array<{ extensions: { code: string } }> }).errors[0]!.extensions.code).toBe('UNAUTHENTICATED');
    const listed = (await admin.gql(Members)).members.edges.map((edge) => edge.node.id);
    expect(listed).not.toContain(leaving.id);

    const { createInvitation } = await admin.gql(CreateInvitation, { input: { email: leaving.email, role: 'VIEWER' } });
    const back = dataOf(await signUp(server, { email: leaving.email, invitation: createInvitation.token, displayName: 'Back again' }));
    expect(back.signUp.user).toEqual({ id: leaving.id, role: 'VIEWER' });
  });
});
