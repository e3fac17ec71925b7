import { randomUUID } from 'node:crypto';
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { parse } from 'graphql';
import { sql } from 'kysely';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CreatePersona, UpdatePersona, dnsPersona } from './documents.js';
import { CreateInvitation, RevokeInvitation } from './members-documents.js';
import { MarkNotificationRead, UpdateSettings } from './operations-documents.js';
import { openDatabase } from '../src/db/database.js';
import { migrate } from '../src/db/migrations/index.js';
import { dropSchema, errorCode, startServer, type TestServer, type TestUser } from './harness.js';
import { AcceptConnectionRequest, AddComment, CancelConnectionRequest, CreateChat, CreatePost, DeleteComment, DeletePost, EditMessage, MarkChatRead, SendConnectionRequest, SendMessage } from './social-documents.js';

/** PostgreSQL only (vitest.config.ts runs it under `npm run test:postgres`); SQLite's statement cache is exercised by every test. */
describe('the PostgreSQL connection', () => {
  let server: TestServer;
  let user: TestUser;

  beforeAll(async () => {
    server = await startServer();
    user = await server.signUp('Writer');
  });
  afterAll(async () => {
    await server?.stop();
  });

  it('prepares each SQL text once per connection (named statements), and binds every value', async () => {
    const { db } = server.app.services.database;
    await user.gql(CreatePersona, { input: dnsPersona('Prepared') });
    // Unnamed statements never appear here; a named one does from the moment it is parsed.
    const { rows } = await sql<{ statement: string }>`select statement from pg_prepared_statements`.execute(db);
    expect(rows.some(({ statement }) => statement.includes('pg_prepared_statements'))).toBe(true);
    // Values are bound, never inlined: the persona's name is in no statement's text.
    expect(rows.some(({ statement }) => statement.includes('Prepared'))).toBe(false);
  });
});

describe('concurrent writes of one entity on PostgreSQL', () => {
  let server: TestServer;
  let user: TestUser;

  beforeAll(async () => {
    server = await startServer();
    user = await server.signUp('Editor');
  });
  afterAll(async () => {
    await server?.stop();
  });

  it('each starts from the one before: no version is written twice and no field change is undone', async () => {
    const { createPersona } = await user.gql(CreatePersona, { input: dnsPersona('Contended') });
    const writes = 24;
    // Half rename it, half describe it, all at once on the pool's connections.
    const results = await Promise.all(
      Array.from({ length: writes }, (_, i) =>
        user.gql(UpdatePersona, { id: createPersona.id, input: i % 2 === 0 ? { name: `Contended ${i}` } : { description: `described ${i}` } }),
      ),
    );
    const versions = results.map(({ updatePersona }) => updatePersona.version).sort((a, b) => a - b);
    expect(versions).toEqual(Array.from({ length: writes }, (_, i) => i + 2));

    const { db } = server.app.services.database;
    const row = await db.selectFrom('personas').select(['name', 'description', 'version']).where('id', '=', createPersona.id).executeTakeFirstOrThrow();
    expect(row.version).toBe(writes + 1);
    // The rename committed last and the description committed last both stand.
    const lastOf = (parity: number) => results.map(({ updatePersona }, i) => ({ i, version: updatePersona.version })).filter(({ i }) => i % 2 === parity).sort((a, b) => b.version - a.version)[0]!.i;
    expect(row.name).toBe(`Contended ${lastOf(0)}`);
    expect(row.description).toBe(`described ${lastOf(1)}`);
  });

  it('settings too: every save moves the version once', async () => {
    const { db } = server.app.services.database;
    const before = await db.selectFrom('settings').select('version').executeTakeFirstOrThrow();
    const saves = 12;
    await Promise.all(
      Array.from({ length: saves }, (_, i) =>
        user.gql(UpdateSettings, { input: i % 2 === 0 ? { progressPushPerSecond: 1 + (i % 5) } : { workerConcurrency: 1 + (i % 7) } }),
      ),
    );
    const after = await db.selectFrom('settings').select('version').executeTakeFirstOrThrow();
    expect(after.version).toBe(before.version + saves);
  });
});

