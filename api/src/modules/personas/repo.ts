import type { Executor } from '../../db/database.js';
import { newestFirst, type PageRequest } from '../../db/pagination.js';
import type { PersonaRow } from './table.js';

export async function findPersona(db: Executor, id: string): Promise<PersonaRow | undefined> {
  return db.selectFrom('personas').selectAll().where('id', '=', id).executeTakeFirst();
}

export async function listPersonas(
  db: Executor,
  page: PageRequest,
  filter: { kind?: PersonaRow['kind'] },
): Promise<PersonaRow[]> {
  const query = db
    .selectFrom('personas')
    .selectAll()
    .$if(filter.kind !== undefined, (qb) => qb.where('kind', '=', filter.kind!));
  return newestFirst(query, page, 'created_at', 'id').execute();
}

export async function insertPersona(db: Executor, row: PersonaRow): Promise<void> {
  await db.insertInto('personas').values(row).execute();
}

export async function updatePersona(db: Executor, row: PersonaRow): Promise<void> {
  const { id, ...fields } = row;
  await db.updateTable('personas').set(fields).where('id', '=', id).execute();
}

export async function deletePersona(db: Executor, id: string): Promise<boolean> {
  const result = await db.deleteFrom('personas').where('id', '=', id).executeTakeFirst();
  return result.numDeletedRows > 0n;
}
