import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { isObjectType } from 'graphql';
import { sql } from 'kysely';
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

/**
 * Each table is declared once, in the `<Domain>Tables` interface of the module that owns it
 * (`modules/<domain>/table.ts`, the change log's in `changes/table.ts`); db/tables.ts only composes
 * them into `DB`. Read from the sources, so a table declared twice, or one the migrations create and
 * no module owns, fails here by name.
 */
describe('the tables', () => {
  const parse = (file: string) => ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true);
  const tableFiles = files.filter((file) => file.endsWith('/table.ts'));

  /** Every `export interface <X>Tables { name: ... }` in a table.ts: the interface, its file and its tables. */
  const owners = tableFiles.flatMap((file) =>
    parse(file)
      .statements.filter(ts.isInterfaceDeclaration)
      .filter((declaration) => declaration.name.text.endsWith('Tables'))
      .map((declaration) => ({
        name: declaration.name.text,
        file: shown(file),
        tables: declaration.members.filter(ts.isPropertySignature).map((member) => member.name.getText()),
      })),
  );
  const declaredIn = new Map<string, string[]>();
  for (const owner of owners) for (const table of owner.tables) declaredIn.set(table, [...(declaredIn.get(table) ?? []), owner.file]);

  it('db/tables.ts only composes: DB extends every table.ts `*Tables` interface and declares no table of its own', () => {
    const db = parse(join(srcRoot, 'db/tables.ts')).statements.filter(ts.isInterfaceDeclaration);
    expect(db.map((declaration) => declaration.name.text), 'db/tables.ts declares only DB').toEqual(['DB']);
    expect(db[0]!.members.map((member) => member.getText()), 'tables declared in DB itself rather than in an owner').toEqual([]);
    const composed = (db[0]!.heritageClauses ?? []).flatMap((clause) => clause.types.map((type) => type.expression.getText()));
    const missing = owners.filter((owner) => !composed.includes(owner.name)).map((owner) => `${owner.name} (${owner.file}) is not in DB`);
    const unknown = composed.filter((name) => !owners.some((owner) => owner.name === name)).map((name) => `DB extends ${name}, found in no table.ts`);
    expect([...missing, ...unknown]).toEqual([]);
    expect(owners.length, 'every table.ts declares a `*Tables` interface').toBeGreaterThanOrEqual(tableFiles.length);
  });

  it('every table has exactly one owning module', () => {
    const shared = [...declaredIn]
      .filter(([, where]) => where.length > 1)
      .map(([table, where]) => `${table} is declared in ${where.length} files: ${where.join(', ')}`);
    expect(shared).toEqual([]);
  });

  it('the tables declared are the tables the migrations leave', () => {
    const migrationsDir = join(srcRoot, 'db/migrations');
    const migrated = new Set<string>();
    const steps = /\b(createTable|dropTable)\(\s*'([a-z_]+)'|\b(create|drop) table (?:if (?:not )?exists )?"?([a-z_]+)/gi;
    for (const name of readdirSync(migrationsDir).filter((name) => /^\d+_.*\.ts$/.test(name)).sort()) {
      for (const step of readFileSync(join(migrationsDir, name), 'utf8').matchAll(steps)) {
        const table = (step[2] ?? step[4])!;
        if (/^create/i.test(step[1] ?? step[3]!)) migrated.add(table);
        else migrated.delete(table);
      }
    }
    expect(migrated.size, 'the migrations were read').toBeGreaterThan(0);
    const unowned = [...migrated].filter((table) => !declaredIn.has(table)).map((table) => `${table} is created by a migration but declared in no table.ts`);
    const unmigrated = [...declaredIn]
      .filter(([table]) => !migrated.has(table))
      .map(([table, where]) => `${table} is declared in ${where.join(', ')} but no migration creates it`);
    expect([...unowned, ...unmigrated]).toEqual([]);
  });
});

describe('the entities', () => {
  it('every change topic has exactly one declaration, and each declares its change type in the schema', async () => {
    // Building the schema imports every module, and so every declaration (a second one for a topic throws there).
    const { schema } = await import('../src/schema.js');
    const { declaredEntities } = await import('../src/entities.js');
    const { changeTopics } = await import('../src/changes/topics.js');
    const declared = declaredEntities();
    const undeclared = changeTopics.filter((topic) => !declared.some((entity) => entity.topic === topic)).map((topic) => `${topic} has no declareEntity`);
    expect(undeclared).toEqual([]);
    expect(declared.map((entity) => entity.topic).sort()).toEqual([...changeTopics].sort());
    for (const entity of declared) {
      const changeType = schema.getType(entity.changeTypeName);
      expect(isObjectType(changeType) && changeType.getInterfaces().map((face) => face.name), `${entity.changeTypeName} implements Change`).toEqual(['Change']);
      const field = isObjectType(changeType) ? changeType.getFields()[entity.changeField] : undefined;
      expect(field && String(field.type), `${entity.changeTypeName}.${entity.changeField}`).toBe(entity.typeName);
    }
  });

  it("a uniquely named entity's table has its unique index once migrated, so a duplicate name is CONFLICT, not a second row", async () => {
    await import('../src/schema.js');
    const { declaredEntities } = await import('../src/entities.js');
    const { uniqueNameIndex } = await import('../src/db/unique-names.js');
    const { openDatabase } = await import('../src/db/database.js');
    const { migrate } = await import('../src/db/migrations/index.js');
    const database = await openDatabase({ dialect: 'sqlite', filename: ':memory:' }, { warn: () => {} });
    try {
      await migrate(database.db, 'sqlite');
      const { rows } = await sql<{ name: string }>`select name from sqlite_master where type = 'index'`.execute(database.db);
      const indexes = new Set(rows.map((row) => row.name));
      const uniquelyNamed = declaredEntities().filter((entity) => entity.uniquelyNamed);
      expect(uniquelyNamed.map((entity) => entity.typeName)).toEqual(expect.arrayContaining(['Campaign', 'KeywordSet', 'Persona', 'Proxy', 'ProxyPool']));
      expect(uniquelyNamed.filter((entity) => !indexes.has(uniqueNameIndex(entity.table!))).map((entity) => `${entity.table} has no ${uniqueNameIndex(entity.table!)}`)).toEqual([]);
    } finally {
      await database.close();
    }
  });
});
