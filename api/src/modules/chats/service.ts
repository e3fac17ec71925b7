import { randomUUID } from 'node:crypto';
import type { Transaction } from 'kysely';
import { z } from 'zod';
import { commitWithChanges, type Emit, type WriteParts } from '../../changes/commit.js';
import type { Viewer } from '../../viewer.js';
import type { Dialect, Executor } from '../../db/database.js';
import type { ChatRow, MessageRow } from './table.js';
import type { DB } from '../../db/tables.js';
import { Conflict, Forbidden, InvalidInput, NotFound } from '../../errors.js';
import { parseInput, singleLine } from '../../validation.js';
import { findUser } from '../accounts/service.js';
import { areConnected, pairKey } from '../connections/graph.js';
import { touchCounts } from '../counts/touch.js';
import { markReadAbout, notifyOrRefresh } from '../notifications/service.js';
import { rowNumberOf, typedId } from '../../ids.js';
import * as repo from './repo.js';
import type { TypingRelay } from './typing.js';
import { declareEntity } from '../../entities.js';

export const MESSAGE_MAX = 4000;
const body = z
  .string()
  .trim()
  .min(1, 'must not be empty')
  .max(MESSAGE_MAX, `must be at most ${MESSAGE_MAX} characters`);

const createChatInput = z.object({
  memberIds: z.array(z.string().min(1)).min(1, 'needs at least one other member').max(49, 'allows at most 49 other members'),
  title: singleLine(120).optional(),
});

/** Who may read a chat, its messages and their changes: its members (at the time of the change). */
export const chatAudience = (memberIds: readonly string[]) => [...memberIds];

/** A chat the viewer is not in is NOT_FOUND, as one that does not exist: ids of others' chats reveal nothing. */
async function requireMember(trx: Executor, viewer: Viewer, chatId: string): Promise<ChatRow> {
  const chat = await repo.findChat(trx, chatId);
  if (!chat || !(await repo.findMember(trx, chatId, viewer.id))) throw new NotFound('Chat', chatId);
  return chat;
}

export async function isMember(services: WriteParts, chatId: string, userId: string): Promise<boolean> {
  return (await repo.findMember(services.database.db, chatId, userId)) !== undefined;
}

export function loadChat(services: WriteParts, id: string) {
  return repo.findChat(services.database.db, id);
}

export async function getChat(services: WriteParts, viewer: Viewer, id: string): Promise<ChatRow> {
  return requireMember(services.database.db, viewer, id);
}

export function listChats(services: WriteParts, viewer: Viewer) {
  return repo.chatsOf(services.database.db, viewer.id);
}

export function chatMemberIds(services: WriteParts, chatId: string) {
  return repo.memberIds(services.database.db, chatId);
}

/** Unread messages across all of a user's chats. */
export function countUnreadMessages(db: Executor, userId: string): Promise<number> {
  return repo.countUnreadMessages(db, userId);
}

export function unreadCount(services: WriteParts, chatId: string, userId: string) {
  return repo.countUnreadInChat(services.database.db, chatId, userId);
}

export function lastMessage(services: WriteParts, chatId: string) {
  return repo.lastMessage(services.database.db, chatId);
}

export function listMessages(services: WriteParts, chatId: string, page: Parameters<typeof repo.listMessages>[2]) {
  return repo.listMessages(services.database.db, chatId, page);
}

export async function loadMessage(services: WriteParts, id: string): Promise<MessageRow | undefined> {
  const rowNumber = rowNumberOf('Message', id);
  return rowNumber === undefined ? undefined : repo.findMessage(services.database.db, rowNumber);
}

function parseMessageId(id: string, field: string): number {
  const rowNumber = rowNumberOf('Message', id);
  if (rowNumber === undefined) throw new InvalidInput(field, 'is not a message id (Message:<number>)');
  return rowNumber;
}

