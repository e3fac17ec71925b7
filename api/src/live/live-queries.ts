import type { ExecutionResult, GraphQLSchema } from 'graphql';
import { readLogBounds } from '../changes/log.js';
import type { ChangeRecord } from '../changes/topics.js';
import { declaredEntities } from '../entities.js';
import type { Part } from '../parts.js';
import { LiveAnswers, operationKey, type AnswerParts } from './answers.js';
import { Cohort, type CohortParts, type FrameTarget, type Listener, type LiveQueryRequest } from './cohort.js';
import { parseLiveCursor } from './cursor.js';
import { liveReads, mayTouch } from './reads.js';

export type { LiveQueryRequest } from './cohort.js';

/** Executions started at once after a commit (the rest wait their round); an operation shared by role counts one per role. */
const EXECUTIONS_PER_ROUND = 8;
/** The most executions one shared operation needs: one per role. */
const ROLES = 3;

/**
 * Live queries (`query … @live`): the answer, then a new answer whenever a committed change alters it,
 * each with the cursor it is consistent with. Beside the fan-out, not inside it: the fan-out executes
 * a change for its subscribers; this executes a query for a cohort when the hub's changes may touch it.
 */
export class LiveQueries implements Part {
  private readonly cohorts = new Map<string, Cohort>();
  private stopListening = () => {};
  private readonly answers: LiveAnswers;

  private readonly cohortParts: CohortParts;

  constructor(
    private readonly parts: AnswerParts & {
      schema: GraphQLSchema;
      hub: { listen(listener: (records: readonly ChangeRecord[]) => void): () => void };
      metrics: CohortParts['metrics'];
      maxSocketBufferBytes: number;
    },
  ) {
    this.answers = new LiveAnswers(parts);
    const { logger, metrics, maxSocketBufferBytes } = parts;
    this.cohortParts = { compute: (request, reason) => this.answers.answer(request, reason), logger, metrics, maxSocketBufferBytes };
  }

  /** The change topic of each entity type (entities.ts), once every module has declared its own. */
  private topicOfType: ReadonlyMap<string, string> | undefined;

  start(): void {
    this.stopListening = this.parts.hub.listen((records) => this.committed(records));
  }

  stop(): void {
    this.stopListening();
    this.due.clear();
    for (const cohort of this.cohorts.values()) cohort.close();
    this.cohorts.clear();
  }

  get cohortCount(): number {
    return this.cohorts.size;
  }

  /**
   * Follows one live query. With a target (a graphql-ws or SSE connection), its answers are written
   * there as frames, each serialized once for all its clients, and the iterator yields nothing but
   * ends the query on `return()`; without one, the iterator yields the answers.
   */
  open(request: LiveQueryRequest, target?: FrameTarget): AsyncIterableIterator<ExecutionResult> {
    const key = cohortKey(request);
    let cohort = this.cohorts.get(key);
    if (!cohort) {
      cohort = new Cohort(key, request, liveReads(this.parts.schema, this.topics(), request.args), this.cohortParts);
      this.cohorts.set(key, cohort);
    }
    const queue: ExecutionResult[] = [];
    let wake: (() => void) | undefined;
    let done = false;
    const after = request.after === undefined ? undefined : parseLiveCursor(request.after);
    const listener: Listener = {
      leave: () => leave(),
      out:
        target ??
        ((result) => {
          queue.push(result);
          wake?.();
        }),
      holds: after?.hash,
      reset: false,
      pending: after !== undefined,
    };
    const joined = cohort;
    const leave = () => {
      done = true;
      joined.listeners.delete(listener);
      if (joined.listeners.size === 0 && this.cohorts.get(key) === joined) {
        this.cohorts.delete(key);
        joined.close();
      }
      wake?.();
    };
    // Joined at once, so the cohort is not dropped by a listener leaving meanwhile.
    joined.listeners.add(listener);
    void (async () => {
      if (after) {
        listener.reset = after.seq < (await readLogBounds(this.parts.database.db)).prunedThrough;
        listener.pending = false;
      }
      if (done) return; // left while its cursor was looked up: nothing more goes to it
      if (joined.answer) joined.offer(listener);
      else await joined.first();
    })().catch((error: unknown) => this.parts.logger.warn({ err: error }, 'a live query could not start'));
    const iterator: AsyncIterableIterator<ExecutionResult> = {
      [Symbol.asyncIterator]: () => iterator,
      next: async () => {
        while (queue.length === 0 && !done) await new Promise<void>((resolve) => (wake = resolve));
        wake = undefined;
        if (queue.length > 0) return { value: queue.shift()!, done: false };
        return { value: undefined, done: true };
      },
      return: async () => {
        leave();
        return { value: undefined, done: true };
      },
    };
    return iterator;
  }

  /** Cohorts a committed change may touch, waiting for their new answer (each once, however many changes touched it). */
  private readonly due = new Set<Cohort>();
  private draining = false;

  /** Each cohort a batch of committed changes may touch looks again, once for the batch. */
  private committed(records: readonly ChangeRecord[]): void {
    for (const cohort of this.cohorts.values()) {
      if (records.some((record) => mayTouch(cohort.reads, cohort.viewerId, record))) this.due.add(cohort);
    }
    void this.drain();
  }

  /**
   * Answers the due cohorts a few operations at a time, yielding to the event loop between rounds:
   * hundreds of executions started at once would queue on the database connection and hold back the
   * writes (and the change stream) behind them, and each cohort still answers once per round however
   * many commits touched it meanwhile. The cohorts of one operation go in the same round, so people
   * of one role share one execution (LiveAnswers).
   */
  private async drain(): Promise<void> {
    if (this.draining) return;
    this.draining = true;
    try {
      while (this.due.size > 0) {
        const byOperation = new Map<string, Cohort[]>();
        let executions = 0;
        for (const cohort of this.due) {
          const shared = this.answers.shareKey(cohort.request);
          const group = shared === undefined ? undefined : byOperation.get(shared);
          if (group) {
            if (group.length < ROLES) executions += 1;
            group.push(cohort);
          } else if (executions < EXECUTIONS_PER_ROUND) {
            executions += 1;
            byOperation.set(shared ?? cohort.key, [cohort]);
          }
        }
        const round = [...byOperation.values()].flat();
        for (const cohort of round) this.due.delete(cohort);
        await Promise.all(round.filter((cohort) => this.cohorts.get(cohort.key) === cohort).map((cohort) => cohort.refresh()));
        await new Promise((resolve) => setImmediate(resolve));
      }
    } finally {
      this.draining = false;
    }
  }

  private topics(): ReadonlyMap<string, string> {
    return (this.topicOfType ??= new Map(declaredEntities().map((entity) => [entity.typeName, entity.topic])));
  }
}

/** Identical live queries of one viewer share a cohort: the same viewer (and API key) and operation. */
function cohortKey({ args, viewer }: LiveQueryRequest): string {
  return JSON.stringify([viewer.id, viewer.apiKey?.id ?? null, operationKey(args)]);
}
