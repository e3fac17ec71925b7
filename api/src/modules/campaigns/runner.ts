import { randomUUID } from 'node:crypto';
import { setImmediate as yieldToEventLoop } from 'node:timers/promises';
import type { WriteParts } from '../../changes/commit.js';
import { isConnectionFailure, untilAvailable } from '../../db/availability.js';
import type { ChangeHub } from '../../changes/hub.js';
import type { CampaignRow } from './table.js';
import { getSettings } from '../settings/service.js';
import * as repo from './repo.js';
import { announceProgress, claimQueuedCampaign, finishCampaign, recordBatch } from './runs.js';
import { CampaignSetupError, isSuccess, workFor } from './work.js';

/** A runner that stops renewing (crash, network split) loses its campaigns to another after this. */
const LEASE_MS = 30_000;
/** Renews leases and picks up campaigns whose runner vanished. */
const MAINTENANCE_MS = 10_000;

interface ActiveRun {
  abort: AbortController;
  done: Promise<void>;
}

/**
 * Runs up to `settings.workerConcurrency` campaigns inside the server. Each batch's results and
 * progress commit in one transaction guarded by the lease and the `processed` count, so a campaign
 * interrupted anywhere (pause, shutdown, crash) resumes at the first unstored position: nothing is
 * lost and nothing is written twice. Progress changes are coalesced to `progressPushPerSecond`.
 */
export class CampaignRunner {
  readonly id = randomUUID();
  private readonly active = new Map<string, ActiveRun>();
  private filling: Promise<void> | undefined;
  private fillAgain = false;
  private stopped = true;
  private maintenance: NodeJS.Timeout | undefined;
  private unlisten: (() => void) | undefined;

  constructor(private readonly services: WriteParts & { hub: Pick<ChangeHub, 'listen'> }) {}

  start(): void {
    this.stopped = false;
    this.unlisten = this.services.hub.listen((records) => {
      for (const record of records) {
        if (record.topic === 'SETTINGS') this.poke();
        if (record.topic !== 'CAMPAIGN') continue;
        if (this.active.has(record.entityId)) void this.checkStillOurs(record.entityId);
        else this.poke();
      }
    });
    this.maintenance = setInterval(() => void this.maintain(), MAINTENANCE_MS);
    this.maintenance.unref();
    this.poke();
  }

  /** Stops every run after its current batch is abandoned and hands the campaigns back (still RUNNING). */
  async stop(): Promise<void> {
    this.stopped = true;
    this.unlisten?.();
    clearInterval(this.maintenance);
    await this.filling;
    for (const run of this.active.values()) run.abort.abort();
    await Promise.allSettled([...this.active.values()].map((run) => run.done));
    await repo.releaseLeases(this.services.database.db, this.id).catch((error: unknown) => {
      this.services.logger.error({ err: error }, 'releasing campaign leases failed; they expire on their own');
    });
  }

  /** Looks for work: called after a start or resume, a finished run, a settings change. */
  poke(): void {
    if (this.stopped) return;
    if (this.filling) {
      this.fillAgain = true;
      return;
    }
    this.filling = this.fill()
      .catch((error: unknown) => this.services.logger.error({ err: error }, 'looking for campaigns to run failed'))
      .finally(() => {
        this.filling = undefined;
        if (this.fillAgain) {
          this.fillAgain = false;
          this.poke();
        }
      });
  }

  private leaseUntil(): string {
    return new Date(Date.now() + LEASE_MS).toISOString();
  }

  private async fill(): Promise<void> {
    const { worker_concurrency } = await getSettings(this.services);
    const now = new Date().toISOString();
    for (const candidate of await repo.claimableCampaigns(this.services.database.db, now)) {
      if (this.stopped || this.active.size >= worker_concurrency) return;
      if (this.active.has(candidate.id)) continue;
      if (candidate.status === 'RUNNING') {
        if (await repo.takeOverLease(this.services.database.db, candidate.id, this.id, now, this.leaseUntil())) {
          const current = await repo.findCampaign(this.services.database.db, candidate.id);
          if (current) this.launch(current);
        }
        continue;
      }
      const outcome = await claimQueuedCampaign(this.services, candidate.id, this.id, this.leaseUntil());
      if ('claimed' in outcome) this.launch(outcome.claimed);
    }
  }

  private launch(campaign: CampaignRow): void {
    const abort = new AbortController();
    const done = this.run(campaign, abort.signal)
      .catch((error: unknown) => this.services.logger.error({ err: error, campaignId: campaign.id }, 'campaign run crashed'))
      .finally(() => {
        this.active.delete(campaign.id);
        this.poke();
      });
    this.active.set(campaign.id, { abort, done });
  }

  private async checkStillOurs(campaignId: string): Promise<void> {
    try {
      const row = await repo.findCampaign(this.services.database.db, campaignId);
      if (row?.status !== 'RUNNING' || row.runner_id !== this.id) this.active.get(campaignId)?.abort.abort();
    } catch (error) {
      // Unanswered, the run goes on: its next progress write only lands while the campaign is RUNNING and ours.
      this.services.logger.warn({ err: error, campaignId }, 'checking whether a campaign is still ours failed');
    }
  }

  private waitingForDatabase(campaignId: string) {
    return (error: unknown, attempt: number) => {
      if (attempt === 1) this.services.logger.warn({ err: error, campaignId }, 'storing campaign results waits for the database');
    };
  }

  private async maintain(): Promise<void> {
    try {
      if (this.active.size > 0) await repo.renewLeases(this.services.database.db, this.id, this.leaseUntil());
    } catch (error) {
      this.services.logger.error({ err: error }, 'renewing campaign leases failed');
    }
    this.poke();
  }

