import {
  subscribe,
  Kind,
  type ExecutionArgs,
  type DocumentNode,
  type ExecutionResult,
  type FragmentDefinitionNode,
  type GraphQLSchema,
  type OperationDefinitionNode,
} from 'graphql';
import type { Kysely } from 'kysely';
import type { Logger } from 'pino';
import type { Viewer } from '../viewer.js';
import type { DB } from '../db/tables.js';
import { untilAvailable } from '../db/availability.js';
import { codeVariableErrors, InvalidInput } from '../errors.js';
import type { FanOutMetrics } from '../metrics.js';
import type { MaskError } from '../transport/payload.js';
import { executeChange } from './execute-change.js';
import type { ChangeHub } from './hub.js';
import { operationShape } from './per-viewer.js';
import { Replayer } from './replay.js';
import { ReplayWindow } from './replay-window.js';
import { ChangeFilter } from './change-filter.js';
import { CorkedBatch, type ChangeSink, type Framer } from './sink.js';
import { SubscriberIndex } from './subscriber-index.js';
import { Cohort, OpenSubscription, sharedContext, Subscription, type ExecutionContext } from './subscription.js';
import { parseCursor, type ChangeRecord } from './topics.js';

/** A subscriber catching up that has this many live changes waiting goes back to reading the log. */
const MAX_HANDOVER_BUFFER = 5000;

export interface OpenRequest {
  /** The subscriber's own context: replay and per-viewer cohorts execute with it. */
  context: ExecutionContext;
  viewer: Viewer;
  operation: OperationDefinitionNode;
  fragments: Readonly<Record<string, FragmentDefinitionNode>>;
  /** The variables as the client sent them (execution coerces them again, as per-subscriber execution would). */
  variables: Record<string, unknown> | undefined;
  after?: string | null;
  /** Where `after` came from, for the error that names it: the argument or SSE's Last-Event-ID header. */
  afterField?: 'after' | 'Last-Event-ID';
  topics?: readonly string[] | null;
  entityIds?: readonly string[] | null;
  sink: ChangeSink;
  framer: Framer;
}

interface Delivery {
  record: ChangeRecord;
  subscribers: Subscription[];
}

export interface FanOutParts {
  db: Kysely<DB>;
  hub: ChangeHub;
  schema: GraphQLSchema;
  logger: Logger;
  metrics: FanOutMetrics;
  maskError: MaskError;
  maxSocketBufferBytes: number;
}

/**
 * The live half of `changes`: the hub hands every batch over once; subscribers interested in a
 * change are found by topic, entity id or (private changes) viewer; each change is executed once
 * per cohort, serialized once, and the same bytes are framed for every socket. Catching up from a
 * cursor stays per subscriber (a log read) and hands over to live delivery at its cursor.
 */
export class FanOut {
  private readonly subscribers = new SubscriberIndex();
  private readonly cohorts = new Map<string, Cohort>();
  private readonly queue: Delivery[][] = [];
  private delivering: Promise<void> | undefined;
  private readonly stopListening: () => void;
  private readonly window: ReplayWindow;
  private readonly replayer: Replayer;

  constructor(private readonly parts: FanOutParts) {
    this.window = new ReplayWindow(parts.db, parts.hub.position, () => parts.metrics.replayLogReads.inc());
    this.replayer = new Replayer({
      db: parts.db,
      window: this.window,
      metrics: parts.metrics,
      maxSocketBufferBytes: parts.maxSocketBufferBytes,
      execute: (cohort, context, record) => this.executeFor(cohort, context, record),
      onWait: this.waitingForDatabase,
    });
    this.stopListening = parts.hub.listen((records) => this.accept(records));
  }

  get cohortCount(): number {
    return this.cohorts.size;
  }

  /** Call after retention pruned the log, so resuming from a pruned cursor gets its RESYNC. */
  pruned(): Promise<void> {
    return this.window.pruned();
  }

  async stop(): Promise<void> {
    this.stopListening();
    await this.delivering;
  }

  /**
   * Runs a `changes` subscription with graphql-js alone: Yoga's plugins would wrap an iterator that
   * never yields, at a cost in memory per subscriber. The transport core has already authenticated,
   * parsed and validated; a failure to start gets the same error codes and masking as elsewhere.
   */
  async subscribe(args: ExecutionArgs): Promise<AsyncIterable<ExecutionResult> | ExecutionResult> {
    const result = await subscribe(args);
    if (Symbol.asyncIterator in result) return result;
    const coded = codeVariableErrors(result);
    return coded.errors ? { ...coded, errors: coded.errors.map(this.parts.maskError) } : coded;
  }

  /**
   * Starts a subscription; the returned iterator yields nothing (frames go straight to the sink)
   * and ends it on `return()`, which is what graphql-js and graphql-ws call when the client leaves.
   */
  open(request: OpenRequest): AsyncGenerator<never, void, unknown> {
    const requested = request.after == null ? undefined : parseCursor(request.after);
    if (request.after != null && requested === undefined) {
      throw new InvalidInput(request.afterField ?? 'after', `"${request.after}" is not a cursor from this server; omit it to start live`);
    }
    const subscription = new Subscription(
      new ChangeFilter(request.viewer.id, { topics: request.topics, entityIds: request.entityIds }),
      this.joinCohort(request),
      request.context,
      request.sink,
      request.framer,
      this.parts.hub.position,
    );
    this.subscribers.add(subscription);
    this.parts.metrics.activeSubscriptions.inc();
    if (requested === undefined) {
      subscription.phase = 'live';
    } else {
      this.replayer.catchUp(subscription, requested).catch((error: unknown) => {
        if (subscription.closed) return;
        this.parts.logger.error({ err: error }, 'replaying changes failed; closing the subscriber so it resumes');
        this.end(subscription);
        subscription.sink.cutLoose();
      });
    }
    return new OpenSubscription(this, subscription);
  }

