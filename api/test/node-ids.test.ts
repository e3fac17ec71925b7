import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { requestText, startServer, uniqueName, type TestServer, type TestUser } from './harness.js';

let server: TestServer;
let owner: TestUser;
let friend: TestUser;

async function data(user: TestUser, query: string, variables?: Record<string, unknown>) {
  const result = await requestText(server, user.token, query, variables);
  expect(result.errors, query).toBeUndefined();
  return result.data!;
}

beforeAll(async () => {
  server = await startServer({ WEBHOOK_ALLOW_PRIVATE_NETWORKS: '1' });
  owner = await server.signUp('Node owner');
  friend = await server.signUp('Node friend');
});
afterAll(async () => {
  await server?.stop();
});

/** One entity of every type that implements Node, created as a client would, with the id the API gave it. */
async function oneOfEach(): Promise<Record<string, string>> {
  const ids: Record<string, string> = { User: owner.id };
  ids.Persona = (await data(owner, 'mutation($input: CreatePersonaInput!) { createPersona(input: $input) { id } }', {
    input: { kind: 'DNS', name: uniqueName('Node persona'), dns: { resolvers: ['127.0.0.1'] } },
  })).createPersona.id;
  ids.KeywordSet = (await data(owner, 'mutation($input: CreateKeywordSetInput!) { createKeywordSet(input: $input) { id } }', {
    input: { name: uniqueName('Node words'), rules: [{ pattern: 'sale', kind: 'STRING' }] },
  })).createKeywordSet.id;
  ids.Proxy = (await data(owner, 'mutation($input: CreateProxyInput!) { createProxy(input: $input) { id } }', {
    input: { name: uniqueName('Node proxy'), protocol: 'HTTP', host: '127.0.0.1', port: 9 },
  })).createProxy.id;
  ids.ProxyPool = (await data(owner, 'mutation($input: CreateProxyPoolInput!) { createProxyPool(input: $input) { id } }', {
    input: { name: uniqueName('Node pool'), strategy: 'ROUND_ROBIN' },
  })).createProxyPool.id;
  ids.Campaign = (await data(owner, 'mutation($input: CreateCampaignInput!) { createCampaign(input: $input) { id } }', {
    input: { name: uniqueName('Node campaign'), kind: 'DOMAIN_GENERATION', generation: { pattern: 'PREFIX', constant: 'node', characterSet: 'ab', minLength: 1, maxLength: 1, tlds: ['test'] } },
  })).createCampaign.id;
  ids.Activity = (await data(owner, '{ activity(first: 1) { edges { node { id } } } }')).activity.edges[0].node.id;

  const request = (await data(owner, 'mutation($userId: ID!) { sendConnectionRequest(userId: $userId) { id } }', { userId: friend.id })).sendConnectionRequest.id;
  ids.Notification = (await data(friend, '{ notifications(first: 1) { edges { node { id } } } }')).notifications.edges[0].node.id;
  ids.Connection = (await data(friend, 'mutation($id: ID!) { acceptConnectionRequest(id: $id) { id } }', { id: request })).acceptConnectionRequest.id;
  ids.Chat = (await data(owner, 'mutation($input: CreateChatInput!) { createChat(input: $input) { id } }', { input: { memberIds: [friend.id] } })).createChat.id;
  ids.Message = (await data(owner, 'mutation($chatId: ID!) { sendMessage(chatId: $chatId, body: "hello") { id } }', { chatId: ids.Chat })).sendMessage.id;
  ids.Post = (await data(owner, 'mutation { createPost(body: "A node post") { id } }')).createPost.id;
  ids.Comment = (await data(owner, 'mutation($postId: ID!) { addComment(postId: $postId, body: "A node comment") { id } }', { postId: ids.Post })).addComment.id;
  ids.ApiKey = (await data(owner, 'mutation { createApiKey(input: { name: "Node key", capabilities: { read: true, write: false } }) { apiKey { id } } }')).createApiKey.apiKey.id;
  ids.Webhook = (await data(owner, 'mutation($input: CreateWebhookInput!) { createWebhook(input: $input) { webhook { id } } }', {
    input: { apiKeyId: ids.ApiKey, url: 'http://127.0.0.1:9/hook', query: 'subscription { changes { cursor } }' },
  })).createWebhook.webhook.id;
  // The owner signed up first: the workspace's ADMIN, who alone invites and reads invitations.
  ids.Invitation = (await data(owner, 'mutation { createInvitation(input: { email: "node@test.pulsegraph.dev", role: VIEWER }) { invitation { id } } }')).createInvitation.invitation.id;
  return ids;
}

describe('Relay ids are unique across types', () => {
  it('node(id:) and nodes(ids:) refetch one of every Node type as that type, with that id', async () => {
    const ids = await oneOfEach();
    const nodeTypes = (await data(owner, '{ __type(name: "Node") { possibleTypes { name } } }')).__type.possibleTypes.map((type: { name: string }) => type.name);
    expect(Object.keys(ids).sort()).toEqual([...nodeTypes].sort());

    for (const [typeName, id] of Object.entries(ids)) {
      // The chat's other member asks for what only members and the recipient may read; the owner asks for the rest.
      const reader = typeName === 'Notification' ? friend : owner;
      const { node } = await data(reader, 'query($id: ID!) { node(id: $id) { __typename id } }', { id });
      expect(node, `${typeName} ${id}`).toEqual({ __typename: typeName, id });
    }
    const all = Object.entries(ids).filter(([typeName]) => typeName !== 'Notification');
    const { nodes } = await data(owner, 'query($ids: [ID!]!) { nodes(ids: $ids) { __typename id } }', { ids: all.map(([, id]) => id) });
    expect(nodes).toEqual(all.map(([typeName, id]) => ({ __typename: typeName, id })));
  });

  it('a message and an activity line numbered alike are told apart; a bare number names neither', async () => {
    const { createChat } = await data(owner, 'mutation($input: CreateChatInput!) { createChat(input: $input) { id } }', { input: { memberIds: [friend.id] } });
    const { sendMessage } = await data(owner, 'mutation($chatId: ID!) { sendMessage(chatId: $chatId, body: "first") { id } }', { chatId: createChat.id });
    const number = /^Message:(\d+)$/.exec(sendMessage.id)?.[1];
    expect(number, sendMessage.id).toBeDefined();
    // Activity lines are numbered from 1 too, and there are more of them than messages here.
    const { node: message } = await data(owner, 'query($id: ID!) { node(id: $id) { __typename id } }', { id: `Message:${number}` });
    expect(message).toEqual({ __typename: 'Message', id: `Message:${number}` });
    const { node: activity } = await data(owner, 'query($id: ID!) { node(id: $id) { __typename id } }', { id: `Activity:${number}` });
    expect(activity).toEqual({ __typename: 'Activity', id: `Activity:${number}` });
    expect((await data(owner, 'query($id: ID!) { node(id: $id) { __typename } }', { id: number })).node).toBeNull();
    // Where the type is known from the field, the old bare form is still read.
    const edited = await data(owner, 'mutation($id: ID!) { editMessage(id: $id, body: "edited") { id body } }', { id: number });
    expect(edited.editMessage).toEqual({ id: sendMessage.id, body: 'edited' });
  });
});
