import { readFileSync } from 'node:fs';
import { buildSchema, isEnumType, isObjectType } from 'graphql';
import { describe, expect, it } from 'vitest';
import { TOPICS } from '../../src/features/apiKeys/topics.js';
import { edgeTypeOf, embeddedTypes } from '../../src/urql/schema.js';

/**
 * What the web app takes from the generated schema instead of a hand-kept copy: the API-key form's
 * topics, the connections' edge types, the types graphcache stores inside their parent. Held against
 * schema.graphql itself, so a topic or a type the server adds cannot be missed by the console.
 */

const schema = buildSchema(readFileSync(new URL('../../../schema.graphql', import.meta.url), 'utf8'));

describe('the web app reads the generated schema', () => {
  it('offers every ChangeTopic of the schema on the API-key form', () => {
    const topic = schema.getType('ChangeTopic');
    if (!isEnumType(topic)) throw new Error('ChangeTopic is not an enum');
    expect([...TOPICS].sort()).toEqual(topic.getValues().map((value) => value.name).sort());
    expect(TOPICS).toEqual(expect.arrayContaining(['API_KEY', 'WEBHOOK', 'INVITATION']));
  });

  it("takes a connection's edge type from the schema, and a plain list has none", () => {
    expect(edgeTypeOf('Query', 'personas')).toBe('QueryPersonasConnectionEdge');
    expect(edgeTypeOf('Query', 'campaigns')).toBe('QueryCampaignsConnectionEdge');
    expect(edgeTypeOf('Chat', 'messages')).toBe('ChatMessagesConnectionEdge');
    expect(edgeTypeOf('Query', 'apiKeys')).toBeUndefined();
    expect(() => edgeTypeOf('Query', 'nothingByThisName')).toThrow(/no field/);
  });

  it('stores every type without an id inside its parent, and none with one', () => {
    const roots = new Set(['Query', 'Mutation', 'Subscription']);
    const withoutId = Object.values(schema.getTypeMap())
      .filter((type) => isObjectType(type) && !type.name.startsWith('__') && !roots.has(type.name) && !type.getFields().id)
      .map((type) => type.name);
    expect(embeddedTypes().sort()).toEqual(withoutId.sort());
    // Those the cache once listed by hand are among them.
    expect(embeddedTypes()).toEqual(expect.arrayContaining(['PageInfo', 'ProxyHealth', 'CampaignResult', 'QueryPersonasConnectionEdge', 'ChatMessagesConnectionEdge']));
  });
});
