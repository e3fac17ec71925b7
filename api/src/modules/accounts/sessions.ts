import { z } from 'zod';
import type { ChangeBus } from '../../changes/bus.js';
import { defineSignal } from '../../changes/signals.js';
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

  constructor(
    private readonly db: Executor,
    private readonly bus: ChangeBus,
    private readonly sockets: SocketRegistry,
    private readonly apiKeys?: ApiKeyReader,
  ) {
    const stopEnding = sessionEnded.listen(bus, (signal) => this.forget(signal.sessionId, signal.reason));
    const stopRoles = roleChanged.listen(bus, (signal) => this.learn(signal.userId, signal.role, signal.version));
    this.unlisten = () => {
      stopEnding();
      stopRoles();
    };
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
    await roleChanged.send(this.bus, { userId: user.id, role: user.role, version: user.version });
  }

  /** Revokes a session: its token stops working here at once, and on every other instance as the signal lands. */
  async revoke(sessionId: string, reason: string): Promise<void> {
    await repo.revokeSession(this.db, sessionId, new Date().toISOString());
    await this.end(sessionId, reason);
  }

  /** Forgets a session or key already revoked in the database, here and on every instance, and ends its streams. */
  async end(sessionId: string, reason: string): Promise<void> {
    this.forget(sessionId, reason);
    await sessionEnded.send(this.bus, { sessionId, reason });
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
