import { sql } from 'kysely';
import type { Executor } from '../../db/database.js';
import { newestFirst, type PageRequest } from '../../db/pagination.js';
import type { CampaignKind, CampaignResultRow, CampaignResultStatus, CampaignRow, CampaignStatus, ExportLinksTable } from './table.js';

export async function findCampaign(db: Executor, id: string): Promise<CampaignRow | undefined> {
  return db.selectFrom('campaigns').selectAll().where('id', '=', id).executeTakeFirst();
}

export async function listCampaigns(
  db: Executor,
  page: PageRequest,
  filter: { status?: CampaignStatus; kind?: CampaignKind },
): Promise<CampaignRow[]> {
  const query = db
    .selectFrom('campaigns')
    .selectAll()
    .$if(filter.status !== undefined, (qb) => qb.where('status', '=', filter.status!))
    .$if(filter.kind !== undefined, (qb) => qb.where('kind', '=', filter.kind!));
  return newestFirst(query, page, 'created_at', 'id').execute();
}

export async function insertCampaign(db: Executor, row: CampaignRow): Promise<void> {
  await db.insertInto('campaigns').values(row).execute();
}

/** Writes the row only if nobody changed it since `expectedVersion` was read; false otherwise. */
export async function updateCampaignIfVersion(db: Executor, row: CampaignRow, expectedVersion: number): Promise<boolean> {
  const { id, ...fields } = row;
  const result = await db
    .updateTable('campaigns')
    .set(fields)
    .where('id', '=', id)
    .where('version', '=', expectedVersion)
    .executeTakeFirst();
  return result.numUpdatedRows > 0n;
}

export async function deleteCampaign(db: Executor, id: string): Promise<void> {
  await db.deleteFrom('campaigns').where('id', '=', id).execute();
}

/** Campaigns that reference an entity, so deleting it would silently change them. */
export async function campaignsUsing(
  db: Executor,
  reference: { personaId?: string; keywordSetId?: string; proxyPoolId?: string; sourceId?: string },
): Promise<CampaignRow[]> {
  return db
    .selectFrom('campaigns')
    .selectAll()
    .$if(reference.personaId !== undefined, (qb) => qb.where('persona_id', '=', reference.personaId!))
    .$if(reference.keywordSetId !== undefined, (qb) => qb.where('keyword_set_id', '=', reference.keywordSetId!))
    .$if(reference.proxyPoolId !== undefined, (qb) => qb.where('proxy_pool_id', '=', reference.proxyPoolId!))
    .$if(reference.sourceId !== undefined, (qb) => qb.where('source_id', '=', reference.sourceId!))
    .limit(10)
    .execute();
}

/** Waiting campaigns, and running ones whose runner let its lease lapse (it stopped or crashed). */
export async function claimableCampaigns(db: Executor, now: string): Promise<CampaignRow[]> {
  return db
    .selectFrom('campaigns')
    .selectAll()
    .where((eb) =>
      eb.or([
        eb('status', '=', 'QUEUED'),
        eb.and([eb('status', '=', 'RUNNING'), eb.or([eb('runner_id', 'is', null), eb('lease_until', '<', now)])]),
      ]),
    )
    .orderBy('updated_at')
    .orderBy('id')
    .limit(100)
    .execute();
}

/** Takes over a running campaign whose lease lapsed; false if another runner was quicker. */
export async function takeOverLease(db: Executor, id: string, runnerId: string, now: string, until: string): Promise<boolean> {
  const result = await db
    .updateTable('campaigns')
    .set({ runner_id: runnerId, lease_until: until })
    .where('id', '=', id)
    .where('status', '=', 'RUNNING')
    .where((eb) => eb.or([eb('runner_id', 'is', null), eb('lease_until', '<', now)]))
    .executeTakeFirst();
  return result.numUpdatedRows > 0n;
}

export async function renewLeases(db: Executor, runnerId: string, until: string): Promise<void> {
  await db.updateTable('campaigns').set({ lease_until: until }).where('runner_id', '=', runnerId).execute();
}

export async function releaseLeases(db: Executor, runnerId: string): Promise<void> {
  await db.updateTable('campaigns').set({ runner_id: null, lease_until: null }).where('runner_id', '=', runnerId).execute();
}

/**
 * Records a batch's progress if this runner still owns the campaign, it is still RUNNING and no
 * other batch landed first (`processed` unchanged); the caller inserts the results only then.
 */
