import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import type { ReactElement } from 'react';
import { ApiKeysPage } from './features/apiKeys/ApiKeysPage';
import { ApiKeysPage_List, WebhooksSection_List } from './features/apiKeys/documents';
import { CampaignDetailPage } from './features/campaigns/CampaignDetailPage';
import { CampaignsPage, CampaignsPage_Data } from './features/campaigns/CampaignsPage';
import { ChatsPage } from './features/chats/ChatsPage';
import { ChatsPage_List } from './features/chats/documents';
import { ConnectionsPage, ConnectionsPage_Data } from './features/connections/ConnectionsPage';
import { DashboardPage, DashboardPage_Data } from './features/dashboard/DashboardPage';
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

/** One page of the app: its route, its place in the navigation, and what it asks first (preloaded as its link is pressed). */
export interface Page {
  path: string;
  element: ReactElement;
  nav?: { section: 'Operations' | 'Social'; label: string; adminOnly?: boolean; count?: (counts: NavCounts) => number };
  firstQueries?: ReadonlyArray<TypedDocumentNode<any, Record<string, never>>>;
}

/**
 * Every page, in navigation order: App.tsx routes them, the layout lists them, the preload asks their
 * first queries. A new page is one entry here (web/test/unit/pages.test.ts fails on a page left out).
 * Every page is in the app's bundle: a page split off would wait for its code before it asks for its
 * data (a waterfall after each first click). Only the chart library loads on its own (components/charts.tsx).
 */
export const PAGES: readonly Page[] = [
  { path: '/', element: <DashboardPage />, nav: { section: 'Operations', label: 'Dashboard' }, firstQueries: [DashboardPage_Data] },
  { path: '/campaigns', element: <CampaignsPage />, nav: { section: 'Operations', label: 'Campaigns' }, firstQueries: [CampaignsPage_Data] },
  { path: '/campaigns/:id', element: <CampaignDetailPage /> },
  { path: '/proxies', element: <ProxiesPage />, nav: { section: 'Operations', label: 'Proxies & pools' }, firstQueries: [ProxiesPage_Data] },
  { path: '/personas', element: <PersonasPage />, nav: { section: 'Operations', label: 'Personas' }, firstQueries: [PersonasPage_List] },
  { path: '/keyword-sets', element: <KeywordSetsPage />, nav: { section: 'Operations', label: 'Keyword sets' }, firstQueries: [KeywordSetsPage_List] },
  { path: '/settings', element: <SettingsPage />, nav: { section: 'Operations', label: 'Settings' } },
  { path: '/members', element: <MembersPage />, nav: { section: 'Operations', label: 'Members' }, firstQueries: [MembersPage_List] },
  { path: '/api-keys', element: <ApiKeysPage />, nav: { section: 'Operations', label: 'API keys' }, firstQueries: [ApiKeysPage_List, WebhooksSection_List] },
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
