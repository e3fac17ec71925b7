import type { Selectable } from 'kysely';

/** The tables this module owns; db/tables.ts composes each owner's tables into `DB`. */
export interface PersonaTables {
  personas: PersonasTable;
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

export type PersonaRow = Selectable<PersonasTable>;
