import { z } from 'zod';
import type { WriteParts } from '../../changes/commit.js';
import type { Executor } from '../../db/database.js';
import type { Viewer } from '../../viewer.js';
import type { PageRequest } from '../../db/pagination.js';
import type { KeywordSetRow } from './table.js';
import { entityName, parseInput } from '../../validation.js';
import { refuseIfUsed } from '../campaigns/references.js';
import { createEntity, deleteEntity, findOrFail, newEntityColumns, nextVersion, updateEntity } from '../entity-writes.js';
import * as repo from './repo.js';
import { rulesSchema, type KeywordRule } from './rules.js';
import { declareConsoleEntity } from '../../entities.js';

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

export const KEYWORD_SET = declareConsoleEntity({ typeName: 'KeywordSet', table: 'keyword_sets', uniquelyNamed: true, find: repo.findKeywordSet, dashboardCount: () => 'keyword_sets' });

export const getKeywordSet = (services: WriteParts, _viewer: Viewer, id: string) => findOrFail(services.database.db, KEYWORD_SET, id);

export function loadKeywordSet(services: WriteParts, id: string): Promise<KeywordSetRow | undefined> {
  return repo.findKeywordSet(services.database.db, id);
}

export function listKeywordSets(services: WriteParts, _viewer: Viewer, page: PageRequest) {
  return repo.listKeywordSets(services.database.db, page);
}

/** A keyword set, read inside the caller's transaction (or from `db`). */
export function findKeywordSet(db: Executor, id: string): Promise<KeywordSetRow | undefined> {
  return repo.findKeywordSet(db, id);
}

export async function createKeywordSet(services: WriteParts, viewer: Viewer, rawInput: unknown): Promise<KeywordSetRow> {
  const input = parseInput(createInput, rawInput);
  const row: KeywordSetRow = {
    ...newEntityColumns(viewer),
    name: input.name,
    description: input.description ?? '',
    rules: JSON.stringify(input.rules),
    enabled: input.enabled === false ? 0 : 1,
  };
  return createEntity(services, viewer, KEYWORD_SET, async ({ trx }) => {
    await repo.insertKeywordSet(trx, row);
    return row;
  }, (created) => `created keyword set "${created.name}" with ${input.rules.length} rules`);
}

export async function updateKeywordSet(services: WriteParts, viewer: Viewer, id: string, rawInput: unknown): Promise<KeywordSetRow> {
  const input = parseInput(updateInput, rawInput);
  return updateEntity(services, viewer, KEYWORD_SET, id, async (current, { trx }) => {
    const row: KeywordSetRow = {
      ...current,
      name: input.name ?? current.name,
      description: input.description ?? current.description,
      rules: input.rules ? JSON.stringify(input.rules) : current.rules,
      enabled: input.enabled === undefined ? current.enabled : input.enabled ? 1 : 0,
      ...nextVersion(current),
    };
    await repo.updateKeywordSet(trx, row);
    return row;
  }, (row) => `updated keyword set "${row.name}"`);
}

export async function deleteKeywordSet(services: WriteParts, viewer: Viewer, id: string): Promise<string> {
  return deleteEntity(services, viewer, KEYWORD_SET, id, async (current, { trx }) => {
    await refuseIfUsed(trx, `KeywordSet "${current.name}"`, { keywordSetId: id });
    await repo.deleteKeywordSet(trx, id);
  }, (row) => `deleted keyword set "${row.name}"`);
}
