import { Counter, Gauge, Histogram, Registry, collectDefaultMetrics } from 'prom-client';

/** One registry per app instance, so several servers in one process (tests) keep separate counts. */
export class Metrics {
  readonly registry = new Registry();
  readonly openSockets = new Gauge({ name: 'pulsegraph_open_sockets', help: 'Open WebSocket connections', registers: [this.registry] });
  readonly activeSubscriptions = new Gauge({
    name: 'pulsegraph_active_subscriptions',
    help: 'changes subscriptions currently streaming',
    registers: [this.registry],
  });
  readonly changesPublished = new Counter({
    name: 'pulsegraph_changes_published_total',
    help: 'Changes committed to the log by this instance',
    registers: [this.registry],
  });
  readonly deliveries = new Counter({
    name: 'pulsegraph_deliveries_total',
    help: 'Changes delivered to subscribers',
    registers: [this.registry],
  });
  readonly deliveryLatency = new Histogram({
    name: 'pulsegraph_delivery_latency_seconds',
    help: 'Commit to delivery, for live (not replayed) changes',
    buckets: [0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5],
    registers: [this.registry],
  });
  readonly rateLimited = new Counter({
    name: 'pulsegraph_rate_limited_total',
    help: 'Requests and subscribe messages answered RATE_LIMITED',
    labelNames: ['transport'],
    registers: [this.registry],
  });

  constructor(withProcessMetrics: boolean) {
    if (withProcessMetrics) collectDefaultMetrics({ register: this.registry });
  }
}
