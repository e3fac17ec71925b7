// The web client's numbers, in one run: the server on core 0, Chromium and the driver on core 1
// (taskset). Writes bench/results/browser.json. Needs /usr/bin/chromium.
import { execFileSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { lastJsonLine, pinned, root, saveResults, waitForPort } from './processes.mjs';

const scratch = mkdtempSync(join(tmpdir(), 'pulsegraph-bench-'));
execFileSync(process.execPath, [join(root, 'node_modules/vite/bin/vite.js'), 'build', '--logLevel', 'error'], {
  cwd: join(root, 'web'),
  stdio: 'inherit',
  env: { ...process.env, NODE_ENV: 'production' },
});


const server = pinned(0, ['--import', 'tsx', 'api/src/main.ts'], {
  PORT: '0',
  HOST: '127.0.0.1',
  DATABASE_URL: `file:${join(scratch, 'pulsegraph.db')}`,
  SEED_DEMO: '1',
  LOG_LEVEL: 'warn',
  // The bench measures latency; a reader of a busy chat sends one read marker per message, which
  // the default limit of 120 a minute would throttle at this bench's pace.
  RATE_LIMIT_POINTS: '1000000',
  PROXY_CHECK_URL: 'http://127.0.0.1:9/',
});
const port = await waitForPort(server, /web app http:\/\/[^:]+:(\d+)\//);
const load = pinned(1, ['--import', 'tsx', 'bench/browser-load.ts', `http://127.0.0.1:${port}`, process.env.BENCH_SAMPLES ?? '50', process.env.BENCH_IDLE_SECONDS ?? '60']);
const measured = await lastJsonLine(load).finally(() => server.kill('SIGTERM'));
saveResults(
  'browser',
  'click on a page\'s link to its list on screen, for every page; GraphiQL\'s first render; idle web client requests per minute; mutation in browser A to change on screen in browser B; HTTP requests per 100 remote changes on each list page; an edit through the UI in A to the screen of B',
  'server on core 0, Chromium and driver on core 1 (taskset)',
  { reportsBaseline: { requestsPerMinuteBefore: '108+ (polling every 1-30 s)', claimedAfter: '5-10' }, ...measured },
);
console.log(measured);
