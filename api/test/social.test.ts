import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Social_ChangesSubscription } from './gql/graphql.js';
import { errorCode, sleep, startServer, type Stream, type TestServer, type TestUser } from './harness.js';
import { MarkAllNotificationsRead, MarkNotificationRead, MyNotifications } from './operations-documents.js';
import {
  AddComment,
  ChatThread,
  connectUsers,
  CreateChat,
  CreatePost,
  DeleteComment,
  DeleteMessage,
  EditMessage,
  MarkChatRead,
  PresenceSubscription,
  RemoveConnection,
  SendConnectionRequest,
  SendMessage,
  SetTyping,
  SignOut,
  SocialChanges,
  TypingSubscription,
  UpdatePost,
  UserPresence,
} from './social-documents.js';

type Change = Social_ChangesSubscription['changes'];


/** Waits until `stream` has a change matching `match`. */
const waitForChange = (stream: Stream<Social_ChangesSubscription>, match: (change: Change) => boolean, timeoutMs = 5000) =>
  stream.waitUntil((data) => data.some(({ changes }) => match(changes)), timeoutMs);

describe('privacy: a change reaches exactly the viewers allowed to read it', () => {
  let server: TestServer;
  let a: TestUser;
  let b: TestUser;
  let c: TestUser;

  beforeAll(async () => {
    server = await startServer({ PRESENCE_GRACE_MS: '200' });
    a = await server.signUp('A');
    b = await server.signUp('B');
    c = await server.signUp('C');
  });
  afterAll(async () => {
    for (const user of [a, b, c]) user.closeClients();
    await server.stop();
  });

  it('nothing A and B do together reaches C: live and replayed, over WebSocket and SSE', async () => {
    const start = await c.changeCursor();
    const cLive = c.subscribe(SocialChanges, {});
    const cLiveSse = c.sse(SocialChanges, {});
    const cPresence = c.subscribe(PresenceSubscription);
    const bLive = b.subscribe(SocialChanges, { after: await b.changeCursor() });
    await sleep(100);

    // Every kind of private change, and both kinds of ephemeral event.
    const connectionId = await connectUsers(a, b);
    const { createChat } = await a.gql(CreateChat, { input: { memberIds: [b.id] } });
    const bTyping = b.subscribe(TypingSubscription, { chatId: createChat.id });
    const { sendMessage } = await a.gql(SendMessage, { chatId: createChat.id, body: 'secret message' });
    await a.gql(EditMessage, { id: sendMessage.id, body: 'secret message, edited' });
    await b.gql(SendMessage, { chatId: createChat.id, body: 'secret reply' });
    await b.gql(MarkChatRead, { chatId: createChat.id, messageId: sendMessage.id });
    await a.gql(DeleteMessage, { id: sendMessage.id });
    await a.gql(SetTyping, { chatId: createChat.id, typing: true });
    const { createPost } = await a.gql(CreatePost, { body: 'secret post' });
    await a.gql(UpdatePost, { id: createPost.id, body: 'secret post, edited' });
    const { addComment } = await b.gql(AddComment, { postId: createPost.id, body: 'secret comment' });
    await b.gql(DeleteComment, { id: addComment.id });
    await b.gql(AddComment, { postId: createPost.id, body: 'another secret comment' });
    const notifications = (await a.gql(MyNotifications, {})).notifications.edges;
    await a.gql(MarkNotificationRead, { id: notifications[0]!.node.id });
    await b.gql(MarkAllNotificationsRead);
    const aSocket = a.wsClient(); // A comes online: presence for B, never for C
    await aSocket.subscribe({ query: 'subscription { changes(topics: [SETTINGS]) { cursor } }' }, { next() {}, error() {}, complete() {} });

    await bTyping.waitFor(1);
    await waitForChange(bLive, (change) => change.__typename === 'CommentChange' && change.op === 'CREATED' && change.comment?.body === 'another secret comment');
    await sleep(500); // let anything that would leak arrive

    const cReplay = c.subscribe(SocialChanges, { after: start });
    const cReplaySse = c.sse(SocialChanges, { after: start });
    await sleep(500);
    const seenByB = new Set(bLive.data.map(({ changes }) => changes.__typename));
    expect([...seenByB].sort()).toEqual(
      ['ChatChange', 'CommentChange', 'ConnectionChange', 'CountsChange', 'MessageChange', 'NotificationChange', 'PostChange'].sort(),
    );
    for (const stream of [cLive, cLiveSse, cReplay, cReplaySse]) {
      const kinds = stream.data.map(({ changes }) => changes.__typename);
      expect(kinds.filter((kind) => kind !== 'UserChange')).toEqual([]);
    }
    expect(cPresence.data).toEqual([]);
    const everything = JSON.stringify([cLive.results, cLiveSse.results, cReplay.results, cReplaySse.results]);
    expect(everything).not.toMatch(/secret/);
    expect(everything).not.toContain(connectionId);

    // C cannot open A and B's chat, its typing, or their post.
    expect(errorCode(await c.request(ChatThread, { id: createChat.id }))).toBe('NOT_FOUND');
    const typing = c.subscribe(TypingSubscription, { chatId: createChat.id });
    await typing.waitFor(1).catch(() => undefined);
    expect(JSON.stringify(typing.results.length ? typing.results : typing.error)).toContain('NOT_FOUND');
    expect(errorCode(await c.request(AddComment, { postId: createPost.id, body: 'hi' }))).toBe('NOT_FOUND');
  });

  it('removing a connection stops the flow from that moment, live and on replay', async () => {
    const d = await server.signUp('D');
    const e = await server.signUp('E');
    const connectionId = await connectUsers(d, e);
    const before = await e.changeCursor();
    const eLive = e.subscribe(SocialChanges, { after: before });
    const { createPost: visible } = await d.gql(CreatePost, { body: 'while connected' });
    await waitForChange(eLive, (change) => change.__typename === 'PostChange' && change.entityId === visible.id);

    await d.gql(RemoveConnection, { id: connectionId });
    await waitForChange(eLive, (change) => change.__typename === 'ConnectionChange' && change.op === 'DELETED');
    const { createPost: hidden } = await d.gql(CreatePost, { body: 'after removal' });
    await d.gql(UpdatePost, { id: visible.id, body: 'edited after removal' });
    await sleep(500);
    const replay = e.subscribe(SocialChanges, { after: before });
    await sleep(500);
    for (const stream of [eLive, replay]) {
      const posts = stream.data.map(({ changes }) => changes).filter((change) => change.__typename === 'PostChange');
      // Created while connected, then gone from E's feed when the connection went; nothing after.
      expect(posts.map((p) => [p.entityId, p.op])).toEqual([
        [visible.id, 'CREATED'],
        [visible.id, 'DELETED'],
      ]);
      // The change E was allowed to see no longer shows the post as it is now.
      if (stream === replay) expect(posts[0]!.__typename === 'PostChange' && posts[0]!.post).toBeNull();
    }
    expect(JSON.stringify(replay.results)).not.toContain('after removal');
    expect(hidden.id).toBeTruthy();
  });
});

