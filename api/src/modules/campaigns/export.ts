import { randomBytes } from 'node:crypto';
import { Readable } from 'node:stream';
import { stringify } from 'csv-stringify';
import { requirePerson } from '../../capabilities.js';
import type { WriteParts } from '../../changes/commit.js';
import type { CampaignResultRow, CampaignRow } from './table.js';
import type { Viewer } from '../../viewer.js';
import { sha256 } from '../../digest.js';
import type { Sessions } from '../accounts/sessions.js';
import * as repo from './repo.js';
import { getCampaign, resultFilter } from './service.js';

/** How long a download link lasts: long enough to start the download it was made for. */
export const EXPORT_LINK_SECONDS = 60;

/** Rows read per query: the export holds one page (and the socket's buffer) at a time, whatever the campaign's size. */
const EXPORT_PAGE_ROWS = 1_000;

const COLUMNS = ['position', 'domain', 'status', 'records', 'http_status', 'matched_keywords', 'error'] as const;

function csvRecord(row: CampaignResultRow): unknown[] {
  const list = (json: string | null) => (json ? (JSON.parse(json) as string[]).join(' ') : '');
  return [row.position, row.domain, row.status, list(row.records), row.http_status ?? '', list(row.matched_keywords), row.error ?? ''];
}

/**
 * A campaign's results as CSV, in position order, read a page at a time only as fast as the
 * consumer takes them (the stream is pulled, so a slow download holds one page, not the campaign),
 * filtered as the results list is (`status`, `search`). NOT_FOUND before anything is read if the
 * viewer cannot see the campaign; BAD_USER_INPUT for a filter the list would refuse.
 */
export async function exportResults(
  services: WriteParts,
  viewer: Viewer,
  campaignId: string,
  requested: { status?: string; search?: string } = {},
): Promise<{ campaign: CampaignRow; csv: Readable }> {
  const filter = resultFilter(requested);
  const campaign = await getCampaign(services, viewer, campaignId);
  const db = services.database.db;
  async function* records(): AsyncGenerator<unknown[]> {
    let after: number | undefined;
    for (;;) {
      const page = await repo.listResults(db, campaignId, { after, limit: EXPORT_PAGE_ROWS, inverted: false }, filter);
      for (const row of page) yield csvRecord(row);
      if (page.length < EXPORT_PAGE_ROWS) return;
      after = page.at(-1)!.position;
    }
  }
  const csv = Readable.from(records(), { highWaterMark: 64 }).pipe(stringify({ header: true, columns: [...COLUMNS] }));
  return { campaign, csv };
}

/**
 * A link a browser can download the CSV from without the session's bearer token (a download cannot
 * send headers): single use, for this session only, valid EXPORT_LINK_SECONDS. For people; an API key
 * sends its own Authorization header to the same URL.
 */
export async function createExportLink(services: WriteParts, viewer: Viewer, campaignId: string): Promise<{ url: string; expiresAt: string }> {
  requirePerson(viewer, 'make download links', 'send the key as the Authorization header of GET /campaigns/<id>/results.csv');
  await getCampaign(services, viewer, campaignId);
  const ticket = randomBytes(32).toString('base64url');
  const now = new Date();
  const expiresAt = new Date(now.getTime() + EXPORT_LINK_SECONDS * 1000).toISOString();
  await repo.insertExportLink(services.database.db, { ticket_hash: sha256(ticket), campaign_id: campaignId, session_id: viewer.sessionId, expires_at: expiresAt }, now.toISOString());
  return { url: `/campaigns/${encodeURIComponent(campaignId)}/results.csv?ticket=${ticket}`, expiresAt };
}

/**
 * The viewer a download link was made for, taking the link: undefined when it was used already,
 * has expired, is for another campaign, or its session has ended since.
 */
export async function redeemExportLink(
  services: WriteParts & { sessions: Pick<Sessions, 'sessionViewer'> },
  ticket: string,
  campaignId: string,
): Promise<Viewer | undefined> {
  const link = await repo.takeExportLink(services.database.db, sha256(ticket));
  if (!link || link.campaign_id !== campaignId || Date.parse(link.expires_at) <= Date.now()) return undefined;
  return services.sessions.sessionViewer(link.session_id);
}
