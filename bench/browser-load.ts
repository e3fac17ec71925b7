// Browser side of bench/browser.mjs (pinned to its own core): two Chromium users on the demo
// workspace. Measures requests per minute from idle pages (the reports' before/after metric) and the
// time from a mutation sent in browser A to the change on screen in browser B.
import { DEMO_ACCOUNTS, DEMO_PASSWORD } from '../api/src/seed.js';
import { countRequests, launchChromium, signedInPage } from '../web/test/browser.js';

const [baseUrl, samplesArg, idleArg] = process.argv.slice(2);
const SAMPLES = Number(samplesArg ?? 50);
const IDLE_SECONDS = Number(idleArg ?? 60);

const browser = await launchChromium();
const [ada, ben] = await Promise.all([browser.newContext(), browser.newContext()]);
const a = await signedInPage(ada, baseUrl!, DEMO_ACCOUNTS[0].email, DEMO_PASSWORD);
const b = await signedInPage(ben, baseUrl!, DEMO_ACCOUNTS[1].email, DEMO_PASSWORD);

// Opening each page: from a click on its link in the navigation to its list (or its empty state)
// on screen, measured in the page (a MutationObserver, then the frame that paints it), so the
// driver's own round trips are not counted. The first round is a fresh session's first visit to
// each page (nothing cached, code not loaded yet); the rounds after it come back to pages seen.
const PAGES: Array<[string, string]> = [
  ['/campaigns', '[data-testid=campaigns] tbody tr, [data-testid=campaigns-empty]'],
  ['/proxies', '[data-testid=proxies] tbody tr, [data-testid=proxies-empty]'],
  ['/personas', '[data-testid=personas] tbody tr, [data-testid=personas-empty]'],
  ['/keyword-sets', '[data-testid=keyword-sets] tbody tr, [data-testid=keyword-sets-empty]'],
  ['/settings', 'form[aria-label=Settings] input:not([disabled])'],
  ['/members', '[data-testid=members] tbody tr'],
  ['/api-keys', '[data-testid=api-keys] tbody tr, [data-testid=api-keys-empty]'],
  ['/stream-health', '[data-testid=stream-instances] [data-testid=websocket-clients]'],
  ['/chats', '[data-testid=chat-list] a, [data-testid=chats-empty]'],
  ['/connections', '[data-testid=accepted] p, [data-testid=incoming] p'],
  ['/feed', '[data-testid=post], [data-testid=feed-empty]'],
  ['/notifications', '[data-testid=notification], [data-testid=notifications-empty]'],
  ['/', '[data-testid=activity] tbody tr'],
];
const NAV_ROUNDS = Number(process.env.BENCH_NAV_ROUNDS ?? 5);

async function clickToList(page: typeof a, path: string, selector: string): Promise<number> {
  return page.evaluate(
    ({ path, selector }) =>
      new Promise<number>((resolve, reject) => {
        const link = document.querySelector<HTMLAnchorElement>(`nav a[href="${path}"]`);
        if (!link) return reject(new Error(`no navigation link to ${path}`));
        // No named functions in here: tsx would wrap them in a helper the page does not have.
        const timeout = window.setTimeout(() => reject(new Error(`${path}: "${selector}" not shown within 10 s`)), 10_000);
        const clickedAt = performance.now();
        const observer = new MutationObserver(() => {
          if (document.querySelector(selector) === null || location.pathname !== path) return;
          observer.disconnect();
          window.clearTimeout(timeout);
          // Painted: the frame that draws it, then the task after that frame.
          requestAnimationFrame(() => setTimeout(() => resolve(performance.now() - clickedAt)));
        });
        observer.observe(document.body, { childList: true, subtree: true, attributes: true });
        link.click();
      }),
    { path, selector },
  );
}

