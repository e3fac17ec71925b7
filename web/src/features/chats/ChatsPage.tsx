import { Badge, Grid, Group, NavLink, Stack, Text, Title } from '@mantine/core';
import { Link, useParams } from 'react-router-dom';
import { useQuery, useSubscription } from 'urql';
import { EmptyState } from '../../components/EmptyState';
import { usePageTitle } from '../../components/PageHeader';
import { CreateButton } from '../../components/RowActions';
import { graphql } from '../../gql';
import { chatName } from './chatName';
import { ChatsPage_List } from './documents';
import { NewChat } from './NewChat';
import { Thread } from './Thread';

const ChatsPage_Presence = graphql(`
  subscription ChatsPage_Presence {
    presence { online at user { id displayName online lastSeenAt } }
  }
`);

export function ChatsPage() {
  const { id } = useParams();
  const [{ data }] = useQuery({ query: ChatsPage_List, requestPolicy: 'cache-and-network' });
  // Presence events carry the user with `online`, which updates every member dot in the cache.
  useSubscription({ query: ChatsPage_Presence });
  usePageTitle('Chats');
  const me = data?.me?.id;
  const newChat = (
    <CreateButton label="New chat" urlKey="chat">
      {(close) => <NewChat onCreated={close} />}
    </CreateButton>
  );
  return (
    <Grid>
      <Grid.Col span={{ base: 12, md: 4 }}>
        <Group justify="space-between" mb="sm">
          <Title order={2}>Chats</Title>
          {data && data.chats.length > 0 && newChat}
        </Group>
        <Stack gap={0} data-testid="chat-list">
          {data?.chats.map((chat) => {
            const others = chat.members.filter((m) => m.id !== me);
            return (
              <NavLink
                key={chat.id}
                component={Link}
                to={`/chats/${chat.id}`}
                active={chat.id === id}
                label={
                  <Group gap={6}>
                    {others.map((m) => (
                      <Badge key={m.id} size="xs" variant="dot" tt="none" color={m.online ? 'green' : 'gray'} data-testid={`presence-${m.displayName}`} data-online={m.online}>
                        {m.online ? 'online' : 'offline'}
                      </Badge>
                    ))}
                    <Text size="sm">{chatName(chat, me)}</Text>
                  </Group>
                }
                description={chat.lastMessage ? (chat.lastMessage.deleted ? 'deleted message' : chat.lastMessage.body) : 'No messages yet'}
                rightSection={chat.unreadCount > 0 ? <Badge size="sm" data-testid="unread-badge">{chat.unreadCount}</Badge> : undefined}
              />
            );
          })}
        </Stack>
        {data?.chats.length === 0 && (
          <EmptyState title="No chats yet" action={newChat} testId="chats-empty">
            You chat with your connections: start a chat with one of them, or a group chat with several. No connections yet? Find people on{' '}
            <Link to="/connections">Connections</Link>.
          </EmptyState>
        )}
      </Grid.Col>
      <Grid.Col span={{ base: 12, md: 8 }}>
        {id ? (
          <Thread chatId={id} meId={me} />
        ) : (
          data && data.chats.length > 0 && <Text c="dimmed">Pick a chat on the left, or start a new one.</Text>
        )}
      </Grid.Col>
    </Grid>
  );
}
