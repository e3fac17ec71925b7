import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import type { Client } from 'urql';
import { ApiKeysPage_List, WebhooksSection_List } from '../apiKeys/documents';
import { CampaignsPage_Data } from '../campaigns/CampaignsPage';
import { ChatsPage_List } from '../chats/documents';
import { ConnectionsPage_Data } from '../connections/ConnectionsPage';
import { DashboardPage_Data } from '../dashboard/DashboardPage';
import { FeedPage_Feed } from '../feed/FeedPage';
import { KeywordSetsPage_List } from '../keywordSets/KeywordSetsPage';
import { MembersPage_List } from '../members/documents';
import { NotificationsPage_List } from '../notifications/NotificationsPage';
import { PersonasPage_List } from '../personas/PersonasPage';
import { ProxiesPage_Data } from '../proxies/ProxiesPage';

/** The query (without variables) each page asks first, as the page itself asks it. */
const FIRST_QUERIES: Record<string, ReadonlyArray<TypedDocumentNode<any, Record<string, never>>>> = {
  '/': [DashboardPage_Data],
  '/campaigns': [CampaignsPage_Data],
  '/proxies': [ProxiesPage_Data],
  '/personas': [PersonasPage_List],
  '/keyword-sets': [KeywordSetsPage_List],
  '/members': [MembersPage_List],
  '/api-keys': [ApiKeysPage_List, WebhooksSection_List],
  '/chats': [ChatsPage_List],
  '/connections': [ConnectionsPage_Data],
  '/feed': [FeedPage_Feed],
  '/notifications': [NotificationsPage_List],
};

/**
 * Asks for a page's data as its link is pressed, so the request runs while the page renders instead
 * of after it (the page's own query then finds it in the cache, or joins it in flight). A page seen
 * before is answered from the cache and asks nothing.
 */
export function preloadPage(client: Client, path: string): void {
  for (const query of FIRST_QUERIES[path] ?? []) void client.query(query, {}).toPromise();
}

let graphiqlPrefetched = false;

/**
 * GraphiQL's bundle is about 1.5 MB gzipped: fetched into the HTTP cache when a pointer reaches its
 * link (a person's hover comes a few hundred milliseconds before the click), not for every session.
 */
export function prefetchGraphiQL(): void {
  if (graphiqlPrefetched) return;
  graphiqlPrefetched = true;
  for (const [file, as] of [['graphiql.js', 'script'], ['graphiql.css', 'style']] as const) {
    const link = document.createElement('link');
    link.rel = 'prefetch';
    link.as = as;
    link.href = `/graphiql/${file}`;
    document.head.append(link);
  }
}
