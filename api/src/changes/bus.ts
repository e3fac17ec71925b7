import { Redis } from 'ioredis';
import type { Logger } from 'pino';

/**
 * The bus only wakes readers up: "the log has changes up to seq". Losing a message delays
 * delivery until the next wake-up or sweep; it never loses a change, because the log is the truth.
 */
export interface ChangeBus {
  publish(seq: number): Promise<void>;
  subscribe(listener: (seq: number) => void): () => void;
  /** Ephemeral signals (typing, presence): never logged, lost if nobody listens, shared by every instance. */
  signal(message: Signal): Promise<void>;
  onSignal(listener: (message: Signal) => void): () => void;
  ping(): Promise<void>;
  /** After a lost connection is back: wake-ups may have been missed meanwhile, so read the log. */
  onReconnect(listener: () => void): () => void;
  close(): Promise<void>;
}

export interface Signal {
  kind: string;
  [key: string]: unknown;
}

export class MemoryBus implements ChangeBus {
  private readonly listeners = new Set<(seq: number) => void>();
  private readonly signalListeners = new Set<(message: Signal) => void>();

  async signal(message: Signal): Promise<void> {
    for (const listener of this.signalListeners) listener(message);
  }

  onSignal(listener: (message: Signal) => void): () => void {
    this.signalListeners.add(listener);
    return () => this.signalListeners.delete(listener);
  }

  async publish(seq: number): Promise<void> {
    for (const listener of this.listeners) listener(seq);
  }

  subscribe(listener: (seq: number) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  async ping(): Promise<void> {}

  onReconnect(): () => void {
    return () => {};
  }

  async close(): Promise<void> {
    this.listeners.clear();
    this.signalListeners.clear();
  }
}

export class RedisBus implements ChangeBus {
  private readonly publisher: Redis;
  private readonly subscriber: Redis;
  private readonly listeners = new Set<(seq: number) => void>();
  private readonly signalListeners = new Set<(message: Signal) => void>();
  private readonly signalChannel: string;

  private readonly reconnectListeners = new Set<() => void>();
  private connectionLost = false;

  private constructor(
    url: string,
    private readonly channel: string,
    logger: Logger,
  ) {
    this.signalChannel = `${channel}:signals`;
    this.publisher = new Redis(url, { lazyConnect: true, maxRetriesPerRequest: 2 });
    // ioredis reconnects by itself and subscribes again; without an 'error' listener it prints each failure.
    this.subscriber = new Redis(url, { lazyConnect: true });
    for (const client of [this.publisher, this.subscriber]) {
      client.on('error', (error: Error) => {
        if (!this.connectionLost) logger.warn({ err: error }, 'Redis is out of reach; reconnecting (the sweep delivers changes meanwhile)');
        this.connectionLost = true;
      });
    }
    this.subscriber.on('ready', () => {
      if (!this.connectionLost) return;
      this.connectionLost = false;
      logger.info('Redis answers again');
      for (const listener of this.reconnectListeners) listener();
    });
    this.subscriber.on('message', (from: string, message: string) => {
      if (from === this.signalChannel) {
        let signal: Signal;
        try {
          signal = JSON.parse(message) as Signal;
        } catch {
          return;
        }
        for (const listener of this.signalListeners) listener(signal);
        return;
      }
      const seq = Number(message);
      if (Number.isFinite(seq)) for (const listener of this.listeners) listener(seq);
    });
  }

  async signal(message: Signal): Promise<void> {
    await this.publisher.publish(this.signalChannel, JSON.stringify(message));
  }

  onSignal(listener: (message: Signal) => void): () => void {
    this.signalListeners.add(listener);
    return () => this.signalListeners.delete(listener);
  }

  static async connect(url: string, logger: Logger, channel: string): Promise<RedisBus> {
    const bus = new RedisBus(url, channel, logger);
    await Promise.all([bus.publisher.connect(), bus.subscriber.connect()]);
    await bus.subscriber.subscribe(channel, bus.signalChannel);
    return bus;
  }

  async publish(seq: number): Promise<void> {
    await this.publisher.publish(this.channel, String(seq));
  }

  subscribe(listener: (seq: number) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  async ping(): Promise<void> {
    await this.publisher.ping();
  }

  onReconnect(listener: () => void): () => void {
    this.reconnectListeners.add(listener);
    return () => this.reconnectListeners.delete(listener);
  }

  async close(): Promise<void> {
    this.listeners.clear();
    this.signalListeners.clear();
    this.subscriber.disconnect();
    this.publisher.disconnect();
  }
}
