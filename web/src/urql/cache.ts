import { cacheExchange as graphcache, type Cache } from '@urql/exchange-graphcache';
import { ChatsPage_Thread } from '../features/chats/ChatsPage';
import type { ChatsPage_ThreadQuery } from '../gql/graphql';

/**
 * Every cache update in the app lives here, driven by the one `changes` subscription. (`presence`
 * and `typing` need none: their events carry the user, whose `online` normalizes in place.) UPDATED needs nothing: the change carries the entity and graphcache normalizes
 * it in place. CREATED refetches the lists that should show the new entity, DELETED evicts it from
 * everywhere, RESYNC refetches everything on screen. No component edits cached data itself.
 */

/** Root lists each entity type can appear in. */
const LISTS: Record<string, string[]> = {
  Persona: ['personas'],
  KeywordSet: ['keywordSets'],
  Proxy: ['proxies', 'proxyPools'],
  ProxyPool: ['proxyPools'],
  Campaign: ['campaigns'],
  Activity: ['activity'],
  Notification: ['notifications'],
  Connection: ['connections', 'incomingConnectionRequests', 'outgoingConnectionRequests'],
  Chat: ['chats'],
  Post: ['feed'],
  User: ['users'],
};

function refetchRootLists(cache: Cache, names: string[]): void {
  for (const field of cache.inspectFields('Query')) {
    if (names.includes(field.fieldName)) cache.invalidate('Query', field.fieldName, field.arguments ?? undefined);
  }
}

function refetchField(cache: Cache, entity: { __typename: string; id: string }, fieldName: string): void {
  for (const field of cache.inspectFields(entity)) {
    if (field.fieldName === fieldName) cache.invalidate(entity, field.fieldName, field.arguments ?? undefined);
  }
}

type ThreadMessage = NonNullable<ChatsPage_ThreadQuery['chat']>['messages']['edges'][number]['node'];

/** A new message joins the end of every open thread of its chat in the cache: no refetch. */
function appendMessage(cache: Cache, message: ThreadMessage): void {
  for (const field of cache.inspectFields({ __typename: 'Chat', id: message.chatId })) {
    if (field.fieldName !== 'messages' || typeof field.arguments?.last !== 'number' || field.arguments.before) continue;
    cache.updateQuery({ query: ChatsPage_Thread, variables: { id: message.chatId, last: field.arguments.last } }, (data) => {
      const edges = data?.chat?.messages.edges;
      if (!edges || edges.some((edge) => edge.node.id === message.id)) return data;
      edges.push({ __typename: 'ChatMessagesConnectionEdge', node: message });
      return data;
    });
  }
}

interface ChangeShape {
  __typename: string;
  op: 'CREATED' | 'UPDATED' | 'DELETED' | 'RESYNC';
  entityId: string;
  message?: ThreadMessage | null;
  comment?: { postId: string } | null;
  connection?: unknown;
}

export function applyChange(cache: Cache, change: ChangeShape): void {
  if (change.op === 'RESYNC') {
    for (const field of cache.inspectFields('Query')) cache.invalidate('Query', field.fieldName, field.arguments ?? undefined);
    return;
  }
  // Every change type is named after its entity: PersonaChange carries a Persona.
  const typename = change.__typename.replace(/Change$/, '');
  const entity = { __typename: typename, id: change.entityId };
  if (change.op === 'DELETED') {
    cache.invalidate(entity);
    refetchRootLists(cache, LISTS[typename] ?? []);
    return;
  }
  // Messages and comments live inside their chat and post.
  if (change.__typename === 'MessageChange' && change.op === 'CREATED' && change.message) appendMessage(cache, change.message);
  // A running campaign's stored results grow with its progress; an open results page follows.
  if (change.__typename === 'CampaignChange') refetchField(cache, entity, 'results');
  if (change.__typename === 'CommentChange' && change.comment) {
    refetchField(cache, { __typename: 'Post', id: change.comment.postId }, 'comments');
  }
  // A request accepted moves between the connection lists; anything else UPDATED stays where it is.
  const moves = change.op === 'CREATED' || change.__typename === 'ConnectionChange';
  if (moves) refetchRootLists(cache, LISTS[typename] ?? []);
}

const embedded = () => null;

export const cacheExchange = graphcache({
  keys: {
    ProxyHealth: embedded,
    CampaignProgress: embedded,
    DomainGenerationParams: embedded,
    DnsValidationParams: embedded,
    HttpKeywordValidationParams: embedded,
    DnsPersonaConfig: embedded,
    HttpPersonaConfig: embedded,
    HttpHeader: embedded,
    KeywordRule: embedded,
    CampaignStatusCount: embedded,
    ProxyHealthCount: embedded,
    DashboardTotals: embedded,
    CampaignResult: embedded,
    TypingEvent: embedded,
    PresenceEvent: embedded,
    AuthPayload: embedded,
    PageInfo: embedded,
  },
  updates: {
    Subscription: {
      changes(result, _args, cache) {
        applyChange(cache, (result as { changes: ChangeShape }).changes);
      },
    },
  },
});
