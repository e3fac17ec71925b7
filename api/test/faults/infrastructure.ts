import { execFile, execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { promisify } from 'node:util';
import { randomUUID } from 'node:crypto';
import { fileURLToPath } from 'node:url';
import pg from 'pg';

/**
 * Real PostgreSQL and Redis, stopped and started the way an operator's worst day would, and
 * Pulsegraph instances as separate processes (so one can be killed with -9). Every helper that
 * stops a service has a counterpart that starts it, and `ensureServicesUp` runs however a test ends.
 */
export const POSTGRES_ADMIN_URL = process.env.TEST_POSTGRES_URL ?? 'postgres://postgres@127.0.0.1:5432/test';
export const REDIS_URL = process.env.TEST_REDIS_URL ?? 'redis://127.0.0.1:6379';

const postgresVersion = () => execFileSync('ls', ['/etc/postgresql']).toString().trim().split('\n')[0]!;

function run(command: string, args: string[]): void {
  execFileSync(command, args, { stdio: 'ignore', timeout: 60_000 });
}

function succeeds(command: string, args: string[]): boolean {
  try {
    run(command, args);
    return true;
  } catch {
    return false;
  }
}

export const postgresUp = () => succeeds('pg_isready', ['-q', '-h', '127.0.0.1', '-p', '5432']);
export const redisUp = () => {
  try {
    return execFileSync('redis-cli', ['-h', '127.0.0.1', 'ping'], { timeout: 5_000 }).toString().trim() === 'PONG';
  } catch {
    return false;
  }
};

const runAsync = promisify(execFile);

export function startPostgres(): void {
  run('pg_ctlcluster', ['--skip-systemctl-redirect', postgresVersion(), 'main', 'start']);
}

/** Asynchronous, so the test's own clients keep running while the server goes down. */
export async function stopPostgres(): Promise<void> {
  await runAsync('pg_ctlcluster', ['--skip-systemctl-redirect', postgresVersion(), 'main', 'stop', '-m', 'fast'], { timeout: 60_000 });
}

/** `pg_ctlcluster … restart`: the short outage of a routine restart. */
export async function restartPostgres(): Promise<void> {
  await runAsync('pg_ctlcluster', ['--skip-systemctl-redirect', postgresVersion(), 'main', 'restart'], { timeout: 60_000 });
}

export async function startPostgresAsync(): Promise<void> {
  await runAsync('pg_ctlcluster', ['--skip-systemctl-redirect', postgresVersion(), 'main', 'start'], { timeout: 60_000 });
}

export async function stopRedis(): Promise<void> {
  await runAsync('redis-cli', ['-h', '127.0.0.1', 'shutdown', 'nosave'], { timeout: 10_000 }).catch(() => undefined);
}

export function startRedis(): void {
  run('redis-server', [
    '--daemonize', 'yes', '--bind', '127.0.0.1', '-::1', '--port', '6379', '--save', '', '--appendonly', 'no',
    '--dir', '/var/lib/redis', '--logfile', '/var/log/redis/ci.log',
  ]);
}

export async function until(condition: () => boolean | Promise<boolean>, timeoutMs: number, what: string): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await condition())) {
    if (Date.now() > deadline) throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/** Starts whatever a test left stopped; call it in afterAll (and before, in case a run died mid-fault). */
export async function ensureServicesUp(): Promise<void> {
  if (!postgresUp()) startPostgres();
  if (!redisUp()) startRedis();
  await until(() => postgresUp() && redisUp(), 30_000, 'PostgreSQL and Redis to answer');
}

/** A database of its own, so the instances' log and the test's assertions start from nothing. */
export async function freshDatabase(): Promise<{ url: string; drop(): Promise<void> }> {
  const name = `faults_${randomUUID().replaceAll('-', '')}`;
  const admin = async (sql: string) => {
    const client = new pg.Client({ connectionString: POSTGRES_ADMIN_URL });
    await client.connect();
    try {
      await client.query(sql);
    } finally {
      await client.end();
    }
  };
  await admin(`CREATE DATABASE ${name}`);
  const url = new URL(POSTGRES_ADMIN_URL);
  url.pathname = `/${name}`;
  return { url: url.toString(), drop: () => admin(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`) };
}

/** Ends every connection to `database` but the caller's: what a failover or `idle_session_timeout` does. */
export async function terminateBackends(database: string): Promise<number> {
  const client = new pg.Client({ connectionString: POSTGRES_ADMIN_URL });
  await client.connect();
  try {
    const { rowCount } = await client.query(
      'select pg_terminate_backend(pid) from pg_stat_activity where datname = $1 and pid <> pg_backend_pid()',
      [database],
    );
    return rowCount ?? 0;
  } finally {
    await client.end();
  }
}

const MAIN = fileURLToPath(new URL('../../src/main.ts', import.meta.url));

export interface Instance {
  url: string;
  graphqlUrl: string;
  wsUrl: string;
  process: ChildProcess;
  /** Everything it printed, for the failure message. */
  output: string[];
  exited: Promise<number | null>;
}

/** A Pulsegraph process on 127.0.0.1 and a port of its own choosing. */
export async function startInstance(env: Record<string, string>): Promise<Instance> {
  const child = spawn(process.execPath, ['--import', 'tsx', MAIN], {
    env: { ...process.env, PORT: '0', HOST: '127.0.0.1', LOG_LEVEL: 'warn', SEED_DEMO: '0', SIGNUP: 'open', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const output: string[] = [];
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`instance did not start:\n${output.join('')}`)), 30_000);
    const read = (chunk: Buffer) => {
      output.push(String(chunk));
      const found = /Pulsegraph is up: web app (http:\/\/[^/\s]+)\//.exec(output.join(''));
      if (found) {
        clearTimeout(timer);
        resolve(found[1]!);
      }
    };
    child.stdout!.on('data', read);
    child.stderr!.on('data', (chunk: Buffer) => output.push(String(chunk)));
    void exited.then((code) => reject(new Error(`instance exited with ${code} while starting:\n${output.join('')}`)));
  });
  return { url, graphqlUrl: `${url}/graphql`, wsUrl: `${url.replace('http', 'ws')}/graphql`, process: child, output, exited };
}

/** One GraphQL request over HTTP, as an outside client sends it. */
export async function post(instance: Instance, query: string, variables: Record<string, unknown> = {}, token?: string) {
  const response = await fetch(instance.graphqlUrl, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  return { status: response.status, retryAfter: response.headers.get('retry-after'), body: (await response.json()) as { data?: any; errors?: any[] } };
}

/** A new account (the first of a fresh database is its ADMIN, the next MEMBERs). */
export async function signUp(instance: Instance, name: string): Promise<{ token: string; id: string }> {
  const { body } = await post(
    instance,
    'mutation($input: SignUpInput!) { signUp(input: $input) { token user { id } } }',
    { input: { email: `${name}-${Date.now()}@faults.test`, password: 'correct horse battery', displayName: name } },
  );
  return { token: body.data.signUp.token, id: body.data.signUp.user.id };
}
