import { randomBytes, randomUUID } from 'node:crypto';
import { z } from 'zod';
import { requirePerson, requireRole } from '../../capabilities.js';
import { commitWithChanges, type Emit, type WriteParts } from '../../changes/commit.js';
import { isDemoWorkspace, type Config, type SignUpPolicy } from '../../config.js';
import type { Executor } from '../../db/database.js';
import type { InvitationRow } from './table.js';
import type { Role, UserRow } from '../accounts/table.js';
import { Conflict, DomainError, Forbidden, InvalidInput, NotFound } from '../../errors.js';
import { parseInput } from '../../validation.js';
import type { Viewer } from '../../viewer.js';
import * as accounts from '../accounts/service.js';
import { sha256 } from '../../digest.js';
import { revokeKeysOf } from '../apiKeys/service.js';
import * as repo from './repo.js';
import { declareEntity } from '../../entities.js';

/** Every invitation token starts with this, so one can be told from other secrets at a glance. */
export const INVITATION_PREFIX = 'pgi_';
const DAY_MS = 24 * 3600 * 1000;
const DEFAULT_LIFETIME_MS = 7 * DAY_MS;
const LONGEST_LIFETIME_MS = 30 * DAY_MS;

/** Why a sign-up was refused, in `extensions.reason` (docs/API.md lists them). */
export type SignUpRefusal = 'SIGNUP_CLOSED' | 'INVITATION_REQUIRED' | 'INVITATION_INVALID' | 'INVITATION_USED' | 'INVITATION_EXPIRED';

export class SignUpRefused extends DomainError {
  constructor(reason: SignUpRefusal, message: string) {
    super('FORBIDDEN', message, { reason });
  }
}

/**
 * Who may sign up, when SIGNUP does not say: a demo workspace stays open (its ADMIN's password is
 * published on its sign-in page, so refusing strangers there would protect nothing and only hide
 * the sign-up and invitation flows from whoever tries the demo); any other workspace is `invite`.
 * Under `open` and `invite` alike, the first sign-up of an empty workspace makes its ADMIN.
 */
export function signUpPolicy(config: Pick<Config, 'signUp' | 'seedDemo' | 'database'>): SignUpPolicy {
  return config.signUp ?? (isDemoWorkspace(config) ? 'open' : 'invite');
}

type MemberWriter = accounts.SessionOpener & { config: Pick<Config, 'signUp' | 'seedDemo' | 'database'> };
/** What ending a removed member's sessions and keys, and spreading a role change, needs. */
type MemberSessions = WriteParts & {
  sessions: { end(sessionId: string, reason: string): Promise<void>; roleChanged(user: Pick<UserRow, 'id' | 'role' | 'version'>): Promise<void> };
};

const refuseClosed = () => new SignUpRefused('SIGNUP_CLOSED', 'Sign-up is closed on this workspace (SIGNUP=closed)');
const refuseStranger = () =>
  new SignUpRefused('INVITATION_REQUIRED', 'This workspace is by invitation only: ask an ADMIN for an invitation link');

/**
 * A person signs up, under the workspace's policy: the first account of an empty workspace is its
 * ADMIN; after that an invitation decides the role (and is used up), `open` lets anyone in as MEMBER,
 * `invite` refuses whoever has none, `closed` refuses everyone. A removed member comes back only
 * through an invitation. A stranger is refused before the password is hashed, so refusals stay cheap.
 */
export async function signUp(services: MemberWriter, rawInput: unknown): Promise<accounts.AuthResult> {
  const policy = signUpPolicy(services.config);
  if (policy === 'closed') throw refuseClosed();
  const input = accounts.parseSignUp(rawInput);
  if (!input.invitation && policy === 'invite' && !(await accounts.isEmptyWorkspace(services.database.db))) throw refuseStranger();
  const request = await accounts.hashSignUp(input);
  return commitWithChanges(services, async (trx, emit) => {
    const existing = await accounts.findUserByEmail(trx, request.email);
    if (await accounts.claimsFirstAccount(services.database.dialect, trx)) return accounts.createAccount(services, trx, emit, request, 'ADMIN');
    const invitation = request.invitation ? await redeemable(trx, request.invitation, request.email) : undefined;
    if (!invitation && existing?.removed_at) {
      throw new SignUpRefused('INVITATION_REQUIRED', 'This account was removed from the workspace: an ADMIN can invite you again');
    }
    if (!invitation && policy === 'invite') throw refuseStranger();
    if (existing && !existing.removed_at) throw accounts.emailTaken(request.email);
    const result = await accounts.createAccount(services, trx, emit, request, invitation?.role ?? 'MEMBER', existing);
    if (invitation) {
      if (!(await repo.acceptInvitation(trx, invitation.id, result.user.id, new Date().toISOString()))) throw used();
      await emitInvitation(trx, emit, 'UPDATED', { id: invitation.id, version: invitation.version + 1 });
    }
    return result;
  });
}

