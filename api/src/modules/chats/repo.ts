import { sql } from 'kysely';
import type { Transaction } from 'kysely';
import { rowToWrite, type Dialect, type Executor } from '../../db/database.js';
import type { DB } from '../../db/tables.js';
import type { ChatMemberRow, ChatRow, MessageRow } from './table.js';

export async function findChat(db: Executor, id: string): Promise<ChatRow | undefined> {
  return db.selectFrom('chats').selectAll().where('id', '=', id).executeTakeFirst();
}

export async function findDirectChat(db: Executor, directKey: string): Promise<ChatRow | undefined> {
  return db.selectFrom('chats').selectAll().where('direct_key', '=', directKey).executeTakeFirst();
}

export async function insertChat(db: Executor, chat: ChatRow, memberIds: string[], joinedAt: string): Promise<void> {
  await db.insertInto('chats').values(chat).execute();
  await db
    .insertInto('chat_members')
    .values(memberIds.map((user_id) => ({ chat_id: chat.id, user_id, joined_at: joinedAt, read_through: 0 })))
    .execute();
}

/** A new message's mark on its chat; returns the version the chat moved to, which concurrent messages each see their own of. */
export async function touchChat(db: Executor, id: string, lastMessageAt: string): Promise<number> {
  const row = await db
    .updateTable('chats')
    .set((eb) => ({ last_message_at: lastMessageAt, version: eb('version', '+', 1) }))
    .where('id', '=', id)
    .returning('version')
    .executeTakeFirstOrThrow();
  return Number(row.version);
}

export async function memberIds(db: Executor, chatId: string): Promise<string[]> {
  const rows = await db.selectFrom('chat_members').select('user_id').where('chat_id', '=', chatId).orderBy('joined_at').orderBy('user_id').execute();
  return rows.map((row) => row.user_id);
}

export async function findMember(db: Executor, chatId: string, userId: string): Promise<ChatMemberRow | undefined> {
  return db.selectFrom('chat_members').selectAll().where('chat_id', '=', chatId).where('user_id', '=', userId).executeTakeFirst();
}

/** Moves the member's read position to `messageId` if it is behind it, in one statement; false when it was not (read positions never go back). */
export async function moveReadThrough(db: Executor, chatId: string, userId: string, messageId: number): Promise<boolean> {
  const result = await db
    .updateTable('chat_members')
    .set({ read_through: messageId })
    .where('chat_id', '=', chatId)
    .where('user_id', '=', userId)
    .where('read_through', '<', messageId)
    .executeTakeFirst();
  return result.numUpdatedRows > 0n;
}

/** The viewer's chats, the most recently active first. */
export async function chatsOf(db: Executor, userId: string): Promise<ChatRow[]> {
  return db
    .selectFrom('chats')
    .innerJoin('chat_members', 'chat_members.chat_id', 'chats.id')
    .selectAll('chats')
    .where('chat_members.user_id', '=', userId)
    .orderBy(sql`coalesce(chats.last_message_at, chats.created_at)`, 'desc')
    .orderBy('chats.id', 'desc')
    .execute();
}

export async function insertMessage(db: Executor, message: Omit<MessageRow, 'id'>): Promise<MessageRow> {
  const { id } = await db.insertInto('messages').values(message).returning('id').executeTakeFirstOrThrow();
  return { ...message, id: Number(id) };
}

/** The message an edit or delete starts from, locked until it commits (`rowToWrite`). */
export function findMessageToWrite(dialect: Dialect, trx: Transaction<DB>, id: number): Promise<MessageRow | undefined> {
  return rowToWrite<MessageRow>(dialect, trx, 'messages', id);
}

export async function findMessage(db: Executor, id: number): Promise<MessageRow | undefined> {
  return db.selectFrom('messages').selectAll().where('id', '=', id).executeTakeFirst();
}

export async function updateMessage(db: Executor, row: MessageRow): Promise<void> {
  const { id, ...fields } = row;
  await db.updateTable('messages').set(fields).where('id', '=', id).execute();
}

/** Messages of a chat by id; `before` pages backward from the newest. Returned oldest first. */
export async function listMessages(db: Executor, chatId: string, page: { before?: number; after?: number; limit: number; newestFirst: boolean }) {
  return db
    .selectFrom('messages')
    .selectAll()
    .where('chat_id', '=', chatId)
    .$if(page.before !== undefined, (qb) => qb.where('id', '<', page.before!))
    .$if(page.after !== undefined, (qb) => qb.where('id', '>', page.after!))
    .orderBy('id', page.newestFirst ? 'desc' : 'asc')
    .limit(page.limit)
    .execute();
}

export async function lastMessage(db: Executor, chatId: string): Promise<MessageRow | undefined> {
  return db.selectFrom('messages').selectAll().where('chat_id', '=', chatId).orderBy('id', 'desc').limit(1).executeTakeFirst();
}

const unread = (db: Executor, userId: string) =>
  db
    .selectFrom('messages')
    .innerJoin('chat_members', (join) => join.onRef('chat_members.chat_id', '=', 'messages.chat_id').on('chat_members.user_id', '=', userId))
    .where('messages.author_id', '!=', userId)
    .where('messages.deleted_at', 'is', null)
    .whereRef('messages.id', '>', 'chat_members.read_through');

export async function countUnreadInChat(db: Executor, chatId: string, userId: string): Promise<number> {
  const { count } = await unread(db, userId)
    .where('messages.chat_id', '=', chatId)
    .select((eb) => eb.fn.countAll<number>().as('count'))
    .executeTakeFirstOrThrow();
  return Number(count);
}

export async function countUnreadMessages(db: Executor, userId: string): Promise<number> {
  const { count } = await unread(db, userId).select((eb) => eb.fn.countAll<number>().as('count')).executeTakeFirstOrThrow();
  return Number(count);
}
