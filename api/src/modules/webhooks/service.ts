import { randomBytes, randomUUID } from 'node:crypto';
import { getOperationAST, Kind, type DocumentNode, type GraphQLSchema } from 'graphql';
import { z } from 'zod';
import { narrowChanges, requirePerson } from '../../capabilities.js';
import { commitWithChanges, type Emit, type WriteParts } from '../../changes/commit.js';
import { readLogBounds } from '../../changes/log.js';
import { changeTopics, formatCursor, MAX_ENTITY_IDS, parseCursor } from '../../changes/topics.js';
import type { WebhookDeliveriesTable, WebhookDeliveryRow, WebhookRow } from './table.js';
import type { Insertable } from 'kysely';
import { DomainError, InvalidInput, MissingCapability, NotFound } from '../../errors.js';
import { checkDocument, type DocumentLimits } from '../../transport/limits.js';
import { checkPublicHost, checkResolves, PLAIN_HTTP_REFUSAL } from '../../net/public-address.js';
import { findNulCharacter, NUL_REFUSAL, parseInput } from '../../validation.js';
import type { Viewer } from '../../viewer.js';
import { liveKeyViewer, loadApiKey } from '../apiKeys/service.js';
import { notify } from '../notifications/service.js';
import * as repo from './repo.js';
import { declareEntity } from '../../entities.js';

export interface WebhookConfig {
  /** Tests and private deployments: allow loopback, private and link-local targets (and plain http). */
  allowPrivateNetworks: boolean;
}

const targetInput = {
  url: z.string().trim().max(2000, 'must be at most 2000 characters'),
  query: z.string().min(1, 'must not be empty').max(20_000, 'must be at most 20000 characters'),
  topics: z.array(z.enum(changeTopics)).min(1).optional(),
  entityIds: z.array(z.string().min(1).max(100)).min(1).max(MAX_ENTITY_IDS).optional(),
};
const createInput = z.object({ apiKeyId: z.string().min(1), ...targetInput });
const updateInput = z.object({
  url: targetInput.url.optional(),
  query: targetInput.query.optional(),
  topics: targetInput.topics.nullable(),
  entityIds: targetInput.entityIds.nullable(),
  enabled: z.boolean().optional(),
}).partial();


function emitWebhook(emit: Emit, op: 'CREATED' | 'UPDATED' | 'DELETED', row: Pick<WebhookRow, 'id' | 'user_id'> & { version: number | null }): void {
  emit({ topic: 'WEBHOOK', op, entityId: row.id, version: row.version, audience: [row.user_id] });
}

/** https, to a public address (after resolution), unless private networks are allowed. */
async function checkTarget(config: WebhookConfig, raw: string, field: string): Promise<string> {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new InvalidInput(field, 'must be an absolute URL, e.g. https://example.com/hooks/pulsegraph');
  }
  if (url.username || url.password) throw new InvalidInput(field, 'must not carry credentials');
  if (config.allowPrivateNetworks ? !['https:', 'http:'].includes(url.protocol) : url.protocol !== 'https:') {
    throw new InvalidInput(field, url.protocol === 'http:' ? PLAIN_HTTP_REFUSAL : 'must be an https:// URL');
  }
  const refused = await (config.allowPrivateNetworks ? checkResolves(url.hostname) : checkPublicHost(url.hostname));
  if (refused) throw new InvalidInput(field, refused);
  return url.toString();
}

/** What checking a webhook's document needs: the schema, the limits every request has, and which documents are trusted. */
export interface DocumentRules {
  schema: GraphQLSchema;
  limits: DocumentLimits;
  documents: { isTrusted(text: string): boolean };
}

/**
 * The document as its key's stream would accept it: a trusted document when the key runs only
 * those, and `checkSubscriptionDocument`. Checked when saved and again each time the deliverer
 * loads it, so a limit lowered (or a key narrowed) later still applies.
 */
export function checkWebhookDocument(rules: DocumentRules, query: string, keyViewer: Viewer, field = 'input.query'): DocumentNode {
  checkTrusted(rules, query, keyViewer, field);
  return checkSubscriptionDocument(rules, query, field);
}

