import { list, type Lists } from '../../urql/lists';
import { ChatsPage_Connections, ChatsPage_List } from './documents';

export const chatLists: Lists = {
  Chat: [list(ChatsPage_List, 'chats', { order: (a, b) => String(b.lastMessageAt ?? '').localeCompare(String(a.lastMessageAt ?? '')) })],
  Connection: [list(ChatsPage_Connections, 'connections', { shows: (connection) => connection.status === 'ACCEPTED' })],
};