describe('typing, presence and reading', () => {
  let server: TestServer;
  let a: TestUser;
  let b: TestUser;
  let chatId: string;

  beforeAll(async () => {
    server = await startServer({ PRESENCE_GRACE_MS: '1000' });
    a = await server.signUp('A');
    b = await server.signUp('B');
    await connectUsers(a, b);
    chatId = (await a.gql(CreateChat, { input: { memberIds: [b.id] } })).createChat.id;
  });
  afterAll(async () => {
    a.closeClients();
    b.closeClients();
    await server.stop();
  });

  it('typing reaches members at most once a second and lapses 5 s after the last refresh', async () => {
    const typing = b.subscribe(TypingSubscription, { chatId });
    await sleep(100);
    const started = Date.now();
    while (Date.now() - started < 2500) {
      await a.gql(SetTyping, { chatId, typing: true });
      await sleep(100);
    }
    const lastRefresh = Date.now();
    const duringTyping = typing.data.map(({ typing: event }) => event);
    expect(duringTyping.length).toBeGreaterThanOrEqual(2);
    expect(duringTyping.length).toBeLessThanOrEqual(3);
    expect(duringTyping.every((event) => event.typing && event.user?.id === a.id)).toBe(true);
    const times = duringTyping.map((event) => Date.parse(event.at));
    for (let i = 1; i < times.length; i++) expect(times[i]! - times[i - 1]!).toBeGreaterThanOrEqual(990);

    const [stop] = (await typing.waitUntil((data) => data.some(({ typing: event }) => !event.typing), 7000)).filter(({ typing: event }) => !event.typing);
    const lapsedAfter = Date.parse(stop!.typing.at) - lastRefresh;
    expect(lapsedAfter).toBeGreaterThan(4000);
    expect(lapsedAfter).toBeLessThan(6200);
  }, 15_000);

  it('sending a message stops typing at once, and the typist never hears themself', async () => {
    const typing = b.subscribe(TypingSubscription, { chatId });
    const own = a.subscribe(TypingSubscription, { chatId });
    await sleep(1100);
    await a.gql(SetTyping, { chatId, typing: true });
    await typing.waitFor(1);
    await sleep(1000);
    await a.gql(SendMessage, { chatId, body: 'done typing' });
    const events = await typing.waitFor(2, 2000);
    expect(events.map(({ typing: event }) => event.typing)).toEqual([true, false]);
    expect(own.results).toEqual([]);
  });

  it('presence: online with the first socket, a quick reconnect does not flicker, offline after the grace', async () => {
    const presence = b.subscribe(PresenceSubscription);
    const mover = await server.signUp('Mover');
    await connectUsers(mover, b);
    await sleep(200);
    const events = () => presence.data.map(({ presence: event }) => event).filter((event) => event.user?.id === mover.id);

    const first = mover.wsClient();
    await first.subscribe({ query: 'subscription { changes(topics: [SETTINGS]) { cursor } }' }, { next() {}, error() {}, complete() {} });
    await presence.waitUntil(() => events().some((event) => event.online));
    expect((await b.gql(UserPresence, { search: 'Mover' })).users.find((u) => u.id === mover.id)?.online).toBe(true);

    await first.dispose();
    await sleep(300);
    const second = mover.wsClient();
    await second.subscribe({ query: 'subscription { changes(topics: [SETTINGS]) { cursor } }' }, { next() {}, error() {}, complete() {} });
    await sleep(1500);
    expect(events().map((event) => event.online)).toEqual([true]);

    const closedAt = Date.now();
    await second.dispose();
    await presence.waitUntil(() => events().some((event) => !event.online), 3000);
    const offline = events().find((event) => !event.online)!;
    expect(Date.now() - closedAt).toBeGreaterThanOrEqual(900);
    expect(offline.lastSeenAt).not.toBeNull();
    const seen = (await b.gql(UserPresence, { search: 'Mover' })).users.find((u) => u.id === mover.id);
    expect(seen).toMatchObject({ online: false, lastSeenAt: offline.lastSeenAt });
  });

  it('a signed-out user goes offline', async () => {
    const presence = b.subscribe(PresenceSubscription);
    await sleep(200);
    const fresh = await server.signUp('Leaver');
    await connectUsers(fresh, b);
    const socket = fresh.wsClient();
    await socket.subscribe({ query: 'subscription { changes(topics: [SETTINGS]) { cursor } }' }, { next() {}, error() {}, complete() {} });
    const mine = () => presence.data.map(({ presence: event }) => event).filter((event) => event.user?.id === fresh.id);
    await presence.waitUntil(() => mine().some((event) => event.online));
    await fresh.gql(SignOut);
    expect(await socket.closed).toBe(4401);
    await presence.waitUntil(() => mine().some((event) => !event.online), 3000);
  });

  it('a new presence subscriber first hears who is already online; an SSE stream keeps its user online and signOut ends it', async () => {
    const streamer = await server.signUp('Streamer');
    await connectUsers(streamer, b);
    const sse = streamer.sse(SocialChanges, {});
    expect(await sse.status).toBe(200);
    await sleep(200);
    const presence = b.subscribe(PresenceSubscription);
    const mine = () => presence.data.map(({ presence: event }) => event).filter((event) => event.user?.id === streamer.id);
    await presence.waitUntil(() => mine().some((event) => event.online));
    await streamer.gql(SignOut);
    await sse.waitForEnd(3000);
    await presence.waitUntil(() => mine().some((event) => !event.online), 3000);
  });

  it('a member reading the chat (typing subscription open) gets no new-message notification', async () => {
    b.closeClients(); // earlier tests' typing subscriptions count as reading too
    await b.gql(MarkAllNotificationsRead);
    await sleep(100);
    const reading = b.subscribe(TypingSubscription, { chatId });
    await sleep(100);
    await a.gql(SendMessage, { chatId, body: 'you are reading this' });
    reading.close();
    await sleep(100);
    const whileReading = (await b.gql(MyNotifications, { unreadOnly: true })).notifications.edges.filter((e) => e.node.kind === 'NEW_MESSAGE');
    expect(whileReading).toEqual([]);
    await a.gql(SendMessage, { chatId, body: 'and now you are not' });
    const after = (await b.gql(MyNotifications, { unreadOnly: true })).notifications.edges.filter((e) => e.node.kind === 'NEW_MESSAGE');
    expect(after).toHaveLength(1);
  });
});

