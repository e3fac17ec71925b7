import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { schema } from '../src/schema.js';
import { ChangesSubscription, CreateKeywordSet, CreatePersona, DeletePersona, UpdatePersona, dnsPersona } from './documents.js';
import { graphql } from './gql/index.js';
import { startServer, type TestServer, type TestUser } from './harness.js';

/**
 * Every mutation in the schema must have a scenario here proving that the change it commits
 * reaches another user's `changes` subscription. A new mutation without one turns this red.
 */

interface ExpectedChange {
  typename: string;
  op: 'CREATED' | 'UPDATED' | 'DELETED';
  entityId: string;
}

interface World {
  server: TestServer;
  admin: TestUser;
}

const UpdateKeywordSet = graphql(`
  mutation Coverage_UpdateKeywordSet($id: ID!, $input: UpdateKeywordSetInput!) {
    updateKeywordSet(id: $id, input: $input) {
      id
    }
  }
`);

const DeleteKeywordSet = graphql(`
  mutation Coverage_DeleteKeywordSet($id: ID!) {
    deleteKeywordSet(id: $id)
  }
`);

const UpdateSettings = graphql(`
  mutation Coverage_UpdateSettings($input: UpdateSettingsInput!) {
    updateSettings(input: $input) {
      id
    }
  }
`);

const rules = [{ pattern: 'buy now', kind: 'STRING' as const }];

/** Mutations that commit no shared change, each with the reason; anything else needs a scenario. */
const NO_CHANGE: Record<string, string> = {
  signIn: 'opens a session private to its holder; no entity anyone else reads changes',
  signOut: 'revokes a session private to its holder; its effect (closing its sockets) is tested in auth.test.ts',
};

/** Runs the mutation (after any setup it needs) and says which change it must produce. */
const SCENARIOS: Record<string, (world: World) => Promise<ExpectedChange>> = {
  signUp: async ({ server }) => {
    const user = await server.signUp('Newcomer');
    return { typename: 'UserChange', op: 'CREATED', entityId: user.id };
  },
  createPersona: async ({ admin }) => {
    const { createPersona } = await admin.gql(CreatePersona, { input: dnsPersona('Coverage') });
    return { typename: 'PersonaChange', op: 'CREATED', entityId: createPersona.id };
  },
  updatePersona: async ({ admin }) => {
    const { createPersona } = await admin.gql(CreatePersona, { input: dnsPersona('Coverage') });
    await admin.gql(UpdatePersona, { id: createPersona.id, input: { enabled: false } });
    return { typename: 'PersonaChange', op: 'UPDATED', entityId: createPersona.id };
  },
  deletePersona: async ({ admin }) => {
    const { createPersona } = await admin.gql(CreatePersona, { input: dnsPersona('Coverage') });
    await admin.gql(DeletePersona, { id: createPersona.id });
    return { typename: 'PersonaChange', op: 'DELETED', entityId: createPersona.id };
  },
  createKeywordSet: async ({ admin }) => {
    const { createKeywordSet } = await admin.gql(CreateKeywordSet, { input: { name: 'Coverage', rules } });
    return { typename: 'KeywordSetChange', op: 'CREATED', entityId: createKeywordSet.id };
  },
  updateKeywordSet: async ({ admin }) => {
    const { createKeywordSet } = await admin.gql(CreateKeywordSet, { input: { name: 'Coverage', rules } });
    await admin.gql(UpdateKeywordSet, { id: createKeywordSet.id, input: { name: 'Coverage 2' } });
    return { typename: 'KeywordSetChange', op: 'UPDATED', entityId: createKeywordSet.id };
  },
  deleteKeywordSet: async ({ admin }) => {
    const { createKeywordSet } = await admin.gql(CreateKeywordSet, { input: { name: 'Coverage', rules } });
    await admin.gql(DeleteKeywordSet, { id: createKeywordSet.id });
    return { typename: 'KeywordSetChange', op: 'DELETED', entityId: createKeywordSet.id };
  },
  updateSettings: async ({ admin }) => {
    const { updateSettings } = await admin.gql(UpdateSettings, { input: { workerConcurrency: 3 } });
    return { typename: 'SettingsChange', op: 'UPDATED', entityId: updateSettings.id };
  },
};

const mutationNames = Object.keys(schema.getMutationType()!.getFields()).sort();

let world: World;
let observer: TestUser;

beforeAll(async () => {
  const server = await startServer();
  world = { server, admin: await server.signUp('Admin') };
  observer = await server.signUp('Observer');
});
afterAll(async () => {
  observer.closeClients();
  await world.server.stop();
});

describe('push coverage', () => {
  it('every mutation in the schema has a push scenario or a stated reason it commits no change', () => {
    const uncovered = mutationNames.filter((name) => !(name in SCENARIOS) && !(name in NO_CHANGE));
    expect(uncovered).toEqual([]);
    const stale = [...Object.keys(SCENARIOS), ...Object.keys(NO_CHANGE)].filter((name) => !mutationNames.includes(name));
    expect(stale).toEqual([]);
  });

  it.each(mutationNames.filter((name) => name in SCENARIOS))('%s: its change reaches another user', async (name) => {
    const stream = observer.subscribe(ChangesSubscription, { after: await observer.changeCursor() });
    const expected = await SCENARIOS[name]!(world);
    const deadline = Date.now() + 5000;
    const matches = () =>
      stream.data.filter(
        ({ changes }) =>
          changes.__typename === expected.typename && changes.op === expected.op && changes.entityId === expected.entityId,
      );
    while (matches().length === 0 && Date.now() < deadline) await stream.waitFor(stream.results.length + 1, deadline - Date.now()).catch(() => {});
    expect(matches()).toHaveLength(1);
    stream.close();
  });
});
