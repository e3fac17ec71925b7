import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_ACCOUNTS, DEMO_PASSWORD, seedDemo } from '../../api/src/seed.js';
import { startServer, type TestServer } from '../../api/test/harness.js';
import { buildWeb, countRequests, hasChromium, launchChromium, signedInPage } from './browser.js';

/**
 * The cache is written from the change stream: while B watches a list page, another user creates
 * three entities, renames one and deletes one through the API; B shows the result within 1 s of the
 * last write and makes no HTTP request at all meanwhile (WebSocket frames are not requests).
 */

const [ADA, BEN] = DEMO_ACCOUNTS;

describe.skipIf(!hasChromium)('lists follow the change stream with zero requests', () => {
  let server: TestServer;
  let browser: Browser;
  let ben: BrowserContext;
  let b: Page;
  let adaToken: string;

  async function api<T = Record<string, { id: string }>>(query: string, variables: Record<string, unknown> = {}, token = adaToken): Promise<T> {
    const response = await fetch(server.graphqlUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
      body: JSON.stringify({ query, variables }),
    });
    const body = (await response.json()) as { data?: T; errors?: unknown };
    if (body.errors || !body.data) throw new Error(JSON.stringify(body.errors));
    return body.data;
  }

  beforeAll(async () => {
    buildWeb();
    server = await startServer();
    await seedDemo(server.app.services);
    const signIn = await fetch(server.graphqlUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: `mutation { signIn(input: { email: "${ADA.email}", password: "${DEMO_PASSWORD}" }) { token } }` }),
    });
    adaToken = ((await signIn.json()) as { data: { signIn: { token: string } } }).data.signIn.token;
    browser = await launchChromium();
    ben = await browser.newContext({ viewport: { width: 1280, height: 860 } });
    b = await signedInPage(ben, server.url, BEN.email, DEMO_PASSWORD);
  }, 90_000);
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  /** Opens `path` in B, waits for `ready`, then runs `writes` and waits for `shown`: 0 requests, within 1 s of the last write. */
  async function watch(path: string, ready: () => Promise<unknown>, writes: () => Promise<unknown>, shown: () => Promise<unknown>) {
    await b.goto(`${server.url}${path}`);
    await ready();
    await b.waitForTimeout(300); // let the page settle: whatever it loads on open is not counted
    const requests = countRequests(b);
    await writes();
    const lastWriteAt = Date.now();
    await shown();
    expect(Date.now() - lastWriteAt).toBeLessThan(1000);
    await b.waitForTimeout(300);
    expect(requests.urls).toEqual([]);
  }

  const row = (testId: string, text: string) => b.getByTestId(testId).getByText(text, { exact: true });
  const gone = (testId: string, text: string) => row(testId, text).waitFor({ state: 'detached', timeout: 1000 });
  const there = (testId: string, text: string) => row(testId, text).waitFor({ timeout: 1000 });

  /** Three creates, a rename of the first, a delete of the second. */
  async function createRenameDelete(create: (name: string) => Promise<string>, rename: (id: string, name: string) => Promise<unknown>, remove: (id: string) => Promise<unknown>, prefix: string) {
    const ids: string[] = [];
    for (const n of [1, 2, 3]) ids.push(await create(`${prefix} ${n}`));
    await rename(ids[0]!, `${prefix} 1 renamed`);
    await remove(ids[1]!);
  }

  async function expectCreateRenameDelete(testId: string, prefix: string) {
    await there(testId, `${prefix} 1 renamed`);
    await there(testId, `${prefix} 3`);
    await gone(testId, `${prefix} 2`);
    await gone(testId, `${prefix} 1`);
  }

  it('personas', async () => {
    await watch(
      '/personas',
      () => row('personas', 'Public resolvers').waitFor(),
      () =>
        createRenameDelete(
          async (name) => (await api(`mutation($name: String!) { createPersona(input: { kind: DNS, name: $name, dns: { resolvers: ["9.9.9.9"] } }) { id } }`, { name })).createPersona!.id,
          (id, name) => api(`mutation($id: ID!, $name: String!) { updatePersona(id: $id, input: { name: $name }) { id } }`, { id, name }),
          (id) => api(`mutation($id: ID!) { deletePersona(id: $id) }`, { id }),
          'Stream persona',
        ),
      () => expectCreateRenameDelete('personas', 'Stream persona'),
    );
  });

  it('keyword sets', async () => {
    await watch(
      '/keyword-sets',
      () => row('keyword-sets', 'Shop signals').waitFor(),
      () =>
        createRenameDelete(
          async (name) => (await api(`mutation($name: String!) { createKeywordSet(input: { name: $name, rules: [{ pattern: "x", kind: STRING }] }) { id } }`, { name })).createKeywordSet!.id,
          (id, name) => api(`mutation($id: ID!, $name: String!) { updateKeywordSet(id: $id, input: { name: $name }) { id } }`, { id, name }),
          (id) => api(`mutation($id: ID!) { deleteKeywordSet(id: $id) }`, { id }),
          'Stream set',
        ),
      () => expectCreateRenameDelete('keyword-sets', 'Stream set'),
    );
  });

  it('proxies and pools', async () => {
    await watch(
      '/proxies',
      () => row('proxies', 'Local Squid').waitFor(),
      async () => {
        await createRenameDelete(
          async (name) => (await api(`mutation($name: String!) { createProxy(input: { name: $name, protocol: HTTP, host: "127.0.0.1", port: 9, enabled: false }) { id } }`, { name })).createProxy!.id,
          (id, name) => api(`mutation($id: ID!, $name: String!) { updateProxy(id: $id, input: { name: $name }) { id } }`, { id, name }),
          (id) => api(`mutation($id: ID!) { deleteProxy(id: $id) }`, { id }),
          'Stream proxy',
        );
        await createRenameDelete(
          async (name) => (await api(`mutation($name: String!) { createProxyPool(input: { name: $name }) { id } }`, { name })).createProxyPool!.id,
          (id, name) => api(`mutation($id: ID!, $name: String!) { updateProxyPool(id: $id, input: { name: $name }) { id } }`, { id, name }),
          (id) => api(`mutation($id: ID!) { deleteProxyPool(id: $id) }`, { id }),
          'Stream pool',
        );
      },
      async () => {
        await expectCreateRenameDelete('proxies', 'Stream proxy');
        await expectCreateRenameDelete('pools', 'Stream pool');
      },
    );
  });

  it('campaigns', async () => {
    const generation = '{ pattern: PREFIX, constant: "s", characterSet: "ab", minLength: 1, maxLength: 1, tlds: ["test"] }';
    await watch(
      '/campaigns',
      () => b.getByTestId('campaigns').getByText('Short shop names', { exact: true }).waitFor(),
      () =>
        createRenameDelete(
          async (name) => (await api(`mutation($name: String!) { createCampaign(input: { name: $name, kind: DOMAIN_GENERATION, generation: ${generation} }) { id } }`, { name })).createCampaign!.id,
          (id, name) => api(`mutation($id: ID!, $name: String!) { updateCampaign(id: $id, input: { name: $name }) { id } }`, { id, name }),
          (id) => api(`mutation($id: ID!) { deleteCampaign(id: $id) }`, { id }),
          'Stream campaign',
        ),
      () => expectCreateRenameDelete('campaigns', 'Stream campaign'),
    );
  });

  it('dashboard: activity and totals', async () => {
    const totalOf = async () => Number(await b.getByTestId('total-personas').innerText());
    await watch(
      '/',
      () => b.getByTestId('total-personas').waitFor(),
      async () => {
        for (const n of [1, 2, 3]) await api(`mutation($name: String!) { createPersona(input: { kind: DNS, name: $name, dns: { resolvers: ["9.9.9.9"] } }) { id } }`, { name: `Dashboard persona ${n}` });
      },
      async () => {
        await b.getByTestId('activity').getByText('created DNS persona "Dashboard persona 3"', { exact: false }).waitFor({ timeout: 1000 });
        await expect.poll(totalOf, { timeout: 1000 }).toBeGreaterThanOrEqual(5);
      },
    );
  });

  it('notifications', async () => {
    const { chats } = await api<{ chats: Array<{ id: string; kind: string }> }>('{ chats { id kind } }');
    const direct = chats.find((chat) => chat.kind === 'DIRECT')!;
    await watch(
      '/notifications',
      () => b.getByRole('heading', { name: 'Notifications' }).waitFor(),
      async () => {
        for (const n of [1, 2, 3]) await api(`mutation($chatId: ID!, $body: String!) { sendMessage(chatId: $chatId, body: $body) { id } }`, { chatId: direct.id, body: `Ping ${n}` });
      },
      () => b.getByTestId('notification').filter({ hasText: 'Ping 3' }).waitFor({ timeout: 1000 }),
    );
  });

  it('feed: posts and a comment', async () => {
    await watch(
      '/feed',
      () => b.getByRole('heading', { name: 'Feed' }).waitFor(),
      async () => {
        const ids: string[] = [];
        for (const n of [1, 2, 3]) ids.push((await api(`mutation($body: String!) { createPost(body: $body) { id } }`, { body: `Stream post ${n}` })).createPost!.id);
        await api(`mutation($id: ID!) { updatePost(id: $id, body: "Stream post 1 edited") { id } }`, { id: ids[0] });
        await api(`mutation($id: ID!) { deletePost(id: $id) }`, { id: ids[1] });
        await api(`mutation($id: ID!) { addComment(postId: $id, body: "Stream comment") { id } }`, { id: ids[2] });
      },
      async () => {
        await b.getByTestId('post').getByText('Stream post 1 edited', { exact: true }).waitFor({ timeout: 1000 });
        await b.getByTestId('post').filter({ hasText: 'Stream post 3' }).getByText('Stream comment').waitFor({ timeout: 1000 });
        await b.getByTestId('post').getByText('Stream post 2', { exact: true }).waitFor({ state: 'detached', timeout: 1000 });
      },
    );
  });

  it('chats: a new group chat appears, and a message moves its chat to the top', async () => {
    await watch(
      '/chats',
      () => b.getByTestId('chat-list').getByRole('link').first().waitFor(),
      async () => {
        const { createChat } = await api<{ createChat: { id: string } }>(
          `mutation($ids: [ID!]!) { createChat(input: { memberIds: $ids, title: "Stream group" }) { id } }`,
          { ids: [await benId()] },
        );
        await api(`mutation($chatId: ID!) { sendMessage(chatId: $chatId, body: "first in the group") { id } }`, { chatId: createChat.id });
      },
      async () => {
        await b.getByTestId('chat-list').getByRole('link').first().getByText('Stream group').waitFor({ timeout: 1000 });
      },
    );
  });

  it('connections: three requests arrive, one is cancelled, a connection is removed', async () => {
    const ben = await benId();
    const requesters: Array<{ token: string; requestId: string }> = [];
    for (const n of [1, 2, 3]) {
      const { signUp } = await api<{ signUp: { token: string } }>(
        `mutation($email: String!, $name: String!) { signUp(input: { email: $email, displayName: $name, password: "long enough" }) { token } }`,
        { email: `requester${n}@stream.test`, name: `Requester ${n}` },
        '',
      );
      requesters.push({ token: signUp.token, requestId: '' });
    }
    const { connections } = await api<{ connections: Array<{ id: string; user: { id: string } }> }>('{ connections(status: ACCEPTED) { id user { id } } }');
    const adaAndBen = connections.find((connection) => connection.user.id === ben);
    expect(adaAndBen).toBeDefined();
    await watch(
      '/connections',
      () => b.getByTestId('accepted').getByText(ADA.displayName).waitFor(),
      async () => {
        for (const requester of requesters) {
          const { sendConnectionRequest } = await api(`mutation($id: ID!) { sendConnectionRequest(userId: $id) { id } }`, { id: ben }, requester.token);
          requester.requestId = sendConnectionRequest!.id;
        }
        await api(`mutation($id: ID!) { cancelConnectionRequest(id: $id) }`, { id: requesters[1]!.requestId }, requesters[1]!.token);
        await api(`mutation($id: ID!) { removeConnection(id: $id) }`, { id: adaAndBen!.id });
      },
      async () => {
        await there('incoming', 'Requester 1');
        await there('incoming', 'Requester 3');
        await gone('incoming', 'Requester 2');
        await gone('accepted', ADA.displayName);
      },
    );
  });

  async function benId(): Promise<string> {
    const { users } = await api<{ users: Array<{ id: string; displayName: string }> }>('{ users(search: "Ben") { id displayName } }');
    return users.find((user) => user.displayName === BEN.displayName)!.id;
  }
});
