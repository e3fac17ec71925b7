import { Resolver } from 'node:dns/promises';
import pMap from 'p-map';
import type { WriteParts } from '../../changes/commit.js';
import type { CampaignResultRow, CampaignResultStatus, CampaignRow } from './table.js';
import type { ProxyRow } from '../proxies/table.js';
import { fetchPage } from '../../net/fetch-page.js';
import { compileRules } from '../keywordSets/rules.js';
import { keywordRules, loadKeywordSet } from '../keywordSets/service.js';
import type { PersonaConfig } from '../personas/config.js';
import { loadPersona, personaConfig } from '../personas/service.js';
import { proxyAgentFor } from '../proxies/agent.js';
import { findPool, proxiesInPool } from '../proxies/pools.js';
import { generateDomains } from './generation.js';
import type { DnsParams, GenerationParams, HttpParams } from './params.js';
import * as repo from './repo.js';
import { campaignParams } from './setup.js';

/** What a campaign does with each input, in batches the runner commits one at a time. */
export interface CampaignWork {
  batchSize: number;
  /** Results for positions [from, from + batchSize), in position order. */
  runBatch(from: number, signal: AbortSignal): Promise<CampaignResultRow[]>;
}

/** A setup problem that fails the campaign with a message its owner can act on. */
export class CampaignSetupError extends Error {}

const POSITIVE: ReadonlySet<CampaignResultStatus> = new Set(['GENERATED', 'RESOLVED', 'MATCHED']);
export const isSuccess = (status: CampaignResultStatus) => POSITIVE.has(status);

function result(campaignId: string, position: number, domain: string, fields: Partial<CampaignResultRow> & { status: CampaignResultStatus }): CampaignResultRow {
  return {
    campaign_id: campaignId,
    position,
    domain,
    records: null,
    http_status: null,
    matched_keywords: null,
    error: null,
    created_at: new Date().toISOString(),
    ...fields,
  };
}

export async function workFor(services: WriteParts, campaign: CampaignRow): Promise<CampaignWork> {
  const params = campaignParams(campaign);
  switch (params.kind) {
    case 'DOMAIN_GENERATION':
      return generationWork(campaign, params);
    case 'DNS_VALIDATION':
      return dnsWork(services, campaign, params);
    case 'HTTP_KEYWORD_VALIDATION':
      return httpWork(services, campaign, params);
  }
}

function generationWork(campaign: CampaignRow, params: GenerationParams): CampaignWork {
  const batchSize = 500;
  return {
    batchSize,
    runBatch: async (from) =>
      generateDomains(params, from, batchSize).map((domain, index) =>
        result(campaign.id, from + index, domain, { status: 'GENERATED' }),
      ),
  };
}

/** The campaign's persona config, checked still usable; the kind was checked when the campaign was made. */
async function enabledPersonaConfig<K extends PersonaConfig['kind']>(
  services: WriteParts,
  campaign: CampaignRow,
  kind: K,
): Promise<Extract<PersonaConfig, { kind: K }>> {
  const persona = campaign.persona_id ? await loadPersona(services, campaign.persona_id) : undefined;
  if (!persona) throw new CampaignSetupError('its persona no longer exists');
  if (!persona.enabled) throw new CampaignSetupError(`its persona "${persona.name}" is disabled`);
  const config = personaConfig(persona);
  if (config.kind !== kind) throw new CampaignSetupError(`its persona "${persona.name}" is not a ${kind} persona`);
  return config as Extract<PersonaConfig, { kind: K }>;
}

function errorCode(error: unknown): string {
  const { code, message } = error as { code?: string; message?: string };
  return code ?? message ?? String(error);
}

/**
 * Which of the resolvers answer at all. A recursive resolver always knows the root zone's servers;
 * one that cannot name them is unreachable, or not a resolver (some networks answer NXDOMAIN for
 * every name), and its NXDOMAIN for a domain would mean nothing.
 */
async function answeringResolvers(resolvers: readonly string[], timeoutMs: number): Promise<string[]> {
  const failures = await Promise.all(
    resolvers.map(async (address) => {
      const resolver = new Resolver({ timeout: timeoutMs, tries: 1 });
      resolver.setServers([address]);
      try {
        await resolver.resolveNs('.');
        return undefined;
      } catch (error) {
        return errorCode(error);
      }
    }),
  );
  const answering = resolvers.filter((_address, index) => failures[index] === undefined);
  if (answering.length > 0) return answering;
  const named = resolvers.map((address, index) => `${address} (${failures[index]})`).join(', ');
  throw new CampaignSetupError(`none of its DNS resolvers answers: ${named}; check the persona's resolvers and the network`);
}

/** Answers about the name itself; anything else (timeouts, refusals, SERVFAIL) is the lookup failing. */
const NAME_DOES_NOT_RESOLVE = new Set(['ENOTFOUND', 'ENODATA']);

