import type { WriteParts } from '../../changes/commit.js';
import type { Config } from '../../config.js';
import type { CampaignRow, CampaignStatus } from './table.js';
import { Conflict } from '../../errors.js';
import type { Viewer } from '../../viewer.js';
import { nextVersion, updateEntity } from '../entity-writes.js';
import * as repo from './repo.js';
import { CAMPAIGN, conflictingWrite, duplicateCampaign } from './service.js';

export type CampaignAction = 'start' | 'pause' | 'resume' | 'cancel';

const TRANSITIONS: Record<CampaignAction, { from: CampaignStatus[]; to: CampaignStatus; verb: string }> = {
  start: { from: ['DRAFT'], to: 'QUEUED', verb: 'started' },
  pause: { from: ['QUEUED', 'RUNNING'], to: 'PAUSED', verb: 'paused' },
  resume: { from: ['PAUSED'], to: 'QUEUED', verb: 'resumed' },
  cancel: { from: ['DRAFT', 'QUEUED', 'RUNNING', 'PAUSED'], to: 'CANCELLED', verb: 'cancelled' },
};

/** The user-driven part of the state machine; the runner moves QUEUED to RUNNING and RUNNING to an end. */
export async function transitionCampaign(
  services: WriteParts & { runner: { poke(): void } },
  viewer: Viewer,
  campaignId: string,
  action: CampaignAction,
): Promise<CampaignRow> {
  const transition = TRANSITIONS[action];
  const row = await updateEntity(services, viewer, CAMPAIGN, campaignId, async (current, { trx }) => {
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
      ...nextVersion(current, now),
    };
    if (!(await repo.updateCampaignIfVersion(trx, next, current.version))) throw conflictingWrite(current);
    return next;
  }, (next) => `${transition.verb} campaign "${next.name}"`, { verb: transition.verb });
  if (row.status === 'QUEUED') services.runner.poke();
  return row;
}

/** "Run again": a DRAFT copy (duplicateCampaign), then started; two writes, each with its change. */
export async function runCampaignAgain(
  services: WriteParts & { runner: { poke(): void }; config: Pick<Config, 'campaigns'> },
  viewer: Viewer,
  campaignId: string,
  input: { name?: string },
): Promise<CampaignRow> {
  const copy = await duplicateCampaign(services, viewer, campaignId, input);
  return transitionCampaign(services, viewer, copy.id, 'start');
}
