import { randomUUID } from 'node:crypto';
import { z } from 'zod';
import type { WriteParts } from '../../changes/commit.js';
import type { Config } from '../../config.js';
import type { PageRequest } from '../../db/pagination.js';
import { CAMPAIGN_RESULT_STATUSES, type CampaignKind, type CampaignResultRow, type CampaignResultStatus, type CampaignRow, type CampaignStatus } from './table.js';
import { Conflict, InvalidInput } from '../../errors.js';
import { entityName, NUL_REFUSAL, parseInput } from '../../validation.js';
import type { Viewer } from '../../viewer.js';
import { campaignCount, moveDashboard, resultCount } from '../dashboard/service.js';
import type { DashboardCount } from '../dashboard/table.js';
import { createEntity, deleteEntity, findOrFail, newEntityColumns, nextVersion, updateEntity } from '../entity-writes.js';
import { domainCount } from './generation.js';
import type { GenerationParams, HttpParams } from './params.js';
import * as repo from './repo.js';
import { campaignParams, createInput, parseParams, resolveLinks, setupInputOf, updateInput } from './setup.js';
import { declareConsoleEntity } from '../../entities.js';

/** Campaigns as entities a person creates, renames, sets up and deletes; lifecycle.ts and runs.ts move their status. */

export const CAMPAIGN = declareConsoleEntity({ typeName: 'Campaign', table: 'campaigns', uniquelyNamed: true, find: repo.findCampaign, dashboardCount: (row: CampaignRow) => campaignCount(row.status) });

/** Another write got to the row first (its version moved): the caller reads again. */
export const conflictingWrite = (row: CampaignRow) =>
  new Conflict(`Campaign "${row.name}" changed while this request ran; read it again and retry`, { status: row.status });

export const getCampaign = (services: WriteParts, _viewer: Viewer, campaignId: string) => findOrFail(services.database.db, CAMPAIGN, campaignId);

export function loadCampaign(services: WriteParts, campaignId: string) {
  return repo.findCampaign(services.database.db, campaignId);
}

export function listCampaigns(
  services: WriteParts,
  _viewer: Viewer,
  page: PageRequest,
  filter: { status?: CampaignStatus; kind?: CampaignKind },
) {
  return repo.listCampaigns(services.database.db, page, filter);
}

export function listResults(
  services: WriteParts,
  campaignId: string,
  page: { after?: number; before?: number; limit: number; inverted: boolean },
  filter: { status?: CampaignResultStatus; search?: string },
): Promise<CampaignResultRow[]> {
  return repo.listResults(services.database.db, campaignId, page, resultFilter(filter));
}

/** How an activity line names a kind: people read it, so words, as the console says them. */
const KIND_IN_WORDS: Record<CampaignKind, string> = {
  DOMAIN_GENERATION: 'domain generation',
  DNS_VALIDATION: 'DNS check',
  HTTP_KEYWORD_VALIDATION: 'keyword search',
};

/** The results filter as the list and the CSV export both apply it: `search` trimmed and lower-cased, both checked. */
export function resultFilter(filter: { status?: string; search?: string }): { status?: CampaignResultStatus; search?: string } {
  if (filter.status !== undefined && !CAMPAIGN_RESULT_STATUSES.includes(filter.status as CampaignResultStatus)) {
    throw new InvalidInput('status', `must be one of ${CAMPAIGN_RESULT_STATUSES.join(', ')}`);
  }
  const search = filter.search?.trim().toLowerCase();
  if (search && search.length > MAX_DOMAIN_LENGTH) throw new InvalidInput('search', `is longer than a domain can be (${MAX_DOMAIN_LENGTH} characters)`);
  // The export's query string reaches here without passing the GraphQL pipeline's check.
  if (search?.includes('\0')) throw new InvalidInput('search', NUL_REFUSAL);
  return { status: filter.status as CampaignResultStatus | undefined, search: search || undefined };
}

const MAX_DOMAIN_LENGTH = 253;

/** Campaign setup is checked against the configured limits. */
type CampaignWriter = WriteParts & { config: Pick<Config, 'campaigns'> };

export function createCampaign(services: CampaignWriter, viewer: Viewer, rawInput: unknown): Promise<CampaignRow> {
  return insertCampaign(services, viewer, rawInput, (row) => `created ${KIND_IN_WORDS[row.kind]} campaign "${row.name}"`);
}

async function insertCampaign(services: CampaignWriter, viewer: Viewer, rawInput: unknown, summary: (row: CampaignRow) => string): Promise<CampaignRow> {
  const input = parseInput(createInput, rawInput);
  const params = parseParams(input.kind, input, true, services.config.campaigns.maxGeneratedDomains);
  return createEntity(services, viewer, CAMPAIGN, async ({ trx }) => {
    const campaignId = randomUUID();
    const links = await resolveLinks(trx, input.kind, input, undefined, campaignId);
    const row: CampaignRow = {
      ...newEntityColumns(viewer),
      id: campaignId,
      name: input.name,
      kind: input.kind,
      params: JSON.stringify(params),
      ...links,
      status: 'DRAFT',
      total: input.kind === 'DOMAIN_GENERATION' ? domainCount(params as GenerationParams) : 0,
      processed: 0,
      succeeded: 0,
      failed: 0,
      started_at: null,
      finished_at: null,
      error: null,
      note: null,
      runner_id: null,
      lease_until: null,
    };
    await repo.insertCampaign(trx, row);
    return row;
  }, summary);
}

