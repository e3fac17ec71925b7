// bench:writes:postgres: the write path on PostgreSQL, side by side in one run: one Pulsegraph
// instance on embedded SQLite, one on PostgreSQL, then two on PostgreSQL (one database, one Redis)
// sharing the same load. 32 keep-alive writers (BENCH_CLIENTS) on one token, persona creates and
// updates of each writer's own keyword set (as the outside probe of issue 29 ran them: no two writers
// update one row), BENCH_SECONDS (5) per measure after a 2 s warm-up. Each configuration runs
// twice: pinned (instances on core 0, this load generator on core 1) and unpinned (everything where
// the OS puts it, as users run it). For every measure: writes/s, p99, and the CPU each write cost
// the instances and PostgreSQL (all its processes), read from /proc before and after. While each
// runs, pg_stat_activity is sampled every 50 ms: what the database's sessions wait on.
import { execFileSync } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { Agent, request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { cpuMsOf, cpuMsOfProcessesNamed, root, saveResults, startCompiled, stopGracefully } from './processes.mjs';

const POSTGRES = process.env.BENCH_POSTGRES_URL ?? 'postgres://postgres@127.0.0.1:5432/test';
const REDIS = process.env.BENCH_REDIS_URL ?? 'redis://127.0.0.1:6379';
const CLIENTS = Number(process.env.BENCH_CLIENTS ?? 32);
const SECONDS = Number(process.env.BENCH_SECONDS ?? 5);
const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
/** Every request of the run gets its own number, so created names never repeat. */
let sent = 0;

// A --cpu-prof profile of every instance: BENCH_PROFILE=dir.
const profile = process.env.BENCH_PROFILE ? ['--cpu-prof', `--cpu-prof-dir=${process.env.BENCH_PROFILE}`] : [];

async function startInstance(env, core) {
  const { child, listening } = startCompiled(core, { RATE_LIMIT_POINTS: '100000000', PROXY_CHECK_URL: 'http://127.0.0.1:9/', ...env }, profile);
  return { child, url: (await listening).url };
}

const stop = (instance) => stopGracefully(instance.child);

const agent = new Agent({ keepAlive: true, maxSockets: CLIENTS * 2 });
function post(url, body, token) {
  return new Promise((resolve, reject) => {
    const req = request(`${url}/graphql`, {
      method: 'POST',
      agent,
      headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body), ...(token ? { authorization: `Bearer ${token}` } : {}) },
    });
    req.once('error', reject);
    req.once('response', (res) => {
      const chunks = [];
      res.on('data', (chunk) => chunks.push(chunk));
      res.once('end', () => {
        const text = Buffer.concat(chunks).toString();
        if (res.statusCode !== 200 || text.includes('"errors"')) reject(new Error(`${res.statusCode} ${text.slice(0, 300)}`));
        else resolve(JSON.parse(text).data);
      });
    });
    req.end(body);
  });
}

/**
 * Writes per second and p99 (ms) of `CLIENTS` loops spread over `urls`, each waiting for its answer,
 * and the CPU (ms) each write cost the `instances` and PostgreSQL.
 */
async function measure(urls, token, bodyFor, seconds, instances = []) {
  const cpu = () => ({ instances: instances.reduce((sum, instance) => sum + cpuMsOf(instance.child.pid), 0), postgres: cpuMsOfProcessesNamed('postgres') });
  const before = cpu();
  const generatorBefore = process.cpuUsage();
  const latencies = [];
  const until = performance.now() + seconds * 1000;
  const started = performance.now();
  await Promise.all(
    Array.from({ length: CLIENTS }, async (_, client) => {
      while (performance.now() < until) {
        const at = performance.now();
        await post(urls[client % urls.length], bodyFor(sent++, client), token);
        latencies.push(performance.now() - at);
      }
    }),
  );
  latencies.sort((a, b) => a - b);
  const after = cpu();
  const generator = process.cpuUsage(generatorBefore);
  const elapsedMs = performance.now() - started;
  const perWrite = (ms) => Math.round((ms / latencies.length) * 100) / 100;
  return {
    perSecond: Math.round(latencies.length / (elapsedMs / 1000)),
    // Near 100 % while pinned to one core, the generator is what limits writes/s (CPU per write still holds).
    generatorCpuPercent: Math.round(((generator.user + generator.system) / 1000 / elapsedMs) * 100),
    p99: Math.round(latencies[Math.floor(latencies.length * 0.99)]),
    instanceCpuMsPerWrite: perWrite(after.instances - before.instances),
    postgresCpuMsPerWrite: perWrite(after.postgres - before.postgres),
  };
}

