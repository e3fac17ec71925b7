import { Alert, Badge, Button, Card, Grid, Group, MultiSelect, NavLink, ScrollArea, Stack, Text, Textarea, TextInput, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useEffect, useRef, useState } from 'react';
import { Link, useNavigate, useParams } from 'react-router-dom';
import { useMutation, useQuery, useSubscription, type CombinedError } from 'urql';
import { fieldErrors, generalError } from '../../components/errors';
import { DeleteButton, EditButton } from '../../components/RowActions';
import { TextEditForm } from '../../components/TextEditForm';
import { graphql } from '../../gql';
import { useOnline } from '../../urql/status';

/** The server's limit for a message body (sendMessage, editMessage). */
const MESSAGE_MAX = 4000;

export const ChatsPage_Chat = graphql(`
  fragment ChatsPage_Chat on Chat {
    id title kind unreadCount lastMessageAt
    members { id displayName online lastSeenAt }
    lastMessage { id body deleted author { id displayName } }
  }
`);

export const ChatsPage_Message = graphql(`
  fragment ChatsPage_Message on Message {
    id chatId body deleted edited createdAt author { id displayName }
  }
`);

export const ChatsPage_List = graphql(`
  query ChatsPage_List {
    me { id }
    chats { ...ChatsPage_Chat }
  }
`);

export const ChatsPage_Thread = graphql(`
  query ChatsPage_Thread($id: ID!, $last: Int!) {
    chat(id: $id) {
      id title kind unreadCount
      members { id displayName online lastSeenAt }
      messages(last: $last) {
        edges { node { ...ChatsPage_Message } }
        pageInfo { hasPreviousPage }
      }
    }
  }
`);

const ChatsPage_Send = graphql(`
  mutation ChatsPage_Send($chatId: ID!, $body: String!) {
    sendMessage(chatId: $chatId, body: $body) { id }
  }
`);

const ChatsPage_Edit = graphql(`
  mutation ChatsPage_Edit($id: ID!, $body: String!) {
    editMessage(id: $id, body: $body) { id body edited }
  }
`);

const ChatsPage_DeleteMessage = graphql(`
  mutation ChatsPage_DeleteMessage($id: ID!) {
    deleteMessage(id: $id) { id body deleted }
  }
`);

const ChatsPage_Connections = graphql(`
  query ChatsPage_Connections {
    connections(status: ACCEPTED) { id user { id displayName } }
  }
`);

const ChatsPage_Create = graphql(`
  mutation ChatsPage_Create($input: CreateChatInput!) {
    createChat(input: $input) { id }
  }
`);

const ChatsPage_MarkRead = graphql(`
  mutation ChatsPage_MarkRead($chatId: ID!, $messageId: ID!) {
    markChatRead(chatId: $chatId, messageId: $messageId) { id unreadCount }
  }
`);

const ChatsPage_SetTyping = graphql(`
  mutation ChatsPage_SetTyping($chatId: ID!, $typing: Boolean!) {
    setTyping(chatId: $chatId, typing: $typing)
  }
`);

const ChatsPage_Typing = graphql(`
  subscription ChatsPage_Typing($chatId: ID!) {
    typing(chatId: $chatId) { chatId typing at expiresAt user { id displayName } }
  }
`);

const ChatsPage_Presence = graphql(`
  subscription ChatsPage_Presence {
    presence { online at user { id displayName online lastSeenAt } }
  }
`);

type Member = { id: string; displayName: string; online: boolean };

export function chatName(chat: { title?: string | null; members: Member[] }, meId: string | undefined): string {
  return chat.title ?? chat.members.filter((m) => m.id !== meId).map((m) => m.displayName).join(', ');
}

export function ChatsPage() {
  const { id } = useParams();
  const [{ data }] = useQuery({ query: ChatsPage_List });
  // Presence events carry the user with `online`, which updates every member dot in the cache.
  useSubscription({ query: ChatsPage_Presence });
  const me = data?.me?.id;
  return (
    <Grid>
      <Grid.Col span={{ base: 12, md: 4 }}>
        <Title order={2} mb="sm">Chats</Title>
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
                      <Badge key={m.id} size="xs" variant="dot" color={m.online ? 'green' : 'gray'} data-testid={`presence-${m.displayName}`} data-online={m.online}>
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
        {data?.chats.length === 0 && <Text c="dimmed">No chats yet: start one below.</Text>}
        <NewChat />
      </Grid.Col>
      <Grid.Col span={{ base: 12, md: 8 }}>{id ? <Thread chatId={id} meId={me} /> : <Text c="dimmed">Pick a chat.</Text>}</Grid.Col>
    </Grid>
  );
}

