import { randomUUID } from 'node:crypto';
import { Repeater } from 'graphql-yoga';
import type { WriteParts } from '../../changes/commit.js';
import { z } from 'zod';
import { defineSignal } from '../../changes/signals.js';


export interface PresenceEvent {
  userId: string;
  online: boolean;
  at: string;
  lastSeenAt: string | null;
}

/** A user going online or offline on one instance. */
const presenceShape = z.object({ instance: z.string(), userId: z.string(), online: z.boolean(), at: z.string(), lastSeenAt: z.string().nullable() });
const presenceSignal = defineSignal('presence', presenceShape);
type PresenceSignal = z.infer<typeof presenceShape>;
/** Every instance says which users it holds online, so others notice its death and heal missed signals. */
const heartbeatShape = z.object({ instance: z.string(), users: z.array(z.string()) });
const heartbeatSignal = defineSignal('presence-heartbeat', heartbeatShape);
type HeartbeatSignal = z.infer<typeof heartbeatShape>;

const HEARTBEAT_MS = 3_000;
/** An instance not heard from for this long is dead (crashed, killed, cut off): its users go offline. */
const INSTANCE_TIMEOUT_MS = 3 * HEARTBEAT_MS;

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
  /** The same, by instance, with when each was last heard. */
  private readonly instances = new Map<string, { users: Set<string>; heardAt: number }>();
  private readonly listeners = new Set<(event: PresenceEvent) => void>();
  private unlisten: (() => void) | undefined;
  private heartbeat: NodeJS.Timeout | undefined;

  constructor(
    private readonly services: WriteParts,
    private readonly graceMs: number,
  ) {}

  start(): void {
    const stopPresence = presenceSignal.listen(this.services.bus, (signal) => this.apply(signal));
    const stopHeartbeats = heartbeatSignal.listen(this.services.bus, (signal) => this.reconcile(signal));
    this.unlisten = () => {
      stopPresence();
      stopHeartbeats();
    };
    this.heartbeat = setInterval(() => {
      this.forgetSilentInstances();
      void this.sendHeartbeat();
    }, HEARTBEAT_MS);
    this.heartbeat.unref();
  }

  stop(): void {
    clearInterval(this.heartbeat);
    this.unlisten?.();
    for (const timer of this.leaving.values()) clearTimeout(timer);
    this.leaving.clear();
  }

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
    const signal: PresenceSignal = { instance: this.instance, userId, online, at: new Date().toISOString(), lastSeenAt };
    await presenceSignal.send(this.services.bus, signal).catch((error: unknown) => this.services.logger.warn({ err: error }, 'sending a presence signal failed'));
  }

  private async sendHeartbeat(): Promise<void> {
    const users = [...new Set([...this.local.keys(), ...this.leaving.keys()])];
    await heartbeatSignal.send(this.services.bus, { instance: this.instance, users }).catch((error: unknown) => this.services.logger.warn({ err: error }, 'sending a presence heartbeat failed'));
  }

  /** Applies an instance's announcement; subscribers hear only flips of the user's overall state. */
  private apply(signal: PresenceSignal): void {
    this.mark(signal.instance, signal.userId, signal.online, signal.at, signal.lastSeenAt);
  }

  /** A heartbeat is the whole truth about its instance: users it no longer names have left it. */
  private reconcile(signal: HeartbeatSignal): void {
    const known = this.instanceEntry(signal.instance);
    known.heardAt = Date.now();
    const now = new Date().toISOString();
    const named = new Set(signal.users);
    for (const userId of [...known.users]) if (!named.has(userId)) this.mark(signal.instance, userId, false, now, now);
    for (const userId of named) if (!known.users.has(userId)) this.mark(signal.instance, userId, true, now, null);
  }

  private forgetSilentInstances(): void {
    const cutoff = Date.now() - INSTANCE_TIMEOUT_MS;
    for (const [instance, { users, heardAt }] of this.instances) {
      if (instance === this.instance || heardAt >= cutoff) continue;
      this.services.logger.warn({ instance, users: users.size }, 'an instance went silent; its users are offline');
      const lastHeard = new Date(heardAt).toISOString();
      for (const userId of [...users]) this.mark(instance, userId, false, new Date().toISOString(), lastHeard);
      this.instances.delete(instance);
    }
  }

  private instanceEntry(instance: string): { users: Set<string>; heardAt: number } {
    let entry = this.instances.get(instance);
    if (!entry) this.instances.set(instance, (entry = { users: new Set(), heardAt: Date.now() }));
    return entry;
  }

  private mark(instance: string, userId: string, online: boolean, at: string, lastSeenAt: string | null): void {
    const was = this.isOnline(userId);
    let instances = this.onlineAt.get(userId);
    const entry = this.instanceEntry(instance);
    if (online) {
      if (!instances) this.onlineAt.set(userId, (instances = new Set()));
      instances.add(instance);
      entry.users.add(userId);
    } else {
      entry.users.delete(userId);
      if (instances) {
        instances.delete(instance);
        if (instances.size === 0) this.onlineAt.delete(userId);
      }
    }
    const now = this.isOnline(userId);
    if (was === now) return;
    const event: PresenceEvent = { userId, online: now, at, lastSeenAt };
    for (const listener of this.listeners) listener(event);
  }
}
