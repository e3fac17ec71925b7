import type { Services } from './context.js';
import { signUp } from './modules/accounts/service.js';
import { createKeywordSet } from './modules/keywordSets/service.js';
import { createPersona } from './modules/personas/service.js';

export const DEMO_PASSWORD = 'pulsegraph-demo';
export const DEMO_ACCOUNTS = [
  { email: 'ada@demo.pulsegraph.dev', displayName: 'Ada Admin' },
  { email: 'ben@demo.pulsegraph.dev', displayName: 'Ben Member' },
] as const;

export async function isEmpty(services: Services): Promise<boolean> {
  const user = await services.database.db.selectFrom('users').select('id').limit(1).executeTakeFirst();
  return user === undefined;
}

/** A small workspace through the ordinary services, so every seeded row has its change and activity. */
export async function seedDemo(services: Services): Promise<void> {
  const [ada] = await Promise.all(
    DEMO_ACCOUNTS.map((account) => signUp(services, { ...account, password: DEMO_PASSWORD })),
  ).then((results) => results.sort((a, b) => (a.user.role === 'ADMIN' ? -1 : b.user.role === 'ADMIN' ? 1 : 0)));
  const viewer = { id: ada!.user.id, role: ada!.user.role, sessionId: 'seed' };

  await createPersona(services, viewer, {
    kind: 'DNS',
    name: 'Public resolvers',
    description: 'Cloudflare and Google, 2 s timeout',
    dns: { resolvers: ['1.1.1.1', '8.8.8.8'], timeoutMs: 2000, concurrency: 50 },
  });
  await createPersona(services, viewer, {
    kind: 'HTTP',
    name: 'Desktop browser',
    description: 'Looks like a desktop Chrome',
    http: {
      userAgent: 'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/130.0 Safari/537.36',
      headers: [{ name: 'Accept-Language', value: 'en-US,en;q=0.9' }],
      timeoutMs: 8000,
    },
  });
  await createKeywordSet(services, viewer, {
    name: 'Shop signals',
    description: 'Pages that sell something',
    rules: [
      { pattern: 'add to cart', kind: 'STRING' },
      { pattern: '\\$\\s?\\d+(\\.\\d{2})?', kind: 'REGEX' },
    ],
  });
  await createKeywordSet(services, viewer, {
    name: 'Parked domains',
    rules: [
      { pattern: 'this domain is for sale', kind: 'STRING' },
      { pattern: 'parked (free|domain)', kind: 'REGEX' },
    ],
  });
}
