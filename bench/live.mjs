// bench:live: live queries (`query … @live`) beside the two-step pattern (a query reading
// `changeCursor`, then `subscription { changes(after:) }`), in the same run, one fresh server process
// per scenario: the compiled server (as `npm start` runs it) pinned to core 0, the load generator
// (bench/live-load.mjs, which starts and restarts the server) pinned to core 1. Writes
// bench/results/live.json and prints the table docs/BENCHMARKS.md carries.
//
//   npm run bench:live                       # about 4 minutes
//   BENCH_LIVE_SCALE=0.1 npm run bench:live  # a tenth of every count and rate, for a quick look
//   BENCH_LIVE_ONLY=open,commit,storm        # some of the figures only
//   BENCH_LIVE_SECONDS=10                    # length of each commit-latency measurement
//   BENCH_PROFILE=dir                        # a --cpu-prof profile of every server
//   BENCH_LIVE_COUNT_EXECUTIONS=1            # count executions in the server's debug log (slows it: a check, not figures)
//
// Figures: 1. time to the first answer at 1,000 opens/s; 2. commit to new answer with 1,000 and
// 5,000 open live queries (vs the same commits on `changes`); 3. executions per commit vs cohorts
// affected; 4. bytes per update; 5. a restart storm of 2,000 live queries (vs 2,000 `changes`).
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { join } from 'node:path';
import { lastJsonLine, pinned, root, saveResults } from './processes.mjs';

const SCALE = Number(process.env.BENCH_LIVE_SCALE ?? 1);
const ONLY = new Set((process.env.BENCH_LIVE_ONLY ?? 'open,commit,storm').split(','));
const SECONDS = Number(process.env.BENCH_LIVE_SECONDS ?? 10);
/** CPU (ms a second) other processes may use while a scenario measures before its figures are suspect. */
const OTHER_CPU_LIMIT = 100;
const scaled = (count, min = 2) => Math.max(min, Math.round(count * SCALE));
const scratch = mkdtempSync(join(tmpdir(), 'pulsegraph-live-'));

execFileSync('npm', ['run', 'build', '--workspace', 'api'], { cwd: root, stdio: 'inherit' });
const git = (...args) => execFileSync('git', args, { cwd: root, encoding: 'utf8' }).trim();
const commit = git('rev-parse', '--short', 'HEAD');
// The server is built from the working tree: say so when it differs from the commit.
const uncommittedServer = git('status', '--porcelain', '--', 'api/src').split('\n').filter(Boolean);

let runs = 0;
async function measure(name, scenario) {
  const env = {
    DATABASE_URL: `file:${join(scratch, `live-${++runs}.db`)}`,
    HOST: '127.0.0.1',
    SEED_DEMO: '0',
    SIGNUP: 'open',
    LOG_LEVEL: process.env.BENCH_LIVE_COUNT_EXECUTIONS === '1' ? 'debug' : 'warn',
    RATE_LIMIT_POINTS: '1000000',
    RATE_LIMIT_RESUME_POINTS: '1000000',
    API_KEY_RATE_LIMIT_POINTS: '1000000',
    API_KEY_DELIVERY_POINTS: '100000000',
    PROXY_CHECK_URL: 'http://127.0.0.1:9/',
  };
  const countExecutions = process.env.BENCH_LIVE_COUNT_EXECUTIONS === '1';
  const load = pinned(1, ['bench/live-load.mjs', JSON.stringify({ name, env, profile: process.env.BENCH_PROFILE, countExecutions, ...scenario })]);
  const result = await lastJsonLine(load);
  console.error(`${name}: ${JSON.stringify(result)}`);
  if (result.otherCpuMsPerSecond > OTHER_CPU_LIMIT) {
    console.error(`WARNING ${name}: other processes used ${result.otherCpuMsPerSecond} ms of CPU a second while it measured: discard this run`);
  }
  return result;
}

