import { afterAll, beforeAll, expect, it } from 'vitest';
import type { Social_ChangesSubscription } from './gql/graphql.js';
import { startServer, type Stream, type TestServer, type TestUser } from './harness.js';
import { MarkAllNotificationsRead, MarkNotificationRead, MyNotifications } from './operations-documents.js';
import {
  AcceptConnectionRequest,
  AddComment,
  CancelConnectionRequest,
  ChatThread,
  CreateChat,
  CreatePost,
  DeclineConnectionRequest,
  DeletePost,
  MarkChatRead,
  RemoveConnection,
  SendConnectionRequest,
  SendMessage,
  SocialChanges,
  SocialState,
  UpdatePost,
} from './social-documents.js';

/**
 * Three users do 200 random things to each other. Each keeps a view built only from their own
 * `changes` stream, the way a client's cache would; at the end every view equals a fresh query.
 */

type Change = Social_ChangesSubscription['changes'];

interface View {
  counts?: { unreadMessages: number; unreadNotifications: number; incomingConnectionRequests: number };
  chats: Map<string, number>;
  connections: Map<string, string>;
  notifications: Map<string, boolean>;
  posts: Map<string, { body: string; commentCount: number }>;
}

function reduce(view: View, change: Change): void {
  switch (change.__typename) {
    case 'CountsChange':
      if (change.counts) view.counts = { ...change.counts, id: undefined } as never;
      break;
    case 'ChatChange':
      if (change.chat) view.chats.set(change.chat.id, change.chat.unreadCount);
      break;
    case 'ConnectionChange':
      if (change.op === 'DELETED' || !change.connection) view.connections.delete(change.entityId);
      else view.connections.set(change.entityId, change.connection.status);
      break;
    case 'NotificationChange':
      if (change.notification) view.notifications.set(change.entityId, change.notification.read);
      break;
    case 'PostChange':
      if (change.op === 'DELETED' || !change.post) view.posts.delete(change.entityId);
      else view.posts.set(change.entityId, { body: change.post.body, commentCount: change.post.commentCount });
      break;
    default:
  }
}

function viewFrom(stream: Stream<Social_ChangesSubscription>): View {
  const view: View = { chats: new Map(), connections: new Map(), notifications: new Map(), posts: new Map() };
  for (const { changes } of stream.data) reduce(view, changes);
  delete (view.counts as { id?: unknown } | undefined)?.id;
  return view;
}

let server: TestServer;
let users: TestUser[];

beforeAll(async () => {
  server = await startServer();
  users = [await server.signUp('U0'), await server.signUp('U1'), await server.signUp('U2')];
});
afterAll(async () => {
  for (const user of users) user.closeClients();
  await server.stop();
});

