import { Readable } from 'node:stream';
import { stringify } from 'csv-stringify';
import type { Writer } from '../../changes/commit.js';
import type { CampaignResultRow, CampaignRow } from '../../db/tables.js';
import type { Viewer } from '../../viewer.js';
import * as repo from './repo.js';
import { getCampaign } from './service.js';

/** Rows read per query: the export holds one page (and the socket's buffer) at a time, whatever the campaign's size. */
const EXPORT_PAGE_ROWS = 1_000;

const COLUMNS = ['position', 'domain', 'status', 'records', 'http_status', 'matched_keywords', 'error'] as const;

function csvRecord(row: CampaignResultRow): unknown[] {
  const list = (json: string | null) => (json ? (JSON.parse(json) as string[]).join(' ') : '');
  return [row.position, row.domain, row.status, list(row.records), row.http_status ?? '', list(row.matched_keywords), row.error ?? ''];
}

/**
 * A campaign's results as CSV, in position order, read a page at a time only as fast as the
 * consumer takes them (the stream is pulled, so a slow download holds one page, not the campaign).
 * NOT_FOUND before anything is read if the viewer cannot see the campaign.
 */
export async function exportResults(services: Writer, viewer: Viewer, campaignId: string): Promise<{ campaign: CampaignRow; csv: Readable }> {
  const campaign = await getCampaign(services, viewer, campaignId);
  const db = services.database.db;
  async function* records(): AsyncGenerator<unknown[]> {
    let after: number | undefined;
    for (;;) {
      const page = await repo.listResults(db, campaignId, { after, limit: EXPORT_PAGE_ROWS, inverted: false });
      for (const row of page) yield csvRecord(row);
      if (page.length < EXPORT_PAGE_ROWS) return;
      after = page.at(-1)!.position;
    }
  }
  const csv = Readable.from(records(), { highWaterMark: 64 }).pipe(stringify({ header: true, columns: [...COLUMNS] }));
  return { campaign, csv };
}
