import { Redis } from 'ioredis';

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

  private constructor(url: string, private readonly channel: string) {
    this.signalChannel = `${channel}:signals`;
    this.publisher = new Redis(url, { lazyConnect: true, maxRetriesPerRequest: 2 });
    this.subscriber = new Redis(url, { lazyConnect: true });
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

  static async connect(url: string, channel = 'pulsegraph:changes'): Promise<RedisBus> {
    const bus = new RedisBus(url, channel);
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

  async close(): Promise<void> {
    this.listeners.clear();
    this.signalListeners.clear();
    this.subscriber.disconnect();
    this.publisher.disconnect();
  }
}
