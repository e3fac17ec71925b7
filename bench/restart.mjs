// bench:restart: how fast and how light a production start is. The compiled server (`npm start`'s
// command line) on an existing embedded database, started BENCH_RUNS (5) times on core 0: ms from
// exec to listening, and resident memory after 3 s idle, before any client.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { root, saveResults, startCompiled, stopGracefully } from './processes.mjs';

const RUNS = Number(process.env.BENCH_RUNS ?? 5);
const directory = mkdtempSync(join(tmpdir(), 'pulsegraph-restart-'));
// The first start loads the demo workspace, so the timed ones start on a database with rows.
const env = { DATABASE_URL: `file:${join(directory, 'restart.db')}`, SEED_DEMO: '1' };
execFileSync('npm', ['run', 'build', '--workspace', 'api'], { cwd: root, stdio: 'inherit' });

async function start() {
  const startedAt = performance.now();
  const { child, listening } = startCompiled(0, env);
  const { at } = await listening;
  await new Promise((resolve) => setTimeout(resolve, 3000));
  // taskset execs node in place, so the child's pid is the server's.
  const rssMb = Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${child.pid}/status`, 'utf8'))[1]) / 1024;
  await stopGracefully(child);
  return { listeningMs: Math.round(at - startedAt), rssMb: Math.round(rssMb) };
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
