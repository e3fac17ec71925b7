import { createClient, type Client } from 'graphql-ws';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { ensureServicesUp, freshDatabase, post, REDIS_URL, signUp, startInstance, startRedis, stopRedis, until, type Instance } from './infrastructure.js';

/**
 * Who may do what is not an ephemeral signal: a role change, a removed member or a revoked session on
 * one instance holds on every other even when Redis, which carries the signals, is away. Role changes
 * and removals are in the change log, which every instance reads (by the sweep while Redis is away);
 * a sign-out is not, and holds everywhere once Redis answers again.
 */

let database: { url: string; drop(): Promise<void> };
let first: Instance;
let second: Instance;
const clients: Client[] = [];

const errorCode = (body: { errors?: Array<{ extensions?: { code?: string } }> }) => body.errors?.[0]?.extensions?.code;
const createPersona = (instance: Instance, token: string) =>
  post(instance, 'mutation($input: CreatePersonaInput!) { createPersona(input: $input) { id } }', { input: { kind: 'DNS', name: `p${Date.now()}${Math.random()}`, dns: { resolvers: ['127.0.0.1:5353'] } } }, token);

/** A socket of `token` on `instance`, and the close code it ended with, if it did. */
function openSocket(instance: Instance, token: string) {
  const state: { connected?: boolean; closedWith?: number } = {};
  const client = createClient({
    url: instance.wsUrl,
    webSocketImpl: WebSocket,
    connectionParams: { authorization: `Bearer ${token}` },
    retryAttempts: 0,
    lazy: false,
    onNonLazyError: () => {},
    on: { connected: () => void (state.connected = true), closed: (event) => void (state.closedWith = (event as { code: number }).code) },
  });
  clients.push(client);
  client.subscribe({ query: 'subscription { changes(topics: [PERSONA]) { cursor } }' }, { next() {}, error() {}, complete() {} });
  return state;
}

let admin: { token: string; id: string };
let demoted: { token: string; id: string };
let removed: { token: string; id: string };
let signingOut: { token: string; id: string };
let keyOwner: { token: string; id: string };

beforeAll(async () => {
  await ensureServicesUp();
  database = await freshDatabase();
  const env = { DATABASE_URL: database.url, REDIS_URL, RATE_LIMIT_POINTS: '1000000', RATE_LIMIT_RESUME_POINTS: '1000000' };
  first = await startInstance(env);
  second = await startInstance(env);
  admin = await signUp(first, 'Admin');
  demoted = await signUp(first, 'Demoted');
  removed = await signUp(first, 'Removed');
  signingOut = await signUp(first, 'SigningOut');
  keyOwner = await signUp(first, 'KeyOwner');
}, 90_000);

afterAll(async () => {
  for (const client of clients) await client.dispose();
  for (const instance of [first, second]) if (instance) instance.process.kill('SIGTERM');
  await Promise.all([first?.exited, second?.exited]);
  await ensureServicesUp();
  await database?.drop();
}, 90_000);

describe('revocations and role changes while Redis is away', () => {
  it('hold on the other instance: roles, removals and revoked keys from the log at once, a sign-out once Redis is back', async () => {
    // The second instance knows all three (their tokens, roles and sockets are in its memory).
    for (const person of [demoted, removed, signingOut]) {
      const { body } = await createPersona(second, person.token);
      expect(body.errors).toBeUndefined();
    }
    const removedSocket = openSocket(second, removed.token);
    const minted = await post(first, 'mutation { createApiKey(input: { name: "Partner", capabilities: { read: true, write: false } }) { secret apiKey { id } } }', {}, keyOwner.token);
    const key = minted.body.data.createApiKey as { secret: string; apiKey: { id: string } };
    const keySocket = openSocket(second, key.secret);
    await until(() => removedSocket.connected === true && keySocket.connected === true, 10_000, 'the sockets to be open');

    await stopRedis();
    try {
      const demote = await post(first, 'mutation($u: ID!) { setMemberRole(userId: $u, role: VIEWER) { role } }', { u: demoted.id }, admin.token);
      expect(demote.body.errors).toBeUndefined();
      expect(demote.body.data.setMemberRole.role).toBe('VIEWER');
      const remove = await post(first, 'mutation($u: ID!) { removeMember(userId: $u) }', { u: removed.id }, admin.token);
      expect(remove.body.errors).toBeUndefined();
      const signOut = await post(first, 'mutation { signOut }', {}, signingOut.token);
      expect(signOut.body.errors).toBeUndefined();
      const revoke = await post(first, 'mutation($id: ID!) { revokeApiKey(id: $id) { id } }', { id: key.apiKey.id }, keyOwner.token);
      expect(revoke.body.errors).toBeUndefined();

      // Within a sweep, with Redis still away.
      await until(async () => errorCode((await createPersona(second, demoted.token)).body) === 'FORBIDDEN', 10_000, 'the demotion on the other instance');
      await until(async () => errorCode((await createPersona(second, removed.token)).body) === 'UNAUTHENTICATED', 10_000, 'the removal on the other instance');
      await until(() => removedSocket.closedWith !== undefined, 10_000, "the removed member's socket to close");
      expect(removedSocket.closedWith).toBe(4401);
      await until(() => keySocket.closedWith !== undefined, 10_000, "the revoked key's socket to close");
      expect(keySocket.closedWith).toBe(4401);
    } finally {
      startRedis();
    }
    await until(async () => errorCode((await createPersona(second, signingOut.token)).body) === 'UNAUTHENTICATED', 20_000, 'the sign-out on the other instance once Redis is back');
  }, 60_000);
});
