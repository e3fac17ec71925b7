import type { Generated, Selectable } from 'kysely';

/** The tables this module owns; db/tables.ts composes each owner's tables into `DB`. */
export interface ActivityTables {
  activities: ActivitiesTable;
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

export type ActivityRow = Selectable<ActivitiesTable>;
