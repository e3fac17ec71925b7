import { createRequire } from 'node:module';
import { defineConfig } from 'vitest/config';

const require = createRequire(import.meta.url);
/** `*.postgres.test.ts` test what only PostgreSQL has: they run with `npm run test:postgres`, and are not listed (as skipped) otherwise. */
const onPostgres = (process.env.TEST_DATABASE_URL ?? '').startsWith('postgres');

export default defineConfig({
  resolve: {
    // graphql 16 ships CJS and .mjs without an exports map: Vite would pick .mjs for our sources
    // while Node gives Pothos and Yoga the CJS build, and two graphql realms cannot share a schema.
    alias: [{ find: /^graphql$/, replacement: require.resolve('graphql') }],
  },
  test: {
    testTimeout: 30_000,
    hookTimeout: 30_000,
    pool: 'forks',
    // Two files at a time: the API suites mostly wait on sockets and timers (one at a time, `npm test`
    // used a third of this two-core machine). The browser and fault suites still run one file at a time.
    maxWorkers: 2,
    projects: [
      {
        extends: true,
        test: {
          name: 'api',
          include: ['api/**/*.test.ts'],
          exclude: ['api/test/faults/**', ...(onPostgres ? [] : ['api/**/*.postgres.test.ts'])],
          sequence: { groupOrder: 0 },
        },
      },
      // Stops and restarts PostgreSQL and Redis, which every other suite uses: run alone (`npm run test:faults`).
      {
        extends: true,
        test: { name: 'faults', include: ['api/test/faults/**/*.test.ts'], fileParallelism: false, sequence: { groupOrder: 2 } },
      },
      {
        extends: true,
        // The browser suites assert what a person sees within 1 s: on two cores they run after the API
        // suite and one file at a time, so they measure the app, not the machine's contention.
        test: { name: 'web', include: ['web/test/**/*.test.ts'], fileParallelism: false, sequence: { groupOrder: 1 } },
      },
    ],
  },
});
