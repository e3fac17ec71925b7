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
import pLimit from 'p-limit';
import type { Logger } from 'pino';
import type { Viewer } from '../viewer.js';
import type { DB } from '../db/tables.js';
import { untilAvailable } from '../db/availability.js';
import { codeVariableErrors, InvalidInput } from '../errors.js';
import type { FanOutMetrics } from '../metrics.js';
import type { MaskError } from '../transport/payload.js';
import type { ChangeHub } from './hub.js';
import { readLogBounds, readVisibleAfter } from './log.js';
import { Route } from './route.js';
import { operationShape } from './per-viewer.js';
import { ReplayWindow } from './replay-window.js';
import { executeChange } from './execute-change.js';
import { changeTypeName } from './type-names.js';
import { parseCursor, type ChangeRecord } from './topics.js';

const REPLAY_PAGE = 500;
/** Pages of replay under way at once, across all subscribers; the rest wait their turn in arrival order. */
const REPLAY_CONCURRENCY = 16;
const REPLAY_SHARING_MS = 1_000;
/** A subscriber catching up that has this many live changes waiting goes back to reading the log. */
const MAX_HANDOVER_BUFFER = 5000;

/**
 * One client connection as the fan-out sees it: a WebSocket or an SSE response. The transport
 * frames; the fan-out decides what to send and when to give up on a slow reader.
 */
export interface ChangeSink {
  send(frame: Buffer): void;
  /** Frames sent between cork and uncork leave in one write. */
  cork(): void;
  uncork(): void;
  /** Bytes accepted but not yet handed to the kernel. */
  bufferedBytes(): number;
  /** Resolves once the buffer is empty (or the sink is closed). */
  drained(): Promise<void>;
  isOpen(): boolean;
  /** Ends a reader that fell too far behind (WebSocket 4503, SSE end of stream); it resumes from its cursor. */
  cutLoose(): void;
}

/** Wraps one serialized result for a subscription's transport (its graphql-ws operation id, or the SSE `id:`). */
export interface Framer {
  frame(seq: number, payload: Buffer): Buffer;
}

/** What the fan-out needs of an execution context; the rest (the app's parts) passes through to resolvers. */
export interface ExecutionContext {
  services: unknown;
  viewer: Viewer | null;
}

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

/**
 * Subscribers of one operation (root arguments aside) share each execution of a change; where the
 * selection for that change's type reads the viewer, they share it per viewer.
 */
class Cohort {
  members = 0;
  constructor(
    readonly key: string,
    readonly document: DocumentNode,
    readonly operationName: string | undefined,
    readonly variables: Record<string, unknown> | undefined,
    readonly perViewerTypes: ReadonlySet<string>,
    readonly sharedContext: ExecutionContext,
  ) {}

  /** Who may share the execution of `record` with `subscription`: everyone, or the same viewer. */
  executionKey(record: ChangeRecord, subscription: Subscription): string {
    return this.perViewerTypes.has(changeTypeName(record.topic) ?? '') ? subscription.route.viewerId : '*';
  }
}

type Phase = 'catching-up' | 'live' | 'closed';

class Subscription {
  phase: Phase = 'catching-up';
  /** Live changes that arrived while catching up, handed over once the log read reaches them. */
  handover: ChangeRecord[] = [];
  handoverOverflowed = false;

  constructor(
    /** Which changes this subscriber gets (changes/route.ts), live and on replay alike. */
    readonly route: Route,
    readonly cohort: Cohort,
    readonly context: ExecutionContext,
    readonly sink: ChangeSink,
    readonly framer: Framer,
    /** The last seq this subscriber has been given (or has no business seeing). */
    public cursor: number,
  ) {}

  get closed(): boolean {
    return this.phase === 'closed';
  }

  wants(record: ChangeRecord): boolean {
    return this.route.matches(record);
  }
}

interface Delivery {
  record: ChangeRecord;
  subscribers: Subscription[];
}

function addTo<K, V>(index: Map<K, Set<V>>, key: K, value: V): void {
  let set = index.get(key);
  if (!set) index.set(key, (set = new Set()));
  set.add(value);
}

