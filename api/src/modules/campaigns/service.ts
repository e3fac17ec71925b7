import { randomUUID } from 'node:crypto';
import type { Transaction } from 'kysely';
import { z } from 'zod';
import { commitWithChanges, type Emit, type Writer } from '../../changes/commit.js';
import type { Config } from '../../config.js';
import type { Viewer } from '../../viewer.js';
import type { PageRequest } from '../../db/pagination.js';
import type { CampaignKind, CampaignResultRow, CampaignResultStatus, CampaignRow, CampaignStatus, DB } from '../../db/tables.js';
import { Conflict, InvalidInput, NotFound } from '../../errors.js';
import { entityName, parseInput } from '../../validation.js';
import { recordActivity } from '../activity/service.js';
import { touchDashboard } from '../dashboard/service.js';
import { findKeywordSet } from '../keywordSets/service.js';
import { notify } from '../notifications/service.js';
import { findPersona } from '../personas/service.js';
import { findPool } from '../proxies/pools.js';
import { combinationCount, domainCount } from './generation.js';
import { dnsParamsSchema, generationParamsSchema, httpParamsSchema, type CampaignParams, type GenerationParams } from './params.js';
import * as repo from './repo.js';

const id = z.string().min(1, 'must not be empty');

const createInput = z.object({
  name: entityName,
  kind: z.enum(['DOMAIN_GENERATION', 'DNS_VALIDATION', 'HTTP_KEYWORD_VALIDATION']),
  generation: z.unknown().optional(),
  dns: z.unknown().optional(),
  http: z.unknown().optional(),
  personaId: id.optional(),
  keywordSetId: id.optional(),
  proxyPoolId: id.optional(),
  sourceId: id.optional(),
});

const updateInput = createInput.omit({ kind: true }).partial();

type Links = Pick<CampaignRow, 'persona_id' | 'keyword_set_id' | 'proxy_pool_id' | 'source_id'>;

const PARAMS_FIELD = { DOMAIN_GENERATION: 'generation', DNS_VALIDATION: 'dns', HTTP_KEYWORD_VALIDATION: 'http' } as const;

/** What each kind needs: its params block, a persona of which kind, a keyword set, a source of which kind. */
const REQUIREMENTS: Record<CampaignKind, { persona?: 'DNS' | 'HTTP'; keywordSet: boolean; source?: CampaignKind; pool: boolean }> = {
  DOMAIN_GENERATION: { keywordSet: false, pool: false },
  DNS_VALIDATION: { persona: 'DNS', keywordSet: false, source: 'DOMAIN_GENERATION', pool: false },
  HTTP_KEYWORD_VALIDATION: { persona: 'HTTP', keywordSet: true, source: 'DNS_VALIDATION', pool: true },
};

export function campaignParams(row: CampaignRow): CampaignParams {
  return { kind: row.kind, ...JSON.parse(row.params) } as CampaignParams;
}

function parseParams(kind: CampaignKind, input: Record<string, unknown>, required: boolean, maxDomains: number) {
  const own = PARAMS_FIELD[kind];
  for (const other of Object.values(PARAMS_FIELD)) {
    if (other !== own && input[other] != null) {
      throw new InvalidInput(`input.${other}`, `does not apply to a ${kind} campaign; use input.${own}`);
    }
  }
  const raw = input[own];
  if (raw == null) {
    if (!required) return undefined;
    if (kind === 'DOMAIN_GENERATION') throw new InvalidInput('input.generation', 'is required for a DOMAIN_GENERATION campaign');
  }
  const field = `input.${own}`;
  switch (kind) {
    case 'DOMAIN_GENERATION': {
      const params = parseInput(generationParamsSchema, raw, field);
      checkGenerationSize(params, maxDomains);
      return params;
    }
    case 'DNS_VALIDATION':
      return parseInput(dnsParamsSchema, raw ?? {}, field);
    case 'HTTP_KEYWORD_VALIDATION':
      return parseInput(httpParamsSchema, raw ?? {}, field);
  }
}

