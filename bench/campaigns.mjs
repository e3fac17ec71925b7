// Campaign throughput, side by side in one run: Pulsegraph and the plain graphql peer pinned to
// core 0, the load generator with the local DNS and HTTP servers pinned to core 1 (taskset).
// Writes bench/results/campaigns.json.
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pinned, root, waitForPort } from './processes.mjs';

const DOMAINS = process.env.BENCH_DOMAINS ?? '20000';
const scratch = mkdtempSync(join(tmpdir(), 'pulsegraph-bench-'));

const api = pinned(0, ['--import', 'tsx', 'api/src/main.ts'], {
  PORT: '0',
  HOST: '127.0.0.1',
  DATABASE_URL: `file:${join(scratch, 'pulsegraph.db')}`,
  SEED_DEMO: '0',
  LOG_LEVEL: 'warn',
  RATE_LIMIT_POINTS: '1000000',
  MAX_GENERATED_DOMAINS: '1000000',
  PROXY_CHECK_URL: 'http://127.0.0.1:9/',
});
const peer = pinned(0, ['bench/peers/graphql-ws.mjs'], { BASELINE_DB: join(scratch, 'baseline.db') });
const [apiPort, peerPort] = await Promise.all([
  waitForPort(api, /web app http:\/\/[^:]+:(\d+)\//),
  waitForPort(peer, /listening (\d+)/),
]);
const load = pinned(1, ['--import', 'tsx', 'bench/campaigns-load.ts', `http://127.0.0.1:${apiPort}`, `http://127.0.0.1:${peerPort}`, DOMAINS]);
let output = '';
load.stdout.on('data', (chunk) => (output += chunk));
const code = await new Promise((resolve) => load.once('exit', resolve));
api.kill('SIGTERM');
peer.kill('SIGTERM');
if (code !== 0) throw new Error(`load generator exited with ${code}`);
const measured = JSON.parse(output.trim().split('\n').at(-1));
const summary = {
  scenario: 'campaign stages against local DNS and HTTP servers, and the write path',
  date: new Date().toISOString(),
  machine: { cores: 2, pinning: 'servers on core 0, load generator and local DNS/HTTP on core 1 (taskset)', node: process.version },
  ...measured,
};
mkdirSync(join(root, 'bench/results'), { recursive: true });
writeFileSync(join(root, 'bench/results/campaigns.json'), `${JSON.stringify(summary, null, 2)}\n`);
console.table({
  'generation (domains/s)': { pulsegraph: measured.generation.campaign.perSecond, direct: measured.generation.directSqliteInsert.perSecond, ratio: measured.generation.ratio },
  'DNS validation (lookups/s)': { pulsegraph: measured.dnsValidation.campaign.perSecond, direct: measured.dnsValidation.directResolver.perSecond, ratio: measured.dnsValidation.ratio },
  'HTTP keyword (pages/s)': { pulsegraph: measured.httpKeywordValidation.campaign.perSecond, direct: measured.httpKeywordValidation.directHttpGet.perSecond, ratio: measured.httpKeywordValidation.ratio },
  'write path (mutations/s)': { pulsegraph: measured.writePath.pulsegraph.perSecond, direct: measured.writePath.plainGraphqlPeer.perSecond, ratio: measured.writePath.ratio },
});
