import { execFileSync, spawn } from 'node:child_process';
import dgram from 'node:dgram';
import { once } from 'node:events';
import net, { type AddressInfo } from 'node:net';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';

/**
 * A DEMO_LAB_PORT something else holds is a person's setting that cannot be met: the server says so
 * in one line and exits 1, as it does for a taken PORT (shutdown.test.ts), not with a stack trace.
 * The compiled server, as `npm start` runs it.
 */

const ROOT = fileURLToPath(new URL('../..', import.meta.url));

beforeAll(() => {
  execFileSync('npm', ['run', 'build', '--workspace', 'api', '--silent'], { cwd: ROOT, stdio: 'inherit' });
});

/** Holds a port on 127.0.0.1 over TCP or UDP, as another program would. */
async function holdPort(protocol: 'tcp' | 'udp'): Promise<{ port: number; release: () => Promise<void> }> {
  if (protocol === 'tcp') {
    const server = net.createServer();
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    return { port: (server.address() as AddressInfo).port, release: () => new Promise((resolve) => server.close(() => resolve())) };
  }
  const socket = dgram.createSocket('udp4');
  await new Promise<void>((resolve) => socket.bind(0, '127.0.0.1', resolve));
  return { port: socket.address().port, release: () => new Promise((resolve) => socket.close(() => resolve())) };
}

describe('a DEMO_LAB_PORT in use', () => {
  it.each(['tcp', 'udp'] as const)('held over %s: one readable line on stderr, no stack trace, exit code 1', async (protocol) => {
    const held = await holdPort(protocol);
    try {
      const child = spawn(process.execPath, ['api/dist/main.js'], {
        cwd: ROOT,
        env: { ...process.env, PORT: '0', HOST: '127.0.0.1', DATABASE_URL: ':memory:', SEED_DEMO: '1', DEMO_LAB_PORT: String(held.port), LOG_LEVEL: 'warn' },
        stdio: ['ignore', 'pipe', 'pipe'],
      });
      let stdout = '';
      let stderr = '';
      child.stdout.on('data', (chunk: Buffer) => (stdout += String(chunk)));
      child.stderr.on('data', (chunk: Buffer) => (stderr += String(chunk)));
      const exited = once(child, 'exit').then(([code]) => code as number | null);
      const timeout = new Promise<string>((resolve) => setTimeout(() => resolve('still running'), 30_000).unref());
      const code = await Promise.race([exited, timeout]);
      if (code === 'still running') child.kill('SIGKILL');

      expect(code, `stdout: ${stdout}\nstderr: ${stderr}`).toBe(1);
      expect(stderr).not.toMatch(/^\s+at /m);
      expect(stderr.trim().split('\n')).toEqual([
        `pulsegraph: bad configuration: DEMO_LAB_PORT ${held.port} is already in use on 127.0.0.1:${held.port} (the lab needs it for both UDP and TCP); stop what holds it, or unset DEMO_LAB_PORT for any free port`,
      ]);
      expect(stdout).not.toContain('Pulsegraph is up');
    } finally {
      await held.release();
    }
  }, 40_000);
});