/** A key limited to trusted documents runs only those, through a webhook as on its own streams. */
export function checkTrusted(rules: DocumentRules, query: string, keyViewer: Viewer, field: string): void {
  if (keyViewer.apiKey?.capabilities.trustedDocumentsOnly && !rules.documents.isTrusted(query)) {
    throw new MissingCapability('trustedDocuments', `${field}: this API key runs only trusted documents; use one of the registered documents`);
  }
}

/** One subscription over `changes`, within the limits every request has (depth, tokens, cost). */
export function checkSubscriptionDocument(rules: DocumentRules, query: string, field: string): DocumentNode {
  const checked = checkDocument(rules.schema, query, rules.limits);
  if (!('kind' in checked)) {
    const error = checked[0]!;
    if (error.extensions.code === 'LIMIT_EXCEEDED') throw new DomainError('LIMIT_EXCEEDED', `${field}: ${error.message}`, { ...error.extensions, field });
    throw new InvalidInput(field, error.message);
  }
  const nul = findNulCharacter(checked, {});
  if (nul !== undefined) throw new InvalidInput(field, `its argument ${nul} ${NUL_REFUSAL}`);
  const operation = getOperationAST(checked);
  if (operation?.variableDefinitions?.some((definition) => definition.type.kind === Kind.NON_NULL_TYPE && !definition.defaultValue)) {
    throw new InvalidInput(field, 'must not require variables: a webhook sends none');
  }
  const root = operation?.selectionSet.selections[0];
  if (operation?.operation !== 'subscription' || root?.kind !== Kind.FIELD || root.name.value !== 'changes' || operation.selectionSet.selections.length !== 1) {
    throw new InvalidInput(field, 'must be one subscription selecting `changes`, e.g. subscription { changes { cursor op entityId } }');
  }
  return checked;
}

async function ownedKeyViewer(services: WriteParts, viewer: Viewer, apiKeyId: string): Promise<Viewer> {
  const key = await loadApiKey(services, apiKeyId);
  if (!key || key.user_id !== viewer.id) throw new NotFound('ApiKey', apiKeyId, 'input.apiKeyId');
  const keyViewer = await liveKeyViewer(services.database.db, apiKeyId);
  if (!keyViewer) throw new InvalidInput('input.apiKeyId', 'the key is revoked or expired');
  return keyViewer;
}

export async function createWebhook(
  services: WriteParts & { config: { webhooks: WebhookConfig } },
  rules: DocumentRules,
  viewer: Viewer,
  rawInput: unknown,
): Promise<{ webhook: WebhookRow; secret: string }> {
  requirePerson(viewer, 'manage webhooks');
  const input = parseInput(createInput, rawInput);
  const keyViewer = await ownedKeyViewer(services, viewer, input.apiKeyId);
  const url = await checkTarget(services.config.webhooks, input.url, 'input.url');
  checkWebhookDocument(rules, input.query, keyViewer);
  narrowChanges(keyViewer, { topics: input.topics, entityIds: input.entityIds }); // wider than the key: FORBIDDEN
  const secret = `whsec_${randomBytes(24).toString('base64')}`;
  const { head } = await readLogBounds(services.database.db);
  const webhook: WebhookRow = {
    id: randomUUID(),
    user_id: viewer.id,
    api_key_id: input.apiKeyId,
    url,
    query: input.query,
    topics: input.topics ? JSON.stringify(input.topics) : null,
    entity_ids: input.entityIds ? JSON.stringify(input.entityIds) : null,
    secret,
    enabled: 1,
    disabled_reason: null,
    cursor: head,
    failing_since: null,
    lease_owner: null,
    lease_until: null,
    created_at: new Date().toISOString(),
    version: 1,
  };
  await commitWithChanges(services, async (trx, emit) => {
    await repo.insertWebhook(trx, webhook);
    emitWebhook(emit, 'CREATED', webhook);
  });
  return { webhook, secret };
}