const results = {};
if (ONLY.has('open')) {
  // 1,000 opens a second for 5 s over 50 users (2 sockets each): every second open starts a cohort
  // (a user x page size, 1-50, not opened before), the others join one opened before.
  const open = { scenario: 'open', users: scaled(50), socketsPerUser: 2, rate: scaled(1000), seconds: 5, personas: 50, newShare: 0.5 };
  results.openLive = await measure('open: live', { ...open, pattern: 'live' });
  results.openTwoStep = await measure('open: two-step', { ...open, pattern: 'two-step' });
  // At 1,000/s both patterns keep the server busy; half the rate shows the latency without the queue.
  results.openLiveHalf = await measure('open at half the rate: live', { ...open, rate: scaled(500), seconds: 5, pattern: 'live' });
  results.openTwoStepHalf = await measure('open at half the rate: two-step', { ...open, rate: scaled(500), seconds: 5, pattern: 'two-step' });
}
if (ONLY.has('commit')) {
  // 100 users, 10 queries per socket, page sizes 4-20: 500 cohorts (user x page size); a writer
  // updates the 20 personas in turn, so a commit changes the answer of the cohorts whose page holds it.
  // At 10 commits/s the 500 cohorts' re-executions saturate the server; 2 commits/s (1,000 open) shows
  // the cost of one commit without the queue.
  const commit = { scenario: 'commit', users: scaled(100), perSocket: 10, pageSizes: [4, 8, 12, 16, 20], personas: 20, seconds: SECONDS, warmUp: 10 };
  for (const [queries, rate] of [[scaled(1000), 10], [scaled(5000), 10], [scaled(1000), 2]]) {
    results[`commitLive${queries}at${rate}`] = await measure(`commit ${queries} at ${rate}/s: live`, { ...commit, queries, rate, pattern: 'live' });
    results[`commitPatches${queries}at${rate}`] = await measure(`commit ${queries} at ${rate}/s: live, patches`, { ...commit, queries, rate, pattern: 'live-patches' });
    results[`commitChanges${queries}at${rate}`] = await measure(`commit ${queries} at ${rate}/s: changes`, { ...commit, queries, rate, pattern: 'changes' });
  }
}
if (ONLY.has('storm')) {
  // 100 users, 2 sockets each (two tabs), 10 queries per socket with page sizes 2-20: 2,000 queries
  // in 1,000 cohorts (the two tabs of a user share each).
  const storm = { scenario: 'storm', users: scaled(100), socketsPerUser: 2, perSocket: 10, pageSizes: [2, 4, 6, 8, 10, 12, 14, 16, 18, 20], personas: 20 };
  results.stormLive = await measure('storm: live', { ...storm, pattern: 'live' });
  results.stormChanges = await measure('storm: changes', { ...storm, pattern: 'changes' });
}
rmSync(scratch, { recursive: true, force: true });

// --- targets
const ratio = (a, b) => (a == null || b == null || b === 0 ? null : Math.round((a / b) * 100) / 100);
const targets = {};
if (results.openLive) {
  const p99 = results.openLive.firstAnswerMs.p99;
  targets['time to first answer p99 <= 30 ms'] = { value: p99, met: p99 <= 30 && results.openLive.complete };
}
const commitRuns = Object.keys(results)
  .filter((key) => key.startsWith('commitLive'))
  .map((key) => key.slice('commitLive'.length));
for (const run of commitRuns) {
  const live = results[`commitLive${run}`];
  const changes = results[`commitChanges${run}`];
  const value = ratio(live.latencyMs.p99, changes.latencyMs.p99);
  const size = `${live.subscribers} open, ${live.commitsPerSecond} commits/s`;
  targets[`commit to new answer p99 within 1.5x the changes stream's at ${size}`] = { value, met: value !== null && value <= 1.5 && live.stale === 0 };
  const patched = results[`commitPatches${run}`];
  if (patched) {
    const withPatches = ratio(patched.latencyMs.p99, changes.latencyMs.p99);
    targets[`commit to new answer p99 within 1.5x the changes stream's at ${size}, with patches: true`] = { value: withPatches, met: withPatches !== null && withPatches <= 1.5 && patched.stale === 0 };
  }
  const { executions, cohortsAffected, cohortsTouched, distinctAnswersSent } = live.perCommit;
  // Without the server's executions counter, the distinct answers the clients saw are a lower bound.
  const counted = executions ?? distinctAnswersSent;
  targets[`one execution per affected cohort at ${size} (executions / cohorts whose answer changed)`] = {
    value: ratio(counted, cohortsAffected),
    executionsPerCommit: counted,
    measuredBy: executions === undefined ? 'distinct answers seen by clients (no executions counter on this server)' : 'pulsegraph_live_query_executions_total{reason="change"}',
    cohortsAffected,
    cohortsTouched,
    perTouchedCohort: ratio(counted, cohortsTouched),
    // When the server falls behind, commits fold into one execution and one answer: fewer executions
    // than cohorts affected says nothing then, so the target is read only where nothing folded.
    folded: distinctAnswersSent < cohortsAffected * 0.95,
    met: counted === undefined || distinctAnswersSent < cohortsAffected * 0.95 ? null : counted <= cohortsAffected * 1.05,
  };
}
if (results.stormLive) {
  const s = results.stormLive;
  targets['restart storm: all current within 3 s of listening'] = { value: s.listeningToAllCurrentMs, met: s.listeningToAllCurrentMs !== null && s.listeningToAllCurrentMs <= 3000 };
  const first = s.server.executionsFirst;
  targets['restart storm: one first answer per cohort'] = {
    value: first === undefined ? null : ratio(first, s.cohorts),
    executionsFirst: first,
    cohorts: s.cohorts,
    met: first === undefined ? null : first <= s.cohorts,
  };
}

// Only the full, default run is the figure of record; a subset, a scale or a profiled run goes beside it.
const partial = SCALE !== 1 || ONLY.size !== 3 || process.env.BENCH_PROFILE || process.env.BENCH_LIVE_COUNT_EXECUTIONS === '1' || process.env.BENCH_LIVE_SECONDS;
saveResults(
  partial ? 'live-partial' : 'live',
  'live queries (@live) beside the two-step pattern (changeCursor, then changes(after:)): time to first answer, commit to new answer, executions and bytes per commit, restart storm',
  'server on core 0 (one fresh process per scenario), load generator on core 1 (taskset)',
  { commit, uncommittedServer, nproc: availableParallelism(), scale: SCALE, results, targets },
);

