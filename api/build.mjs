// Compiles the server once into dist/ (esbuild: one ESM file, packages left to node_modules), so
// `npm start` runs plain node: no TypeScript compiler in the process, a start in well under a second.
import { cpSync } from 'node:fs';
import { build } from 'esbuild';

const here = (path) => new URL(path, import.meta.url).pathname;

await build({
  entryPoints: [here('src/main.ts')],
  outfile: here('dist/main.js'),
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  packages: 'external',
  sourcemap: true,
  logLevel: 'warning',
});
// GraphiQL's page files, served by transport/graphiql.ts: the bundle built for browsers, and the boot
// script beside it as it is. The bundle runs GraphiQL on Preact's React layer, not React: react-dom
// was the largest single cost of its start in a browser (`GRAPHIQL_UNMINIFIED=1` keeps names for a profile).
await build({
  entryPoints: { graphiql: here('src/transport/graphiql/render.js') },
  outdir: here('dist/graphiql'),
  bundle: true,
  minify: !process.env.GRAPHIQL_UNMINIFIED,
  format: 'iife',
  target: 'es2022',
  define: { 'process.env.NODE_ENV': '"production"' },
  alias: {
    react: 'preact/compat',
    'react-dom': 'preact/compat',
    'react-dom/client': 'preact/compat/client',
    'react/jsx-runtime': 'preact/jsx-runtime',
  },
  logLevel: 'warning',
});
cpSync(here('src/transport/graphiql/boot.js'), here('dist/graphiql/boot.js'));
