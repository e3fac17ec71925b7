import { useMemo } from 'react';
import { Navigate, Route, Routes } from 'react-router-dom';
import { Provider } from 'urql';
import { useToken } from './auth';
import { SignInPage } from './features/auth/SignInPage';
import { Layout } from './features/layout/Layout';
import { LiveChanges } from './features/live/LiveChanges';
import { PAGES } from './pages';
import { createUrqlClient } from './urql/client';

export function App() {
  const [token, setToken] = useToken();
  const client = useMemo(() => (token ? createUrqlClient(token, () => setToken(null)) : null), [token, setToken]);
  if (!token || !client) return <SignInPage onSignedIn={setToken} />;
  return (
    <Provider value={client}>
      <LiveChanges />
      <Layout onSignOut={() => setToken(null)}>
        <Routes>
          {PAGES.map((page) => (
            <Route key={page.path} path={page.path} element={page.element} />
          ))}
          <Route path="*" element={<Navigate to="/" replace />} />
        </Routes>
      </Layout>
    </Provider>
  );
}
