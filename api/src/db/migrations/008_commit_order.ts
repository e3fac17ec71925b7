import { sql, type Kysely } from 'kysely';
import type { DialectMigration } from './columns.js';

/**
 * PostgreSQL: "seq order = commit order" decided at commit, inside the server. A change row gets a
 * provisional seq when inserted; a deferred trigger, run as the transaction commits, takes the append
 * lock and gives each of its rows the next seq in insertion order. The lock is held only from there
 * to the end of the commit, never across a round trip to a busy client, so writers on any number of
 * instances queue for a moment instead of for each other's whole transaction tails. A reader that has
 * seen seq N still never finds a committed seq below N later. (SQLite has one writer: nothing to do.)
 */
export const commitOrder: DialectMigration = (dialect) => ({
  async up(db: Kysely<any>) {
    if (dialect !== 'postgres') return;
    await sql`alter table change_audience drop constraint change_audience_seq_fkey`.execute(db);
    await sql`alter table change_audience add constraint change_audience_seq_fkey
      foreign key (seq) references changes (seq) on delete cascade on update cascade`.execute(db);
    await sql`create function changes_in_commit_order() returns trigger language plpgsql as $$
      begin
        perform pg_advisory_xact_lock(7170301);
        update changes set seq = nextval(pg_get_serial_sequence('changes', 'seq')) where seq = new.seq;
        return null;
      end $$`.execute(db);
    await sql`create constraint trigger changes_in_commit_order after insert on changes
      deferrable initially deferred for each row execute function changes_in_commit_order()`.execute(db);
  },
});
