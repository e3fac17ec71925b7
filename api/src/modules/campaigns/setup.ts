import type { Transaction } from 'kysely';
import { z } from 'zod';
import type { CampaignKind, CampaignRow } from './table.js';
import type { DB } from '../../db/tables.js';
import { InvalidInput, NotFound } from '../../errors.js';
import { entityName, parseInput } from '../../validation.js';
import { findKeywordSet } from '../keywordSets/service.js';
import { findPersona } from '../personas/service.js';
import { findPool } from '../proxies/pools.js';
import { combinationCount } from './generation.js';
import { dnsParamsSchema, generationParamsSchema, httpParamsSchema, type CampaignParams, type GenerationParams } from './params.js';
import * as repo from './repo.js';

/** What a campaign's setup may be: its input, its params per kind, and what it links to. */

const id = z.string().min(1, 'must not be empty');

export const createInput = z.object({
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

export const updateInput = createInput.omit({ kind: true }).partial();

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

/** The create input that sets a campaign up like `row`: its kind, its params and what it links to. */
export function setupInputOf(row: CampaignRow): Record<string, unknown> {
  return {
    kind: row.kind,
    [PARAMS_FIELD[row.kind]]: JSON.parse(row.params) as unknown,
    personaId: row.persona_id ?? undefined,
    keywordSetId: row.keyword_set_id ?? undefined,
    proxyPoolId: row.proxy_pool_id ?? undefined,
    sourceId: row.source_id ?? undefined,
  };
}

export function parseParams(kind: CampaignKind, input: Record<string, unknown>, required: boolean, maxDomains: number) {
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

export async function resolveLinks(
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