const used = () => new SignUpRefused('INVITATION_USED', 'This invitation was already used: sign in, or ask an ADMIN for a new one');

/** The invitation behind a token, if it may still be used, by this email. */
async function redeemable(db: Executor, token: string, email: string): Promise<InvitationRow> {
  const invitation = await repo.findInvitationByTokenHash(db, sha256(token));
  if (!invitation) throw new SignUpRefused('INVITATION_INVALID', 'This invitation link is not valid: check it, or ask an ADMIN for a new one');
  if (invitation.accepted_at) throw used();
  if (invitation.revoked_at) throw new SignUpRefused('INVITATION_INVALID', 'This invitation was withdrawn: ask an ADMIN for a new one');
  if (Date.parse(invitation.expires_at) <= Date.now()) {
    throw new SignUpRefused('INVITATION_EXPIRED', 'This invitation has expired: ask an ADMIN for a new one');
  }
  if (invitation.email !== email) throw new InvalidInput('input.email', 'this invitation is for another email address: use the one it was sent to');
  return invitation;
}

/** Invitations are the ADMINs' business: each change goes to the ADMINs of the moment. */
async function emitInvitation(trx: Executor, emit: Emit, op: 'CREATED' | 'UPDATED', invitation: Pick<InvitationRow, 'id' | 'version'>): Promise<void> {
  emit({ topic: 'INVITATION', op, entityId: invitation.id, version: invitation.version, audience: await accounts.adminIds(trx) });
}

/**
 * The acting person must be an ADMIN now: read in the write's own transaction, so a demotion that
 * committed a moment ago counts even if this instance has not heard of it yet.
 */
async function requireAdmin(trx: Executor, viewer: Viewer, action: string): Promise<void> {
  requirePerson(viewer, action);
  const actor = await accounts.findUser(trx, viewer.id);
  if (!actor || actor.removed_at) throw new Forbidden(`You are no longer a member of this workspace`);
  requireRole({ ...viewer, role: actor.role }, 'ADMIN', action);
}

const invitationInput = z.object({
  email: z.email('must be an email address').trim().toLowerCase().max(254),
  role: z.enum(['ADMIN', 'MEMBER', 'VIEWER']),
  expiresAt: z
    .string()
    .refine((value) => !Number.isNaN(Date.parse(value)), 'must be an ISO-8601 date-time')
    .refine((value) => Date.parse(value) > Date.now(), 'must be in the future')
    .refine((value) => Date.parse(value) <= Date.now() + LONGEST_LIFETIME_MS, 'must be within 30 days')
    .optional(),
});

/**
 * An invitation to join as `role`, for one email address; its token is in this answer only (the
 * row keeps its hash), works once, and expires (after 7 days unless `expiresAt` says sooner).
 */
export async function createInvitation(services: MemberWriter, viewer: Viewer, rawInput: unknown): Promise<{ invitation: InvitationRow; token: string }> {
  requirePerson(viewer, 'invite members');
  const input = parseInput(invitationInput, rawInput);
  if (signUpPolicy(services.config) === 'closed') throw refuseClosed();
  const token = `${INVITATION_PREFIX}${randomBytes(32).toString('base64url')}`;
  const now = Date.now();
  const invitation = await commitWithChanges(services, async (trx, emit) => {
    await requireAdmin(trx, viewer, 'invite members');
    const member = await accounts.findUserByEmail(trx, input.email);
    if (member && !member.removed_at) throw new Conflict(`input.email: ${input.email} is already a member`, { field: 'input.email' });
    const row: InvitationRow = {
      id: randomUUID(),
      email: input.email,
      role: input.role,
      token_hash: sha256(token),
      invited_by: viewer.id,
      created_at: new Date(now).toISOString(),
      expires_at: new Date(input.expiresAt ? Date.parse(input.expiresAt) : now + DEFAULT_LIFETIME_MS).toISOString(),
      accepted_at: null,
      accepted_by: null,
      revoked_at: null,
      version: 1,
    };
    await repo.insertInvitation(trx, row);
    await emitInvitation(trx, emit, 'CREATED', row);
    return row;
  });
  return { invitation, token };
}

