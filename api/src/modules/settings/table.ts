import type { Selectable, Updateable } from 'kysely';

/** The tables this module owns; db/tables.ts composes each owner's tables into `DB`. */
export interface SettingsTables {
  settings: SettingsTable;
}

export interface SettingsTable {
  id: number;
  worker_concurrency: number;
  proxy_health_check_interval_seconds: number;
  progress_push_per_second: number;
  change_retention_hours: number;
  updated_at: string;
  version: number;
}

export type SettingsRow = Selectable<SettingsTable>;
export type SettingsUpdate = Updateable<SettingsTable>;
