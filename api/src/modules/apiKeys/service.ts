import { randomBytes, randomUUID } from 'node:crypto';
import { z } from 'zod';
import { commitWithChanges, type Emit, type WriteParts } from '../../changes/commit.js';
import { changeTopics, MAX_ENTITY_IDS } from '../../changes/topics.js';
import type { Executor } from '../../db/database.js';
import type { ApiKeyRow } from './table.js';
import type { ReadViewer } from '../accounts/sessions.js';
import { requirePerson } from '../../capabilities.js';
import { NotFound } from '../../errors.js';
import { parseInput, singleLine } from '../../validation.js';
import { sha256 } from '../../digest.js';
import type { ApiKeyCapabilities, Viewer } from '../../viewer.js';
import * as repo from './repo.js';
import { declareEntity } from '../../entities.js';

/** Every API key secret starts with this, so a token can be told from a session's at a glance (and by secret scanners). */
export const API_KEY_PREFIX = 'pgk_';
/** How much of the secret is kept in the clear, to tell keys apart. */
const VISIBLE_CHARACTERS = 12;
/** A key that does not expire lives, for the socket registry's timer, until this instant. */
const NEVER = Number.MAX_SAFE_INTEGER;

export const isApiKeySecret = (token: string) => token.startsWith(API_KEY_PREFIX);
/** The session id a key's streams are filed under (transport/sockets.ts), so revocation ends exactly them. */
export const apiKeySessionId = (id: string) => `apikey:${id}`;
const KEY_SESSION = /^apikey:(.+)$/;
export const isApiKeySession = (sessionId: string) => KEY_SESSION.test(sessionId);

const createInput = z.object({
  name: singleLine(80),
  capabilities: z.object({
    read: z.boolean(),
    write: z.boolean(),
    topics: z.array(z.enum(changeTopics)).min(1, 'give at least one topic, or leave it out for every topic').optional(),
    entityIds: z.array(z.string().min(1).max(100)).min(1, 'give at least one id, or leave it out for every entity').max(MAX_ENTITY_IDS, `at most ${MAX_ENTITY_IDS} ids`).optional(),
  }),
  trustedDocumentsOnly: z.boolean().optional(),
  expiresAt: z
    .string()
    .refine((value) => !Number.isNaN(Date.parse(value)), 'must be an ISO-8601 date-time')
    .refine((value) => Date.parse(value) > Date.now(), 'must be in the future')
    .optional(),
});

export function capabilitiesOf(row: Pick<ApiKeyRow, 'capabilities'>): ApiKeyCapabilities {
  return JSON.parse(row.capabilities) as ApiKeyCapabilities;
}

function emitKey(emit: Emit, op: 'CREATED' | 'UPDATED', key: Pick<ApiKeyRow, 'id' | 'user_id' | 'version'>): void {
  emit({ topic: 'API_KEY', op, entityId: key.id, version: key.version, audience: [key.user_id] });
}

export async function createApiKey(services: WriteParts, viewer: Viewer, rawInput: unknown): Promise<{ apiKey: ApiKeyRow; secret: string }> {
  requirePerson(viewer, 'create API keys');
  const input = parseInput(createInput, rawInput);
  const secret = `${API_KEY_PREFIX}${randomBytes(32).toString('base64url')}`;
  const capabilities: ApiKeyCapabilities = {
    read: input.capabilities.read,
    write: input.capabilities.write,
    topics: input.capabilities.topics ?? null,
    entityIds: input.capabilities.entityIds ?? null,
    trustedDocumentsOnly: input.trustedDocumentsOnly ?? false,
  };
  const apiKey: ApiKeyRow = {
    id: randomUUID(),
    user_id: viewer.id,
    name: input.name,
    prefix: secret.slice(0, VISIBLE_CHARACTERS),
    secret_hash: sha256(secret),
    capabilities: JSON.stringify(capabilities),
    created_at: new Date().toISOString(),
    last_used_at: null,
    expires_at: input.expiresAt ? new Date(input.expiresAt).toISOString() : null,
    revoked_at: null,
    version: 1,
  };
  await commitWithChanges(services, async (trx, emit) => {
    await repo.insertApiKey(trx, apiKey);
    emitKey(emit, 'CREATED', apiKey);
  });
  return { apiKey, secret };
}

