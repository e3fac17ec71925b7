import type { Logger } from 'pino';
import { z } from 'zod';
import type { ChangeBus } from '../../changes/bus.js';
import type { ChangeHub } from '../../changes/hub.js';
import { defineSignal } from '../../changes/signals.js';
import type { ChangeRecord } from '../../changes/topics.js';
import type { Role, Viewer } from '../../viewer.js';
import type { Executor } from '../../db/database.js';
import { SESSION_ENDED_CLOSE_CODE, type SocketRegistry } from '../../transport/sockets.js';
import { sha256 } from '../../digest.js';
import { untilAvailable } from '../../db/availability.js';
import * as repo from './repo.js';

const MAX_REMEMBERED = 10_000;
/** Token reads that a recheck overlapped are read again, at most this many times in all. */
const MAX_READS = 3;
const FIRST_RESEND_MS = 1_000;
const MAX_RESEND_MS = 30_000;

/** Each person's role as `db` (a snapshot, say) has it, whatever this instance has learned so far: what live answers are read with. */
export async function rolesIn(db: Executor, userIds: readonly string[]): Promise<ReadonlyMap<string, Role>> {
  return new Map((await repo.findAccessStates(db, userIds)).map((row) => [row.id, row.role]));
}

/** A session or API key revoked or expired: every instance forgets it and ends its streams. */
const sessionEnded = defineSignal('session-ended', z.object({ sessionId: z.string(), reason: z.string().optional() }));
/** A person's role changed (the row version orders changes that cross on the bus). */
const roleChanged = defineSignal(
  'role-changed',
  z.object({ userId: z.string(), role: z.enum(['ADMIN', 'MEMBER', 'VIEWER'] satisfies Role[]), version: z.number() }),
);

/** A viewer as read from the database, with its person's row version (which orders role changes). */
export interface ReadViewer {
  viewer: Viewer;
  userVersion: number;
}

/** What Sessions uses: the database, the bus its signals travel on, the change log as this instance reads it, the open sockets. */
export interface SessionParts {
  db: Executor;
  bus: ChangeBus;
  commits: Pick<ChangeHub, 'listen'>;
  sockets: SocketRegistry;
  logger: Pick<Logger, 'warn'>;
}

/** How a bearer token that is an API key finds its viewer, and a key's session is read again (modules/apiKeys, wired by the composition root). */
export interface ApiKeyReader {
  isApiKey(token: string): boolean;
  viewerOf(secretHash: string): Promise<ReadViewer | undefined>;
  /** The session id a key's streams are filed under, and whether a session id is one. */
  sessionIdOf(keyId: string): string;
  isKeySession(sessionId: string): boolean;
  /** The viewer of a key's session id while the key is live. */
  viewerOfSession(sessionId: string): Promise<ReadViewer | undefined>;
}

/**
 * Who is behind a bearer token (a session's or an API key's), read from the database once per
 * token and instance, then from memory. A session's or key's row never changes except to be
 * revoked, and its expiry is in the row, so memory stays right: expiry is checked on every use,
 * and a revocation reaches every instance over the bus (`session-ended`), which also ends that
 * session's (or key's) open streams there. A person's role can change: the viewers handed out
 * read it from `roles`, which every instance updates from the bus (`role-changed`), so requests,
 * open sockets and API keys all act with the current role at once.
 *
 * The signals are quick, not sure: Redis may be away when one is sent. So what decides who may do
 * what is also read where it is durable. A committed role change, removal or key revocation is a
 * change in the log, which every instance reads (by the sweep while Redis is away): the person's
 * role and removal, or the key, are read again from the database, and their sessions here end if
 * they should. A sign-out leaves no change: a signal that could not be sent is sent again until it
 * goes, and when this instance's bus comes back every session it knows (remembered or with a stream
 * open) is read again. A token read that overlaps a recheck reads again, so it cannot bring back
 * what the recheck ends.
 */
export class Sessions {
  private readonly byTokenHash = new Map<string, Viewer>();
  private readonly reading = new Map<string, Promise<Viewer | undefined>>();
  /** Each person's role as this instance last learned it, with the row version it came with. */
  private readonly roles = new Map<string, { role: Role; version: number }>();
  /** Sessions ended here, with the count of endings when they ended: a read begun before its end is dropped. */
  private readonly ended = new Map<string, number>();
  private endings = 0;
  private readonly unlisten: () => void;
  private readonly db: Executor;
  private readonly bus: ChangeBus;
  private readonly sockets: SocketRegistry;
  private readonly logger: Pick<Logger, 'warn'>;
  /** Rechecks run one after another, so a burst of changes cannot open many reads at once. */
  private rechecking: Promise<void> = Promise.resolve();
  /** Rechecks queued so far: a token read during which this moves reads again. */
  private rechecks = 0;
  /** A recheck of every session is queued and not begun: another would repeat it. */
  private everythingQueued = false;
  /** Signals that could not be sent (Redis away), sent again until they go. */
  private unsent: Array<() => Promise<void>> = [];
  private resendTimer: NodeJS.Timeout | undefined;

