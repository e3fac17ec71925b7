// bench:pg-drivers: one write transaction of the shape Pulsegraph commits on PostgreSQL (a persona
// created: its row, its activity line, a dashboard count shard, two change rows under the deferred
// commit-order trigger of migration 008), run by each driver and mode worth measuring, side by side,
// alternating rounds. Reports transactions/s, the client's CPU per transaction and PostgreSQL's (from
// /proc), so a choice between them rests on this workload, not on a driver's own benchmark.
//
//   npm run bench:pg-drivers      # BENCH_WORKERS (16), BENCH_SECONDS (4), BENCH_ROUNDS (2)
//
// The client runs pinned to core 1; PostgreSQL is the machine's, unpinned. Scratch tables live in
// the schema `bench_drivers` of $TEST_DATABASE_URL (default postgres://postgres@127.0.0.1:5432/test).
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { CompiledQuery, Kysely, PostgresDialect } from 'kysely';
import { PostgresJSDialect } from 'kysely-postgres-js';
import pg from 'pg';
import postgres from 'postgres';
import { cpuMsOfProcessesNamed, saveResults } from './processes.mjs';

const URL = process.env.TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test';
const WORKERS = Number(process.env.BENCH_WORKERS ?? 16);
const SECONDS = Number(process.env.BENCH_SECONDS ?? 4);
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 2);

if (!process.env.BENCH_PG_DRIVERS_PINNED) {
  execFileSync('taskset', ['-c', '1', process.execPath, fileURLToPath(import.meta.url)], { stdio: 'inherit', env: { ...process.env, BENCH_PG_DRIVERS_PINNED: '1' } });
  process.exit(0);
}

const SCHEMA = `
drop schema if exists bench_drivers cascade;
create schema bench_drivers;
set search_path to bench_drivers;
create table personas (id bigserial primary key, name text not null, kind text not null, created_at text not null, version int not null default 1);
create table activities (id bigserial primary key, at text not null, actor_id text, verb text not null, entity_type text not null, entity_id text not null, summary text not null);
create table dashboard_count_shards (name text not null, shard int not null, count bigint not null, primary key (name, shard));
create table changes (seq bigserial primary key, at text not null, topic text not null, op text not null, entity_id text not null, entity_version int, public int not null);
create function changes_in_commit_order() returns trigger language plpgsql as $$
  begin
    perform pg_advisory_xact_lock(7170399);
    update bench_drivers.changes set seq = nextval(pg_get_serial_sequence('bench_drivers.changes', 'seq')) where seq = new.seq;
    return null;
  end $$;
create constraint trigger changes_in_commit_order after insert on changes deferrable initially deferred for each row execute function changes_in_commit_order();
`;

const now = () => new Date().toISOString();
const SQL = {
  row: 'insert into bench_drivers.personas (name, kind, created_at) values ($1, $2, $3) returning id, version',
  activity: 'insert into bench_drivers.activities (at, actor_id, verb, entity_type, entity_id, summary) values ($1, $2, $3, $4, $5, $6) returning id',
  count: 'insert into bench_drivers.dashboard_count_shards (name, shard, count) values ($1, $2, 1) on conflict (name, shard) do update set count = dashboard_count_shards.count + excluded.count',
  changes: 'insert into bench_drivers.changes (at, topic, op, entity_id, entity_version, public) values ($1, $2, $3, $4, $5, 1), ($1, $6, $3, $7, null, 1) returning seq',
};
const rowValues = (i) => [`Persona ${i}`, 'DNS', now()];
const activityValues = (id) => [now(), 'user-1', 'created', 'Persona', `Persona:${id}`, `created persona ${id}`];
const countValues = (i) => ['personas', i % 8];
const changeValues = (row, activityId) => [now(), 'PERSONA', 'CREATED', `Persona:${row.id}`, row.version, 'ACTIVITY', `Activity:${activityId}`];

/** node-postgres with named (prepared) statements, as the app's PreparingClient does. */
class PreparingClient extends pg.Client {
  query(text, values, ...rest) {
    if (typeof text === 'string' && Array.isArray(values) && rest.length === 0) return super.query({ name: `s${names(text)}`, text, values });
    return super.query(text, values, ...rest);
  }
}
const statementNames = new Map();
const names = (text) => statementNames.get(text) ?? (statementNames.set(text, statementNames.size), statementNames.size - 1);

