import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_ACCOUNTS, DEMO_PASSWORD, seedDemo } from '../../api/src/seed.js';
import { startServer, type TestServer } from '../../api/test/harness.js';
import { axeProblems, buildWeb, hasChromium, launchChromium, screenshotsDir, signedInPage, tokenOf } from './browser.js';

/**
 * The README's first walkthrough, in Chromium, with every request that would leave 127.0.0.1
 * refused: GraphiQL must come from the server itself, work on a machine with no internet, run
 * its subscriptions over WebSocket, and run under its Content-Security-Policy without a violation.
 */

const [ADA] = DEMO_ACCOUNTS;

describe.skipIf(!hasChromium)('GraphiQL with the network unplugged', () => {
  let server: TestServer;
  let browser: Browser;
  let context: BrowserContext;
  const leftTheMachine: string[] = [];
  const cspViolations: string[] = [];
  /** Every WebSocket frame GraphiQL sent, by page. */
  const sentFrames = new Map<Page, string[]>();

  beforeAll(async () => {
    buildWeb();
    server = await startServer();
    await seedDemo(server.app.services);
    browser = await launchChromium();
    context = await browser.newContext({ viewport: { width: 1280, height: 860 } });
    // Only http(s) requests can leave the machine; data: ones (GraphiQL's fonts) stay in the page.
    await context.route((url) => url.protocol === 'http:' || url.protocol === 'https:', (route) => {
      const url = new URL(route.request().url());
      if (url.hostname === '127.0.0.1') return route.continue();
      leftTheMachine.push(url.href);
      return route.abort('internetdisconnected');
    });
  }, 90_000);
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  async function openGraphiQL(): Promise<Page> {
    const page = await context.newPage();
    const frames: string[] = [];
    sentFrames.set(page, frames);
    page.on('websocket', (socket) => {
      if (!socket.url().startsWith('ws://127.0.0.1')) leftTheMachine.push(socket.url());
      socket.on('framesent', (frame) => frames.push(String(frame.payload)));
    });
    await page.exposeFunction('reportCspViolation', (text: string) => cspViolations.push(text));
    await page.addInitScript(() => {
      document.addEventListener('securitypolicyviolation', (event) => {
        (window as unknown as { reportCspViolation(text: string): void }).reportCspViolation(
          `${event.violatedDirective} blocked ${event.blockedURI || 'inline'} (${event.sourceFile}:${event.lineNumber})`,
        );
      });
    });
    const response = await page.goto(`${server.url}/graphql`);
    expect(response?.headers()['content-security-policy']).toContain("script-src 'self'");
    await page.locator('.graphiql-query-editor .CodeMirror').first().waitFor({ timeout: 15_000 });
    return page;
  }

  /** Replaces an editor's text as a person would: click, select all, type (inserted whole, so no auto-closing brackets). */
  async function setEditor(page: Page, editor: string, text: string): Promise<void> {
    await page.locator(`${editor} .CodeMirror:visible`).first().click();
    await page.keyboard.press('ControlOrMeta+A');
    await page.keyboard.press('Delete');
    await page.keyboard.insertText(text);
  }

  /** Types a named operation and runs it once GraphiQL has parsed it (its tab takes the operation's name). */
  async function run(page: Page, document: string): Promise<void> {
    const name = /^(?:query|mutation|subscription) (\w+)/.exec(document)?.[1];
    if (!name) throw new Error('name the operation, so the test can tell GraphiQL has read it');
    await setEditor(page, '.graphiql-query-editor', document);
    await page.locator('.graphiql-tab-active').getByText(name, { exact: true }).waitFor({ timeout: 5000 });
    await page.getByRole('button', { name: /Execute query/ }).click();
  }

  /** The response pane's text once it shows `expected`, whitespace folded. */
  async function responseShowing(page: Page, expected: string, timeoutMs = 10_000): Promise<string> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      // Read without waiting: the pane is replaced by a spinner while an operation runs.
      const shown = await page.evaluate(() => (document.querySelector('.graphiql-response') as HTMLElement | null)?.innerText ?? '');
      const text = shown.replace(/\s+/g, ' ');
      if (text.includes(expected)) return text;
      if (Date.now() > deadline) throw new Error(`the response pane never showed ${expected}: ${text.slice(0, 500)}`);
      await page.waitForTimeout(100);
    }
  }

  /** The text of an editor's visible lines (CodeMirror may pad an empty line with a zero-width space). */
  async function editorText(page: Page, editor = '.graphiql-query-editor'): Promise<string> {
    return page.evaluate((editor) => (document.querySelector(`${editor} .CodeMirror-code`) as HTMLElement | null)?.innerText.replace(/\u200b/g, '') ?? '', editor);
  }

  async function signInAndSetHeader(page: Page): Promise<void> {
    await run(page, `mutation SignIn { signIn(input: { email: "${ADA.email}", password: "${DEMO_PASSWORD}" }) { token } }`);
    const token = /"token": ?"([^"]+)"/.exec(await responseShowing(page, '"token"'))?.[1];
    expect(token).toBeTruthy();
    await page.getByText('Headers', { exact: true }).click();
    await setEditor(page, '.graphiql-editor-tool', `{"Authorization": "Bearer ${token}"}`);
  }

  it('loads from the server, signs in, subscribes over WebSocket with the Headers tab’s token and sees a persona created in a second tab', async () => {
    const watching = await openGraphiQL();
    expect(await watching.title()).toBe('Pulsegraph GraphiQL');
    await signInAndSetHeader(watching);
    await run(watching, 'subscription Live { changes(topics: [PERSONA]) { __typename op entityId ... on PersonaChange { persona { name } } } }');
    await watching.waitForTimeout(500);

    const creating = await openGraphiQL();
    await signInAndSetHeader(creating);
    await run(creating, 'mutation CreatePersona { createPersona(input: { kind: DNS, name: "Made in GraphiQL", dns: { resolvers: ["9.9.9.9"] } }) { id } }');
    await responseShowing(creating, '"createPersona"');

    expect(await responseShowing(watching, 'Made in GraphiQL', 5_000)).toContain('PersonaChange');
    // The subscription ran over graphql-ws, its token in connection_init as the contract says.
    const [init, ...rest] = (sentFrames.get(watching) ?? []).map((frame) => JSON.parse(frame) as { type: string; payload?: Record<string, unknown> });
    expect(init).toMatchObject({ type: 'connection_init', payload: { authorization: expect.stringMatching(/^Bearer \S+$/) } });
    expect(rest.find((message) => message.type === 'subscribe')?.payload?.query).toContain('subscription Live');
    expect(leftTheMachine).toEqual([]);
    expect(cspViolations).toEqual([]);
  }, 60_000);

  it('the console links to GraphiQL and GraphiQL back to the console; the starter document agrees with “Use my session”', async () => {
    // A first-time visitor without the web app's session is told how to send a token (GraphiQL keeps
    // a visitor's own editor text afterwards, so a fresh profile).
    const stranger = await browser.newContext({ viewport: { width: 1280, height: 860 } });
    const anonymous = await stranger.newPage();
    await anonymous.goto(`${server.url}/graphql`);
    await anonymous.locator('.graphiql-query-editor .CodeMirror').first().waitFor({ timeout: 15_000 });
    await expect.poll(() => editorText(anonymous)).toContain('# Sign in (mutation signIn), then put {"Authorization": "Bearer <token>"} in Headers below.');
    expect(await anonymous.getByRole('region', { name: 'Session' }).count()).toBe(0);
    await stranger.close();

    const signedIn = await browser.newContext({ viewport: { width: 1280, height: 860 } });
    const page = await signedInPage(signedIn, server.url, ADA.email, DEMO_PASSWORD);
    await page.getByRole('banner').getByRole('link', { name: 'GraphiQL' }).click();
    await page.waitForURL(`${server.url}/graphql`);
    await page.getByRole('region', { name: 'Session' }).getByText('as Ada Admin, from the web app').waitFor({ timeout: 15_000 });
    await page.locator('.graphiql-query-editor .CodeMirror').first().waitFor({ timeout: 15_000 });
    await expect.poll(() => editorText(page)).toContain('# "Use my session" (above) signs these requests as you, from the web app: run this as it is.');
    expect(await editorText(page)).not.toContain('Sign in (mutation signIn)');
    expect(await page.getByRole('checkbox', { name: 'Use my session' }).isChecked()).toBe(true);

    await page.getByRole('link', { name: 'Back to the Pulsegraph console' }).click();
    await page.getByTestId('connection-indicator').and(page.locator('[data-state=live]')).waitFor({ timeout: 10_000 });
    expect(new URL(page.url()).pathname).toBe('/');
    await signedIn.close();
  }, 60_000);

  it('reads the schema: the documentation explorer browses it and the editor completes field names from it', async () => {
    const page = await openGraphiQL();
    await page.getByRole('button', { name: 'Show Documentation Explorer' }).click();
    const docs = page.locator('.graphiql-doc-explorer');
    await docs.getByRole('link', { name: 'Query', exact: true }).click();
    await docs.getByRole('link', { name: 'personas', exact: true }).waitFor({ timeout: 10_000 });
    await docs.getByRole('link', { name: 'personas', exact: true }).click();
    await docs.getByText('Newest first.', { exact: true }).waitFor();
    await docs.getByRole('link', { name: 'QueryPersonasConnection', exact: true }).waitFor();

    await setEditor(page, '.graphiql-query-editor', 'query Completing { perso');
    await page.keyboard.press('Control+Space');
    const hints = page.locator('.CodeMirror-hints');
    await hints.getByText('personas', { exact: true }).waitFor({ timeout: 5_000 });
    expect(leftTheMachine).toEqual([]);
    expect(cspViolations).toEqual([]);
    await page.close();
  }, 60_000);

  it('a subscription’s event log lists every payload with its cursor and arrival time, not only the latest', async () => {
    // axe needs the CSP bypassed to inject itself; the first test ran GraphiQL under the real CSP.
    const judged = await browser.newContext({ viewport: { width: 1280, height: 860 }, bypassCSP: true });
    const page = await judged.newPage();
    await page.goto(`${server.url}/graphql`);
    await page.locator('.graphiql-query-editor .CodeMirror').first().waitFor({ timeout: 15_000 });
    await signInAndSetHeader(page);
    await run(page, 'subscription Events { changes(topics: [PERSONA]) { cursor op entityId } }');
    const log = page.getByRole('region', { name: 'Subscription events' });
    await log.getByText(/^Subscription events: Events, started \d\d:\d\d:\d\d\.\d{3}$/).waitFor({ timeout: 5_000 });
    await page.waitForTimeout(300);

    const token = await tokenOf(server, ADA.email, DEMO_PASSWORD);
    const created: string[] = [];
    for (const name of ['Logged one', 'Logged two', 'Logged three']) {
      const response = await fetch(server.graphqlUrl, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
        body: JSON.stringify({ query: `mutation { createPersona(input: { kind: DNS, name: "${name}", dns: { resolvers: ["9.9.9.9"] } }) { id } }` }),
      });
      created.push(((await response.json()) as { data: { createPersona: { id: string } } }).data.createPersona.id);
    }

    const entries = log.getByRole('listitem');
    await expect.poll(() => entries.count(), { timeout: 5_000 }).toBe(3);
    const shown = await entries.evaluateAll((items) =>
      items.map((item) => ({ cursor: (item as HTMLElement).dataset.cursor, meta: item.querySelector('.meta')?.textContent ?? '', payload: item.querySelector('pre')?.textContent ?? '' })),
    );
    shown.forEach((entry, index) => {
      const payload = JSON.parse(entry.payload) as { data: { changes: { cursor: string; op: string; entityId: string } } };
      expect(payload.data.changes).toEqual({ cursor: entry.cursor, op: 'CREATED', entityId: created[index] });
      expect(entry.meta).toBe(`#${index + 1} at ${/ at (\d\d:\d\d:\d\d\.\d{3}),/.exec(entry.meta)?.[1]}, cursor ${entry.cursor}`);
    });
    expect(new Set(shown.map((entry) => entry.cursor)).size).toBe(3);
    // GraphiQL's own pane holds only the latest payload; the log keeps them all.
    expect(await responseShowing(page, created[2]!)).not.toContain(created[0]!);

    if (process.env.SCREENSHOTS) {
      await page.getByText('Variables', { exact: true }).click(); // not the Headers tab's token
      await page.screenshot({ path: `${screenshotsDir}graphiql-event-log.png` });
    }
    expect(await axeProblems(page, '#event-log')).toEqual([]);
    expect(await axeProblems(page, '#graphiql-bar')).toEqual([]);
    await judged.close();
  }, 60_000);

  it('a live query’s answer is replaced in place as a change alters it, each answer logged with its cursor', async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 860 } });
    const page = await context.newPage();
    await page.goto(`${server.url}/graphql`);
    await page.locator('.graphiql-query-editor .CodeMirror').first().waitFor({ timeout: 15_000 });
    await signInAndSetHeader(page);
    await run(page, 'query LivePersonas @live { personas(first: 100) { edges { node { name } } } }');
    await responseShowing(page, '"personas"');
    const entries = page.getByRole('region', { name: 'Subscription events' }).getByRole('listitem');
    await expect.poll(() => entries.count(), { timeout: 5_000 }).toBe(1);

    const token = await tokenOf(server, ADA.email, DEMO_PASSWORD);
    await fetch(server.graphqlUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      body: JSON.stringify({ query: 'mutation { createPersona(input: { kind: DNS, name: "Shown live in GraphiQL", dns: { resolvers: ["9.9.9.9"] } }) { id } }' }),
    });
    await responseShowing(page, 'Shown live in GraphiQL');
    await expect.poll(() => entries.count(), { timeout: 5_000 }).toBe(2);
    const cursors = await entries.evaluateAll((items) => items.map((item) => (item as HTMLElement).dataset.cursor ?? ''));
    expect(cursors.every((cursor) => /^\d+\.[\w-]+$/.test(cursor))).toBe(true);
    expect(Number(cursors[1]!.split('.')[0])).toBeGreaterThan(Number(cursors[0]!.split('.')[0]));
    if (process.env.SCREENSHOTS) {
      await page.getByText('Variables', { exact: true }).click(); // not the Headers tab's token
      await page.screenshot({ path: `${screenshotsDir}graphiql-live-query.png` });
    }

    // With patches: true the log shows the patch as it came, and the pane the answer it makes.
    await page.getByRole('button', { name: /Stop query/ }).click();
    await page.getByRole('button', { name: 'Clear the log' }).click();
    await run(page, 'query LivePatched @live(patches: true) { personas(first: 100) { edges { node { name } } } }');
    await responseShowing(page, 'Shown live in GraphiQL');
    await expect.poll(() => entries.count(), { timeout: 5_000 }).toBe(1);
    await fetch(server.graphqlUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      body: JSON.stringify({ query: 'mutation { createPersona(input: { kind: DNS, name: "Patched into GraphiQL", dns: { resolvers: ["9.9.9.9"] } }) { id } }' }),
    });
    const shown = await responseShowing(page, 'Patched into GraphiQL');
    expect(shown).toContain('Shown live in GraphiQL');
    expect(shown).not.toContain('"patch"');
    await expect.poll(() => entries.count(), { timeout: 5_000 }).toBe(2);
    expect(await entries.nth(1).locator('pre').textContent()).toMatch(/^\{"extensions":\{"cursor":"[^"]+","patch":\[\{"op":"add"/);
    await context.close();
  }, 60_000);
});
