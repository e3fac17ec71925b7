// Shared by the benchmark runners: processes pinned to one core, and waiting for a server's port.
import { spawn } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const root = fileURLToPath(new URL('..', import.meta.url));

export function pinned(core, args, env = {}) {
  // core null: where the OS puts it, as users run it.
  const [command, commandArgs] = core === null ? [process.execPath, args] : ['taskset', ['-c', String(core), process.execPath, ...args]];
  return spawn(command, commandArgs, {
    cwd: root,
    env: { ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
}

/** Resolves with the first capture of `pattern` in the child's stdout. */
export async function waitForPort(child, pattern) {
  return (await waitForMatch(child, pattern))[1];
}

/** Resolves with the first match of `pattern` in the child's stdout. */
export function waitForMatch(child, pattern) {
  return new Promise((resolve, reject) => {
    let seen = '';
    child.stdout.on('data', (chunk) => {
      seen += chunk;
      const match = pattern.exec(seen);
      if (match) resolve(match);
    });
    child.once('exit', (code) => reject(new Error(`server exited with ${code}: ${seen}`)));
  });
}

/** Waits for a load generator to exit and returns the JSON of its last stdout line. */
export async function lastJsonLine(child) {
  let output = '';
  child.stdout.on('data', (chunk) => (output += chunk));
  const code = await new Promise((resolve) => child.once('exit', resolve));
  if (code !== 0) throw new Error(`load generator exited with ${code}`);
  return JSON.parse(output.trim().split('\n').at(-1));
}

/** Writes bench/results/<name>.json: the scenario, when and where, then the measured figures. */
export function saveResults(name, scenario, pinning, measured) {
  const summary = { scenario, date: new Date().toISOString(), machine: { cores: 2, pinning, node: process.version }, ...measured };
  mkdirSync(join(root, 'bench/results'), { recursive: true });
  writeFileSync(join(root, `bench/results/${name}.json`), `${JSON.stringify(summary, null, 2)}\n`);
}

/**
 * The compiled server as `npm start` runs it (build it first: `npm run build --workspace api`), pinned
 * to `core`. `listening` resolves with its URL and port, and when (performance.now()) it said so.
 * However the benchmark ends, the server ends with it.
 */
export function startCompiled(core, env, nodeArgs = []) {
  const child = pinned(core, [...nodeArgs, '--max-semi-space-size=4', 'api/dist/main.js'], {
    PORT: '0',
    HOST: '127.0.0.1',
    LOG_LEVEL: 'error',
    SEED_DEMO: '0',
    // Benchmarks sign up as many people as they measure.
    SIGNUP: 'open',
    ...env,
  });
  process.once('exit', () => child.exitCode === null && child.kill('SIGKILL'));
  const listening = waitForMatch(child, /Pulsegraph is up: web app (http:\/\/[^:/\s]+:(\d+))\//).then((match) => ({
    url: match[1],
    port: Number(match[2]),
    at: performance.now(),
  }));
  return { child, listening };
}

/** Stops a server with SIGTERM and waits for it to exit. */
export function stopGracefully(child) {
  return new Promise((resolve) => (child.exitCode !== null ? resolve() : (child.once('exit', resolve), child.kill('SIGTERM'))));
}

const CLOCK_TICKS_PER_MS = 100 / 1000; // USER_HZ, 100 on Linux

/** CPU time (user + system, ms) a process has used so far, from /proc (taskset execs its command, so a pinned child's pid is the command's). */
export function cpuMsOf(pid) {
  const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  return (Number(fields[11]) + Number(fields[12])) / CLOCK_TICKS_PER_MS;
}

/** CPU time (ms) used so far by every process named `name` (PostgreSQL's server and its backends), from /proc. */
export function cpuMsOfProcessesNamed(name) {
  let total = 0;
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      if (readFileSync(`/proc/${entry}/comm`, 'utf8').trim() === name) total += cpuMsOf(entry);
    } catch {
      // gone meanwhile
    }
  }
  return total;
}
