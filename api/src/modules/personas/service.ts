import { z } from 'zod';
import type { WriteParts } from '../../changes/commit.js';
import type { Executor } from '../../db/database.js';
import type { Viewer } from '../../viewer.js';
import type { PageRequest } from '../../db/pagination.js';
import type { PersonaRow } from './table.js';
import { InvalidInput } from '../../errors.js';
import { entityName, parseInput } from '../../validation.js';
import { refuseIfUsed } from '../campaigns/references.js';
import { createEntity, deleteEntity, findOrFail, newEntityColumns, nextVersion, updateEntity } from '../entity-writes.js';
import { dnsConfigSchema, httpConfigSchema, type PersonaConfig } from './config.js';
import * as repo from './repo.js';
import { declareConsoleEntity } from '../../entities.js';

const description = z.string().trim().max(2000, 'must be at most 2000 characters');

const createInput = z.object({
  kind: z.enum(['DNS', 'HTTP']),
  name: entityName,
  description: description.optional(),
  enabled: z.boolean().optional(),
  dns: z.unknown().optional(),
  http: z.unknown().optional(),
});

const updateInput = z.object({
  name: entityName.optional(),
  description: description.optional(),
  enabled: z.boolean().optional(),
  dns: z.unknown().optional(),
  http: z.unknown().optional(),
});

/** The config block for a kind: required on create, optional on update, the other kind's block refused. */
function configFor(kind: PersonaRow['kind'], input: { dns?: unknown; http?: unknown }, required: boolean) {
  const [own, other] = kind === 'DNS' ? (['dns', 'http'] as const) : (['http', 'dns'] as const);
  if (input[other] != null) throw new InvalidInput(`input.${other}`, `does not apply to a ${kind} persona; use input.${own}`);
  if (input[own] == null) {
    if (required) throw new InvalidInput(`input.${own}`, `is required for a ${kind} persona`);
    return undefined;
  }
  const schema = kind === 'DNS' ? dnsConfigSchema : httpConfigSchema;
  return parseInput(schema, input[own], `input.${own}`);
}

export function personaConfig(row: PersonaRow): PersonaConfig {
  return { kind: row.kind, ...JSON.parse(row.config) } as PersonaConfig;
}

export const PERSONA = declareConsoleEntity({ typeName: 'Persona', table: 'personas', uniquelyNamed: true, find: repo.findPersona, dashboardCount: () => 'personas' });

export const getPersona = (services: WriteParts, _viewer: Viewer, id: string) => findOrFail(services.database.db, PERSONA, id);

export function loadPersona(services: WriteParts, id: string): Promise<PersonaRow | undefined> {
  return repo.findPersona(services.database.db, id);
}

export function listPersonas(services: WriteParts, _viewer: Viewer, page: PageRequest, kind?: PersonaRow['kind']) {
  return repo.listPersonas(services.database.db, page, { kind });
}

/** A persona, read inside the caller's transaction (or from `db`). */
export function findPersona(db: Executor, id: string): Promise<PersonaRow | undefined> {
  return repo.findPersona(db, id);
}

export async function createPersona(services: WriteParts, viewer: Viewer, rawInput: unknown): Promise<PersonaRow> {
  const input = parseInput(createInput, rawInput);
  const config = configFor(input.kind, input, true);
  const row: PersonaRow = {
    ...newEntityColumns(viewer),
    kind: input.kind,
    name: input.name,
    description: input.description ?? '',
    config: JSON.stringify(config),
    enabled: input.enabled === false ? 0 : 1,
  };
  return createEntity(services, viewer, PERSONA, async ({ trx }) => {
    await repo.insertPersona(trx, row);
    return row;
  }, (created) => `created ${created.kind} persona "${created.name}"`);
}

export async function updatePersona(services: WriteParts, viewer: Viewer, id: string, rawInput: unknown): Promise<PersonaRow> {
  const input = parseInput(updateInput, rawInput);
  return updateEntity(services, viewer, PERSONA, id, async (current, { trx }) => {
    const config = configFor(current.kind, input, false);
    const row: PersonaRow = {
      ...current,
      name: input.name ?? current.name,
      description: input.description ?? current.description,
      enabled: input.enabled === undefined ? current.enabled : input.enabled ? 1 : 0,
      config: config ? JSON.stringify(config) : current.config,
      ...nextVersion(current),
    };
    await repo.updatePersona(trx, row);
    return row;
  }, (row) => `updated persona "${row.name}"`);
}

export async function deletePersona(services: WriteParts, viewer: Viewer, id: string): Promise<string> {
  return deleteEntity(services, viewer, PERSONA, id, async (current, { trx }) => {
    await refuseIfUsed(trx, `Persona "${current.name}"`, { personaId: id });
    await repo.deletePersona(trx, id);
  }, (row) => `deleted persona "${row.name}"`);
}