const navContext = await browser.newContext({ viewport: { width: 1280, height: 900 } });
const nav = await signedInPage(navContext, baseUrl!, DEMO_ACCOUNTS[0].email, DEMO_PASSWORD);
await nav.getByTestId('activity').locator('tbody tr').first().waitFor();
await nav.waitForLoadState('networkidle');
const navRounds: Array<Record<string, number>> = [];
for (let round = 0; round < NAV_ROUNDS; round++) {
  const times: Record<string, number> = {};
  for (const [path, selector] of PAGES) {
    times[path] = Math.round(await clickToList(nav, path, selector));
    await nav.waitForLoadState('networkidle');
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  navRounds.push(times);
}
const clickToListMs = Object.fromEntries(
  PAGES.map(([path]) => {
    const later = navRounds.slice(1).map((times) => times[path]!).sort((x, y) => x - y);
    return [path, { firstVisit: navRounds[0]![path]!, laterP50: later[Math.floor(later.length / 2)] ?? null, laterMax: later.at(-1) ?? null }];
  }),
);
await navContext.close();

// GraphiQL: from navigation start to the query editor's first line on screen, signed in through the
// web app (so its session bar asks who you are too). The first visit is a fresh browser profile's
// (the server has not loaded GraphiQL's files yet either); later visits have them in the HTTP cache.
async function graphiqlFirstRender(context: Awaited<ReturnType<typeof browser.newContext>>): Promise<number> {
  const page = await context.newPage();
  await page.addInitScript(() => {
    const observer = new MutationObserver(() => {
      if (!document.querySelector('.graphiql-query-editor .CodeMirror-line')) return;
      observer.disconnect();
      requestAnimationFrame(() => setTimeout(() => ((window as unknown as { firstRender: number }).firstRender = performance.now())));
    });
    observer.observe(document, { childList: true, subtree: true });
  });
  await page.goto(`${baseUrl}/graphql`);
  await page.waitForFunction(() => (window as unknown as { firstRender?: number }).firstRender !== undefined, undefined, { timeout: 30_000 });
  const at = await page.evaluate(() => (window as unknown as { firstRender: number }).firstRender);
  await page.close();
  return Math.round(at);
}
const graphiqlContext = await browser.newContext({ viewport: { width: 1280, height: 900 } });
await (await signedInPage(graphiqlContext, baseUrl!, DEMO_ACCOUNTS[0].email, DEMO_PASSWORD)).close();
const graphiqlFirst = await graphiqlFirstRender(graphiqlContext);
const graphiqlLater: number[] = [];
for (let i = 0; i < 4; i++) graphiqlLater.push(await graphiqlFirstRender(graphiqlContext));
await graphiqlContext.close();
graphiqlLater.sort((x, y) => x - y);
const graphiqlFirstRenderMs = { firstVisit: graphiqlFirst, laterP50: graphiqlLater[2], laterMax: graphiqlLater.at(-1) };

/** A page has loaded what it shows (its own requests are not counted): Live, no request for 500 ms. */
async function settled(page: typeof a): Promise<void> {
  await page.getByTestId('connection-indicator').and(page.locator('[data-state=live]')).waitFor();
  await page.waitForLoadState('networkidle');
  let last = -1;
  const requests = countRequests(page);
  while (last !== requests.count()) {
    last = requests.count();
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
}

// Idle: the dashboard and a chat thread, the pages the reports said polled hardest.
await a.goto(`${baseUrl}/`);
await b.goto(`${baseUrl}/chats`);
await b.getByTestId('chat-list').getByRole('link').first().click();
await b.getByTestId('message').first().waitFor();
await Promise.all([settled(a), settled(b)]);
const chatId = b.url().split('/').at(-1)!;
const idle = [countRequests(a), countRequests(b)];
const idleOperations = () => idle.map((requests) => requests.urls.map((url) => /operationName=(\w+)/.exec(url)?.[1] ?? url.slice(0, 80)));
await new Promise((resolve) => setTimeout(resolve, IDLE_SECONDS * 1000));
const requestsPerMinute = idle.map((requests) => Math.round((requests.count() / IDLE_SECONDS) * 60 * 100) / 100);
const idleRequested = idleOperations();

// Latency: A sends a message with fetch from its page; B's page notes when the text is on screen.
await b.evaluate(() => {
  const seen: Record<string, number> = {};
  (window as unknown as { seen: typeof seen }).seen = seen;
  new MutationObserver(() => {
    for (const node of document.querySelectorAll('[data-testid=message]')) {
      const text = node.textContent ?? '';
      const match = /bench-(\d+)/.exec(text);
      if (match && !(match[1]! in seen)) seen[match[1]!] = Date.now();
    }
  }).observe(document.body, { childList: true, subtree: true, characterData: true });
});
const token = await a.evaluate(() => window.localStorage.getItem('pulsegraph.token'));
const latencies: number[] = [];
for (let i = 0; i < SAMPLES; i++) {
  const sentAt = await a.evaluate(
    async ({ chatId, token, i }) => {
      const sent = Date.now();
      const response = await fetch('/graphql', {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
        body: JSON.stringify({ query: 'mutation($c: ID!, $b: String!) { sendMessage(chatId: $c, body: $b) { id } }', variables: { c: chatId, b: `bench-${i}` } }),
      });
      const body = (await response.json()) as { errors?: unknown };
      if (body.errors) throw new Error(JSON.stringify(body.errors));
      return sent;
    },
    { chatId, token, i },
  );
  await b.waitForFunction((n) => String(n) in (window as unknown as { seen: Record<string, number> }).seen, i, { timeout: 10_000 });
  const seenAt = await b.evaluate((n) => (window as unknown as { seen: Record<string, number> }).seen[String(n)]!, i);
  latencies.push(seenAt - sentAt);
  await new Promise((resolve) => setTimeout(resolve, 100));
}
// Requests per 100 remote changes: B watches each list page while another user makes 100 writes
// that page shows (through the API, from this process); the cache is written from the stream.
async function api(query: string, variables: Record<string, unknown> = {}): Promise<Record<string, { id: string }>> {
  const response = await fetch(`${baseUrl}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await response.json()) as { data?: Record<string, { id: string }>; errors?: unknown };
  if (body.errors || !body.data) throw new Error(JSON.stringify(body.errors));
  return body.data;
}
const createThenRename = (create: string, rename: string, field: string) => async (run: string) => {
  for (let i = 0; i < 50; i++) {
    const id = (await api(create, { name: `${run} ${i}` }))[field]!.id;
    await api(rename, { id, name: `${run} ${i} renamed` });
  }
};
const generation = '{ pattern: PREFIX, constant: "b", characterSet: "ab", minLength: 1, maxLength: 1, tlds: ["test"] }';
const listPages: Array<[string, string, (run: string) => Promise<void>]> = [
  ['personas', '/personas', createThenRename('mutation($name: String!) { createPersona(input: { kind: DNS, name: $name, dns: { resolvers: ["9.9.9.9"] } }) { id } }', 'mutation($id: ID!, $name: String!) { updatePersona(id: $id, input: { name: $name }) { id } }', 'createPersona')],
  ['keywordSets', '/keyword-sets', createThenRename('mutation($name: String!) { createKeywordSet(input: { name: $name, rules: [{ pattern: "x", kind: STRING }] }) { id } }', 'mutation($id: ID!, $name: String!) { updateKeywordSet(id: $id, input: { name: $name }) { id } }', 'createKeywordSet')],
  ['proxiesAndPools', '/proxies', createThenRename('mutation($name: String!) { createProxyPool(input: { name: $name }) { id } }', 'mutation($id: ID!, $name: String!) { updateProxyPool(id: $id, input: { name: $name }) { id } }', 'createProxyPool')],
  ['campaigns', '/campaigns', createThenRename(`mutation($name: String!) { createCampaign(input: { name: $name, kind: DOMAIN_GENERATION, generation: ${generation} }) { id } }`, 'mutation($id: ID!, $name: String!) { updateCampaign(id: $id, input: { name: $name }) { id } }', 'createCampaign')],
  ['dashboard', '/', createThenRename('mutation($name: String!) { createKeywordSet(input: { name: $name, rules: [{ pattern: "x", kind: STRING }] }) { id } }', 'mutation($id: ID!, $name: String!) { updateKeywordSet(id: $id, input: { name: $name }) { id } }', 'createKeywordSet')],
  ['notifications', '/notifications', async (run) => { for (let i = 0; i < 100; i++) await api('mutation($c: ID!, $b: String!) { sendMessage(chatId: $c, body: $b) { id } }', { c: chatId, b: `${run} ${i}` }); }],
  ['feed', '/feed', async (run) => { for (let i = 0; i < 100; i++) await api('mutation($b: String!) { createPost(body: $b) { id } }', { b: `${run} ${i}` }); }],
  ['chats', '/chats', async (run) => { for (let i = 0; i < 100; i++) await api('mutation($c: ID!, $b: String!) { sendMessage(chatId: $c, body: $b) { id } }', { c: chatId, b: `${run} ${i}` }); }],
];
const requestsPer100RemoteChanges: Record<string, number> = {};
/** What those requests were (operation names), so a non-zero count says where to look. */
const requestedOperations: Record<string, string[]> = {};
for (const [name, path, write] of listPages) {
  await b.goto(`${baseUrl}${path}`);
  await settled(b);
  const requests = countRequests(b);
  await write(`bench ${name}`);
  await new Promise((resolve) => setTimeout(resolve, 1000));
  requestsPer100RemoteChanges[name] = requests.count();
  if (requests.count() > 0) requestedOperations[name] = requests.urls.map((url) => /operationName=(\w+)/.exec(url)?.[1] ?? url.slice(0, 80));
}

// An edit made through the UI: A renames a persona in the Edit dialog; B (on Personas) sees it.
await Promise.all([a.goto(`${baseUrl}/personas`), b.goto(`${baseUrl}/personas`)]);
await b.getByTestId('personas').getByText('Public resolvers', { exact: true }).waitFor();
await b.evaluate(() => {
  const seen: Record<string, number> = {};
  (window as unknown as { renamed: typeof seen }).renamed = seen;
  new MutationObserver(() => {
    const match = /ui-edit-(\d+)/.exec(document.querySelector('[data-testid=personas]')?.textContent ?? '');
    if (match && !(match[1]! in seen)) seen[match[1]!] = Date.now();
  }).observe(document.body, { childList: true, subtree: true, characterData: true });
});
const uiEdits: number[] = [];
/** Where an edit's time goes: click to request sent, request to response, response to B's screen. */
const uiEditParts: Array<[number, number, number]> = [];
let mutationSentAt = 0;
let mutationAnsweredAt = 0;
a.on('request', (request) => request.postData()?.includes('PersonasPage_Update') && (mutationSentAt = Date.now()));
a.on('requestfinished', (request) => request.postData()?.includes('PersonasPage_Update') && (mutationAnsweredAt = Date.now()));
let current = 'Public resolvers';
for (let i = 0; i < Math.min(SAMPLES, 30); i++) {
  await a.getByRole('button', { name: `Edit ${current}`, exact: true }).click();
  const dialog = a.getByRole('dialog');
  await dialog.getByRole('textbox', { name: 'Name', exact: true }).fill(`ui-edit-${i}`);
  const clickedAt = Date.now();
  await dialog.getByRole('button', { name: 'Save persona' }).click();
  await b.waitForFunction((n) => String(n) in (window as unknown as { renamed: Record<string, number> }).renamed, i, { timeout: 10_000 });
  const seenAt = await b.evaluate((n) => (window as unknown as { renamed: Record<string, number> }).renamed[String(n)]!, i);
  uiEdits.push(seenAt - clickedAt);
  uiEditParts.push([mutationSentAt - clickedAt, mutationAnsweredAt - mutationSentAt, seenAt - mutationAnsweredAt]);
  await dialog.waitFor({ state: 'detached' });
  current = `ui-edit-${i}`;
}
await browser.close();

const quantiles = (values: number[]) => {
  const ordered = [...values].sort((x, y) => x - y);
  const q = (p: number) => ordered[Math.min(ordered.length - 1, Math.floor(p * ordered.length))]!;
  return { samples: values.length, p50: q(0.5), p99: q(0.99), max: ordered.at(-1) };
};

const sorted = [...latencies].sort((x, y) => x - y);
const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]!;
console.log(
  JSON.stringify({
    targets: { clickToListMs: 300, graphiqlFirstRenderMs: 1500 },
    clickToListMs,
    graphiqlFirstRenderMs,
    idleSeconds: IDLE_SECONDS,
    requestsPerMinute: { dashboard: requestsPerMinute[0], chatThread: requestsPerMinute[1] },
    idleRequested,
    mutationToScreenMs: { samples: SAMPLES, p50: at(0.5), p99: at(0.99), max: sorted.at(-1) },
    requestsPer100RemoteChanges,
    requestedOperations,
    uiEditToOtherScreenMs: quantiles(uiEdits),
    uiEditMedianPartsMs: {
      clickToRequest: quantiles(uiEditParts.map((part) => part[0])).p50,
      requestToResponse: quantiles(uiEditParts.map((part) => part[1])).p50,
      responseToOtherScreen: quantiles(uiEditParts.map((part) => part[2])).p50,
    },
  }),
);
