import type { Executor } from '../../db/database.js';

/** The dashboard's counts, by name. */
export async function readCounts(db: Executor): Promise<Map<string, number>> {
  const rows = await db.selectFrom('dashboard_counts').select(['name', 'count']).execute();
  return new Map(rows.map((row) => [row.name, Number(row.count)]));
}

export async function addToCount(db: Executor, name: string, delta: number): Promise<void> {
  await db
    .updateTable('dashboard_counts')
    .set((eb) => ({ count: eb('count', '+', delta) }))
    .where('name', '=', name)
    .execute();
}
