import { randomUUID } from 'node:crypto';
import { sql } from 'kysely';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CreatePersona, UpdatePersona, dnsPersona } from './documents.js';
import { UpdateSettings } from './operations-documents.js';
import { openDatabase } from '../src/db/database.js';
import { migrate } from '../src/db/migrations/index.js';
import { dropSchema, startServer, type TestServer, type TestUser } from './harness.js';

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
