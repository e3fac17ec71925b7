import type { Transaction } from 'kysely';
import { commitWithChanges, type Emit, type WriteParts } from '../../changes/commit.js';
import type { CampaignResultRow, CampaignRow } from './table.js';
import type { DB } from '../../db/tables.js';
import { recordActivity } from '../activity/service.js';
import { announceDashboard, campaignCount, moveCountsQuietly, moveDashboard, moved, resultCount } from '../dashboard/service.js';
import type { DashboardCount } from '../dashboard/table.js';
import { nextVersion } from '../entity-writes.js';
import { notify } from '../notifications/service.js';
import * as repo from './repo.js';

/** The runner's side of the state machine: the transactions a campaign run commits. */

function emitCampaign(emit: Emit, row: Pick<CampaignRow, 'id' | 'version'>): void {
  emit({ topic: 'CAMPAIGN', op: 'UPDATED', entityId: row.id, version: row.version, audience: 'EVERYONE' });
}

export type ClaimOutcome =
  | { claimed: CampaignRow }
  | { waiting: true }
  | { gone: true };

/** QUEUED -> RUNNING for this runner, once its source (if any) has COMPLETED. */
export async function claimQueuedCampaign(
  services: WriteParts,
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
      ...nextVersion(current, now),
    };
    if (!(await repo.updateCampaignIfVersion(trx, next, current.version))) return { gone: true };
    emitCampaign(emit, next);
    await moveDashboard(trx, emit, moved(campaignCount(current.status), campaignCount(next.status)));
    return { claimed: next };
  });
}

/**
 * Stores one batch's results and progress in one transaction, or nothing if the campaign was
 * paused, cancelled or taken over meanwhile (returns false). `announce` decides whether this
 * write carries its change now; a coalesced write is announced by the next `announceProgress`.
 */
export async function recordBatch(
  services: WriteParts,
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
    const counted = await moveCountsQuietly(trx, results.map((result): [DashboardCount, number] => [resultCount(result.status), 1]));
    if (announce) {
      emitCampaign(emit, { id: campaign.id, version: campaign.version + 1 });
      if (counted) announceDashboard(emit);
    }
    return true;
  });
}

/** Commits the changes for progress (and result counts) already written by coalesced batches. */
export async function announceProgress(services: WriteParts, campaignId: string): Promise<void> {
  await commitWithChanges(services, async (trx, emit) => {
    const current = await repo.findCampaign(trx, campaignId);
    if (current) emitCampaign(emit, current);
    announceDashboard(emit); // the result counts the coalesced batches moved
  });
}

export interface Finish {
  status: 'COMPLETED' | 'FAILED';
  error?: string;
  /** For a COMPLETED campaign that did less than expected: why. */
  note?: string;
}

/** RUNNING -> COMPLETED or FAILED, if this runner still holds the campaign. */
export async function finishCampaign(services: WriteParts, campaignId: string, runnerId: string, outcome: Finish): Promise<boolean> {
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
    ...nextVersion(current, now),
  };
  if (!(await repo.updateCampaignIfVersion(trx, next, current.version))) return false;
  emitCampaign(emit, next);
  await moveDashboard(trx, emit, moved(campaignCount(current.status), campaignCount(next.status)));
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
