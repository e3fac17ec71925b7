import type { Browser, BrowserContext } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_ACCOUNTS, DEMO_PASSWORD, seedDemo } from '../../api/src/seed.js';
import { CreateKeywordSet } from '../../api/test/documents.js';
import { dataOf, request, startServer, type TestServer } from '../../api/test/harness.js';
import { buildWeb, hasChromium, launchChromium, signedInPage, tokenOf } from './browser.js';

const [ADA, BEN] = DEMO_ACCOUNTS;
/** Ben's reconnects and resumes: sign-in (connect, subscribe) and one page load (the same again), then one reconnect. */
const RESUME_POINTS = 5;
const WINDOW_SECONDS = 10;

describe.skipIf(!hasChromium)('the web client through network blips and a spent budget', () => {
  let server: TestServer;
  let browser: Browser;
  let ben: BrowserContext;
  let adaToken: string;

  beforeAll(async () => {
    buildWeb();
    server = await startServer({ RATE_LIMIT_RESUME_POINTS: String(RESUME_POINTS), RATE_LIMIT_WINDOW_SECONDS: String(WINDOW_SECONDS) });
    await seedDemo(server.app.services);
    browser = await launchChromium();
    ben = await browser.newContext();
    adaToken = await tokenOf(server, ADA.email, DEMO_PASSWORD);
  }, 60_000);
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  const createKeywordSet = async (name: string) =>
    dataOf(await request(server, CreateKeywordSet, { input: { name, rules: [{ kind: 'STRING' as const, pattern: 'sale' }] } }, adaToken));

  it('a subscription refused with RATE_LIMITED on an open socket is sent again after Retry-After, and changes flow', async () => {
    const page = await signedInPage(ben, server.url, BEN.email, DEMO_PASSWORD);
    await page.goto(`${server.url}/keyword-sets`);
    await page.getByTestId('connection-indicator').and(page.locator('[data-state=live]')).waitFor({ timeout: 10_000 });
    // Ben's budget has one resume left: the reconnect gets in, its `changes` subscription is refused.
    server.app.services.sockets.closeAll(1012, 'test: restart');
    await new Promise((resolve) => setTimeout(resolve, 1_500));
    const metrics = await (await fetch(`${server.url}/metrics`)).text();
    expect(metrics).toMatch(/pulsegraph_rate_limited_total\{transport="websocket"\} [1-9]/);

    await createKeywordSet('After the refusal');
    await page.getByTestId('keyword-sets').getByText('After the refusal').waitFor({ timeout: (WINDOW_SECONDS + 5) * 1000 });
    await page.close();
  }, 40_000);

  it('offline and back while the socket survived: the header says Live again and forms work', async () => {
    // A session of its own: the first test leaves Ben's small resume budget spent for a window, and
    // a page that loads then has its stream refused for seconds, which is not what this test is about.
    const fresh = await browser.newContext();
    const page = await signedInPage(fresh, server.url, BEN.email, DEMO_PASSWORD);
    await page.goto(`${server.url}/keyword-sets`);
    const live = page.getByTestId('connection-indicator').and(page.locator('[data-state=live]'));
    await live.waitFor({ timeout: (WINDOW_SECONDS + 5) * 1000 });
    await fresh.setOffline(true);
    await new Promise((resolve) => setTimeout(resolve, 1_000));
    await fresh.setOffline(false);
    await createKeywordSet('Across the blip');
    await page.getByTestId('keyword-sets').getByText('Across the blip').waitFor({ timeout: 5_000 });
    await live.waitFor({ timeout: 2_000 });
    expect(await page.getByRole('button', { name: 'New keyword set', exact: true }).isDisabled()).toBe(false);
    await fresh.close();
  }, 60_000);
});
