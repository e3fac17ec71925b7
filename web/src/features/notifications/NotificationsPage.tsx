import { Anchor, Badge, Button, Card, Group, Stack, Text } from '@mantine/core';
import { Link } from 'react-router-dom';
import { useMutation, useQuery } from 'urql';
import { EmptyState } from '../../components/EmptyState';
import { entityPath } from '../../components/entityLink';
import { PageHeader } from '../../components/PageHeader';
import { When } from '../../components/When';
import { graphql } from '../../gql';
import { useOnline } from '../../urql/status';

export const NotificationsPage_Notification = graphql(`
  fragment NotificationsPage_Notification on Notification {
    id kind title body read createdAt entityType entityId
  }
`);

/** Kept current by the server (a live query): your newest 50, as they are now, read or not. */
export const NotificationsPage_List = graphql(`
  query NotificationsPage_List($after: String) @live(after: $after, patches: true) {
    notifications(first: 50) {
      edges { node { ...NotificationsPage_Notification } }
    }
  }
`);

const NotificationsPage_Read = graphql(`mutation NotificationsPage_Read($id: ID!) { markNotificationRead(id: $id) { id read } }`);
const NotificationsPage_ReadAll = graphql(`mutation NotificationsPage_ReadAll { markAllNotificationsRead }`);

export function NotificationsPage() {
  // cache-and-network: a preloaded answer shows at once, and the live query opens either way.
  const [{ data }] = useQuery({ query: NotificationsPage_List, requestPolicy: 'cache-and-network' });
  const [, markRead] = useMutation(NotificationsPage_Read);
  const [, markAll] = useMutation(NotificationsPage_ReadAll);
  const online = useOnline();
  return (
    <Stack>
      <PageHeader
        title="Notifications"
        description="What happened that concerns you: campaigns that finished or failed, connection requests, messages in chats you are not looking at."
        action={<Button variant="default" disabled={!online} onClick={() => void markAll({})}>Mark all read</Button>}
      />
      {data?.notifications.edges.length === 0 && (
        <EmptyState title="Nothing yet" testId="notifications-empty">
          You will hear here when a campaign you run finishes or fails, when someone asks to connect, and of messages in chats you do not have open.
        </EmptyState>
      )}
      {data?.notifications.edges.map(({ node }) => {
        const path = entityPath(node.entityType, node.entityId);
        return (
        <Card key={node.id} withBorder data-testid="notification" data-read={node.read}>
          <Group justify="space-between">
            <Group gap="xs">
              {!node.read && <Badge size="xs" tt="none">New</Badge>}
              {path ? (
                <Anchor component={Link} to={path} fw={node.read ? 400 : 700} onClick={() => !node.read && void markRead({ id: node.id })}>
                  {node.title}
                </Anchor>
              ) : (
                <Text fw={node.read ? 400 : 700}>{node.title}</Text>
              )}
              <Text size="xs" c="dimmed" component="span"><When at={node.createdAt} /></Text>
            </Group>
            {!node.read && <Button size="xs" variant="subtle" disabled={!online} onClick={() => void markRead({ id: node.id })}>Mark read</Button>}
          </Group>
          {node.body && <Text size="sm" c="dimmed">{node.body}</Text>}
        </Card>
        );
      })}
    </Stack>
  );
}
