import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Kind, parse, type DocumentNode } from 'graphql';
import { describe, expect, it } from 'vitest';

/**
 * The web app is the API's client for people: every mutation of the schema is reachable from some
 * page, unless it is on this list of mutations a person never triggers by hand.
 */
const NOT_FOR_PEOPLE: Record<string, string> = {
  // (none today: every mutation has a button, a form or an automatic call such as setTyping)
};

const root = fileURLToPath(new URL('../..', import.meta.url));

function sourceFiles(directory: string): string[] {
  return readdirSync(directory).flatMap((name) => {
    const path = join(directory, name);
    if (statSync(path).isDirectory()) return name === 'gql' ? [] : sourceFiles(path);
    return /\.tsx?$/.test(name) ? [path] : [];
  });
}

function mutationsOf(document: DocumentNode): string[] {
  return document.definitions.flatMap((definition) =>
    definition.kind === Kind.OPERATION_DEFINITION && definition.operation === 'mutation'
      ? definition.selectionSet.selections.flatMap((selection) => (selection.kind === Kind.FIELD ? [selection.name.value] : []))
      : [],
  );
}

describe('every mutation a person would use has a way in the web app', () => {
  it('each Mutation field of schema.graphql is used by a web document or is listed (with why) as not for people', () => {
    const schema = parse(readFileSync(join(root, 'schema.graphql'), 'utf8'));
    const mutationType = schema.definitions.find(
      (definition) => definition.kind === Kind.OBJECT_TYPE_DEFINITION && definition.name.value === 'Mutation',
    );
    const all = mutationType && 'fields' in mutationType ? (mutationType.fields ?? []).map((field) => field.name.value) : [];
    expect(all.length).toBeGreaterThan(40);

    const used = new Set<string>();
    for (const file of sourceFiles(join(root, 'web/src'))) {
      for (const [, text] of readFileSync(file, 'utf8').matchAll(/graphql\(`([\s\S]*?)`\)/g)) {
        for (const name of mutationsOf(parse(text!))) used.add(name);
      }
    }
    const missing = all.filter((name) => !used.has(name) && !(name in NOT_FOR_PEOPLE));
    expect(missing).toEqual([]);
    // The exceptions stay honest too: one that the app does use, or that no longer exists, is removed.
    expect(Object.keys(NOT_FOR_PEOPLE).filter((name) => used.has(name) || !all.includes(name))).toEqual([]);
  });
});
