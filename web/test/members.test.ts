import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_ACCOUNTS, DEMO_PASSWORD, seedDemo } from '../../api/src/seed.js';
import { startServer, type TestServer } from '../../api/test/harness.js';
import { axeProblems, buildWeb, countRequests, hasChromium, launchChromium, screenshotsDir, signedInPage } from './browser.js';
import { toastSays } from './journeys.js';

const [ADA, BEN] = DEMO_ACCOUNTS;

describe.skipIf(!hasChromium)('the members page in Chromium', () => {
  let server: TestServer;
  let browser: Browser;

  beforeAll(async () => {
    buildWeb();
    // By invitation only, as a real workspace is once its ADMIN exists.
    server = await startServer({ SIGNUP: 'invite' });
    await seedDemo(server.app.services);
    browser = await launchChromium();
  }, 60_000);
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  it('an ADMIN invites; the link signs a new member up, who appears on the ADMIN’s page live; the ADMIN changes their role and removes them', async () => {
    const adminContext = await browser.newContext({ viewport: { width: 1280, height: 960 } });
    const page = await signedInPage(adminContext, server.url, ADA.email, DEMO_PASSWORD);
    await page.getByRole('link', { name: 'Members' }).click();
    const members = page.getByTestId('members');
    await members.getByRole('row', { name: /Ben Member/ }).waitFor();

    await page.getByRole('button', { name: 'Invite someone', exact: true }).click();
    const form = page.getByRole('dialog').getByRole('form', { name: 'Invite someone' });
    await form.getByRole('textbox', { name: 'Email' }).fill('cleo@example.test');
    await form.getByLabel('Role').click();
    await page.getByRole('option', { name: /^Viewer/ }).click();
    await form.getByRole('button', { name: 'Invite' }).click();
    const shown = page.getByTestId('invitation-link');
    await shown.waitFor();
    const link = (await shown.textContent())!;
    expect(link).toMatch(new RegExp(`^${server.url}/sign-up\\?invitation=pgi_`));
    const pending = page.getByTestId('invitations').getByRole('row', { name: /cleo@example.test/ });
    await expect.poll(() => pending.textContent()).toContain('Viewer');
    expect(await axeProblems(page, 'main')).toEqual([]);
    if (process.env.SCREENSHOTS) await page.screenshot({ path: `${screenshotsDir}members.png`, fullPage: true });
    await page.getByRole('button', { name: 'Done' }).click();

    // The invitee opens the link in a browser of their own and signs up; the ADMIN's page hears of it
    // from the stream, without a request of its own.
    const requests = countRequests(page);
    const inviteeContext = await browser.newContext({ viewport: { width: 1280, height: 960 } });
    const invitee = await inviteeContext.newPage();
    await invitee.goto(link);
    await invitee.getByRole('status').filter({ hasText: 'You are invited' }).waitFor();
    await invitee.getByRole('textbox', { name: 'Email' }).fill('cleo@example.test');
    await invitee.getByRole('textbox', { name: 'Display name' }).fill('Cleo Viewer');
    await invitee.locator('input[type=password]').fill('long enough secret');
    await invitee.getByRole('button', { name: 'Create account' }).click();
    await invitee.getByTestId('connection-indicator').and(invitee.locator('[data-state=live]')).waitFor({ timeout: 10_000 });

    const cleo = members.getByRole('row', { name: /Cleo Viewer/ });
    await cleo.waitFor({ timeout: 5000 });
    expect(await cleo.textContent()).toContain('cleo@example.test');
    expect(await cleo.getByLabel('Role of Cleo Viewer').inputValue()).toBe('Viewer');
    await expect.poll(() => pending.count()).toBe(0);
    expect(requests.urls).toEqual([]);

    // A role change shows on the invitee's own page at once; removing them signs them out.
    await invitee.goto(`${server.url}/members`);
    const ownRow = invitee.getByTestId('members').getByRole('row', { name: /Cleo Viewer/ });
    await expect.poll(() => ownRow.textContent()).toContain('Viewer');
    await cleo.getByLabel('Role of Cleo Viewer').click();
    await page.getByRole('option', { name: 'Member', exact: true }).click();
    await toastSays(page, 'Cleo Viewer’s role is now Member.');
    await expect.poll(() => ownRow.textContent()).toContain('Member');

    await cleo.getByRole('button', { name: 'Remove Cleo Viewer' }).click();
    await page.locator('.mantine-Popover-dropdown').getByRole('button', { name: 'Remove', exact: true }).click();
    await expect.poll(() => cleo.count()).toBe(0);
    await invitee.getByRole('button', { name: 'Sign in', exact: true }).waitFor({ timeout: 5000 });
    await adminContext.close();
    await inviteeContext.close();
  }, 60_000);

  it('a member sees who is in the workspace, without the ADMIN’s actions', async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 960 } });
    const page = await signedInPage(context, server.url, BEN.email, DEMO_PASSWORD);
    await page.getByRole('link', { name: 'Members' }).click();
    const ada = page.getByTestId('members').getByRole('row', { name: /Ada Admin/ });
    await ada.waitFor();
    expect(await ada.textContent()).toContain('Admin');
    expect(await page.getByRole('button', { name: 'Invite someone' }).count()).toBe(0);
    expect(await page.getByRole('button', { name: /^Remove / }).count()).toBe(0);
    expect(await page.getByLabel(/^Role of /).count()).toBe(0);
    await context.close();
  }, 30_000);
});
