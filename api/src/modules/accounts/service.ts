import { createHash, randomBytes, randomUUID } from 'node:crypto';
import { z } from 'zod';
import { commitWithChanges } from '../../changes/commit.js';
import type { Services, Viewer } from '../../context.js';
import type { UserRow } from '../../db/tables.js';
import { Conflict, Unauthenticated } from '../../errors.js';
import { SESSION_ENDED_CLOSE_CODE } from '../../transport/sockets.js';
import { parseInput, singleLine } from '../../validation.js';
import { hashPassword, verifyPassword } from './passwords.js';
import * as repo from './repo.js';


const signUpInput = z.object({
  email: z.email('must be an email address').trim().toLowerCase().max(254),
  password: z.string().min(8, 'must be at least 8 characters').max(200, 'must be at most 200 characters'),
  displayName: singleLine(80),
});

const signInInput = z.object({
  email: z.string().trim().toLowerCase().min(1, 'must not be empty'),
  password: z.string().min(1, 'must not be empty'),
});

export interface AuthResult {
  token: string;
  user: UserRow;
}

const hashToken = (token: string) => createHash('sha256').update(token).digest('hex');

async function openSession(services: Services, userId: string, db = services.database.db): Promise<string> {
  const token = randomBytes(32).toString('base64url');
  const now = new Date();
  await repo.insertSession(db, {
    id: randomUUID(),
    token_hash: hashToken(token),
    user_id: userId,
    created_at: now.toISOString(),
    expires_at: new Date(now.getTime() + services.config.sessionTtlSeconds * 1000).toISOString(),
    revoked_at: null,
  });
  return token;
}

export async function signUp(services: Services, rawInput: unknown): Promise<AuthResult> {
  const input = parseInput(signUpInput, rawInput);
  const passwordHash = await hashPassword(input.password);
  return commitWithChanges(services, async (trx, emit) => {
    if (await repo.findUserByEmail(trx, input.email)) {
      throw new Conflict(`input.email: ${input.email} is already registered; sign in instead`, { field: 'input.email' });
    }
    const now = new Date().toISOString();
    const user: UserRow = {
      id: randomUUID(),
      email: input.email,
      password_hash: passwordHash,
      display_name: input.displayName,
      role: (await repo.countUsers(trx)) === 0 ? 'ADMIN' : 'MEMBER',
      last_seen_at: null,
      created_at: now,
      updated_at: now,
      version: 1,
    };
    await repo.insertUser(trx, user);
    emit({ topic: 'USER', op: 'CREATED', entityId: user.id, version: 1, audience: 'EVERYONE' });
    const token = await openSession(services, user.id, trx);
    return { token, user };
  });
}

export async function signIn(services: Services, rawInput: unknown): Promise<AuthResult> {
  const input = parseInput(signInInput, rawInput);
  const user = await repo.findUserByEmail(services.database.db, input.email);
  // Same answer for an unknown email and a wrong password, so the API does not reveal accounts.
  if (!user || !(await verifyPassword(input.password, user.password_hash))) {
    throw new Unauthenticated('Email or password is wrong');
  }
  return { token: await openSession(services, user.id), user };
}

export async function signOut(services: Services, viewer: Viewer): Promise<boolean> {
  await repo.revokeSession(services.database.db, viewer.sessionId, new Date().toISOString());
  services.sockets.closeSession(viewer.sessionId, SESSION_ENDED_CLOSE_CODE, 'Signed out');
  return true;
}

/** The viewer behind a bearer token, or undefined when it is unknown, expired or revoked. */
export async function authenticate(services: Services, token: string): Promise<Viewer | undefined> {
  const session = await repo.findLiveSession(services.database.db, hashToken(token), new Date().toISOString());
  return session && { id: session.user_id, role: session.role, sessionId: session.id, sessionExpiresAt: Date.parse(session.expires_at) };
}

/** Accepts `Bearer <token>` (any case), as sent in an Authorization header or a connection_init payload. */
export function bearerToken(value: unknown): string | undefined {
  if (typeof value !== 'string') return undefined;
  const match = /^Bearer\s+(\S+)$/i.exec(value.trim());
  return match?.[1];
}

export function loadUser(services: Services, id: string): Promise<UserRow | undefined> {
  return repo.findUserById(services.database.db, id);
}

export function searchUsers(services: Services, search: string | undefined, limit: number): Promise<UserRow[]> {
  return repo.searchUsers(services.database.db, search?.trim() || undefined, Math.min(Math.max(limit, 1), 100));
}
