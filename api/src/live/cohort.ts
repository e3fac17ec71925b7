import type { ExecutionArgs, ExecutionResult } from 'graphql';
import type { Logger } from 'pino';
import { CorkedBatch, type ChangeSink, type Framer } from '../changes/sink.js';
import type { Metrics } from '../metrics.js';
import { serializeResult } from '../transport/payload.js';
import { sha256 } from '../digest.js';
import type { Viewer } from '../viewer.js';
import { formatLiveCursor } from './cursor.js';
import { jsonPatchBetween, type PatchOperation } from './patch.js';
import type { LiveReads } from './reads.js';

/** After an answer fails (the database away), it is asked again after this, doubling up to MAX_RETRY_MS. */
const FIRST_RETRY_MS = 250;
const MAX_RETRY_MS = 5_000;

export type Execute = (args: ExecutionArgs) => Promise<ExecutionResult> | ExecutionResult;

export interface LiveQueryRequest {
  args: ExecutionArgs;
  /** Yoga's execute (masking, limits, the operation log), run for every answer. */
  execute: Execute;
  viewer: Viewer;
  /** The last cursor the client saw (`@live(after:)` or SSE `Last-Event-ID`). */
  after?: string;
  /** `@live(patches: true)`: a new answer to the answer the client holds goes as a JSON Patch. */
  patches?: boolean;
}

export interface Answer {
  seq: number;
  hash: string;
  result: ExecutionResult;
  /** Its cursor, and the result with it serialized once for every client it goes to (not for a reset). */
  cursor?: string;
  payload?: Buffer;
  /** Patches to it, by the hash of the answer they apply to: computed once for every cohort it went to. */
  patches?: Map<string, Patch>;
}

/** A client's connection, which answers are written to as whole frames (graphql-ws `next`, an SSE event). */
export interface FrameTarget {
  sink: ChangeSink;
  framer: Framer;
}

export interface Listener {
  /** Ends it: called when its connection is found closed (a client gone before its stream began). */
  leave(): void;
  /** Where its answers go: frames on its connection, or results handed to an iterator. */
  out: FrameTarget | ((result: ExecutionResult) => void);
  /** The hash the client already holds: an answer with it is not sent again. */
  holds?: string;
  /** The client's cursor is older than the retained log: its next answer is a reset. */
  reset: boolean;
  /** Joined, but whether its cursor is still retained is not known yet: nothing is sent to it before. */
  pending: boolean;
}

/** The change from one answer to another, as JSON Patch operations. */
interface Patch {
  operations: PatchOperation[];
  /** `{ extensions: { cursor, patch } }` serialized once for every client it goes to. */
  payload?: Buffer;
}

export interface CohortParts {
  compute: (request: LiveQueryRequest, reason: 'first' | 'change') => Promise<Answer>;
  logger: Logger;
  /** A connection holding more than this unsent is cut loose (it resumes from its cursor), as the fan-out does. */
  maxSocketBufferBytes: number;
  metrics: Pick<Metrics, 'slowConsumers'>;
}

/**
 * One answer computed for every identical live query (same document, operation, variables and
 * viewer): it is recomputed when a committed change may touch what the query read, and sent only
 * when it differs from the last one, with the cursor it is consistent with.
 */
export class Cohort {
  readonly listeners = new Set<Listener>();
  answer: Answer | undefined;
  /** The answer before `answer` (a different one): clients holding it may be sent a patch. */
  private previous: Answer | undefined;
  private computing: Promise<void> | undefined;
  private stale = false;
  /** Answers that failed in a row (the database away): the next try waits longer. */
  private failures = 0;
  private retry: NodeJS.Timeout | undefined;

  constructor(
    readonly key: string,
    readonly request: LiveQueryRequest,
    /** What the query reads: the changes that may touch its answer. */
    readonly reads: LiveReads,
    private readonly parts: CohortParts,
  ) {}

  get viewerId(): string {
    return this.request.viewer.id;
  }

