import type { Selectable } from 'kysely';

/** The tables this module owns; db/tables.ts composes each owner's tables into `DB`. */
export interface ApiKeyTables {
  api_keys: ApiKeysTable;
  api_key_usage: ApiKeyUsageTable;
}

export interface ApiKeysTable {
  id: string;
  user_id: string;
  name: string;
  /** The secret's first characters, shown so a person can tell keys apart. */
  prefix: string;
  secret_hash: string;
  /** JSON of `ApiKeyCapabilities` (viewer.ts). */
  capabilities: string;
  created_at: string;
  last_used_at: string | null;
  expires_at: string | null;
  revoked_at: string | null;
  version: number;
}

export interface ApiKeyUsageTable {
  api_key_id: string;
  /** ISO time of the minute's start. */
  minute: string;
  requests: number;
  subscriptions: number;
  deliveries: number;
  bytes: number;
  cut_offs: number;
}

export type ApiKeyRow = Selectable<ApiKeysTable>;
export type ApiKeyUsageRow = Selectable<ApiKeyUsageTable>;
