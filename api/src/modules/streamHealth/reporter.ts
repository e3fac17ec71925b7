import { hostname } from 'node:os';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import type { Logger } from 'pino';
import { z } from 'zod';
import type { ChangeBus } from '../../changes/bus.js';
import { defineSignal } from '../../changes/signals.js';
import type { Metrics } from '../../metrics.js';

/** One instance's push figures over its last reporting interval. */
export interface InstanceHealth {
  instance: string;
  at: string;
  webSocketClients: number;
  sseClients: number;
  subscriptions: number;
  deliveriesPerSecond: number;
  /** Commit to delivery over the interval, estimated from the histogram's buckets; null with no deliveries. */
  latencyP50Ms: number | null;
  latencyP99Ms: number | null;
  /** Sockets cut loose for holding too much unsent (4503), since the instance started. */
  cutOffs: number;
  eventLoopLagP99Ms: number;
}

const figure = z.number();
/** Each instance's figures, heard by every instance. */
const healthSignal = defineSignal<InstanceHealth>(
  'stream-health',
  z.object({
    instance: z.string(),
    at: z.string(),
    webSocketClients: figure,
    sseClients: figure,
    subscriptions: figure,
    deliveriesPerSecond: figure,
    latencyP50Ms: figure.nullable(),
    latencyP99Ms: figure.nullable(),
    cutOffs: figure,
    eventLoopLagP99Ms: figure,
  }),
);

/** An instance not heard from for this many intervals is gone from the page. */
const SILENT_INTERVALS = 3;

type Buckets = Array<{ le: number; count: number }>;

/**
 * Every instance reports its own figures (the ones `/metrics` counts) on the bus each interval, and
 * keeps every instance's latest, so an ADMIN's `streamHealth` subscription on any instance sees the
 * whole deployment, pushed. Ephemeral like presence: never in the change log.
 */
export class StreamHealthReporter {
  readonly instance = `${hostname()}/${process.pid}/${Math.random().toString(36).slice(2, 6)}`;
  private readonly latest = new Map<string, InstanceHealth>();
  private readonly listeners = new Set<(instances: InstanceHealth[]) => void>();
  private readonly eventLoopDelay = monitorEventLoopDelay({ resolution: 10 });
  private timer: NodeJS.Timeout | undefined;
  private unlisten: (() => void) | undefined;
  private previous: { at: number; deliveries: number; buckets: Buckets } | undefined;

  constructor(
    private readonly parts: {
      bus: Pick<ChangeBus, 'signal' | 'onSignal'>;
      metrics: Pick<Metrics, 'openSockets' | 'activeSubscriptions' | 'deliveries' | 'deliveryLatency' | 'slowConsumers'>;
      logger: Logger;
    },
    private readonly intervalMs: number,
  ) {}

  start(): void {
    this.eventLoopDelay.enable();
    this.unlisten = healthSignal.listen(this.parts.bus, (health) => this.heard(health));
    this.timer = setInterval(() => void this.report(), this.intervalMs);
    this.timer.unref();
    void this.report();
  }

  stop(): void {
    clearInterval(this.timer);
    this.unlisten?.();
    this.eventLoopDelay.disable();
    this.listeners.clear();
  }

  /** Every instance heard from lately, this one first. */
  instances(): InstanceHealth[] {
    const cutoff = Date.now() - SILENT_INTERVALS * this.intervalMs;
    for (const [instance, health] of this.latest) if (Date.parse(health.at) < cutoff) this.latest.delete(instance);
    return [...this.latest.values()].sort((a, b) => (a.instance === this.instance ? -1 : b.instance === this.instance ? 1 : a.instance.localeCompare(b.instance)));
  }

  /** Called with every instance's figures each time one reports. */
  listen(listener: (instances: InstanceHealth[]) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  private heard(health: InstanceHealth): void {
    this.latest.set(health.instance, health);
    const instances = this.instances();
    for (const listener of this.listeners) listener(instances);
  }

  private async report(): Promise<void> {
    try {
      const health = await this.measure();
      // Heard here at once, so a lost bus still leaves this instance's own figures on its page.
      this.heard(health);
      await healthSignal.send(this.parts.bus, health);
    } catch (error) {
      this.parts.logger.warn({ err: error }, 'reporting stream health failed; the next interval retries');
    }
  }

  private async measure(): Promise<InstanceHealth> {
    const { metrics } = this.parts;
    const [sockets, subscriptions, deliveries, latency, cutOffs] = await Promise.all([
      metrics.openSockets.get(),
      metrics.activeSubscriptions.get(),
      metrics.deliveries.get(),
      metrics.deliveryLatency.get(),
      metrics.slowConsumers.get(),
    ]);
    const clients = (transport: string) => sockets.values.find((value) => value.labels.transport === transport)?.value ?? 0;
    const buckets: Buckets = latency.values
      .filter((value) => value.metricName?.endsWith('_bucket'))
      .map((value) => ({ le: value.labels.le === '+Inf' ? Infinity : Number(value.labels.le), count: value.value }));
    const delivered = deliveries.values[0]?.value ?? 0;
    const now = Date.now();
    const previous = this.previous ?? { at: now - this.intervalMs, deliveries: delivered, buckets: buckets.map((bucket) => ({ ...bucket, count: 0 })) };
    this.previous = { at: now, deliveries: delivered, buckets };
    const inInterval = buckets.map((bucket, index) => ({ le: bucket.le, count: bucket.count - (previous.buckets[index]?.count ?? 0) }));
    const lag = this.eventLoopDelay.percentile(99) / 1e6;
    this.eventLoopDelay.reset();
    return {
      instance: this.instance,
      at: new Date(now).toISOString(),
      webSocketClients: clients('websocket'),
      sseClients: clients('sse'),
      subscriptions: subscriptions.values[0]?.value ?? 0,
      deliveriesPerSecond: Math.round(((delivered - previous.deliveries) * 1000) / Math.max(1, now - previous.at)),
      latencyP50Ms: quantileMs(inInterval, 0.5),
      latencyP99Ms: quantileMs(inInterval, 0.99),
      cutOffs: cutOffs.values[0]?.value ?? 0,
      eventLoopLagP99Ms: Math.round(lag * 10) / 10,
    };
  }
}

/** Prometheus' histogram_quantile: linear within the bucket the quantile falls in (cumulative counts, seconds in, ms out). */
function quantileMs(buckets: Buckets, q: number): number | null {
  const total = buckets.at(-1)?.count ?? 0;
  if (total <= 0) return null;
  const rank = q * total;
  let lower = 0;
  let below = 0;
  for (const bucket of buckets) {
    if (bucket.count >= rank) {
      if (bucket.le === Infinity) return Math.round(lower * 1000 * 10) / 10;
      const within = bucket.count - below;
      const seconds = lower + (bucket.le - lower) * (within === 0 ? 1 : (rank - below) / within);
      return Math.round(seconds * 1000 * 10) / 10;
    }
    lower = bucket.le;
    below = bucket.count;
  }
  return null;
}
