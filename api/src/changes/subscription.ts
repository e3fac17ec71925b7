import type { DocumentNode } from 'graphql';
import type { Viewer } from '../viewer.js';
import type { ChangeFilter } from './change-filter.js';
import type { ChangeSink, Framer } from './sink.js';
import { changeTypeName } from './type-names.js';
import type { ChangeRecord } from './topics.js';

/** What the fan-out needs of an execution context; the rest (the app's parts) passes through to resolvers. */
export interface ExecutionContext {
  services: unknown;
  viewer: Viewer | null;
}

/**
 * Subscribers of one operation (root arguments aside) share each execution of a change; where the
 * selection for that change's type reads the viewer, they share it per viewer.
 */
export class Cohort {
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
    return this.perViewerTypes.has(changeTypeName(record.topic) ?? '') ? subscription.filter.viewerId : '*';
  }
}

export type Phase = 'catching-up' | 'live' | 'closed';

export class Subscription {
  phase: Phase = 'catching-up';
  /** Live changes that arrived while catching up, handed over once the log read reaches them. */
  handover: ChangeRecord[] = [];
  handoverOverflowed = false;

  constructor(
    /** Which changes this subscriber gets (changes/change-filter.ts), live and on replay alike. */
    readonly filter: ChangeFilter,
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
    return this.filter.matches(record);
  }
}

/** A context for executions shared by several viewers: reading the viewer there is a missing `perViewer`. */
export function sharedContext(services: unknown): ExecutionContext {
  return {
    services,
    get viewer(): never {
      throw new Error('A field read the viewer in a shared execution: declare it with `perViewer`');
    },
  };
}

/**
 * What `open` hands to graphql-js and graphql-ws: an iterator that yields nothing (the fan-out
 * writes the frames) and ends the subscription on `return()`. A class rather than closures: one of
 * these lives as long as each subscriber.
 */
export class OpenSubscription implements AsyncGenerator<never, void, unknown> {
  private finish: ((result: IteratorResult<never, void>) => void) | undefined;
  private readonly ended = new Promise<IteratorResult<never, void>>((resolve) => (this.finish = resolve));

  constructor(
    private readonly registry: { end(subscription: Subscription): void },
    private readonly subscription: Subscription,
  ) {}

  next(): Promise<IteratorResult<never, void>> {
    return this.ended;
  }

  async return(): Promise<IteratorResult<never, void>> {
    this.registry.end(this.subscription);
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
