import { Repeater } from 'graphql-yoga';
import type { Kysely } from 'kysely';
import type { DB } from '../db/tables.js';
import { InvalidInput } from '../errors.js';
import type { ChangeHub } from './hub.js';
import { readLogBounds, readVisibleAfter } from './log.js';
import { parseCursor, type ChangeRecord, type ChangeTopic } from './topics.js';

const REPLAY_PAGE = 500;
/** A subscriber this far behind is switched back to reading the log instead of buffering more. */
const MAX_LIVE_BUFFER = 5000;

export interface StreamRequest {
  viewerId: string;
  /** The last cursor the client saw; undefined = only what commits from now on. */
  after?: string;
  topics?: readonly ChangeTopic[];
  /** Told when the stream starts and when it ends, e.g. to count active subscriptions. */
  onOpen?: () => void;
  onClose?: () => void;
}

export function isVisibleTo(record: ChangeRecord, viewerId: string): boolean {
  return record.isPublic || record.audience?.has(viewerId) === true;
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
 * Replay-then-follow. The hub listener is attached before the first log read, so anything
 * committed meanwhile is either in the replay or in the buffer; a seq at or below the cursor
 * is a duplicate and skipped. Output is in commit order, each change once.
 */
export function streamChanges(db: Kysely<DB>, hub: ChangeHub, request: StreamRequest): AsyncIterable<ChangeRecord> {
  const requested = request.after === undefined || request.after === null ? undefined : parseCursor(request.after);
  if (request.after != null && requested === undefined) {
    throw new InvalidInput('after', `"${request.after}" is not a cursor from this server; omit it to start live`);
  }
  const wanted = request.topics && request.topics.length > 0 ? new Set<string>(request.topics) : undefined;
  const matches = (record: ChangeRecord) =>
    (wanted === undefined || wanted.has(record.topic)) && isVisibleTo(record, request.viewerId);

  return new Repeater<ChangeRecord>(async (push, stop) => {
    let buffer: ChangeRecord[] = [];
    let overflowed = false;
    let wakeConsumer: (() => void) | undefined;
    const stopListening = hub.listen((records) => {
      for (const record of records) if (matches(record)) buffer.push(record);
      if (buffer.length > MAX_LIVE_BUFFER) {
        buffer = [];
        overflowed = true;
      }
      wakeConsumer?.();
    });
    let stopped = false;
    request.onOpen?.();
    void stop.then(() => {
      stopped = true;
      wakeConsumer?.();
    });

    try {
      let cursor: number;
      if (requested === undefined) {
        cursor = hub.position;
      } else {
        const { head, prunedThrough } = await readLogBounds(db);
        if (requested < prunedThrough || requested > head) {
          await push(resync(head));
          cursor = head;
        } else {
          cursor = requested;
        }
      }

      let replaying = requested !== undefined;
      while (!stopped) {
        if (replaying) {
          for (;;) {
            const page = await readVisibleAfter(db, {
              after: cursor,
              viewerId: request.viewerId,
              topics: wanted && [...wanted],
              limit: REPLAY_PAGE,
            });
            for (const record of page) {
              if (stopped) return;
              await push(record);
              cursor = record.seq;
            }
            if (page.length < REPLAY_PAGE) break;
          }
          replaying = false;
        }
        if (buffer.length === 0 && !overflowed) {
          await new Promise<void>((resolve) => (wakeConsumer = resolve));
          wakeConsumer = undefined;
        }
        if (overflowed) {
          overflowed = false;
          replaying = true;
          continue;
        }
        const ready = buffer;
        buffer = [];
        for (const record of ready) {
          if (stopped || overflowed) break;
          if (record.seq <= cursor) continue;
          await push(record);
          cursor = record.seq;
        }
      }
    } finally {
      stopListening();
      request.onClose?.();
    }
  });
}
