import { CloseCodes } from './close-codes.js';

/** Open WebSocket connections and SSE streams per session, so a session that ends closes exactly its streams. */
export interface ClosableSocket {
  close(code: number, reason: string): void;
}

/** The session a stream was opened with, as its Viewer carries it. */
export interface SessionRef {
  /** The person's id. */
  id: string;
  sessionId: string;
  /** When the session expires (epoch ms). */
  sessionExpiresAt: number;
}

export const SESSION_ENDED_CLOSE_CODE = CloseCodes.SESSION_ENDED;

/** setTimeout cannot wait longer than about 24.8 days; a later expiry is re-checked then. */
const LONGEST_WAIT_MS = 2 ** 31 - 1;

interface OpenSession {
  userId: string;
  sockets: Set<ClosableSocket>;
  expiresAt: number;
}

export class SocketRegistry {
  private readonly bySession = new Map<string, OpenSession>();
  private timer: NodeJS.Timeout | undefined;
  private timerAt = Infinity;

  add(session: SessionRef, socket: ClosableSocket): void {
    let open = this.bySession.get(session.sessionId);
    if (!open) this.bySession.set(session.sessionId, (open = { userId: session.id, sockets: new Set(), expiresAt: session.sessionExpiresAt }));
    open.sockets.add(socket);
    if (open.expiresAt < this.timerAt) this.arm(open.expiresAt);
  }

  remove(sessionId: string, socket: ClosableSocket): void {
    const open = this.bySession.get(sessionId);
    if (!open) return;
    open.sockets.delete(socket);
    if (open.sockets.size === 0) this.bySession.delete(sessionId);
  }

  /** The sessions with a stream open here: all of them, or one person's. */
  sessionIds(userId?: string): string[] {
    return [...this.bySession].filter(([, open]) => userId === undefined || open.userId === userId).map(([sessionId]) => sessionId);
  }

  closeSession(sessionId: string, code: number, reason: string): void {
    const open = this.bySession.get(sessionId);
    this.bySession.delete(sessionId);
    for (const socket of open?.sockets ?? []) socket.close(code, reason);
  }

  closeAll(code: number, reason: string): void {
    for (const sessionId of [...this.bySession.keys()]) this.closeSession(sessionId, code, reason);
  }

  stop(): void {
    clearTimeout(this.timer);
    this.timerAt = Infinity;
  }

  /** One timer for the registry, set for the earliest expiry. */
  private arm(at: number): void {
    clearTimeout(this.timer);
    this.timerAt = at;
    this.timer = setTimeout(() => this.endExpired(), Math.min(Math.max(at - Date.now(), 0), LONGEST_WAIT_MS));
    this.timer.unref();
  }

  private endExpired(): void {
    const now = Date.now();
    let next = Infinity;
    for (const [sessionId, open] of [...this.bySession]) {
      if (open.expiresAt <= now) this.closeSession(sessionId, SESSION_ENDED_CLOSE_CODE, 'Session expired: sign in again');
      else next = Math.min(next, open.expiresAt);
    }
    this.timerAt = Infinity;
    if (next < Infinity) this.arm(next);
  }
}
