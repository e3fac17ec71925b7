import type { Generated, Insertable, Selectable, Updateable } from 'kysely';

/** Timestamps are ISO-8601 strings and booleans are 0/1 so SQLite and PostgreSQL share one schema. */
export interface DB {
  users: UsersTable;
  sessions: SessionsTable;
  personas: PersonasTable;
  keyword_sets: KeywordSetsTable;
  activities: ActivitiesTable;
  settings: SettingsTable;
  changes: ChangesTable;
  change_audience: ChangeAudienceTable;
  changelog_state: ChangelogStateTable;
}

export interface UsersTable {
  id: string;
  email: string;
  password_hash: string;
  display_name: string;
  role: 'ADMIN' | 'MEMBER';
  created_at: string;
  updated_at: string;
  version: number;
}

export interface SessionsTable {
  id: string;
  token_hash: string;
  user_id: string;
  created_at: string;
  expires_at: string;
  revoked_at: string | null;
}

export interface PersonasTable {
  id: string;
  kind: 'DNS' | 'HTTP';
  name: string;
  description: string;
  config: string;
  enabled: number;
  created_by: string;
  created_at: string;
  updated_at: string;
  version: number;
}

export interface KeywordSetsTable {
  id: string;
  name: string;
  description: string;
  rules: string;
  enabled: number;
  created_by: string;
  created_at: string;
  updated_at: string;
  version: number;
}

export interface ActivitiesTable {
  id: Generated<number>;
  at: string;
  actor_id: string | null;
  verb: string;
  entity_type: string;
  entity_id: string;
  summary: string;
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

export interface ChangesTable {
  seq: Generated<number>;
  at: string;
  topic: string;
  op: 'CREATED' | 'UPDATED' | 'DELETED';
  entity_id: string;
  entity_version: number | null;
  /** 1 = every signed-in user may read it; 0 = only the users in change_audience. */
  public: number;
}

export interface ChangeAudienceTable {
  seq: number;
  user_id: string;
}

export interface ChangelogStateTable {
  id: number;
  /** Every change with seq <= this was deleted by retention; a cursor below it must RESYNC. */
  pruned_through: number;
}

export type UserRow = Selectable<UsersTable>;
export type SessionRow = Selectable<SessionsTable>;
export type PersonaRow = Selectable<PersonasTable>;
export type KeywordSetRow = Selectable<KeywordSetsTable>;
export type ActivityRow = Selectable<ActivitiesTable>;
export type SettingsRow = Selectable<SettingsTable>;
export type ChangeRow = Selectable<ChangesTable>;
export type NewChange = Insertable<ChangesTable>;
export type SettingsUpdate = Updateable<SettingsTable>;
