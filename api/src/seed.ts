import type { Services } from './services.js';
import { DEMO_ACCOUNTS, DEMO_PASSWORD } from './modules/accounts/demo.js';
import { registerAccount } from './modules/accounts/service.js';
import { createKeywordSet } from './modules/keywordSets/service.js';
import { createCampaign } from './modules/campaigns/service.js';
import { createChat, sendMessage } from './modules/chats/service.js';
import { LAB_PERSONA_NAME } from './modules/demoLab/service.js';
import { acceptConnectionRequest, sendConnectionRequest } from './modules/connections/service.js';
import { addComment, createPost } from './modules/feed/service.js';
import { createPersona } from './modules/personas/service.js';
import { addProxyToPool, createPool } from './modules/proxies/pools.js';
import { createProxy } from './modules/proxies/service.js';

export { DEMO_ACCOUNTS, DEMO_PASSWORD } from './modules/accounts/demo.js';

export async function isEmpty(services: Services): Promise<boolean> {
  const user = await services.database.db.selectFrom('users').select('id').limit(1).executeTakeFirst();
  return user === undefined;
}

/** A small workspace through the ordinary services, so every seeded row has its change and activity. */
export async function seedDemo(services: Services): Promise<void> {
  // In order: the first account of a workspace is its ADMIN, and that must be Ada.
  const ada = await registerAccount(services, { ...DEMO_ACCOUNTS[0], password: DEMO_PASSWORD });
  const ben = await registerAccount(services, { ...DEMO_ACCOUNTS[1], password: DEMO_PASSWORD });
  const viewer = { id: ada.user.id, role: ada.user.role, sessionId: 'seed', sessionExpiresAt: Infinity };
  const benViewer = { id: ben.user.id, role: ben.user.role, sessionId: 'seed', sessionExpiresAt: Infinity };

  // Ada and Ben are connected and already talking, so two GraphiQL tabs can chat at once.
  const request = await sendConnectionRequest(services, viewer, ben.user.id);
  await acceptConnectionRequest(services, benViewer, request.id);
  const chat = await createChat(services, viewer, { memberIds: [ben.user.id] });
  await sendMessage(services, viewer, chat.id, 'Morning Ben! The shop-name campaigns are ready to run.');
  await sendMessage(services, benViewer, chat.id, 'Great, starting the generation now.');
  const post = await createPost(services, viewer, 'Pulsegraph is live: no more polling.');
  await addComment(services, benViewer, post.id, 'Counters move on their own now.');

  // The demo's DNS and HTTP stages talk to the lab on this machine (modules/demoLab): no packet leaves
  // it unless a person enables "Public resolvers" or points a persona at a real resolver.
  const lab = services.demoLab;
  const dnsPersona = await createPersona(services, viewer, {
    kind: 'DNS',
    name: LAB_PERSONA_NAME,
    description: lab ? 'The demo lab on this machine: 270 shop names resolve, the rest do not' : 'The demo lab, which runs only on a demo workspace',
    enabled: lab !== undefined,
    dns: { resolvers: [lab?.address ?? '127.0.0.1'], timeoutMs: 2000, concurrency: 10, retries: 1 },
  });
  await createPersona(services, viewer, {
    kind: 'DNS',
    name: 'Public resolvers',
    description: 'Cloudflare and Google on the internet; enable it to resolve real names',
    enabled: false,
    dns: { resolvers: ['1.1.1.1', '8.8.8.8'], timeoutMs: 2000, concurrency: 50 },
  });
  const httpPersona = await createPersona(services, viewer, {
    kind: 'HTTP',
    name: 'Desktop browser',
    description: 'Looks like a desktop Chrome',
    http: {
      userAgent: 'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/130.0 Safari/537.36',
      headers: [{ name: 'Accept-Language', value: 'en-US,en;q=0.9' }],
      timeoutMs: 8000,
    },
  });
  const shopSignals = await createKeywordSet(services, viewer, {
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

  // Local endpoints: they show UNHEALTHY until something listens there, and health flips live when it does.
  const pool = await createPool(services, viewer, { name: 'Local proxies', strategy: 'LEAST_LATENCY' });
  for (const proxy of [
    { name: 'Local Squid', protocol: 'HTTP', host: '127.0.0.1', port: 3128 },
    { name: 'Local SOCKS', protocol: 'SOCKS5', host: '127.0.0.1', port: 1080 },
  ]) {
    const row = await createProxy(services, viewer, proxy);
    await addProxyToPool(services, viewer, pool.id, row.id);
  }

  // A chain in DRAFT: start all three (last first) and each runs once its source has completed,
  // in about 40 s against the lab (its answers are paced so the run can be watched).
  const generation = await createCampaign(services, viewer, {
    name: 'Short shop names',
    kind: 'DOMAIN_GENERATION',
    generation: { pattern: 'PREFIX', constant: 'shop', characterSet: 'abcdefghijklmnopqrstuvwxyz', minLength: 1, maxLength: 2, tlds: ['com', 'net'], maxDomains: 1000 },
  });
  const dns = await createCampaign(services, viewer, {
    name: 'Which short shop names resolve',
    kind: 'DNS_VALIDATION',
    personaId: dnsPersona.id,
    sourceId: generation.id,
  });
  await createCampaign(services, viewer, {
    name: 'Which resolving shops sell',
    kind: 'HTTP_KEYWORD_VALIDATION',
    personaId: httpPersona.id,
    keywordSetId: shopSignals.id,
    sourceId: dns.id,
    http: { scheme: 'HTTP', port: lab?.port, concurrency: 5 },
  });
}
