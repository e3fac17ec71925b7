import type { Kysely } from 'kysely';
import { withSerialKey } from './columns.js';
import type { DialectMigration } from './columns.js';

export const social: DialectMigration = (dialect) => ({
  async up(db: Kysely<any>) {
    await db.schema.alterTable('users').addColumn('last_seen_at', 'text').execute();

    await db.schema
      .createTable('connections')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('requester_id', 'text', (c) => c.notNull().references('users.id').onDelete('cascade'))
      .addColumn('addressee_id', 'text', (c) => c.notNull().references('users.id').onDelete('cascade'))
      .addColumn('pair_key', 'text', (c) => c.notNull().unique())
      .addColumn('status', 'text', (c) => c.notNull())
      .addColumn('created_at', 'text', (c) => c.notNull())
      .addColumn('accepted_at', 'text')
      .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
      .execute();
    await db.schema.createIndex('connections_by_requester').on('connections').columns(['requester_id', 'status']).execute();
    await db.schema.createIndex('connections_by_addressee').on('connections').columns(['addressee_id', 'status']).execute();

    await db.schema
      .createTable('chats')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('kind', 'text', (c) => c.notNull())
      .addColumn('title', 'text')
      .addColumn('direct_key', 'text', (c) => c.unique())
      .addColumn('created_by', 'text', (c) => c.notNull())
      .addColumn('created_at', 'text', (c) => c.notNull())
      .addColumn('last_message_at', 'text')
      .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
      .execute();

    await db.schema
      .createTable('chat_members')
      .addColumn('chat_id', 'text', (c) => c.notNull().references('chats.id').onDelete('cascade'))
      .addColumn('user_id', 'text', (c) => c.notNull().references('users.id').onDelete('cascade'))
      .addColumn('joined_at', 'text', (c) => c.notNull())
      .addColumn('read_through', 'bigint', (c) => c.notNull().defaultTo(0))
      .addPrimaryKeyConstraint('chat_members_pk', ['chat_id', 'user_id'])
      .execute();
    await db.schema.createIndex('chat_members_by_user').on('chat_members').column('user_id').execute();

    await withSerialKey(dialect, db.schema.createTable('messages'), 'id')
      .addColumn('chat_id', 'text', (c) => c.notNull().references('chats.id').onDelete('cascade'))
      .addColumn('author_id', 'text', (c) => c.notNull().references('users.id').onDelete('cascade'))
      .addColumn('body', 'text', (c) => c.notNull())
      .addColumn('created_at', 'text', (c) => c.notNull())
      .addColumn('edited_at', 'text')
      .addColumn('deleted_at', 'text')
      .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
      .execute();
    await db.schema.createIndex('messages_by_chat').on('messages').columns(['chat_id', 'id']).execute();

    await db.schema
      .createTable('posts')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('author_id', 'text', (c) => c.notNull().references('users.id').onDelete('cascade'))
      .addColumn('body', 'text', (c) => c.notNull())
      .addColumn('created_at', 'text', (c) => c.notNull())
      .addColumn('updated_at', 'text', (c) => c.notNull())
      .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
      .execute();
    await db.schema.createIndex('posts_by_author').on('posts').columns(['author_id', 'created_at', 'id']).execute();

    await db.schema
      .createTable('comments')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('post_id', 'text', (c) => c.notNull().references('posts.id').onDelete('cascade'))
      .addColumn('author_id', 'text', (c) => c.notNull().references('users.id').onDelete('cascade'))
      .addColumn('body', 'text', (c) => c.notNull())
      .addColumn('created_at', 'text', (c) => c.notNull())
      .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
      .execute();
    await db.schema.createIndex('comments_by_post').on('comments').columns(['post_id', 'created_at', 'id']).execute();
  },
});