  constructor(
    parts: SessionParts,
    private readonly apiKeys?: ApiKeyReader,
  ) {
    ({ db: this.db, bus: this.bus, sockets: this.sockets, logger: this.logger } = parts);
    const stops = [
      sessionEnded.listen(parts.bus, (signal) => this.forget(signal.sessionId, signal.reason)),
      roleChanged.listen(parts.bus, (signal) => this.learn(signal.userId, signal.role, signal.version)),
      parts.commits.listen((records) => this.recheckConcerned(records)),
      parts.bus.onReconnect(() => {
        void this.resend();
        this.recheckEverything();
      }),
    ];
    this.unlisten = () => stops.forEach((stop) => stop());
  }

  /** The viewer behind `token`, or undefined when it is unknown, expired or revoked. */
  async authenticate(token: string): Promise<Viewer | undefined> {
    const tokenHash = sha256(token);
    const remembered = this.byTokenHash.get(tokenHash);
    if (remembered) {
      if (remembered.sessionExpiresAt > Date.now()) return remembered;
      this.byTokenHash.delete(tokenHash);
      return undefined;
    }
    // Many sockets of one token arriving at once (a restart storm) share the one read.
    let reading = this.reading.get(tokenHash);
    if (!reading) {
      reading = this.read(tokenHash, this.apiKeys?.isApiKey(token) ?? false).finally(() => this.reading.delete(tokenHash));
      this.reading.set(tokenHash, reading);
    }
    return reading;
  }

  private async read(tokenHash: string, isApiKey: boolean): Promise<Viewer | undefined> {
    const endingsBefore = this.endings;
    let found: ReadViewer | undefined;
    for (let attempt = 0; attempt < MAX_READS; attempt++) {
      const rechecks = this.rechecks;
      found = isApiKey ? await this.apiKeys!.viewerOf(tokenHash) : await this.readSession(tokenHash);
      // A recheck queued meanwhile was for a change committed after this read may have begun: read again, after it.
      if (rechecks === this.rechecks) break;
    }
    if (!found) return undefined;
    // Revoked while the row was on its way (read before the revocation committed): not a viewer.
    if ((this.ended.get(found.viewer.sessionId) ?? 0) > endingsBefore) return undefined;
    const viewer = this.live(found);
    if (this.byTokenHash.size >= MAX_REMEMBERED) this.byTokenHash.delete(this.byTokenHash.keys().next().value!);
    this.byTokenHash.set(tokenHash, viewer);
    return viewer;
  }

  private async readSession(tokenHash: string): Promise<ReadViewer | undefined> {
    return this.viewerOfSession(await repo.findLiveSession(this.db, { tokenHash }, new Date().toISOString()));
  }

  /** The viewer of a live session, by its id (a download link made by that session); undefined once it is revoked or expired. */
  async sessionViewer(sessionId: string): Promise<Viewer | undefined> {
    return this.viewerOfSession(await repo.findLiveSession(this.db, { id: sessionId }, new Date().toISOString()))?.viewer;
  }

  private viewerOfSession(session: Awaited<ReturnType<typeof repo.findLiveSession>>): ReadViewer | undefined {
    return (
      session && {
        viewer: { id: session.user_id, role: session.role, sessionId: session.id, sessionExpiresAt: Date.parse(session.expires_at) },
        userVersion: session.user_version,
      }
    );
  }

  /** A viewer whose role is the person's current one on this instance, not the one it was read with. */
  private live({ viewer, userVersion }: ReadViewer): Viewer {
    this.learn(viewer.id, viewer.role, userVersion);
    const roles = this.roles;
    const readWith = viewer.role;
    return Object.defineProperty({ ...viewer }, 'role', { enumerable: true, get: () => roles.get(viewer.id)?.role ?? readWith });
  }

  /** Versions order what arrives out of order (a read begun before a change, a signal after it). */
  private learn(userId: string, role: Role, version: number): void {
    const known = this.roles.get(userId);
    if (!known || version >= known.version) this.roles.set(userId, { role, version });
  }

  /** A committed role change: it applies here at once, and on every instance as the signal lands. */
  async roleChanged(user: { id: string; role: Role; version: number }): Promise<void> {
    this.learn(user.id, user.role, user.version);
    await this.send(() => roleChanged.send(this.bus, { userId: user.id, role: user.role, version: user.version }));
  }

  /** Revokes a session: its token stops working here at once, and on every other instance as the signal lands. */
  async revoke(sessionId: string, reason: string): Promise<void> {
    await repo.revokeSession(this.db, sessionId, new Date().toISOString());
    await this.end(sessionId, reason);
  }

  /** Forgets a session or key already revoked in the database, here and on every instance, and ends its streams. */
  async end(sessionId: string, reason: string): Promise<void> {
    this.forget(sessionId, reason);
    await this.send(() => sessionEnded.send(this.bus, { sessionId, reason }));
  }

  /** The write behind a signal has committed, so the caller is not failed: a signal that cannot go now is sent again until it goes. */
  private async send(signal: () => Promise<void>): Promise<void> {
    try {
      await signal();
    } catch (error) {
      this.logger.warn({ err: error }, 'a session signal could not be sent; it is sent again until Redis takes it');
      if (this.unsent.length < MAX_REMEMBERED) this.unsent.push(signal);
      this.resendLater(FIRST_RESEND_MS);
    }
  }

