import http from 'node:http';
import https from 'node:https';
import { randomUUID } from 'node:crypto';
import type { DocumentNode } from 'graphql';
import type { Logger } from 'pino';
import { Webhook as Signer } from 'standardwebhooks';
import { narrowChanges } from '../../capabilities.js';
import type { WriteParts } from '../../changes/commit.js';
import { executeChange } from '../../changes/execute-change.js';
import { readLogBounds, readVisibleAfter } from '../../changes/log.js';
import { ChangeFilter } from '../../changes/change-filter.js';
import { formatCursor, type ChangeRecord } from '../../changes/topics.js';
import type { WebhookDeliveryRow, WebhookRow } from './table.js';
import { DomainError, NotFound } from '../../errors.js';
import { connectionErrorMessage, publicOnlyLookup } from '../../net/public-address.js';
import type { MaskError } from '../../transport/payload.js';
import type { Viewer } from '../../viewer.js';
import { apiKeySessionId, liveKeyViewer } from '../apiKeys/service.js';
import * as repo from './repo.js';
import { DeliveryRecorder } from './delivery-recorder.js';
import { checkSubscriptionDocument, checkTrusted, disableWebhook, type DocumentRules, type WebhookConfig } from './service.js';

const TICK_MS = 1_000;
const LEASE_MS = 10_000;
const PAGE = 100;
const MAX_RESPONSE_BYTES = 4_096;
const MAX_BACKOFF_MS = 5 * 60_000;
/** Checked documents remembered; edits make new texts, so the oldest is let go (and checked again if asked). */
const MAX_REMEMBERED_DOCUMENTS = 1_000;

interface Attempt {
  ok: boolean;
  status?: number;
  error?: string;
  durationMs: number;
}

/**
 * Delivers each enabled endpoint's changes, one POST per change in commit order, at least once:
 * the endpoint's cursor moves only after a 2xx, so a crash or a failure repeats the same change
 * with the same `webhook-id` (its cursor) and never lets a later one pass it. One instance delivers
 * an endpoint at a time (a lease renewed every second; another instance takes over once it lapses).
 * What an endpoint receives is what its key's stream would: the same log read (the key owner's
 * audience, the key's topics and entities), the same document limits, and the same execution
 * (`executeChange`: visibility checks, masking, and an outage retried rather than delivered as a hole).
 */
export class WebhookDeliverer {
  private readonly owner = randomUUID();
  private readonly running = new Map<string, Promise<void>>();
  private readonly retryAt = new Map<string, { at: number; attempt: number }>();
  /** Documents that passed the limits, by text: the limits are fixed for the process's life. */
  private readonly documents = new Map<string, DocumentNode>();
  /** Endpoints whose lease this instance took at the last round. */
  private held = new Set<string>();
  /** Endpoints woken while a delivery of theirs ran: they look again once it ends. */
  private readonly wokenWhileRunning = new Set<string>();
  private readonly recorder: DeliveryRecorder;
  private readonly execution: Parameters<typeof executeChange>[0];
  private timer: NodeJS.Timeout | undefined;
  private stopListening = () => {};
  private stopped = false;
  private roundInFlight: Promise<void> | undefined;

  constructor(
    private readonly parts: {
      writer: WriteParts;
      /** Every commit, here or on another instance: an endpoint may be waiting for it. */
      commits: { listen(listener: () => void): () => void };
      /** Which API keys were revoked meanwhile: the rest of a page already read is not sent under one. */
      sessions: { hasEnded(sessionId: string): boolean };
      documentRules: DocumentRules;
      maskError: MaskError;
      config: WebhookConfig & { timeoutMs: number; disableAfterSeconds: number };
      logger: Logger;
      /** The context resolvers get (the app's parts), with the key's viewer added per delivery. */
      context: (viewer: Viewer) => object;
    },
  ) {
    this.recorder = new DeliveryRecorder(parts.writer);
    this.execution = { schema: parts.documentRules.schema, maskError: parts.maskError };
  }

  start(): void {
    this.timer = setInterval(() => this.tick(), TICK_MS);
    this.timer.unref();
    this.stopListening = this.parts.commits.listen(() => this.wake());
  }

  /**
   * A commit landed somewhere: the endpoints this instance holds look for work now rather than at the
   * next tick. No database work here (it runs on every hub batch): taking and renewing leases is the tick's.
   */
  private wake(): void {
    if (this.stopped) return;
    for (const id of this.held) this.startDelivery(id);
  }

