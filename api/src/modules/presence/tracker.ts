import { randomUUID } from 'node:crypto';
import { Repeater } from 'graphql-yoga';
import type { Writer } from '../../changes/commit.js';
import type { Signal } from '../../changes/bus.js';


export interface PresenceEvent {
  userId: string;
  online: boolean;
  at: string;
  lastSeenAt: string | null;
}

interface PresenceSignal extends Signal, PresenceEvent {
  kind: 'presence';
  instance: string;
}

/**
 * A user is online while any of their sockets (WebSocket or SSE stream) is open on any instance.
 * The last one closing starts a grace period; a reconnect inside it changes nothing, so a dropped
 * network does not flicker. Presence is ephemeral: signals on the bus, never the change log.
 */
export class PresenceTracker {
  readonly instance = randomUUID();
  private readonly local = new Map<string, number>();
  private readonly leaving = new Map<string, NodeJS.Timeout>();
  /** Which instances have each user online, as announced on the bus (this one included). */
  private readonly onlineAt = new Map<string, Set<string>>();
  private readonly listeners = new Set<(event: PresenceEvent) => void>();
  private unlisten: (() => void) | undefined;

  constructor(
    private readonly services: Writer,
    private readonly graceMs: number,
  ) {}

  start(): void {
    this.unlisten = this.services.bus.onSignal((signal) => {
      if (signal.kind === 'presence') this.apply(signal as PresenceSignal);
    });
  }

  stop(): void {
    this.unlisten?.();
    for (const timer of this.leaving.values()) clearTimeout(timer);
    this.leaving.clear();
  }

  /** Counts one open socket of `userId`; the returned function releases it. */
  /** A socket of this user opened; call `disconnect` once when it closes. */
  connect(userId: string): void {
    const count = (this.local.get(userId) ?? 0) + 1;
    this.local.set(userId, count);
    const pending = this.leaving.get(userId);
    if (pending) {
      clearTimeout(pending);
      this.leaving.delete(userId);
    } else if (count === 1) {
      void this.announce(userId, true, null);
    }
  }

  disconnect(userId: string): void {
    const left = (this.local.get(userId) ?? 1) - 1;
    if (left > 0) return void this.local.set(userId, left);
    this.local.delete(userId);
    const timer = setTimeout(() => {
      this.leaving.delete(userId);
      if (!this.local.has(userId)) void this.wentOffline(userId);
    }, this.graceMs);
    timer.unref();
    this.leaving.set(userId, timer);
  }

  isOnline(userId: string): boolean {
    return (this.onlineAt.get(userId)?.size ?? 0) > 0;
  }

  /** Every presence flip of any user; the caller filters by audience. */
  events(): AsyncIterable<PresenceEvent> {
    return new Repeater<PresenceEvent>(async (push, stop) => {
      const listener = (event: PresenceEvent) => void push(event);
      this.listeners.add(listener);
      await stop;
      this.listeners.delete(listener);
    });
  }

  private async wentOffline(userId: string): Promise<void> {
    const at = new Date().toISOString();
    try {
      await this.services.database.db.updateTable('users').set({ last_seen_at: at }).where('id', '=', userId).execute();
    } catch (error) {
      this.services.logger.warn({ err: error }, 'recording last seen failed');
    }
    await this.announce(userId, false, at);
  }

  private async announce(userId: string, online: boolean, lastSeenAt: string | null): Promise<void> {
    const signal: PresenceSignal = { kind: 'presence', instance: this.instance, userId, online, at: new Date().toISOString(), lastSeenAt };
    await this.services.bus.signal(signal).catch((error: unknown) => this.services.logger.warn({ err: error }, 'sending a presence signal failed'));
  }

  /** Applies an instance's announcement; subscribers hear only flips of the user's overall state. */
  private apply(signal: PresenceSignal): void {
    const was = this.isOnline(signal.userId);
    let instances = this.onlineAt.get(signal.userId);
    if (signal.online) {
      if (!instances) this.onlineAt.set(signal.userId, (instances = new Set()));
      instances.add(signal.instance);
    } else if (instances) {
      instances.delete(signal.instance);
      if (instances.size === 0) this.onlineAt.delete(signal.userId);
    }
    const now = this.isOnline(signal.userId);
    if (was === now) return;
    const event: PresenceEvent = { userId: signal.userId, online: now, at: signal.at, lastSeenAt: signal.lastSeenAt };
    for (const listener of this.listeners) listener(event);
  }
}
