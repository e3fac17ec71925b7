import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser, type BrowserContext, type Page, type Request } from 'playwright-core';

export const CHROMIUM = '/usr/bin/chromium';
/** Without Chromium the browser suites are skipped on a developer's machine; never on CI, where that would pass unseen. */
export const hasChromium = existsSync(CHROMIUM);
if (!hasChromium && process.env.CI) throw new Error(`the browser suites need Chromium at ${CHROMIUM} on CI`);

const webRoot = fileURLToPath(new URL('..', import.meta.url));
/** Where `SCREENSHOTS=1` runs write the README's screenshots. */
export const screenshotsDir = fileURLToPath(new URL('../../docs/screenshots/', import.meta.url));
const axePath = fileURLToPath(new URL('../../node_modules/axe-core/axe.min.js', import.meta.url));

/** Builds web/dist so the server under test serves the current sources. */
export function buildWeb(): void {
  execFileSync(process.execPath, [fileURLToPath(new URL('../../node_modules/vite/bin/vite.js', import.meta.url)), 'build', '--logLevel', 'error'], {
    cwd: webRoot,
    stdio: 'inherit',
    // Vitest sets NODE_ENV=test, which would give the build React's development runtime (many times
    // slower per render): the browser suites test what `npm start` serves.
    env: { ...process.env, NODE_ENV: 'production' },
  });
}

export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run'],
  });
}

export async function signedInPage(context: BrowserContext, baseUrl: string, email: string, password: string): Promise<Page> {
  const page = await context.newPage();
  await page.goto(baseUrl);
  const signInForm = page.getByRole('textbox', { name: 'Email' });
  const live = page.getByTestId('connection-indicator').and(page.locator('[data-state=live]'));
  // The context keeps the token of an earlier sign-in, like a browser would.
  await signInForm.or(live).first().waitFor({ timeout: 10_000 });
  if (await signInForm.isVisible()) {
    await signInForm.fill(email);
    await page.locator('input[type=password]').fill(password);
    await page.getByRole('button', { name: 'Sign in', exact: true }).click();
  }
  await live.waitFor({ timeout: 10_000 });
  return page;
}

/** Every HTTP request a page makes (WebSocket frames are not requests), from now on. */
/** A session token for an account, signed in through the API: for a test's own requests beside the page's. */
export async function tokenOf(server: { graphqlUrl: string }, email: string, password: string): Promise<string> {
  const response = await fetch(server.graphqlUrl, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query: 'mutation($e: String!, $p: String!) { signIn(input: { email: $e, password: $p }) { token } }', variables: { e: email, p: password } }),
  });
  return ((await response.json()) as { data: { signIn: { token: string } } }).data.signIn.token;
}

export function countRequests(page: Page): { count: () => number; urls: string[]; requests: Request[] } {
  const urls: string[] = [];
  const requests: Request[] = [];
  page.on('request', (request) => {
    urls.push(`${request.method()} ${request.url()}`);
    requests.push(request);
  });
  return { count: () => urls.length, urls, requests };
}

/**
 * The serious and critical WCAG 2 A/AA problems axe finds on the page as it rests (or only inside
 * `include`, a CSS selector, for a part of a page we own on a page we do not), one line each.
 */
export async function axeProblems(page: Page, include?: string): Promise<string[]> {
  await page.mouse.move(1, 1); // judged as it rests, not under a hovering pointer
  // ...and not mid-transition: a toast fading in reads as text of too little contrast (endless ones, a spinner, aside).
  await page.waitForFunction(
    () => document.getAnimations().every((animation) => animation.playState !== 'running' || animation.effect?.getComputedTiming().iterations === Infinity),
    undefined,
    { timeout: 5000 },
  );
  await page.addScriptTag({ path: axePath });
  return page.evaluate(async (include) => {
    type Node = { target: string[]; any: Array<{ message: string }> };
    type Axe = { run: (context: unknown, options: unknown) => Promise<{ violations: Array<{ id: string; impact: string; nodes: Node[] }> }> };
    const context = include ? { include: [include] } : document;
    const result = await (window as unknown as { axe: Axe }).axe.run(context, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa'] } });
    return result.violations
      .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
      .map((violation) => `${violation.id}: ${violation.nodes.map((node) => `${node.target.join(' ')} ${node.any[0]?.message ?? ''}`).join(' | ')}`);
  }, include);
}
