import { readFileSync } from 'node:fs';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_ACCOUNTS, DEMO_PASSWORD, seedDemo } from '../../api/src/seed.js';
import { requestText, startServer, type TestServer } from '../../api/test/harness.js';
import { buildWeb, hasChromium, launchChromium, signedInPage, tokenOf } from './browser.js';

/**
 * The first hour's defects, each retried through the page as a person meets it and checked through
 * the API: a save that does not save, a chip that changes what a regex says, an error under the
 * wrong field, a page that loads forever, an export that ignores the filter, an offer to connect
 * twice, an admin alert above empty tables, a select that cuts a name off.
 */

const [ADA, BEN] = DEMO_ACCOUNTS;

describe.skipIf(!hasChromium)('the console in its first hour', () => {
  let server: TestServer;
  let browser: Browser;
  let ada: BrowserContext;
  let ben: BrowserContext;
  let a: Page;
  let b: Page;
  let adaToken: string;

  const api = async (query: string, variables?: Record<string, unknown>) => {
    const result = await requestText(server, adaToken, query, variables);
    expect(result.errors, query).toBeUndefined();
    return result.data!;
  };

  beforeAll(async () => {
    buildWeb();
    server = await startServer();
    await seedDemo(server.app.services);
    browser = await launchChromium();
    ada = await browser.newContext({ viewport: { width: 1280, height: 860 }, acceptDownloads: true });
    ben = await browser.newContext({ viewport: { width: 1280, height: 860 } });
    a = await signedInPage(ada, server.url, ADA.email, DEMO_PASSWORD);
    b = await signedInPage(ben, server.url, BEN.email, DEMO_PASSWORD);
    adaToken = await tokenOf(server, ADA.email, DEMO_PASSWORD);
  }, 90_000);
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  it('Settings: Save saves (checked through the API) and says so; an invalid 0 is refused under its field', async () => {
    await a.goto(`${server.url}/settings`);
    const form = a.getByRole('form', { name: 'Settings' });
    const concurrency = form.getByRole('textbox', { name: 'Campaigns running at once' });
    await expect.poll(() => concurrency.inputValue()).not.toBe('0');
    await concurrency.fill('3');
    await form.getByRole('button', { name: 'Save' }).click();
    await a.getByRole('status').getByText('Settings saved').waitFor({ timeout: 3000 });
    expect((await api('{ settings { workerConcurrency } }')).settings.workerConcurrency).toBe(3);

    await concurrency.fill('0');
    await form.getByRole('button', { name: 'Save' }).click();
    // The error shows under the field it is about (Mantine links it as the input's description of the error).
    await expect.poll(() => concurrency.getAttribute('aria-invalid')).toBe('true');
    const describedBy = (await concurrency.getAttribute('aria-describedby')) ?? '';
    expect(describedBy).not.toBe('');
    expect(await a.locator(`[id="${describedBy.split(' ').find((id) => id.includes('error'))}"]`).textContent()).toMatch(/\w/);
    expect((await api('{ settings { workerConcurrency } }')).settings.workerConcurrency).toBe(3);
  });

  it('keyword-set and pool chips show text as written; a bad regex is reported under "Regular expressions"', async () => {
    await a.goto(`${server.url}/keyword-sets`);
    const regex = '\\$\\s?\\d+(\\.\\d{2})?';
    const chip = a.getByTestId('keyword-sets').getByText(regex, { exact: true });
    await chip.waitFor();
    expect(await chip.evaluate((element) => element.closest('.mantine-Badge-root')!.textContent)).toBe(regex);
    expect(await chip.evaluate((element) => getComputedStyle(element.closest('.mantine-Badge-root')!).textTransform)).toBe('none');

    await a.getByRole('button', { name: 'New keyword set', exact: true }).click();
    const form = a.getByRole('dialog').getByRole('form', { name: 'New keyword set' });
    await form.getByRole('textbox', { name: 'Name', exact: true }).fill('Broken pattern');
    const phrases = form.getByRole('combobox', { name: /Phrases/ });
    await phrases.fill('sale');
    await phrases.press('Enter');
    const expressions = form.getByRole('combobox', { name: 'Regular expressions' });
    await expressions.fill('(unclosed');
    await expressions.press('Enter');
    await form.getByRole('button', { name: 'Create keyword set' }).click();
    await expect.poll(() => expressions.getAttribute('aria-invalid')).toBe('true');
    expect(await phrases.getAttribute('aria-invalid')).not.toBe('true');

    await a.goto(`${server.url}/proxies`);
    const chips = a.locator('.mantine-Badge-root', { hasText: 'Local Squid' });
    await chips.first().waitFor();
    for (const transform of await chips.evaluateAll((elements) => elements.map((element) => getComputedStyle(element).textTransform))) expect(transform).toBe('none');
  });

  it("each proxy's pool select shows the whole pool name, on a laptop's width too", async () => {
    await a.setViewportSize({ width: 1024, height: 768 });
    await a.goto(`${server.url}/proxies`);
    const select = a.getByRole('combobox', { name: 'Pool of Local Squid' });
    await select.waitFor();
    const fits = await select.evaluate((element: HTMLSelectElement) => {
      const label = element.selectedOptions[0]!.text;
      const probe = document.createElement('span');
      probe.style.font = getComputedStyle(element).font;
      probe.style.whiteSpace = 'pre';
      probe.textContent = label;
      document.body.append(probe);
      const needed = probe.getBoundingClientRect().width;
      probe.remove();
      const style = getComputedStyle(element);
      const room = element.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight);
      return { label, needed, room };
    });
    await a.setViewportSize({ width: 1280, height: 860 });
    expect(fits.label).toBe('Local proxies');
    expect(fits.room).toBeGreaterThanOrEqual(fits.needed);
  });

  it('an unknown campaign id says it is not found instead of loading forever', async () => {
    await a.goto(`${server.url}/campaigns/00000000-0000-4000-8000-000000000000`);
    await a.getByTestId('campaign-not-found').waitFor({ timeout: 5000 });
    await a.getByRole('link', { name: 'Back to campaigns' }).click();
    await a.waitForURL(`${server.url}/campaigns`);
  });

  it('the CSV export holds what the filtered list shows, and the button says it is filtered', async () => {
    const { createCampaign } = await api('mutation($input: CreateCampaignInput!) { createCampaign(input: $input) { id } }', {
      input: { name: 'Export filter', kind: 'DOMAIN_GENERATION', generation: { pattern: 'PREFIX', constant: 'exp', characterSet: 'abc', minLength: 1, maxLength: 2, tlds: ['test'] } },
    });
    await api('mutation($id: ID!) { startCampaign(id: $id) { id } }', { id: createCampaign.id });
    await expect.poll(async () => (await api('query($id: ID!) { campaign(id: $id) { status } }', { id: createCampaign.id })).campaign.status, { timeout: 10_000 }).toBe('COMPLETED');
    const matching = (await api('query($id: ID!) { campaign(id: $id) { results(first: 100, search: "aexp") { edges { node { domain } } } } }', { id: createCampaign.id })).campaign.results.edges.map(
      (edge: { node: { domain: string } }) => edge.node.domain,
    );
    expect(matching.length).toBeGreaterThan(0);

    await a.goto(`${server.url}/campaigns/${createCampaign.id}`);
    await a.getByRole('textbox', { name: 'Domain contains' }).fill('aexp');
    const button = a.getByRole('button', { name: 'Export filtered CSV' });
    await button.waitFor();
    const [download] = await Promise.all([a.waitForEvent('download'), button.click()]);
    const rows = readFileSync(await download.path(), 'utf8').trim().split('\n').slice(1);
    expect(rows.map((row) => row.split(',')[1])).toEqual(matching);
  });

  it('people search says where things stand instead of offering "Connect" again', async () => {
    const stranger = await server.signUp('Somebody New');
    await b.goto(`${server.url}/connections`);
    const search = b.getByRole('textbox', { name: 'Find people' });
    await search.fill('Somebody');
    const row = b.getByText('Somebody New', { exact: true }).locator('..');
    await row.getByRole('button', { name: 'Connect' }).click();
    await b.getByTestId(`relation-${stranger.id}`).getByText('Request sent').waitFor({ timeout: 3000 });
    expect(await row.getByRole('button', { name: 'Connect' }).count()).toBe(0);

    await search.fill('Ada');
    await b.getByText(ADA.displayName, { exact: true }).first().waitFor();
    // Ada and Ben are connected in the demo workspace.
    expect(await b.getByRole('button', { name: 'Connect' }).count()).toBe(0);
  });

  it('a MEMBER opening Stream health is told it is for admins, with no empty table or charts', async () => {
    await b.goto(`${server.url}/stream-health`);
    await b.getByTestId('stream-health-forbidden').waitFor({ timeout: 5000 });
    expect(await b.getByTestId('stream-instances').count()).toBe(0);
    expect(await b.getByRole('img').count()).toBe(0);
  });
});
