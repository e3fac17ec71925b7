import type { Generated, Selectable } from 'kysely';

/** The tables this module owns; db/tables.ts composes each owner's tables into `DB`. */
export interface WebhookTables {
  webhooks: WebhooksTable;
  webhook_deliveries: WebhookDeliveriesTable;
}

export interface WebhooksTable {
  id: string;
  user_id: string;
  api_key_id: string;
  url: string;
  /** A subscription document over `changes`; each delivery's body is its result for one change. */
  query: string;
  /** JSON arrays, or null for "every". */
  topics: string | null;
  entity_ids: string | null;
  /** Standard Webhooks form: whsec_<base64>. */
  secret: string;
  enabled: number;
  disabled_reason: string | null;
  /** The seq of the last change delivered (or skipped as not for this endpoint). */
  cursor: number;
  failing_since: string | null;
  lease_owner: string | null;
  lease_until: string | null;
  created_at: string;
  version: number;
}

export interface WebhookDeliveriesTable {
  id: Generated<number>;
  webhook_id: string;
  cursor: string | null;
  attempt: number;
  status: 'PENDING' | 'DELIVERED' | 'FAILED';
  response_status: number | null;
  duration_ms: number | null;
  error: string | null;
  at: string;
}

export type WebhookRow = Selectable<WebhooksTable>;
export type WebhookDeliveryRow = Selectable<WebhookDeliveriesTable>;