  /** The first answer: computed once however many join before it is there (a restart storm's reconnects). */
  first(): Promise<void> {
    return this.computing ?? this.refresh();
  }

  /** Computes the answer now, or once more after the one under way (commits meanwhile may have changed it). */
  refresh(): Promise<void> {
    if (this.computing) {
      this.stale = true;
      return this.computing;
    }
    this.computing = (async () => {
      do {
        this.stale = false;
        try {
          const next = await this.parts.compute(this.request, this.answer ? 'change' : 'first');
          if (this.answer && next.hash !== this.answer.hash) this.previous = this.answer;
          this.answer = next;
          this.failures = 0;
          this.offerAll();
        } catch (error) {
          // A commit it has not answered must still reach its clients, with no further commit to wake it.
          this.failures += 1;
          const delay = Math.min(MAX_RETRY_MS, FIRST_RETRY_MS * 2 ** (this.failures - 1));
          this.parts.logger.warn({ err: error, retryInMs: delay }, 'a live query could not be answered; it is asked again');
          clearTimeout(this.retry);
          this.retry = setTimeout(() => this.listeners.size > 0 && void this.refresh(), delay);
          this.retry.unref();
        }
      } while (this.stale);
    })().finally(() => {
      this.computing = undefined;
    });
    return this.computing;
  }

  /** No client left: nothing to try again. */
  close(): void {
    clearTimeout(this.retry);
  }

  /** Sends the current answer to every client that does not hold it, each connection written once. */
  private offerAll(): void {
    const corked = new CorkedBatch();
    for (const listener of this.listeners) {
      if (typeof listener.out !== 'function' && !corked.enter(listener.out.sink)) {
        listener.leave();
        continue;
      }
      this.offer(listener);
    }
    corked.release(this.parts.maxSocketBufferBytes, this.parts.metrics.slowConsumers);
  }

  /** Sends the current answer to one client, unless it holds it already. */
  offer(listener: Listener): void {
    const answer = this.answer;
    if (!answer || listener.pending || (listener.holds === answer.hash && !listener.reset)) return;
    const reset = listener.reset;
    // `patches` is in the document or its variables, so every client of a cohort asked the same.
    const patch = this.request.patches && !reset && listener.holds !== undefined ? this.patchFrom(listener.holds) : undefined;
    listener.holds = answer.hash;
    listener.reset = false;
    const cursor = (answer.cursor ??= formatLiveCursor(answer.seq, answer.hash));
    if (patch) {
      const patched = { extensions: { cursor, patch: patch.operations } };
      if (typeof listener.out === 'function') return listener.out(patched);
      patch.payload ??= Buffer.from(JSON.stringify(patched));
      return listener.out.sink.send(listener.out.framer.frame(cursor, patch.payload));
    }
    const withCursor = () => ({ ...answer.result, extensions: { ...answer.result.extensions, cursor, ...(reset ? { reset: true } : {}) } });
    if (typeof listener.out === 'function') return listener.out(withCursor());
    const payload = reset ? Buffer.from(serializeResult(withCursor())) : (answer.payload ??= Buffer.from(serializeResult(withCursor())));
    listener.out.sink.send(listener.out.framer.frame(cursor, payload));
  }

  /**
   * The patch that turns the answer with hash `held` into the current one: only from the answer just
   * before it, and only between answers without errors (a client gets those whole).
   */
  private patchFrom(held: string): Patch | undefined {
    const { answer, previous } = this;
    if (!answer || previous?.hash !== held || previous.result.errors || answer.result.errors) return undefined;
    const patches = (answer.patches ??= new Map());
    let patch = patches.get(held);
    if (!patch) patches.set(held, (patch = { operations: jsonPatchBetween(previous.result.data ?? {}, answer.result.data ?? {}) }));
    return patch;
  }
}

export const answerOf = (seq: number, result: ExecutionResult): Answer => ({ seq, hash: sha256(JSON.stringify(result), 'base64url').slice(0, 16), result });
