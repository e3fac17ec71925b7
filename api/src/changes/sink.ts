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

/** Wraps one serialized result for a subscription's transport (its graphql-ws operation id, or the SSE `id:`: a change's seq, a live answer's cursor). */
export interface Framer {
  frame(eventId: number | string, payload: Buffer): Buffer;
}

/**
 * The connections one batch of frames goes to: each corked at its first frame and uncorked together
 * at the end, so a connection's frames leave in one write; one still holding more than the limit
 * after that is cut loose (it resumes from its cursor). The fan-out and live answers write this way.
 */
export class CorkedBatch {
  private readonly sinks = new Set<ChangeSink>();

  /** Corks `sink` for this batch (once); false when it is closed and nothing should be written to it. */
  enter(sink: ChangeSink): boolean {
    if (this.sinks.has(sink)) return true;
    if (!sink.isOpen()) return false;
    sink.cork();
    this.sinks.add(sink);
    return true;
  }

  /** Uncorks every sink of the batch, cutting loose those that hold more than `maxBufferedBytes`. */
  release(maxBufferedBytes: number, slowConsumers: { inc(): void }): void {
    for (const sink of this.sinks) {
      sink.uncork();
      if (sink.bufferedBytes() > maxBufferedBytes) {
        slowConsumers.inc();
        sink.cutLoose();
      }
    }
  }
}