function checkGenerationSize(params: GenerationParams, maxDomains: number): void {
  if (params.characterSet.length === 0) {
    throw new InvalidInput('input.generation.characterSet', 'is empty, so the params produce no domains');
  }
  if (params.maxDomains !== undefined && params.maxDomains > maxDomains) {
    throw new InvalidInput('input.generation.maxDomains', `must be at most ${maxDomains} (the server's MAX_GENERATED_DOMAINS)`);
  }
  if (params.maxDomains === undefined && combinationCount(params) > BigInt(maxDomains)) {
    throw new InvalidInput(
      'input.generation.maxDomains',
      `is needed: these params describe ${combinationCount(params)} domains, more than the maximum of ${maxDomains}; set maxDomains or narrow the params`,
    );
  }
}

async function resolveLinks(
  trx: Transaction<DB>,
  kind: CampaignKind,
  input: { personaId?: string; keywordSetId?: string; proxyPoolId?: string; sourceId?: string },
  current: Links | undefined,
  selfId: string,
): Promise<Links> {
  const needs = REQUIREMENTS[kind];
  const links: Links = {
    persona_id: input.personaId ?? current?.persona_id ?? null,
    keyword_set_id: input.keywordSetId ?? current?.keyword_set_id ?? null,
    proxy_pool_id: input.proxyPoolId ?? current?.proxy_pool_id ?? null,
    source_id: input.sourceId ?? current?.source_id ?? null,
  };
  if (needs.persona) {
    if (!links.persona_id) throw new InvalidInput('input.personaId', `is required: a ${kind} campaign needs a ${needs.persona} persona`);
    const persona = await findPersona(trx, links.persona_id);
    if (!persona) throw new NotFound('Persona', links.persona_id, 'input.personaId');
    if (persona.kind !== needs.persona) {
      throw new InvalidInput('input.personaId', `must be a ${needs.persona} persona; "${persona.name}" is ${persona.kind}`);
    }
  } else if (input.personaId) {
    throw new InvalidInput('input.personaId', `does not apply to a ${kind} campaign`);
  }
  if (needs.keywordSet) {
    if (!links.keyword_set_id) throw new InvalidInput('input.keywordSetId', `is required: a ${kind} campaign matches a keyword set`);
    if (!(await findKeywordSet(trx, links.keyword_set_id))) throw new NotFound('KeywordSet', links.keyword_set_id, 'input.keywordSetId');
  } else if (input.keywordSetId) {
    throw new InvalidInput('input.keywordSetId', `does not apply to a ${kind} campaign`);
  }
  if (needs.pool) {
    if (links.proxy_pool_id && !(await findPool(trx, links.proxy_pool_id))) {
      throw new NotFound('ProxyPool', links.proxy_pool_id, 'input.proxyPoolId');
    }
  } else if (input.proxyPoolId) {
    throw new InvalidInput('input.proxyPoolId', `does not apply to a ${kind} campaign`);
  }
  if (needs.source) {
    if (!links.source_id) throw new InvalidInput('input.sourceId', `is required: a ${kind} campaign reads a ${needs.source} campaign`);
    if (links.source_id === selfId) throw new InvalidInput('input.sourceId', 'must be another campaign');
    const source = await repo.findCampaign(trx, links.source_id);
    if (!source) throw new NotFound('Campaign', links.source_id, 'input.sourceId');
    if (source.kind !== needs.source) {
      throw new InvalidInput('input.sourceId', `must be a ${needs.source} campaign; "${source.name}" is ${source.kind}`);
    }
  } else if (input.sourceId) {
    throw new InvalidInput('input.sourceId', `does not apply to a ${kind} campaign`);
  }
  return links;
}

function emitCampaign(emit: Emit, op: 'CREATED' | 'UPDATED' | 'DELETED', row: Pick<CampaignRow, 'id' | 'version'>): void {
  emit({ topic: 'CAMPAIGN', op, entityId: row.id, version: row.version, audience: 'EVERYONE' });
}

