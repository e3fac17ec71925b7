/**
 * Work that arrives in floods (every client reconnecting after a restart) done a slice per
 * event-loop turn: between slices the loop serves the other sockets' I/O, so an HTTP write or a
 * live delivery waits for one slice, not for the whole flood. In arrival order; a quiet server
 * runs each task on the next turn.
 */
export class TurnQueue {
  private readonly tasks: Array<() => void> = [];
  private scheduled = false;

  constructor(private readonly perTurn: number) {}

  push(task: () => void): void {
    this.tasks.push(task);
    if (!this.scheduled) {
      this.scheduled = true;
      setImmediate(() => this.run());
    }
  }

  private run(): void {
    for (const task of this.tasks.splice(0, this.perTurn)) task();
    if (this.tasks.length > 0) setImmediate(() => this.run());
    else this.scheduled = false;
  }
}