const duplicateInput = z.object({ name: entityName.optional() });

const MAX_NAME = 120;

/** "<name> (copy)", else "(copy 2)", "(copy 3)"...: the first that no campaign has. */
async function copyName(services: WriteParts, name: string): Promise<string> {
  const base = name.slice(0, MAX_NAME - ' (copy 999)'.length).trimEnd();
  const taken = new Set((await repo.namesStartingWith(services.database.db, `${base} (copy`)).map((n) => n.toLowerCase()));
  for (let n = 1; ; n++) {
    const candidate = n === 1 ? `${base} (copy)` : `${base} (copy ${n})`;
    if (!taken.has(candidate.toLowerCase())) return candidate;
  }
}

/**
 * A new DRAFT campaign set up like this one (kind, params, persona, keyword set, pool, source),
 * checked like any new campaign, named `input.name` or "<name> (copy)". Any status may be copied.
 */
export async function duplicateCampaign(services: CampaignWriter, viewer: Viewer, campaignId: string, rawInput: unknown): Promise<CampaignRow> {
  const input = parseInput(duplicateInput, rawInput ?? {});
  const original = await findOrFail(services.database.db, CAMPAIGN, campaignId);
  const summary = (row: CampaignRow) => `duplicated campaign "${original.name}" as "${row.name}"`;
  const setup = setupInputOf(original);
  if (input.name !== undefined) return insertCampaign(services, viewer, { ...setup, name: input.name }, summary);
  for (let attempt = 1; ; attempt++) {
    try {
      return await insertCampaign(services, viewer, { ...setup, name: await copyName(services, original.name) }, summary);
    } catch (error) {
      // Another copy took the name between the read and the write: the next read sees it.
      const nameTaken = error instanceof Conflict && error.extensions.field === 'input.name';
      if (!nameTaken || attempt === 3) throw error;
    }
  }
}

export async function updateCampaign(services: CampaignWriter, viewer: Viewer, campaignId: string, rawInput: unknown): Promise<CampaignRow> {
  const input = parseInput(updateInput, rawInput);
  return updateEntity(services, viewer, CAMPAIGN, campaignId, async (current, { trx }) => {
    const changesSetup = Object.entries(input).some(([key, value]) => key !== 'name' && value !== undefined);
    if (changesSetup && current.status !== 'DRAFT') {
      throw new Conflict(`Campaign "${current.name}" is ${current.status}; only a DRAFT campaign's setup can change (its name always can)`, {
        status: current.status,
      });
    }
    const params = parseParams(current.kind, input, false, services.config.campaigns.maxGeneratedDomains);
    const links = changesSetup ? await resolveLinks(trx, current.kind, input, current, campaignId) : {};
    const row: CampaignRow = {
      ...current,
      ...links,
      name: input.name ?? current.name,
      params: params ? JSON.stringify(params) : current.params,
      total: params && current.kind === 'DOMAIN_GENERATION' ? domainCount(params as GenerationParams) : current.total,
      ...nextVersion(current),
    };
    if (!(await repo.updateCampaignIfVersion(trx, row, current.version))) throw conflictingWrite(current);
    return row;
  }, (row) => `updated campaign "${row.name}"`);
}

export async function deleteCampaign(services: WriteParts, viewer: Viewer, campaignId: string): Promise<string> {
  return deleteEntity(services, viewer, CAMPAIGN, campaignId, async (current, { trx, emit }) => {
    if (current.status === 'QUEUED' || current.status === 'RUNNING') {
      throw new Conflict(`Campaign "${current.name}" is ${current.status}; pause or cancel it before deleting`, {
        status: current.status,
      });
    }
    const dependents = await repo.campaignsUsing(trx, { sourceId: campaignId });
    if (dependents.length > 0) {
      throw new Conflict(`Campaign "${current.name}" is the source of "${dependents[0]!.name}"; delete that campaign first`);
    }
    // Its results go with it, and so do they from the dashboard's counts.
    const results = await repo.countResultsByStatus(trx, campaignId);
    await repo.deleteCampaign(trx, campaignId);
    await moveDashboard(trx, emit, results.map(({ status, count }): [DashboardCount, number] => [resultCount(status), -count]));
  }, (row) => `deleted campaign "${row.name}"`);
}

/**
 * Moves the DRAFT plain-HTTP campaigns that fetch from port `from` to port `to`, each through
 * updateCampaign (its change pushed): for a local site that had to move, such as the demo lab.
 */
export async function moveHttpPort(services: CampaignWriter, viewer: Viewer, from: number, to: number): Promise<CampaignRow[]> {
  const moved: CampaignRow[] = [];
  for (let after: CampaignRow | undefined; ; ) {
    const page = await repo.listCampaigns(
      services.database.db,
      { limit: 200, inverted: false, after: after && { at: after.created_at, id: after.id } },
      { status: 'DRAFT', kind: 'HTTP_KEYWORD_VALIDATION' },
    );
    for (const row of page) {
      const { kind: _kind, ...http } = campaignParams(row) as HttpParams & { kind: string };
      if (http.scheme !== 'HTTP' || http.port !== from) continue;
      moved.push(await updateCampaign(services, viewer, row.id, { http: { ...http, port: to } }));
    }
    if (page.length < 200) return moved;
    after = page.at(-1);
  }
}
