// bench:writes:probe: issue 29's outside probe, kept to check bench:writes:postgres against. It shares
// no code with that benchmark: the server as users run it (`npm run start --workspace api`, unpinned,
// default flags), 32 keep-alive writers on one token creating personas for 5 s after a 2 s warm-up,
// then each updating its own keyword set for 5 s; first on embedded SQLite, then on a fresh PostgreSQL
// database with Redis. The instance's CPU (its process tree) and PostgreSQL's (every `postgres`
// process) come from /proc before and after each measure. Prints JSON; saves nothing.
import { spawn } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { Agent, request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import pg from 'pg';

const root = fileURLToPath(new URL('..', import.meta.url));
const POSTGRES = process.env.BENCH_POSTGRES_URL ?? 'postgres://postgres@127.0.0.1:5432/test';
const REDIS = process.env.BENCH_REDIS_URL ?? 'redis://127.0.0.1:6379';
const WRITERS = 32;
const SECONDS = 5;
const agent = new Agent({ keepAlive: true, maxSockets: WRITERS * 2 });

/** CPU ms of one process from /proc/<pid>/stat (utime + stime, in 10 ms ticks). */
const cpuMs = (pid) => {
  const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
  return (Number(fields[11]) + Number(fields[12])) * 10;
};
const processTree = (pid) => [pid, ...readFileSync(`/proc/${pid}/task/${pid}/children`, 'utf8').trim().split(/\s+/).filter(Boolean).map(Number).flatMap(processTree)];
const sumCpu = (pids) => pids.reduce((sum, pid) => { try { return sum + cpuMs(pid); } catch { return sum; } }, 0);
const postgresPids = () => readdirSync('/proc').filter((entry) => /^\d+$/.test(entry)).map(Number).filter((pid) => { try { return readFileSync(`/proc/${pid}/stat`, 'utf8').includes('(postgres)'); } catch { return false; } });

function post(url, body, token) {
  return new Promise((resolve, reject) => {
    const req = request(`${url}/graphql`, { method: 'POST', agent, headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) } });
    req.once('error', reject);
    req.once('response', (res) => {
      let text = '';
      res.on('data', (chunk) => (text += chunk));
      res.once('end', () => (text.includes('"errors"') ? reject(new Error(text)) : resolve(JSON.parse(text).data)));
    });
    req.end(JSON.stringify(body));
  });
}

async function startAsUsersDo(env) {
  const child = spawn('npm', ['run', 'start', '--workspace', 'api'], {
    cwd: root,
    env: { ...process.env, PORT: '0', HOST: '127.0.0.1', SEED_DEMO: '0', SIGNUP: 'open', RATE_LIMIT_POINTS: '100000000', PROXY_CHECK_URL: 'http://127.0.0.1:9/', ...env },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const url = await new Promise((resolve) => {
    let out = '';
    child.stdout.on('data', (chunk) => {
      out += chunk;
      const match = out.match(/web app (http:\/\/[^:/\s]+:\d+)\//);
      if (match) resolve(match[1]);
    });
  });
  return { child, url };
}

async function measure(instance, token, bodyFor, seconds) {
  const instanceBefore = sumCpu(processTree(instance.child.pid));
  const postgresBefore = sumCpu(postgresPids());
  let writes = 0;
  const started = performance.now();
  const until = started + seconds * 1000;
  await Promise.all(Array.from({ length: WRITERS }, async (_, writer) => {
    while (performance.now() < until) {
      await post(instance.url, bodyFor(writer, writes), token);
      writes++;
    }
  }));
  const elapsed = (performance.now() - started) / 1000;
  const perWrite = (ms) => Math.round((ms / writes) * 100) / 100;
  return {
    perSecond: Math.round(writes / elapsed),
    instanceCpuMsPerWrite: perWrite(sumCpu(processTree(instance.child.pid)) - instanceBefore),
    postgresCpuMsPerWrite: perWrite(sumCpu(postgresPids()) - postgresBefore),
  };
}

async function probe(env) {
  const instance = await startAsUsersDo(env);
  const { signUp } = await post(instance.url, { query: 'mutation($input: SignUpInput!) { signUp(input: $input) { token } }', variables: { input: { email: `probe${Date.now()}@probe.dev`, password: 'probe-password', displayName: 'Probe' } } });
  const keywordSets = [];
  for (let writer = 0; writer < WRITERS; writer++) {
    const { createKeywordSet } = await post(instance.url, { query: `mutation { createKeywordSet(input: { name: "probe ${writer}", rules: [{ pattern: "x", kind: STRING }] }) { id } }` }, signUp.token);
    keywordSets.push(createKeywordSet.id);
  }
  let created = 0;
  const create = () => ({ query: 'mutation($input: CreatePersonaInput!) { createPersona(input: $input) { id } }', variables: { input: { kind: 'DNS', name: `probe ${created++}`, dns: { resolvers: ['127.0.0.1:5353'] } } } });
  const update = (writer, n) => ({ query: 'mutation($id: ID!, $input: UpdateKeywordSetInput!) { updateKeywordSet(id: $id, input: $input) { id } }', variables: { id: keywordSets[writer], input: { description: `d ${n}` } } });
  await measure(instance, signUp.token, create, 2);
  const result = { creates: await measure(instance, signUp.token, create, SECONDS), updates: await measure(instance, signUp.token, update, SECONDS) };
  instance.child.kill('SIGTERM');
  await new Promise((resolve) => instance.child.once('exit', resolve));
  return result;
}

const scratch = mkdtempSync(join(tmpdir(), 'pulsegraph-probe-'));
const sqlite = await probe({ DATABASE_URL: `file:${join(scratch, 'probe.db')}` });
rmSync(scratch, { recursive: true, force: true });

const database = `probe_${Date.now()}`;
const admin = new pg.Client({ connectionString: POSTGRES });
await admin.connect();
await admin.query(`create database ${database}`);
const postgresUrl = new URL(POSTGRES);
postgresUrl.pathname = `/${database}`;
const postgres = await probe({ DATABASE_URL: postgresUrl.toString(), REDIS_URL: REDIS, REDIS_NAMESPACE: database });
await admin.query(`drop database if exists ${database} with (force)`);
await admin.end();
agent.destroy();

const ratio = (a, b) => Math.round((a / b) * 100) / 100;
console.log(JSON.stringify({
  sqlite,
  postgres,
  'PostgreSQL / SQLite': {
    'creates/s': ratio(postgres.creates.perSecond, sqlite.creates.perSecond),
    'updates/s': ratio(postgres.updates.perSecond, sqlite.updates.perSecond),
    'instance CPU per create': ratio(postgres.creates.instanceCpuMsPerWrite, sqlite.creates.instanceCpuMsPerWrite),
    'instance CPU per update': ratio(postgres.updates.instanceCpuMsPerWrite, sqlite.updates.instanceCpuMsPerWrite),
  },
}, null, 2));
