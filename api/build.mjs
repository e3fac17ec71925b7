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
// Read at run time next to the code that serves it (transport/graphiql.ts).
cpSync(here('src/transport/graphiql/boot.js'), here('dist/graphiql/boot.js'));