  private async run(claimed: CampaignRow, signal: AbortSignal): Promise<void> {
    const { services } = this;
    const progress = new ProgressAnnouncer(services, claimed.id, signal);
    let campaign = claimed;
    let work;
    try {
      work = await workFor(services, campaign);
    } catch (error) {
      if (!(error instanceof CampaignSetupError)) throw error;
      await finishCampaign(services, campaign.id, this.id, { status: 'FAILED', error: `Cannot run: ${error.message}` });
      return;
    }
    try {
      while (campaign.processed < campaign.total) {
        // With the embedded database every await here settles at once: without a turn of the event
        // loop between batches a large run would hold every request (and the progress timer) until it ends.
        await yieldToEventLoop();
        const results = await work.runBatch(campaign.processed, signal);
        if (signal.aborted) return;
        if (results.length === 0) throw new Error(`no input left at position ${campaign.processed} of ${campaign.total}`);
        const succeeded = results.filter((result) => isSuccess(result.status)).length;
        const announce = await progress.mayAnnounce();
        // A batch met by an outage is stored once the database answers (the `processed` guard makes a retry safe).
        const stored = await untilAvailable(
          () =>
            recordBatch(
              services,
              campaign,
              this.id,
              results,
              { succeeded, failed: results.length - succeeded, leaseUntil: this.leaseUntil() },
              announce,
            ),
          { giveUp: () => signal.aborted, onWait: this.waitingForDatabase(campaign.id) },
        );
        if (!stored) return;
        if (announce) progress.announced();
        else progress.pending();
        campaign = {
          ...campaign,
          processed: campaign.processed + results.length,
          succeeded: campaign.succeeded + succeeded,
          failed: campaign.failed + results.length - succeeded,
          version: campaign.version + 1,
        };
      }
      // The final state is a change like any other: it keeps the same spacing, and always arrives.
      await progress.beforeFinal();
      if (signal.aborted) return;
      await untilAvailable(() => finishCampaign(services, campaign.id, this.id, { status: 'COMPLETED' }), {
        giveUp: () => signal.aborted,
        onWait: this.waitingForDatabase(campaign.id),
      });
    } catch (error) {
      if (signal.aborted) return;
      if (isConnectionFailure(error)) {
        // Not the campaign's failure: its lease lapses and a runner (this one, once the database answers) resumes it.
        services.logger.warn({ err: error, campaignId: campaign.id }, 'a campaign run met a database outage; it resumes when its lease lapses');
        return;
      }
      const message = error instanceof CampaignSetupError ? `Cannot continue: ${error.message}` : (error as Error).message;
      services.logger.warn({ err: error, campaignId: campaign.id }, 'campaign failed');
      await finishCampaign(services, campaign.id, this.id, { status: 'FAILED', error: message });
    } finally {
      progress.dispose();
    }
  }
}

/**
 * Keeps a running campaign's changes at least 1 / progressPushPerSecond apart. A batch inside the
 * window is stored without a change and a trailing announcement carries it once the window ends.
 */
class ProgressAnnouncer {
  private lastAt = Date.now();
  /** The spacing, read from the settings before each batch, so `pending` can schedule without waiting. */
  private gap = 0;
  private trailing: NodeJS.Timeout | undefined;
  private announcing: Promise<void> | undefined;
  /** A silent batch arrived while an announcement was committing: announce it one window after that one. */
  private owedAfterAnnouncing = false;
  /** The final change is next: no more trailing announcements. */
  private final = false;

  constructor(
    private readonly services: WriteParts,
    private readonly campaignId: string,
    private readonly signal: AbortSignal,
  ) {}

  private async gapMs(): Promise<number> {
    const { progress_push_per_second } = await getSettings(this.services);
    return 1000 / progress_push_per_second;
  }

  async mayAnnounce(): Promise<boolean> {
    this.gap = await this.gapMs();
    return !this.trailing && !this.announcing && Date.now() - this.lastAt >= this.gap;
  }

  announced(): void {
    this.lastAt = Date.now();
  }

  /** A batch was stored silently: announce it once the window ends. Synchronous, so the next batch sees it. */
  pending(): void {
    if (this.trailing || this.final || this.signal.aborted) return;
    // An announcement still committing moves the window when it lands: schedule from there, not now.
    if (this.announcing) {
      this.owedAfterAnnouncing = true;
      return;
    }
    this.trailing = setTimeout(
      () => {
        this.trailing = undefined;
        // The spacing counts from the commit, not from the timer: the change exists once committed.
        this.announcing = announceProgress(this.services, this.campaignId)
          .catch((error: unknown) => this.services.logger.error({ err: error }, 'announcing campaign progress failed'))
          .finally(() => {
            this.lastAt = Date.now();
            this.announcing = undefined;
            if (this.owedAfterAnnouncing) {
              this.owedAfterAnnouncing = false;
              this.pending();
            }
          });
      },
      Math.max(0, this.lastAt + this.gap - Date.now()),
    );
  }

  /** The final change replaces a trailing one still waiting, and keeps its distance from one already sent. */
  async beforeFinal(): Promise<void> {
    this.final = true;
    clearTimeout(this.trailing);
    this.trailing = undefined;
    await this.announcing;
    const wait = this.lastAt + (await this.gapMs()) - Date.now();
    if (wait > 0) await new Promise((resolve) => setTimeout(resolve, wait));
  }

  dispose(): void {
    clearTimeout(this.trailing);
  }
}
