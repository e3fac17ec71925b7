import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startCampaignLab, thousandDomains, type CampaignLab } from '../../api/test/fixtures/campaign-lab.js';
import { startServer, type TestServer, type TestUser } from '../../api/test/harness.js';
import { axeProblems, buildWeb, countRequests, hasChromium, launchChromium, screenshotsDir } from './browser.js';

/**
 * Charts that match what a person sees, in Chromium, on a workspace of its own (so every count is
 * known): bars that stay readable when one status dwarfs the rest, the dashboard's throughput history
 * kept by the server across a reload, and a proxy's first health check drawn as a mark.
 */

/** What a horizontal bar chart shows per category: its bar's length and the value written beside it. */
interface Row {
  barWidth: number;
  barHeight: number;
  label: string | null;
  labelInside: boolean;
}

async function barsOf(page: Page, testId: string): Promise<Record<string, Row>> {
  return page.evaluate((testId) => {
    const svg = document.querySelector(`[data-testid="${testId}"] svg.recharts-surface`)!;
    const frame = svg.getBoundingClientRect();
    const middle = (box: DOMRect) => box.top + box.height / 2;
    const bars = [...svg.querySelectorAll('.recharts-bar-rectangle path')].map((path) => path.getBoundingClientRect());
    const labels = [...svg.querySelectorAll('.recharts-label-list text')].map((text) => ({ text: text.textContent, box: text.getBoundingClientRect() }));
    const rows: Record<string, Row> = {};
    for (const tick of svg.querySelectorAll('.recharts-yAxis-tick-labels text')) {
      const box = tick.getBoundingClientRect();
      const near = (other: DOMRect) => Math.abs(middle(other) - middle(box)) < 8;
      const bar = bars.find(near);
      const label = labels.find((candidate) => near(candidate.box));
      rows[tick.textContent ?? ''] = {
        barWidth: bar?.width ?? 0,
        barHeight: bar?.height ?? 0,
        label: label?.text ?? null,
        labelInside: !!label && label.box.left >= frame.left && label.box.right <= frame.right + 0.5 && label.box.width > 0,
      };
    }
    return rows;
  }, testId);
}

