import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import type { ReactElement } from 'react';
import { list, type Lists } from './urql/lists';
import { ApiKeysPage } from './features/apiKeys/ApiKeysPage';
import { ApiKeysPage_List, WebhooksSection_List } from './features/apiKeys/documents';
import { CampaignDetailPage } from './features/campaigns/CampaignDetailPage';
import { CampaignsPage, CampaignsPage_Data } from './features/campaigns/CampaignsPage';
import { ChatsPage } from './features/chats/ChatsPage';
import { ChatsPage_List } from './features/chats/documents';
import { ConnectionsPage, ConnectionsPage_Data } from './features/connections/ConnectionsPage';
import { DashboardPage, DashboardPage_Data } from './features/dashboard/DashboardPage';
import { dashboardLists } from './features/dashboard/lists';
import { FeedPage, FeedPage_Feed } from './features/feed/FeedPage';
import { KeywordSetsPage, KeywordSetsPage_List } from './features/keywordSets/KeywordSetsPage';
import { MembersPage_List } from './features/members/documents';
import { MembersPage } from './features/members/MembersPage';
import { NotificationsPage, NotificationsPage_List } from './features/notifications/NotificationsPage';
import { PersonasPage, PersonasPage_List } from './features/personas/PersonasPage';
import { ProxiesPage, ProxiesPage_Data } from './features/proxies/ProxiesPage';
import { SettingsPage } from './features/settings/SettingsPage';
import { StreamHealthPage } from './features/streamHealth/StreamHealthPage';

export interface NavCounts {
  unreadMessages: number;
  unreadNotifications: number;
  incomingConnectionRequests: number;
}

/**
 * One page of the app: its route, its place in the navigation, what it asks first (preloaded as its
 * link is pressed), and the lists on it that the change stream keeps current (urql/cache.ts writes each
 * change's entity into them). A plain list is `list(Query, 'field')` right here; a list with rules
 * (who it shows, its order, a limit) is kept in the feature's `lists.ts`.
 */
export interface Page {
  path: string;
  element: ReactElement;
  nav?: { section: 'Operations' | 'Social'; label: string; adminOnly?: boolean; count?: (counts: NavCounts) => number };
  firstQueries?: ReadonlyArray<TypedDocumentNode<any, Record<string, never>>>;
  lists?: Lists;
}

/**
 * Every page, in navigation order: App.tsx routes them, the layout lists them, the preload asks their
 * first queries, the cache keeps their lists. A new page is one entry here (web/test/unit/pages.test.ts fails on a page left out).
 * Every page is in the app's bundle: a page split off would wait for its code before it asks for its
 * data (a waterfall after each first click). Only the chart library loads on its own (components/charts.tsx).
 */
export const PAGES: readonly Page[] = [
  { path: '/', element: <DashboardPage />, nav: { section: 'Operations', label: 'Dashboard' }, firstQueries: [DashboardPage_Data], lists: dashboardLists },
  { path: '/campaigns', element: <CampaignsPage />, nav: { section: 'Operations', label: 'Campaigns' }, firstQueries: [CampaignsPage_Data],
    lists: {
      Campaign: [list(CampaignsPage_Data, 'campaigns')],
      // What the new-campaign form picks from.
      Persona: [list(CampaignsPage_Data, 'personas')],
      KeywordSet: [list(CampaignsPage_Data, 'keywordSets')],
      ProxyPool: [list(CampaignsPage_Data, 'proxyPools')],
    },
  },
  { path: '/campaigns/:id', element: <CampaignDetailPage /> },
  { path: '/proxies', element: <ProxiesPage />, nav: { section: 'Operations', label: 'Proxies & pools' }, firstQueries: [ProxiesPage_Data],
    lists: { Proxy: [list(ProxiesPage_Data, 'proxies')], ProxyPool: [list(ProxiesPage_Data, 'proxyPools')] },
  },
  { path: '/personas', element: <PersonasPage />, nav: { section: 'Operations', label: 'Personas' }, firstQueries: [PersonasPage_List], lists: { Persona: [list(PersonasPage_List, 'personas')] } },
  { path: '/keyword-sets', element: <KeywordSetsPage />, nav: { section: 'Operations', label: 'Keyword sets' }, firstQueries: [KeywordSetsPage_List],
    lists: { KeywordSet: [list(KeywordSetsPage_List, 'keywordSets')] },
  },
  { path: '/settings', element: <SettingsPage />, nav: { section: 'Operations', label: 'Settings' } },
  { path: '/members', element: <MembersPage />, nav: { section: 'Operations', label: 'Members' }, firstQueries: [MembersPage_List] },
  { path: '/api-keys', element: <ApiKeysPage />, nav: { section: 'Operations', label: 'API keys' }, firstQueries: [ApiKeysPage_List, WebhooksSection_List],
    lists: { ApiKey: [list(ApiKeysPage_List, 'apiKeys')], Webhook: [list(WebhooksSection_List, 'webhooks')] },
  },
  { path: '/stream-health', element: <StreamHealthPage />, nav: { section: 'Operations', label: 'Stream health', adminOnly: true } },
  { path: '/chats', element: <ChatsPage />, nav: { section: 'Social', label: 'Chats', count: (counts) => counts.unreadMessages }, firstQueries: [ChatsPage_List] },
  { path: '/chats/:id', element: <ChatsPage /> },
  {
    path: '/connections',
    element: <ConnectionsPage />,
    nav: { section: 'Social', label: 'Connections', count: (counts) => counts.incomingConnectionRequests },
    firstQueries: [ConnectionsPage_Data],
  },
  { path: '/feed', element: <FeedPage />, nav: { section: 'Social', label: 'Feed' }, firstQueries: [FeedPage_Feed] },
  {
    path: '/notifications',
    element: <NotificationsPage />,
    nav: { section: 'Social', label: 'Notifications', count: (counts) => counts.unreadNotifications },
    firstQueries: [NotificationsPage_List],
  },
];
