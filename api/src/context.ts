import type { ChangeSink, Framer } from './changes/sink.js';
import type { Services } from './services.js';
import type { Viewer } from './viewer.js';

export interface Context {
  services: Services;
  viewer: Viewer | null;
  /** A token was sent but is unknown, expired or revoked (as opposed to no token at all). */
  tokenRejected?: boolean;
  /** SSE reconnects: the `Last-Event-ID` header, which wins over the `after` argument. */
  lastEventId?: string;
  /** Set by WebSocket and SSE: where a `changes` subscription of this operation writes its frames. */
  live?: LiveTarget;
}

export interface LiveTarget {
  sink: ChangeSink;
  /** Wraps one serialized result for the transport: the graphql-ws `next` of this operation id, or an SSE event with `id:`. */
  framer: Framer;
  /** The operation's variables as the client sent them. */
  variables: Record<string, unknown> | undefined;
}