describe('concurrent social writes on PostgreSQL', () => {
  let server: TestServer;
  let ada: TestUser;
  let ben: TestUser;

  beforeAll(async () => {
    server = await startServer();
    [ada, ben] = [await server.signUp('Ada'), await server.signUp('Ben')];
  });
  afterAll(async () => {
    await server?.stop();
  });

  const db = () => server.app.services.database.db;

  it('a request answered twice at once is accepted once: one notification, one version', async () => {
    for (let round = 0; round < 4; round++) {
      const asker = await server.signUp(`Asker ${round}`);
      const { sendConnectionRequest } = await asker.gql(SendConnectionRequest, { userId: ada.id });
      const answers = await Promise.all(Array.from({ length: 4 }, () => ada.request(AcceptConnectionRequest, { id: sendConnectionRequest.id })));
      expect(answers.filter((answer) => answer.body.data?.acceptConnectionRequest).length).toBe(1);
      expect(answers.filter((answer) => errorCode(answer) === 'CONFLICT').length).toBe(3);
      const notices = await db().selectFrom('notifications').select('id').where('kind', '=', 'CONNECTION_ACCEPTED').where('user_id', '=', asker.id).execute();
      expect(notices.length).toBe(1);
      const row = await db().selectFrom('connections').select(['status', 'version']).where('id', '=', sendConnectionRequest.id).executeTakeFirstOrThrow();
      expect(row).toEqual({ status: 'ACCEPTED', version: 2 });
    }
  });

  it('an accept and a cancel at once: one of them wins, and an accepted request was not cancelled under it', async () => {
    for (let round = 0; round < 4; round++) {
      const asker = await server.signUp(`Canceller ${round}`);
      const { sendConnectionRequest } = await asker.gql(SendConnectionRequest, { userId: ada.id });
      const [accepted, cancelled] = await Promise.all([
        ada.request(AcceptConnectionRequest, { id: sendConnectionRequest.id }),
        asker.request(CancelConnectionRequest, { id: sendConnectionRequest.id }),
      ]);
      const row = await db().selectFrom('connections').select('status').where('id', '=', sendConnectionRequest.id).executeTakeFirst();
      const notices = await db().selectFrom('notifications').select('id').where('kind', '=', 'CONNECTION_ACCEPTED').where('user_id', '=', asker.id).execute();
      if (accepted.body.data?.acceptConnectionRequest) {
        expect(errorCode(cancelled)).toBe('CONFLICT');
        expect(row?.status).toBe('ACCEPTED');
        expect(notices.length).toBe(1);
      } else {
        expect(cancelled.body.data?.cancelConnectionRequest).toBe(sendConnectionRequest.id);
        expect(errorCode(accepted)).toBe('NOT_FOUND');
        expect(row).toBeUndefined();
        expect(notices.length).toBe(0);
      }
    }
  });

  it('edits of one message from two tabs each start from the one before', async () => {
    const { sendConnectionRequest } = await ben.gql(SendConnectionRequest, { userId: ada.id });
    await ada.gql(AcceptConnectionRequest, { id: sendConnectionRequest.id });
    const chatId = (await ada.gql(CreateChat, { input: { memberIds: [ben.id] } })).createChat.id;
    const { sendMessage } = await ada.gql(SendMessage, { chatId, body: 'first draft' });
    const edits = 12;
    await Promise.all(Array.from({ length: edits }, (_, i) => ada.gql(EditMessage, { id: sendMessage.id, body: `draft ${i}` })));
    const messageId = Number(sendMessage.id.split(':').at(-1));
    const row = await db().selectFrom('messages').select('version').where('id', '=', messageId).executeTakeFirstOrThrow();
    expect(row.version).toBe(1 + edits);
    const logged = await db().selectFrom('changes').select('entity_version').where('topic', '=', 'MESSAGE').where('op', '=', 'UPDATED').where('entity_id', '=', sendMessage.id).execute();
    expect(new Set(logged.map(({ entity_version }) => entity_version)).size).toBe(edits);

    // Messages sent at once each move the chat to a version of their own, in the log as in the row.
    const before = await db().selectFrom('changes').select('seq').orderBy('seq', 'desc').limit(1).executeTakeFirstOrThrow();
    const sends = 10;
    await Promise.all(Array.from({ length: sends }, (_, i) => (i % 2 === 0 ? ada : ben).gql(SendMessage, { chatId, body: `at once ${i}` })));
    const chatVersions = await db()
      .selectFrom('changes')
      .select('entity_version')
      .where('topic', '=', 'CHAT')
      .where('entity_id', '=', chatId)
      .where('seq', '>', before.seq)
      .execute();
    expect(new Set(chatVersions.map(({ entity_version }) => entity_version)).size).toBe(sends);
  });

  it('read marks sent at once leave the read position at the newest of them', async () => {
    const chatId = (await ada.gql(CreateChat, { input: { memberIds: [ben.id] } })).createChat.id;
    for (let round = 0; round < 3; round++) {
      const sent: string[] = [];
      for (let i = 0; i < 8; i++) sent.push((await ben.gql(SendMessage, { chatId, body: `round ${round} message ${i}` })).sendMessage.id);
      // The newest first: without one conditional update, an older mark that commits last moves the position back.
      await Promise.all([...sent].reverse().map((messageId) => ada.gql(MarkChatRead, { chatId, messageId })));
      const member = await db().selectFrom('chat_members').select('read_through').where('chat_id', '=', chatId).where('user_id', '=', ada.id).executeTakeFirstOrThrow();
      expect(Number(member.read_through)).toBe(Number(sent.at(-1)!.split(':').at(-1)));
    }
  });

  it('a notification marked read from two tabs at once is read once: one change, one version', async () => {
    const asker = await server.signUp('Notifier');
    const { sendConnectionRequest } = await asker.gql(SendConnectionRequest, { userId: ada.id });
    const notice = await db().selectFrom('notifications').select('id').where('user_id', '=', ada.id).where('entity_id', '=', sendConnectionRequest.id).executeTakeFirstOrThrow();
    const answers = await Promise.all(Array.from({ length: 6 }, () => ada.gql(MarkNotificationRead, { id: notice.id })));
    expect(answers.every(({ markNotificationRead }) => markNotificationRead.read)).toBe(true);
    const row = await db().selectFrom('notifications').select('version').where('id', '=', notice.id).executeTakeFirstOrThrow();
    expect(row.version).toBe(2);
    const logged = await db().selectFrom('changes').select('entity_version').where('topic', '=', 'NOTIFICATION').where('op', '=', 'UPDATED').where('entity_id', '=', notice.id).execute();
    expect(logged.map(({ entity_version }) => entity_version)).toEqual([2]);
  });

  it('a notification refreshed by new messages while it is marked read: every change of it carries a version of its own', async () => {
    const reader = await server.signUp('Reader');
    const { sendConnectionRequest } = await reader.gql(SendConnectionRequest, { userId: ben.id });
    await ben.gql(AcceptConnectionRequest, { id: sendConnectionRequest.id });
    const chatId = (await ben.gql(CreateChat, { input: { memberIds: [reader.id] } })).createChat.id;
    for (let round = 0; round < 3; round++) {
      await ben.gql(SendMessage, { chatId, body: `round ${round}` });
      const notice = await db().selectFrom('notifications').select('id').where('user_id', '=', reader.id).where('kind', '=', 'NEW_MESSAGE').where('read_at', 'is', null).executeTakeFirstOrThrow();
      await Promise.all([
        ...Array.from({ length: 6 }, (_, i) => ben.gql(SendMessage, { chatId, body: `round ${round}, more ${i}` })),
        ...Array.from({ length: 3 }, () => reader.gql(MarkNotificationRead, { id: notice.id })),
      ]);
      const logged = (await db().selectFrom('changes').select('entity_version').where('topic', '=', 'NOTIFICATION').where('entity_id', '=', notice.id).execute()).map(({ entity_version }) => Number(entity_version));
      const row = await db().selectFrom('notifications').select('version').where('id', '=', notice.id).executeTakeFirstOrThrow();
      expect(new Set(logged).size).toBe(logged.length);
      expect(Math.max(...logged)).toBe(row.version);
    }
  });

  it('a post and one of its comments deleted at once: both end, neither fails with a deadlock', async () => {
    for (let round = 0; round < 4; round++) {
      const postId = (await ben.gql(CreatePost, { body: `Doomed ${round}` })).createPost.id;
      const comments = await Promise.all(Array.from({ length: 3 }, (_, i) => ben.gql(AddComment, { postId, body: `c${i}` })));
      const answers = await Promise.all([
        ben.request(DeletePost, { id: postId }),
        ...comments.map(({ addComment }) => ben.request(DeleteComment, { id: addComment.id })),
      ]);
      expect(answers[0]!.body.data?.deletePost).toBe(postId);
      for (const answer of answers.slice(1)) expect(answer.body.errors?.[0]?.extensions?.code ?? 'OK').toMatch(/^(OK|NOT_FOUND)$/);
    }
  });

  it('comments added at once each move their post to a version of its own', async () => {
    const postId = (await ben.gql(CreatePost, { body: 'Comment on this' })).createPost.id;
    const comments = 10;
    await Promise.all(Array.from({ length: comments }, (_, i) => (i % 2 === 0 ? ada : ben).gql(AddComment, { postId, body: `comment ${i}` })));
    const logged = await db().selectFrom('changes').select('entity_version').where('topic', '=', 'POST').where('op', '=', 'UPDATED').where('entity_id', '=', postId).execute();
    expect(logged.map(({ entity_version }) => entity_version).sort((a, b) => Number(a) - Number(b))).toEqual(Array.from({ length: comments }, (_, i) => i + 2));
  });
});

