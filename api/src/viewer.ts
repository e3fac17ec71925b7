import { Unauthenticated } from './errors.js';

/** Who is asking: the signed-in user behind a request's or a socket's token. */
export interface Viewer {
  id: string;
  role: 'ADMIN' | 'MEMBER';
  sessionId: string;
  /** When the session expires (epoch ms): its open streams end then. */
  sessionExpiresAt: number;
}

export function requireViewer(ctx: { viewer: Viewer | null }): Viewer {
  if (!ctx.viewer) throw new Unauthenticated();
  return ctx.viewer;
}
