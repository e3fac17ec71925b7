import { mkdirSync } from 'node:fs';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_ACCOUNTS, DEMO_PASSWORD, seedDemo } from '../../api/src/seed.js';
import { requestText, startServer, type TestServer } from '../../api/test/harness.js';
import { axeProblems, buildWeb, hasChromium, launchChromium, screenshotsDir, signedInPage, tokenOf } from './browser.js';
import { confirmIn, consoleWords, dialogClosed, dialogSettled, errorUnder, openDialogForm, RAW_ENUMS, setToggle, toastSays } from './journeys.js';

/**
 * A journey through each console page as a person takes it on the demo workspace: the list first,
 * "New …" opens the form in a dialog, every refusal shows under the field it is about, every action
 * answers with a toast, and what the page said it did is checked through the API.
 */

const [ADA, BEN] = DEMO_ACCOUNTS;

describe.skipIf(!hasChromium)('console journeys in Chromium', () => {
  let server: TestServer;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  let token: string;

  const api = async (query: string, variables?: Record<string, unknown>) => {
    const result = await requestText(server, token, query, variables);
    expect(result.errors, query).toBeUndefined();
    return result.data!;
  };
  const shot = async (name: string) => {
    if (!process.env.SCREENSHOTS) return;
    mkdirSync(screenshotsDir, { recursive: true });
    await page.mouse.move(1, 1);
    await page.evaluate(() => window.scrollTo(0, 0));
    await page.screenshot({ path: `${screenshotsDir}${name}.png`, fullPage: true });
  };
  const goto = async (path: string, title: string) => {
    await page.goto(`${server.url}${path}`);
    await expect.poll(() => page.title()).toBe(`${title} · Pulsegraph`);
  };
  const field = (scope: Page | ReturnType<Page['locator']>, name: string | RegExp) => scope.getByRole('textbox', { name, exact: typeof name === 'string' });

  beforeAll(async () => {
    buildWeb();
    server = await startServer();
    await seedDemo(server.app.services);
    browser = await launchChromium();
    context = await browser.newContext({ viewport: { width: 1280, height: 900 }, acceptDownloads: true });
    page = await signedInPage(context, server.url, ADA.email, DEMO_PASSWORD);
    page.setDefaultTimeout(10_000); // a step that cannot happen fails naming itself, not the whole test's time
    token = await tokenOf(server, ADA.email, DEMO_PASSWORD);
  }, 120_000);
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  it('dashboard on the demo workspace: the first step is to start the demo chain, and one click starts it', async () => {
    await goto('/', 'Dashboard');
    const first = page.getByTestId('first-steps');
    await first.getByText('Your demo workspace is ready').waitFor();
    await shot('dashboard-first-step');
    await first.getByRole('button', { name: 'Start the demo chain' }).click();
    await toastSays(page, /Started the demo chain: 3 campaigns/);
    await page.waitForURL(`${server.url}/campaigns`);
    const statuses = (await api('{ campaigns(first: 10) { edges { node { name status } } } }')).campaigns.edges.map((edge: { node: { status: string } }) => edge.node.status);
    expect(statuses).toHaveLength(3);
    expect(statuses).not.toContain('DRAFT');
    await page.goto(`${server.url}/`);
    await page.getByTestId('totals').waitFor();
    await page.getByRole('heading', { name: 'Latest activity' }).waitFor();
    expect(await page.getByTestId('first-steps').count()).toBe(0);
    // Activity reads "… ago", the full date in its title.
    const when = page.getByTestId('activity').locator('time').first();
    expect(await when.innerText()).toMatch(/now|ago/);
    expect(await when.getAttribute('title')).toMatch(/\d{4}/);
  });

  it('campaign detail: Start, Pause, Resume show their progress and a toast; Cancel asks first; the running DNS check shows words, not enums', async () => {
    const { campaigns } = await api('{ campaigns(first: 10) { edges { node { id name } } } }');
    const dns = campaigns.edges.find((edge: { node: { name: string } }) => edge.node.name === 'Which short shop names resolve').node;
    await goto(`/campaigns/${dns.id}`, 'Which short shop names resolve');
    const status = page.getByTestId('campaign-status');
    await status.getByText('Running').waitFor({ timeout: 20_000 });
    expect(await page.getByTestId('campaign-setup').innerText()).toContain('DNS check');
    // Some names asked (the lab answers at a watchable pace) before it is paused.
    await expect.poll(async () => (await api('query($id: ID!) { campaign(id: $id) { progress { processed } } }', { id: dns.id })).campaign.progress.processed, { timeout: 20_000 }).toBeGreaterThan(50);

    await page.getByRole('button', { name: 'Pause', exact: true }).click();
    await toastSays(page, 'Paused “Which short shop names resolve”');
    await status.getByText('Paused').waitFor();
    expect((await api('query($id: ID!) { campaign(id: $id) { status } }', { id: dns.id })).campaign.status).toBe('PAUSED');

    await page.getByRole('button', { name: 'Resume', exact: true }).click();
    await toastSays(page, 'Resumed “Which short shop names resolve”');
    await status.getByText(/Running|Queued/).waitFor();

    // Cancelling a running campaign asks first; "Keep running" keeps it.
    await page.getByRole('button', { name: 'Cancel', exact: true }).click();
    const confirm = page.getByRole('dialog', { name: 'Cancel this campaign?' });
    await confirm.getByRole('button', { name: 'Keep running' }).click();
    await dialogClosed(page);
    expect((await api('query($id: ID!) { campaign(id: $id) { status } }', { id: dns.id })).campaign.status).not.toBe('CANCELLED');
    await page.getByRole('button', { name: 'Cancel', exact: true }).click();
    await confirm.getByRole('button', { name: 'Cancel campaign' }).click();
    await toastSays(page, 'Cancelled “Which short shop names resolve”');
    await status.getByText('Cancelled').waitFor();
    expect((await api('query($id: ID!) { campaign(id: $id) { status } }', { id: dns.id })).campaign.status).toBe('CANCELLED');
    expect(await page.getByTestId('campaign-progress').innerText()).toMatch(/\d+ resolve · \d+ do not resolve/);

    // Names that do not resolve are answers, not failures: in words, in a neutral colour.
    const results = page.getByTestId('results');
    await results.getByText('Does not resolve').first().waitFor({ timeout: 10_000 });
    const dot = (text: string) =>
      results.getByText(text, { exact: true }).first().evaluate((element) => getComputedStyle(element.closest('.mantine-Badge-root')!, '::before').backgroundColor);
    const colour = await dot('Does not resolve');
    const [r, g, b] = colour.match(/\d+/g)!.map(Number);
    expect(Math.abs(r! - g!) + Math.abs(g! - b!), `"Does not resolve" in ${colour}`).toBeLessThan(40); // grey, not red
    expect(await dot('Resolves')).not.toBe(colour);
    expect(await consoleWords(page)).not.toMatch(RAW_ENUMS);

    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: /^Export/ }).click()]);
    await toastSays(page, /Export started/);
    expect(download.suggestedFilename()).toMatch(/\.csv$/);
    expect(await axeProblems(page)).toEqual([]);
    await shot('campaign-detail');
  }, 60_000);

  it('campaigns: New campaign opens in a dialog; a bad length shows under its field; the new campaign opens on its page, starts and says when it finished', async () => {
    await goto('/campaigns', 'Campaigns');
    expect(await page.getByTestId('progress-Short shop names').innerText()).toMatch(/^1,000 \/ 1,000, 100%$/);
    expect(await consoleWords(page)).not.toMatch(RAW_ENUMS);
    const form = await openDialogForm(page, 'New campaign');
    await field(form, 'Name').fill('Journey names');
    await field(form, 'Constant').fill('journey');
    await form.getByRole('textbox', { name: 'Min length' }).fill('3');
    await form.getByRole('textbox', { name: 'Max length' }).fill('2');
    await form.getByRole('button', { name: 'Create campaign' }).click();
    expect(await errorUnder(page, form.getByRole('textbox', { name: 'Max length' }))).toContain('must be at least minLength (3)');

    await form.getByRole('textbox', { name: 'Min length' }).fill('1');
    await form.getByRole('textbox', { name: 'Max length' }).fill('1');
    await field(form, 'Character set').fill('ab');
    await form.getByRole('button', { name: 'Create campaign' }).click();
    await toastSays(page, 'Created campaign “Journey names”');
    await page.getByRole('heading', { name: 'Journey names', exact: true }).waitFor();
    await expect.poll(() => page.title()).toBe('Journey names · Pulsegraph');
    const id = page.url().split('/').at(-1)!;
    const created = (await api('query($id: ID!) { campaign(id: $id) { name kind status params { ... on DomainGenerationParams { constant characterSet minLength maxLength tlds } } } }', { id })).campaign;
    expect(created).toEqual({ name: 'Journey names', kind: 'DOMAIN_GENERATION', status: 'DRAFT', params: { constant: 'journey', characterSet: 'ab', minLength: 1, maxLength: 1, tlds: ['com'] } });

    await page.getByRole('button', { name: 'Start', exact: true }).click();
    await toastSays(page, 'Started “Journey names”');
    // The stream tells the page it finished: a notice, with no request of its own.
    await toastSays(page, /“Journey names” completed/, 15_000);
    expect((await api('query($id: ID!) { campaign(id: $id) { status } }', { id })).campaign.status).toBe('COMPLETED');

    await page.goto(`${server.url}/campaigns`);
    await page.getByRole('button', { name: 'Rename Journey names' }).click();
    await field(page.getByRole('dialog'), 'Name').fill('Journey names, renamed');
    await page.getByRole('dialog').getByRole('button', { name: 'Save name' }).click();
    await toastSays(page, 'Campaign renamed');
    expect((await api('query($id: ID!) { campaign(id: $id) { name } }', { id })).campaign.name).toBe('Journey names, renamed');
    await page.getByRole('button', { name: 'Delete Journey names, renamed' }).click();
    await confirmIn(page).click();
    await toastSays(page, 'Deleted campaign “Journey names, renamed”');
    expect((await requestText(server, token, 'query($id: ID!) { campaign(id: $id) { id } }', { id })).errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    await shot('campaigns');
  }, 60_000);

  it('personas: each refusal under its own field; create, edit and delete answer with a toast and hold through the API', async () => {
    await goto('/personas', 'Personas');
    const form = await openDialogForm(page, 'New persona');
    await form.getByRole('button', { name: 'Create persona' }).click();
    expect(await errorUnder(page, field(form, 'Name'))).toBe('must not be empty');
    await field(form, 'Name').fill('Journey resolvers');
    await field(form, /Resolvers/).fill('not-an-ip');
    await form.getByRole('button', { name: 'Create persona' }).click();
    expect(await errorUnder(page, field(form, /Resolvers/))).toContain('must be an IP address');
    await field(form, /Resolvers/).fill('9.9.9.9, 149.112.112.112');
    await form.getByRole('textbox', { name: 'Timeout (ms)' }).fill('50');
    await form.getByRole('button', { name: 'Create persona' }).click();
    expect(await errorUnder(page, form.getByRole('textbox', { name: 'Timeout (ms)' }))).toBe('must be at least 100');
    await form.getByRole('textbox', { name: 'Timeout (ms)' }).fill('1500');
    await form.getByRole('button', { name: 'Create persona' }).click();
    await toastSays(page, 'Created persona “Journey resolvers”');
    await dialogClosed(page);
    const personaQuery = '{ personas(first: 100) { edges { node { id name description enabled config { ... on DnsPersonaConfig { resolvers timeoutMs } } } } } }';
    const find = async () => (await api(personaQuery)).personas.edges.map((edge: { node: unknown }) => edge.node).find((node: { name: string }) => node.name === 'Journey resolvers');
    expect(await find()).toMatchObject({ enabled: true, config: { resolvers: ['9.9.9.9', '149.112.112.112'], timeoutMs: 1500 } });

    // A name another persona has is refused under Name, in the edit dialog too.
    await page.getByRole('button', { name: 'Edit Journey resolvers' }).click();
    const edit = page.getByRole('dialog').getByRole('form', { name: 'Edit persona Journey resolvers' });
    await dialogSettled(page);
    await field(edit, 'Name').fill('Desktop browser');
    await edit.getByRole('button', { name: 'Save persona' }).click();
    expect(await errorUnder(page, field(edit, 'Name'))).toContain('another persona already has this name');
    await field(edit, 'Name').fill('Journey resolvers');
    await field(edit, 'Description').fill('Quad9, twice');
    await setToggle(edit.getByRole('switch', { name: 'Enabled' }), false);
    await edit.getByRole('button', { name: 'Save persona' }).click();
    await toastSays(page, 'Saved persona “Journey resolvers”');
    expect(await find()).toMatchObject({ description: 'Quad9, twice', enabled: false });
    await page.getByTestId('personas').getByRole('row', { name: /Journey resolvers/ }).getByText('Disabled').waitFor();

    await page.getByRole('button', { name: 'Delete Journey resolvers' }).click();
    await confirmIn(page).click();
    await toastSays(page, 'Deleted persona “Journey resolvers”');
    expect(await find()).toBeUndefined();
    await shot('personas');
  });

  it('keyword sets: a bad regular expression shows under "Regular expressions"; create, disable and delete hold through the API', async () => {
    await goto('/keyword-sets', 'Keyword sets');
    const form = await openDialogForm(page, 'New keyword set');
    await form.getByRole('button', { name: 'Create keyword set' }).click();
    expect(await errorUnder(page, field(form, 'Name'))).toBe('must not be empty');
    await field(form, 'Name').fill('Journey signals');
    const phrases = form.getByRole('combobox', { name: /Phrases/ });
    await phrases.fill('free shipping');
    await phrases.press('Enter');
    const expressions = form.getByRole('combobox', { name: 'Regular expressions' });
    await expressions.fill('(unclosed');
    await expressions.press('Enter');
    await form.getByRole('button', { name: 'Create keyword set' }).click();
    expect(await errorUnder(page, expressions)).toContain('is not a valid regular expression');
    expect(await phrases.getAttribute('aria-invalid')).not.toBe('true');
    await expressions.press('Backspace'); // takes the bad one back out
    await expressions.fill('\\bsale\\b');
    await expressions.press('Enter');
    await form.getByRole('button', { name: 'Create keyword set' }).click();
    await toastSays(page, 'Created keyword set “Journey signals”');
    const query = '{ keywordSets(first: 100) { edges { node { name enabled rules { pattern kind } } } } }';
    const find = async () => (await api(query)).keywordSets.edges.map((edge: { node: unknown }) => edge.node).find((node: { name: string }) => node.name === 'Journey signals');
    expect(await find()).toEqual({ name: 'Journey signals', enabled: true, rules: [{ pattern: 'free shipping', kind: 'STRING' }, { pattern: '\\bsale\\b', kind: 'REGEX' }] });

    await page.getByRole('button', { name: 'Edit Journey signals' }).click();
    const edit = page.getByRole('dialog').getByRole('form', { name: 'Edit keyword set Journey signals' });
    await dialogSettled(page);
    await setToggle(edit.getByRole('switch', { name: 'Enabled' }), false);
    await edit.getByRole('button', { name: 'Save keyword set' }).click();
    await toastSays(page, 'Saved keyword set “Journey signals”');
    expect((await find()).enabled).toBe(false);

    await page.getByRole('button', { name: 'Delete Journey signals' }).click();
    await confirmIn(page).click();
    await toastSays(page, 'Deleted keyword set “Journey signals”');
    expect(await find()).toBeUndefined();
    await shot('keyword-sets');
  });

  it('proxies and pools: refusals under Host and Port; strategies and health in words; create, edit and delete hold through the API', async () => {
    await goto('/proxies', 'Proxies & pools');
    expect(await consoleWords(page)).not.toMatch(RAW_ENUMS);
    await page.getByTestId('pools').getByText('Fastest first').waitFor();

    const form = await openDialogForm(page, 'New proxy');
    await field(form, 'Name').fill('Journey proxy');
    await field(form, 'Host').fill('not a host!');
    await form.getByRole('button', { name: 'Add proxy' }).click();
    expect(await errorUnder(page, field(form, 'Host'))).toBe('must be a host name or an IP address');
    await field(form, 'Host').fill('127.0.0.1');
    await form.getByRole('textbox', { name: 'Port' }).fill('70000');
    await form.getByRole('button', { name: 'Add proxy' }).click();
    expect(await errorUnder(page, form.getByRole('textbox', { name: 'Port' }))).toBe('must be between 1 and 65535');
    await form.getByRole('textbox', { name: 'Port' }).fill('8118');
    await form.getByRole('button', { name: 'Add proxy' }).click();
    await toastSays(page, 'Added proxy “Journey proxy”');
    const proxies = async () => (await api('{ proxies(first: 100) { edges { node { name protocol host port pool { name } } } } }')).proxies.edges.map((edge: { node: unknown }) => edge.node);
    expect((await proxies()).find((proxy: { name: string }) => proxy.name === 'Journey proxy')).toEqual({ name: 'Journey proxy', protocol: 'HTTP', host: '127.0.0.1', port: 8118, pool: null });

    const pool = await openDialogForm(page, 'New pool');
    await pool.getByRole('button', { name: 'Add pool' }).click();
    expect(await errorUnder(page, field(pool, 'Pool name'))).toBe('must not be empty');
    await field(pool, 'Pool name').fill('Journey pool');
    await pool.getByLabel('Strategy').click();
    await page.getByRole('option', { name: 'Random', exact: true }).click();
    await pool.getByRole('button', { name: 'Add pool' }).click();
    await toastSays(page, 'Added pool “Journey pool”');
    const pools = async () => (await api('{ proxyPools(first: 100) { edges { node { name strategy proxies { name } } } } }')).proxyPools.edges.map((edge: { node: unknown }) => edge.node);
    expect((await pools()).find((row: { name: string }) => row.name === 'Journey pool')).toEqual({ name: 'Journey pool', strategy: 'RANDOM', proxies: [] });

    await page.getByRole('combobox', { name: 'Pool of Journey proxy' }).selectOption({ label: 'Journey pool' });
    await toastSays(page, '“Journey proxy” is now in “Journey pool”');
    await expect.poll(async () => (await pools()).find((row: { name: string }) => row.name === 'Journey pool').proxies).toEqual([{ name: 'Journey proxy' }]);

    // "Check now" answers with what the check found (nothing listens on its port: not healthy).
    await page.getByTestId('proxies').getByRole('row', { name: /Journey proxy/ }).getByRole('button', { name: 'Check now' }).click();
    await toastSays(page, /^Checked “Journey proxy”: (healthy|unhealthy)/, 15_000);
    const checked = (await api('{ proxies(first: 100) { edges { node { name health { status } } } } }')).proxies.edges.find((edge: { node: { name: string } }) => edge.node.name === 'Journey proxy').node;
    expect(checked.health.status).not.toBe('UNKNOWN');

    await page.getByRole('button', { name: 'Edit Journey pool' }).click();
    const edit = page.getByRole('dialog').getByRole('form', { name: 'Edit pool Journey pool' });
    await field(edit, 'Pool name').fill('Journey pool, renamed');
    await edit.getByRole('button', { name: 'Save pool' }).click();
    await toastSays(page, 'Saved pool “Journey pool, renamed”');
    await page.getByRole('button', { name: 'Delete Journey pool, renamed' }).click();
    await confirmIn(page).click();
    await toastSays(page, 'Deleted pool “Journey pool, renamed”');
    await page.getByRole('button', { name: 'Delete Journey proxy' }).click();
    await confirmIn(page).click();
    await toastSays(page, 'Deleted proxy “Journey proxy”');
    expect((await proxies()).map((proxy: { name: string }) => proxy.name)).not.toContain('Journey proxy');
    expect((await pools()).map((row: { name: string }) => row.name)).not.toContain('Journey pool, renamed');
    await shot('proxies-pools');
  }, 60_000);

  it('settings: Save saves and says so; 0 is refused under its field', async () => {
    await goto('/settings', 'Settings');
    const form = page.getByRole('form', { name: 'Settings' });
    const retention = form.getByRole('textbox', { name: 'Change retention (hours)' });
    await expect.poll(() => retention.inputValue()).not.toBe('0');
    await retention.fill('48');
    await form.getByRole('button', { name: 'Save' }).click();
    await toastSays(page, 'Settings saved');
    expect((await api('{ settings { changeRetentionHours } }')).settings.changeRetentionHours).toBe(48);
    await retention.fill('0');
    await form.getByRole('button', { name: 'Save' }).click();
    expect(await errorUnder(page, retention)).toMatch(/must be at least/);
    expect((await api('{ settings { changeRetentionHours } }')).settings.changeRetentionHours).toBe(48);
  });

  it('members: Invite someone opens in a dialog; a bad address shows under Email; the invitation holds through the API; withdrawing answers', async () => {
    await goto('/members', 'Members');
    const form = await openDialogForm(page, 'Invite someone');
    await field(form, 'Email').fill('not-an-address');
    await form.getByRole('button', { name: 'Invite' }).click();
    expect(await errorUnder(page, field(form, 'Email'))).toBe('must be an email address');
    await field(form, 'Email').fill('dora@example.test');
    await form.getByRole('button', { name: 'Invite' }).click();
    await toastSays(page, 'Invitation for dora@example.test created');
    await page.getByTestId('invitation-link').waitFor();
    const invitations = async () => (await api('{ invitations { email role } }')).invitations;
    expect(await invitations()).toEqual([{ email: 'dora@example.test', role: 'MEMBER' }]);
    await page.getByRole('button', { name: 'Done' }).click();
    await page.getByRole('button', { name: 'Withdraw the invitation for dora@example.test' }).click();
    await confirmIn(page, 'Withdraw').click();
    await toastSays(page, 'Withdrew the invitation for dora@example.test');
    expect(await invitations()).toEqual([]);
    await page.getByTestId('invitations-empty').waitFor();
    await page.getByTestId('members').getByRole('row', { name: /Ben Member/ }).getByText('Member').first().waitFor();
  });

  it('API keys: New API key opens in a dialog; a past expiry shows under Expires; the key holds through the API; revoking answers', async () => {
    await goto('/api-keys', 'API keys');
    await page.getByTestId('api-keys-empty').waitFor();
    const form = await openDialogForm(page, 'New API key');
    await field(form, 'Name').fill('Journey key');
    await form.getByLabel('Expires').fill('2001-01-01T00:00');
    await form.getByRole('button', { name: 'Create key' }).click();
    expect(await errorUnder(page, form.getByLabel('Expires'))).toBe('must be in the future');
    await form.getByLabel('Expires').fill('');
    await setToggle(form.getByRole('checkbox', { name: 'Write (mutations)' }), true);
    await form.getByRole('button', { name: 'Create key' }).click();
    await toastSays(page, 'Created key “Journey key”');
    await page.getByTestId('new-secret').waitFor();
    const keys = async () => (await api('{ apiKeys { name revokedAt capabilities { read write } } }')).apiKeys;
    expect(await keys()).toEqual([{ name: 'Journey key', revokedAt: null, capabilities: { read: true, write: true } }]);
    await page.getByRole('button', { name: 'Done' }).click();
    await page.getByRole('button', { name: 'Revoke Journey key' }).click();
    await confirmIn(page, 'Revoke').click();
    await toastSays(page, 'Revoked key “Journey key”');
    expect((await keys())[0].revokedAt).not.toBeNull();
  });

  it('chat: Enter sends, Shift+Enter breaks the line; your message shows at once and looks like yours', async () => {
    await goto('/chats', 'Chats');
    await page.getByTestId('chat-list').getByRole('link').first().click();
    const box = page.getByRole('textbox', { name: 'Message', exact: true });
    await box.waitFor();
    const mine = page.getByTestId('message').filter({ hasText: 'Morning Ben!' });
    const theirs = page.getByTestId('message').filter({ hasText: 'starting the generation now' });
    expect(await mine.getAttribute('data-own')).toBe('true');
    expect(await theirs.getAttribute('data-own')).toBe('false');
    const look = (message: typeof mine) =>
      message.evaluate((element) => ({ align: getComputedStyle(element).alignSelf, background: getComputedStyle(element.querySelector('.mantine-Paper-root')!).backgroundColor }));
    const [own, other] = [await look(mine), await look(theirs)];
    expect(own.align).toBe('flex-end');
    expect(other.align).toBe('flex-start');
    expect(own.background).not.toBe(other.background);

    // Shift+Enter is a line break; Enter sends the two lines as one message.
    await box.fill('First line');
    await box.press('Shift+Enter');
    await box.pressSequentially('second line');
    expect(await box.inputValue()).toBe('First line\nsecond line');
    // The server answers slowly: the message is there before it does.
    let release!: () => void;
    const held = new Promise<void>((resolve) => (release = resolve));
    await page.route('**/graphql', async (route) => {
      if ((route.request().postData() ?? '').includes('ChatsPage_Send')) await held;
      await route.continue();
    });
    await box.press('Enter');
    const sent = page.getByTestId('message').filter({ hasText: 'First line' });
    await sent.waitFor({ timeout: 1000 });
    expect(await sent.getAttribute('data-pending')).toBe('true');
    expect(await sent.getAttribute('data-own')).toBe('true');
    expect(await box.inputValue()).toBe('');
    expect(await sent.innerText()).toContain('First line\nsecond line');
    release();
    await expect.poll(() => sent.getAttribute('data-pending')).toBe('false');
    await page.unroute('**/graphql');
    expect(await page.getByTestId('message').filter({ hasText: 'First line' }).count()).toBe(1);
    const messages = (await api('{ chats { messages(last: 5) { edges { node { body author { displayName } } } } } }')).chats.flatMap(
      (chat: { messages: { edges: Array<{ node: { body: string } }> } }) => chat.messages.edges.map((edge) => edge.node),
    );
    expect(messages).toContainEqual({ body: 'First line\nsecond line', author: { displayName: ADA.displayName } });
    await shot('chat-own');

    // A new chat starts from "New chat" (a dialog), with a connection.
    await page.goto(`${server.url}/chats`);
    const form = await openDialogForm(page, 'New chat');
    await form.getByLabel('With').click();
    await page.getByRole('option', { name: BEN.displayName }).click();
    await page.getByRole('dialog').getByRole('heading', { name: 'New chat' }).click(); // closes the options
    await form.getByRole('button', { name: 'Start chat' }).click();
    await page.waitForURL(/\/chats\/.+/);
    const chatId = page.url().split('/').at(-1);
    const chat = (await api('query($id: ID!) { chat(id: $id) { members { displayName } } }', { id: chatId })).chat;
    expect(chat.members.map((member: { displayName: string }) => member.displayName).sort()).toEqual([ADA.displayName, BEN.displayName]);
  });

  it('feed: an empty or over-long post is refused under its field; a post and a comment answer with a toast and hold through the API', async () => {
    await goto('/feed', 'Feed');
    const form = page.getByRole('form', { name: 'New post' });
    const box = field(form, 'Share something');
    const post = () => form.getByRole('button', { name: 'Post', exact: true }).click();
    await post();
    expect(await errorUnder(page, box)).toBe('must not be empty');
    await box.fill('x'.repeat(5001));
    await post();
    expect(await errorUnder(page, box)).toBe('must be at most 5000 characters');
    await box.fill('Journey post');
    await post();
    await toastSays(page, 'Posted.');
    await expect.poll(() => box.inputValue()).toBe('');
    expect(await box.getAttribute('aria-invalid')).not.toBe('true');
    type Post = { body: string; author: { displayName: string }; comments: Array<{ body: string; author: { displayName: string } }> };
    const find = async (): Promise<Post | undefined> =>
      (await api('{ feed(first: 50) { edges { node { body author { displayName } comments { body author { displayName } } } } } }')).feed.edges
        .map((edge: { node: Post }) => edge.node)
        .find((node: Post) => node.body === 'Journey post');
    expect(await find()).toEqual({ body: 'Journey post', author: { displayName: ADA.displayName }, comments: [] });

    const card = page.getByTestId('post').filter({ hasText: 'Journey post' });
    const comment = card.getByRole('form', { name: `Comment on ${ADA.displayName}’s post` });
    const send = () => comment.getByRole('button', { name: 'Comment', exact: true }).click();
    await send();
    expect(await errorUnder(page, field(comment, 'Comment'))).toBe('must not be empty');
    await field(comment, 'Comment').fill('Journey comment');
    await send();
    await toastSays(page, 'Comment added.');
    await card.getByTestId('comment').getByText('Journey comment').waitFor();
    await expect.poll(() => field(comment, 'Comment').inputValue()).toBe('');
    expect((await find())?.comments).toEqual([{ body: 'Journey comment', author: { displayName: ADA.displayName } }]);
    await shot('feed');
  });

  it('connections: Remove, Connect, Cancel and Accept each answer with a toast and hold through the API', async () => {
    const relations = async () => {
      const names = (list: Array<{ user: { displayName: string } }>) => list.map((connection) => connection.user.displayName);
      const data = await api('{ connections(status: ACCEPTED) { user { displayName } } incomingConnectionRequests { user { displayName } } outgoingConnectionRequests { user { displayName } } }');
      return { connected: names(data.connections), incoming: names(data.incomingConnectionRequests), outgoing: names(data.outgoingConnectionRequests) };
    };
    expect(await relations()).toEqual({ connected: [BEN.displayName], incoming: [], outgoing: [] });
    await goto('/connections', 'Connections');
    const connected = page.getByTestId('accepted');
    await connected.getByText(BEN.displayName).waitFor();
    await connected.getByRole('button', { name: 'Remove', exact: true }).click();
    await toastSays(page, `Removed ${BEN.displayName} from your connections.`);
    expect(await relations()).toEqual({ connected: [], incoming: [], outgoing: [] });

    await page.getByRole('textbox', { name: 'Find people' }).fill('Ben');
    await page.getByRole('button', { name: 'Connect', exact: true }).click();
    await toastSays(page, `Asked ${BEN.displayName} to connect.`);
    expect(await relations()).toEqual({ connected: [], incoming: [], outgoing: [BEN.displayName] });
    await page.getByTestId('outgoing').getByRole('button', { name: 'Cancel', exact: true }).click();
    await toastSays(page, `Withdrew your request to ${BEN.displayName}.`);
    expect(await relations()).toEqual({ connected: [], incoming: [], outgoing: [] });

    // Ben asks (through the API); his request reaches the page from the stream, and Ada accepts it there.
    const benToken = await tokenOf(server, BEN.email, DEMO_PASSWORD);
    const adaId = (await api('{ me { id } }')).me.id;
    const asked = await requestText(server, benToken, 'mutation($userId: ID!) { sendConnectionRequest(userId: $userId) { id } }', { userId: adaId });
    expect(asked.errors).toBeUndefined();
    const incoming = page.getByTestId('incoming');
    await incoming.getByText(BEN.displayName).waitFor();
    await incoming.getByRole('button', { name: 'Accept', exact: true }).click();
    await toastSays(page, `You and ${BEN.displayName} are connected.`);
    expect(await relations()).toEqual({ connected: [BEN.displayName], incoming: [], outgoing: [] });
  });

  it('a browser set to German reads the console one way still: 1,000, "Oct 3, 2025, 2:05 PM", a message at "02:05 PM"', async () => {
    const german = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'de-DE' });
    try {
      const de = await signedInPage(german, server.url, ADA.email, DEMO_PASSWORD);
      de.setDefaultTimeout(10_000);
      expect(await de.evaluate(() => new Intl.NumberFormat().format(1000))).toBe('1.000'); // the browser's own way
      await de.goto(`${server.url}/campaigns`);
      await expect.poll(() => de.getByTestId('progress-Short shop names').innerText()).toBe('1,000 / 1,000, 100%');
      await de.getByRole('link', { name: 'Short shop names', exact: true }).click();
      await expect.poll(() => de.getByTestId('outcome-chart-summary').innerText()).toMatch(/, of 1,000\.$/);

      // The full date (an activity line's title) and a relative time, in the console's words.
      await de.goto(`${server.url}/`);
      const when = de.getByTestId('activity').locator('time').first();
      expect(await when.getAttribute('title')).toMatch(/^[A-Z][a-z]{2} \d{1,2}, \d{4}, \d{1,2}:\d{2}\s[AP]M$/);
      expect(await when.innerText()).toMatch(/^(just now|\d+ (seconds?|minutes?|hours?) ago|yesterday)$/);

      // A chat message's time of day, as on a chart's axis.
      await de.goto(`${server.url}/chats`);
      await de.getByTestId('chat-list').getByRole('link').first().click();
      const at = de.getByTestId('message').first().locator('time');
      expect(await at.innerText()).toMatch(/^\d{2}:\d{2}\s[AP]M$/);
      expect(await at.getAttribute('title')).toMatch(/\d{4}/);
    } finally {
      await german.close();
    }
  });

  it('every main page names itself in the tab, shows no enum values, and axe finds no serious problem, with a dialog open too', async () => {
    const pages: Array<[string, string]> = [
      ['/', 'Dashboard'],
      ['/campaigns', 'Campaigns'],
      ['/proxies', 'Proxies & pools'],
      ['/personas', 'Personas'],
      ['/keyword-sets', 'Keyword sets'],
      ['/settings', 'Settings'],
      ['/members', 'Members'],
      ['/api-keys', 'API keys'],
      ['/chats', 'Chats'],
      ['/connections', 'Connections'],
      ['/feed', 'Feed'],
      ['/notifications', 'Notifications'],
    ];
    const problems: Record<string, string[]> = {};
    for (const [path, title] of pages) {
      await goto(path, title);
      await page.waitForLoadState('networkidle');
      expect(await consoleWords(page), path).not.toMatch(RAW_ENUMS);
      const found = await axeProblems(page);
      if (found.length) problems[path] = found;
    }
    await goto('/personas', 'Personas');
    await openDialogForm(page, 'New persona');
    const inDialog = await axeProblems(page);
    if (inDialog.length) problems['/personas (New persona dialog)'] = inDialog;
    await page.keyboard.press('Escape');
    // A toast on screen is held to the same contrast.
    await goto('/settings', 'Settings');
    await page.getByRole('form', { name: 'Settings' }).getByRole('button', { name: 'Save' }).click();
    await toastSays(page, 'Settings saved');
    const withToast = await axeProblems(page);
    if (withToast.length) problems['/settings (toast)'] = withToast;
    expect(problems).toEqual({});
  }, 90_000);
});