/** Through Kysely, whatever its driver: a statement at a time in one transaction, as the app writes. */
function kyselyTransaction(db, i) {
  return db.transaction().execute(async (trx) => {
    const [row] = (await trx.executeQuery(CompiledQuery.raw(SQL.row, rowValues(i)))).rows;
    const [activity] = (await trx.executeQuery(CompiledQuery.raw(SQL.activity, activityValues(row.id)))).rows;
    await trx.executeQuery(CompiledQuery.raw(SQL.count, countValues(i)));
    await trx.executeQuery(CompiledQuery.raw(SQL.changes, changeValues(row, activity.id)));
  });
}

/** node-postgres: a pooled client, BEGIN and the row's insert, then `rest` (which commits), rolled back on an error. */
async function onePgTransactionPerWrite(rest) {
  const pool = new pg.Pool({ connectionString: URL, max: WORKERS, Client: PreparingClient });
  return {
    async write(i) {
      const client = await pool.connect();
      try {
        await client.query('begin');
        const [row] = (await client.query(SQL.row, rowValues(i))).rows;
        await rest(client, row, i);
      } catch (error) {
        await client.query('rollback').catch(() => {});
        throw error;
      } finally {
        client.release();
      }
    },
    close: () => pool.end(),
  };
}

const MODES = {
  /** As the app runs today: Kysely over node-postgres, prepared statements, a round trip per statement (6). */
  'pg + Kysely, a round trip per statement': async () => {
    const db = new Kysely({ dialect: new PostgresDialect({ pool: new pg.Pool({ connectionString: URL, max: WORKERS, Client: PreparingClient }) }) });
    return {
      async write(i) {
        await kyselyTransaction(db, i);
      },
      close: () => db.destroy(),
    };
  },
  /** The same statements on node-postgres directly: the driver's share of the above. */
  'pg, a round trip per statement': () =>
    onePgTransactionPerWrite(async (client, row, i) => {
      const [activity] = (await client.query(SQL.activity, activityValues(row.id))).rows;
      await client.query(SQL.count, countValues(i));
      await client.query(SQL.changes, changeValues(row, activity.id));
      await client.query('commit');
    }),
  /** node-postgres, the statements after the row sent with COMMIT as one simple query (literals escaped): 3 round trips. */
  'pg, the tail and COMMIT in one simple query': () =>
    onePgTransactionPerWrite(async (client, row, i) => {
      const lit = (value) => (value === null ? 'null' : typeof value === 'number' ? String(value) : client.escapeLiteral(String(value)));
      const inline = (text, values) => text.replace(/\$(\d+)/g, (_, n) => lit(values[Number(n) - 1]));
      const activity = inline(SQL.activity.replace(' returning id', ''), activityValues(0)).replace(`'Persona:0'`, lit(`Persona:${row.id}`));
      const changes = inline(SQL.changes, changeValues(row, 0)).replace(`'Activity:0'`, `'Activity:' || currval(pg_get_serial_sequence('bench_drivers.activities', 'id'))`);
      await client.query(`${activity}; ${inline(SQL.count, countValues(i))}; ${changes}; commit`);
    }),
  /**
   * node-postgres in pipeline mode (`pipeline: true`, pg 8.17+): statements queued on a client go out
   * without waiting for the one before; BEGIN leaves with the row, the activity alone (the changes
   * need its id), the count shard, the changes and COMMIT together: 3 round trips.
   */
  'pg pipelined': async () => {
    const pool = new pg.Pool({ connectionString: URL, max: WORKERS, Client: PreparingClient, pipeline: true });
    return {
      async write(i) {
        const client = await pool.connect();
        try {
          const [, inserted] = await Promise.all([client.query('begin'), client.query(SQL.row, rowValues(i))]);
          const row = inserted.rows[0];
          const [activity] = (await client.query(SQL.activity, activityValues(row.id))).rows;
          await Promise.all([client.query(SQL.count, countValues(i)), client.query(SQL.changes, changeValues(row, activity.id)), client.query('commit')]);
        } catch (error) {
          await client.query('rollback').catch(() => {});
          throw error;
        } finally {
          client.release();
        }
      },
      close: () => pool.end(),
    };
  },
  /** postgres.js, pipelined: statements that do not wait for each other leave together (BEGIN with the row, the tail with COMMIT). */
  'postgres.js, pipelined': async () => {
    const client = postgres(URL, { max: WORKERS, onnotice: () => {} });
    return {
      async write(i) {
        await client.begin(async (tx) => {
          const [row] = await tx.unsafe(SQL.row, rowValues(i), { prepare: true });
          const [activity] = await tx.unsafe(SQL.activity, activityValues(row.id), { prepare: true });
          await Promise.all([tx.unsafe(SQL.count, countValues(i), { prepare: true }), tx.unsafe(SQL.changes, changeValues(row, activity.id), { prepare: true })]);
        });
      },
      close: () => client.end(),
    };
  },
  /** postgres.js under Kysely (kysely-postgres-js): a round trip per statement, the driver swapped. */
  'postgres.js + Kysely, a round trip per statement': async () => {
    const db = new Kysely({ dialect: new PostgresJSDialect({ postgres: postgres(URL, { max: WORKERS, onnotice: () => {} }) }) });
    return {
      async write(i) {
        await kyselyTransaction(db, i);
      },
      close: () => db.destroy(),
    };
  },
};