it('200 random operations: every user’s stream-built view equals a fresh query', async () => {
  const streams = await Promise.all(users.map(async (user) => user.subscribe(SocialChanges, { after: await user.changeCursor() })));
  // mulberry32: a small seeded generator, so a failure replays exactly.
  let seed = 42;
  const random = (n: number) => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return Math.floor((((t ^ (t >>> 14)) >>> 0) / 4_294_967_296) * n);
  };
  const pick = <T>(items: T[]): T | undefined => (items.length ? items[random(items.length)] : undefined);

  const done: string[] = [];
  for (let step = 0; done.length < 200 && step < 2000; step++) {
    const me = users[random(3)]!;
    const others = users.filter((user) => user !== me);
    const state = await me.gql(SocialState);
    const accepted = state.connections.filter((c) => c.status === 'ACCEPTED');
    const operations: Array<[string, () => Promise<unknown> | undefined]> = [
      ['request', () => {
        const other = pick(others)!;
        return me.request(SendConnectionRequest, { userId: other.id });
      }],
      ['respond', () => {
        const pending = state.connections.filter((c) => c.status === 'PENDING');
        const connection = pick(pending);
        if (!connection) return undefined;
        const action = random(3);
        if (action === 0) return me.request(AcceptConnectionRequest, { id: connection.id });
        if (action === 1) return me.request(DeclineConnectionRequest, { id: connection.id });
        return me.request(CancelConnectionRequest, { id: connection.id });
      }],
      ['remove', () => (random(4) === 0 && accepted.length ? me.request(RemoveConnection, { id: pick(accepted)!.id }) : undefined)],
      ['chat', () => {
        if (accepted.length === 2 && random(2) === 0) {
          return me.request(CreateChat, { input: { memberIds: accepted.map((c) => c.user.id), title: `group ${done.length}` } });
        }
        const connection = pick(accepted);
        return connection ? me.request(CreateChat, { input: { memberIds: [connection.user.id] } }) : undefined;
      }],
      ['message', () => {
        const chat = pick(state.chats);
        return chat ? me.request(SendMessage, { chatId: chat.id, body: `message ${done.length}` }) : undefined;
      }],
      ['read', async () => {
        const chat = pick(state.chats.filter((c) => c.unreadCount > 0));
        if (!chat) return undefined;
        const thread = await me.gql(ChatThread, { id: chat.id, last: 1 });
        const last = thread.chat.messages.edges.at(-1)?.node.id;
        return last ? me.request(MarkChatRead, { chatId: chat.id, messageId: last }) : undefined;
      }],
      ['post', () => me.request(CreatePost, { body: `post ${done.length}` })],
      ['edit', () => {
        const mine = state.feed.edges.map((e) => e.node).filter((p) => p.body.startsWith('post') && random(2) === 0);
        const post = pick(mine);
        if (!post) return undefined;
        return random(3) === 0 ? me.request(DeletePost, { id: post.id }) : me.request(UpdatePost, { id: post.id, body: `${post.body}!` });
      }],
      ['comment', () => {
        const post = pick(state.feed.edges.map((e) => e.node));
        return post ? me.request(AddComment, { postId: post.id, body: `comment ${done.length}` }) : undefined;
      }],
      ['notification', async () => {
        if (random(3) === 0) return me.request(MarkAllNotificationsRead);
        const unread = (await me.gql(MyNotifications, { unreadOnly: true })).notifications.edges;
        const notification = pick(unread);
        return notification ? me.request(MarkNotificationRead, { id: notification.node.id }) : undefined;
      }],
    ];
    const [name, operation] = operations[random(operations.length)]!;
    const result = (await operation()) as { body: { errors?: unknown[] } } | undefined;
    if (result !== undefined && !result.body.errors) done.push(name);
  }
  expect(done).toHaveLength(200);
  expect(new Set(done).size).toBe(10);

  // A fence per user: once their own fence post arrives, everything committed before it has too.
  for (const [index, user] of users.entries()) {
    const { createPost } = await user.gql(CreatePost, { body: `fence ${index}` });
    await streams[index]!.waitUntil((data) => data.some(({ changes }) => changes.entityId === createPost.id), 10_000);
  }

  for (const [index, user] of users.entries()) {
    const fresh = await user.gql(SocialState);
    const view = viewFrom(streams[index]!);
    expect(fresh.notifications.edges.length).toBeLessThan(100);
    expect(view.counts).toEqual({ ...fresh.me!.counts! });
    expect(Object.fromEntries(view.chats)).toEqual(Object.fromEntries(fresh.chats.map((c) => [c.id, c.unreadCount])));
    expect(Object.fromEntries(view.connections)).toEqual(Object.fromEntries(fresh.connections.map((c) => [c.id, c.status])));
    expect(Object.fromEntries(view.notifications)).toEqual(Object.fromEntries(fresh.notifications.edges.map((e) => [e.node.id, e.node.read])));
    expect(Object.fromEntries(view.posts)).toEqual(
      Object.fromEntries(fresh.feed.edges.map((e) => [e.node.id, { body: e.node.body, commentCount: e.node.commentCount }])),
    );
  }
}, 120_000);
