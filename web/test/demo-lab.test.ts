import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_ACCOUNTS, seedDemo } from '../../api/src/seed.js';
import { startServer, type TestServer } from '../../api/test/harness.js';
import { buildWeb, hasChromium, launchChromium, screenshotsDir } from './browser.js';

/**
 * A first visitor on a machine without the internet: Ada signs in from the demo button, starts the
 * seeded chain and watches it to its end against the server's lab, then runs its last stage again.
 * Everything the page asks for, HTTP and WebSocket alike, goes to 127.0.0.1.
 */

describe.skipIf(!hasChromium)('the demo chain in Chromium, offline', () => {
  let server: TestServer;
  let browser: Browser;

  beforeAll(async () => {
    buildWeb();
    server = await startServer({ SEED_DEMO: '1' });
    await seedDemo(server.app.services);
    browser = await launchChromium();
  }, 120_000);
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  const status = (page: Page) => page.getByTestId('campaign-status');

  /** Reads the page until the campaign's status leaves RUNNING; the distinct progress and ETA texts seen. */
  async function watchRun(page: Page, timeoutMs: number): Promise<{ progress: Set<string>; etas: Set<string> }> {
    const progress = new Set<string>();
    const etas = new Set<string>();
    await status(page).getByText(/running/i).waitFor({ timeout: timeoutMs });
    const deadline = Date.now() + timeoutMs;
    while (/running/i.test((await status(page).textContent()) ?? '')) {
      if (Date.now() > deadline) throw new Error(`still running after ${timeoutMs} ms`);
      progress.add((await page.getByTestId('campaign-progress').textContent()) ?? '');
      etas.add((await page.getByTestId('campaign-eta').textContent()) ?? '');
      await page.waitForTimeout(200);
    }
    await status(page).getByText(/completed/i).waitFor();
    return { progress, etas };
  }

  it('Ada starts the seeded chain from the demo button and watches it run to its end, then runs the last stage again', async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 1000 } });
    const page = await context.newPage();
    const offMachine: string[] = [];
    let requests = 0;
    let websockets = 0;
    page.on('request', (request) => {
      const url = new URL(request.url());
      if (url.protocol === 'data:' || url.protocol === 'blob:') return;
      requests++;
      if (url.hostname !== '127.0.0.1') offMachine.push(request.url());
    });
    page.on('websocket', (socket) => {
      websockets++;
      if (new URL(socket.url()).hostname !== '127.0.0.1') offMachine.push(socket.url());
    });

    await page.goto(server.url);
    await page.getByRole('region', { name: 'Try the demo workspace' }).getByRole('button', { name: `Sign in as ${DEMO_ACCOUNTS[0].displayName}` }).click();
    const live = page.getByTestId('connection-indicator').and(page.locator('[data-state=live]'));
    await live.waitFor({ timeout: 10_000 });

    // The chain is started last stage first: each waits for its source to complete.
    await page.goto(`${server.url}/campaigns`);
    await page.getByRole('link', { name: 'Which resolving shops sell', exact: true }).click();
    const stages = ['Which resolving shops sell', 'Which short shop names resolve', 'Short shop names'];
    for (const [index, name] of stages.entries()) {
      await page.getByRole('heading', { name, exact: true }).waitFor();
      await page.getByRole('button', { name: 'Start', exact: true }).click();
      await status(page).getByText(/queued|running|completed/i).waitFor();
      const source = stages[index + 1];
      if (source) await page.getByTestId('campaign-setup').getByRole('link', { name: source, exact: true }).click();
    }
    await status(page).getByText(/completed/i).waitFor({ timeout: 15_000 });
    const started = Date.now();

    await page.goBack();
    await page.getByRole('heading', { name: stages[1], exact: true }).waitFor();
    const dns = await watchRun(page, 60_000);
    await page.goBack();
    await page.getByRole('heading', { name: stages[0], exact: true }).waitFor();
    const http = await watchRun(page, 60_000);
    console.log(`the demo chain's DNS and HTTP stages ran in ${((Date.now() - started) / 1000).toFixed(1)} s, watched in Chromium`);
    // Progress and the time left moved with the stream, stage after stage.
    expect(dns.progress.size).toBeGreaterThanOrEqual(10);
    expect(dns.etas.size).toBeGreaterThanOrEqual(5);
    expect(http.progress.size).toBeGreaterThanOrEqual(5);
    expect(http.etas.size).toBeGreaterThanOrEqual(3);
    await page.getByTestId('campaign-eta').getByText(/Finished in/).waitFor();
    if (process.env.SCREENSHOTS) {
      await page.mouse.move(1, 1);
      await page.screenshot({ path: `${screenshotsDir}campaign-run-again.png`, fullPage: true });
    }

    // Run again: a started copy opens, and it too runs to its end against the lab.
    const finishedUrl = page.url();
    await page.getByRole('button', { name: 'Run again', exact: true }).click();
    await page.getByRole('heading', { name: `${stages[0]} (copy)`, exact: true }).waitFor();
    expect(page.url()).not.toBe(finishedUrl);
    await status(page).getByText(/completed/i).waitFor({ timeout: 60_000 });

    const lab = server.app.services.demoLab!;
    expect(lab.counts).toEqual({ rootProbes: 1, lookups: 1000, httpRequests: 2 * (194 + 38) });
    expect(requests).toBeGreaterThan(0);
    expect(websockets).toBeGreaterThan(0);
    expect(offMachine).toEqual([]);
    await context.close();
  }, 240_000);
});
