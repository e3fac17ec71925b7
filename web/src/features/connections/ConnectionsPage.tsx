import { Alert, Badge, Button, Card, Group, SimpleGrid, Stack, Text, TextInput, Title } from '@mantine/core';
import type { CombinedError } from 'urql';
import { useState } from 'react';
import { useNavigate } from 'react-router-dom';
import { useMutation, useQuery } from 'urql';
import { EmptyState } from '../../components/EmptyState';
import { generalError } from '../../components/errors';
import { PageHeader } from '../../components/PageHeader';
import { toast } from '../../components/toast';
import { graphql } from '../../gql';

export const ConnectionsPage_Connection = graphql(`
  fragment ConnectionsPage_Connection on Connection {
    id status createdAt requester { id } user { id displayName online }
  }
`);

/** Kept current by the server (a live query): who is connected and who asked, as you may see them now. */
export const ConnectionsPage_Data = graphql(`
  query ConnectionsPage_Data($after: String) @live(after: $after, patches: true) {
    me { id }
    connections(status: ACCEPTED) { ...ConnectionsPage_Connection }
    incomingConnectionRequests { ...ConnectionsPage_Connection }
    outgoingConnectionRequests { ...ConnectionsPage_Connection }
  }
`);

const ConnectionsPage_Users = graphql(`
  query ConnectionsPage_Users($search: String) {
    users(search: $search, first: 20) { id displayName }
  }
`);

const ConnectionsPage_Request = graphql(`mutation ConnectionsPage_Request($userId: ID!) { sendConnectionRequest(userId: $userId) { id status } }`);
const ConnectionsPage_Accept = graphql(`mutation ConnectionsPage_Accept($id: ID!) { acceptConnectionRequest(id: $id) { id status } }`);
const ConnectionsPage_Decline = graphql(`mutation ConnectionsPage_Decline($id: ID!) { declineConnectionRequest(id: $id) }`);
const ConnectionsPage_Cancel = graphql(`mutation ConnectionsPage_Cancel($id: ID!) { cancelConnectionRequest(id: $id) }`);
const ConnectionsPage_Remove = graphql(`mutation ConnectionsPage_Remove($id: ID!) { removeConnection(id: $id) }`);
const ConnectionsPage_Chat = graphql(`mutation ConnectionsPage_Chat($input: CreateChatInput!) { createChat(input: $input) { id } }`);

