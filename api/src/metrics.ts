import { monitorEventLoopDelay } from 'node:perf_hooks';
import { Counter, Gauge, Histogram, Registry, collectDefaultMetrics } from 'prom-client';

/** One registry per app instance, so several servers in one process (tests) keep separate counts. */
export class Metrics {
  readonly registry = new Registry();
  readonly openSockets = new Gauge({
    name: 'pulsegraph_open_sockets',
    help: 'Open WebSocket connections and SSE streams',
    labelNames: ['transport'],
    registers: [this.registry],
  });
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

  readonly executionsPerChange = new Histogram({
    name: 'pulsegraph_fanout_executions_per_change',
    help: 'GraphQL executions the live fan-out ran for one change (one per cohort that receives it)',
    buckets: [1, 2, 5, 10, 25, 100, 500],
    registers: [this.registry],
  });
  readonly replayExecutions = new Counter({
    name: 'pulsegraph_replay_executions_total',
    help: 'GraphQL executions run to replay changes to resuming subscribers (shared like live delivery: one per change, cohort and viewer class)',
    registers: [this.registry],
  });
  readonly replayLogReads = new Counter({
    name: 'pulsegraph_replay_log_reads_total',
    help: 'Log reads made for resuming subscribers (window loads, and own reads of cursors far behind)',
    registers: [this.registry],
  });
  readonly persistedQueries = new Counter({
    name: 'pulsegraph_persisted_queries_total',
    help: 'Operations named by hash: served from a persisted document (hit), unknown (miss), or sent with their text and remembered (registered)',
    labelNames: ['outcome'],
    registers: [this.registry],
  });
  readonly slowConsumers = new Counter({
    name: 'pulsegraph_slow_consumer_disconnects_total',
    help: 'Sockets cut loose because they held more than MAX_SOCKET_BUFFER_BYTES unsent',
    registers: [this.registry],
  });
  readonly liveQueryExecutions = new Counter({
    name: 'pulsegraph_live_query_executions_total',
    help: 'Executions of live queries (@live): a cohort\'s first answer, or new answers after a change that may touch them (one per operation and role when the answer does not read who the viewer is, else one per person)',
    labelNames: ['reason'],
    registers: [this.registry],
  });
  readonly liveQueryAnswersRemembered = new Counter({
    name: 'pulsegraph_live_query_answers_remembered_total',
    help: 'First answers to live queries given without an execution: the answer people of the same role running the same operation were given, the log\'s head not moved since',
    registers: [this.registry],
  });
  private readonly eventLoopDelay = monitorEventLoopDelay({ resolution: 10 });

  constructor(withProcessMetrics: boolean) {
    if (withProcessMetrics) collectDefaultMetrics({ register: this.registry });
    this.eventLoopDelay.enable();
    const delay = this.eventLoopDelay;
    this.readAtScrape('pulsegraph_event_loop_lag_seconds', 'Worst event-loop delay since the previous scrape', () => {
      const seconds = delay.max / 1e9;
      delay.reset();
      return seconds;
    });
  }

  /** Gauges read at scrape time from the parts that know them. */
  observe(sources: { liveCohorts: () => number; liveQueryCohorts: () => number; bufferedBytes: () => number }): void {
    this.readAtScrape('pulsegraph_fanout_cohorts', 'Live cohorts: groups of subscriptions that share one execution per change', sources.liveCohorts);
    this.readAtScrape('pulsegraph_live_query_cohorts', 'Live-query cohorts: identical live queries (document, variables, viewer) that share one answer', sources.liveQueryCohorts);
    this.readAtScrape('pulsegraph_socket_buffered_bytes', 'Bytes accepted for clients but not yet sent, summed over open sockets', sources.bufferedBytes);
  }

  private readAtScrape(name: string, help: string, read: () => number): void {
    new Gauge({
      name,
      help,
      registers: [this.registry],
      collect() {
        this.set(read());
      },
    });
  }

  stop(): void {
    this.eventLoopDelay.disable();
  }
}

/** What the fan-out records. */
export type FanOutMetrics = Pick<
  Metrics,
  'activeSubscriptions' | 'deliveries' | 'deliveryLatency' | 'executionsPerChange' | 'replayExecutions' | 'replayLogReads' | 'slowConsumers'
>;
