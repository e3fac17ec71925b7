import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CreatePersona, dnsPersona } from './documents.js';
import { startServer, type TestServer, type TestUser } from './harness.js';

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