/** Samples what PostgreSQL sessions of `database` wait on while `work` runs. */
async function sampleWaits(database, work) {
  const client = new pg.Client({ connectionString: POSTGRES });
  await client.connect();
  const counts = {};
  let samples = 0;
  let running = true;
  const sampler = (async () => {
    while (running) {
      const { rows } = await client.query(
        // 'idle in transaction': the database waits for the instance (its CPU) to send the next statement.
        `select case when state = 'idle in transaction' then 'instance (idle in transaction)'
                     else coalesce(wait_event_type || ':' || wait_event, 'CPU (running)') end as wait, count(*)::int as n
           from pg_stat_activity where datname = $1 and state in ('active', 'idle in transaction') and pid <> pg_backend_pid() group by 1`,
        [database],
      );
      samples++;
      for (const { wait, n } of rows) counts[wait] = (counts[wait] ?? 0) + n;
      await sleep(50);
    }
  })();
  const result = await work();
  running = false;
  await sampler;
  await client.end();
  const top = Object.entries(counts)
    .sort(([, a], [, b]) => b - a)
    .slice(0, 5)
    .map(([wait, n]) => `${wait} ${(n / samples).toFixed(1)}`);
  return { ...result, waits: top.join(', ') };
}

async function freshPostgres() {
  const name = `bench_${randomUUID().replaceAll('-', '').slice(0, 16)}`;
  const admin = new pg.Client({ connectionString: POSTGRES });
  await admin.connect();
  await admin.query(`create database ${name}`);
  await admin.end();
  const url = new URL(POSTGRES);
  url.pathname = `/${name}`;
  return {
    name,
    url: url.toString(),
    drop: async () => {
      const again = new pg.Client({ connectionString: POSTGRES });
      await again.connect();
      await again.query(`drop database if exists ${name} with (force)`);
      await again.end();
    },
  };
}

async function scenario(label, instances, database) {
  const urls = instances.map((instance) => instance.url);
  const { signUp } = await post(urls[0], JSON.stringify({
    query: 'mutation($input: SignUpInput!) { signUp(input: $input) { token } }',
    variables: { input: { email: `${randomUUID()}@bench.dev`, password: 'bench-password', displayName: 'Bench' } },
  }));
  const token = signUp.token;
  const keywordSets = [];
  for (let client = 0; client < CLIENTS; client++) {
    const { createKeywordSet } = await post(urls[0], JSON.stringify({ query: `mutation { createKeywordSet(input: { name: "bench ${client}", rules: [{ pattern: "x", kind: STRING }] }) { id } }` }), token);
    keywordSets.push(createKeywordSet.id);
  }
  const run = `${Date.now()}`;
  const creates = (i) =>
    JSON.stringify({ query: 'mutation($input: CreatePersonaInput!) { createPersona(input: $input) { id } }', variables: { input: { kind: 'DNS', name: `p ${run} ${label} ${i}`, dns: { resolvers: ['127.0.0.1:5353'] } } } });
  const updates = (i, client) =>
    JSON.stringify({ query: 'mutation($id: ID!, $input: UpdateKeywordSetInput!) { updateKeywordSet(id: $id, input: $input) { id } }', variables: { id: keywordSets[client], input: { description: `d ${i}` } } });
  await measure(urls, token, creates, 2); // warm-up
  const sampled = (work) => (database ? sampleWaits(database, work) : work());
  const created = await sampled(() => measure(urls, token, creates, SECONDS, instances));
  const updated = await sampled(() => measure(urls, token, updates, SECONDS, instances));
  return { label, created, updated };
}