/** Withdraws an unused invitation: its link stops working. One already used is CONFLICT. */
export async function revokeInvitation(services: WriteParts, viewer: Viewer, id: string): Promise<InvitationRow> {
  return commitWithChanges(services, async (trx, emit) => {
    await requireAdmin(trx, viewer, 'withdraw invitations');
    if (!(await repo.findInvitation(trx, id))) throw new NotFound('Invitation', id);
    const withdrawn = await repo.revokeInvitation(trx, id, new Date().toISOString());
    if (withdrawn) {
      await emitInvitation(trx, emit, 'UPDATED', withdrawn);
      return withdrawn;
    }
    // Used or withdrawn before this statement (a sign-up or another tab that raced this one): as it is now.
    const invitation = (await repo.findInvitation(trx, id))!;
    if (invitation.revoked_at) return invitation;
    throw new Conflict(`The invitation for ${invitation.email} was already used; remove the member instead`);
  });
}

/** Invitations neither used, withdrawn nor expired; ADMINs only. */
export function pendingInvitations(services: WriteParts, viewer: Viewer): Promise<InvitationRow[]> {
  requirePerson(viewer, 'list invitations');
  requireRole(viewer, 'ADMIN', 'see invitations');
  return repo.pendingInvitations(services.database.db, new Date().toISOString());
}

/** An invitation for the change stream and `node(id:)`; who may see it is `invitationVisible`. */
export function loadInvitation(services: WriteParts, id: string): Promise<InvitationRow | undefined> {
  return repo.findInvitation(services.database.db, id);
}

export const invitationVisible = (viewer: Viewer | null) => viewer?.role === 'ADMIN' && !viewer.apiKey;

/** Changing a role away from ADMIN, or removing an ADMIN, must leave another ADMIN. */
async function keepAnotherAdmin(trx: Executor, target: UserRow): Promise<void> {
  if (target.role !== 'ADMIN') return;
  await accounts.lockAdmins(trx);
  const admins = await accounts.adminIds(trx);
  if (!admins.some((id) => id !== target.id)) {
    throw new Conflict(`${target.display_name} is the last ADMIN: make another member ADMIN first`);
  }
}

async function findMember(trx: Executor, userId: string): Promise<UserRow> {
  const user = await accounts.findUser(trx, userId);
  if (!user || user.removed_at) throw new NotFound('User', userId, 'userId');
  return user;
}

/**
 * Gives a member another role. It applies at once on every instance: to their requests, their open
 * sockets and their API keys (accounts/sessions.ts keeps every viewer's role current).
 */
export async function setMemberRole(services: MemberSessions, viewer: Viewer, userId: string, role: Role): Promise<UserRow> {
  const changed = await commitWithChanges(services, async (trx, emit) => {
    await requireAdmin(trx, viewer, 'change roles');
    const target = await findMember(trx, userId);
    if (target.role === role) return target;
    if (role !== 'ADMIN') await keepAnotherAdmin(trx, target);
    return accounts.setRole(trx, emit, target, role);
  });
  await services.sessions.roleChanged(changed);
  return changed;
}

/**
 * Removes a member: their row stays (for what they wrote) but they can no longer sign in, and their
 * sessions and API keys are revoked in the same transaction; once it commits their open streams end
 * on every instance (the session-ended signal), and their webhooks stop with their keys.
 */
export async function removeMember(services: MemberSessions, viewer: Viewer, userId: string): Promise<string> {
  const ended = await commitWithChanges(services, async (trx, emit) => {
    await requireAdmin(trx, viewer, 'remove members');
    const target = await findMember(trx, userId);
    await keepAnotherAdmin(trx, target);
    return [...(await accounts.removeAccount(trx, emit, target)), ...(await revokeKeysOf(trx, emit, target.id))];
  });
  await Promise.all(ended.map((sessionId) => services.sessions.end(sessionId, 'Removed from the workspace')));
  return userId;
}

export function listMembers(services: WriteParts, page: Parameters<typeof accounts.listMembers>[1]): Promise<UserRow[]> {
  return accounts.listMembers(services, page);
}

export const INVITATION = declareEntity({ typeName: 'Invitation', table: 'invitations', load: loadInvitation });
