import type { Role } from './modules/accounts/table.js';
import { Unauthenticated } from './errors.js';

export type { Role } from './modules/accounts/table.js';

/** What an API key may do on its owner's behalf; a session may do everything its person may. */
export interface ApiKeyCapabilities {
  /** Queries and subscriptions. */
  read: boolean;
  /** Mutations. */
  write: boolean;
  /** The only topics its `changes` stream may carry; null: every topic. */
  topics: readonly string[] | null;
  /** The only entities its `changes` stream may carry; null: every entity. */
  entityIds: readonly string[] | null;
  /** Only documents registered with the server (trusted documents) may run. */
  trustedDocumentsOnly: boolean;
}

/** Who is asking: the signed-in user behind a request's or a socket's token (a session or an API key). */
export interface Viewer {
  id: string;
  /**
   * The person's current role. A viewer from `Sessions` reads it live: a role changed on any
   * instance applies to requests and open sockets holding this viewer at once.
   */
  readonly role: Role;
  /** The session's id, or `apikey:<id>` for an API key: what revocation and expiry end. */
  sessionId: string;
  /** When the session (or key) expires (epoch ms): its open streams end then. */
  sessionExpiresAt: number;
  /** Set when the token is an API key: the person acts through it, narrowed to these capabilities. */
  apiKey?: { id: string; capabilities: ApiKeyCapabilities };
}

export function requireViewer(ctx: { viewer: Viewer | null }): Viewer {
  if (!ctx.viewer) throw new Unauthenticated();
  return ctx.viewer;
}
