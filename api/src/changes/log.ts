import type { Kysely } from 'kysely';
import type { Executor } from '../db/database.js';
import type { ChangeRow } from './table.js';
import type { DB } from '../db/tables.js';
import type { ChangeFilter } from './change-filter.js';
import type { ChangeDraft, ChangeRecord, ChangeTopic } from './topics.js';

const ROWS_PER_INSERT = 500;

/**
 * Appends a transaction's changes and returns the last seq. Seq order is commit order: on SQLite
 * there is one writer; on PostgreSQL the seqs returned here are provisional, and a deferred trigger
 * renumbers the rows, in insertion order, as the transaction commits (migration 008), so the value
 * returned there is only a hint. One INSERT per 500 changes; within one INSERT seqs ascend in row
 * order, so the i-th smallest seq returned is the i-th draft's.
 */
export async function appendChanges(trx: Executor, drafts: readonly ChangeDraft[]): Promise<number> {
  const at = new Date().toISOString();
  let last = 0;
  for (let start = 0; start < drafts.length; start += ROWS_PER_INSERT) {
    const chunk = drafts.slice(start, start + ROWS_PER_INSERT);
    const inserted = await trx
      .insertInto('changes')
      .values(
        chunk.map((draft) => ({
          at,
          topic: draft.topic,
          op: draft.op,
          entity_id: draft.entityId,
          entity_version: draft.version ?? null,
          public: draft.audience === 'EVERYONE' ? 1 : 0,
        })),
      )
      .returning('seq')
      .execute();
    const seqs = inserted.map((row) => Number(row.seq)).sort((a, b) => a - b);
    const readers = chunk.flatMap((draft, index) =>
      draft.audience === 'EVERYONE' ? [] : [...new Set(draft.audience)].map((user_id) => ({ seq: seqs[index]!, user_id })),
    );
    for (let from = 0; from < readers.length; from += ROWS_PER_INSERT) {
      await trx.insertInto('change_audience').values(readers.slice(from, from + ROWS_PER_INSERT)).execute();
    }
    last = seqs.at(-1)!;
  }
  return last;
}

function toRecord(row: ChangeRow, audience?: ReadonlySet<string>): ChangeRecord {
  return {
    seq: row.seq,
    at: row.at,
    topic: row.topic as ChangeTopic,
    op: row.op,
    entityId: row.entity_id,
    version: row.entity_version,
    isPublic: row.public === 1,
    audience,
    memo: new Map(),
  };
}

/** What `filter` lets through after a cursor, in commit order: a subscriber's replay, a webhook's next page. */
export async function readVisibleAfter(db: Executor, options: { after: number; filter: ChangeFilter; limit: number }): Promise<ChangeRecord[]> {
  const rows = await options.filter
    .select(db.selectFrom('changes').selectAll(), options.after)
    .orderBy('seq')
    .limit(options.limit)
    .execute();
  return rows.map((row) => toRecord(row));
}

/**
 * Everything after a cursor (up to `through`, when given) with its audiences: the live tail, or a
 * stretch of history that resuming subscribers share; read once for all of them.
 */
export async function readAllAfter(db: Executor, after: number, limit: number, through?: number): Promise<ChangeRecord[]> {
  const rows = await db
    .selectFrom('changes')
    .selectAll()
    .where('seq', '>', after)
    .$if(through !== undefined, (qb) => qb.where('seq', '<=', through!))
    .orderBy('seq')
    .limit(limit)
    .execute();
  const privateSeqs = rows.filter((row) => row.public === 0).map((row) => row.seq);
  const audiences = new Map<number, Set<string>>();
  if (privateSeqs.length > 0) {
    const readers = await db.selectFrom('change_audience').selectAll().where('seq', 'in', privateSeqs).execute();
    for (const { seq, user_id } of readers) {
      let set = audiences.get(Number(seq));
      if (!set) audiences.set(Number(seq), (set = new Set()));
      set.add(user_id);
    }
  }
  return rows.map((row) => toRecord(row, row.public === 1 ? undefined : (audiences.get(row.seq) ?? new Set())));
}

export async function readLogBounds(db: Executor): Promise<{ head: number; prunedThrough: number }> {
  const { pruned_through } = await db
    .selectFrom('changelog_state')
    .select('pruned_through')
    .where('id', '=', 1)
    .executeTakeFirstOrThrow();
  const prunedThrough = Number(pruned_through);
  return { head: Math.max(await readLastSeq(db), prunedThrough), prunedThrough };
}

/** The highest seq in the log as `db` sees it (0 when empty): inside a transaction, that snapshot's. */
export async function readLastSeq(db: Executor): Promise<number> {
  const { head } = await db
    .selectFrom('changes')
    .select((eb) => eb.fn.max('seq').as('head'))
    .executeTakeFirstOrThrow();
  return Number(head ?? 0);
}

/** Deletes changes committed before `cutoff`; returns how many went. */
export async function pruneChangesBefore(db: Kysely<DB>, cutoff: Date): Promise<number> {
  return db.transaction().execute(async (trx) => {
    const { last } = await trx
      .selectFrom('changes')
      .select((eb) => eb.fn.max('seq').as('last'))
      .where('at', '<', cutoff.toISOString())
      .executeTakeFirstOrThrow();
    if (last === null || last === undefined) return 0;
    const through = Number(last);
    await trx.deleteFrom('change_audience').where('seq', '<=', through).execute();
    const deleted = await trx.deleteFrom('changes').where('seq', '<=', through).executeTakeFirst();
    await trx
      .updateTable('changelog_state')
      .set({ pruned_through: through })
      .where('id', '=', 1)
      .where('pruned_through', '<', through)
      .execute();
    return Number(deleted.numDeletedRows);
  });
}
