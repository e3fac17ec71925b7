import type { Selectable } from 'kysely';

/** The tables this module owns; db/tables.ts composes each owner's tables into `DB`. */
export interface KeywordSetTables {
  keyword_sets: KeywordSetsTable;
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

export type KeywordSetRow = Selectable<KeywordSetsTable>;