function emitChat(emit: Emit, op: 'CREATED' | 'UPDATED', chat: Pick<ChatRow, 'id' | 'version'>, audience: string[]): void {
  emit({ topic: 'CHAT', op, entityId: chat.id, version: chat.version, audience });
}

function emitMessage(emit: Emit, op: 'CREATED' | 'UPDATED', message: MessageRow, audience: string[]): void {
  emit({ topic: 'MESSAGE', op, entityId: typedId('Message', message.id), version: message.version, audience });
}

/** A direct chat for one other member without a title (the existing one if there is one), else a group. */
export async function createChat(services: WriteParts, viewer: Viewer, rawInput: unknown): Promise<ChatRow> {
  const input = parseInput(createChatInput, rawInput);
  const others = [...new Set(input.memberIds)].filter((id) => id !== viewer.id);
  if (others.length === 0) throw new InvalidInput('input.memberIds', 'needs at least one member besides you');
  return commitWithChanges(services, async (trx, emit) => {
    for (const [index, id] of others.entries()) {
      if (!(await findUser(trx, id))) throw new NotFound('User', id, `input.memberIds[${index}]`);
      if (!(await areConnected(trx, viewer.id, id))) {
        throw new Forbidden(`You can only chat with your connections; user ${id} is not one (input.memberIds[${index}])`);
      }
    }
    const direct = others.length === 1 && !input.title;
    const directKey = direct ? pairKey(viewer.id, others[0]!) : null;
    if (directKey) {
      const existing = await repo.findDirectChat(trx, directKey);
      if (existing) return existing;
    }
    const now = new Date().toISOString();
    const chat: ChatRow = {
      id: randomUUID(),
      kind: direct ? 'DIRECT' : 'GROUP',
      title: input.title ?? null,
      direct_key: directKey,
      created_by: viewer.id,
      created_at: now,
      last_message_at: null,
      version: 1,
    };
    const members = [viewer.id, ...others];
    await repo.insertChat(trx, chat, members, now);
    emitChat(emit, 'CREATED', chat, chatAudience(members));
    return chat;
  });
}

export async function sendMessage(services: WriteParts & { typing: Pick<TypingRelay, 'isReading' | 'stopped'> }, viewer: Viewer, chatId: string, rawBody: unknown): Promise<MessageRow> {
  const text = parseInput(body, rawBody, 'body');
  const message = await commitWithChanges(services, async (trx, emit) => {
    const chat = await requireMember(trx, viewer, chatId);
    const members = await repo.memberIds(trx, chatId);
    const others = members.filter((id) => id !== viewer.id);
    if (chat.kind === 'DIRECT' && !(await areConnected(trx, viewer.id, others[0]!))) {
      throw new Forbidden('You are no longer connected to this person, so this direct chat is closed');
    }
    const now = new Date().toISOString();
    const row = await repo.insertMessage(trx, {
      chat_id: chatId,
      author_id: viewer.id,
      body: text,
      created_at: now,
      edited_at: null,
      deleted_at: null,
      version: 1,
    });
    const chatVersion = await repo.touchChat(trx, chatId, now);
    // Replying reads the chat: the author's own read position moves to their message.
    await repo.moveReadThrough(trx, chatId, viewer.id, row.id);
    const audience = chatAudience(members);
    emitMessage(emit, 'CREATED', row, audience);
    emitChat(emit, 'UPDATED', { id: chatId, version: chatVersion }, audience);
    const author = await findUser(trx, viewer.id);
    for (const recipient of others) {
      if (services.typing.isReading(chatId, recipient)) continue;
      await notifyNewMessage(trx, emit, recipient, chat, author?.display_name ?? 'Someone', text);
    }
    touchCounts(emit, members);
    return row;
  });
  services.typing.stopped(viewer.id, chatId);
  return message;
}

