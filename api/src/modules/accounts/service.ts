import { randomBytes, randomUUID } from 'node:crypto';
import { z } from 'zod';
import { commitWithChanges, type Emit, type WriteParts } from '../../changes/commit.js';
import type { Config } from '../../config.js';
import type { Dialect, Executor } from '../../db/database.js';
import type { Viewer } from '../../viewer.js';
import type { PageRequest } from '../../db/pagination.js';
import type { Role, UserRow } from './table.js';
import { requirePerson } from '../../capabilities.js';
import { Conflict, InvalidInput, Unauthenticated } from '../../errors.js';
import { parseInput, singleLine } from '../../validation.js';
import { hashPassword, verifyPassword } from './passwords.js';
import * as repo from './repo.js';
import { sha256 } from '../../digest.js';
import type { Sessions } from './sessions.js';
import { declareEntity } from '../../entities.js';

/** What opening a session needs: the writer, and how long a session lives. */
export type SessionOpener = WriteParts & { config: Pick<Config, 'sessionTtlSeconds'> };

const signUpInput = z.object({
  email: z.email('must be an email address').trim().toLowerCase().max(254),
  password: z.string().min(8, 'must be at least 8 characters').max(200, 'must be at most 200 characters'),
  displayName: singleLine(80),
  invitation: z.string().trim().min(1, 'must not be empty').max(200, 'is not an invitation token').optional(),
});

/** A sign-up as given: who, and the invitation it comes with (if any). */
export type SignUpInput = z.output<typeof signUpInput>;
/** A sign-up ready to store: its password hashed. */
export type SignUpRequest = Omit<SignUpInput, 'password'> & { passwordHash: string };

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
    token_hash: sha256(token),
    user_id: userId,
    created_at: now.toISOString(),
    expires_at: new Date(now.getTime() + services.config.sessionTtlSeconds * 1000).toISOString(),
    revoked_at: null,
  });
  return token;
}

export function parseSignUp(rawInput: unknown): SignUpInput {
  return parseInput(signUpInput, rawInput);
}

/** Hashes the password, before any transaction: the hash is the slow part of a sign-up. */
export async function hashSignUp({ password, ...input }: SignUpInput): Promise<SignUpRequest> {
  return { ...input, passwordHash: await hashPassword(password) };
}

export const emailTaken = (email: string) => new Conflict(`input.email: ${email} is already registered; sign in instead`, { field: 'input.email' });

/**
 * Creates an account as `role` in the caller's transaction, or brings back `returning` (a removed
 * member's row, same email) with the new password, name and role; then opens its session. Who may
 * join, and as what, is the caller's decision (members/service.ts).
 */
export async function createAccount(
  services: SessionOpener,
  trx: Executor,
  emit: Emit,
  request: SignUpRequest,
  role: Role,
  returning?: UserRow,
): Promise<AuthResult> {
  const now = new Date().toISOString();
  let user: UserRow;
  if (returning) {
    user = { ...returning, password_hash: request.passwordHash, display_name: request.displayName, role, removed_at: null, updated_at: now, version: returning.version + 1 };
    if (!(await repo.updateUserIfVersion(trx, user, returning.version))) throw emailTaken(request.email);
    emit({ topic: 'USER', op: 'UPDATED', entityId: user.id, version: user.version, audience: 'EVERYONE' });
  } else {
    user = {
      id: randomUUID(),
      email: request.email,
      password_hash: request.passwordHash,
      display_name: request.displayName,
      role,
      last_seen_at: null,
      created_at: now,
      updated_at: now,
      version: 1,
      removed_at: null,
    };
    await repo.insertUser(trx, user);
    emit({ topic: 'USER', op: 'CREATED', entityId: user.id, version: 1, audience: 'EVERYONE' });
  }
  const token = await openSession(services, user.id, trx);
  return { token, user };
}

/**
 * An account without any sign-up policy: the first of a workspace is ADMIN, later ones MEMBER.
 * For the demo seed only; people sign up through members/service.ts `signUp`, which applies SIGNUP.
 */
export async function registerAccount(services: SessionOpener, rawInput: unknown): Promise<AuthResult> {
  const request = await hashSignUp(parseSignUp(rawInput));
  return commitWithChanges(services, async (trx, emit) => {
    if (await repo.findUserByEmail(trx, request.email)) throw emailTaken(request.email);
    return createAccount(services, trx, emit, request, (await repo.countUsers(trx)) === 0 ? 'ADMIN' : 'MEMBER');
  });
}

