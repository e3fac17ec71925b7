import type { SelectQueryBuilder } from 'kysely';
import type { DB } from '../db/tables.js';
import type { ChangeRecord } from './topics.js';

/**
 * The one rule for who gets a change: a change reaches a viewer when it is public or the viewer is in
 * its audience, narrowed by the topics and entities asked for (and, for an API key, allowed). Live
 * delivery asks `matches` of each record; replay and webhooks read the log through `select`, the same
 * rule as SQL. `api/test/fanout-differential.test.ts` holds the two equal: every live frame is
 * checked against the records `select` reads. What a matching change shows is then
 * decided at execution, by each entity's `visible` (changes/schema.ts), for all three alike.
 */
export class ChangeFilter {
  readonly topics: ReadonlySet<string> | undefined;
  readonly entityIds: ReadonlySet<string> | undefined;

  constructor(
    readonly viewerId: string,
    narrowing: { topics?: readonly string[] | null; entityIds?: readonly string[] | null } = {},
  ) {
    this.topics = narrowing.topics?.length ? new Set(narrowing.topics) : undefined;
    this.entityIds = narrowing.entityIds?.length ? new Set(narrowing.entityIds) : undefined;
  }

  matches(record: ChangeRecord): boolean {
    return (
      (this.topics === undefined || this.topics.has(record.topic)) &&
      (this.entityIds === undefined || this.entityIds.has(record.entityId)) &&
      (record.isPublic || record.audience?.has(this.viewerId) === true)
    );
  }

  /**
   * Narrows a read of `changes` after the cursor `after` to the records `matches` accepts. The
   * audience lookup is bounded by the cursor too: unbounded, every read gathered all the viewer's
   * private changes ever kept (a webhook owner gets one per delivery), and slowed as they grew.
   */
  select<O>(query: SelectQueryBuilder<DB, 'changes', O>, after: number): SelectQueryBuilder<DB, 'changes', O> {
    return query
      .where('seq', '>', after)
      .where((eb) =>
        eb.or([
          eb('public', '=', 1),
          eb(
            'seq',
            'in',
            eb.selectFrom('change_audience').select('change_audience.seq').where('user_id', '=', this.viewerId).where('change_audience.seq', '>', after),
          ),
        ]),
      )
      .$if(this.topics !== undefined, (qb) => qb.where('topic', 'in', [...this.topics!] as never))
      .$if(this.entityIds !== undefined, (qb) => qb.where('entity_id', 'in', [...this.entityIds!]));
  }
}
