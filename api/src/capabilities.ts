import type { OperationTypeNode } from 'graphql';
import { changeTopics } from './changes/topics.js';
import { MissingCapability } from './errors.js';
import type { Viewer } from './viewer.js';

/**
 * Root fields that manage credentials or the account. An API key never calls them, whatever its
 * capabilities: a leaked key must not be able to mint another or outlive its revocation.
 */
const ACCOUNT_FIELDS = new Set(['apiKeys', 'createApiKey', 'revokeApiKey', 'signOut', 'webhooks', 'createWebhook', 'updateWebhook', 'deleteWebhook', 'pingWebhook', 'replayWebhook']);

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

/** What a key's stream may carry at most: its keys' own changes are account business (and would count their own usage). */
const TOPICS_FOR_KEYS: readonly string[] = changeTopics.filter((topic) => topic !== 'API_KEY' && topic !== 'WEBHOOK');

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
  if (allowed && asked.topics?.some((topic) => topic === 'API_KEY' || topic === 'WEBHOOK')) {
    throw new MissingCapability('account', 'API keys cannot follow API key or webhook changes');
  }
  const topics = narrow('topics', asked.topics) ?? (allowed ? TOPICS_FOR_KEYS : undefined);
  return { topics, entityIds: narrow('entityIds', asked.entityIds) };
}
