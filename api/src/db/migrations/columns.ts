import type { CreateTableBuilder, Migration } from 'kysely';
import type { Dialect } from '../database.js';

/** A migration written once for both dialects. */
export type DialectMigration = (dialect: Dialect) => Migration;

/** An auto-incrementing integer primary key, spelled the way each dialect wants it. */
export function withSerialKey<T extends CreateTableBuilder<any, any>>(dialect: Dialect, table: T, name: string): T {
  return (
    dialect === 'postgres'
      ? table.addColumn(name, 'bigserial', (c) => c.primaryKey())
      : table.addColumn(name, 'integer', (c) => c.primaryKey().autoIncrement())
  ) as T;
}
