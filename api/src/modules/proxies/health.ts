import pMap from 'p-map';
import { commitWithChanges, type WriteParts } from '../../changes/commit.js';
import type { ChangeHub } from '../../changes/hub.js';
import type { HealthStatus, ProxyRow } from './table.js';
import { fetchPage } from '../../net/fetch-page.js';
import { recordActivity } from '../activity/service.js';
import { moveDashboard, moved, proxyCount } from '../dashboard/service.js';
import { getSettings } from '../settings/service.js';
import { proxyAgentFor } from './agent.js';
import * as repo from './repo.js';

export interface HealthCheckOptions {
  /** What a healthy proxy can fetch; any answer below 400 through the proxy counts. */
  targetUrl: string;
  timeoutMs: number;
  /** A latency move smaller than this is not worth a change. */
  latencyChangeMs: number;
}

interface Measurement {
  status: Exclude<HealthStatus, 'UNKNOWN'>;
  latencyMs: number | null;
  error: string | null;
}

const CHECKS_IN_FLIGHT = 10;

/** Recorded checks kept per proxy: enough for a sparkline to show a flapping proxy at a glance. */
export const HEALTH_HISTORY_LENGTH = 30;

/**
 * Checks every enabled proxy each `settings.proxyHealthCheckIntervalSeconds` inside the server and
 * commits a ProxyChange only when the status flips or the latency moves past the threshold, so
 * clients learn health from `changes` and never poll for it. Each committed check is also kept in
 * the proxy's bounded health history (the last `HEALTH_HISTORY_LENGTH`).
 */
export class ProxyHealthChecker {
  private timer: NodeJS.Timeout | undefined;
  private round: Promise<void> | undefined;
  private stopped = true;
  private unlisten: (() => void) | undefined;
  /** Checks started by `checkSoon`, still running. */
  private readonly soon = new Set<Promise<void>>();

  constructor(
    private readonly services: WriteParts & { hub: Pick<ChangeHub, 'listen'> },
    private readonly options: HealthCheckOptions,
  ) {}

  start(): void {
    this.stopped = false;
    // A new interval takes effect at once instead of after the old one runs out.
    this.unlisten = this.services.hub.listen((records) => {
      if (records.some((record) => record.topic === 'SETTINGS')) void this.schedule();
    });
    void this.schedule();
  }

  async stop(): Promise<void> {
    this.stopped = true;
    this.unlisten?.();
    clearTimeout(this.timer);
    await Promise.all([this.round, ...this.soon]);
  }

  /**
   * Checks one proxy soon (after it was created or its endpoint changed), outside any request. Nobody
   * awaits it, so it catches its own errors, and `stop` waits for it before the database closes.
   */
  checkSoon(id: string): void {
    if (this.stopped) return;
    const check = repo
      .findProxy(this.services.database.db, id)
      .then((proxy) => proxy && this.checkAndRecord(proxy, false))
      .then(
        () => {},
        (error: unknown) => this.services.logger.error({ err: error, proxyId: id }, 'checking a new or changed proxy failed; the next round checks it'),
      )
      .finally(() => this.soon.delete(check));
    this.soon.add(check);
  }

  /** `checkProxy`: measures now and always records the result, so `checkedAt` moves. */
  async checkNow(proxy: ProxyRow): Promise<ProxyRow> {
    return this.checkAndRecord(proxy, true);
  }

  private async schedule(): Promise<void> {
    clearTimeout(this.timer);
    if (this.stopped) return;
    let seconds = 60;
    try {
      seconds = (await getSettings(this.services)).proxy_health_check_interval_seconds;
    } catch (error) {
      this.services.logger.error({ err: error }, 'reading settings for health checks failed');
    }
    if (this.stopped) return;
    clearTimeout(this.timer);
    this.timer = setTimeout(() => {
      this.round = this.checkAll().finally(() => {
        this.round = undefined;
        void this.schedule();
      });
    }, seconds * 1000);
    this.timer.unref();
  }

