// The fan-out benchmark, every server in the same run: each server pinned to core 0, the load
// generator to core 1 (taskset), a fresh server process per scenario. Peers: a raw `ws` broadcast
// (the floor) and a plain graphql-ws + graphql-js server. Writes bench/results/fanout.json and
// prints the table docs/BENCHMARKS.md carries.
//
//   npm run bench:fanout            (BENCH_SECONDS=10 by default)
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pinned, root, waitForPort } from './processes.mjs';

const SECONDS = process.env.BENCH_SECONDS ?? '10';
const scratch = mkdtempSync(join(tmpdir(), 'pulsegraph-bench-'));
const scenarios = [
  { name: '1,000 x 20/s', subscribers: 1000, rate: 20 },
  { name: '5,000 x 2/s', subscribers: 5000, rate: 2 },
  { name: 'saturation 1,000 x 100/s', subscribers: 1000, rate: 100 },
];
const targets = ['raw-ws', 'graphql-ws', 'pulsegraph'];

function startServer(target, run) {
  if (target === 'pulsegraph') {
    const server = pinned(0, ['--import', 'tsx', 'api/src/main.ts'], {
      PORT: '0',
      HOST: '127.0.0.1',
      DATABASE_URL: `file:${join(scratch, `pulsegraph-${run}.db`)}`,
      SEED_DEMO: '0',
      SIGNUP: 'open',
      LOG_LEVEL: 'warn',
      RATE_LIMIT_POINTS: '1000000',
      API_KEY_RATE_LIMIT_POINTS: '1000000',
      API_KEY_DELIVERY_POINTS: '100000000',
      PROXY_CHECK_URL: 'http://127.0.0.1:9/',
    });
    return { server, port: waitForPort(server, /web app http:\/\/[^:]+:(\d+)\//) };
  }
  const script = target === 'raw-ws' ? 'bench/peers/raw-ws.mjs' : 'bench/peers/graphql-ws.mjs';
  const server = pinned(0, [script], { BASELINE_DB: join(scratch, `peer-${run}.db`) });
  return { server, port: waitForPort(server, /listening (\d+)/) };
}

let runs = 0;
async function measure(target, { subscribers, rate }, mode = '') {
  const { server, port } = startServer(target, ++runs);
  const load = pinned(1, ['bench/fanout-load.mjs', target, `127.0.0.1:${await port}`, String(server.pid), String(subscribers), String(rate), SECONDS, mode]);
  let output = '';
  load.stdout.on('data', (chunk) => (output += chunk));
  const code = await new Promise((resolve) => load.once('exit', resolve));
  server.kill('SIGKILL');
  await new Promise((resolve) => server.once('exit', resolve));
  if (code !== 0) throw new Error(`load generator for ${target} exited with ${code}`);
  const result = JSON.parse(output.trim().split('\n').at(-1));
  console.error(`${result.scenario} ${target}: ${JSON.stringify(result)}`);
  return result;
}

const results = [];
for (const scenario of scenarios) {
  for (const target of targets) results.push({ ...(await measure(target, scenario)), scenarioName: scenario.name });
}
results.push({ ...(await measure('pulsegraph', { subscribers: 1000, rate: 20 }, 'mixed')), scenarioName: 'mixed 1,000 (200 users) x 20/s, half private' });
// The same loads with every subscriber on an API key: each frame is counted as the key's usage.
results.push({ ...(await measure('pulsegraph', { subscribers: 1000, rate: 20 }, 'keys')), scenarioName: '1,000 x 20/s, on API keys' });
results.push({ ...(await measure('pulsegraph', { subscribers: 1000, rate: 100 }, 'keys')), scenarioName: 'saturation 1,000 x 100/s, on API keys' });
// 1,000 x 100/s does not saturate the floor or Pulsegraph on this machine; twice the subscribers
// shows where each tops out (the plain peer is left out: it tops out near 25,000/s already).
for (const target of ['raw-ws', 'pulsegraph']) {
  results.push({ ...(await measure(target, { subscribers: 2000, rate: 100 })), scenarioName: 'ceiling 2,000 x 100/s' });
}

const find = (scenario, target) => results.find((r) => r.scenarioName === scenario && r.target === target);
const at20 = find('1,000 x 20/s', 'pulsegraph');
const at5000 = find('5,000 x 2/s', 'pulsegraph');
const saturation = Object.fromEntries(targets.map((t) => [t, find('saturation 1,000 x 100/s', t)]));
const ratio = (a, b) => Math.round((a / b) * 100) / 100;
const targetsMet = {
  'p99 <= 60 ms at 1,000 x 20/s': { value: at20.latencyMs.p99, met: at20.latencyMs.p99 <= 60 },
  'p99 <= 200 ms at 5,000 x 2/s': { value: at5000.latencyMs.p99, met: at5000.latencyMs.p99 <= 200 },
  'saturation >= 3x plain graphql-ws': {
    value: ratio(saturation.pulsegraph.deliveriesPerSecond, saturation['graphql-ws'].deliveriesPerSecond),
    met: saturation.pulsegraph.deliveriesPerSecond >= 3 * saturation['graphql-ws'].deliveriesPerSecond,
  },
  'saturation >= 0.8x raw ws floor': {
    value: ratio(saturation.pulsegraph.deliveriesPerSecond, saturation['raw-ws'].deliveriesPerSecond),
    met: saturation.pulsegraph.deliveriesPerSecond >= 0.8 * saturation['raw-ws'].deliveriesPerSecond,
  },
  '<= 15 KB RSS per idle subscriber at 5,000': { value: at5000.rssPerIdleSubscriberKb, met: at5000.rssPerIdleSubscriberKb <= 15 },
  'metering API keys costs <= 5% of saturation deliveries/s': (() => {
    const metered = find('saturation 1,000 x 100/s, on API keys', 'pulsegraph');
    const value = ratio(metered.deliveriesPerSecond, saturation.pulsegraph.deliveriesPerSecond);
    return { value, met: value >= 0.95 };
  })(),
  'nothing lost (every scenario but the ceiling)': (() => {
    const measured = results.filter((r) => !r.scenarioName.startsWith('ceiling'));
    return { value: measured.reduce((sum, r) => sum + r.lost, 0), met: measured.every((r) => r.lost === 0) };
  })(),
};

const summary = {
  scenario: 'changes fan-out to WebSocket subscribers: keyword-set updates (and, mixed, private chat messages)',
  date: new Date().toISOString(),
  machine: { cores: 2, pinning: 'each server on core 0, the load generator on core 1 (taskset)', node: process.version, seconds: Number(SECONDS) },
  results,
  targets: targetsMet,
};
mkdirSync(join(root, 'bench/results'), { recursive: true });
writeFileSync(join(root, 'bench/results/fanout.json'), `${JSON.stringify(summary, null, 2)}\n`);

const cell = (r) => (r ? `p50 ${r.latencyMs.p50} / p99 ${r.latencyMs.p99} ms, ${r.deliveriesPerSecond}/s, ${r.rssPerIdleSubscriberKb} KB, lost ${r.lost}` : '');
console.log('| scenario | raw ws (floor) | plain graphql-ws | Pulsegraph |');
console.log('|---|---|---|---|');
const named = ['mixed 1,000 (200 users) x 20/s, half private', '1,000 x 20/s, on API keys', 'saturation 1,000 x 100/s, on API keys', 'ceiling 2,000 x 100/s'];
for (const { name } of [...scenarios, ...named.map((name) => ({ name }))]) {
  console.log(`| ${name} | ${cell(find(name, 'raw-ws'))} | ${cell(find(name, 'graphql-ws'))} | ${cell(find(name, 'pulsegraph'))} |`);
}
console.log('\nTargets:');
for (const [name, { value, met }] of Object.entries(targetsMet)) console.log(`- ${met ? 'met' : 'NOT met'}: ${name} (${value})`);
