import { cacheExchange as graphcache, type Cache } from '@urql/exchange-graphcache';
import { ChatsPage_Thread } from '../features/chats/documents';
import type { LiveChanges_StreamSubscription } from '../gql/graphql';
import schema from '../gql/introspection';
import { PAGES } from '../pages';
import { composeLists, type Entity, type EntityType, type ListOnScreen } from './lists';
import { embeddedTypes } from './schema';

/**
 * Every cache update in the app lives here, and the change stream drives it: the change carries its
 * entity (with every page's fragment), so the cache is written from it and no page refetches.
 *   CREATED puts the entity into every cached list that should show it, at its place;
 *   UPDATED normalizes in place, and moves the entity into or out of lists whose filter it now meets
 *     differently (the dashboard's running campaigns and drafts);
 *   DELETED takes it out of every list;
 *   RESYNC (the log no longer reaches back to our cursor) refetches what is on screen.
 * One exception: a campaign's results are rows, not changes, so an open results page reloads them.
 * Counts and totals are entities of their own (Counts, Dashboard) with their own changes.
 */

type Change = LiveChanges_StreamSubscription['changes'];

/** Per entity type, the lists that show it: each page names its own (`lists` in web/src/pages.tsx). */
export const LISTS = composeLists(...PAGES.map((page) => page.lists ?? {}));

type Item = Entity | { __typename?: string; node: Entity };
type Items = Item[];
const entityIn = (item: Item): Entity => ('node' in item ? (item as { node: Entity }).node : (item as Entity));
const idOf = (item: Item) => entityIn(item).id;

/** Puts `entity` where `list` says (or takes it out), in every cached copy of the list's query. */
function place(cache: Cache, list: ListOnScreen, id: string, entity: Entity | null, meId: string | undefined): void {
  cache.updateQuery({ query: list.query }, (data) => {
    const holder = (data as Record<string, unknown> | null)?.[list.key] as { edges?: Items } | Items | undefined;
    if (!data || !holder) return data;
    const items = (list.edgeType ? (holder as { edges: Items }).edges : holder) as Items;
    const at = items.findIndex((item) => idOf(item) === id);
    const belongs = entity !== null && (list.shows?.(entity, meId) ?? true);
    if (!belongs) {
      if (at >= 0) items.splice(at, 1);
      return data;
    }
    const item = list.edgeType ? { __typename: list.edgeType, node: entity } : entity;
    if (at >= 0) items[at] = item;
    else items.unshift(item);
    if (list.order) items.sort((a, b) => list.order!(entityIn(a), entityIn(b)));
    if (list.limit && items.length > list.limit) items.length = list.limit;
    return data;
  });
}

type ThreadMessage = NonNullable<Extract<Change, { __typename: 'MessageChange' }>['message']>;

/** A new message joins the end of every open thread of its chat in the cache. */
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

/** The change's entity: each change type has one field named after its entity (PersonaChange.persona). */
function entityOf(change: Change): Entity | null {
  const field = Object.keys(change).find((key) => !['__typename', 'cursor', 'op', 'entityId'].includes(key));
  return ((field && (change as Record<string, unknown>)[field]) as Entity | null | undefined) ?? null;
}

export function applyChange(cache: Cache, change: Change): void {
  if (change.op === 'RESYNC') {
    for (const field of cache.inspectFields('Query')) cache.invalidate('Query', field.fieldName, field.arguments ?? undefined);
    return;
  }
  if (change.__typename === 'MessageChange' && change.op === 'CREATED' && change.message) appendMessage(cache, change.message);
  // Results are rows, not changes: an open results page of a running campaign reloads as it grows.
  // Results only ever append (in position order), so a page that already has a next page cannot
  // change: only the last page reloads, and a watched campaign costs no request per progress change.
  if (change.__typename === 'CampaignChange') {
    const campaign = { __typename: 'Campaign', id: change.entityId };
    for (const field of cache.inspectFields(campaign)) {
      if (field.fieldName !== 'results') continue;
      const connection = cache.resolve(campaign, field.fieldKey) as string | null;
      const pageInfo = connection ? (cache.resolve(connection, 'pageInfo') as string | null) : null;
      if (pageInfo && cache.resolve(pageInfo, 'hasNextPage') === true) continue;
      cache.invalidate(campaign, field.fieldName, field.arguments ?? undefined);
    }
  }
  const typename = change.__typename.replace(/Change$/, '');
  const lists = LISTS[typename as EntityType];
  if (!lists) return;
  const entity = change.op === 'DELETED' ? null : entityOf(change);
  // Created, or changed in a way the viewer may no longer see (entity null): place or remove.
  const meId = (cache.resolve('Query', 'me') as string | null)?.replace(/^User:/, '');
  for (const list of lists) place(cache, list, change.entityId, entity, meId);
}

let optimisticMessages = 0;

/**
 * Your own message, shown in its thread the moment you send it: the mutation's answer (and the
 * stream's MessageChange, whichever comes first) puts the real one in its place. Its id says it is
 * not the server's yet (features/chats `isOptimistic`).
 */
function optimisticMessage(args: { chatId: string; body: string }, cache: Cache): ThreadMessage {
  const meKey = cache.resolve('Query', 'me') as string | null;
  const displayName = meKey ? (cache.resolve(meKey, 'displayName') as string | null) : null;
  return {
    __typename: 'Message',
    id: `optimistic:${++optimisticMessages}`,
    chatId: args.chatId,
    body: args.body,
    deleted: false,
    edited: false,
    createdAt: new Date().toISOString(),
    author: meKey ? { __typename: 'User', id: meKey.replace(/^User:/, ''), displayName: displayName ?? '' } : null,
  };
}

const embedded = () => null;

export const cacheExchange = graphcache({
  schema,
  // A type without an id is stored inside its parent; naming each one keeps graphcache from warning.
  keys: Object.fromEntries(embeddedTypes().map((name) => [name, embedded])),
  optimistic: {
    sendMessage: (args, cache) => optimisticMessage(args as { chatId: string; body: string }, cache),
  },
  updates: {
    Mutation: {
      sendMessage(result, _args, cache) {
        const message = (result as { sendMessage?: ThreadMessage | null }).sendMessage;
        if (message) appendMessage(cache, message);
      },
    },
    Subscription: {
      changes(result, _args, cache) {
        applyChange(cache, (result as LiveChanges_StreamSubscription).changes);
      },
    },
  },
});
