import { Alert, Button, Group, Textarea } from '@mantine/core';
import { useRef, type Dispatch, type SetStateAction } from 'react';
import { useMutation } from 'urql';
import { fieldErrors, generalError } from '../../components/errors';
import { graphql } from '../../gql';
import { useOnline } from '../../urql/status';

/** The server's limit for a message body (sendMessage, editMessage). */
const MESSAGE_MAX = 4000;

/** Answers the whole message: it replaces the optimistic one the cache showed at once (urql/cache.ts). */
const ChatsPage_Send = graphql(`
  mutation ChatsPage_Send($chatId: ID!, $body: String!) {
    sendMessage(chatId: $chatId, body: $body) { ...ChatsPage_Message }
  }
`);

const ChatsPage_SetTyping = graphql(`
  mutation ChatsPage_SetTyping($chatId: ID!, $typing: Boolean!) {
    setTyping(chatId: $chatId, typing: $typing)
  }
`);

/**
 * The box a message is written in, under a chat's thread; writing in it tells the others you are
 * typing. The draft is the thread's (`body`), so it outlives the thread's loading.
 */
export function Composer({ chatId, body, setBody }: { chatId: string; body: string; setBody: Dispatch<SetStateAction<string>> }) {
  const [sendState, send] = useMutation(ChatsPage_Send);
  const [, setTyping] = useMutation(ChatsPage_SetTyping);
  const online = useOnline();
  const lastTypingAt = useRef(0);
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
    <>
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
    </>
  );
}
