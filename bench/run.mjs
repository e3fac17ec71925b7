// Runs each scenario side by side in one run: the server pinned to core 0, the load generator to
// core 1 (taskset), Pulsegraph first, then the plain graphql-ws peer. Writes bench/results/*.json.
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pinned, root, waitForPort } from './processes.mjs';

const SUBSCRIBERS = process.env.BENCH_SUBSCRIBERS ?? '1000';
const RATE = process.env.BENCH_RATE ?? '20';
const SECONDS = process.env.BENCH_SECONDS ?? '15';
const scratch = mkdtempSync(join(tmpdir(), 'pulsegraph-bench-'));

async function scenario(target) {
  const server =
    target === 'pulsegraph'
      ? pinned(0, ['--import', 'tsx', 'api/src/main.ts'], {
          PORT: '0',
          HOST: '127.0.0.1',
          DATABASE_URL: `file:${join(scratch, 'pulsegraph.db')}`,
          SEED_DEMO: '0',
          LOG_LEVEL: 'warn',
          RATE_LIMIT_POINTS: '1000000',
        })
      : pinned(0, ['bench/baseline-server.mjs'], { BASELINE_DB: join(scratch, 'baseline.db') });
  const port = await waitForPort(server, target === 'pulsegraph' ? /web app http:\/\/[^:]+:(\d+)\// : /listening (\d+)/);
  const load = pinned(1, ['bench/load.mjs', target, `127.0.0.1:${port}`, SUBSCRIBERS, RATE, SECONDS]);
  let output = '';
  load.stdout.on('data', (chunk) => (output += chunk));
  const code = await new Promise((resolve) => load.once('exit', resolve));
  server.kill('SIGTERM');
  if (code !== 0) throw new Error(`load generator for ${target} exited with ${code}`);
  return JSON.parse(output.trim().split('\n').at(-1));
}

const results = [];
for (const target of ['pulsegraph', 'graphql-ws-baseline']) results.push(await scenario(target));
const [ours, peer] = results;
const summary = {
  scenario: 'changes fan-out: keyword-set updates to WebSocket subscribers',
  date: new Date().toISOString(),
  machine: { cores: 2, pinning: 'server on core 0, load generator on core 1 (taskset)', node: process.version },
  results,
  ratios: {
    p50LatencyOursOverPeer: Math.round((ours.latencyMs.p50 / peer.latencyMs.p50) * 100) / 100,
    p99LatencyOursOverPeer: Math.round((ours.latencyMs.p99 / peer.latencyMs.p99) * 100) / 100,
    deliveriesPerSecondOursOverPeer: Math.round((ours.deliveriesPerSecond / peer.deliveriesPerSecond) * 100) / 100,
  },
};
mkdirSync(join(root, 'bench/results'), { recursive: true });
writeFileSync(join(root, `bench/results/fanout-${SUBSCRIBERS}.json`), `${JSON.stringify(summary, null, 2)}\n`);
console.table(results.map((r) => ({ target: r.target, delivered: `${r.delivered}/${r.expectedDeliveries}`, 'deliveries/s': r.deliveriesPerSecond, 'p50 ms': r.latencyMs.p50, 'p99 ms': r.latencyMs.p99 })));
console.log(summary.ratios);