describe('social bad input', () => {
  let server: TestServer;
  let a: TestUser;
  let b: TestUser;
  let c: TestUser;
  beforeAll(async () => {
    server = await startServer();
    [a, b, c] = [await server.signUp('A'), await server.signUp('B'), await server.signUp('C')];
  });
  afterAll(() => server.stop());

  it('a message to a chat you are not in is NOT_FOUND; an empty or over-long body names the limit', async () => {
    await connectUsers(a, b);
    const { createChat } = await a.gql(CreateChat, { input: { memberIds: [b.id] } });
    expect(errorCode(await c.request(SendMessage, { chatId: createChat.id, body: 'hi' }))).toBe('NOT_FOUND');
    const empty = await a.request(SendMessage, { chatId: createChat.id, body: '   ' });
    expect(empty.body.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'body' });
    const long = await a.request(SendMessage, { chatId: createChat.id, body: 'x'.repeat(4001) });
    expect(long.body.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'body' });
    expect(long.body.errors?.[0]?.message).toContain('4000');
    expect(errorCode(await a.request(CreateChat, { input: { memberIds: [c.id] } }))).toBe('FORBIDDEN');
  });

  it('a thread pages backward, and a deleted message keeps its place', async () => {
    const d = await server.signUp('D');
    const e = await server.signUp('E');
    await connectUsers(d, e);
    const { createChat } = await d.gql(CreateChat, { input: { memberIds: [e.id] } });
    const ids: string[] = [];
    for (let i = 1; i <= 5; i++) ids.push((await d.gql(SendMessage, { chatId: createChat.id, body: `m${i}` })).sendMessage.id);
    await d.gql(DeleteMessage, { id: ids[3]! });
    const newest = (await e.gql(ChatThread, { id: createChat.id, last: 2 })).chat.messages;
    expect(newest.edges.map((edge) => [edge.node.body, edge.node.deleted])).toEqual([
      ['', true],
      ['m5', false],
    ]);
    expect(newest.pageInfo.hasPreviousPage).toBe(true);
    const older = (await e.gql(ChatThread, { id: createChat.id, last: 2, before: newest.pageInfo.startCursor })).chat.messages;
    expect(older.edges.map((edge) => edge.node.body)).toEqual(['m2', 'm3']);
    expect((await e.gql(ChatThread, { id: createChat.id })).chat.unreadCount).toBe(4);
  });

  it('a request to yourself or a duplicate request is a CONFLICT', async () => {
    expect(errorCode(await a.request(SendConnectionRequest, { userId: a.id }))).toBe('CONFLICT');
    await a.gql(SendConnectionRequest, { userId: c.id });
    expect(errorCode(await a.request(SendConnectionRequest, { userId: c.id }))).toBe('CONFLICT');
    expect(errorCode(await c.request(SendConnectionRequest, { userId: a.id }))).toBe('CONFLICT');
    expect(errorCode(await a.request(SendConnectionRequest, { userId: b.id }))).toBe('CONFLICT');
  });
});
