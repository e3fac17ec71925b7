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