export async function getCampaign(services: Writer, _viewer: Viewer, campaignId: string): Promise<CampaignRow> {
  const row = await repo.findCampaign(services.database.db, campaignId);
  if (!row) throw new NotFound('Campaign', campaignId);
  return row;
}

export function loadCampaign(services: Writer, campaignId: string) {
  return repo.findCampaign(services.database.db, campaignId);
}

export function listCampaigns(
  services: Writer,
  _viewer: Viewer,
  page: PageRequest,
  filter: { status?: CampaignStatus; kind?: CampaignKind },
) {
  return repo.listCampaigns(services.database.db, page, filter);
}

export function listResults(
  services: Writer,
  campaignId: string,
  page: { after?: number; before?: number; limit: number; inverted: boolean },
  status?: CampaignResultStatus,
): Promise<CampaignResultRow[]> {
  return repo.listResults(services.database.db, campaignId, page, status);
}

/** Campaign setup is checked against the configured limits. */
type CampaignWriter = Writer & { config: Pick<Config, 'campaigns'> };

export async function createCampaign(services: CampaignWriter, viewer: Viewer, rawInput: unknown): Promise<CampaignRow> {
  const input = parseInput(createInput, rawInput);
  const params = parseParams(input.kind, input, true, services.config.campaigns.maxGeneratedDomains);
  return commitWithChanges(services, async (trx, emit) => {
    const campaignId = randomUUID();
    const links = await resolveLinks(trx, input.kind, input, undefined, campaignId);
    const now = new Date().toISOString();
    const row: CampaignRow = {
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
      created_by: viewer.id,
      created_at: now,
      updated_at: now,
      version: 1,
    };
    await repo.insertCampaign(trx, row);
    emitCampaign(emit, 'CREATED', row);
    touchDashboard(emit);
    await recordActivity(trx, emit, {
      actorId: viewer.id,
      verb: 'created',
      entityType: 'Campaign',
      entityId: row.id,
      summary: `created ${row.kind} campaign "${row.name}"`,
    });
    return row;
  });
}

export async function updateCampaign(services: CampaignWriter, viewer: Viewer, campaignId: string, rawInput: unknown): Promise<CampaignRow> {
  const input = parseInput(updateInput, rawInput);
  return commitWithChanges(services, async (trx, emit) => {
    const current = await repo.findCampaign(trx, campaignId);
    if (!current) throw new NotFound('Campaign', campaignId);
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
      updated_at: new Date().toISOString(),
      version: current.version + 1,
    };
    if (!(await repo.updateCampaignIfVersion(trx, row, current.version))) throw conflictingWrite(current);
    emitCampaign(emit, 'UPDATED', row);
    await recordActivity(trx, emit, {
      actorId: viewer.id,
      verb: 'updated',
      entityType: 'Campaign',
      entityId: row.id,
      summary: `updated campaign "${row.name}"`,
    });
    return row;
  });
}

export async function deleteCampaign(services: Writer, viewer: Viewer, campaignId: string): Promise<string> {
  return commitWithChanges(services, async (trx, emit) => {
    const current = await repo.findCampaign(trx, campaignId);
    if (!current) throw new NotFound('Campaign', campaignId);
    if (current.status === 'QUEUED' || current.status === 'RUNNING') {
      throw new Conflict(`Campaign "${current.name}" is ${current.status}; pause or cancel it before deleting`, {
        status: current.status,
      });
    }
    const dependents = await repo.campaignsUsing(trx, { sourceId: campaignId });
    if (dependents.length > 0) {
      throw new Conflict(`Campaign "${current.name}" is the source of "${dependents[0]!.name}"; delete that campaign first`);
    }
    await repo.deleteCampaign(trx, campaignId);
    emitCampaign(emit, 'DELETED', { id: campaignId, version: current.version + 1 });
    touchDashboard(emit);
    await recordActivity(trx, emit, {
      actorId: viewer.id,
      verb: 'deleted',
      entityType: 'Campaign',
      entityId: campaignId,
      summary: `deleted campaign "${current.name}"`,
    });
    return campaignId;
  });
}

