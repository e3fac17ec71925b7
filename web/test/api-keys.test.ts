import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Browser, BrowserContext } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_ACCOUNTS, DEMO_PASSWORD, seedDemo } from '../../api/src/seed.js';
import { connectWs, startServer, type TestServer } from '../../api/test/harness.js';
import { axeProblems, buildWeb, countRequests, hasChromium, launchChromium, screenshotsDir, signedInPage } from './browser.js';

const [ADA] = DEMO_ACCOUNTS;

/** A partner's call with the key: one GraphQL request over HTTP. */
async function callWithKey(server: TestServer, secret: string): Promise<number> {
  const response = await fetch(server.graphqlUrl, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${secret}` },
    body: JSON.stringify({ query: '{ me { id } }' }),
  });
  await response.text();
  return response.status;
}

describe.skipIf(!hasChromium)('the API keys page in Chromium', () => {
  let server: TestServer;
  let browser: Browser;
  let context: BrowserContext;

  beforeAll(async () => {
    buildWeb();
    server = await startServer({ WEBHOOK_ALLOW_PRIVATE_NETWORKS: '1' });
    await seedDemo(server.app.services);
    browser = await launchChromium();
    context = await browser.newContext({ viewport: { width: 1280, height: 960 }, permissions: ['clipboard-read', 'clipboard-write'] });
  }, 60_000);
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  it('a person creates a scoped key (its secret shown once, copied), watches its usage move as it is used, and revokes it', async () => {
    const page = await signedInPage(context, server.url, ADA.email, DEMO_PASSWORD);
    await page.getByRole('link', { name: 'API keys' }).click();
    await page.getByRole('button', { name: 'New API key', exact: true }).click();
    const form = page.getByRole('dialog').getByRole('form', { name: 'New API key' });
    await form.getByRole('textbox', { name: 'Name' }).fill('Billing partner');
    await form.getByLabel('Topics its stream may carry').click();
    // Every topic of the schema, the newest too: the list is read from the generated schema, not copied.
    for (const topic of ['API_KEY', 'WEBHOOK', 'INVITATION']) await page.getByRole('option', { name: topic, exact: true }).waitFor({ timeout: 2000 });
    await page.getByRole('option', { name: 'PERSONA', exact: true }).click();
    await page.keyboard.press('Escape');
    await form.getByRole('button', { name: 'Create key' }).click();

    const secretShown = page.getByTestId('new-secret');
    await secretShown.waitFor();
    const secret = (await secretShown.textContent())!;
    expect(secret).toMatch(/^pgk_/);
    await page.getByRole('button', { name: 'Copy' }).click();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(secret);
    const row = page.getByTestId('api-keys').getByRole('row', { name: /Billing partner/ });
    await expect.poll(() => row.textContent()).toContain('Topics: PERSONA');
    await page.getByRole('button', { name: 'Done' }).click();
    expect(await secretShown.count()).toBe(0); // once: gone, and nowhere else on the page
    expect(await page.content()).not.toContain(secret);

    // The partner uses the key; the page's counts move from the stream, without a request of its own.
    const requests = countRequests(page);
    for (let i = 0; i < 3; i++) expect(await callWithKey(server, secret)).toBe(200);
    const count = page.getByTestId('requests-Billing partner');
    await expect.poll(() => count.textContent(), { timeout: 10_000 }).toBe('3');
    await expect.poll(() => page.getByTestId('usage-totals').textContent()).toContain('Billing partner: 3 requests');
    expect(requests.urls).toEqual([]);
    if (process.env.SCREENSHOTS) await page.screenshot({ path: `${screenshotsDir}api-keys.png`, fullPage: true });

    // Revoking it ends the partner's stream and refuses its next call.
    const partner = connectWs(server, { authorization: `Bearer ${secret}` });
    partner.subscribe({ query: 'subscription { changes { cursor } }' }, { next() {}, error() {}, complete() {} });
    await new Promise((resolve) => setTimeout(resolve, 200));
    await row.getByRole('button', { name: 'Revoke Billing partner' }).click();
    await page.locator('.mantine-Popover-dropdown').getByRole('button', { name: 'Revoke', exact: true }).click();
    expect(await partner.closed).toBe(4401);
    await expect.poll(() => row.textContent()).toContain('Revoked');
    expect(await callWithKey(server, secret)).toBe(401);
    await page.close();
  }, 60_000);

  it('a person adds a webhook endpoint, sends a test ping, watches its delivery log fill live, and replays from a cursor', async () => {
    const bodies: string[] = [];
    const receiver = createServer((req, res) => {
      let body = '';
      req.on('data', (chunk: Buffer) => (body += chunk.toString()));
      req.on('end', () => {
        bodies.push(body);
        res.writeHead(204).end();
      });
    });
    await new Promise<void>((resolve) => receiver.listen(0, '127.0.0.1', resolve));
    const url = `http://127.0.0.1:${(receiver.address() as AddressInfo).port}/hooks`;

    const page = await signedInPage(context, server.url, ADA.email, DEMO_PASSWORD);
    await page.goto(`${server.url}/api-keys`);
    await page.getByRole('button', { name: 'New API key', exact: true }).click();
    const keyForm = page.getByRole('dialog').getByRole('form', { name: 'New API key' });
    await keyForm.getByRole('textbox', { name: 'Name' }).fill('Hook key');
    await keyForm.getByRole('button', { name: 'Create key' }).click();
    await page.getByRole('button', { name: 'Done' }).click();

    await page.getByTestId('webhooks-empty').getByRole('button', { name: 'New webhook', exact: true }).click();
    const form = page.getByRole('dialog').getByRole('form', { name: 'New webhook' });
    await form.getByLabel('API key').click();
    await page.getByRole('option', { name: 'Hook key' }).click();
    await form.getByRole('textbox', { name: 'Endpoint URL' }).fill(url);
    await form.getByRole('button', { name: 'Add endpoint' }).click();
    await page.getByTestId('webhook-secret').waitFor();
    expect(await page.getByTestId('webhook-secret').textContent()).toMatch(/^whsec_/);

    const card = page.getByTestId(`webhook-${url}`);
    await card.getByRole('button', { name: 'Send test ping' }).click();
    await page.getByTestId('toast').filter({ hasText: `Sent a test ping to ${url}` }).waitFor();
    const log = page.getByTestId(`deliveries-${url}`);
    await log.getByRole('cell', { name: 'ping' }).waitFor();
    // When it went: "just now", the full date on hover, as every moment in the console.
    const at = log.getByRole('row').nth(1).locator('time');
    expect(await at.innerText({ timeout: 2000 })).toMatch(/now|ago/);
    expect(await at.getAttribute('title')).toMatch(/\d{4}/);
    expect(JSON.parse(bodies[0]!)).toMatchObject({ type: 'ping' });

    // A change the key may see: delivered, and its row joins the log from the stream without a request.
    const requests = countRequests(page);
    const signIn = await fetch(server.graphqlUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: 'mutation($e: String!, $p: String!) { signIn(input: { email: $e, password: $p }) { token } }', variables: { e: ADA.email, p: DEMO_PASSWORD } }),
    });
    const token = ((await signIn.json()) as { data: { signIn: { token: string } } }).data.signIn.token;
    await fetch(server.graphqlUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      body: JSON.stringify({ query: 'mutation { createKeywordSet(input: { name: "Hooked from the page", rules: [{ pattern: "x", kind: STRING }] }) { id } }' }),
    });
    await expect.poll(() => bodies.some((body) => body.includes('KEYWORD_SET') || body.includes('"op":"CREATED"')), { timeout: 10_000 }).toBe(true);
    await expect.poll(() => log.getByRole('row').count(), { timeout: 10_000 }).toBeGreaterThan(2);
    expect(requests.urls).toEqual([]);
    const delivered = bodies.length;

    // Replay from the cursor before that change: it arrives again.
    const firstCursor = (await log.getByRole('row').nth(1).getByRole('cell').nth(1).textContent())!;
    await card.getByRole('textbox', { name: `Replay ${url} from cursor` }).fill(String(Number(firstCursor) - 1));
    await card.getByRole('button', { name: 'Replay from cursor' }).click();
    await expect.poll(() => bodies.length, { timeout: 10_000 }).toBeGreaterThan(delivered);
    if (process.env.SCREENSHOTS) await page.screenshot({ path: `${screenshotsDir}webhooks.png`, fullPage: true });
    await page.close();
    await new Promise<void>((resolve) => receiver.close(() => resolve()));
  }, 60_000);

  it('accessibility: axe finds no serious or critical WCAG 2 A/AA problem on the API keys page, chart included', async () => {
    const page = await signedInPage(context, server.url, ADA.email, DEMO_PASSWORD);
    await page.goto(`${server.url}/api-keys`);
    await page.getByRole('img', { name: /Requests and deliveries per minute/ }).waitFor({ timeout: 10_000 });
    expect(await axeProblems(page)).toEqual([]);
    await page.close();
  }, 60_000);
});
