/**
 * One timer for every open connection of a transport: each round calls every member's `beat`
 * once (a WebSocket ping, an SSE comment), instead of a timer per connection.
 */
export class KeepAlive<Member extends { beat(): void }> {
  private readonly members = new Set<Member>();
  private readonly timer: NodeJS.Timeout;

  constructor(intervalMs: number) {
    this.timer = setInterval(() => {
      for (const member of this.members) member.beat();
    }, intervalMs);
    this.timer.unref();
  }

  add(member: Member): void {
    this.members.add(member);
  }

  remove(member: Member): void {
    this.members.delete(member);
  }

  stop(): void {
    clearInterval(this.timer);
    this.members.clear();
  }
}
