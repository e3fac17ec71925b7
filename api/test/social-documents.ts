import { graphql } from './gql/index.js';
import type { TestUser } from './harness.js';

/** Documents for the social tests, and the one step most of them start with. */

export const SendConnectionRequest = graphql(`
  mutation Social_SendConnectionRequest($userId: ID!) {
    sendConnectionRequest(userId: $userId) {
      id
      status
    }
  }
`);

export const AcceptConnectionRequest = graphql(`
  mutation Social_AcceptConnectionRequest($id: ID!) {
    acceptConnectionRequest(id: $id) {
      id
      status
    }
  }
`);

export const DeclineConnectionRequest = graphql(`
  mutation Social_DeclineConnectionRequest($id: ID!) {
    declineConnectionRequest(id: $id)
  }
`);

export const CancelConnectionRequest = graphql(`
  mutation Social_CancelConnectionRequest($id: ID!) {
    cancelConnectionRequest(id: $id)
  }
`);

export const RemoveConnection = graphql(`
  mutation Social_RemoveConnection($id: ID!) {
    removeConnection(id: $id)
  }
`);

export const CreateChat = graphql(`
  mutation Social_CreateChat($input: CreateChatInput!) {
    createChat(input: $input) {
      id
      kind
    }
  }
`);

export const SendMessage = graphql(`
  mutation Social_SendMessage($chatId: ID!, $body: String!) {
    sendMessage(chatId: $chatId, body: $body) {
      id
      body
    }
  }
`);

export const EditMessage = graphql(`
  mutation Social_EditMessage($id: ID!, $body: String!) {
    editMessage(id: $id, body: $body) {
      id
      body
      edited
    }
  }
`);

export const DeleteMessage = graphql(`
  mutation Social_DeleteMessage($id: ID!) {
    deleteMessage(id: $id) {
      id
      body
      deleted
    }
  }
`);

export const MarkChatRead = graphql(`
  mutation Social_MarkChatRead($chatId: ID!, $messageId: ID!) {
    markChatRead(chatId: $chatId, messageId: $messageId) {
      id
      unreadCount
    }
  }
`);

export const SetTyping = graphql(`
  mutation Social_SetTyping($chatId: ID!, $typing: Boolean!) {
    setTyping(chatId: $chatId, typing: $typing)
  }
`);

export const CreatePost = graphql(`
  mutation Social_CreatePost($body: String!) {
    createPost(body: $body) {
      id
    }
  }
`);

export const UpdatePost = graphql(`
  mutation Social_UpdatePost($id: ID!, $body: String!) {
    updatePost(id: $id, body: $body) {
      id
      body
    }
  }
`);

export const DeletePost = graphql(`
  mutation Social_DeletePost($id: ID!) {
    deletePost(id: $id)
  }
`);

export const AddComment = graphql(`
  mutation Social_AddComment($postId: ID!, $body: String!) {
    addComment(postId: $postId, body: $body) {
      id
    }
  }
`);

export const DeleteComment = graphql(`
  mutation Social_DeleteComment($id: ID!) {
    deleteComment(id: $id)
  }
`);

export const SocialChanges = graphql(`
  subscription Social_Changes($after: String, $topics: [ChangeTopic!]) {
    changes(after: $after, topics: $topics) {
      __typename
      cursor
      op
      entityId
      ... on ConnectionChange {
        connection {
          id
          status
          requester {
            id
          }
          addressee {
            id
          }
        }
      }
      ... on ChatChange {
        chat {
          id
          unreadCount
          lastMessage {
            id
          }
        }
      }
      ... on MessageChange {
        message {
          id
          chatId
          body
          deleted
          author {
            id
          }
        }
      }
      ... on PostChange {
        post {
          id
          body
          commentCount
          author {
            id
          }
        }
      }
      ... on CommentChange {
        comment {
          id
          postId
          body
        }
      }
      ... on NotificationChange {
        notification {
          id
          kind
          read
          entityId
        }
      }
      ... on CountsChange {
        counts {
          id
          unreadMessages
          unreadNotifications
          incomingConnectionRequests
        }
      }
      ... on UserChange {
        user {
          id
        }
      }
    }
  }
`);

export const TypingSubscription = graphql(`
  subscription Social_Typing($chatId: ID!) {
    typing(chatId: $chatId) {
      chatId
      typing
      at
      expiresAt
      user {
        id
      }
    }
  }
`);

export const PresenceSubscription = graphql(`
  subscription Social_Presence {
    presence {
      online
      at
      lastSeenAt
      user {
        id
      }
    }
  }
`);

export const SocialState = graphql(`
  query Social_State {
    me {
      id
      counts {
        unreadMessages
        unreadNotifications
        incomingConnectionRequests
      }
    }
    chats {
      id
      unreadCount
    }
    connections {
      id
      status
      user {
        id
      }
    }
    notifications(first: 100) {
      edges {
        node {
          id
          read
        }
      }
    }
    feed(first: 100) {
      edges {
        node {
          id
          body
          commentCount
        }
      }
    }
  }
`);

export const ChatThread = graphql(`
  query Social_ChatThread($id: ID!, $last: Int, $before: String) {
    chat(id: $id) {
      id
      kind
      unreadCount
      members {
        id
        online
      }
      messages(last: $last, before: $before) {
        edges {
          cursor
          node {
            id
            body
            deleted
            edited
          }
        }
        pageInfo {
          hasPreviousPage
          startCursor
        }
      }
    }
  }
`);

export const UserPresence = graphql(`
  query Social_UserPresence($search: String) {
    users(search: $search) {
      id
      online
      lastSeenAt
    }
  }
`);

export const SignOut = graphql(`
  mutation Social_SignOut {
    signOut
  }
`);

/** Connects `a` and `b` (a asks, b accepts); returns the connection id. */
export async function connectUsers(a: TestUser, b: TestUser): Promise<string> {
  const { sendConnectionRequest } = await a.gql(SendConnectionRequest, { userId: b.id });
  await b.gql(AcceptConnectionRequest, { id: sendConnectionRequest.id });
  return sendConnectionRequest.id;
}
