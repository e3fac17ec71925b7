// The webhook benchmark: Pulsegraph pinned to core 0, the load generator (receiver, WebSocket
// subscriber, writer) to core 1. One endpoint at 100 changes/s, then 100 endpoints at 10 changes/s;
// each row beside the WebSocket stream's figures for the same changes in the same run.
//
//   npm run bench:webhooks            (BENCH_SECONDS=10 by default)
//   BENCH_PROFILE=dir npm run bench:webhooks    (a --cpu-prof profile of each scenario's server)
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { lastJsonLine, pinned, saveResults, waitForPort } from './processes.mjs';

const SECONDS = process.env.BENCH_SECONDS ?? '10';
const scratch = mkdtempSync(join(tmpdir(), 'pulsegraph-webhooks-'));
const scenarios = [
  { name: '1 endpoint x 100 changes/s', endpoints: 1, rate: 100 },
  { name: '100 endpoints x 10 changes/s', endpoints: 100, rate: 10 },
];

const profile = process.env.BENCH_PROFILE ? ['--cpu-prof', `--cpu-prof-dir=${process.env.BENCH_PROFILE}`] : [];
const measured = [];
for (const [index, scenario] of scenarios.entries()) {
  const server = pinned(0, [...profile, '--import', 'tsx', 'api/src/main.ts'], {
    PORT: '0',
    HOST: '127.0.0.1',
    DATABASE_URL: `file:${join(scratch, `webhooks-${index}.db`)}`,
    SEED_DEMO: '0',
    LOG_LEVEL: 'warn',
    RATE_LIMIT_POINTS: '1000000',
    WEBHOOK_ALLOW_PRIVATE_NETWORKS: '1',
    PROXY_CHECK_URL: 'http://127.0.0.1:9/',
  });
  const port = await waitForPort(server, /web app http:\/\/[^:]+:(\d+)\//);
  const load = pinned(1, ['bench/webhooks-load.mjs', `127.0.0.1:${port}`, String(scenario.endpoints), String(scenario.rate), SECONDS]);
  const result = await lastJsonLine(load);
  // SIGTERM: the server shuts down cleanly, and writes its profile when asked for one.
  await new Promise((resolve) => (server.exitCode !== null ? resolve() : (server.once('exit', resolve), server.kill('SIGTERM'))));
  measured.push({ scenario: scenario.name, ...result });
  console.error(`${scenario.name}: ${JSON.stringify(result)}`);
}
saveResults('webhooks', 'webhook deliveries (one POST per change per endpoint) beside the WebSocket stream, same changes, same run', 'server on core 0, load generator on core 1 (taskset)', { results: measured });

console.log('| scenario | webhook POSTs/s | webhook p50 / p99 | WebSocket p50 / p99 | lost (webhook / WebSocket) |');
console.log('|---|---|---|---|---|');
for (const row of measured) {
  console.log(
    `| ${row.scenario} | ${row.webhook.postsPerSecond} | ${row.webhook.latencyMs.p50} / ${row.webhook.latencyMs.p99} ms | ${row.websocket.latencyMs.p50} / ${row.websocket.latencyMs.p99} ms | ${row.webhook.lost} / ${row.websocket.expected - row.websocket.delivered} |`,
  );
}
