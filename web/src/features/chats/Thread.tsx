import { Box, Button, Card, Group, Paper, ScrollArea, Stack, Text, Title } from '@mantine/core';
import { useEffect, useRef, useState } from 'react';
import { useMutation, useQuery, useSubscription } from 'urql';
import { clockTime, dateTime } from '../../components/format';
import { usePageTitle } from '../../components/PageHeader';
import { DeleteButton, EditButton } from '../../components/RowActions';
import { TextEditForm } from '../../components/TextEditForm';
import { graphql } from '../../gql';
import { chatName } from './chatName';
import { Composer } from './Composer';
import { ChatsPage_Thread } from './documents';

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

const ChatsPage_MarkRead = graphql(`
  mutation ChatsPage_MarkRead($chatId: ID!, $messageId: ID!) {
    markChatRead(chatId: $chatId, messageId: $messageId) { id unreadCount }
  }
`);

const ChatsPage_Typing = graphql(`
  subscription ChatsPage_Typing($chatId: ID!) {
    typing(chatId: $chatId) { chatId typing at expiresAt user { id displayName } }
  }
`);

/** A message the cache shows before the server has it (urql/cache.ts names it so). */
export const isOptimistic = (id: string) => id.startsWith('optimistic:');

/** A chat's messages, newest last, who is typing, and the box to write in. */
export function Thread({ chatId, meId }: { chatId: string; meId: string | undefined }) {
  const [last, setLast] = useState(50);
  const [{ data }] = useQuery({ query: ChatsPage_Thread, variables: { id: chatId, last } });
  const [, markRead] = useMutation(ChatsPage_MarkRead);
  const [, deleteMessage] = useMutation(ChatsPage_DeleteMessage);
  const [typists, setTypists] = useState<Record<string, string>>({});
  const [body, setBody] = useState('');
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
  // The unread count (the chat list's live query) and the messages (the change stream) arrive by
  // different ways, either first: the chat is marked read once the thread shows its latest message,
  // and once per message, not again for each change of the chat while the marker is on its way.
  const latest = chat?.lastMessage?.id;
  const markedRead = useRef<string | undefined>(undefined);
  useEffect(() => {
    if (!newest || !chat || chat.unreadCount === 0 || newest !== latest || markedRead.current === newest) return;
    markedRead.current = newest;
    void markRead({ chatId, messageId: newest });
  }, [newest, latest, chat, chatId, markRead]);
  // A new message, yours or theirs, scrolls into view, as in any chat.
  const count = messages.length;
  useEffect(() => {
    const element = viewport.current;
    if (element) element.scrollTop = element.scrollHeight;
  }, [count]);
  usePageTitle(chat ? `${chatName(chat, meId)} · Chats` : 'Chats');

  if (!chat) return <Text>Loading…</Text>;
  const names = Object.values(typists);
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
      <Composer chatId={chatId} body={body} setBody={setBody} />
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