function removeFrom<K, V>(index: Map<K, Set<V>>, key: K, value: V): void {
  const set = index.get(key);
  if (!set) return;
  set.delete(value);
  if (set.size === 0) index.delete(key);
}

/** A context for executions shared by several viewers: reading the viewer there is a missing `perViewer`. */
function sharedContext(services: unknown): ExecutionContext {
  return {
    services,
    get viewer(): never {
      throw new Error('A field read the viewer in a shared execution: declare it with `perViewer`');
    },
  };
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
  private readonly allTopics = new Set<Subscription>();
  private readonly byTopic = new Map<string, Set<Subscription>>();
  private readonly byEntity = new Map<string, Set<Subscription>>();
  private readonly byViewer = new Map<string, Set<Subscription>>();
  private readonly cohorts = new Map<string, Cohort>();
  private readonly queue: Delivery[][] = [];
  private delivering: Promise<void> | undefined;
  private readonly stopListening: () => void;
  private readonly window: ReplayWindow;
  private readonly replaySlots = pLimit(REPLAY_CONCURRENCY);
  private replayShared = {
    since: 0,
    head: 0,
    records: new Map<string, ChangeRecord>(),
    executions: new Map<Cohort, Map<string, Promise<Buffer>>>(),
  };

  constructor(private readonly parts: FanOutParts) {
    this.window = new ReplayWindow(parts.db, parts.hub.position, () => parts.metrics.replayLogReads.inc());
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
      new Route(request.viewer.id, { topics: request.topics, entityIds: request.entityIds }),
      this.joinCohort(request),
      request.context,
      request.sink,
      request.framer,
      this.parts.hub.position,
    );
    this.index(subscription, true);
    this.parts.metrics.activeSubscriptions.inc();
    if (requested === undefined) {
      subscription.phase = 'live';
    } else {
      this.catchUp(subscription, requested).catch((error: unknown) => {
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

  /** Files a subscription under (or removes it from) every index `subscribersOf` reads. */
  private index(subscription: Subscription, filed: boolean): void {
    const update = filed ? addTo : removeFrom;
    const { route } = subscription;
    update(this.byViewer, route.viewerId, subscription);
    if (route.entityIds) {
      for (const id of route.entityIds) update(this.byEntity, id, subscription);
    } else if (route.topics) {
      for (const topic of route.topics) update(this.byTopic, topic, subscription);
    } else if (filed) {
      this.allTopics.add(subscription);
    } else {
      this.allTopics.delete(subscription);
    }
  }

  /** Ends a subscription (the client completed it or left, or its replay failed). */
  end(subscription: Subscription): void {
    if (subscription.closed) return;
    subscription.phase = 'closed';
    this.index(subscription, false);
    const cohort = subscription.cohort;
    if (--cohort.members === 0) this.cohorts.delete(cohort.key);
    this.parts.metrics.activeSubscriptions.dec();
  }

  /** Who gets a change. Public changes are found through the topic and entity indexes, private ones through their few readers. */
  private subscribersOf(record: ChangeRecord): Iterable<Subscription> {
    if (!record.isPublic) {
      const found: Subscription[] = [];
      for (const viewerId of record.audience ?? []) {
        for (const subscription of this.byViewer.get(viewerId) ?? []) if (subscription.wants(record)) found.push(subscription);
      }
      return found;
    }
    const byEntity = this.byEntity.get(record.entityId);
    const byTopic = this.byTopic.get(record.topic);
    if (!byEntity) return byTopic ? [...byTopic, ...this.allTopics] : this.allTopics;
    const found = [...(byTopic ?? []), ...this.allTopics];
    for (const subscription of byEntity) if (subscription.wants(record)) found.push(subscription);
    return found;
  }

  /** Called synchronously by the hub, in commit order: who receives what is decided here, at once. */
  private accept(records: readonly ChangeRecord[]): void {
    this.window.append(records);
    const batch: Delivery[] = [];
    for (const record of records) {
      const live: Subscription[] = [];
      for (const subscription of this.subscribersOf(record)) {
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

    const corked = new Set<ChangeSink>();
    let deliveries = 0;
    batch.forEach(({ record, subscribers }, index) => {
      subscribers.forEach((subscription, position) => {
        if (subscription.phase !== 'live' || record.seq <= subscription.cursor) return;
        const sink = subscription.sink;
        if (!corked.has(sink)) {
          if (!sink.isOpen()) return;
          sink.cork();
          corked.add(sink);
        }
        sink.send(subscription.framer.frame(record.seq, payloads[index]![position]!));
        subscription.cursor = record.seq;
        deliveries++;
      });
      const age = (Date.now() - Date.parse(record.at)) / 1000;
      if (age < 5) metrics.deliveryLatency.observe(age);
    });
    for (const sink of corked) {
      sink.uncork();
      if (sink.bufferedBytes() > this.parts.maxSocketBufferBytes) {
        metrics.slowConsumers.inc();
        sink.cutLoose();
      }
    }
    metrics.deliveries.inc(deliveries);
  }

  /** The serialized result, encoded once: every socket of the cohort copies these bytes. */
  private async executeFor(cohort: Cohort, context: ExecutionContext, record: ChangeRecord): Promise<Buffer> {
    return Buffer.from(await executeChange(this.parts, cohort, context, record));
  }

  private readonly waitingForDatabase = (error: unknown, attempt: number): void => {
    if (attempt === 1) this.parts.logger.warn({ err: error }, 'the database is out of reach; changes wait for it, none is skipped');
  };

  /**
   * Replay from the log for one subscriber, then hand over to live delivery. Live changes for it
   * collect in `handover` meanwhile (decided in `accept`, so none can slip between the last log
   * read and going live); anything at or below the cursor is a duplicate and skipped. An outage
   * is waited out where it meets the replay, with the socket left open.
   */
  private async catchUp(subscription: Subscription, requested: number): Promise<void> {
    const retry = { giveUp: () => subscription.closed, onWait: this.waitingForDatabase };
    subscription.cursor = requested;
    if (requested > this.window.head) {
      // Another instance may have read further than this one's hub; only a cursor beyond the log is stale.
      const { head } = await untilAvailable(() => readLogBounds(this.parts.db), retry);
      if (requested > head) await this.resync(subscription, head);
    }
    for (;;) {
      let looked: number;
      do {
        looked = await this.replaySlots(() => (subscription.closed ? 0 : untilAvailable(() => this.replayPage(subscription), retry)));
        if (subscription.closed) return;
      } while (looked === REPLAY_PAGE);

      while (subscription.handover.length > 0 && !subscription.handoverOverflowed) {
        const waiting = subscription.handover.filter((record) => record.seq > subscription.cursor);
        subscription.handover = [];
        await untilAvailable(() => this.replay(subscription, waiting), retry);
        if (subscription.closed) return;
      }
      if (!subscription.handoverOverflowed) {
        subscription.phase = 'live';
        return;
      }
      // Live changes were dropped while it was busy; the log has every one of them.
      subscription.handoverOverflowed = false;
      subscription.handover = [];
    }
  }

  /**
   * One page of a subscriber's replay; returns how many log records it covered (a full page: more
   * may follow). Cursors near the head read the shared window; one far behind reads its own.
   */
  private async replayPage(subscription: Subscription): Promise<number> {
    const shared = await this.window.after(subscription.cursor, REPLAY_PAGE);
    if (shared === 'stale') {
      await this.resync(subscription, (await readLogBounds(this.parts.db)).head);
      return REPLAY_PAGE;
    }
    if (shared === undefined) {
      this.parts.metrics.replayLogReads.inc();
      const own = await readVisibleAfter(this.parts.db, { after: subscription.cursor, route: subscription.route, limit: REPLAY_PAGE });
      await this.replay(subscription, own);
      return own.length;
    }
    await this.replay(
      subscription,
      shared.filter((record) => record.seq > subscription.cursor && subscription.wants(record)),
    );
    // What it may not read or did not ask for is passed too, so the next page starts after it.
    const last = shared.at(-1);
    if (last && !subscription.closed && last.seq > subscription.cursor) subscription.cursor = last.seq;
    return shared.length;
  }

  private async resync(subscription: Subscription, head: number): Promise<void> {
    await this.replay(subscription, [resync(head)]);
    subscription.cursor = head;
  }

  /**
   * Replayed records in order, with the executions shared as live delivery shares them: resuming
   * subscribers of one cohort (and viewer, where the type reads it) get the same bytes. Waits for a
   * full socket to drain rather than cutting it loose.
   */
  private async replay(subscription: Subscription, records: readonly ChangeRecord[]): Promise<void> {
    // Every execution settles first: a failed one (an outage) leaves the page unsent, to be retried whole.
    const payloads = await Promise.all(records.map((record) => this.replayExecution(subscription, record)));
    const { sink } = subscription;
    for (let i = 0; i < records.length; ) {
      if (subscription.closed || !sink.isOpen()) return;
      // Frames leave in one write until the socket holds half its limit; then it drains first.
      sink.cork();
      for (; i < records.length && sink.bufferedBytes() <= this.parts.maxSocketBufferBytes / 2; i++) {
        sink.send(subscription.framer.frame(records[i]!.seq, payloads[i]!));
        subscription.cursor = records[i]!.seq;
      }
      sink.uncork();
      if (i < records.length) await sink.drained();
    }
    this.parts.metrics.deliveries.inc(records.length);
  }

  /**
   * Executions of replayed records are shared while the log stands still (and for at most
   * `REPLAY_SHARING_MS`): a storm of resumes reuses them, yet any commit since (a removed
   * connection, an edit) makes the next replay execute anew, so it shows what the viewer may read now.
   */
  private replayExecution(subscription: Subscription, record: ChangeRecord): Promise<Buffer> {
    const now = Date.now();
    if (now - this.replayShared.since > REPLAY_SHARING_MS || this.replayShared.head !== this.window.head) {
      this.replayShared = { since: now, head: this.window.head, records: new Map(), executions: new Map() };
    }
    const { records, executions } = this.replayShared;
    const cohort = subscription.cohort;
    const key = cohort.executionKey(record, subscription);
    let byRecord = executions.get(cohort);
    if (!byRecord) executions.set(cohort, (byRecord = new Map()));
    // By topic too: a RESYNC carries the seq of the log's head, which a real change also has.
    const recordKey = `${record.topic}:${record.seq}`;
    const memoKey = `${recordKey}:${key}`;
    let payload = byRecord.get(memoKey);
    if (!payload) {
      // A fresh copy per sharing period, so its entity loads are not the ones live delivery made earlier.
      let fresh = records.get(recordKey);
      if (!fresh) records.set(recordKey, (fresh = { ...record, memo: new Map() }));
      payload = this.executeFor(cohort, key === '*' ? cohort.sharedContext : subscription.context, fresh);
      this.parts.metrics.replayExecutions.inc();
      // A failure is not shared: the retry executes again.
      payload.catch(() => byRecord.get(memoKey) === payload && byRecord.delete(memoKey));
      byRecord.set(memoKey, payload);
    }
    return payload;
  }
}

function resync(head: number): ChangeRecord {
  return {
    seq: head,
    at: new Date().toISOString(),
    topic: 'RESYNC',
    op: 'RESYNC',
    entityId: '*',
    version: null,
    isPublic: true,
    memo: new Map(),
  };
}

/**
 * What `open` hands to graphql-js and graphql-ws: an iterator that yields nothing (the fan-out
 * writes the frames) and ends the subscription on `return()`. A class rather than closures: one of
 * these lives as long as each subscriber.
 */
class OpenSubscription implements AsyncGenerator<never, void, unknown> {
  private finish: ((result: IteratorResult<never, void>) => void) | undefined;
  private readonly ended = new Promise<IteratorResult<never, void>>((resolve) => (this.finish = resolve));

  constructor(
    private readonly fanout: FanOut,
    private readonly subscription: Subscription,
  ) {}

  next(): Promise<IteratorResult<never, void>> {
    return this.ended;
  }

  async return(): Promise<IteratorResult<never, void>> {
    this.fanout.end(this.subscription);
    const done = { done: true, value: undefined } as const;
    this.finish?.(done);
    return done;
  }

  throw(): Promise<IteratorResult<never, void>> {
    return this.return();
  }

  [Symbol.asyncIterator](): this {
    return this;
  }
}
