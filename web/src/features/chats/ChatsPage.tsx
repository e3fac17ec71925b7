import { Alert, Badge, Box, Button, Card, Grid, Group, MultiSelect, NavLink, Paper, ScrollArea, Stack, Text, Textarea, TextInput, Title } from '@mantine/core';
import { useEffect, useRef, useState } from 'react';
import { Link, useNavigate, useParams } from 'react-router-dom';
import { useMutation, useQuery, useSubscription } from 'urql';
import { EmptyState } from '../../components/EmptyState';
import { fieldErrors, generalError } from '../../components/errors';
import { MutationForm, useMutationForm } from '../../components/form';
import { clockTime, dateTime } from '../../components/format';
import { usePageTitle } from '../../components/PageHeader';
import { CreateButton, DeleteButton, EditButton } from '../../components/RowActions';
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

/** Answers the whole message: it replaces the optimistic one the cache showed at once (urql/cache.ts). */
const ChatsPage_Send = graphql(`
  mutation ChatsPage_Send($chatId: ID!, $body: String!) {
    sendMessage(chatId: $chatId, body: $body) { ...ChatsPage_Message }
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

/** A message the cache shows before the server has it (urql/cache.ts names it so). */
export const isOptimistic = (id: string) => id.startsWith('optimistic:');

export function ChatsPage() {
  const { id } = useParams();
  const [{ data }] = useQuery({ query: ChatsPage_List });
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
  const viewport = useRef<HTMLDivElement>(null);
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
  const thread = chat?.messages.edges.map((e) => e.node) ?? [];
  // Should the server's message be shown before the optimistic one has left, the optimistic one steps aside.
  const messages = thread.filter(
    (message, at) => !isOptimistic(message.id) || !thread.slice(at + 1).some((later) => !isOptimistic(later.id) && later.author?.id === message.author?.id && later.body === message.body),
  );
  const newest = messages.findLast((message) => !isOptimistic(message.id))?.id;
  useEffect(() => {
    if (newest && chat && chat.unreadCount > 0) void markRead({ chatId, messageId: newest });
  }, [newest, chat, chatId, markRead]);
  // A new message, yours or theirs, scrolls into view, as in any chat.
  const count = messages.length;
  useEffect(() => {
    const element = viewport.current;
    if (element) element.scrollTop = element.scrollHeight;
  }, [count]);
  usePageTitle(chat ? `${chatName(chat, meId)} · Chats` : 'Chats');

  if (!chat) return <Text>Loading…</Text>;
  const names = Object.values(typists);
  const tooLong = body.length > MESSAGE_MAX;
  // Shown at once (the cache's optimistic message); the box empties now and gets the text back if the server refuses it.
  const sendNow = () => {
    const text = body;
    if (!text.trim() || tooLong || !online) return;
    setBody('');
    void send({ chatId, body: text }).then((result) => {
      if (result.error) setBody((current) => current || text);
    });
  };
  return (
    <Card withBorder>
      <Title order={3}>{chatName(chat, meId)}</Title>
      <ScrollArea h={420} my="sm" data-testid="messages" viewportRef={viewport} viewportProps={{ tabIndex: 0, role: 'log', 'aria-label': 'Messages' }}>
        <Stack gap="xs" pr="sm">
          {chat.messages.pageInfo.hasPreviousPage && (
            <Button variant="subtle" size="xs" onClick={() => setLast(Math.min(last + 50, 200))} disabled={last >= 200}>
              Show older messages
            </Button>
          )}
          {messages.length === 0 && <Text c="dimmed" size="sm" data-testid="thread-empty">No messages yet: say hello below.</Text>}
          {messages.map((message) => {
            const own = message.author?.id === meId;
            const pending = isOptimistic(message.id);
            return (
              <Box key={message.id} data-testid="message" data-own={own} data-pending={pending} style={{ alignSelf: own ? 'flex-end' : 'flex-start', maxWidth: '80%' }}>
                <Text size="xs" c="dimmed" ta={own ? 'right' : 'left'}>
                  {own ? 'You' : message.author?.displayName} ·{' '}
                  {pending ? 'sending…' : <time dateTime={message.createdAt} title={dateTime(message.createdAt)}>{clockTime(message.createdAt)}</time>}
                  {message.edited && ' · edited'}
                </Text>
                <Paper
                  px="sm"
                  py={6}
                  radius="lg"
                  bg={own ? 'blue.0' : 'gray.1'}
                  style={{ opacity: pending ? 0.7 : 1, borderBottomRightRadius: own ? 4 : undefined, borderBottomLeftRadius: own ? undefined : 4 }}
                >
                  <Group gap="xs" wrap="nowrap" align="start">
                    <Text flex={1} style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }} fs={message.deleted ? 'italic' : undefined} c={message.deleted ? 'dimmed' : undefined}>
                      {message.deleted ? 'This message was deleted' : message.body}
                    </Text>
                    {own && !message.deleted && !pending && (
                      <Group gap={2} wrap="nowrap">
                        <EditButton label="Edit message" title="Edit message">
                          {(close) => <EditMessage id={message.id} body={message.body} onSaved={close} />}
                        </EditButton>
                        <DeleteButton label="Delete message" what="this message" done="Message deleted." onDelete={() => deleteMessage({ id: message.id })} />
                      </Group>
                    )}
                  </Group>
                </Paper>
              </Box>
            );
          })}
        </Stack>
      </ScrollArea>
      <Text size="sm" c="dimmed" h={20} aria-live="polite" data-testid="typing">
        {names.length > 0 ? `${names.join(', ')} ${names.length > 1 ? 'are' : 'is'} typing…` : ''}
      </Text>
      {generalError(sendState.error) && <Alert color="red" role="alert">{generalError(sendState.error)}</Alert>}
      <form
        onSubmit={(event) => {
          event.preventDefault();
          sendNow();
        }}
      >
        <Group align="end">
          <Textarea
            style={{ flex: 1 }}
            aria-label="Message"
            placeholder="Write a message"
            description="Enter sends, Shift+Enter starts a new line"
            value={body}
            autosize
            minRows={1}
            maxRows={6}
            error={fieldErrors(sendState.error).body ?? (tooLong ? `${body.length} of at most ${MESSAGE_MAX} characters` : undefined)}
            onKeyDown={(event) => {
              // Enter sends; Shift+Enter (and Enter while an input method composes) stays a line break.
              if (event.key !== 'Enter' || event.shiftKey || event.nativeEvent.isComposing) return;
              event.preventDefault();
              sendNow();
            }}
            onChange={(event) => {
              setBody(event.currentTarget.value);
              // A refresh at most every 2 s keeps "typing" alive; the server throttles and expires it.
              if (Date.now() - lastTypingAt.current > 2000) {
                lastTypingAt.current = Date.now();
                void setTyping({ chatId, typing: true });
              }
            }}
          />
          <Button type="submit" disabled={!online}>Send</Button>
        </Group>
      </form>
    </Card>
  );
}

function EditMessage({ id, body, onSaved }: { id: string; body: string; onSaved: () => void }) {
  const [, edit] = useMutation(ChatsPage_Edit);
  return (
    <TextEditForm
      formLabel="Edit message"
      label="Message"
      field="body"
      initial={body}
      multiline
      submitLabel="Save message"
      saved="Message saved."
      save={(value) => edit({ id, body: value })}
      onSaved={onSaved}
    />
  );
}

/** A direct chat with one connection, or a group chat (with a title) with several. */
function NewChat({ onCreated }: { onCreated: () => void }) {
  const [{ data }] = useQuery({ query: ChatsPage_Connections });
  const [, create] = useMutation(ChatsPage_Create);
  const navigate = useNavigate();
  const kit = useMutationForm({
    initialValues: { memberIds: [] as string[], title: '' },
    submit: (values) => create({ input: { memberIds: values.memberIds, title: values.title.trim() || undefined } }),
    onSuccess: (created) => {
      onCreated();
      navigate(`/chats/${created.createChat.id}`);
    },
  });
  const { form } = kit;
  const people = data?.connections.map((connection) => ({ value: connection.user.id, label: connection.user.displayName })) ?? [];
  const group = form.values.memberIds.length > 1;
  return (
    <MutationForm kit={kit} label="New chat" submitLabel={group ? 'Start group chat' : 'Start chat'} disabled={form.values.memberIds.length === 0}>
      {data && people.length === 0 && (
        <Alert color="blue">
          You chat with your connections, and you have none yet: find people on <Link to="/connections" onClick={onCreated}>Connections</Link>.
        </Alert>
      )}
      <MultiSelect label="With" placeholder={people.length ? 'Pick connections' : 'Connect with someone first'} data={people} searchable data-autofocus {...form.getInputProps('memberIds')} />
      {group && <TextInput label="Group title (optional)" {...form.getInputProps('title')} />}
    </MutationForm>
  );
}
