/**
 * One timer for every open connection of a transport: each round calls every member once
 * (a WebSocket ping, an SSE comment), instead of a timer per connection.
 */
export class KeepAlive {
  private readonly members = new Set<() => void>();
  private readonly timer: NodeJS.Timeout;

  constructor(intervalMs: number) {
    this.timer = setInterval(() => {
      for (const beat of this.members) beat();
    }, intervalMs);
    this.timer.unref();
  }

  add(beat: () => void): () => void {
    this.members.add(beat);
    return () => this.members.delete(beat);
  }

  stop(): void {
    clearInterval(this.timer);
    this.members.clear();
  }
}
