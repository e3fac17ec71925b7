import type { Generated, Insertable, Selectable } from 'kysely';

/** The change log's tables; db/tables.ts composes each owner's tables into `DB`. */
export interface ChangeLogTables {
  changes: ChangesTable;
  change_audience: ChangeAudienceTable;
  changelog_state: ChangelogStateTable;
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

export type ChangeRow = Selectable<ChangesTable>;
export type NewChange = Insertable<ChangesTable>;
