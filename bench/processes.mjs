// Shared by the benchmark runners: processes pinned to one core, and waiting for a server's port.
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';

export const root = fileURLToPath(new URL('..', import.meta.url));

export function pinned(core, args, env = {}) {
  return spawn('taskset', ['-c', String(core), process.execPath, ...args], {
    cwd: root,
    env: { ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
}

/** Resolves with the first capture of `pattern` in the child's stdout. */
export async function waitForPort(child, pattern) {
  return (await waitForMatch(child, pattern))[1];
}

/** Resolves with the first match of `pattern` in the child's stdout. */
export function waitForMatch(child, pattern) {
  return new Promise((resolve, reject) => {
    let seen = '';
    child.stdout.on('data', (chunk) => {
      seen += chunk;
      const match = pattern.exec(seen);
      if (match) resolve(match);
    });
    child.once('exit', (code) => reject(new Error(`server exited with ${code}: ${seen}`)));
  });
}
