import { lazy, Suspense, useMemo } from 'react';
import { Navigate, Route, Routes } from 'react-router-dom';
import { Provider } from 'urql';
import { useToken } from './auth';
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
import { createUrqlClient } from './urql/client';

// The API keys page brings a chart library most sessions never need: loaded when first visited.
const ApiKeysPage = lazy(() => import('./features/apiKeys/ApiKeysPage').then((module) => ({ default: module.ApiKeysPage })));

const StreamHealthPage = lazy(() => import('./features/streamHealth/StreamHealthPage').then((module) => ({ default: module.StreamHealthPage })));

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
          <Route path="/api-keys" element={<Suspense fallback={null}><ApiKeysPage /></Suspense>} />
          <Route path="/stream-health" element={<Suspense fallback={null}><StreamHealthPage /></Suspense>} />
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
