// Campaign throughput: Pulsegraph pinned to core 0, the load generator with the local DNS and HTTP
// servers (and the same work done directly, for comparison) pinned to core 1 (taskset).
// Writes bench/results/campaigns.json. The write path has its own benchmark: bench/writes.mjs.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { lastJsonLine, pinned, saveResults, waitForPort } from './processes.mjs';

const DOMAINS = process.env.BENCH_DOMAINS ?? '20000';
const scratch = mkdtempSync(join(tmpdir(), 'pulsegraph-bench-'));

// CPU profile of Pulsegraph: BENCH_PROFILE=dir.
const profile = process.env.BENCH_PROFILE ? ['--cpu-prof', `--cpu-prof-dir=${process.env.BENCH_PROFILE}`] : [];
const api = pinned(0, [...profile, '--import', 'tsx', 'api/src/main.ts'], {
  PORT: '0',
  HOST: '127.0.0.1',
  DATABASE_URL: `file:${join(scratch, 'pulsegraph.db')}`,
  SEED_DEMO: '0',
  LOG_LEVEL: 'warn',
  RATE_LIMIT_POINTS: '1000000',
  MAX_GENERATED_DOMAINS: '1000000',
  PROXY_CHECK_URL: 'http://127.0.0.1:9/',
});
const apiPort = await waitForPort(api, /web app http:\/\/[^:]+:(\d+)\//);
const load = pinned(1, ['--import', 'tsx', 'bench/campaigns-load.ts', `http://127.0.0.1:${apiPort}`, DOMAINS]);
const measured = await lastJsonLine(load).finally(() => api.kill('SIGTERM'));
saveResults('campaigns', 'campaign stages against local DNS and HTTP servers', 'servers on core 0, load generator and local DNS/HTTP on core 1 (taskset)', measured);
console.table({
  'generation (domains/s)': { pulsegraph: measured.generation.campaign.perSecond, direct: measured.generation.directSqliteInsert.perSecond, ratio: measured.generation.ratio },
  'DNS validation (lookups/s)': { pulsegraph: measured.dnsValidation.campaign.perSecond, direct: measured.dnsValidation.directResolver.perSecond, ratio: measured.dnsValidation.ratio },
  'HTTP keyword (pages/s)': { pulsegraph: measured.httpKeywordValidation.campaign.perSecond, direct: measured.httpKeywordValidation.directHttpGet.perSecond, ratio: measured.httpKeywordValidation.ratio },
});