// --- the table
const ms = (p) => (p ? `${p.p50} / ${p.p99} ms` : '');
console.log(`\nbench:live at ${commit}${uncommittedServer.length ? ' (server built with uncommitted changes)' : ''}, nproc ${availableParallelism()}, scale ${SCALE}\n`);
console.log('| figure | live query | two-step (`changes`) |');
console.log('|---|---|---|');
for (const [l, t] of [[results.openLive, results.openTwoStep], [results.openLiveHalf, results.openTwoStepHalf]]) {
  if (!l) continue;
  console.log(`| 1. open at ${l.openedPerSecond}/s: first answer p50 / p99 | ${ms(l.firstAnswerMs)} (new cohort ${ms(l.newCohortMs)}, joined ${ms(l.sharedCohortMs)}) | query ${ms(t.queryAnsweredMs)}, subscription streaming ${ms(t.firstAnswerMs)} |`);
  console.log(`| open at ${l.openedPerSecond}/s: server CPU (ms/s), worst lag | ${l.server.cpuMsPerSecond}, ${l.server.worstLagMs} ms; first answers executed ${l.server.executionsFirst ?? '?'}, remembered ${l.server.firstAnswersRemembered ?? '?'} | ${t.server.cpuMsPerSecond}, ${t.server.worstLagMs} ms |`);
}
for (const run of commitRuns) {
  const l = results[`commitLive${run}`];
  const c = results[`commitChanges${run}`];
  const size = `${l.subscribers} at ${l.commitsPerSecond}/s`;
  console.log(`| 2. ${l.subscribers} open, ${l.commitsPerSecond} commits/s: commit to new answer p50 / p99 | ${ms(l.latencyMs)} (${l.cohorts} cohorts, stale ${l.stale}) | ${ms(c.latencyMs)} (lost ${c.expectedDeliveries - c.delivered}) |`);
  console.log(`| 3. ${size}: executions per commit | ${l.perCommit.executions ?? '?'} (cohorts touched ${l.perCommit.cohortsTouched}, answer changed ${l.perCommit.cohortsAffected}, distinct answers ${l.perCommit.distinctAnswersSent}) | ${c.perCommit.executions ?? '?'} |`);
  console.log(`| 4. ${size}: bytes per frame; frames and bytes per commit | ${l.bytesPerFrame} B; ${l.perCommit.framesReceived}, ${l.perCommit.bytesReceived} B | ${c.bytesPerFrame} B; ${c.perCommit.framesReceived}, ${c.perCommit.bytesReceived} B |`);
  console.log(`| ${size}: server CPU (ms/s), worst lag, write ack p99 | ${l.server.cpuMsPerSecond}, ${l.server.worstLagMs} ms, ${l.writeAckMs.p99} ms | ${c.server.cpuMsPerSecond}, ${c.server.worstLagMs} ms, ${c.writeAckMs.p99} ms |`);
  const p = results[`commitPatches${run}`];
  if (p) {
    console.log(`| 2. ${size}, patches: true: commit to new answer p50 / p99 | ${ms(p.latencyMs)} (stale ${p.stale}) | |`);
    console.log(`| 4. ${size}, patches: true: bytes per frame; frames and bytes per commit; server CPU (ms/s), write ack p99 | ${p.bytesPerFrame} B; ${p.perCommit.framesReceived}, ${p.perCommit.bytesReceived} B; ${p.server.cpuMsPerSecond}, ${p.writeAckMs.p99} ms | |`);
  }
}
if (results.stormLive) {
  const { stormLive: l, stormChanges: c } = results;
  const storm = (r) => `resumed ${r.listeningToResumedMs} ms, all current ${r.listeningToAllCurrentMs} ms (the write to all: ${r.writeToAllCurrentMs} ms), worst lag ${r.server.worstLagMs} ms`;
  console.log(`| 5. restart storm, ${l.subscribers} over ${l.sockets} sockets, from listening | ${storm(l)}; first answers executed ${l.server.executionsFirst ?? '?'} and remembered ${l.server.firstAnswersRemembered ?? '?'} for ${l.cohorts} cohorts, answers while resuming ${l.answersWhileResuming} | ${storm(c)} |`);
}
const disturbed = Object.entries(results).filter(([, r]) => r.otherCpuMsPerSecond > OTHER_CPU_LIMIT);
console.log(
  `\nOther processes' CPU while measuring (ms/s): ${Object.entries(results)
    .map(([key, r]) => `${key} ${r.otherCpuMsPerSecond}`)
    .join(', ')}${disturbed.length ? ` -- DISTURBED: ${disturbed.map(([key]) => key).join(', ')}; discard and rerun on a quiet machine` : ''}`,
);
console.log('\nTargets:');
for (const [name, { value, met, folded }] of Object.entries(targets)) {
  console.log(`- ${met === null ? (folded ? 'not read (commits folded: the server fell behind)' : 'not measured') : met ? 'met' : 'NOT met'}: ${name} (${value})`);
}