const conflictingWrite = (row: CampaignRow) =>
  new Conflict(`Campaign "${row.name}" changed while this request ran; read it again and retry`, { status: row.status });

export type CampaignAction = 'start' | 'pause' | 'resume' | 'cancel';

const TRANSITIONS: Record<CampaignAction, { from: CampaignStatus[]; to: CampaignStatus; verb: string }> = {
  start: { from: ['DRAFT'], to: 'QUEUED', verb: 'started' },
  pause: { from: ['QUEUED', 'RUNNING'], to: 'PAUSED', verb: 'paused' },
  resume: { from: ['PAUSED'], to: 'QUEUED', verb: 'resumed' },
  cancel: { from: ['DRAFT', 'QUEUED', 'RUNNING', 'PAUSED'], to: 'CANCELLED', verb: 'cancelled' },
};

/** The user-driven part of the state machine; the runner moves QUEUED to RUNNING and RUNNING to an end. */
export async function transitionCampaign(
  services: Writer & { runner: { poke(): void } },
  viewer: Viewer,
  campaignId: string,
  action: CampaignAction,
): Promise<CampaignRow> {
  const transition = TRANSITIONS[action];
  const row = await commitWithChanges(services, async (trx, emit) => {
    const current = await repo.findCampaign(trx, campaignId);
    if (!current) throw new NotFound('Campaign', campaignId);
    if (!transition.from.includes(current.status)) {
      throw new Conflict(
        `Campaign "${current.name}" is ${current.status}; ${action} needs ${transition.from.join(' or ')}`,
        { status: current.status },
      );
    }
    const now = new Date().toISOString();
    const next: CampaignRow = {
      ...current,
      status: transition.to,
      // Leaving RUNNING releases the runner; its next batch finds the campaign gone and stops.
      runner_id: null,
      lease_until: null,
      finished_at: transition.to === 'CANCELLED' ? now : current.finished_at,
      updated_at: now,
      version: current.version + 1,
    };
    if (!(await repo.updateCampaignIfVersion(trx, next, current.version))) throw conflictingWrite(current);
    emitCampaign(emit, 'UPDATED', next);
    touchDashboard(emit);
    await recordActivity(trx, emit, {
      actorId: viewer.id,
      verb: transition.verb,
      entityType: 'Campaign',
      entityId: campaignId,
      summary: `${transition.verb} campaign "${next.name}"`,
    });
    return next;
  });
  if (row.status === 'QUEUED') services.runner.poke();
  return row;
}

/* The runner's side of the state machine. */

export type ClaimOutcome =
  | { claimed: CampaignRow }
  | { waiting: true }
  | { gone: true };

/** QUEUED -> RUNNING for this runner, once its source (if any) has COMPLETED. */
export async function claimQueuedCampaign(
  services: Writer,
  campaignId: string,
  runnerId: string,
  leaseUntil: string,
): Promise<ClaimOutcome> {
  return commitWithChanges(services, async (trx, emit) => {
    const current = await repo.findCampaign(trx, campaignId);
    if (current?.status !== 'QUEUED') return { gone: true };
    let total = current.total;
    if (current.source_id) {
      const source = await repo.findCampaign(trx, current.source_id);
      if (source?.status !== 'COMPLETED') {
        if (source && !['FAILED', 'CANCELLED'].includes(source.status)) return { waiting: true };
        const reason = source ? `its source campaign "${source.name}" is ${source.status}` : 'its source campaign was deleted';
        await finishInTransaction(trx, emit, current, { status: 'FAILED', error: `Cannot run: ${reason}` });
        return { gone: true };
      }
      const usable = current.kind === 'HTTP_KEYWORD_VALIDATION' ? 'RESOLVED' : undefined;
      total = await repo.countResults(trx, source.id, usable);
      if (total === 0) {
        const note = `Nothing to do: its source campaign "${source.name}" has no ${usable ? 'RESOLVED ' : ''}domains`;
        await finishInTransaction(trx, emit, { ...current, total }, { status: 'COMPLETED', note });
        return { gone: true };
      }
    }
    const now = new Date().toISOString();
    const next: CampaignRow = {
      ...current,
      status: 'RUNNING',
      total,
      runner_id: runnerId,
      lease_until: leaseUntil,
      started_at: current.started_at ?? now,
      updated_at: now,
      version: current.version + 1,
    };
    if (!(await repo.updateCampaignIfVersion(trx, next, current.version))) return { gone: true };
    emitCampaign(emit, 'UPDATED', next);
    touchDashboard(emit);
    return { claimed: next };
  });
}

