// The write path, side by side in one run: Pulsegraph and the plain peer (bench/peers/plain-writes.mjs)
// pinned to core 0, the keep-alive load generator to core 1 (taskset). Keyword-set updates and
// persona creates. Writes bench/results/writes.json. CPU profile of Pulsegraph: BENCH_PROFILE=dir.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { lastJsonLine, pinned, saveResults, waitForMatch, waitForPort } from './processes.mjs';

const scratch = mkdtempSync(join(tmpdir(), 'pulsegraph-writes-'));
const profile = process.env.BENCH_PROFILE ? ['--cpu-prof', `--cpu-prof-dir=${process.env.BENCH_PROFILE}`] : [];
const api = pinned(0, [...profile, '--import', 'tsx', 'api/src/main.ts'], {
  PORT: '0',
  HOST: '127.0.0.1',
  DATABASE_URL: `file:${join(scratch, 'pulsegraph.db')}`,
  SEED_DEMO: '0',
  LOG_LEVEL: 'warn',
  RATE_LIMIT_POINTS: '100000000',
  PROXY_CHECK_URL: 'http://127.0.0.1:9/',
});
const peer = pinned(0, ['bench/peers/plain-writes.mjs'], { BASELINE_DB: join(scratch, 'peer.db') });
// However this run ends, the servers end with it.
process.on('exit', () => [api, peer].forEach((child) => child.exitCode === null && child.kill('SIGKILL')));
const [apiPort, [, peerPort, peerToken]] = await Promise.all([
  waitForPort(api, /web app http:\/\/[^:]+:(\d+)\//),
  waitForMatch(peer, /listening (\d+) token (\S+)/),
]);

async function gql(query, variables, token) {
  const response = await fetch(`http://127.0.0.1:${apiPort}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  const body = await response.json();
  if (body.errors) throw new Error(JSON.stringify(body.errors));
  return body.data;
}
const { signUp } = await gql('mutation($input: SignUpInput!) { signUp(input: $input) { token } }', {
  input: { email: 'writes@bench.dev', password: 'bench-password', displayName: 'Bench' },
});
const { createKeywordSet } = await gql('mutation { createKeywordSet(input: { name: "bench", rules: [{ pattern: "x", kind: STRING }] }) { id } }', {}, signUp.token);

const load = pinned(1, ['bench/writes-load.mjs', `http://127.0.0.1:${apiPort}`, signUp.token, `http://127.0.0.1:${peerPort}`, peerToken, createKeywordSet.id]);
// Both servers exit cleanly before this script does (a CPU profile is written at exit).
const measured = await lastJsonLine(load).finally(() =>
  Promise.all([api, peer].map((child) => new Promise((resolve) => (child.exitCode !== null ? resolve() : (child.once('exit', resolve), child.kill('SIGTERM')))))),
);
saveResults(
  'writes',
  'the write path: keyword-set updates and persona creates over keep-alive HTTP, against a plain Yoga + SQLite peer doing the same essential work (token lookup, row + outbox row in one transaction)',
  'both servers on core 0, load generator on core 1 (taskset)',
  measured,
);
console.table({
  'keyword-set updates (mutations/s)': { pulsegraph: measured.keywordSetUpdates.pulsegraph.median, peer: measured.keywordSetUpdates.plainPeer.median, ratio: measured.keywordSetUpdates.ratio },
  'persona creates (mutations/s)': { pulsegraph: measured.personaCreates.pulsegraph.median, peer: measured.personaCreates.plainPeer.median, ratio: measured.personaCreates.ratio },
});