/**
 * Revokes a key: later requests get 401, and its open streams end on every instance as the
 * session-ended signal lands (`endSession`, the same path as signing out).
 */
export async function revokeApiKey(
  services: WriteParts & { sessions: { end(sessionId: string, reason: string): Promise<void> } },
  viewer: Viewer,
  id: string,
): Promise<ApiKeyRow> {
  requirePerson(viewer, 'revoke API keys');
  const revoked = await commitWithChanges(services, async (trx, emit) => {
    const key = await repo.findApiKey(trx, id);
    if (!key || key.user_id !== viewer.id) throw new NotFound('ApiKey', id);
    const revoked = await repo.revokeApiKey(trx, id, new Date().toISOString());
    if (!revoked) return (await repo.findApiKey(trx, id))!; // already revoked: as it was, no change
    emitKey(emit, 'UPDATED', revoked);
    return revoked;
  });
  await services.sessions.end(apiKeySessionId(id), 'API key revoked');
  return revoked;
}

/**
 * Revokes every key of a user in the caller's transaction (a member removed); returns the session
 * ids their streams are filed under, for the caller to end once it commits.
 */
export async function revokeKeysOf(trx: Executor, emit: Emit, userId: string): Promise<string[]> {
  const now = new Date().toISOString();
  const keys = await repo.unrevokedKeysOf(trx, userId);
  const sessionIds: string[] = [];
  for (const key of keys) {
    const revoked = await repo.revokeApiKey(trx, key.id, now);
    if (revoked) emitKey(emit, 'UPDATED', revoked);
    sessionIds.push(apiKeySessionId(key.id));
  }
  return sessionIds;
}

export function listApiKeys(services: WriteParts, viewer: Viewer): Promise<ApiKeyRow[]> {
  requirePerson(viewer, 'list API keys');
  return repo.listApiKeys(services.database.db, viewer.id);
}

/** A key for the change stream: only its owner (signed in as themselves) sees it. */
export async function loadApiKey(services: WriteParts, id: string): Promise<ApiKeyRow | undefined> {
  return repo.findApiKey(services.database.db, id);
}

/**
 * The viewer behind a key's secret hash (for Sessions, with its owner's row version), or undefined
 * when it is unknown, revoked or expired, or its owner was removed. The key acts with its owner's
 * role, never more: Sessions keeps that role current.
 */
export async function viewerOfKey(db: Executor, secretHash: string): Promise<ReadViewer | undefined> {
  const key = await repo.findLiveApiKey(db, secretHash, new Date().toISOString());
  return key && { viewer: keyViewer(key), userVersion: key.user_version };
}

/** The viewer behind an API key's session id (`apiKeySessionId`) while the key is live, read again (accounts/sessions.ts). */
export async function viewerOfKeySession(db: Executor, sessionId: string): Promise<ReadViewer | undefined> {
  const keyId = KEY_SESSION.exec(sessionId)?.[1];
  const key = keyId === undefined ? undefined : await repo.findLiveApiKeyById(db, keyId, new Date().toISOString());
  return key && { viewer: keyViewer(key), userVersion: key.user_version };
}

/** The viewer a key acts as (for its webhooks), with its owner's role as it is now; undefined when the key is revoked or expired. */
export async function liveKeyViewer(db: Executor, id: string): Promise<Viewer | undefined> {
  const key = await repo.findLiveApiKeyById(db, id, new Date().toISOString());
  return key && keyViewer(key);
}

function keyViewer(key: repo.LiveApiKeyRow): Viewer {
  return {
    id: key.user_id,
    role: key.role,
    sessionId: apiKeySessionId(key.id),
    sessionExpiresAt: key.expires_at ? Date.parse(key.expires_at) : NEVER,
    apiKey: { id: key.id, capabilities: capabilitiesOf(key) },
  };
}

export const API_KEY = declareEntity({ typeName: 'ApiKey', table: 'api_keys', load: loadApiKey });
