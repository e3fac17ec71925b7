import type { z } from 'zod';
import type { ChangeBus } from './bus.js';

/**
 * One kind of ephemeral signal (typing, presence, a session ended...), declared once with its shape:
 * senders are type-checked, and what arrives (from this instance or, over Redis, from another) is
 * validated before a listener sees it, so no listener casts. A malformed signal is dropped.
 */
export interface SignalKind<Payload extends object> {
  readonly kind: string;
  send(bus: Pick<ChangeBus, 'signal'>, payload: Payload): Promise<void>;
  listen(bus: Pick<ChangeBus, 'onSignal'>, listener: (payload: Payload) => void): () => void;
}

export function defineSignal<Payload extends object>(kind: string, shape: z.ZodType<Payload>): SignalKind<Payload> {
  return {
    kind,
    send: (bus, payload) => bus.signal({ ...payload, kind }),
    listen: (bus, listener) =>
      bus.onSignal((signal) => {
        if (signal.kind !== kind) return;
        const parsed = shape.safeParse(signal);
        if (parsed.success) listener(parsed.data);
      }),
  };
}
