import { graphql } from '../../gql';

// Apart from the page: the cache (urql/cache.ts), the change stream (features/live) and the
// navigation's preload use them too.

export const ChatsPage_Chat = graphql(`
  fragment ChatsPage_Chat on Chat {
    id title kind unreadCount lastMessageAt
    members { id displayName online lastSeenAt }
    lastMessage { id body deleted author { id displayName } }
  }
`);

export const ChatsPage_Message = graphql(`
  fragment ChatsPage_Message on Message {
    id chatId body deleted edited createdAt author { id displayName }
  }
`);

/** The chats, latest message first, with your unread counts: a live query, so the server keeps the order and the counts. */
export const ChatsPage_List = graphql(`
  query ChatsPage_List($after: String) @live(after: $after, patches: true) {
    me { id }
    chats { ...ChatsPage_Chat }
  }
`);

export const ChatsPage_Thread = graphql(`
  query ChatsPage_Thread($id: ID!, $last: Int!) {
    chat(id: $id) {
      id title kind unreadCount
      lastMessage { id }
      members { id displayName online lastSeenAt }
      messages(last: $last) {
        edges { node { ...ChatsPage_Message } }
        pageInfo { hasPreviousPage }
      }
    }
  }
`);

/** Whom a new chat can be with: a live query (a connection accepted or removed meanwhile shows at once). */
export const ChatsPage_Connections = graphql(`
  query ChatsPage_Connections($after: String) @live(after: $after, patches: true) {
    connections(status: ACCEPTED) { id status user { id displayName } }
  }
`);