describe('concurrent revocations on PostgreSQL', () => {
  let server: TestServer;
  let owner: TestUser;

  beforeAll(async () => {
    server = await startServer();
    owner = await server.signUp('Owner');
  });
  afterAll(async () => {
    await server?.stop();
  });

  const CreateKey = parse('mutation($input: CreateApiKeyInput!) { createApiKey(input: $input) { apiKey { id } } }') as TypedDocumentNode<{ createApiKey: { apiKey: { id: string } } }, object>;
  const RevokeKey = parse('mutation($id: ID!) { revokeApiKey(id: $id) { id revokedAt } }') as TypedDocumentNode<{ revokeApiKey: { id: string; revokedAt: string } }, object>;

  it('a key revoked from several tabs at once is revoked once: one time, one version, one change', async () => {
    const { db } = server.app.services.database;
    for (let round = 0; round < 3; round++) {
      const { createApiKey } = await owner.gql(CreateKey, { input: { name: `Twice ${round}`, capabilities: { read: true, write: false } } });
      const answers = await Promise.all(Array.from({ length: 6 }, () => owner.gql(RevokeKey, { id: createApiKey.apiKey.id })));
      const row = await db.selectFrom('api_keys').select(['version', 'revoked_at']).where('id', '=', createApiKey.apiKey.id).executeTakeFirstOrThrow();
      expect(row.version).toBe(2);
      // Every tab is told the one time it was revoked at.
      expect(new Set(answers.map(({ revokeApiKey }) => revokeApiKey.revokedAt))).toEqual(new Set([new Date(row.revoked_at!).toISOString()]));
      const logged = await db.selectFrom('changes').select('entity_version').where('topic', '=', 'API_KEY').where('op', '=', 'UPDATED').where('entity_id', '=', createApiKey.apiKey.id).execute();
      expect(logged.map(({ entity_version }) => entity_version)).toEqual([2]);
    }
  });

  it('an invitation withdrawn from several tabs at once is withdrawn once: one version, one change', async () => {
    const { db } = server.app.services.database;
    for (let round = 0; round < 3; round++) {
      const { createInvitation } = await owner.gql(CreateInvitation, { input: { email: `twice${round}@example.test`, role: 'MEMBER' } });
      const { id } = createInvitation.invitation;
      const answers = await Promise.all(Array.from({ length: 6 }, () => owner.gql(RevokeInvitation, { id })));
      expect(answers.every(({ revokeInvitation }) => revokeInvitation.revokedAt)).toBe(true);
      const row = await db.selectFrom('invitations').select('version').where('id', '=', id).executeTakeFirstOrThrow();
      expect(row.version).toBe(2);
      const logged = await db.selectFrom('changes').select('entity_version').where('topic', '=', 'INVITATION').where('op', '=', 'UPDATED').where('entity_id', '=', id).execute();
      expect(logged.map(({ entity_version }) => entity_version)).toEqual([2]);
    }
  });
});

