import { useMemo } from 'react';
import { Navigate, Route, Routes } from 'react-router-dom';
import { Provider } from 'urql';
import { useToken } from './auth';
import { ApiKeysPage } from './features/apiKeys/ApiKeysPage';
import { SignInPage } from './features/auth/SignInPage';
import { CampaignDetailPage } from './features/campaigns/CampaignDetailPage';
import { CampaignsPage } from './features/campaigns/CampaignsPage';
import { ChatsPage } from './features/chats/ChatsPage';
import { ConnectionsPage } from './features/connections/ConnectionsPage';
import { DashboardPage } from './features/dashboard/DashboardPage';
import { FeedPage } from './features/feed/FeedPage';
import { KeywordSetsPage } from './features/keywordSets/KeywordSetsPage';
import { Layout } from './features/layout/Layout';
import { LiveChanges } from './features/live/LiveChanges';
import { MembersPage } from './features/members/MembersPage';
import { NotificationsPage } from './features/notifications/NotificationsPage';
import { PersonasPage } from './features/personas/PersonasPage';
import { ProxiesPage } from './features/proxies/ProxiesPage';
import { SettingsPage } from './features/settings/SettingsPage';
import { StreamHealthPage } from './features/streamHealth/StreamHealthPage';
import { createUrqlClient } from './urql/client';

// Every page is in the app's bundle: a page split off would wait for its code before it asks for its
// data (a waterfall after each first click). Only the chart library, most of a chart page's weight,
// loads on its own, with the first chart shown (components/charts.tsx).

export function App() {
  const [token, setToken] = useToken();
  const client = useMemo(() => (token ? createUrqlClient(token, () => setToken(null)) : null), [token, setToken]);
  if (!token || !client) return <SignInPage onSignedIn={setToken} />;
  return (
    <Provider value={client}>
      <LiveChanges />
      <Layout onSignOut={() => setToken(null)}>
        <Routes>
          <Route path="/" element={<DashboardPage />} />
          <Route path="/campaigns" element={<CampaignsPage />} />
          <Route path="/campaigns/:id" element={<CampaignDetailPage />} />
          <Route path="/proxies" element={<ProxiesPage />} />
          <Route path="/personas" element={<PersonasPage />} />
          <Route path="/keyword-sets" element={<KeywordSetsPage />} />
          <Route path="/settings" element={<SettingsPage />} />
          <Route path="/members" element={<MembersPage />} />
          <Route path="/api-keys" element={<ApiKeysPage />} />
          <Route path="/stream-health" element={<StreamHealthPage />} />
          <Route path="/chats" element={<ChatsPage />} />
          <Route path="/chats/:id" element={<ChatsPage />} />
          <Route path="/connections" element={<ConnectionsPage />} />
          <Route path="/feed" element={<FeedPage />} />
          <Route path="/notifications" element={<NotificationsPage />} />
          <Route path="*" element={<Navigate to="/" replace />} />
        </Routes>
      </Layout>
    </Provider>
  );
}