export async function advanceProgress(
  db: Executor,
  campaign: Pick<CampaignRow, 'id' | 'processed' | 'succeeded' | 'failed'>,
  runnerId: string,
  next: { processed: number; succeeded: number; failed: number; leaseUntil: string; now: string },
): Promise<boolean> {
  const result = await db
    .updateTable('campaigns')
    .set((eb) => ({
      processed: next.processed,
      succeeded: next.succeeded,
      failed: next.failed,
      lease_until: next.leaseUntil,
      updated_at: next.now,
      version: eb('version', '+', 1),
    }))
    .where('id', '=', campaign.id)
    .where('status', '=', 'RUNNING')
    .where('runner_id', '=', runnerId)
    .where('processed', '=', campaign.processed)
    .executeTakeFirst();
  return result.numUpdatedRows > 0n;
}

export async function insertResults(db: Executor, rows: CampaignResultRow[]): Promise<void> {
  // SQLite caps bound parameters per statement; 10 columns x 500 rows stays well below it.
  for (let start = 0; start < rows.length; start += 500) {
    await db.insertInto('campaign_results').values(rows.slice(start, start + 500)).execute();
  }
}

/** The names of the campaigns whose name starts with `prefix` (case-insensitive, `%` and `_` literal). */
export async function namesStartingWith(db: Executor, prefix: string): Promise<string[]> {
  const pattern = `${prefix.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
  const rows = await db
    .selectFrom('campaigns')
    .select('name')
    .where(sql<boolean>`lower(name) like lower(${pattern}) escape '\\'`)
    .execute();
  return rows.map((row) => row.name);
}

export interface ResultFilter {
  status?: CampaignResultStatus;
  /** Part of the domain, matched literally (`%` and `_` are not wildcards). */
  search?: string;
}

const likeLiteral = (text: string) => `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;

export async function listResults(
  db: Executor,
  campaignId: string,
  page: { after?: number; before?: number; limit: number; inverted: boolean },
  filter: ResultFilter = {},
): Promise<CampaignResultRow[]> {
  return db
    .selectFrom('campaign_results')
    .selectAll()
    .where('campaign_id', '=', campaignId)
    .$if(filter.status !== undefined, (qb) => qb.where('status', '=', filter.status!))
    .$if(filter.search !== undefined, (qb) => qb.where(sql<boolean>`domain like ${likeLiteral(filter.search!)} escape '\\'`))
    .$if(page.after !== undefined, (qb) => qb.where('position', '>', page.after!))
    .$if(page.before !== undefined, (qb) => qb.where('position', '<', page.before!))
    .orderBy('position', page.inverted ? 'desc' : 'asc')
    .limit(page.limit)
    .execute();
}

/** Stores a download link, and forgets the links that have expired. */
export async function insertExportLink(db: Executor, link: ExportLinksTable, now: string): Promise<void> {
  await db.deleteFrom('export_links').where('expires_at', '<=', now).execute();
  await db.insertInto('export_links').values(link).execute();
}

/** Removes a download link and returns it (whether or not it is still valid): a link is taken once. */
export function takeExportLink(db: Executor, ticketHash: string): Promise<ExportLinksTable | undefined> {
  return db.deleteFrom('export_links').where('ticket_hash', '=', ticketHash).returningAll().executeTakeFirst();
}

/** A source campaign's results in position order, optionally only one status (what the next stage reads). */
export async function sourceResults(
  db: Executor,
  sourceId: string,
  status: CampaignResultStatus | undefined,
  offset: number,
  limit: number,
): Promise<CampaignResultRow[]> {
  return db
    .selectFrom('campaign_results')
    .selectAll()
    .where('campaign_id', '=', sourceId)
    .$if(status !== undefined, (qb) => qb.where('status', '=', status!))
    .orderBy('position')
    .limit(limit)
    .offset(offset)
    .execute();
}

/** How many results a campaign holds per status. */
export async function countResultsByStatus(db: Executor, campaignId: string): Promise<Array<{ status: CampaignResultStatus; count: number }>> {
  const rows = await db
    .selectFrom('campaign_results')
    .select(['status', (eb) => eb.fn.countAll<number>().as('count')])
    .where('campaign_id', '=', campaignId)
    .groupBy('status')
    .execute();
  return rows.map((row) => ({ status: row.status, count: Number(row.count) }));
}

export async function countResults(db: Executor, campaignId: string, status?: CampaignResultStatus): Promise<number> {
  const { count } = await db
    .selectFrom('campaign_results')
    .select((eb) => eb.fn.countAll<number>().as('count'))
    .where('campaign_id', '=', campaignId)
    .$if(status !== undefined, (qb) => qb.where('status', '=', status!))
    .executeTakeFirstOrThrow();
  return Number(count);
}
