import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { schema } from '../src/schema.js';
import { ChangesSubscription, CreateKeywordSet, CreatePersona, DeletePersona, UpdatePersona, dnsPersona } from './documents.js';
import {
  AddProxyToPool,
  CancelCampaign,
  CheckProxy,
  CreateCampaign,
  CreateProxy,
  CreateProxyPool,
  DeleteCampaign,
  DeleteProxy,
  DeleteProxyPool,
  MarkAllNotificationsRead,
  MarkNotificationRead,
  OpsChanges,
  PauseCampaign,
  RemoveProxyFromPool,
  ResumeCampaign,
  StartCampaign,
  UpdateCampaign,
  UpdateProxy,
  UpdateProxyPool,
} from './operations-documents.js';
import {
  AcceptConnectionRequest,
  AddComment,
  CancelConnectionRequest,
  connectUsers,
  CreateChat,
  CreatePost,
  DeclineConnectionRequest,
  DeleteComment,
  DeleteMessage,
  DeletePost,
  EditMessage,
  MarkChatRead,
  RemoveConnection,
  SendConnectionRequest,
  SendMessage,
  UpdatePost,
} from './social-documents.js';
import { graphql } from './gql/index.js';
import { CreateInvitation, newEmail, RemoveMember, RevokeInvitation, SetMemberRole } from './members-documents.js';
import { startServer, uniqueName, type TestServer, type TestUser } from './harness.js';

/**
 * Every mutation in the schema must have a scenario here proving that the change it commits
 * reaches another user's `changes` subscription. A new mutation without one turns this red.
 */

interface ExpectedChange {
  typename: string;
  op: 'CREATED' | 'UPDATED' | 'DELETED';
  entityId: string;
  /** Count only changes after this cursor, when the setup commits the same kind of change. */
  after?: string;
}

