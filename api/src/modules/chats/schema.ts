import { resolveCursorConnection, type ResolveCursorConnectionArgs } from '@pothos/plugin-relay';
import { builder } from '../../builder.js';
import { typedId } from '../../ids.js';
import { NodeRef } from '../../nodes.js';
import { perViewer } from '../../changes/per-viewer.js';
import { defineChangeType } from '../../changes/schema.js';
import { CHAT, MESSAGE } from './service.js';
import { requireViewer } from '../../viewer.js';
import type { ChatRow, MessageRow } from './table.js';
import { InvalidInput } from '../../errors.js';
import { UserRef } from '../accounts/schema.js';
import { loadUser } from '../accounts/service.js';
import * as chats from './service.js';
import type { TypingEvent } from './typing.js';

export const ChatKindEnum = builder.enumType('ChatKind', { values: ['DIRECT', 'GROUP'] as const });

export const MessageRef = builder.objectRef<MessageRow>('Message');
export const ChatRef = builder.objectRef<ChatRow>('Chat');

MessageRef.implement({
  interfaces: [NodeRef],
  fields: (t) => ({
    id: t.id({ resolve: (row) => typedId('Message', row.id) }),
    chatId: t.exposeID('chat_id'),
    author: t.field({ type: UserRef, nullable: true, resolve: (row, _args, ctx) => loadUser(ctx.services, row.author_id) }),
    body: t.exposeString('body', { description: 'Empty once deleted.' }),
    deleted: t.boolean({ resolve: (row) => row.deleted_at !== null }),
    edited: t.boolean({ resolve: (row) => row.edited_at !== null }),
    createdAt: t.field({ type: 'DateTime', resolve: (row) => row.created_at }),
    editedAt: t.field({ type: 'DateTime', nullable: true, resolve: (row) => row.edited_at }),
    version: t.exposeInt('version'),
  }),
});

function parseMessageCursor(cursor: string | null | undefined, argument: string): number | undefined {
  if (cursor === null || cursor === undefined) return undefined;
  if (!/^\d{1,15}$/.test(cursor)) throw new InvalidInput(argument, 'is not a cursor returned by this list');
  return Number(cursor);
}

ChatRef.implement({
  interfaces: [NodeRef],
  description: 'A direct chat between two connections, or a group; only its members can see it.',
  fields: (t) => ({
    id: t.exposeID('id'),
    kind: t.field({ type: ChatKindEnum, resolve: (row) => row.kind }),
    title: t.exposeString('title', { nullable: true }),
    members: t.field({
      type: [UserRef],
      resolve: async (row, _args, ctx) => {
        const ids = await chats.chatMemberIds(ctx.services, row.id);
        return (await Promise.all(ids.map((id) => loadUser(ctx.services, id)))).filter((user) => user !== undefined);
      },
    }),
    unreadCount: t.int({
      ...perViewer,
      description: "Others' messages after your read position.",
      resolve: (row, _args, ctx) => chats.unreadCount(ctx.services, row.id, requireViewer(ctx).id),
    }),
    lastMessage: t.field({ type: MessageRef, nullable: true, resolve: (row, _args, ctx) => chats.lastMessage(ctx.services, row.id) }),
    lastMessageAt: t.field({ type: 'DateTime', nullable: true, resolve: (row) => row.last_message_at }),
    createdAt: t.field({ type: 'DateTime', resolve: (row) => row.created_at }),
    version: t.exposeInt('version'),
    messages: t.connection({
      type: MessageRef,
      description: 'Oldest first within a page; page backward with `last` and `before` (default: the newest 30).',
      resolve: (row, args, ctx) =>
        resolveCursorConnection(
          { args: { ...args, last: args.last ?? (args.first ? undefined : 30) }, toCursor: (message: MessageRow) => String(message.id), defaultSize: 30, maxSize: 200 },
          async ({ before, after, limit, inverted }: ResolveCursorConnectionArgs) =>
            chats.listMessages(ctx.services, row.id, {
              before: parseMessageCursor(before, 'before'),
              after: parseMessageCursor(after, 'after'),
              limit,
              newestFirst: inverted,
            }),
        ),
    }),
  }),
});

const TypingEventRef = builder.objectRef<TypingEvent>('TypingEvent').implement({
  description: 'Ephemeral: never in the change log, never replayed.',
  fields: (t) => ({
    chatId: t.exposeID('chatId'),
    user: t.field({ type: UserRef, nullable: true, resolve: (event, _args, ctx) => loadUser(ctx.services, event.userId) }),
    typing: t.exposeBoolean('typing'),
    at: t.field({ type: 'DateTime', resolve: (event) => event.at }),
    expiresAt: t.field({ type: 'DateTime', nullable: true, resolve: (event) => event.expiresAt }),
  }),
});

