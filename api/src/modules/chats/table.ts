import type { Generated, Selectable } from 'kysely';

/** The tables this module owns; db/tables.ts composes each owner's tables into `DB`. */
export interface ChatTables {
  chats: ChatsTable;
  chat_members: ChatMembersTable;
  messages: MessagesTable;
}

export interface ChatsTable {
  id: string;
  kind: 'DIRECT' | 'GROUP';
  title: string | null;
  /** DIRECT chats only: the pair key, unique, so two people share one direct chat. */
  direct_key: string | null;
  created_by: string;
  created_at: string;
  last_message_at: string | null;
  version: number;
}

export interface ChatMembersTable {
  chat_id: string;
  user_id: string;
  joined_at: string;
  /** Messages with id <= this are read by this member. */
  read_through: number;
}

export interface MessagesTable {
  id: Generated<number>;
  chat_id: string;
  author_id: string;
  body: string;
  created_at: string;
  edited_at: string | null;
  deleted_at: string | null;
  version: number;
}

export type ChatRow = Selectable<ChatsTable>;
export type ChatMemberRow = Selectable<ChatMembersTable>;
export type MessageRow = Selectable<MessagesTable>;