async function ownWebhook(services: WriteParts, viewer: Viewer, id: string): Promise<WebhookRow> {
  requirePerson(viewer, 'manage webhooks');
  const row = await repo.findWebhook(services.database.db, id);
  if (!row || row.user_id !== viewer.id) throw new NotFound('Webhook', id);
  return row;
}

async function save(services: WriteParts, id: string, changes: Partial<Omit<WebhookRow, 'id' | 'version'>>): Promise<WebhookRow> {
  return commitWithChanges(services, async (trx, emit) => {
    const row = await repo.updateWebhook(trx, id, changes);
    if (!row) throw new NotFound('Webhook', id); // deleted since it was found
    emitWebhook(emit, 'UPDATED', row);
    return row;
  });
}

export async function updateWebhook(
  services: WriteParts & { config: { webhooks: WebhookConfig } },
  rules: DocumentRules,
  viewer: Viewer,
  id: string,
  rawInput: unknown,
): Promise<WebhookRow> {
  const row = await ownWebhook(services, viewer, id);
  const input = parseInput(updateInput, rawInput);
  const changes: Partial<WebhookRow> = {};
  if (input.url !== undefined) changes.url = await checkTarget(services.config.webhooks, input.url, 'input.url');
  if (input.query !== undefined) {
    checkWebhookDocument(rules, input.query, await ownedKeyViewer(services, viewer, row.api_key_id));
    changes.query = input.query;
  }
  if (input.topics !== undefined || input.entityIds !== undefined) {
    const keyViewer = await ownedKeyViewer(services, viewer, row.api_key_id);
    const topics = input.topics === undefined ? (row.topics && JSON.parse(row.topics)) : input.topics;
    const entityIds = input.entityIds === undefined ? (row.entity_ids && JSON.parse(row.entity_ids)) : input.entityIds;
    narrowChanges(keyViewer, { topics, entityIds });
    changes.topics = topics ? JSON.stringify(topics) : null;
    changes.entity_ids = entityIds ? JSON.stringify(entityIds) : null;
  }
  // Re-enabling resumes from the first undelivered change: the cursor stays where delivery stopped.
  if (input.enabled !== undefined) Object.assign(changes, input.enabled ? { enabled: 1, disabled_reason: null, failing_since: null } : { enabled: 0, disabled_reason: 'Disabled by its owner' });
  return save(services, id, changes);
}

export async function deleteWebhook(services: WriteParts, viewer: Viewer, id: string): Promise<string> {
  const row = await ownWebhook(services, viewer, id);
  await commitWithChanges(services, async (trx, emit) => {
    await repo.deleteWebhook(trx, id);
    emitWebhook(emit, 'DELETED', row);
  });
  return id;
}

/** Redelivers from `after` (any retained cursor; an older one gets one RESYNC delivery first). */
export async function replayWebhook(services: WriteParts, viewer: Viewer, id: string, after: string): Promise<WebhookRow> {
  await ownWebhook(services, viewer, id);
  const cursor = parseCursor(after);
  if (cursor === undefined) throw new InvalidInput('after', 'must be a cursor from a change or a delivery');
  return save(services, id, { cursor, failing_since: null, enabled: 1, disabled_reason: null });
}

export function listWebhooks(services: WriteParts, viewer: Viewer): Promise<WebhookRow[]> {
  requirePerson(viewer, 'manage webhooks');
  return repo.listWebhooks(services.database.db, viewer.id);
}

export async function loadWebhook(services: WriteParts, id: string): Promise<WebhookRow | undefined> {
  return repo.findWebhook(services.database.db, id);
}

export function listDeliveries(services: WriteParts, webhookId: string, limit: number, offset: number) {
  return repo.listDeliveries(services.database.db, webhookId, limit, offset);
}

export const webhookCursor = (row: WebhookRow) => formatCursor(Number(row.cursor));

