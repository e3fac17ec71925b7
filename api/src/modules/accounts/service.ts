import { randomBytes, randomUUID } from 'node:crypto';
import { z } from 'zod';
import { commitWithChanges, type Writer } from '../../changes/commit.js';
import type { Config } from '../../config.js';
import type { Executor } from '../../db/database.js';
import type { Viewer } from '../../viewer.js';
import type { UserRow } from '../../db/tables.js';
import { requirePerson } from '../../capabilities.js';
import { Conflict, Unauthenticated } from '../../errors.js';
import { parseInput, singleLine } from '../../validation.js';
import { hashPassword, verifyPassword } from './passwords.js';
import * as repo from './repo.js';
import { hashToken, type Sessions } from './sessions.js';

/** What opening a session needs: the writer, and how long a session lives. */
type SessionOpener = Writer & { config: Pick<Config, 'sessionTtlSeconds'> };


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

async function openSession(services: SessionOpener, userId: string, db = services.database.db): Promise<string> {
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

export async function signUp(services: SessionOpener, rawInput: unknown): Promise<AuthResult> {
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

export async function signIn(services: SessionOpener, rawInput: unknown): Promise<AuthResult> {
  const input = parseInput(signInInput, rawInput);
  const user = await repo.findUserByEmail(services.database.db, input.email);
  // Same answer for an unknown email and a wrong password, so the API does not reveal accounts.
  if (!user || !(await verifyPassword(input.password, user.password_hash))) {
    throw new Unauthenticated('Email or password is wrong');
  }
  return { token: await openSession(services, user.id), user };
}

export async function signOut(services: { sessions: Sessions }, viewer: Viewer): Promise<boolean> {
  requirePerson(viewer, 'sign out', 'revoke the key instead');
  await services.sessions.revoke(viewer.sessionId, 'Signed out');
  return true;
}

/** Accepts `Bearer <token>` (any case), as sent in an Authorization header or a connection_init payload. */
export function bearerToken(value: unknown): string | undefined {
  if (typeof value !== 'string') return undefined;
  const match = /^Bearer\s+(\S+)$/i.exec(value.trim());
  return match?.[1];
}

/** A user, read inside the caller's transaction (or from `db`). */
export function findUser(db: Executor, id: string): Promise<UserRow | undefined> {
  return repo.findUserById(db, id);
}

export function loadUser(services: Writer, id: string): Promise<UserRow | undefined> {
  return repo.findUserById(services.database.db, id);
}

export function searchUsers(services: Writer, search: string | undefined, limit: number): Promise<UserRow[]> {
  return repo.searchUsers(services.database.db, search?.trim() || undefined, Math.min(Math.max(limit, 1), 100));
}