const setup = new pg.Client({ connectionString: URL });
await setup.connect();
await setup.query(SCHEMA);

async function measure(name) {
  const mode = await MODES[name]();
  let next = 0;
  let done = 0;
  let stopAt = performance.now() + 1000; // warm-up
  const loop = async () => {
    while (performance.now() < stopAt) {
      await mode.write(next++);
      done++;
    }
  };
  await Promise.all(Array.from({ length: WORKERS }, loop));
  done = 0;
  const cpu = process.cpuUsage();
  const postgresBefore = cpuMsOfProcessesNamed('postgres');
  const startedAt = performance.now();
  stopAt = startedAt + SECONDS * 1000;
  await Promise.all(Array.from({ length: WORKERS }, loop));
  const elapsed = performance.now() - startedAt;
  const postgresMs = cpuMsOfProcessesNamed('postgres') - postgresBefore; // read before the pool's backends exit
  const used = process.cpuUsage(cpu);
  await mode.close();
  return { writesPerSecond: Math.round((done / elapsed) * 1000), clientCpuMsPerWrite: (used.user + used.system) / 1000 / done, postgresCpuMsPerWrite: postgresMs / done };
}

const runs = Object.fromEntries(Object.keys(MODES).map((name) => [name, []]));
for (let round = 0; round < ROUNDS; round++) {
  for (const name of Object.keys(MODES)) {
    const result = await measure(name);
    runs[name].push(result);
    console.error(`round ${round + 1}: ${name}: ${JSON.stringify(result)}`);
  }
}
await setup.query('drop schema bench_drivers cascade');
await setup.end();

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
const summary = Object.fromEntries(
  Object.entries(runs).map(([name, results]) => [
    name,
    {
      writesPerSecond: median(results.map((r) => r.writesPerSecond)),
      clientCpuMsPerWrite: Number(median(results.map((r) => r.clientCpuMsPerWrite)).toFixed(3)),
      postgresCpuMsPerWrite: Number(median(results.map((r) => r.postgresCpuMsPerWrite)).toFixed(3)),
    },
  ]),
);
const baseline = summary['pg + Kysely, a round trip per statement'];
console.log(`\nbench:pg-drivers, ${WORKERS} writers, ${ROUNDS} rounds of ${SECONDS} s (median), client on core 1\n`);
console.log('| driver and mode | writes/s | client CPU ms/write | PostgreSQL CPU ms/write | client CPU vs the app\'s way |');
console.log('|---|---|---|---|---|');
for (const [name, figures] of Object.entries(summary)) {
  console.log(`| ${name} | ${figures.writesPerSecond} | ${figures.clientCpuMsPerWrite} | ${figures.postgresCpuMsPerWrite} | ${(figures.clientCpuMsPerWrite / baseline.clientCpuMsPerWrite).toFixed(2)}x |`);
}
saveResults('pg-drivers', 'a persona-create transaction (row, activity, count shard, two changes under the commit-order trigger) by driver and mode', 'client on core 1, PostgreSQL unpinned', { workers: WORKERS, seconds: SECONDS, rounds: ROUNDS, summary, runs });

