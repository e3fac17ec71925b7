import { Anchor, Badge, Button, Card, Group, Stack, Text, Title } from '@mantine/core';
import { Link } from 'react-router-dom';
import { useMutation, useQuery } from 'urql';
import { dateTime, entityPath } from '../../components/entityLink';
import { graphql } from '../../gql';
import { useOnline } from '../../urql/status';

export const NotificationsPage_Notification = graphql(`
  fragment NotificationsPage_Notification on Notification {
    id kind title body read createdAt entityType entityId
  }
`);

export const NotificationsPage_List = graphql(`
  query NotificationsPage_List {
    notifications(first: 50) {
      edges { node { ...NotificationsPage_Notification } }
    }
  }
`);

const NotificationsPage_Read = graphql(`mutation NotificationsPage_Read($id: ID!) { markNotificationRead(id: $id) { id read } }`);
const NotificationsPage_ReadAll = graphql(`mutation NotificationsPage_ReadAll { markAllNotificationsRead }`);

export function NotificationsPage() {
  const [{ data }] = useQuery({ query: NotificationsPage_List });
  const [, markRead] = useMutation(NotificationsPage_Read);
  const [, markAll] = useMutation(NotificationsPage_ReadAll);
  const online = useOnline();
  return (
    <Stack>
      <Group justify="space-between">
        <Title order={2}>Notifications</Title>
        <Button variant="default" disabled={!online} onClick={() => void markAll({})}>Mark all read</Button>
      </Group>
      {data?.notifications.edges.length === 0 && <Text c="dimmed">Nothing yet.</Text>}
      {data?.notifications.edges.map(({ node }) => {
        const path = entityPath(node.entityType, node.entityId);
        return (
        <Card key={node.id} withBorder data-testid="notification" data-read={node.read}>
          <Group justify="space-between">
            <Group gap="xs">
              {!node.read && <Badge size="xs">new</Badge>}
              {path ? (
                <Anchor component={Link} to={path} fw={node.read ? 400 : 700} onClick={() => !node.read && void markRead({ id: node.id })}>
                  {node.title}
                </Anchor>
              ) : (
                <Text fw={node.read ? 400 : 700}>{node.title}</Text>
              )}
              <Text size="xs" c="dimmed" component="time" dateTime={node.createdAt}>{dateTime(node.createdAt)}</Text>
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
