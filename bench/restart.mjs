// bench:restart: how fast and how light a production start is. The compiled server (`npm start`'s
// command line) on an existing embedded database, started BENCH_RUNS (5) times on core 0: ms from
// exec to listening, and resident memory after 3 s idle, before any client.
import { execFileSync, spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { root, saveResults } from './processes.mjs';

const RUNS = Number(process.env.BENCH_RUNS ?? 5);
const directory = mkdtempSync(join(tmpdir(), 'pulsegraph-restart-'));
const env = { ...process.env, PORT: '0', HOST: '127.0.0.1', DATABASE_URL: `file:${join(directory, 'restart.db')}`, LOG_LEVEL: 'warn' };
execFileSync('npm', ['run', 'build', '--workspace', 'api'], { cwd: root, stdio: 'inherit' });

async function start() {
  const startedAt = performance.now();
  const child = spawn('taskset', ['-c', '0', process.execPath, '--max-semi-space-size=4', 'api/dist/main.js'], { cwd: root, env, stdio: ['ignore', 'pipe', 'inherit'] });
  await new Promise((resolve, reject) => {
    let seen = '';
    child.stdout.on('data', (chunk) => {
      seen += chunk;
      if (seen.includes('Pulsegraph is up')) resolve();
    });
    child.once('exit', (code) => reject(new Error(`server exited with ${code}: ${seen}`)));
  });
  const listeningMs = performance.now() - startedAt;
  await new Promise((resolve) => setTimeout(resolve, 3000));
  // taskset execs node in place, so the child's pid is the server's.
  const rssMb = Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${child.pid}/status`, 'utf8'))[1]) / 1024;
  child.kill('SIGTERM');
  await new Promise((resolve) => child.once('exit', resolve));
  return { listeningMs: Math.round(listeningMs), rssMb: Math.round(rssMb) };
}

await start(); // creates and seeds the database: the runs below start on an existing one
const runs = [];
for (let i = 0; i < RUNS; i++) runs.push(await start());
rmSync(directory, { recursive: true, force: true });
const median = (values) => values.sort((a, b) => a - b)[Math.floor(values.length / 2)];
const summary = { 'exec to listening, median (ms)': median(runs.map((r) => r.listeningMs)), 'resident when idle, median (MB)': median(runs.map((r) => r.rssMb)) };
console.table(runs);
console.log(summary);
saveResults('restart', 'production start (compiled, plain node) on an existing embedded database: exec to listening, and RSS after 3 s idle', 'server on core 0', { runs, ...summary });
