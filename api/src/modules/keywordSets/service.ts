import { randomUUID } from 'node:crypto';
import { z } from 'zod';
import { commitWithChanges, type Writer } from '../../changes/commit.js';
import type { Viewer } from '../../viewer.js';
import type { PageRequest } from '../../db/pagination.js';
import type { KeywordSetRow } from '../../db/tables.js';
import { Conflict, NotFound } from '../../errors.js';
import { entityName, parseInput } from '../../validation.js';
import { recordActivity } from '../activity/service.js';
import { campaignsUsing } from '../campaigns/repo.js';
import { touchDashboard } from '../dashboard/service.js';
import * as repo from './repo.js';
import { rulesSchema, type KeywordRule } from './rules.js';

const description = z.string().trim().max(2000, 'must be at most 2000 characters');

const createInput = z.object({
  name: entityName,
  description: description.optional(),
  rules: rulesSchema,
  enabled: z.boolean().optional(),
});

const updateInput = z.object({
  name: entityName.optional(),
  description: description.optional(),
  rules: rulesSchema.optional(),
  enabled: z.boolean().optional(),
});

export const keywordRules = (row: KeywordSetRow): KeywordRule[] => JSON.parse(row.rules) as KeywordRule[];

export async function getKeywordSet(services: Writer, _viewer: Viewer, id: string): Promise<KeywordSetRow> {
  const row = await repo.findKeywordSet(services.database.db, id);
  if (!row) throw new NotFound('KeywordSet', id);
  return row;
}

export function loadKeywordSet(services: Writer, id: string): Promise<KeywordSetRow | undefined> {
  return repo.findKeywordSet(services.database.db, id);
}

export function listKeywordSets(services: Writer, _viewer: Viewer, page: PageRequest) {
  return repo.listKeywordSets(services.database.db, page);
}

export async function createKeywordSet(services: Writer, viewer: Viewer, rawInput: unknown): Promise<KeywordSetRow> {
  const input = parseInput(createInput, rawInput);
  return commitWithChanges(services, async (trx, emit) => {
    const now = new Date().toISOString();
    const row: KeywordSetRow = {
      id: randomUUID(),
      name: input.name,
      description: input.description ?? '',
      rules: JSON.stringify(input.rules),
      enabled: input.enabled === false ? 0 : 1,
      created_by: viewer.id,
      created_at: now,
      updated_at: now,
      version: 1,
    };
    await repo.insertKeywordSet(trx, row);
    emit({ topic: 'KEYWORD_SET', op: 'CREATED', entityId: row.id, version: 1, audience: 'EVERYONE' });
    touchDashboard(emit);
    await recordActivity(trx, emit, {
      actorId: viewer.id,
      verb: 'created',
      entityType: 'KeywordSet',
      entityId: row.id,
      summary: `created keyword set "${row.name}" with ${input.rules.length} rules`,
    });
    return row;
  });
}

export async function updateKeywordSet(
  services: Writer,
  viewer: Viewer,
  id: string,
  rawInput: unknown,
): Promise<KeywordSetRow> {
  const input = parseInput(updateInput, rawInput);
  return commitWithChanges(services, async (trx, emit) => {
    const current = await repo.findKeywordSet(trx, id);
    if (!current) throw new NotFound('KeywordSet', id);
    const row: KeywordSetRow = {
      ...current,
      name: input.name ?? current.name,
      description: input.description ?? current.description,
      rules: input.rules ? JSON.stringify(input.rules) : current.rules,
      enabled: input.enabled === undefined ? current.enabled : input.enabled ? 1 : 0,
      updated_at: new Date().toISOString(),
      version: current.version + 1,
    };
    await repo.updateKeywordSet(trx, row);
    emit({ topic: 'KEYWORD_SET', op: 'UPDATED', entityId: id, version: row.version, audience: 'EVERYONE' });
    await recordActivity(trx, emit, {
      actorId: viewer.id,
      verb: 'updated',
      entityType: 'KeywordSet',
      entityId: id,
      summary: `updated keyword set "${row.name}"`,
    });
    return row;
  });
}

export async function deleteKeywordSet(services: Writer, viewer: Viewer, id: string): Promise<string> {
  return commitWithChanges(services, async (trx, emit) => {
    const current = await repo.findKeywordSet(trx, id);
    if (!current) throw new NotFound('KeywordSet', id);
    const users = await campaignsUsing(trx, { keywordSetId: id });
    if (users.length > 0) {
      throw new Conflict(`KeywordSet "${current.name}" is used by campaign "${users[0]!.name}"; delete that campaign first`);
    }
    await repo.deleteKeywordSet(trx, id);
    emit({ topic: 'KEYWORD_SET', op: 'DELETED', entityId: id, version: current.version + 1, audience: 'EVERYONE' });
    touchDashboard(emit);
    await recordActivity(trx, emit, {
      actorId: viewer.id,
      verb: 'deleted',
      entityType: 'KeywordSet',
      entityId: id,
      summary: `deleted keyword set "${current.name}"`,
    });
    return id;
  });
}
