// `npm start` builds the web app only when a source file is newer than the last build.
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('.', import.meta.url));
const built = join(root, 'dist/index.html');

function newest(path) {
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return Math.max(0, ...readdirSync(path).map((name) => newest(join(path, name))));
}

const sources = Math.max(newest(join(root, 'src')), newest(join(root, 'index.html')), newest(join(root, 'vite.config.ts')));
if (existsSync(built) && statSync(built).mtimeMs >= sources) {
  console.log('web: dist is up to date');
} else {
  execFileSync(process.execPath, [join(root, '../node_modules/vite/bin/vite.js'), 'build'], { cwd: root, stdio: 'inherit' });
}