export async function signIn(services: SessionOpener, rawInput: unknown): Promise<AuthResult> {
  const input = parseInput(signInInput, rawInput);
  const user = await repo.findUserByEmail(services.database.db, input.email);
  // Same answer for an unknown email and a wrong password, so the API does not reveal accounts.
  if (!user || !(await verifyPassword(input.password, user.password_hash))) {
    throw new Unauthenticated('Email or password is wrong');
  }
  if (user.removed_at) throw new Unauthenticated('This account was removed from the workspace: an ADMIN can invite you again');
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

/** A user by email (removed ones too), read inside the caller's transaction. */
export function findUserByEmail(db: Executor, email: string): Promise<UserRow | undefined> {
  return repo.findUserByEmail(db, email);
}

/** No account exists yet: the first sign-up becomes the workspace's ADMIN. */
export async function isEmptyWorkspace(db: Executor): Promise<boolean> {
  return (await repo.countUsers(db)) === 0;
}

/**
 * No account exists yet, as a sign-up about to write it sees it. On PostgreSQL two first sign-ups at
 * once would both count none and both become ADMIN: the one that counts none takes a lock against
 * other inserts into users and counts again, so the second waits for the first to commit and then
 * counts one. (SQLite has one writer at a time.)
 */
export async function claimsFirstAccount(dialect: Dialect, trx: Executor): Promise<boolean> {
  if ((await repo.countUsers(trx)) > 0) return false;
  if (dialect === 'sqlite') return true;
  await repo.lockUsersAgainstInserts(trx);
  return (await repo.countUsers(trx)) === 0;
}

/** The ADMINs (not removed) as of the caller's transaction: the audience of what only they may see. */
export function adminIds(db: Executor): Promise<string[]> {
  return repo.memberIdsWithRole(db, 'ADMIN');
}

/** Holds every ADMIN row until the caller's transaction ends, so "keep at least one ADMIN" holds under concurrent writes. */
export function lockAdmins(trx: Executor): Promise<void> {
  return repo.lockAdmins(trx);
}

/** Gives `user` another role in the caller's transaction; the caller tells Sessions once it commits. */
export async function setRole(trx: Executor, emit: Emit, user: UserRow, role: Role): Promise<UserRow> {
  const next: UserRow = { ...user, role, updated_at: new Date().toISOString(), version: user.version + 1 };
  if (!(await repo.updateUserIfVersion(trx, next, user.version))) throw new Conflict(`${user.display_name} changed meanwhile: try again`);
  emit({ topic: 'USER', op: 'UPDATED', entityId: user.id, version: next.version, audience: 'EVERYONE' });
  return next;
}

/**
 * Removes a member in the caller's transaction: the row stays (for what they wrote) marked removed,
 * and every session is revoked. Returns the revoked sessions' ids, for the caller to end once it commits.
 */
export async function removeAccount(trx: Executor, emit: Emit, user: UserRow): Promise<string[]> {
  const now = new Date().toISOString();
  const next: UserRow = { ...user, removed_at: now, updated_at: now, version: user.version + 1 };
  if (!(await repo.updateUserIfVersion(trx, next, user.version))) throw new Conflict(`${user.display_name} changed meanwhile: try again`);
  emit({ topic: 'USER', op: 'UPDATED', entityId: user.id, version: next.version, audience: 'EVERYONE' });
  return repo.revokeSessionsOf(trx, user.id, now);
}

/** Members (not removed), newest first. */
export function listMembers(services: WriteParts, page: PageRequest): Promise<UserRow[]> {
  return repo.listMembers(services.database.db, page);
}

export function loadUser(services: WriteParts, id: string): Promise<UserRow | undefined> {
  return repo.findUserById(services.database.db, id);
}

const MAX_SEARCH_LENGTH = 100;

/**
 * People by display name, or by email: an ADMIN, who sees emails, finds them by any part of one;
 * anyone else only by the whole address, so a search cannot spell out an email its asker may not see.
 */
export function searchUsers(services: WriteParts, viewer: Pick<Viewer, 'role'>, search: string | undefined, limit: number): Promise<UserRow[]> {
  const text = search?.trim() || undefined;
  if (text && text.length > MAX_SEARCH_LENGTH) throw new InvalidInput('search', `must be at most ${MAX_SEARCH_LENGTH} characters`);
  const emails = viewer.role === 'ADMIN' ? 'containing' : 'equal';
  return repo.searchUsers(services.database.db, text, emails, Math.min(Math.max(limit, 1), 100));
}

export const USER = declareEntity({ typeName: 'User', table: 'users', load: loadUser });
