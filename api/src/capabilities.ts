import type { OperationTypeNode } from 'graphql';
import { changeTopics } from './changes/topics.js';
import { DomainError, MissingCapability } from './errors.js';
import type { Role, Viewer } from './viewer.js';

/**
 * Root fields that manage credentials, the account or who belongs to the workspace. An API key
 * never calls them, whatever its capabilities: a leaked key must not be able to mint another,
 * outlive its revocation, or let anyone else in.
 */
const ACCOUNT_FIELDS = new Set([
  'apiKeys', 'createApiKey', 'revokeApiKey', 'signOut', 'webhooks', 'createWebhook', 'updateWebhook', 'deleteWebhook', 'pingWebhook', 'replayWebhook',
  'invitations', 'createInvitation', 'revokeInvitation', 'setMemberRole', 'removeMember',
]);

/** Each role may do what the ones after it may, and more. */
const ROLE_ORDER: readonly Role[] = ['ADMIN', 'MEMBER', 'VIEWER'];

/** The viewer's current role is below what an action needs: FORBIDDEN with `extensions.requiredRole`. */
export class RoleRequired extends DomainError {
  constructor(required: Role, role: Role, action: string) {
    super('FORBIDDEN', `Your role is ${role}: to ${action} you need ${required === 'ADMIN' ? 'the ADMIN role' : 'the MEMBER or ADMIN role'}; ask an ADMIN`, {
      requiredRole: required,
    });
  }
}

/**
 * What a role may do, asked by the services that write: console writes (entity-writes.ts, which
 * campaign lifecycle goes through) need MEMBER, a VIEWER only reads the console; managing members
 * and settings needs ADMIN. An API key acts with its owner's current role, so it never exceeds it.
 */
export function requireRole(viewer: Viewer, required: Role, action: string): void {
  if (ROLE_ORDER.indexOf(viewer.role) > ROLE_ORDER.indexOf(required)) throw new RoleRequired(required, viewer.role, action);
}

/**
 * What a viewer's API key refuses for an operation, or undefined when it may run. Sessions are
 * never narrowed. Called for every operation on every transport (transport/admission.ts).
 */
export function capabilityRefusal(viewer: Viewer | null, operation: OperationTypeNode, rootFields: readonly string[]): MissingCapability | undefined {
  const key = viewer?.apiKey;
  if (!key) return undefined;
  const accountField = rootFields.find((field) => ACCOUNT_FIELDS.has(field));
  if (accountField) return new MissingCapability('account', `API keys cannot call ${accountField}: sign in as the person to manage keys and the account`);
  if (operation === 'mutation') {
    if (!key.capabilities.write) return new MissingCapability('write', 'This API key may not write: create a key with the "write" capability');
  } else if (!key.capabilities.read) {
    return new MissingCapability('read', 'This API key may not read: create a key with the "read" capability');
  }
  return undefined;
}

/**
 * Keys, webhooks and the account are managed by the person, signed in with a session, never through
 * an API key: a leaked key must not mint another or outlive its revocation.
 */
export function requirePerson(viewer: Viewer, action: string, instead = 'sign in as the person'): void {
  if (viewer.apiKey) throw new MissingCapability('account', `API keys cannot ${action}: ${instead}`);
}

/**
 * What a key's stream may carry at most: its keys' own changes are account business (and would
 * count their own usage), and invitations are the ADMINs' business of who joins.
 */
const ACCOUNT_TOPICS: readonly string[] = ['API_KEY', 'WEBHOOK', 'INVITATION'];
const TOPICS_FOR_KEYS: readonly string[] = changeTopics.filter((topic) => !ACCOUNT_TOPICS.includes(topic));

/**
 * The topics and entities a `changes` stream carries for this viewer: what it asked for, within
 * what its key allows. Asking for nothing over a narrowed key gets the key's own narrowing;
 * asking for more than it allows is refused, naming the capability.
 */
export function narrowChanges(
  viewer: Viewer,
  asked: { topics: readonly string[] | null | undefined; entityIds: readonly string[] | null | undefined },
): { topics: readonly string[] | undefined; entityIds: readonly string[] | undefined } {
  const allowed = viewer.apiKey?.capabilities;
  if (allowed && !allowed.read) throw new MissingCapability('read', 'This API key may not read: create a key with the "read" capability');
  const narrow = (name: 'topics' | 'entityIds', wanted: readonly string[] | null | undefined) => {
    const limit = allowed?.[name];
    if (!wanted?.length) return limit ?? undefined;
    if (!limit) return wanted;
    const outside = wanted.filter((value) => !limit.includes(value));
    if (outside.length > 0) {
      throw new MissingCapability(name, `This API key may not subscribe to ${name} ${outside.join(', ')}; it allows ${limit.join(', ')}`);
    }
    return wanted;
  };
  if (allowed && asked.topics?.some((topic) => ACCOUNT_TOPICS.includes(topic))) {
    throw new MissingCapability('account', 'API keys cannot follow API key, webhook or invitation changes');
  }
  const topics = narrow('topics', asked.topics) ?? (allowed ? TOPICS_FOR_KEYS : undefined);
  return { topics, entityIds: narrow('entityIds', asked.entityIds) };
}
