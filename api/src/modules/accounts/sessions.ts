import { createHash } from 'node:crypto';
import type { ChangeBus } from '../../changes/bus.js';
import type { Viewer } from '../../viewer.js';
import type { Executor } from '../../db/database.js';
import { SESSION_ENDED_CLOSE_CODE, type SocketRegistry } from '../../transport/sockets.js';
import * as repo from './repo.js';

const SESSION_ENDED = 'session-ended';
const MAX_REMEMBERED = 10_000;

export const hashToken = (token: string) => createHash('sha256').update(token).digest('hex');

/** How a bearer token that is an API key finds its viewer (modules/apiKeys, wired by the composition root). */
export interface ApiKeyReader {
  isApiKey(token: string): boolean;
  viewerOf(secretHash: string): Promise<Viewer | undefined>;
}

/**
 * Who is behind a bearer token (a session's or an API key's), read from the database once per
 * token and instance, then from memory. A session's or key's row never changes except to be
 * revoked, and its expiry is in the row, so memory stays right: expiry is checked on every use,
 * and a revocation reaches every instance over the bus (`session-ended`), which also ends that
 * session's (or key's) open streams there.
 */
export class Sessions {
  private readonly byTokenHash = new Map<string, Viewer>();
  private readonly reading = new Map<string, Promise<Viewer | undefined>>();
  private readonly unlisten: () => void;

  constructor(
    private readonly db: Executor,
    private readonly bus: ChangeBus,
    private readonly sockets: SocketRegistry,
    private readonly apiKeys?: ApiKeyReader,
  ) {
    this.unlisten = bus.onSignal((signal) => {
      if (signal.kind === SESSION_ENDED && typeof signal.sessionId === 'string') {
        this.forget(signal.sessionId, typeof signal.reason === 'string' ? signal.reason : undefined);
      }
    });
  }

  /** The viewer behind `token`, or undefined when it is unknown, expired or revoked. */
  async authenticate(token: string): Promise<Viewer | undefined> {
    const tokenHash = hashToken(token);
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
    const viewer = isApiKey ? await this.apiKeys!.viewerOf(tokenHash) : await this.readSession(tokenHash);
    if (!viewer) return undefined;
    if (this.byTokenHash.size >= MAX_REMEMBERED) this.byTokenHash.delete(this.byTokenHash.keys().next().value!);
    this.byTokenHash.set(tokenHash, viewer);
    return viewer;
  }

  private async readSession(tokenHash: string): Promise<Viewer | undefined> {
    return this.viewerOfSession(await repo.findLiveSession(this.db, { tokenHash }, new Date().toISOString()));
  }

  /** The viewer of a live session, by its id (a download link made by that session); undefined once it is revoked or expired. */
  async sessionViewer(sessionId: string): Promise<Viewer | undefined> {
    return this.viewerOfSession(await repo.findLiveSession(this.db, { id: sessionId }, new Date().toISOString()));
  }

  private viewerOfSession(session: Awaited<ReturnType<typeof repo.findLiveSession>>): Viewer | undefined {
    return session && { id: session.user_id, role: session.role, sessionId: session.id, sessionExpiresAt: Date.parse(session.expires_at) };
  }

  /** Revokes a session: its token stops working here at once, and on every other instance as the signal lands. */
  async revoke(sessionId: string, reason: string): Promise<void> {
    await repo.revokeSession(this.db, sessionId, new Date().toISOString());
    await this.end(sessionId, reason);
  }

  /** Forgets a session or key already revoked in the database, here and on every instance, and ends its streams. */
  async end(sessionId: string, reason: string): Promise<void> {
    this.forget(sessionId, reason);
    await this.bus.signal({ kind: SESSION_ENDED, sessionId, reason });
  }

  stop(): void {
    this.unlisten();
  }

  private forget(sessionId: string, reason = 'Signed out'): void {
    for (const [tokenHash, viewer] of this.byTokenHash) {
      if (viewer.sessionId === sessionId) this.byTokenHash.delete(tokenHash);
    }
    this.sockets.closeSession(sessionId, SESSION_ENDED_CLOSE_CODE, reason);
  }
}