execFileSync('npm', ['run', 'build', '--workspace', 'api'], { cwd: root, stdio: 'inherit' });
const scratch = mkdtempSync(join(tmpdir(), 'pulsegraph-writes-pg-'));
const results = [];
for (const pinned of [true, false]) {
  // This generator on core 1 while pinned; anywhere otherwise.
  // -a: every thread of it (its garbage collector's too), as `taskset -c 1 node …` would.
  execFileSync('taskset', ['-a', '-cp', pinned ? '1' : '0-1023', String(process.pid)], { stdio: 'ignore' });
  const mode = pinned ? 'pinned' : 'unpinned';
  {
    const sqlite = await startInstance({ DATABASE_URL: `file:${join(scratch, `sqlite-${mode}.db`)}` }, pinned ? 0 : null);
    results.push({ mode, ...(await scenario('SQLite, one instance', [sqlite])) });
    await stop(sqlite);
  }
  for (const count of [1, 2]) {
    const database = await freshPostgres();
    const instances = [];
    // BENCH_SPREAD=1 puts the second instance on core 1 (beside this generator): does a second core help?
    for (let i = 0; i < count; i++) instances.push(await startInstance({ DATABASE_URL: database.url, REDIS_URL: REDIS }, pinned ? (process.env.BENCH_SPREAD ? i : 0) : null));
    results.push({ mode, ...(await scenario(`PostgreSQL, ${count} instance${count > 1 ? 's' : ''}`, instances, database.name)) });
    await Promise.all(instances.map(stop));
    await database.drop();
  }
}
rmSync(scratch, { recursive: true, force: true });
agent.destroy();

const rows = Object.fromEntries(
  results.map(({ mode, label, created, updated }) => [
    `${label} (${mode})`,
    {
      'creates/s': created.perSecond,
      'p99 ms': created.p99,
      'generator CPU %': created.generatorCpuPercent,
      'instance CPU ms/create': created.instanceCpuMsPerWrite,
      'PostgreSQL CPU ms/create': created.postgresCpuMsPerWrite,
      'updates/s': updated.perSecond,
      'instance CPU ms/update': updated.instanceCpuMsPerWrite,
      'PostgreSQL CPU ms/update': updated.postgresCpuMsPerWrite,
      'waits (creates)': created.waits ?? '',
    },
  ]),
);
console.table(rows);
const ratios = {};
for (const mode of ['pinned', 'unpinned']) {
  const [sqlite, one, two] = results.filter((result) => result.mode === mode);
  const fixed = (r) => r.toFixed(2);
  ratios[mode] = {
    'PostgreSQL one / SQLite, writes/s (creates, updates)': [one.created.perSecond / sqlite.created.perSecond, one.updated.perSecond / sqlite.updated.perSecond].map(fixed),
    'instance CPU per write, PostgreSQL / SQLite (creates, updates); target <= 1.5': [
      one.created.instanceCpuMsPerWrite / sqlite.created.instanceCpuMsPerWrite,
      one.updated.instanceCpuMsPerWrite / sqlite.updated.instanceCpuMsPerWrite,
    ].map(fixed),
    'PostgreSQL two / one, writes/s (creates, updates)': [two.created.perSecond / one.created.perSecond, two.updated.perSecond / one.updated.perSecond].map(fixed),
  };
}
console.log(JSON.stringify(ratios, null, 2));
saveResults(
  'writes-postgres',
  `the write path on PostgreSQL: ${CLIENTS} keep-alive writers on one token, persona creates and keyword-set updates, one SQLite instance vs one PostgreSQL instance vs two PostgreSQL instances (one database, one Redis); writes/s, p99 and the CPU per write of the instances and of PostgreSQL (/proc)`,
  'pinned: Pulsegraph instances on core 0, load generator on core 1 (taskset), PostgreSQL unpinned; unpinned: every process where the OS puts it',
  { results, ratios },
);