describe.skipIf(!hasChromium)('charts that match what you see, in Chromium', () => {
  let server: TestServer;
  let lab: CampaignLab;
  let browser: Browser;
  let context: BrowserContext;
  let ada: TestUser;

  async function gql<T = Record<string, any>>(query: string, variables: Record<string, unknown> = {}): Promise<T> {
    const response = await fetch(server.graphqlUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${ada.token}` },
      body: JSON.stringify({ query, variables }),
    });
    const body = (await response.json()) as { data?: T; errors?: unknown[] };
    if (body.errors || !body.data) throw new Error(`GraphQL errors: ${JSON.stringify(body.errors)}`);
    return body.data;
  }

  async function runToEnd(input: Record<string, unknown>): Promise<string> {
    const { createCampaign } = await gql(`mutation($input: CreateCampaignInput!) { createCampaign(input: $input) { id } }`, { input });
    await gql(`mutation($id: ID!) { startCampaign(id: $id) { id } }`, { id: createCampaign.id });
    await expect
      .poll(async () => (await gql(`query($id: ID!) { campaign(id: $id) { status } }`, { id: createCampaign.id })).campaign.status, { timeout: 30_000 })
      .toBe('COMPLETED');
    return createCampaign.id as string;
  }

  async function dashboard(): Promise<Page> {
    const page = await context.newPage();
    await page.goto(`${server.url}/`);
    await page.getByTestId('connection-indicator').and(page.locator('[data-state=live]')).waitFor();
    await page.waitForLoadState('networkidle');
    return page;
  }

  beforeAll(async () => {
    buildWeb();
    lab = await startCampaignLab();
    server = await startServer({ PROXY_CHECK_URL: `${lab.sites.url}/health` });
    ada = await server.signUp('Ada Charts');
    browser = await launchChromium();
    context = await browser.newContext({ viewport: { width: 1280, height: 1000 } });
    await context.addInitScript((token) => window.localStorage.setItem('pulsegraph.token', token), ada.token);
  }, 90_000);
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
    await lab?.stop();
  });

  it('a status 1,000 times another’s still shows a visible, labelled bar, and a zero shows its 0 (results and campaigns by status)', async () => {
    await runToEnd({ name: 'A thousand', kind: 'DOMAIN_GENERATION', generation: thousandDomains });
    // One domain, ashop.test, which the lab's DNS resolves: RESOLVED 1 beside GENERATED 1,001.
    const one = await runToEnd({ name: 'Just one', kind: 'DOMAIN_GENERATION', generation: { ...thousandDomains, characterSet: 'a', maxLength: 1, maxDomains: 1 } });
    const { createPersona } = await gql(`mutation($input: CreatePersonaInput!) { createPersona(input: $input) { id } }`, {
      input: { kind: 'DNS', name: 'Lab resolver', dns: { resolvers: [lab.dns.address], timeoutMs: 2000, concurrency: 1, retries: 0 } },
    });
    await runToEnd({ name: 'Resolve one', kind: 'DNS_VALIDATION', personaId: createPersona.id, sourceId: one, dns: { recordType: 'A' } });
    // 1,000 drafts beside the 3 completed campaigns.
    for (let batch = 0; batch < 50; batch++) {
      await Promise.all(
        Array.from({ length: 20 }, (_, index) =>
          gql(`mutation($input: CreateCampaignInput!) { createCampaign(input: $input) { id } }`, {
            input: { name: `Draft ${batch * 20 + index}`, kind: 'DOMAIN_GENERATION', generation: thousandDomains },
          }),
        ),
      );
    }

    const page = await dashboard();
    await page.getByTestId('results-by-status-summary').getByText('Generated: 1,001 · Resolves: 1 ·').waitFor();
    await page.getByTestId('campaigns-DRAFT').getByText('Draft: 1,000').waitFor();
    await page.getByTestId('results-by-status').locator('.recharts-label-list').waitFor();
    await page.getByTestId('campaigns-by-status').locator('.recharts-label-list').waitFor();

    const results = await barsOf(page, 'results-by-status');
    expect(Object.keys(results)).toEqual(['Generated', 'Resolves', 'Does not resolve', 'Matched', 'No match', 'Error']);
    expect(results.Generated).toMatchObject({ label: '1,001', labelInside: true });
    expect(results.Generated!.barWidth).toBeGreaterThan(200);
    // The bar 1,001 times shorter is still there to see, and says what it counts.
    expect(results.Resolves).toMatchObject({ label: '1', labelInside: true });
    expect(results.Resolves!.barWidth).toBeGreaterThanOrEqual(3);
    expect(results.Resolves!.barHeight).toBeGreaterThanOrEqual(8);
    for (const status of ['Does not resolve', 'Matched', 'No match', 'Error']) expect(results[status], status).toMatchObject({ barWidth: 0, label: '0', labelInside: true });

    const campaigns = await barsOf(page, 'campaigns-by-status');
    expect(campaigns.Draft).toMatchObject({ label: '1,000', labelInside: true });
    expect(campaigns.Completed).toMatchObject({ label: '3', labelInside: true });
    expect(campaigns.Completed!.barWidth).toBeGreaterThanOrEqual(3);
    expect(campaigns.Running).toMatchObject({ barWidth: 0, label: '0' });

    if (process.env.SCREENSHOTS) await page.screenshot({ path: `${screenshotsDir}dashboard-readable-bars.png`, fullPage: true });
    expect(await axeProblems(page)).toEqual([]);
    await page.close();
  }, 120_000);

  it('the dashboard’s throughput history is the server’s: it survives a reload, and arrives pushed, never polled', async () => {
    const page = await dashboard();
    const summary = page.getByTestId('workspace-throughput-summary');
    const requests = countRequests(page);
    await runToEnd({ name: 'Watched', kind: 'DOMAIN_GENERATION', generation: { ...thousandDomains, constant: 'watch' } });
    await summary.getByText(/domains\/s at the last update; [\d,]+ results since/).waitFor();
    const sinceBefore = /([\d,]+) results since (\S+)/.exec((await summary.textContent()) ?? '')!.slice(1);
    // Everything the test's campaigns stored so far, the 1,000 just watched included.
    expect(Number(sinceBefore[0]!.replaceAll(',', ''))).toBeGreaterThanOrEqual(1000);
    await expect.poll(() => page.getByTestId('workspace-throughput').locator('.recharts-bar-rectangle path').count()).toBeGreaterThan(0);
    // What moved the chart came over the socket, not from a request.
    expect(requests.urls.filter((url) => url.includes('/graphql'))).toEqual([]);

    await page.reload();
    await page.getByTestId('connection-indicator').and(page.locator('[data-state=live]')).waitFor();
    await summary.getByText(/results since/).waitFor();
    expect(/([\d,]+) results since (\S+)/.exec((await summary.textContent()) ?? '')!.slice(1)).toEqual(sinceBefore);
    expect(Number(await page.getByTestId('workspace-throughput').locator('[data-points]').getAttribute('data-points'))).toBeGreaterThan(0);
    await page.waitForLoadState('networkidle');
    const afterReload = countRequests(page);
    await page.waitForTimeout(3000);
    expect(afterReload.urls).toEqual([]); // no timer fetches the history
    await page.close();
  }, 90_000);

  it('a proxy’s first health check is drawn as a mark, and each later one beside it', async () => {
    const page = await context.newPage();
    await page.goto(`${server.url}/proxies`);
    await page.getByTestId('connection-indicator').and(page.locator('[data-state=live]')).waitFor();
    await gql(`mutation($input: CreateProxyInput!) { createProxy(input: $input) { id } }`, {
      input: { name: 'Once checked', protocol: 'HTTP', host: '127.0.0.1', port: lab.proxy.port },
    });
    const history = page.getByTestId('history-Once checked').getByTestId('health-history');
    await expect.poll(() => history.getAttribute('data-checks'), { timeout: 10_000 }).toBe('H');
    const marks = history.locator('[data-mark]');
    expect(await marks.count()).toBe(1);
    const box = (await marks.first().boundingBox())!;
    expect(box.width).toBeGreaterThanOrEqual(3);
    expect(box.height).toBeGreaterThanOrEqual(5);
    expect(await history.getAttribute('aria-label')).toMatch(/^Once checked: last 1 checks, 1 healthy and 0 unhealthy, oldest first: healthy \d+ ms$/);
    if (process.env.SCREENSHOTS) await page.getByTestId('proxies').screenshot({ path: `${screenshotsDir}proxies-first-check.png` });
    expect(await axeProblems(page)).toEqual([]);
    await page.close();
  }, 60_000);
});