export function ConnectionsPage() {
  // cache-and-network: a preloaded answer shows at once, and the live query opens either way.
  const [{ data }] = useQuery({ query: ConnectionsPage_Data, requestPolicy: 'cache-and-network' });
  const [search, setSearch] = useState('');
  const [{ data: found }] = useQuery({ query: ConnectionsPage_Users, variables: { search }, pause: search.trim().length < 2 });
  const [request, sendRequest] = useMutation(ConnectionsPage_Request);
  const [accept, acceptRequest] = useMutation(ConnectionsPage_Accept);
  const [decline, declineRequest] = useMutation(ConnectionsPage_Decline);
  const [cancel, cancelRequest] = useMutation(ConnectionsPage_Cancel);
  const [remove, removeConnection] = useMutation(ConnectionsPage_Remove);
  const [, createChat] = useMutation(ConnectionsPage_Chat);
  const navigate = useNavigate();
  const problem = generalError(request.error ?? accept.error ?? decline.error ?? cancel.error ?? remove.error);
  // Someone already connected or asked (either way) is not offered "Connect" again: say where things stand.
  const relationTo = (userId: string): string | undefined => {
    if (data?.connections.some((c) => c.user?.id === userId)) return 'Connected';
    if (data?.outgoingConnectionRequests.some((c) => c.user?.id === userId)) return 'Request sent';
    if (data?.incomingConnectionRequests.some((c) => c.user?.id === userId)) return 'Asked to connect with you';
    return undefined;
  };

  // Each answer says what it did; a refusal shows in the alert above.
  const answer = async (action: Promise<{ error?: CombinedError }>, done: string) => {
    if (!(await action).error) toast(done);
  };
  const nobody = data && data.connections.length + data.incomingConnectionRequests.length + data.outgoingConnectionRequests.length === 0;

  return (
    <Stack>
      <PageHeader title="Connections" description="The people you chat with and see posts from. Connecting takes a request and its acceptance." />
      {problem && <Alert color="red" role="alert">{problem}</Alert>}
      <Card withBorder>
        <TextInput label="Find people" placeholder="A name, or a whole email address" maxLength={100} value={search} onChange={(e) => setSearch(e.currentTarget.value)} />
        <Stack mt="sm" gap="xs">
          {found?.users.filter((u) => u.id !== data?.me?.id).map((user) => {
            const relation = relationTo(user.id);
            return (
              <Group key={user.id} justify="space-between">
                <Text>{user.displayName}</Text>
                {relation ? (
                  <Text size="sm" c="dimmed" data-testid={`relation-${user.id}`}>{relation}</Text>
                ) : (
                  <Button size="xs" loading={request.fetching} onClick={() => void answer(sendRequest({ userId: user.id }), `Asked ${user.displayName} to connect.`)}>Connect</Button>
                )}
              </Group>
            );
          })}
        </Stack>
      </Card>
      {nobody && (
        <EmptyState title="No connections yet" testId="connections-empty">
          Find people above by name or email and ask to connect: once they accept, you can chat and see each other’s posts.
        </EmptyState>
      )}
      <SimpleGrid cols={{ base: 1, md: 3 }}>
        <Card withBorder data-testid="incoming">
          <Title order={4}>Incoming <Badge>{data?.incomingConnectionRequests.length ?? 0}</Badge></Title>
          {data?.incomingConnectionRequests.length === 0 && <Text size="sm" c="dimmed" mt="xs">No requests waiting for you.</Text>}
          {data?.incomingConnectionRequests.map((c) => (
            <Group key={c.id} justify="space-between" mt="xs">
              <Text>{c.user.displayName}</Text>
              <Group gap={4}>
                <Button size="xs" onClick={() => void answer(acceptRequest({ id: c.id }), `You and ${c.user.displayName} are connected.`)}>Accept</Button>
                <Button size="xs" variant="default" onClick={() => void answer(declineRequest({ id: c.id }), `Declined ${c.user.displayName}’s request.`)}>Decline</Button>
              </Group>
            </Group>
          ))}
        </Card>
        <Card withBorder data-testid="outgoing">
          <Title order={4}>Outgoing</Title>
          {data?.outgoingConnectionRequests.length === 0 && <Text size="sm" c="dimmed" mt="xs">No requests of yours waiting.</Text>}
          {data?.outgoingConnectionRequests.map((c) => (
            <Group key={c.id} justify="space-between" mt="xs">
              <Text>{c.user.displayName}</Text>
              <Button size="xs" variant="default" onClick={() => void answer(cancelRequest({ id: c.id }), `Withdrew your request to ${c.user.displayName}.`)}>Cancel</Button>
            </Group>
          ))}
        </Card>
        <Card withBorder data-testid="accepted">
          <Title order={4}>Connected</Title>
          {data?.connections.length === 0 && <Text size="sm" c="dimmed" mt="xs">Nobody yet.</Text>}
          {data?.connections.map((c) => (
            <Group key={c.id} justify="space-between" mt="xs">
              <Group gap={6}>
                <Badge size="xs" color={c.user.online ? 'green' : 'gray'} variant="dot">{c.user.online ? 'online' : 'offline'}</Badge>
                <Text>{c.user.displayName}</Text>
              </Group>
              <Group gap={4}>
                <Button
                  size="xs"
                  variant="light"
                  onClick={() => void createChat({ input: { memberIds: [c.user.id] } }).then((r) => r.data && navigate(`/chats/${r.data.createChat.id}`))}
                >
                  Chat
                </Button>
                <Button size="xs" variant="subtle" color="red" onClick={() => void answer(removeConnection({ id: c.id }), `Removed ${c.user.displayName} from your connections.`)}>Remove</Button>
              </Group>
            </Group>
          ))}
        </Card>
      </SimpleGrid>
    </Stack>
  );
}
