import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import SQLite from 'better-sqlite3';
import { Kysely, PostgresDialect, SqliteDialect, sql, type SqliteDialectConfig, type Transaction } from 'kysely';
import pg from 'pg';
import type { DatabaseConfig } from '../config.js';
import type { DB } from './tables.js';

export type Dialect = 'sqlite' | 'postgres';
export type Executor = Kysely<DB> | Transaction<DB>;

export interface Database {
  db: Kysely<DB>;
  dialect: Dialect;
  /** PostgreSQL schema holding the tables, when not the default. */
  schema?: string;
  close(): Promise<void>;
}

// int8 (bigserial change cursors, counts) as JS numbers: cursors stay far below 2^53.
pg.types.setTypeParser(20, (value) => Number(value));

export async function openDatabase(config: DatabaseConfig): Promise<Database> {
  if (config.dialect === 'sqlite') {
    if (config.filename !== ':memory:') mkdirSync(dirname(config.filename), { recursive: true });
    const sqlite = new SQLite(config.filename);
    sqlite.pragma('journal_mode = WAL');
    sqlite.pragma('synchronous = NORMAL');
    sqlite.pragma('busy_timeout = 5000');
    sqlite.pragma('foreign_keys = ON');
    const db = new Kysely<DB>({ dialect: new SqliteDialect({ database: preparingOnce(sqlite) }) });
    return { db, dialect: 'sqlite', close: () => db.destroy() };
  }
  if (config.schema) {
    const admin = new pg.Client({ connectionString: config.connectionString });
    await admin.connect();
    try {
      await admin.query(`CREATE SCHEMA IF NOT EXISTS "${config.schema.replaceAll('"', '')}"`);
    } finally {
      await admin.end();
    }
  }
  const pool = new pg.Pool({
    connectionString: config.connectionString,
    max: 10,
    options: config.schema ? `-c search_path=${config.schema}` : undefined,
  });
  const db = new Kysely<DB>({ dialect: new PostgresDialect({ pool }) });
  return { db, dialect: 'postgres', schema: config.schema, close: () => db.destroy() };
}

const MAX_CACHED_STATEMENTS = 1000;

/**
 * Kysely prepares every query's SQL anew; preparing costs more than running most of ours. The
 * same SQL text (parameters are bound, never inlined) gets its statement back from here. A
 * statement still iterating (a stream) is busy, so that caller gets a fresh one.
 */
function preparingOnce(sqlite: SQLite.Database): SqliteDialectConfig['database'] {
  const statements = new Map<string, SQLite.Statement>();
  return {
    close: () => sqlite.close(),
    prepare(sqlText: string) {
      const cached = statements.get(sqlText);
      if (cached && !cached.busy) return cached;
      const statement = sqlite.prepare(sqlText);
      if (!cached) {
        if (statements.size >= MAX_CACHED_STATEMENTS) statements.delete(statements.keys().next().value!);
        statements.set(sqlText, statement);
      }
      return statement;
    },
  };
}

export async function ping(db: Kysely<DB>): Promise<void> {
  await sql`select 1`.execute(db);
}
