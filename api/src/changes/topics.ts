/** Every kind of entity whose changes flow through the log. A GraphQL `XChange` type exists per topic. */
export const changeTopics = [
  'USER',
  'PERSONA',
  'KEYWORD_SET',
  'PROXY',
  'PROXY_POOL',
  'CAMPAIGN',
  'ACTIVITY',
  'DASHBOARD',
  'SETTINGS',
  'NOTIFICATION',
  'CONNECTION',
  'CHAT',
  'MESSAGE',
  'POST',
  'COMMENT',
  'COUNTS',
  'API_KEY',
  'WEBHOOK',
  'INVITATION',
] as const;
export type ChangeTopic = (typeof changeTopics)[number];

/** The most entity ids a stream, an API key or a webhook may be narrowed to. */
export const MAX_ENTITY_IDS = 100;

export const changeOps = ['CREATED', 'UPDATED', 'DELETED'] as const;
export type ChangeOp = (typeof changeOps)[number];

/** Who may read a change: every signed-in user, or exactly these users. */
export type Audience = 'EVERYONE' | readonly string[];

export interface ChangeDraft {
  topic: ChangeTopic;
  op: ChangeOp;
  entityId: string;
  version?: number | null;
  audience: Audience;
}

/** A change as delivered: one log row, or the synthetic RESYNC a stale cursor gets. */
export interface ChangeRecord {
  seq: number;
  at: string;
  topic: ChangeTopic | 'RESYNC';
  op: ChangeOp | 'RESYNC';
  entityId: string;
  version: number | null;
  isPublic: boolean;
  /** Readers of a non-public change; loaded for live rows only (replay filters in SQL). */
  audience?: ReadonlySet<string>;
  /** Entity loads shared by every subscriber that receives this same record. */
  memo: Map<string, Promise<unknown>>;
}

export const formatCursor = (seq: number): string => String(seq);

export function parseCursor(cursor: string): number | undefined {
  if (!/^\d{1,15}$/.test(cursor)) return undefined;
  return Number(cursor);
}

export function memoized<T>(record: ChangeRecord, key: string, load: () => Promise<T>): Promise<T> {
  let pending = record.memo.get(key) as Promise<T> | undefined;
  if (!pending) {
    pending = load();
    record.memo.set(key, pending);
  }
  return pending;
}