  async stop(): Promise<void> {
    this.stopped = true;
    this.stopListening();
    clearInterval(this.timer);
    await this.roundInFlight; // its leases are released below, not taken after
    await Promise.allSettled(this.running.values());
    await repo.releaseLeases(this.parts.writer.database.db, this.owner).catch(() => {});
  }

  private tick(): void {
    this.roundInFlight ??= this.round().finally(() => (this.roundInFlight = undefined));
  }

  /** Takes or renews the leases of the endpoints this instance may deliver, and delivers what they wait for. */
  private async round(): Promise<void> {
    const db = this.parts.writer.database.db;
    try {
      const now = new Date();
      const held = new Set(await repo.takeLeases(db, this.owner, now.toISOString(), new Date(now.getTime() + LEASE_MS).toISOString()));
      if (this.stopped) return;
      this.held = held;
      for (const id of held) this.startDelivery(id);
    } catch (error) {
      this.parts.logger.warn({ err: error }, 'webhook delivery round failed; retrying on the next');
    }
  }

  private startDelivery(id: string): void {
    if (this.running.has(id)) return void this.wokenWhileRunning.add(id);
    const retry = this.retryAt.get(id);
    if (retry && retry.at > Date.now()) return;
    const run = this.deliver(id)
      .catch((error: unknown) => {
        // A lost database is weather: the endpoint keeps its cursor, and the next round tries again.
        this.parts.logger.warn({ err: error, webhookId: id }, 'webhook delivery stopped on an error; the next round retries');
      })
      .finally(() => {
        this.running.delete(id);
        if (this.wokenWhileRunning.delete(id) && !this.stopped) this.startDelivery(id);
      });
    this.running.set(id, run);
  }

  /** Delivers what is pending for one endpoint, until it is caught up, fails, or loses its lease. */
  private async deliver(id: string): Promise<void> {
    const db = this.parts.writer.database.db;
    for (;;) {
      const webhook = await repo.findWebhook(db, id);
      if (!webhook || !webhook.enabled || webhook.lease_owner !== this.owner || this.stopped) return;
      const viewer = await liveKeyViewer(db, webhook.api_key_id);
      if (!viewer) return void (await this.disable(webhook, 'Its API key was revoked or expired'));
      const document = this.document(webhook, viewer);
      if (document instanceof DomainError) return void (await this.disable(webhook, `Its document is refused: ${document.message}`));
      const records = await this.pending(webhook, viewer);
      if (records.length === 0) return;
      let from = Number(webhook.cursor);
      for (const record of records) {
        // Revoked (or its owner removed) while this page was under way: stop now; the next round disables the endpoint.
        if (this.parts.sessions.hasEnded(apiKeySessionId(webhook.api_key_id))) return;
        const body = await executeChange(this.execution, { document }, this.parts.context(viewer), record);
        const previous = this.retryAt.get(id)?.attempt ?? 0;
        const attempt = await this.post(webhook, formatCursor(record.seq), body);
        const { moved } = await this.recorder.record({
          webhook,
          delivery: {
            cursor: formatCursor(record.seq),
            attempt: previous + 1,
            status: attempt.ok ? 'DELIVERED' : 'FAILED',
            response_status: attempt.status ?? null,
            duration_ms: attempt.durationMs,
            error: attempt.error ?? null,
            at: new Date().toISOString(),
          },
          advance: attempt.ok ? { from, to: record.seq, leaseOwner: this.owner } : undefined,
        });
        if (!attempt.ok) return this.failed(webhook, previous + 1);
        this.retryAt.delete(id);
        if (!moved) return; // the lease moved on, or a replay moved the cursor
        from = record.seq;
      }
    }
  }

  /** A test POST (`{"type":"ping"}`), signed like any delivery, recorded in the endpoint's log. */
  async ping(webhook: WebhookRow): Promise<WebhookDeliveryRow> {
    const messageId = `ping_${randomUUID()}`;
    const attempt = await this.post(webhook, messageId, JSON.stringify({ type: 'ping', webhookId: webhook.id }));
    const { delivery } = await this.recorder.record({
      webhook,
      delivery: {
        cursor: null,
        attempt: 1,
        status: attempt.ok ? 'DELIVERED' : 'FAILED',
        response_status: attempt.status ?? null,
        duration_ms: attempt.durationMs,
        error: attempt.error ?? null,
        at: new Date().toISOString(),
      },
    });
    if (!delivery) throw new NotFound('Webhook', webhook.id);
    return delivery;
  }