  private joinCohort(request: OpenRequest): Cohort {
    const shape = operationShape(this.parts.schema, request.operation, request.fragments);
    const resultVariables = shape.resultVariables.map((name) => [name, request.variables?.[name]]);
    const key = `${JSON.stringify(resultVariables)}\n${shape.text}`;
    let cohort = this.cohorts.get(key);
    if (!cohort) {
      const document: DocumentNode = {
        kind: Kind.DOCUMENT,
        definitions: [request.operation, ...Object.values(request.fragments)],
      };
      cohort = new Cohort(
        key,
        document,
        request.operation.name?.value,
        request.variables,
        shape.perViewerTypes,
        sharedContext(request.context.services),
      );
      this.cohorts.set(key, cohort);
    }
    cohort.members++;
    return cohort;
  }

  /** Ends a subscription (the client completed it or left, or its replay failed). */
  end(subscription: Subscription): void {
    if (subscription.closed) return;
    subscription.phase = 'closed';
    this.subscribers.remove(subscription);
    const cohort = subscription.cohort;
    if (--cohort.members === 0) this.cohorts.delete(cohort.key);
    this.parts.metrics.activeSubscriptions.dec();
  }

  /** Called synchronously by the hub, in commit order: who receives what is decided here, at once. */
  private accept(records: readonly ChangeRecord[]): void {
    this.window.append(records);
    const batch: Delivery[] = [];
    for (const record of records) {
      const live: Subscription[] = [];
      for (const subscription of this.subscribers.subscribersOf(record)) {
        if (subscription.phase === 'live') {
          live.push(subscription);
        } else if (subscription.phase === 'catching-up' && !subscription.handoverOverflowed) {
          subscription.handover.push(record);
          if (subscription.handover.length > MAX_HANDOVER_BUFFER) {
            subscription.handover = [];
            subscription.handoverOverflowed = true;
          }
        }
      }
      if (live.length > 0) batch.push({ record, subscribers: live });
    }
    if (batch.length === 0) return;
    this.queue.push(batch);
    this.delivering ??= this.deliverQueued().finally(() => {
      this.delivering = undefined;
    });
  }

  /**
   * One batch at a time, so every socket gets its frames in commit order. Each round first lets
   * pending I/O run (setImmediate): under load, the changes committed meanwhile join the round,
   * and a socket receives them in one write instead of one write each.
   */
  private async deliverQueued(): Promise<void> {
    while (this.queue.length > 0) {
      await new Promise((resolve) => setImmediate(resolve));
      const batch = this.queue.splice(0).flat();
      try {
        // Nothing is sent before every execution succeeded, so a batch whose entity loads met an
        // outage is delivered whole once the database answers (later batches wait behind it, in order).
        await untilAvailable(() => this.deliver(batch), { onWait: this.waitingForDatabase });
      } catch (error) {
        this.parts.logger.error({ err: error }, 'delivering changes failed');
      }
    }
  }

  private async deliver(batch: readonly Delivery[]): Promise<void> {
    const { metrics } = this.parts;
    // Per change: one execution per cohort, or per cohort and viewer where its type reads the viewer;
    // `payloads[i][j]` is what the j-th subscriber of the i-th change receives.
    const payloads = await Promise.all(
      batch.map(({ record, subscribers }) => {
        const executions = new Map<Cohort, Map<string, Promise<Buffer>>>();
        const received = subscribers.map((subscription) => {
          const cohort = subscription.cohort;
          let byKey = executions.get(cohort);
          if (!byKey) executions.set(cohort, (byKey = new Map()));
          const key = cohort.executionKey(record, subscription);
          let payload = byKey.get(key);
          if (!payload) {
            payload = this.executeFor(cohort, key === '*' ? cohort.sharedContext : subscription.context, record);
            byKey.set(key, payload);
          }
          return payload;
        });
        let count = 0;
        for (const byKey of executions.values()) count += byKey.size;
        metrics.executionsPerChange.observe(count);
        return Promise.all(received);
      }),
    );

    const corked = new CorkedBatch();
    let deliveries = 0;
    batch.forEach(({ record, subscribers }, index) => {
      subscribers.forEach((subscription, position) => {
        if (subscription.phase !== 'live' || record.seq <= subscription.cursor) return;
        const sink = subscription.sink;
        if (!corked.enter(sink)) return;
        sink.send(subscription.framer.frame(record.seq, payloads[index]![position]!));
        subscription.cursor = record.seq;
        deliveries++;
      });
      const age = (Date.now() - Date.parse(record.at)) / 1000;
      if (age < 5) metrics.deliveryLatency.observe(age);
    });
    corked.release(this.parts.maxSocketBufferBytes, metrics.slowConsumers);
    metrics.deliveries.inc(deliveries);
  }

  /** The serialized result, encoded once: every socket of the cohort copies these bytes. */
  private async executeFor(cohort: Cohort, context: ExecutionContext, record: ChangeRecord): Promise<Buffer> {
    return Buffer.from(await executeChange(this.parts, cohort, context, record));
  }

  private readonly waitingForDatabase = (error: unknown, attempt: number): void => {
    if (attempt === 1) this.parts.logger.warn({ err: error }, 'the database is out of reach; changes wait for it, none is skipped');
  };
}