/** One delivery attempt to record; after a 2xx, `advance` moves the endpoint's cursor. */
export interface DeliveryAttempt {
  webhook: WebhookRow;
  delivery: Omit<Insertable<WebhookDeliveriesTable>, 'webhook_id'>;
  advance?: { from: number; to: number; leaseOwner: string };
}

/** What recording one attempt did: its row (undefined when the endpoint was deleted meanwhile), and whether the cursor moved. */
export interface RecordedAttempt {
  delivery: WebhookDeliveryRow | undefined;
  moved: boolean;
}

/**
 * Delivery attempts, any number of endpoints' at once, recorded in one transaction with each
 * endpoint's change for its owner. After a 2xx the cursor moves `from` → `to` in that transaction,
 * only while `leaseOwner` still holds the endpoint and the cursor is still `from`. Per attempt, in
 * order: the recorded row (undefined when the endpoint was deleted meanwhile) and whether the cursor
 * moved; false when the lease (or a replay, or a delete) moved on, so the deliverer stops.
 */
export async function recordDeliveries(services: WriteParts, attempts: readonly DeliveryAttempt[]): Promise<RecordedAttempt[]> {
  return commitWithChanges(services, async (trx, emit) => {
    const existing = new Set(await repo.existingWebhookIds(trx, [...new Set(attempts.map((attempt) => attempt.webhook.id))]));
    const kept = attempts.filter((attempt) => existing.has(attempt.webhook.id));
    const rows = await repo.insertDeliveries(trx, kept.map(({ webhook, delivery }) => ({ ...delivery, webhook_id: webhook.id })));
    const results: RecordedAttempt[] = [];
    let nextRow = 0; // rows come back in the order of `kept`, which keeps the order of `attempts`
    for (const { webhook, delivery, advance } of attempts) {
      if (!existing.has(webhook.id)) {
        results.push({ delivery: undefined, moved: false });
        continue;
      }
      let moved = true;
      let written: Pick<WebhookRow, 'id' | 'user_id' | 'version'> | undefined;
      if (advance) moved = await repo.advance(trx, webhook.id, advance.leaseOwner, advance);
      else if (!webhook.failing_since && delivery.status === 'FAILED') written = await repo.updateWebhook(trx, webhook.id, { failing_since: delivery.at });
      // A cursor move or a new attempt in its log is not a new version of the endpoint's settings.
      emitWebhook(emit, 'UPDATED', written ?? { ...webhook, version: null });
      results.push({ delivery: rows[nextRow++], moved });
    }
    return results;
  });
}

/** Keeps each endpoint's delivery log to its newest `keep` attempts (run with change retention). */
export function trimDeliveryLogs(services: Pick<WriteParts, 'database'>, keep: number): Promise<number> {
  return repo.trimDeliveryLogs(services.database.db, keep);
}

/** Sends the owner's endpoint a signed test ping now; the attempt, as recorded in its log. */
export async function pingWebhook(
  services: WriteParts & { webhooks: { ping(webhook: WebhookRow): Promise<WebhookDeliveryRow> } },
  viewer: Viewer,
  id: string,
): Promise<WebhookDeliveryRow> {
  return services.webhooks.ping(await ownWebhook(services, viewer, id));
}

/** Disables an endpoint with its reason and tells its owner (a notification). */
export async function disableWebhook(services: WriteParts, webhook: WebhookRow, reason: string): Promise<void> {
  await commitWithChanges(services, async (trx, emit) => {
    const disabled = await repo.updateWebhook(trx, webhook.id, { enabled: 0, disabled_reason: reason });
    if (!disabled) return; // deleted meanwhile
    emitWebhook(emit, 'UPDATED', disabled);
    await notify(trx, emit, {
      userId: webhook.user_id,
      kind: 'WEBHOOK_DISABLED',
      title: 'A webhook was disabled',
      body: `${webhook.url}: ${reason}. Re-enable it to resume from the first undelivered change.`,
      entityType: 'Webhook',
      entityId: webhook.id,
    });
  });
}

export const WEBHOOK = declareEntity({ typeName: 'Webhook', table: 'webhooks', load: loadWebhook });
