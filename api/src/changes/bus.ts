import { Redis } from 'ioredis';

/**
 * The bus only wakes readers up: "the log has changes up to seq". Losing a message delays
 * delivery until the next wake-up or sweep; it never loses a change, because the log is the truth.
 */
export interface ChangeBus {
  publish(seq: number): Promise<void>;
  subscribe(listener: (seq: number) => void): () => void;
  ping(): Promise<void>;
  close(): Promise<void>;
}

export class MemoryBus implements ChangeBus {
  private readonly listeners = new Set<(seq: number) => void>();

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
  }
}

export class RedisBus implements ChangeBus {
  private readonly publisher: Redis;
  private readonly subscriber: Redis;
  private readonly listeners = new Set<(seq: number) => void>();

  private constructor(url: string, private readonly channel: string) {
    this.publisher = new Redis(url, { lazyConnect: true, maxRetriesPerRequest: 2 });
    this.subscriber = new Redis(url, { lazyConnect: true });
    this.subscriber.on('message', (_channel: string, message: string) => {
      const seq = Number(message);
      if (Number.isFinite(seq)) for (const listener of this.listeners) listener(seq);
    });
  }

  static async connect(url: string, channel = 'pulsegraph:changes'): Promise<RedisBus> {
    const bus = new RedisBus(url, channel);
    await Promise.all([bus.publisher.connect(), bus.subscriber.connect()]);
    await bus.subscriber.subscribe(channel);
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
    this.subscriber.disconnect();
    this.publisher.disconnect();
  }
}
