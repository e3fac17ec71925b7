import type { Logger } from 'pino';
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

/**
 * The row a write transaction starts from. On PostgreSQL it is read `FOR UPDATE`, locked until the
 * write commits, so two writes of one row run one after the other and the second starts from the
 * first's result: read unlocked, both would start from the same version, and the later commit would
 * put back the fields the earlier one changed. SQLite runs one write transaction at a time (and has
 * no FOR UPDATE), so there it is a plain read.
 */
export async function rowToWrite<Row>(dialect: Dialect, trx: Transaction<DB>, table: keyof DB, id: string | number): Promise<Row | undefined> {
  const { rows } = await sql<Row>`select * from ${sql.table(table)} where id = ${id}${dialect === 'postgres' ? sql` for update` : sql``}`.execute(trx);
  return rows[0];
}

// int8 (bigserial change cursors, counts) as JS numbers: cursors stay far below 2^53.
pg.types.setTypeParser(20, (value) => Number(value));

/** How long a request waits for a PostgreSQL connection before it is answered UNAVAILABLE. */
const CONNECT_TIMEOUT_MS = 2_000;

/** Opens the database; a pooled connection that ends under us (a restart, a failover, a terminated backend) is logged, never a crash. */
export async function openDatabase(config: DatabaseConfig, logger: Pick<Logger, 'warn'>): Promise<Database> {
  // Not `err: error`: pg hangs the whole client (its statements, buffers) on the error; message and code say it all.
  const onConnectionError = (error: Error) =>
    logger.warn({ reason: error.message, code: (error as { code?: string }).code }, 'a database connection ended; the pool opens a new one when asked');
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
    Client: PreparingClient,
    connectionString: config.connectionString,
    max: 10,
    connectionTimeoutMillis: CONNECT_TIMEOUT_MS,
    options: config.schema ? `-c search_path=${config.schema}` : undefined,
  });
  // Without a listener, a connection that ends (pg_terminate_backend, a restart) ends the process: the
  // pool listens only while a client is idle in it, so each client also listens for itself, for the
  // moments it is checked out between statements. The statement that uses it next fails, and is UNAVAILABLE.
  pool.on('error', (error) => onConnectionError(error));
  pool.on('connect', (client) => client.on('error', (error) => onConnectionError(error)));
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

const MAX_NAMED_STATEMENTS = 2000;
const statementNames = new Map<string, string>();

/**
 * Kysely sends every query as unnamed, so PostgreSQL parses and plans it each time. Named, each
 * connection prepares a SQL text once and then only binds (parameters are never inlined).
 */
class PreparingClient extends pg.Client {
  // pg.Client's overloads cannot be restated in a subclass; this one only adds a name to (text, values).
  override query(...args: unknown[]): never {
    const [text, values] = args;
    if (typeof text === 'string' && Array.isArray(values) && args.length === 2) {
      let name = statementNames.get(text);
      if (!name && statementNames.size < MAX_NAMED_STATEMENTS) statementNames.set(text, (name = `pg${statementNames.size}`));
      if (name) return this.untyped({ name, text, values });
    }
    return this.untyped(...args);
  }

  private untyped(...args: unknown[]): never {
    return (super.query as unknown as (...rest: unknown[]) => never)(...args);
  }
}

export async function ping(db: Kysely<DB>): Promise<void> {
  await sql`select 1`.execute(db);
}