const CreateChatInput = builder.inputType('CreateChatInput', {
  fields: (t) => ({
    memberIds: t.idList({ required: true, description: 'Others to chat with; all must be your accepted connections.' }),
    title: t.string({ description: 'Without a title, one other member makes a DIRECT chat (the existing one, if any).' }),
  }),
});

const isMemberOf = (chatId: string, ctx: { services: Parameters<typeof chats.isMember>[0]; viewer: { id: string } | null }) =>
  ctx.viewer !== null && chats.isMember(ctx.services, chatId, ctx.viewer.id);

defineChangeType(CHAT, { type: ChatRef, node: true, visible: (chat, ctx) => isMemberOf(chat.id, ctx) });

defineChangeType(MESSAGE, { type: MessageRef, node: true, visible: (message, ctx) => isMemberOf(message.chat_id, ctx) });

builder.queryFields((t) => ({
  chats: t.field({
    type: [ChatRef],
    description: 'Your chats, the most recently active first.',
    resolve: (_root, _args, ctx) => chats.listChats(ctx.services, requireViewer(ctx)),
  }),
  chat: t.field({
    type: ChatRef,
    args: { id: t.arg.id({ required: true }) },
    resolve: (_root, { id }, ctx) => chats.getChat(ctx.services, requireViewer(ctx), String(id)),
  }),
}));

builder.mutationFields((t) => ({
  createChat: t.field({
    type: ChatRef,
    args: { input: t.arg({ type: CreateChatInput, required: true }) },
    resolve: (_root, { input }, ctx) => chats.createChat(ctx.services, requireViewer(ctx), input),
  }),
  sendMessage: t.field({
    type: MessageRef,
    description: `NOT_FOUND outside your chats; a body of 1 to ${chats.MESSAGE_MAX} characters.`,
    args: { chatId: t.arg.id({ required: true }), body: t.arg.string({ required: true }) },
    resolve: (_root, args, ctx) => chats.sendMessage(ctx.services, requireViewer(ctx), String(args.chatId), args.body),
  }),
  editMessage: t.field({
    type: MessageRef,
    args: { id: t.arg.id({ required: true }), body: t.arg.string({ required: true }) },
    resolve: (_root, args, ctx) => chats.editMessage(ctx.services, requireViewer(ctx), String(args.id), args.body),
  }),
  deleteMessage: t.field({
    type: MessageRef,
    description: 'The message stays in the thread, marked deleted, without its body.',
    args: { id: t.arg.id({ required: true }) },
    resolve: (_root, args, ctx) => chats.deleteMessage(ctx.services, requireViewer(ctx), String(args.id)),
  }),
  markChatRead: t.field({
    type: ChatRef,
    description: 'Moves your read position forward to `messageId` (never back); your other sessions get the change.',
    args: { chatId: t.arg.id({ required: true }), messageId: t.arg.id({ required: true }) },
    resolve: (_root, args, ctx) => chats.markChatRead(ctx.services, requireViewer(ctx), String(args.chatId), String(args.messageId)),
  }),
  setTyping: t.boolean({
    description: 'Ephemeral, not a change: members hear at most one event per second from you; it lapses 5 s after the last refresh.',
    args: { chatId: t.arg.id({ required: true }), typing: t.arg.boolean({ required: true }) },
    resolve: async (_root, args, ctx) => {
      const viewer = requireViewer(ctx);
      await chats.getChat(ctx.services, viewer, String(args.chatId));
      await ctx.services.typing.set(viewer.id, String(args.chatId), args.typing);
      return true;
    },
  }),
}));

builder.subscriptionField('typing', (t) =>
  t.field({
    type: TypingEventRef,
    description: 'Others typing in a chat you are in. While open, you count as reading the chat (no new-message notifications for it).',
    args: { chatId: t.arg.id({ required: true }) },
    subscribe: async (_root, args, ctx) => {
      const viewer = requireViewer(ctx);
      const chatId = String(args.chatId);
      await chats.getChat(ctx.services, viewer, chatId); // NOT_FOUND unless the viewer is a member
      return ctx.services.typing.subscribe(viewer.id, chatId);
    },
    resolve: (event) => event,
  }),
);
