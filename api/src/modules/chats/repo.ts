import { sql } from 'kysely';
import type { Executor } from '../../db/database.js';
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

export async function touchChat(db: Executor, id: string, lastMessageAt: string): Promise<void> {
  await db
    .updateTable('chats')
    .set((eb) => ({ last_message_at: lastMessageAt, version: eb('version', '+', 1) }))
    .where('id', '=', id)
    .execute();
}

export async function memberIds(db: Executor, chatId: string): Promise<string[]> {
  const rows = await db.selectFrom('chat_members').select('user_id').where('chat_id', '=', chatId).orderBy('joined_at').orderBy('user_id').execute();
  return rows.map((row) => row.user_id);
}

export async function findMember(db: Executor, chatId: string, userId: string): Promise<ChatMemberRow | undefined> {
  return db.selectFrom('chat_members').selectAll().where('chat_id', '=', chatId).where('user_id', '=', userId).executeTakeFirst();
}

export async function setReadThrough(db: Executor, chatId: string, userId: string, messageId: number): Promise<void> {
  await db.updateTable('chat_members').set({ read_through: messageId }).where('chat_id', '=', chatId).where('user_id', '=', userId).execute();
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
