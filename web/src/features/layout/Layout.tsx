import { ActionIcon, AppShell, Burger, Button, Group, Indicator, NavLink, Text, Title } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { Fragment, type ReactNode } from 'react';
import { Link, useLocation } from 'react-router-dom';
import { useClient, useMutation, useQuery } from 'urql';
import { graphql } from '../../gql';
import { PAGES } from '../../pages';
import { ConnectionIndicator } from './ConnectionIndicator';
import { prefetchGraphiQL, preloadPage } from './preload';

const Layout_Me = graphql(`
  query Layout_Me {
    me {
      id
      displayName
      role
      counts {
        id
        unreadMessages
        unreadNotifications
        incomingConnectionRequests
      }
    }
  }
`);

const Layout_SignOut = graphql(`
  mutation Layout_SignOut {
    signOut
  }
`);

const SECTIONS = ['Operations', 'Social'] as const;

export function Layout({ children, onSignOut }: { children: ReactNode; onSignOut: () => void }) {
  const [opened, { toggle }] = useDisclosure();
  const [{ data }] = useQuery({ query: Layout_Me });
  const [, signOut] = useMutation(Layout_SignOut);
  const location = useLocation();
  const client = useClient();
  const preload = (path: string) => () => preloadPage(client, path);
  const counts = data?.me?.counts;
  const isAdmin = data?.me?.role === 'ADMIN';
  const active = (path: string) => (path === '/' ? location.pathname === '/' : location.pathname.startsWith(path));

  return (
    <AppShell header={{ height: 56 }} navbar={{ width: 230, breakpoint: 'sm', collapsed: { mobile: !opened } }} padding="md">
      <AppShell.Header>
        <Group h="100%" px="md" justify="space-between">
          <Group>
            <Burger opened={opened} onClick={toggle} hiddenFrom="sm" size="sm" aria-label="Toggle navigation" />
            <Title order={3}>Pulsegraph</Title>
          </Group>
          <Group>
            {/* Served by the API server, not a route of this app: a full page load, and its own link back. */}
            <Button component="a" href="/graphql" size="xs" variant="subtle" title="Explore the API in GraphiQL, signed in as you" onPointerEnter={prefetchGraphiQL} onFocus={prefetchGraphiQL}>
              GraphiQL
            </Button>
            <ConnectionIndicator />
            <Indicator label={counts?.unreadNotifications} disabled={!counts?.unreadNotifications} size={18} data-testid="bell-count">
              <ActionIcon component={Link} to="/notifications" variant="subtle" aria-label={`Notifications, ${counts?.unreadNotifications ?? 0} unread`}>
                <svg width="20" height="20" viewBox="0 0 24 24" fill="none" stroke="currentColor" strokeWidth="2" aria-hidden="true">
                  <path d="M18 8a6 6 0 0 0-12 0c0 7-3 9-3 9h18s-3-2-3-9" />
                  <path d="M13.7 21a2 2 0 0 1-3.4 0" />
                </svg>
              </ActionIcon>
            </Indicator>
            <Text size="sm">{data?.me?.displayName}</Text>
            <Button
              size="xs"
              variant="default"
              onClick={() => {
                void signOut({}).finally(onSignOut);
              }}
            >
              Sign out
            </Button>
          </Group>
        </Group>
      </AppShell.Header>
      <AppShell.Navbar p="xs" aria-label="Main">
        {SECTIONS.map((section, index) => (
          <Fragment key={section}>
            <Text size="xs" c="dimmed" px="sm" pt={index === 0 ? 'xs' : 'md'}>
              {section}
            </Text>
            {PAGES.filter((page) => page.nav?.section === section && (!page.nav.adminOnly || isAdmin)).map(({ path, nav }) => {
              const count = counts && nav!.count ? nav!.count(counts) : 0;
              return (
                <NavLink
                  key={path}
                  component={Link}
                  to={path}
                  label={nav!.label}
                  active={active(path)}
                  onPointerDown={preload(path)}
                  onClick={preload(path)}
                  rightSection={count > 0 ? <Text size="xs" fw={700} aria-label={`${count} new`}>{count}</Text> : undefined}
                />
              );
            })}
          </Fragment>
        ))}
      </AppShell.Navbar>
      <AppShell.Main>{children}</AppShell.Main>
    </AppShell>
  );
}