async function dnsWork(services: WriteParts, campaign: CampaignRow, params: DnsParams): Promise<CampaignWork> {
  const config = await enabledPersonaConfig(services, campaign, 'DNS');
  let resolvers = await answeringResolvers(config.resolvers, config.timeoutMs);
  const batchSize = Math.max(50, config.concurrency * 4);
  return {
    batchSize,
    async runBatch(from, signal) {
      const inputs = await repo.sourceResults(services.database.db, campaign.source_id!, undefined, from, batchSize);
      const resolver = new Resolver({ timeout: config.timeoutMs, tries: config.retries + 1 });
      resolver.setServers(resolvers);
      const cancel = () => resolver.cancel();
      signal.addEventListener('abort', cancel, { once: true });
      try {
        const results = await pMap(
          inputs,
          async (input, index) => {
            const position = from + index;
            try {
              const records = params.recordType === 'AAAA' ? await resolver.resolve6(input.domain) : await resolver.resolve4(input.domain);
              return result(campaign.id, position, input.domain, { status: 'RESOLVED', records: JSON.stringify(records) });
            } catch (error) {
              const code = errorCode(error);
              return result(campaign.id, position, input.domain, { status: NAME_DOES_NOT_RESOLVE.has(code) ? 'UNRESOLVED' : 'ERROR', error: code });
            }
          },
          { concurrency: config.concurrency, signal },
        );
        // A batch in which every lookup failed: if the resolvers went away, say so instead of grinding on.
        if (results.length > 0 && results.every((row) => row.status === 'ERROR') && !signal.aborted) {
          resolvers = await answeringResolvers(config.resolvers, config.timeoutMs);
        }
        return results;
      } finally {
        signal.removeEventListener('abort', cancel);
      }
    },
  };
}

/** Picks the proxy for each request by the pool's strategy, among enabled proxies not known to be down. */
class ProxyPicker {
  private turn = 0;

  constructor(
    private readonly strategy: 'ROUND_ROBIN' | 'RANDOM' | 'LEAST_LATENCY',
    private readonly proxies: ProxyRow[],
  ) {}

  next(): ProxyRow {
    switch (this.strategy) {
      case 'ROUND_ROBIN':
        return this.proxies[this.turn++ % this.proxies.length]!;
      case 'RANDOM':
        return this.proxies[Math.floor(Math.random() * this.proxies.length)]!;
      case 'LEAST_LATENCY':
        return this.proxies.reduce((best, proxy) =>
          (proxy.health_latency_ms ?? Infinity) < (best.health_latency_ms ?? Infinity) ? proxy : best,
        );
    }
  }
}

async function poolPicker(services: WriteParts, poolId: string): Promise<ProxyPicker> {
  const pool = await findPool(services.database.db, poolId);
  if (!pool) throw new CampaignSetupError('its proxy pool no longer exists');
  const usable = (await proxiesInPool(services.database.db, poolId)).filter(
    (proxy) => proxy.enabled === 1 && proxy.health_status !== 'UNHEALTHY',
  );
  if (usable.length === 0) throw new CampaignSetupError(`proxy pool "${pool.name}" has no enabled proxy that is not UNHEALTHY`);
  return new ProxyPicker(pool.strategy, usable);
}

async function httpWork(services: WriteParts, campaign: CampaignRow, params: HttpParams): Promise<CampaignWork> {
  const config = await enabledPersonaConfig(services, campaign, 'HTTP');
  const keywordSet = campaign.keyword_set_id ? await loadKeywordSet(services, campaign.keyword_set_id) : undefined;
  if (!keywordSet) throw new CampaignSetupError('its keyword set no longer exists');
  const match = compileRules(keywordRules(keywordSet));
  const headers = Object.fromEntries([['user-agent', config.userAgent], ...config.headers.map((h) => [h.name.toLowerCase(), h.value])]);
  const scheme = params.scheme === 'HTTPS' ? 'https' : 'http';
  const batchSize = Math.max(20, params.concurrency * 2);
  return {
    batchSize,
    async runBatch(from, signal) {
      const inputs = await repo.sourceResults(services.database.db, campaign.source_id!, 'RESOLVED', from, batchSize);
      // Re-read each batch so a proxy that went down or was disabled stops getting traffic.
      const picker = campaign.proxy_pool_id ? await poolPicker(services, campaign.proxy_pool_id) : undefined;
      return pMap(
        inputs,
        async (input, index) => {
          const position = from + index;
          const address = (JSON.parse(input.records ?? '[]') as string[])[0];
          const url = new URL(`${scheme}://${input.domain}${params.port ? `:${params.port}` : ''}${params.path}`);
          const proxy = picker?.next();
          try {
            const page = await fetchPage({
              url,
              address,
              headers,
              timeoutMs: config.timeoutMs,
              maxRedirects: config.followRedirects ? config.maxRedirects : 0,
              agent: proxy ? (target) => proxyAgentFor(proxy, target) : undefined,
              signal,
            });
            const matched = match(page.body);
            return result(campaign.id, position, input.domain, {
              status: matched.length > 0 ? 'MATCHED' : 'NOT_MATCHED',
              http_status: page.status,
              matched_keywords: JSON.stringify(matched),
            });
          } catch (error) {
            if (signal.aborted) throw error;
            return result(campaign.id, position, input.domain, { status: 'ERROR', error: (error as Error).message || String(error) });
          }
        },
        { concurrency: params.concurrency, signal },
      );
    },
  };
}