function Thread({ chatId, meId }: { chatId: string; meId: string | undefined }) {
  const [last, setLast] = useState(50);
  const [{ data }] = useQuery({ query: ChatsPage_Thread, variables: { id: chatId, last } });
  const [sendState, send] = useMutation(ChatsPage_Send);
  const [, markRead] = useMutation(ChatsPage_MarkRead);
  const [, setTyping] = useMutation(ChatsPage_SetTyping);
  const [, deleteMessage] = useMutation(ChatsPage_DeleteMessage);
  const online = useOnline();
  const [typists, setTypists] = useState<Record<string, string>>({});
  const [body, setBody] = useState('');
  const lastTypingAt = useRef(0);
  // The typing subscription also tells the server this chat is open (no message notifications for it).
  useSubscription({ query: ChatsPage_Typing, variables: { chatId } }, (_previous, event) => {
    const user = event.typing.user;
    if (user) {
      setTypists((current) => {
        const next = { ...current };
        if (event.typing.typing) next[user.id] = user.displayName;
        else delete next[user.id];
        return next;
      });
    }
    return event;
  });
  const chat = data?.chat;
  const messages = chat?.messages.edges.map((e) => e.node) ?? [];
  const newest = messages.at(-1)?.id;
  useEffect(() => {
    if (newest && chat && chat.unreadCount > 0) void markRead({ chatId, messageId: newest });
  }, [newest, chat, chatId, markRead]);

  if (!chat) return <Text>Loading…</Text>;
  const names = Object.values(typists);
  return (
    <Card withBorder>
      <Title order={3}>{chatName(chat, meId)}</Title>
      <ScrollArea h={420} my="sm" data-testid="messages">
        <Stack gap="xs">
          {chat.messages.pageInfo.hasPreviousPage && (
            <Button variant="subtle" size="xs" onClick={() => setLast(Math.min(last + 50, 200))} disabled={last >= 200}>
              Show older messages
            </Button>
          )}
          {messages.map((message) => (
            <div key={message.id} data-testid="message">
              <Text size="xs" c="dimmed">
                {message.author?.displayName} · {new Date(message.createdAt).toLocaleTimeString()}
                {message.edited && ' · edited'}
              </Text>
              <Group gap="xs" wrap="nowrap" align="start">
                <Text flex={1} style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }} fs={message.deleted ? 'italic' : undefined} c={message.deleted ? 'dimmed' : undefined}>
                  {message.deleted ? 'This message was deleted' : message.body}
                </Text>
                {message.author?.id === meId && !message.deleted && (
                  <Group gap={2} wrap="nowrap">
                    <EditButton label="Edit message" title="Edit message">
                      {(close) => <EditMessage id={message.id} body={message.body} onSaved={close} />}
                    </EditButton>
                    <DeleteButton label="Delete message" what="this message" onDelete={() => deleteMessage({ id: message.id })} />
                  </Group>
                )}
              </Group>
            </div>
          ))}
        </Stack>
      </ScrollArea>
      <Text size="sm" c="dimmed" h={20} aria-live="polite" data-testid="typing">
        {names.length > 0 ? `${names.join(', ')} ${names.length > 1 ? 'are' : 'is'} typing…` : ''}
      </Text>
      {generalError(sendState.error) && <Alert color="red" role="alert">{generalError(sendState.error)}</Alert>}
      <form
        onSubmit={(event) => {
          event.preventDefault();
          if (!body.trim()) return;
          void send({ chatId, body }).then((result) => !result.error && setBody(''));
        }}
      >
        <Group align="end">
          <Textarea
            style={{ flex: 1 }}
            aria-label="Message"
            placeholder="Write a message"
            value={body}
            autosize
            minRows={1}
            maxRows={6}
            error={fieldErrors(sendState.error).body ?? (body.length > MESSAGE_MAX ? `${body.length} of at most ${MESSAGE_MAX} characters` : undefined)}
            onChange={(event) => {
              setBody(event.currentTarget.value);
              // A refresh at most every 2 s keeps "typing" alive; the server throttles and expires it.
              if (Date.now() - lastTypingAt.current > 2000) {
                lastTypingAt.current = Date.now();
                void setTyping({ chatId, typing: true });
              }
            }}
          />
          <Button type="submit" loading={sendState.fetching} disabled={!online}>Send</Button>
        </Group>
      </form>
    </Card>
  );
}

function EditMessage({ id, body, onSaved }: { id: string; body: string; onSaved: () => void }) {
  const [, edit] = useMutation(ChatsPage_Edit);
  return (
    <TextEditForm formLabel="Edit message" label="Message" field="body" initial={body} multiline submitLabel="Save message" save={(value) => edit({ id, body: value })} onSaved={onSaved} />
  );
}

/** A direct chat with one connection, or a group chat (with a title) with several. */
function NewChat() {
  const [{ data }] = useQuery({ query: ChatsPage_Connections });
  const [, create] = useMutation(ChatsPage_Create);
  const online = useOnline();
  const navigate = useNavigate();
  const [error, setError] = useState<CombinedError | undefined>();
  const form = useForm({ initialValues: { memberIds: [] as string[], title: '' } });
  async function submit(values: typeof form.values) {
    const result = await create({ input: { memberIds: values.memberIds, title: values.title.trim() || undefined } });
    setError(result.error);
    const errors = fieldErrors(result.error);
    form.setErrors({ ...errors, memberIds: errors.memberIds ?? Object.entries(errors).find(([key]) => key.startsWith('memberIds'))?.[1] });
    if (result.data) {
      form.reset();
      navigate(`/chats/${result.data.createChat.id}`);
    }
  }
  const people = data?.connections.map((connection) => ({ value: connection.user.id, label: connection.user.displayName })) ?? [];
  return (
    <Card withBorder mt="md">
      <form onSubmit={form.onSubmit(submit)} aria-label="New chat">
        <Stack gap="xs">
          <Title order={5}>New chat</Title>
          {generalError(error) && <Alert color="red" role="alert">{generalError(error)}</Alert>}
          <MultiSelect label="With" placeholder={people.length ? 'Pick connections' : 'Connect with someone first'} data={people} searchable {...form.getInputProps('memberIds')} />
          {form.values.memberIds.length > 1 && <TextInput label="Group title (optional)" {...form.getInputProps('title')} />}
          <Button type="submit" disabled={!online || form.values.memberIds.length === 0}>
            {form.values.memberIds.length > 1 ? 'Start group chat' : 'Start chat'}
          </Button>
        </Stack>
      </form>
    </Card>
  );
}
