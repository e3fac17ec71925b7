import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

/**
 * The structure the code promises in docs/ARCHITECTURE.md, read from its imports (type-only
 * imports included: they tie files together for a reader as much as any other).
 */

const srcRoot = fileURLToPath(new URL('../src', import.meta.url));

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return entry.name.endsWith('.ts') ? [path] : [];
  });
}

const files = sourceFiles(srcRoot);
const imports = new Map(
  files.map((file) => {
    const { importedFiles } = ts.preProcessFile(readFileSync(file, 'utf8'), true, true);
    const local = importedFiles
      .map((imported) => imported.fileName)
      .filter((name) => name.startsWith('.'))
      .map((name) => resolve(dirname(file), name.replace(/\.js$/, '.ts')));
    return [file, local];
  }),
);
const shown = (file: string) => relative(srcRoot, file);

describe('the import graph of api/src', () => {
  it('has no circle', () => {
    const circles: string[] = [];
    const state = new Map<string, 'visiting' | 'done'>();
    const visit = (file: string, path: string[]) => {
      if (state.get(file) === 'done') return;
      if (state.get(file) === 'visiting') {
        circles.push([...path.slice(path.indexOf(file)), file].map(shown).join(' -> '));
        return;
      }
      state.set(file, 'visiting');
      for (const next of imports.get(file) ?? []) visit(next, [...path, file]);
      state.set(file, 'done');
    };
    for (const file of files) visit(file, []);
    expect(circles).toEqual([]);
  });

  it('context.ts imports no module, and no module imports the Services bag', () => {
    const contextImports = (imports.get(join(srcRoot, 'context.ts')) ?? []).map(shown);
    expect(contextImports.filter((file) => file.startsWith('modules/'))).toEqual([]);
    const bagUsers = files
      .filter((file) => shown(file).startsWith('modules/') && !shown(file).endsWith('schema.ts'))
      .filter((file) => (imports.get(file) ?? []).some((imported) => shown(imported) === 'services.ts' || shown(imported) === 'context.ts'));
    expect(bagUsers.map(shown)).toEqual([]);
  });

  it('a module reaches another module only through its service, never its repo', () => {
    const crossings = files.flatMap((file) => {
      const own = /^modules\/([^/]+)\//.exec(shown(file))?.[1];
      if (!own) return [];
      return (imports.get(file) ?? [])
        .map(shown)
        .filter((imported) => /^modules\/[^/]+\/repo\.ts$/.test(imported) && !imported.startsWith(`modules/${own}/`))
        .map((imported) => `${shown(file)} -> ${imported}`);
    });
    expect(crossings).toEqual([]);
  });
});
