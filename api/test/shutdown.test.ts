import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { createServer, type AddressInfo } from 'node:net';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { ChangesSubscription } from './documents.js';
import { connectWs, openSse, request, sleep } from './harness.js';
import { graphql } from './gql/index.js';

/**
 * What the README starts (`npm start`) must stop on SIGTERM or SIGINT: sockets closed with 1001,
 * the whole process tree gone within 10 s. `--ignore-scripts` skips prestart: the web build, which
 * the browser suite owns, and the server's, done below.
 */

const ROOT = fileURLToPath(new URL('../..', import.meta.url));

const SignUp = graphql(`
  mutation Shutdown_SignUp($input: SignUpInput!) {
    signUp(input: $input) {
      token
    }
  }
`);

interface Started {
  child: ChildProcess;
  stdout: string[];
  stderr: string[];
  exited: Promise<number | null>;
}

const running: Started[] = [];
// `npm start` runs the compiled server; `--ignore-scripts` skips prestart, so build it here (0.1 s).
beforeAll(() => {
  execFileSync('npm', ['run', 'build', '--workspace', 'api', '--silent'], { cwd: ROOT, stdio: 'inherit' });
});
afterEach(() => {
  for (const { child } of running.splice(0)) if (child.exitCode === null) child.kill('SIGKILL');
});

function npmStart(port: number): Started {
  const child = spawn('npm', ['start', '--ignore-scripts', '--silent'], {
    cwd: ROOT,
    env: { ...process.env, PORT: String(port), HOST: '127.0.0.1', DATABASE_URL: ':memory:', SEED_DEMO: '0', LOG_LEVEL: 'warn' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const started: Started = {
    child,
    stdout: [],
    stderr: [],
    exited: once(child, 'exit').then(([code]) => code as number | null),
  };
  child.stdout!.on('data', (chunk: Buffer) => started.stdout.push(String(chunk)));
  child.stderr!.on('data', (chunk: Buffer) => started.stderr.push(String(chunk)));
  running.push(started);
  return started;
}

async function waitForUrl(started: Started, timeoutMs = 30_000): Promise<string> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    const match = /web app (http:\/\/[\d.:]+)\//.exec(started.stdout.join(''));
    if (match) return match[1]!;
    if (started.child.exitCode !== null) break;
    await sleep(50);
  }
  throw new Error(`the server did not come up: ${started.stdout.join('')} ${started.stderr.join('')}`);
}

async function freePort(): Promise<number> {
  const probe = createServer();
  await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', resolve));
  const { port } = probe.address() as AddressInfo;
  await new Promise((resolve) => probe.close(resolve));
  return port;
}

async function portRefuses(port: number): Promise<boolean> {
  try {
    await fetch(`http://127.0.0.1:${port}/healthz`);
    return false;
  } catch {
    return true;
  }
}

describe('npm start stops cleanly', () => {
  it.each(['SIGTERM', 'SIGINT'] as const)('%s closes sockets with 1001, ends SSE streams and exits within 10 s', async (signal) => {
    const port = await freePort();
    const started = npmStart(port);
    const url = await waitForUrl(started);
    const server = { graphqlUrl: `${url}/graphql`, wsUrl: `${url.replace('http', 'ws')}/graphql` };
    const { token } = (await request(server, SignUp, { input: { email: `${signal}@test.pulsegraph.dev`, password: 'correct horse battery', displayName: 'S' } })).body
      .data!.signUp;
    const ws = connectWs(server, { authorization: `Bearer ${token}` });
    ws.subscribe({ query: 'subscription { changes { cursor } }' }, { next: () => {}, error: () => {}, complete: () => {} });
    const sse = openSse(server.graphqlUrl, ChangesSubscription, {}, { token });
    expect(await sse.status).toBe(200);
    await sleep(200);

    const signalledAt = Date.now();
    started.child.kill(signal);
    expect(await Promise.race([ws.closed, sleep(10_000).then(() => 'not closed')])).toBe(1001);
    await sse.waitForEnd(10_000);
    const code = await Promise.race([started.exited, sleep(10_000).then(() => 'still running')]);
    expect(code).toBe(0);
    expect(Date.now() - signalledAt).toBeLessThan(10_000);
    // The server itself is gone too, not only npm: nothing listens on its port any more.
    expect(await portRefuses(port)).toBe(true);
    expect(started.stderr.join('')).toBe('');
  });

  it('a port in use is one clear line and exit code 1, no stack trace', async () => {
    const holder = createServer();
    await new Promise<void>((resolve) => holder.listen(0, '127.0.0.1', resolve));
    const { port } = holder.address() as AddressInfo;
    try {
      const started = npmStart(port);
      const code = await Promise.race([started.exited, sleep(30_000).then(() => 'still running')]);
      expect(code).toBe(1);
      const lines = started.stderr.join('').trim().split('\n');
      expect(lines).toEqual([`pulsegraph: port ${port} on 127.0.0.1 is already in use; stop what holds it or set PORT to another port`]);
    } finally {
      holder.close();
    }
  });
});
