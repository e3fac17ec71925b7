import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const main = fileURLToPath(new URL('../src/main.ts', import.meta.url));

function start(env: Record<string, string>) {
  return spawnSync(process.execPath, ['--import', 'tsx', main], {
    env: { ...process.env, ...env },
    encoding: 'utf8',
    timeout: 20_000,
  });
}

describe('configuration', () => {
  it.each([
    [{ PORT: 'abc' }, /PORT must be a whole number/],
    [{ DATABASE_URL: 'mysql://localhost/db' }, /DATABASE_URL "mysql:\/\/localhost\/db" has an unknown scheme/],
    [{ RATE_LIMIT_POINTS: '-3' }, /RATE_LIMIT_POINTS/],
    [{ REDIS_NAMESPACE: 'two words' }, /REDIS_NAMESPACE must be 1-64 letters/],
    [{ SIGNUP: 'sometimes' }, /SIGNUP must be open, invite or closed/],
  ])('%o stops the process with one clear line and a non-zero exit', (env, message) => {
    const result = start({ DATABASE_URL: ':memory:', ...env });
    expect(result.status).toBe(1);
    const lines = result.stderr.trim().split('\n').filter((line) => !line.startsWith('npm warn'));
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(message);
  });
});