/**
 * Stores one batch's results and progress in one transaction, or nothing if the campaign was
 * paused, cancelled or taken over meanwhile (returns false). `announce` decides whether this
 * write carries its change now; a coalesced write is announced by the next `announceProgress`.
 */
export async function recordBatch(
  services: Writer,
  campaign: CampaignRow,
  runnerId: string,
  results: CampaignResultRow[],
  progress: { succeeded: number; failed: number; leaseUntil: string },
  announce: boolean,
): Promise<boolean> {
  return commitWithChanges(services, async (trx, emit) => {
    const advanced = await repo.advanceProgress(trx, campaign, runnerId, {
      processed: campaign.processed + results.length,
      succeeded: campaign.succeeded + progress.succeeded,
      failed: campaign.failed + progress.failed,
      leaseUntil: progress.leaseUntil,
      now: new Date().toISOString(),
    });
    if (!advanced) return false;
    await repo.insertResults(trx, results);
    if (announce) emitCampaign(emit, 'UPDATED', { id: campaign.id, version: campaign.version + 1 });
    return true;
  });
}

/** Commits the change for progress already written by coalesced batches. */
export async function announceProgress(services: Writer, campaignId: string): Promise<void> {
  await commitWithChanges(services, async (trx, emit) => {
    const current = await repo.findCampaign(trx, campaignId);
    if (current) emitCampaign(emit, 'UPDATED', current);
  });
}

export interface Finish {
  status: 'COMPLETED' | 'FAILED';
  error?: string;
  /** For a COMPLETED campaign that did less than expected: why. */
  note?: string;
}

/** RUNNING -> COMPLETED or FAILED, if this runner still holds the campaign. */
export async function finishCampaign(services: Writer, campaignId: string, runnerId: string, outcome: Finish): Promise<boolean> {
  return commitWithChanges(services, async (trx, emit) => {
    const current = await repo.findCampaign(trx, campaignId);
    if (current?.status !== 'RUNNING' || current.runner_id !== runnerId) return false;
    return finishInTransaction(trx, emit, current, outcome);
  });
}

async function finishInTransaction(trx: Transaction<DB>, emit: Emit, current: CampaignRow, outcome: Finish): Promise<boolean> {
  const now = new Date().toISOString();
  const next: CampaignRow = {
    ...current,
    status: outcome.status,
    error: outcome.error ?? null,
    note: outcome.note ?? null,
    started_at: current.started_at ?? now,
    finished_at: now,
    runner_id: null,
    lease_until: null,
    updated_at: now,
    version: current.version + 1,
  };
  if (!(await repo.updateCampaignIfVersion(trx, next, current.version))) return false;
  emitCampaign(emit, 'UPDATED', next);
  touchDashboard(emit);
  const summary =
    outcome.status === 'COMPLETED'
      ? `campaign "${next.name}" completed: ${outcome.note ?? `${next.succeeded} of ${next.total} succeeded`}`
      : `campaign "${next.name}" failed: ${outcome.error ?? 'unknown error'}`;
  await recordActivity(trx, emit, {
    actorId: null,
    verb: outcome.status === 'COMPLETED' ? 'completed' : 'failed',
    entityType: 'Campaign',
    entityId: next.id,
    summary,
  });
  await notify(trx, emit, {
    userId: next.created_by,
    kind: 'CAMPAIGN_FINISHED',
    title: `Campaign "${next.name}" ${outcome.status === 'COMPLETED' ? 'completed' : 'failed'}`,
    body: summary,
    entityType: 'Campaign',
    entityId: next.id,
  });
  return true;
}