  private resendLater(delayMs: number): void {
    if (this.resendTimer) return;
    this.resendTimer = setTimeout(() => {
      this.resendTimer = undefined;
      void this.resend(Math.min(delayMs * 2, MAX_RESEND_MS));
    }, delayMs);
    this.resendTimer.unref();
  }

  /** Sends the signals that could not go, in order; those that still cannot wait for the next try. */
  private async resend(nextDelayMs = FIRST_RESEND_MS): Promise<void> {
    const pending = this.unsent.splice(0);
    for (const [index, signal] of pending.entries()) {
      try {
        await signal();
      } catch {
        this.unsent.unshift(...pending.slice(index));
        this.resendLater(nextDelayMs);
        return;
      }
    }
  }

  /** The people and API keys these committed changes concern are read again. */
  private recheckConcerned(records: readonly ChangeRecord[]): void {
    const people = new Set<string>();
    const keySessions = new Set<string>();
    // Only those this instance has met: a person it read a token of, a key with a token remembered or a stream open here.
    for (const record of records) {
      if (record.topic === 'USER' && this.roles.has(record.entityId)) people.add(record.entityId);
      // A key's own write carries its version; usage counts (version null) change nothing here.
      else if (record.topic === 'API_KEY' && record.version !== null && this.apiKeys) keySessions.add(this.apiKeys.sessionIdOf(record.entityId));
    }
    if (keySessions.size > 0) {
      const known = this.knownSessionIds();
      for (const sessionId of keySessions) if (!known.has(sessionId)) keySessions.delete(sessionId);
    }
    if (people.size > 0) this.queueRecheck(() => this.recheckPeople([...people]));
    if (keySessions.size > 0) this.queueRecheck(() => this.recheckSessions([...keySessions]));
  }

  /** Every session this instance knows, remembered or with a stream open: after the bus was away, any may have ended. */
  private recheckEverything(): void {
    if (this.everythingQueued) return;
    this.everythingQueued = true;
    this.queueRecheck(async () => {
      this.everythingQueued = false;
      await this.recheckSessions([...this.knownSessionIds()]);
    });
  }

  private queueRecheck(recheck: () => Promise<void>): void {
    this.rechecks += 1;
    this.rechecking = this.rechecking.then(recheck).catch((error: unknown) => this.logger.warn({ err: error }, 'rereading sessions failed'));
  }

  /** People's current roles; a person removed has every session here ended (their rows say revoked). Waits out a database outage. */
  private async recheckPeople(userIds: readonly string[]): Promise<void> {
    for (const person of await untilAvailable(() => repo.findAccessStates(this.db, userIds))) {
      if (person.removed_at === null) {
        this.learn(person.id, person.role, person.version);
        continue;
      }
      for (const sessionId of this.knownSessionIds(person.id)) this.forget(sessionId, 'Removed from the workspace');
    }
  }

  /** Sessions (a person's or a key's) read again: one no longer live is forgotten and its streams end; a live one brings its person's role. */
  private async recheckSessions(sessionIds: readonly string[]): Promise<void> {
    for (const sessionId of sessionIds) {
      const found = await untilAvailable(() => this.readSessionById(sessionId));
      if (found) this.learn(found.viewer.id, found.viewer.role, found.userVersion);
      else this.forget(sessionId, 'Session ended: sign in again');
    }
  }

  /** The sessions this instance knows, all or one person's: a token remembered, or a stream open here. */
  private knownSessionIds(userId?: string): Set<string> {
    const sessionIds = new Set(this.sockets.sessionIds(userId));
    for (const viewer of this.byTokenHash.values()) if (userId === undefined || viewer.id === userId) sessionIds.add(viewer.sessionId);
    return sessionIds;
  }

  private async readSessionById(sessionId: string): Promise<ReadViewer | undefined> {
    if (this.apiKeys?.isKeySession(sessionId)) return this.apiKeys.viewerOfSession(sessionId);
    return this.viewerOfSession(await repo.findLiveSession(this.db, { id: sessionId }, new Date().toISOString()));
  }

  stop(): void {
    this.unlisten();
    clearTimeout(this.resendTimer);
  }

  /** Has this session (or API key, by its session id) ended, as far as this instance has heard? In memory, so a loop may ask per item. */
  hasEnded(sessionId: string): boolean {
    return this.ended.has(sessionId);
  }

  private forget(sessionId: string, reason = 'Signed out'): void {
    this.ended.delete(sessionId);
    this.ended.set(sessionId, ++this.endings);
    if (this.ended.size > MAX_REMEMBERED) this.ended.delete(this.ended.keys().next().value!);
    for (const [tokenHash, viewer] of this.byTokenHash) {
      if (viewer.sessionId === sessionId) this.byTokenHash.delete(tokenHash);
    }
    this.sockets.closeSession(sessionId, SESSION_ENDED_CLOSE_CODE, reason);
  }
}
