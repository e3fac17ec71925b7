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
import * as repo from './repo.js';

const MAX_REMEMBERED = 10_000;

/** Each person's role as `db` (a snapshot, say) has it, whatever this instance has learned so far: what live answers are read with. */
export async function rolesIn(db: Executor, userIds: readonly string[]): Promise<ReadonlyMap<string, Role>> {
  return new Map((await repo.findRolesByIds(db, userIds)).map((row) => [row.id, row.role]));
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

/** How a bearer token that is an API key finds its viewer (modules/apiKeys, wired by the composition root). */
export interface ApiKeyReader {
  isApiKey(token: string): boolean;
  viewerOf(secretHash: string): Promise<ReadViewer | undefined>;
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
 * change in the log, which every instance reads (by the sweep while Redis is away): the tokens it
 * concerns are read again from the database. A sign-out leaves no change, so when the bus comes back
 * every remembered token is read again.
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

  constructor(
    parts: SessionParts,
    private readonly apiKeys?: ApiKeyReader,
  ) {
    ({ db: this.db, bus: this.bus, sockets: this.sockets, logger: this.logger } = parts);
    const stops = [
      sessionEnded.listen(parts.bus, (signal) => this.forget(signal.sessionId, signal.reason)),
      roleChanged.listen(parts.bus, (signal) => this.learn(signal.userId, signal.role, signal.version)),
      parts.commits.listen((records) => this.recheckConcerned(records)),
      parts.bus.onReconnect(() => this.recheck(() => true)),
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
    const found = isApiKey ? await this.apiKeys!.viewerOf(tokenHash) : await this.readSession(tokenHash);
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
    await this.send(roleChanged.send(this.bus, { userId: user.id, role: user.role, version: user.version }));
  }

  /** Revokes a session: its token stops working here at once, and on every other instance as the signal lands. */
  async revoke(sessionId: string, reason: string): Promise<void> {
    await repo.revokeSession(this.db, sessionId, new Date().toISOString());
    await this.end(sessionId, reason);
  }

  /** Forgets a session or key already revoked in the database, here and on every instance, and ends its streams. */
  async end(sessionId: string, reason: string): Promise<void> {
    this.forget(sessionId, reason);
    await this.send(sessionEnded.send(this.bus, { sessionId, reason }));
  }

  /** The write behind a signal has committed: a signal that cannot go now reaches the others from the log or on the bus's return. */
  private async send(sending: Promise<void>): Promise<void> {
    await sending.catch((error: unknown) =>
      this.logger.warn({ err: error }, 'a session signal could not be sent; other instances learn it from the log or when Redis is back'),
    );
  }

  /** Rereads the remembered tokens of the people and API keys these committed changes concern. */
  private recheckConcerned(records: readonly ChangeRecord[]): void {
    const people = new Set<string>();
    const keys = new Set<string>();
    for (const record of records) {
      if (record.topic === 'USER') people.add(record.entityId);
      // A key's own write carries its version; usage counts (version null) change nothing here.
      else if (record.topic === 'API_KEY' && record.version !== null) keys.add(record.entityId);
    }
    if (people.size === 0 && keys.size === 0) return;
    this.recheck((viewer) => people.has(viewer.id) || (viewer.apiKey !== undefined && keys.has(viewer.apiKey.id)));
  }

  /**
   * Reads the remembered tokens whose viewers match again: one no longer live (revoked, expired, its
   * person removed) is forgotten and its streams end; a live one brings its person's current role.
   */
  private recheck(matches: (viewer: Viewer) => boolean): void {
    const tokens = [...this.byTokenHash].filter(([, viewer]) => matches(viewer));
    if (tokens.length === 0) return;
    this.rechecking = this.rechecking.then(async () => {
      for (const [tokenHash, viewer] of tokens) {
        try {
          const found = viewer.apiKey ? await this.apiKeys?.viewerOf(tokenHash) : await this.readSession(tokenHash);
          if (found) this.learn(found.viewer.id, found.viewer.role, found.userVersion);
          else this.forget(viewer.sessionId, 'Session ended: sign in again');
        } catch (error) {
          // The database away too: the next change read, or the bus's next return, asks again.
          this.logger.warn({ err: error }, 'rereading a session failed');
          return;
        }
      }
    });
  }

  stop(): void {
    this.unlisten();
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
