/** Open WebSocket connections per session, so signing out can close exactly that token's sockets. */
export interface ClosableSocket {
  close(code: number, reason: string): void;
}

export class SocketRegistry {
  private readonly bySession = new Map<string, Set<ClosableSocket>>();

  add(sessionId: string, socket: ClosableSocket): void {
    let sockets = this.bySession.get(sessionId);
    if (!sockets) this.bySession.set(sessionId, (sockets = new Set()));
    sockets.add(socket);
  }

  remove(sessionId: string, socket: ClosableSocket): void {
    const sockets = this.bySession.get(sessionId);
    if (!sockets) return;
    sockets.delete(socket);
    if (sockets.size === 0) this.bySession.delete(sessionId);
  }

  closeSession(sessionId: string, code: number, reason: string): void {
    for (const socket of this.bySession.get(sessionId) ?? []) socket.close(code, reason);
    this.bySession.delete(sessionId);
  }

  closeAll(code: number, reason: string): void {
    for (const sockets of this.bySession.values()) for (const socket of sockets) socket.close(code, reason);
    this.bySession.clear();
  }
}