describe('migrating one schema while others are dropped', () => {
  it('succeeds: the migrator lists every schema\'s tables, and a schema dropped meanwhile fails that listing only for a moment', async () => {
    const url = process.env.TEST_DATABASE_URL!;
    const prefix = `churn_${randomUUID().replaceAll('-', '').slice(0, 12)}`;
    const tables = Array.from({ length: 40 }, (_, t) => `create table t${t} (id serial primary key, note text)`).join('; ');
    const churners = await Promise.all([1, 2, 3].map(async () => {
      const client = new pg.Client({ connectionString: url });
      await client.connect();
      return client;
    }));
    let churning = true;
    let dropped = 0;
    const churn = churners.map(async (client, c) => {
      for (let round = 0; churning; round++) {
        const schema = `${prefix}_${c}_${round}`;
        await client.query(`create schema ${schema}; set search_path = ${schema}; ${tables}; set search_path = public`);
        await client.query(`drop schema ${schema} cascade`);
        dropped++;
      }
    });
    const migrated: string[] = [];
    try {
      for (let i = 0; i < 6; i++) {
        const schema = `${prefix}_m${i}`;
        const database = await openDatabase({ dialect: 'postgres', connectionString: url, schema }, { warn: () => {} });
        try {
          await migrate(database.db, 'postgres', schema);
          migrated.push(schema);
        } finally {
          await database.close();
          await dropSchema(url, schema);
        }
      }
    } finally {
      churning = false;
      await Promise.allSettled(churn);
      await Promise.all(churners.map((client) => client.end()));
    }
    expect(migrated).toHaveLength(6);
    expect(dropped).toBeGreaterThan(6);
  });
});

describe('the first sign-ups of a workspace on PostgreSQL', () => {
  it('make one ADMIN however many arrive at once', async () => {
    // A race: five fresh workspaces, eight sign-ups at once in each (without the lock, one in three made several ADMINs).
    for (let round = 0; round < 5; round++) {
      const fresh = await startServer();
      try {
        await Promise.all(Array.from({ length: 8 }, (_, i) => fresh.signUp(`First ${i}`)));
        const { db } = fresh.app.services.database;
        const admins = await db.selectFrom('users').select('id').where('role', '=', 'ADMIN').execute();
        expect(admins, `round ${round}`).toHaveLength(1);
      } finally {
        await fresh.stop();
      }
    }
  });
});
