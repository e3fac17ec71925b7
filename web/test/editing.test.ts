import type { Browser, BrowserContext, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_ACCOUNTS, DEMO_PASSWORD, seedDemo } from '../../api/src/seed.js';
import { startServer, type TestServer } from '../../api/test/harness.js';
import { buildWeb, hasChromium, launchChromium, signedInPage } from './browser.js';

/** What a person edits and deletes in one browser shows in the other, and refusals show where they apply. */

const [ADA, BEN] = DEMO_ACCOUNTS;

describe.skipIf(!hasChromium)('editing and deleting in the web app', () => {
  let server: TestServer;
  let browser: Browser;
  let ada: BrowserContext;
  let ben: BrowserContext;
  let a: Page;
  let b: Page;

  beforeAll(async () => {
    buildWeb();
    server = await startServer();
    await seedDemo(server.app.services);
    browser = await launchChromium();
    ada = await browser.newContext({ viewport: { width: 1280, height: 860 } });
    ben = await browser.newContext({ viewport: { width: 1280, height: 860 } });
    a = await signedInPage(ada, server.url, ADA.email, DEMO_PASSWORD);
    b = await signedInPage(ben, server.url, BEN.email, DEMO_PASSWORD);
  }, 90_000);
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  async function open(path: string, ready: (page: Page) => Promise<unknown>) {
    await Promise.all([a.goto(`${server.url}${path}`), b.goto(`${server.url}${path}`)]);
    await Promise.all([ready(a), ready(b)]);
  }

  /** Clicks `label` (within `scope`, default the page), fills the dialog it opens and saves. */
  async function edit(page: Page, label: string, fill: (dialog: Locator) => Promise<void>, save: string, scope: Page | Locator = page) {
    await scope.getByRole('button', { name: label, exact: true }).click();
    const dialog = page.locator('[role="dialog"][aria-modal="true"]');
    await fill(dialog);
    await dialog.getByRole('button', { name: save }).click();
    await dialog.waitFor({ state: 'detached' });
  }

  async function remove(page: Page, label: string, scope: Page | Locator = page) {
    await scope.getByRole('button', { name: label, exact: true }).click();
    await page.getByRole('dialog').or(page.locator('.mantine-Popover-dropdown')).getByRole('button', { name: 'Delete', exact: true }).click();
  }

  it('personas: a rename and a delete in A show in B within 1 s; a taken name is refused under the field', async () => {
    await open('/personas', (page) => page.getByTestId('personas').getByText('Desktop browser').waitFor());
    await edit(a, 'Edit Desktop browser', (dialog) => dialog.getByRole('textbox', { name: 'Name', exact: true }).fill('Desktop browser, renamed'), 'Save persona');
    await b.getByTestId('personas').getByText('Desktop browser, renamed').waitFor({ timeout: 1000 });

    await a.getByRole('button', { name: 'Edit Desktop browser, renamed', exact: true }).click();
    await a.getByRole('dialog').getByRole('textbox', { name: 'Name', exact: true }).fill('Public resolvers');
    await a.getByRole('dialog').getByRole('button', { name: 'Save persona' }).click();
    await a.getByRole('dialog').getByText('another persona already has this name').waitFor({ timeout: 2000 });
    await a.keyboard.press('Escape');
    await a.locator('[role="dialog"][aria-modal="true"]').waitFor({ state: 'detached' });

    await a.getByRole('button', { name: 'New persona', exact: true }).click();
    const form = a.getByRole('dialog').getByRole('form', { name: 'New persona' });
    await form.getByRole('textbox', { name: 'Name', exact: true }).fill('Short-lived');
    await form.getByRole('button', { name: 'Create persona' }).click();
    await b.getByTestId('personas').getByText('Short-lived').waitFor({ timeout: 1000 });
    await remove(a, 'Delete Short-lived');
    await b.getByTestId('personas').getByText('Short-lived').waitFor({ state: 'detached', timeout: 1000 });
  });

  it('keyword sets: a delete refused because a campaign uses it says why', async () => {
    await open('/keyword-sets', (page) => page.getByTestId('keyword-sets').getByText('Shop signals').waitFor());
    await remove(a, 'Delete Shop signals');
    await a.getByRole('alert').getByText(/used by campaign/).waitFor({ timeout: 2000 });
    // The refusal leaves the focus in the confirmation (on Keep), so Escape closes it.
    await expect.poll(() => a.evaluate(() => document.activeElement?.textContent)).toBe('Keep');
    await a.keyboard.press('Escape');
    await a.getByRole('dialog', { name: 'Delete Shop signals' }).waitFor({ state: 'detached' });
    await edit(a, 'Edit Parked domains', (dialog) => dialog.getByRole('textbox', { name: 'Description', exact: true }).fill('edited in A'), 'Save keyword set');
    await edit(a, 'Edit Parked domains', (dialog) => dialog.getByRole('textbox', { name: 'Name', exact: true }).fill('Parked, renamed'), 'Save keyword set');
    await b.getByTestId('keyword-sets').getByText('Parked, renamed').waitFor({ timeout: 1000 });
  });

  it('proxies and pools: rename a proxy, take it out of its pool, rename and delete a pool', async () => {
    await open('/proxies', (page) => page.getByTestId('proxies').getByText('Local Squid').waitFor());
    await edit(a, 'Edit Local Squid', (dialog) => dialog.getByRole('textbox', { name: 'Name', exact: true }).fill('Squid, renamed'), 'Save proxy');
    await b.getByTestId('proxies').getByText('Squid, renamed').waitFor({ timeout: 1000 });
    await a.getByRole('button', { name: 'Remove Squid, renamed from Local proxies' }).click();
    await b.getByRole('button', { name: 'Remove Squid, renamed from Local proxies' }).waitFor({ state: 'detached', timeout: 1000 });
    await a.getByRole('button', { name: 'New pool', exact: true }).click();
    await a.getByRole('form', { name: 'New pool' }).getByRole('textbox', { name: 'Pool name', exact: true }).fill('Spare pool');
    await a.getByRole('form', { name: 'New pool' }).getByRole('button', { name: 'Add pool' }).click();
    await a.locator('[role="dialog"][aria-modal="true"]').waitFor({ state: 'detached' });
    await edit(a, 'Edit Spare pool', (dialog) => dialog.getByRole('textbox', { name: 'Pool name', exact: true }).fill('Spare, renamed'), 'Save pool');
    await b.getByTestId('pools').getByText('Spare, renamed').waitFor({ timeout: 1000 });
    await remove(a, 'Delete Spare, renamed');
    await b.getByTestId('pools').getByText('Spare, renamed').waitFor({ state: 'detached', timeout: 1000 });
  });

  it('campaigns: rename and delete, and progress carries its numbers', async () => {
    await open('/campaigns', (page) => page.getByTestId('campaigns').getByText('Which resolving shops sell').waitFor());
    expect(await a.getByTestId('progress-Short shop names').innerText()).toMatch(/^0 \/ 1,000, 0%$/);
    await edit(a, 'Rename Which resolving shops sell', (dialog) => dialog.getByRole('textbox', { name: 'Name', exact: true }).fill('Which shops sell'), 'Save name');
    await b.getByTestId('campaigns').getByText('Which shops sell', { exact: true }).waitFor({ timeout: 1000 });
    await remove(a, 'Delete Which shops sell');
    await b.getByTestId('campaigns').getByText('Which shops sell', { exact: true }).waitFor({ state: 'detached', timeout: 1000 });
  });

  it('chats: start a chat from the Chats page, edit and delete a message; an over-long message says why and the page keeps its height', async () => {
    await a.goto(`${server.url}/chats`);
    await a.getByRole('button', { name: 'New chat', exact: true }).click();
    const newChat = a.getByRole('form', { name: 'New chat' });
    await newChat.getByLabel('With').click();
    await a.getByRole('option', { name: BEN.displayName }).click();
    await a.getByRole('dialog').getByRole('heading', { name: 'New chat' }).click(); // closes the options
    await newChat.getByRole('button', { name: 'Start chat' }).click();
    await a.waitForURL(/\/chats\/.+/);
    await b.goto(a.url());

    const box = a.getByRole('textbox', { name: 'Message', exact: true });
    await box.fill('x'.repeat(5000));
    await a.getByText('5000 of at most 4000 characters').waitFor({ timeout: 2000 });
    expect(await a.evaluate(() => document.documentElement.scrollHeight)).toBeLessThan(1500);
    await a.getByRole('button', { name: 'Send', exact: true }).click();
    await a.getByText(/at most 4000/).first().waitFor();

    await box.fill('typo heer');
    await a.getByRole('button', { name: 'Send', exact: true }).click();
    await b.getByTestId('messages').getByText('typo heer').waitFor({ timeout: 1000 });
    const typo = a.getByTestId('message').filter({ hasText: 'typo heer' });
    await edit(a, 'Edit message', (dialog) => dialog.getByRole('textbox', { name: 'Message', exact: true }).fill('typo here'), 'Save message', typo);
    await b.getByTestId('messages').getByText('typo here').waitFor({ timeout: 1000 });
    await remove(a, 'Delete message', a.getByTestId('message').filter({ hasText: 'typo here' }));
    await b.getByTestId('messages').getByText('This message was deleted').waitFor({ timeout: 1000 });
  });

  it('feed: edit a post and delete a comment', async () => {
    await open('/feed', (page) => page.getByRole('heading', { name: 'Feed' }).waitFor());
    await a.getByRole('textbox', { name: 'Share something', exact: true }).fill('First draft');
    await a.getByRole('button', { name: 'Post', exact: true }).click();
    await b.getByTestId('post').getByText('First draft').waitFor({ timeout: 1000 });
    const mine = a.getByTestId('post').filter({ hasText: 'First draft' });
    await edit(a, 'Edit post', (dialog) => dialog.getByRole('textbox', { name: 'Post', exact: true }).fill('Second draft'), 'Save post', mine);
    await b.getByTestId('post').getByText('Second draft').waitFor({ timeout: 1000 });
    const post = b.getByTestId('post').filter({ hasText: 'Second draft' });
    await post.getByRole('textbox', { name: 'Comment', exact: true }).fill('Nice one');
    await post.getByRole('button', { name: 'Comment', exact: true }).click();
    await a.getByTestId('comment').getByText('Nice one').waitFor({ timeout: 1000 });
    await remove(a, 'Delete comment', a.getByTestId('comment').filter({ hasText: 'Nice one' }));
    await b.getByTestId('comment').getByText('Nice one').waitFor({ state: 'detached', timeout: 1000 });
  });

  it('leaving or reloading a page while its requests are in flight throws nothing (an aborted request is not an error)', async () => {
    const page = await signedInPage(ada, server.url, ADA.email, DEMO_PASSWORD);
    const thrown: string[] = [];
    page.on('pageerror', (error) => thrown.push(error.message));
    // Every GraphQL request is held for a moment, so each navigation below cuts requests short.
    const graphql = (url: URL) => url.pathname === '/graphql';
    await page.route(graphql, async (route) => {
      await new Promise((resolve) => setTimeout(resolve, 400));
      await route.continue().catch(() => {}); // its page is gone: nothing to continue
    });
    let sent = 0;
    page.on('request', (request) => {
      if (graphql(new URL(request.url()))) sent++;
    });
    const waitForARequest = async () => {
      const before = sent;
      await expect.poll(() => sent, { timeout: 5000 }).toBeGreaterThan(before);
    };
    const pages = [['/', 'Dashboard'], ['/campaigns', 'Campaigns'], ['/chats', 'Chats'], ['/feed', 'Feed'], ['/personas', 'Personas'], ['/notifications', 'Notifications']];
    for (const [path, nextLabel] of pages.map(([path], i) => [path!, pages[(i + 1) % pages.length]![1]!])) {
      await page.goto(`${server.url}${path}`, { waitUntil: 'commit' });
      await waitForARequest();
      await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: new RegExp(`^${nextLabel}`) }).click(); // the page's queries torn down
      await page.reload({ waitUntil: 'commit' });
      await page.waitForTimeout(100);
    }
    await page.unroute(graphql);
    await page.waitForTimeout(500);
    expect(thrown).toEqual([]);
    await page.close();
  }, 60_000);

  it('what the screen says is true: a failed campaign shows its setup, times and why; badges differ; notifications and activity carry dates and links', async () => {
    // A DNS campaign whose only resolver is a closed local port: it fails, naming it.
    const api = async (query: string, variables: Record<string, unknown> = {}) => {
      const token = await a.evaluate(() => window.localStorage.getItem('pulsegraph.token'));
      const response = await fetch(server.graphqlUrl, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
        body: JSON.stringify({ query, variables }),
      });
      return ((await response.json()) as { data: Record<string, { id: string }> }).data;
    };
    const persona = await api('mutation { createPersona(input: { kind: DNS, name: "Closed port", dns: { resolvers: ["127.0.0.1:9"], timeoutMs: 300, retries: 0 } }) { id } }');
    const source = await api('mutation { createCampaign(input: { name: "Two names", kind: DOMAIN_GENERATION, generation: { pattern: PREFIX, constant: "x", characterSet: "ab", minLength: 1, maxLength: 1, tlds: ["test"] } }) { id } }');
    const dns = await api('mutation($p: ID!, $s: ID!) { createCampaign(input: { name: "Nowhere to ask", kind: DNS_VALIDATION, personaId: $p, sourceId: $s }) { id } }', {
      p: persona.createPersona!.id,
      s: source.createCampaign!.id,
    });
    await a.goto(`${server.url}/campaigns/${dns.createCampaign!.id}`);
    await a.getByRole('button', { name: 'Start', exact: true }).click();
    await api('mutation($id: ID!) { startCampaign(id: $id) { id } }', { id: source.createCampaign!.id });
    await a.getByTestId('campaign-status').getByText('Failed').waitFor({ timeout: 10_000 });
    await a.getByTestId('campaign-error').getByText(/127\.0\.0\.1:9/).waitFor();
    const setup = await a.getByTestId('campaign-setup').innerText();
    for (const shown of ['DNS check', 'Two names', 'Closed port', 'Record type']) expect(setup).toContain(shown);
    expect(await a.getByTestId('campaign-started').innerText()).toMatch(/\d{4}/);
    expect(await a.getByTestId('campaign-finished').innerText()).toMatch(/\d{4}/);

    // One colour per status: the FAILED and DRAFT badges' dots differ.
    await a.goto(`${server.url}/campaigns`);
    const dotColour = (status: string) =>
      a.getByTestId('campaigns').getByText(status, { exact: true }).first().evaluate((badge) => getComputedStyle(badge.closest('.mantine-Badge-root')!, '::before').backgroundColor);
    expect(await dotColour('Failed')).not.toBe(await dotColour('Draft'));

    // The failure notified Ada: when ("… ago", the full date in its title), and a link to the campaign.
    await a.goto(`${server.url}/notifications`);
    const notification = a.getByTestId('notification').filter({ hasText: 'Nowhere to ask' }).first();
    expect(await notification.locator('time').innerText()).toMatch(/now|ago/);
    expect(await notification.locator('time').getAttribute('title')).toMatch(/\d{4}/);
    await notification.getByRole('link').click();
    await a.waitForURL(`**/campaigns/${dns.createCampaign!.id}`);

    // Activity rows carry the date, not just the time (in the title of their "… ago").
    await a.goto(`${server.url}/`);
    expect(await a.getByTestId('activity').locator('time').first().getAttribute('title')).toMatch(/\d{4}/);
  });
});
