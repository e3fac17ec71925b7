// Browser side of bench/browser.mjs (pinned to its own core): two Chromium users on the demo
// workspace. Measures requests per minute from idle pages (the reports' before/after metric) and the
// time from a mutation sent in browser A to the change on screen in browser B.
import { DEMO_ACCOUNTS, DEMO_PASSWORD } from '../api/src/seed.js';
import { countRequests, launchChromium, signedInPage } from '../web/test/browser.js';

const [baseUrl, samplesArg, idleArg] = process.argv.slice(2);
const SAMPLES = Number(samplesArg ?? 50);
const IDLE_SECONDS = Number(idleArg ?? 60);

const browser = await launchChromium();
const [ada, ben] = await Promise.all([browser.newContext(), browser.newContext()]);
const a = await signedInPage(ada, baseUrl!, DEMO_ACCOUNTS[0].email, DEMO_PASSWORD);
const b = await signedInPage(ben, baseUrl!, DEMO_ACCOUNTS[1].email, DEMO_PASSWORD);

// Idle: the dashboard and a chat thread, the pages the reports said polled hardest.
await a.goto(`${baseUrl}/`);
await b.goto(`${baseUrl}/chats`);
await b.getByTestId('chat-list').getByRole('link').first().click();
await Promise.all([a.waitForLoadState('networkidle'), b.waitForLoadState('networkidle')]);
const chatId = b.url().split('/').at(-1)!;
const idle = [countRequests(a), countRequests(b)];
await new Promise((resolve) => setTimeout(resolve, IDLE_SECONDS * 1000));
const requestsPerMinute = idle.map((requests) => Math.round((requests.count() / IDLE_SECONDS) * 60 * 100) / 100);

// Latency: A sends a message with fetch from its page; B's page notes when the text is on screen.
await b.evaluate(() => {
  const seen: Record<string, number> = {};
  (window as unknown as { seen: typeof seen }).seen = seen;
  new MutationObserver(() => {
    for (const node of document.querySelectorAll('[data-testid=message]')) {
      const text = node.textContent ?? '';
      const match = /bench-(\d+)/.exec(text);
      if (match && !(match[1]! in seen)) seen[match[1]!] = Date.now();
    }
  }).observe(document.body, { childList: true, subtree: true, characterData: true });
});
const token = await a.evaluate(() => window.localStorage.getItem('pulsegraph.token'));
const latencies: number[] = [];
for (let i = 0; i < SAMPLES; i++) {
  const sentAt = await a.evaluate(
    async ({ chatId, token, i }) => {
      const sent = Date.now();
      const response = await fetch('/graphql', {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
        body: JSON.stringify({ query: 'mutation($c: ID!, $b: String!) { sendMessage(chatId: $c, body: $b) { id } }', variables: { c: chatId, b: `bench-${i}` } }),
      });
      const body = (await response.json()) as { errors?: unknown };
      if (body.errors) throw new Error(JSON.stringify(body.errors));
      return sent;
    },
    { chatId, token, i },
  );
  await b.waitForFunction((n) => String(n) in (window as unknown as { seen: Record<string, number> }).seen, i, { timeout: 10_000 });
  const seenAt = await b.evaluate((n) => (window as unknown as { seen: Record<string, number> }).seen[String(n)]!, i);
  latencies.push(seenAt - sentAt);
  await new Promise((resolve) => setTimeout(resolve, 100));
}
await browser.close();

const sorted = [...latencies].sort((x, y) => x - y);
const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]!;
console.log(
  JSON.stringify({
    idleSeconds: IDLE_SECONDS,
    requestsPerMinute: { dashboard: requestsPerMinute[0], chatThread: requestsPerMinute[1] },
    mutationToScreenMs: { samples: SAMPLES, p50: at(0.5), p99: at(0.99), max: sorted.at(-1) },
  }),
);