interface World {
  server: TestServer;
  admin: TestUser;
  /** The user whose subscription must receive the change (the recipient of private ones). */
  observer: TestUser;
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

const DuplicateCampaign = graphql(`
  mutation Coverage_DuplicateCampaign($id: ID!) {
    duplicateCampaign(id: $id) {
      id
    }
  }
`);

const UpdateSettings = graphql(`
  mutation Coverage_UpdateSettings($input: UpdateSettingsInput!) {
    updateSettings(input: $input) {
      id
    }
  }
`);

const CreateApiKey = graphql(`
  mutation Coverage_CreateApiKey($input: CreateApiKeyInput!) {
    createApiKey(input: $input) {
      apiKey {
        id
      }
    }
  }
`);

const RevokeApiKey = graphql(`
  mutation Coverage_RevokeApiKey($id: ID!) {
    revokeApiKey(id: $id) {
      id
    }
  }
`);

const CreateHook = graphql(`
  mutation Coverage_CreateWebhook($input: CreateWebhookInput!) {
    createWebhook(input: $input) {
      webhook {
        id
        cursor
      }
    }
  }
`);

const UpdateHook = graphql(`
  mutation Coverage_UpdateWebhook($id: ID!, $input: UpdateWebhookInput!) {
    updateWebhook(id: $id, input: $input) {
      id
    }
  }
`);

const DeleteHook = graphql(`
  mutation Coverage_DeleteWebhook($id: ID!) {
    deleteWebhook(id: $id)
  }
`);

const PingHook = graphql(`
  mutation Coverage_PingWebhook($id: ID!) {
    pingWebhook(id: $id) {
      status
    }
  }
`);

const ReplayHook = graphql(`
  mutation Coverage_ReplayWebhook($id: ID!, $after: String!) {
    replayWebhook(id: $id, after: $after) {
      id
    }
  }
`);

/** An endpoint of the observer's that follows an entity that does not exist, so nothing is ever delivered to it. */
async function observerWebhook(observer: TestUser) {
  const { createApiKey } = await observer.gql(CreateApiKey, { input: readOnlyKey() });
  const { createWebhook } = await observer.gql(CreateHook, {
    input: { apiKeyId: createApiKey.apiKey.id, url: 'http://127.0.0.1:9/hook', query: 'subscription { changes { cursor } }', entityIds: ['nothing-here'] },
  });
  return createWebhook.webhook;
}

const readOnlyKey = () => ({ name: uniqueName('Coverage key'), capabilities: { read: true, write: false } });

const rules = [{ pattern: 'buy now', kind: 'STRING' as const }];

const proxyInput = () => ({ name: uniqueName('Coverage'), protocol: 'HTTP' as const, host: '127.0.0.1', port: 9 });
const tinyGeneration = () => ({
  name: uniqueName('Coverage'),
  kind: 'DOMAIN_GENERATION' as const,
  generation: { pattern: 'PREFIX' as const, characterSet: 'ab', minLength: 1, maxLength: 1, tlds: ['test'] },
});

async function newPoolWithProxy(admin: TestUser) {
  const { createProxy } = await admin.gql(CreateProxy, { input: { ...proxyInput(), enabled: false } });
  const { createProxyPool } = await admin.gql(CreateProxyPool, { input: { name: uniqueName('Coverage') } });
  return { proxyId: createProxy.id, poolId: createProxyPool.id };
}

/** A DNS campaign whose source never runs: it stays QUEUED once started, so the runner never touches it. */
async function waitingCampaign(admin: TestUser): Promise<string> {
  const { createCampaign: source } = await admin.gql(CreateCampaign, { input: tinyGeneration() });
  const { createPersona } = await admin.gql(CreatePersona, { input: dnsPersona(uniqueName('Coverage')) });
  const { createCampaign } = await admin.gql(CreateCampaign, {
    input: { name: uniqueName('Waiting'), kind: 'DNS_VALIDATION', personaId: createPersona.id, sourceId: source.id },
  });
  return createCampaign.id;
}


/** A fresh user connected to the observer, with a direct chat between them. */
async function chatWithObserver({ server, observer }: World) {
  const friend = await server.signUp('Friend');
  await connectUsers(friend, observer);
  const { createChat } = await friend.gql(CreateChat, { input: { memberIds: [observer.id] } });
  return { friend, chatId: createChat.id };
}

/** Runs a tiny campaign as `user` and returns the CAMPAIGN_FINISHED notification it leaves them. */
async function finishedCampaignNotification(user: TestUser): Promise<string> {
  const stream = user.subscribe(OpsChanges, { after: await user.changeCursor(), topics: ['NOTIFICATION'] });
  const { createCampaign } = await user.gql(CreateCampaign, { input: tinyGeneration() });
  await user.gql(StartCampaign, { id: createCampaign.id });
  const [first] = await stream.waitFor(1, 10_000);
  stream.close();
  return first!.changes.entityId;
}

/** Mutations that commit no shared change, each with the reason; anything else needs a scenario. */
const NO_CHANGE: Record<string, string> = {
  setTyping: 'typing is ephemeral by design, never a change; social.test.ts proves its delivery, throttle and expiry',
  signIn: 'opens a session private to its holder; no entity anyone else reads changes',
  signOut: 'revokes a session private to its holder; its effect (closing its sockets) is tested in auth.test.ts',
  createResultsExportLink: 'makes a download link private to the session that asked; console.test.ts proves its use, reuse, expiry and session',
};

/** Runs the mutation (after any setup it needs) and says which change it must produce. */
const SCENARIOS: Record<string, (world: World) => Promise<ExpectedChange>> = {
  signUp: async ({ server }) => {
    const user = await server.signUp('Newcomer');
    return { typename: 'UserChange', op: 'CREATED', entityId: user.id };
  },
  createPersona: async ({ admin }) => {
    const { createPersona } = await admin.gql(CreatePersona, { input: dnsPersona(uniqueName('Coverage')) });
    return { typename: 'PersonaChange', op: 'CREATED', entityId: createPersona.id };
  },
  updatePersona: async ({ admin }) => {
    const { createPersona } = await admin.gql(CreatePersona, { input: dnsPersona(uniqueName('Coverage')) });
    await admin.gql(UpdatePersona, { id: createPersona.id, input: { enabled: false } });
    return { typename: 'PersonaChange', op: 'UPDATED', entityId: createPersona.id };
  },
  deletePersona: async ({ admin }) => {
    const { createPersona } = await admin.gql(CreatePersona, { input: dnsPersona(uniqueName('Coverage')) });
    await admin.gql(DeletePersona, { id: createPersona.id });
    return { typename: 'PersonaChange', op: 'DELETED', entityId: createPersona.id };
  },
  createKeywordSet: async ({ admin }) => {
    const { createKeywordSet } = await admin.gql(CreateKeywordSet, { input: { name: uniqueName('Coverage'), rules } });
    return { typename: 'KeywordSetChange', op: 'CREATED', entityId: createKeywordSet.id };
  },
  updateKeywordSet: async ({ admin }) => {
    const { createKeywordSet } = await admin.gql(CreateKeywordSet, { input: { name: uniqueName('Coverage'), rules } });
    await admin.gql(UpdateKeywordSet, { id: createKeywordSet.id, input: { name: uniqueName('Coverage 2') } });
    return { typename: 'KeywordSetChange', op: 'UPDATED', entityId: createKeywordSet.id };
  },
  deleteKeywordSet: async ({ admin }) => {
    const { createKeywordSet } = await admin.gql(CreateKeywordSet, { input: { name: uniqueName('Coverage'), rules } });
    await admin.gql(DeleteKeywordSet, { id: createKeywordSet.id });
    return { typename: 'KeywordSetChange', op: 'DELETED', entityId: createKeywordSet.id };
  },
  createProxy: async ({ admin }) => {
    const { createProxy } = await admin.gql(CreateProxy, { input: proxyInput() });
    return { typename: 'ProxyChange', op: 'CREATED', entityId: createProxy.id };
  },
  updateProxy: async ({ admin }) => {
    const { createProxy } = await admin.gql(CreateProxy, { input: { ...proxyInput(), enabled: false } });
    await admin.gql(UpdateProxy, { id: createProxy.id, input: { name: uniqueName('Renamed') } });
    return { typename: 'ProxyChange', op: 'UPDATED', entityId: createProxy.id };
  },
  deleteProxy: async ({ admin }) => {
    const { createProxy } = await admin.gql(CreateProxy, { input: proxyInput() });
    await admin.gql(DeleteProxy, { id: createProxy.id });
    return { typename: 'ProxyChange', op: 'DELETED', entityId: createProxy.id };
  },
  checkProxy: async ({ admin }) => {
    // Disabled, so only the explicit check writes its health.
    const { createProxy } = await admin.gql(CreateProxy, { input: { ...proxyInput(), enabled: false } });
    await admin.gql(CheckProxy, { id: createProxy.id });
    return { typename: 'ProxyChange', op: 'UPDATED', entityId: createProxy.id };
  },
  createProxyPool: async ({ admin }) => {
    const { createProxyPool } = await admin.gql(CreateProxyPool, { input: { name: uniqueName('Coverage') } });
    return { typename: 'ProxyPoolChange', op: 'CREATED', entityId: createProxyPool.id };
  },
  updateProxyPool: async ({ admin }) => {
    const { createProxyPool } = await admin.gql(CreateProxyPool, { input: { name: uniqueName('Coverage') } });
    await admin.gql(UpdateProxyPool, { id: createProxyPool.id, input: { strategy: 'LEAST_LATENCY' } });
    return { typename: 'ProxyPoolChange', op: 'UPDATED', entityId: createProxyPool.id };
  },
  deleteProxyPool: async ({ admin }) => {
    const { createProxyPool } = await admin.gql(CreateProxyPool, { input: { name: uniqueName('Coverage') } });
    await admin.gql(DeleteProxyPool, { id: createProxyPool.id });
    return { typename: 'ProxyPoolChange', op: 'DELETED', entityId: createProxyPool.id };
  },
  addProxyToPool: async ({ admin }) => {
    const { proxyId, poolId } = await newPoolWithProxy(admin);
    await admin.gql(AddProxyToPool, { poolId, proxyId });
    return { typename: 'ProxyPoolChange', op: 'UPDATED', entityId: poolId };
  },
  removeProxyFromPool: async ({ admin }) => {
    const { proxyId, poolId } = await newPoolWithProxy(admin);
    await admin.gql(AddProxyToPool, { poolId, proxyId });
    const after = await admin.changeCursor();
    await admin.gql(RemoveProxyFromPool, { poolId, proxyId });
    return { typename: 'ProxyChange', op: 'UPDATED', entityId: proxyId, after };
  },
  createCampaign: async ({ admin }) => {
    const { createCampaign } = await admin.gql(CreateCampaign, { input: tinyGeneration() });
    return { typename: 'CampaignChange', op: 'CREATED', entityId: createCampaign.id };
  },
  updateCampaign: async ({ admin }) => {
    const { createCampaign } = await admin.gql(CreateCampaign, { input: tinyGeneration() });
    await admin.gql(UpdateCampaign, { id: createCampaign.id, input: { name: uniqueName('Renamed') } });
    return { typename: 'CampaignChange', op: 'UPDATED', entityId: createCampaign.id };
  },
  deleteCampaign: async ({ admin }) => {
    const { createCampaign } = await admin.gql(CreateCampaign, { input: tinyGeneration() });
    await admin.gql(DeleteCampaign, { id: createCampaign.id });
    return { typename: 'CampaignChange', op: 'DELETED', entityId: createCampaign.id };
  },
  duplicateCampaign: async ({ admin }) => {
    const { createCampaign } = await admin.gql(CreateCampaign, { input: tinyGeneration() });
    const { duplicateCampaign } = await admin.gql(DuplicateCampaign, { id: createCampaign.id });
    return { typename: 'CampaignChange', op: 'CREATED', entityId: duplicateCampaign.id };
  },
  startCampaign: async ({ admin }) => {
    const id = await waitingCampaign(admin);
    const after = await admin.changeCursor();
    await admin.gql(StartCampaign, { id });
    return { typename: 'CampaignChange', op: 'UPDATED', entityId: id, after };
  },
  pauseCampaign: async ({ admin }) => {
    const id = await waitingCampaign(admin);
    await admin.gql(StartCampaign, { id });
    const after = await admin.changeCursor();
    await admin.gql(PauseCampaign, { id });
    return { typename: 'CampaignChange', op: 'UPDATED', entityId: id, after };
  },
  resumeCampaign: async ({ admin }) => {
    const id = await waitingCampaign(admin);
    await admin.gql(StartCampaign, { id });
    await admin.gql(PauseCampaign, { id });
    const after = await admin.changeCursor();
    await admin.gql(ResumeCampaign, { id });
    return { typename: 'CampaignChange', op: 'UPDATED', entityId: id, after };
  },
  cancelCampaign: async ({ admin }) => {
    const { createCampaign } = await admin.gql(CreateCampaign, { input: tinyGeneration() });
    await admin.gql(CancelCampaign, { id: createCampaign.id });
    return { typename: 'CampaignChange', op: 'UPDATED', entityId: createCampaign.id };
  },
  markNotificationRead: async ({ observer }) => {
    const id = await finishedCampaignNotification(observer);
    await observer.gql(MarkNotificationRead, { id });
    return { typename: 'NotificationChange', op: 'UPDATED', entityId: id };
  },
  createApiKey: async ({ observer }) => {
    const { createApiKey } = await observer.gql(CreateApiKey, { input: readOnlyKey() });
    return { typename: 'ApiKeyChange', op: 'CREATED', entityId: createApiKey.apiKey.id };
  },
  revokeApiKey: async ({ observer }) => {
    const { createApiKey } = await observer.gql(CreateApiKey, { input: readOnlyKey() });
    await observer.gql(RevokeApiKey, { id: createApiKey.apiKey.id });
    return { typename: 'ApiKeyChange', op: 'UPDATED', entityId: createApiKey.apiKey.id };
  },
  createWebhook: async ({ observer }) => {
    const webhook = await observerWebhook(observer);
    return { typename: 'WebhookChange', op: 'CREATED', entityId: webhook.id };
  },
  updateWebhook: async ({ observer }) => {
    const webhook = await observerWebhook(observer);
    const after = await observer.changeCursor();
    await observer.gql(UpdateHook, { id: webhook.id, input: { enabled: false } });
    return { typename: 'WebhookChange', op: 'UPDATED', entityId: webhook.id, after };
  },
  deleteWebhook: async ({ observer }) => {
    const webhook = await observerWebhook(observer);
    await observer.gql(DeleteHook, { id: webhook.id });
    return { typename: 'WebhookChange', op: 'DELETED', entityId: webhook.id };
  },
  pingWebhook: async ({ observer }) => {
    const webhook = await observerWebhook(observer);
    await observer.gql(UpdateHook, { id: webhook.id, input: { enabled: false } });
    const after = await observer.changeCursor();
    await observer.gql(PingHook, { id: webhook.id });
    return { typename: 'WebhookChange', op: 'UPDATED', entityId: webhook.id, after };
  },
  replayWebhook: async ({ observer }) => {
    const webhook = await observerWebhook(observer);
    await observer.gql(UpdateHook, { id: webhook.id, input: { enabled: false } });
    const after = await observer.changeCursor();
    await observer.gql(ReplayHook, { id: webhook.id, after: webhook.cursor! });
    return { typename: 'WebhookChange', op: 'UPDATED', entityId: webhook.id, after };
  },
  markAllNotificationsRead: async ({ observer }) => {
    const id = await finishedCampaignNotification(observer);
    await observer.gql(MarkAllNotificationsRead);
    return { typename: 'NotificationChange', op: 'UPDATED', entityId: id };
  },
  sendConnectionRequest: async ({ server, observer }) => {
    const stranger = await server.signUp('Stranger');
    const { sendConnectionRequest } = await stranger.gql(SendConnectionRequest, { userId: observer.id });
    return { typename: 'ConnectionChange', op: 'CREATED', entityId: sendConnectionRequest.id };
  },
  acceptConnectionRequest: async ({ server, observer }) => {
    const friend = await server.signUp('Friend');
    const { sendConnectionRequest } = await observer.gql(SendConnectionRequest, { userId: friend.id });
    await friend.gql(AcceptConnectionRequest, { id: sendConnectionRequest.id });
    return { typename: 'ConnectionChange', op: 'UPDATED', entityId: sendConnectionRequest.id };
  },
  declineConnectionRequest: async ({ server, observer }) => {
    const friend = await server.signUp('Friend');
    const { sendConnectionRequest } = await observer.gql(SendConnectionRequest, { userId: friend.id });
    await friend.gql(DeclineConnectionRequest, { id: sendConnectionRequest.id });
    return { typename: 'ConnectionChange', op: 'DELETED', entityId: sendConnectionRequest.id };
  },
  cancelConnectionRequest: async ({ server, observer }) => {
    const friend = await server.signUp('Friend');
    const { sendConnectionRequest } = await friend.gql(SendConnectionRequest, { userId: observer.id });
    await friend.gql(CancelConnectionRequest, { id: sendConnectionRequest.id });
    return { typename: 'ConnectionChange', op: 'DELETED', entityId: sendConnectionRequest.id };
  },
  removeConnection: async ({ server, observer }) => {
    const friend = await server.signUp('Friend');
    const id = await connectUsers(friend, observer);
    await friend.gql(RemoveConnection, { id });
    return { typename: 'ConnectionChange', op: 'DELETED', entityId: id };
  },
  createChat: async (world) => {
    const { chatId } = await chatWithObserver(world);
    return { typename: 'ChatChange', op: 'CREATED', entityId: chatId };
  },
  sendMessage: async (world) => {
    const { friend, chatId } = await chatWithObserver(world);
    const { sendMessage } = await friend.gql(SendMessage, { chatId, body: 'hello' });
    return { typename: 'MessageChange', op: 'CREATED', entityId: sendMessage.id };
  },
  editMessage: async (world) => {
    const { friend, chatId } = await chatWithObserver(world);
    const { sendMessage } = await friend.gql(SendMessage, { chatId, body: 'hello' });
    await friend.gql(EditMessage, { id: sendMessage.id, body: 'hello!' });
    return { typename: 'MessageChange', op: 'UPDATED', entityId: sendMessage.id };
  },
  deleteMessage: async (world) => {
    const { friend, chatId } = await chatWithObserver(world);
    const { sendMessage } = await friend.gql(SendMessage, { chatId, body: 'hello' });
    const after = await friend.changeCursor();
    await friend.gql(DeleteMessage, { id: sendMessage.id });
    return { typename: 'MessageChange', op: 'UPDATED', entityId: sendMessage.id, after };
  },
  markChatRead: async (world) => {
    // The read position is the reader's own: the change goes to the observer's other sessions.
    const { friend, chatId } = await chatWithObserver(world);
    const { sendMessage } = await friend.gql(SendMessage, { chatId, body: 'hello' });
    const after = await world.observer.changeCursor();
    await world.observer.gql(MarkChatRead, { chatId, messageId: sendMessage.id });
    return { typename: 'ChatChange', op: 'UPDATED', entityId: chatId, after };
  },
  createPost: async ({ server, observer }) => {
    const friend = await server.signUp('Friend');
    await connectUsers(friend, observer);
    const { createPost } = await friend.gql(CreatePost, { body: 'hello' });
    return { typename: 'PostChange', op: 'CREATED', entityId: createPost.id };
  },
  updatePost: async ({ server, observer }) => {
    const friend = await server.signUp('Friend');
    await connectUsers(friend, observer);
    const { createPost } = await friend.gql(CreatePost, { body: 'hello' });
    await friend.gql(UpdatePost, { id: createPost.id, body: 'hello!' });
    return { typename: 'PostChange', op: 'UPDATED', entityId: createPost.id };
  },
  deletePost: async ({ server, observer }) => {
    const friend = await server.signUp('Friend');
    await connectUsers(friend, observer);
    const { createPost } = await friend.gql(CreatePost, { body: 'hello' });
    await friend.gql(DeletePost, { id: createPost.id });
    return { typename: 'PostChange', op: 'DELETED', entityId: createPost.id };
  },
  addComment: async ({ server, observer }) => {
    const friend = await server.signUp('Friend');
    await connectUsers(friend, observer);
    const { createPost } = await friend.gql(CreatePost, { body: 'hello' });
    const { addComment } = await friend.gql(AddComment, { postId: createPost.id, body: 'first' });
    return { typename: 'CommentChange', op: 'CREATED', entityId: addComment.id };
  },
  deleteComment: async ({ server, observer }) => {
    const friend = await server.signUp('Friend');
    await connectUsers(friend, observer);
    const { createPost } = await friend.gql(CreatePost, { body: 'hello' });
    const { addComment } = await friend.gql(AddComment, { postId: createPost.id, body: 'first' });
    await friend.gql(DeleteComment, { id: addComment.id });
    return { typename: 'CommentChange', op: 'DELETED', entityId: addComment.id };
  },
  // Invitations go to the ADMINs: the observer is one while the invitation changes.
  createInvitation: async ({ admin, observer }) => {
    await admin.gql(SetMemberRole, { userId: observer.id, role: 'ADMIN' });
    const { createInvitation } = await admin.gql(CreateInvitation, { input: { email: newEmail(), role: 'MEMBER' } });
    await admin.gql(SetMemberRole, { userId: observer.id, role: 'MEMBER' });
    return { typename: 'InvitationChange', op: 'CREATED', entityId: createInvitation.invitation.id };
  },
  revokeInvitation: async ({ admin, observer }) => {
    await admin.gql(SetMemberRole, { userId: observer.id, role: 'ADMIN' });
    const { createInvitation } = await admin.gql(CreateInvitation, { input: { email: newEmail(), role: 'MEMBER' } });
    await admin.gql(RevokeInvitation, { id: createInvitation.invitation.id });
    await admin.gql(SetMemberRole, { userId: observer.id, role: 'MEMBER' });
    return { typename: 'InvitationChange', op: 'UPDATED', entityId: createInvitation.invitation.id };
  },
  setMemberRole: async ({ server, admin }) => {
    const member = await server.signUp('Soon a viewer');
    await admin.gql(SetMemberRole, { userId: member.id, role: 'VIEWER' });
    return { typename: 'UserChange', op: 'UPDATED', entityId: member.id };
  },
  removeMember: async ({ server, admin }) => {
    const member = await server.signUp('Leaving');
    await admin.gql(RemoveMember, { userId: member.id });
    return { typename: 'UserChange', op: 'UPDATED', entityId: member.id };
  },
  updateSettings: async ({ admin }) => {
    const { updateSettings } = await admin.gql(UpdateSettings, { input: { workerConcurrency: 3 } });
    return { typename: 'SettingsChange', op: 'UPDATED', entityId: updateSettings.id };
  },
};

const mutationNames = Object.keys(schema.getMutationType()!.getFields()).sort();

let world: World;

beforeAll(async () => {
  const server = await startServer({ WEBHOOK_ALLOW_PRIVATE_NETWORKS: '1' });
  world = { server, admin: await server.signUp('Admin'), observer: await server.signUp('Observer') };
});
afterAll(async () => {
  world.observer.closeClients();
  world.admin.closeClients();
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
    const { observer } = world;
    const stream = observer.subscribe(ChangesSubscription, { after: await observer.changeCursor() });
    const expected = await SCENARIOS[name]!(world);
    const deadline = Date.now() + 5000;
    const matches = () =>
      stream.data.filter(
        ({ changes }) =>
          changes.__typename === expected.typename &&
          changes.op === expected.op &&
          changes.entityId === expected.entityId &&
          (expected.after === undefined || Number(changes.cursor) > Number(expected.after)),
      );
    while (matches().length === 0 && Date.now() < deadline) await stream.waitFor(stream.results.length + 1, deadline - Date.now()).catch(() => {});
    expect(matches()).toHaveLength(1);
    stream.close();
  });
});
