import type { Logger } from 'pino';

/** A long-lived part of an instance: a worker, a timer, a connection, a listener. */
export interface Part {
  start?(): void | Promise<void>;
  stop(): void | Promise<void>;
}

/**
 * The instance's parts in one list (Centrifuge's Node over its Closers): each is added once, when it
 * is built; `start` starts them in that order, `stop` stops them in reverse, so a part stops before
 * the parts it was built with. A new background part is one `add`. A part that fails to stop is
 * logged and the rest still stop.
 */
export class Parts {
  private readonly parts: { name: string; part: Part }[] = [];

  constructor(private readonly logger: Logger) {}

  add<P extends Part>(name: string, part: P): P {
    this.parts.push({ name, part });
    return part;
  }

  async start(): Promise<void> {
    for (const { part } of this.parts) await part.start?.();
  }

  async stop(): Promise<void> {
    for (const { name, part } of [...this.parts].reverse()) {
      try {
        await part.stop();
      } catch (error) {
        this.logger.error({ err: error, part: name }, 'a part failed to stop; stopping the rest');
      }
    }
  }
}