/** One unread NEW_MESSAGE notification per chat and recipient, updated as messages arrive. */
async function notifyNewMessage(trx: Transaction<DB>, emit: Emit, userId: string, chat: ChatRow, authorName: string, text: string) {
  const preview = text.length > 140 ? `${text.slice(0, 139)}…` : text;
  const where = chat.title ? ` in ${chat.title}` : '';
  await notifyOrRefresh(
    trx,
    emit,
    { userId, kind: 'NEW_MESSAGE', title: `New message from ${authorName}${where}`, body: preview, entityType: 'Chat', entityId: chat.id },
    { title: `New messages${where}`, body: `${authorName}: ${preview}` },
  );
}

/** The viewer's own message, locked until the write commits, so two edits from two tabs run in turn. */
async function ownMessage(dialect: Dialect, trx: Transaction<DB>, viewer: Viewer, id: string): Promise<MessageRow> {
  const message = await repo.findMessageToWrite(dialect, trx, parseMessageId(id, 'id'));
  if (!message || !(await repo.findMember(trx, message.chat_id, viewer.id))) throw new NotFound('Message', id);
  if (message.author_id !== viewer.id) throw new Forbidden('Only its author can change a message');
  if (message.deleted_at) throw new Conflict('This message was deleted');
  return message;
}

export async function editMessage(services: WriteParts, viewer: Viewer, id: string, rawBody: unknown): Promise<MessageRow> {
  const text = parseInput(body, rawBody, 'body');
  return commitWithChanges(services, async (trx, emit) => {
    const current = await ownMessage(services.database.dialect, trx, viewer, id);
    const row: MessageRow = { ...current, body: text, edited_at: new Date().toISOString(), version: current.version + 1 };
    await repo.updateMessage(trx, row);
    emitMessage(emit, 'UPDATED', row, chatAudience(await repo.memberIds(trx, row.chat_id)));
    return row;
  });
}

/** The message stays in the thread as "deleted": its body is gone, its place is not. */
export async function deleteMessage(services: WriteParts, viewer: Viewer, id: string): Promise<MessageRow> {
  return commitWithChanges(services, async (trx, emit) => {
    const current = await ownMessage(services.database.dialect, trx, viewer, id);
    const row: MessageRow = { ...current, body: '', deleted_at: new Date().toISOString(), version: current.version + 1 };
    await repo.updateMessage(trx, row);
    const members = await repo.memberIds(trx, row.chat_id);
    emitMessage(emit, 'UPDATED', row, chatAudience(members));
    const chat = await repo.findChat(trx, row.chat_id);
    if (chat) emitChat(emit, 'UPDATED', chat, chatAudience(members));
    touchCounts(emit, members.filter((member) => member !== viewer.id));
    return row;
  });
}

/** Moves the viewer's read position forward (never back); the change goes to the viewer's sessions only. */
export async function markChatRead(services: WriteParts, viewer: Viewer, chatId: string, messageId: string): Promise<ChatRow> {
  const id = parseMessageId(messageId, 'messageId');
  return commitWithChanges(services, async (trx, emit) => {
    const chat = await requireMember(trx, viewer, chatId);
    const message = await repo.findMessage(trx, id);
    if (!message || message.chat_id !== chatId) throw new InvalidInput('messageId', 'is not a message of this chat');
    // One conditional statement: of two marks sent at once (two tabs, two messages), the newest message wins, whatever the commit order.
    if (!(await repo.moveReadThrough(trx, chatId, viewer.id, id))) return chat;
    emitChat(emit, 'UPDATED', chat, [viewer.id]);
    // Reading the chat also reads its message notification.
    if ((await repo.countUnreadInChat(trx, chatId, viewer.id)) === 0) await markReadAbout(trx, emit, viewer.id, 'NEW_MESSAGE', chatId);
    touchCounts(emit, [viewer.id]);
    return chat;
  });
}

export const CHAT = declareEntity({ typeName: 'Chat', table: 'chats', load: loadChat });
export const MESSAGE = declareEntity({ typeName: 'Message', table: 'messages', typedIds: true, load: loadMessage });