  /** The next changes for the endpoint, or one RESYNC when its cursor is older than the retained log. */
  private async pending(webhook: WebhookRow, viewer: Viewer): Promise<ChangeRecord[]> {
    const db = this.parts.writer.database.db;
    const cursor = Number(webhook.cursor);
    const { head, prunedThrough } = await readLogBounds(db);
    if (cursor < prunedThrough) {
      return [{ seq: head, at: new Date().toISOString(), topic: 'RESYNC', op: 'RESYNC', entityId: '*', version: null, isPublic: false, memo: new Map() }];
    }
    const { topics, entityIds } = narrowChanges(viewer, {
      topics: webhook.topics ? (JSON.parse(webhook.topics) as string[]) : undefined,
      entityIds: webhook.entity_ids ? (JSON.parse(webhook.entity_ids) as string[]) : undefined,
    });
    return readVisibleAfter(db, { after: cursor, filter: new ChangeFilter(viewer.id, { topics, entityIds }), limit: PAGE });
  }

  /** The endpoint's document, checked as when it was saved (limits, trusted documents), or why it is refused now. */
  private document(webhook: WebhookRow, viewer: Viewer): DocumentNode | DomainError {
    const rules = this.parts.documentRules;
    try {
      checkTrusted(rules, webhook.query, viewer, 'query');
      let document = this.documents.get(webhook.query);
      if (!document) {
        document = checkSubscriptionDocument(rules, webhook.query, 'query');
        if (this.documents.size >= MAX_REMEMBERED_DOCUMENTS) this.documents.delete(this.documents.keys().next().value!);
        this.documents.set(webhook.query, document);
      }
      return document;
    } catch (error) {
      if (error instanceof DomainError) return error;
      throw error;
    }
  }

  private post(webhook: WebhookRow, messageId: string, body: string): Promise<Attempt> {
    const started = performance.now();
    const signer = new Signer(webhook.secret.replace(/^whsec_/, ''));
    const timestamp = new Date();
    const headers = {
      'content-type': 'application/json',
      'user-agent': 'Pulsegraph-Webhooks/1',
      'webhook-id': messageId,
      'webhook-timestamp': String(Math.floor(timestamp.getTime() / 1000)),
      'webhook-signature': signer.sign(messageId, timestamp, body),
    };
    const url = new URL(webhook.url);
    const transport = url.protocol === 'https:' ? https : http;
    const { timeoutMs } = this.parts.config;
    return new Promise((resolve) => {
      let settled = false;
      const done = (attempt: Omit<Attempt, 'durationMs'>) => {
        if (settled) return;
        settled = true;
        clearTimeout(deadline);
        resolve({ ...attempt, durationMs: Math.round(performance.now() - started) });
      };
      const request = transport.request(
        url,
        {
          method: 'POST',
          headers,
          // Redirects are not followed (http.request never does); private targets are refused after resolution.
          ...(this.parts.config.allowPrivateNetworks ? {} : { lookup: publicOnlyLookup as never }),
        },
        (response) => {
          let read = 0;
          response.on('data', (chunk: Buffer) => {
            read += chunk.length;
            if (read > MAX_RESPONSE_BYTES) response.destroy();
          });
          response.on('close', () => {
            const status = response.statusCode ?? 0;
            done({ ok: status >= 200 && status < 300, status, error: status >= 200 && status < 300 ? undefined : `HTTP ${status}` });
          });
        },
      );
      // A deadline for the whole attempt, not an idle timeout: a receiver trickling a byte at a time
      // would otherwise hold the endpoint (and every change behind it) for as long as it likes.
      const deadline = setTimeout(() => {
        done({ ok: false, error: `no complete answer within ${timeoutMs} ms` });
        request.destroy();
      }, timeoutMs);
      request.on('error', (error) => done({ ok: false, error: connectionErrorMessage(url, error) }));
      request.end(body);
    });
  }

  /** Backs off (exponential with jitter, at most 5 minutes); after long enough failing, disables the endpoint. */
  private async failed(webhook: WebhookRow, attempt: number): Promise<void> {
    const failingSince = webhook.failing_since ?? new Date().toISOString();
    if (Date.now() - Date.parse(failingSince) >= this.parts.config.disableAfterSeconds * 1000) {
      this.retryAt.delete(webhook.id);
      return this.disable(webhook, `Deliveries failed for ${this.parts.config.disableAfterSeconds} s`);
    }
    const backoff = Math.min(MAX_BACKOFF_MS, 500 * 2 ** (attempt - 1));
    this.retryAt.set(webhook.id, { at: Date.now() + backoff / 2 + Math.random() * (backoff / 2), attempt });
  }

  private async disable(webhook: WebhookRow, reason: string): Promise<void> {
    this.retryAt.delete(webhook.id);
    await disableWebhook(this.parts.writer, webhook, reason);
  }
}
