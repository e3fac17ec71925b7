import { mkdirSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { requestText, startServer, type TestServer } from '../../api/test/harness.js';
import { axeProblems, buildWeb, hasChromium, launchChromium, screenshotsDir, tokenOf } from './browser.js';
import { dialogClosed, errorUnder, toastSays } from './journeys.js';

/**
 * A workspace with nothing in it (no demo): the first person signs up through the form, the
 * dashboard says what to do first, and every list, empty, says what it is for and how to fill it.
 */

const EMAIL = 'first@example.test';
const PASSWORD = 'a long enough secret';

describe.skipIf(!hasChromium)('an empty workspace in Chromium', () => {
  let server: TestServer;
  let browser: Browser;
  let page: Page;

  beforeAll(async () => {
    buildWeb();
    server = await startServer();
    browser = await launchChromium();
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    page = await context.newPage();
  }, 120_000);
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  const shot = async (name: string) => {
    if (!process.env.SCREENSHOTS) return;
    mkdirSync(screenshotsDir, { recursive: true });
    await page.mouse.move(1, 1);
    await page.evaluate(() => window.scrollTo(0, 0));
    await page.screenshot({ path: `${screenshotsDir}${name}.png`, fullPage: true });
  };

  it('signing in with no account says why; signing up refuses a short password under its field, then signs the first person in as ADMIN', async () => {
    await page.goto(server.url);
    await expect.poll(() => page.title()).toBe('Sign in · Pulsegraph');
    await page.getByRole('textbox', { name: 'Email' }).fill(EMAIL);
    await page.locator('input[type=password]').fill(PASSWORD);
    await page.getByRole('button', { name: 'Sign in', exact: true }).click();
    await page.getByRole('alert').filter({ hasText: /\w/ }).first().waitFor();

    await page.getByRole('tab', { name: 'Sign up' }).click();
    const form = page.getByRole('form', { name: 'Sign up' });
    await form.getByRole('textbox', { name: 'Email' }).fill(EMAIL);
    await form.getByRole('textbox', { name: 'Display name' }).fill('First Person');
    const password = form.locator('input[type=password]');
    await password.fill('short');
    await form.getByRole('button', { name: 'Create account' }).click();
    expect(await errorUnder(page, password)).toBe('must be at least 8 characters');
    await password.fill(PASSWORD);
    await form.getByRole('button', { name: 'Create account' }).click();
    await page.getByTestId('connection-indicator').and(page.locator('[data-state=live]')).waitFor({ timeout: 10_000 });
    const token = await tokenOf(server, EMAIL, PASSWORD);
    expect((await requestText(server, token, '{ me { displayName role } }')).data).toEqual({ me: { displayName: 'First Person', role: 'ADMIN' } });
  });

  it('every empty list says what it is for and offers the way to fill it', async () => {
    const lists: Array<[string, string, string | undefined]> = [
      ['/personas', 'personas-empty', 'New persona'],
      ['/keyword-sets', 'keyword-sets-empty', 'New keyword set'],
      ['/proxies', 'proxies-empty', 'New proxy'],
      ['/proxies', 'pools-empty', 'New pool'],
      ['/campaigns', 'campaigns-empty', 'New campaign'],
      ['/api-keys', 'api-keys-empty', 'New API key'],
      ['/chats', 'chats-empty', 'New chat'],
      ['/connections', 'connections-empty', undefined],
      ['/feed', 'feed-empty', undefined],
      ['/notifications', 'notifications-empty', undefined],
      ['/members', 'invitations-empty', undefined],
    ];
    const problems: Record<string, string[]> = {};
    for (const [path, testId, action] of lists) {
      await page.goto(`${server.url}${path}`);
      const empty = page.getByTestId(testId);
      await empty.waitFor({ timeout: 10_000 });
      expect((await empty.innerText()).length, testId).toBeGreaterThan(40); // says what the list is for, not only "Nothing"
      if (action) await empty.getByRole('button', { name: action, exact: true }).waitFor();
      await page.waitForLoadState('networkidle');
      const found = await axeProblems(page);
      if (found.length) problems[path] = found;
    }
    expect(problems).toEqual({});
    await page.goto(`${server.url}/personas`);
    await page.getByTestId('personas-empty').waitFor();
    await shot('empty-personas');
  }, 90_000);

  it('the dashboard says what to do first, and each step opens its "New …" dialog', async () => {
    await page.goto(`${server.url}/`);
    const steps = page.getByTestId('first-steps');
    await steps.getByText('Get started').waitFor();
    await shot('dashboard-get-started');
    await steps.getByRole('link', { name: 'Create a persona' }).click();
    await page.waitForURL(`${server.url}/personas`);
    const form = page.getByRole('dialog').getByRole('form', { name: 'New persona' });
    await form.getByRole('textbox', { name: 'Name', exact: true }).fill('My resolver');
    await form.getByRole('button', { name: 'Create persona' }).click();
    await toastSays(page, 'Created persona “My resolver”');
    await dialogClosed(page);
    await page.getByTestId('personas').getByText('My resolver').waitFor();

    await page.goto(`${server.url}/`);
    await steps.getByText('Done').waitFor();
    await steps.getByRole('link', { name: 'Create a keyword set' }).click();
    await page.getByRole('dialog').getByRole('form', { name: 'New keyword set' }).waitFor();
  });
});