  private async checkAll(): Promise<void> {
    try {
      const proxies = await repo.enabledProxies(this.services.database.db);
      await pMap(proxies, (proxy) => this.checkAndRecord(proxy, false), { concurrency: CHECKS_IN_FLIGHT });
    } catch (error) {
      this.services.logger.error({ err: error }, 'a proxy health round failed; the next round retries');
    }
  }

  private async measure(proxy: ProxyRow): Promise<Measurement> {
    const target = new URL(this.options.targetUrl);
    const started = performance.now();
    try {
      const page = await fetchPage({
        url: target,
        timeoutMs: this.options.timeoutMs,
        maxRedirects: 0,
        maxBodyBytes: 64 * 1024,
        agent: (url) => proxyAgentFor(proxy, url),
      });
      const latencyMs = Math.round(performance.now() - started);
      if (page.status >= 400) {
        const reason = page.status === 407 ? 'the proxy refused the credentials (407)' : `answered HTTP ${page.status}`;
        return { status: 'UNHEALTHY', latencyMs, error: reason };
      }
      return { status: 'HEALTHY', latencyMs, error: null };
    } catch (error) {
      return { status: 'UNHEALTHY', latencyMs: null, error: (error as Error).message || String(error) };
    }
  }

  private readonly inFlight = new Map<string, Promise<ProxyRow>>();

  /** One check per proxy at a time here; a routine check finding one under way leaves it to that one. */
  private checkAndRecord(proxy: ProxyRow, always: boolean): Promise<ProxyRow> {
    const running = this.inFlight.get(proxy.id);
    if (running && !always) return running;
    const check = (running ?? Promise.resolve(proxy))
      .catch(() => proxy)
      .then(() => this.measureAndRecord(proxy, always))
      .finally(() => {
        if (this.inFlight.get(proxy.id) === check) this.inFlight.delete(proxy.id);
      });
    this.inFlight.set(proxy.id, check);
    return check;
  }

  private async measureAndRecord(proxy: ProxyRow, always: boolean): Promise<ProxyRow> {
    const measurement = await this.measure(proxy);
    return commitWithChanges(this.services, async (trx, emit) => {
      const current = await repo.findProxy(trx, proxy.id);
      if (!current) return proxy;
      const flipped = current.health_status !== measurement.status;
      const latencyMoved =
        measurement.latencyMs !== null &&
        (current.health_latency_ms === null ||
          Math.abs(current.health_latency_ms - measurement.latencyMs) >= this.options.latencyChangeMs);
      if (!always && !flipped && !latencyMoved) return current;
      const row: ProxyRow = {
        ...current,
        health_status: measurement.status,
        health_latency_ms: measurement.latencyMs,
        health_error: measurement.error,
        health_checked_at: new Date().toISOString(),
        version: current.version + 1,
      };
      // Another instance may have recorded the same flip meanwhile; then its change stands for ours.
      if (!(await repo.updateProxyIfVersion(trx, row, current.version))) return current;
      await repo.recordHealthSample(
        trx,
        { proxy_id: row.id, status: measurement.status, latency_ms: measurement.latencyMs, error: measurement.error, checked_at: row.health_checked_at! },
        HEALTH_HISTORY_LENGTH,
      );
      emit({ topic: 'PROXY', op: 'UPDATED', entityId: row.id, version: row.version, audience: 'EVERYONE' });
      if (flipped) {
        await moveDashboard(trx, emit, moved(proxyCount(current.health_status), proxyCount(row.health_status)));
        await recordActivity(trx, emit, {
          actorId: null,
          verb: 'health',
          entityType: 'Proxy',
          entityId: row.id,
          summary: `proxy "${row.name}" is ${row.health_status}${row.health_error ? `: ${row.health_error}` : ''}`,
        });
      }
      return row;
    });
  }
}
