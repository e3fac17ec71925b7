import { Alert, Button, Card, Group, Stack, Text, Textarea, TextInput, Title } from '@mantine/core';
import { useState } from 'react';
import { useMutation, useQuery } from 'urql';
import { fieldErrors, generalError } from '../../components/errors';
import { graphql } from '../../gql';

const FeedPage_Feed = graphql(`
  query FeedPage_Feed {
    me { id }
    feed(first: 50) {
      edges {
        node {
          id body edited createdAt commentCount
          author { id displayName }
          comments { id postId body createdAt author { id displayName } }
        }
      }
    }
  }
`);

const FeedPage_Post = graphql(`mutation FeedPage_Post($body: String!) { createPost(body: $body) { id } }`);
const FeedPage_Delete = graphql(`mutation FeedPage_Delete($id: ID!) { deletePost(id: $id) }`);
const FeedPage_Comment = graphql(`mutation FeedPage_Comment($postId: ID!, $body: String!) { addComment(postId: $postId, body: $body) { id } }`);

export function FeedPage() {
  const [{ data }] = useQuery({ query: FeedPage_Feed });
  const [postState, createPost] = useMutation(FeedPage_Post);
  const [, deletePost] = useMutation(FeedPage_Delete);
  const [body, setBody] = useState('');
  const errors = fieldErrors(postState.error, '');
  return (
    <Stack>
      <Title order={2}>Feed</Title>
      <Card withBorder>
        <form
          onSubmit={(event) => {
            event.preventDefault();
            void createPost({ body }).then((result) => !result.error && setBody(''));
          }}
        >
          <Stack>
            <Textarea label="Share something" value={body} onChange={(e) => setBody(e.currentTarget.value)} error={errors.body} />
            {!errors.body && generalError(postState.error) && <Alert color="red" role="alert">{generalError(postState.error)}</Alert>}
            <Group justify="end"><Button type="submit">Post</Button></Group>
          </Stack>
        </form>
      </Card>
      {data?.feed.edges.map(({ node }) => (
        <Card key={node.id} withBorder data-testid="post">
          <Group justify="space-between">
            <Text fw={600}>{node.author?.displayName}</Text>
            <Text size="xs" c="dimmed">{new Date(node.createdAt).toLocaleString()}{node.edited && ' · edited'}</Text>
          </Group>
          <Text my="xs">{node.body}</Text>
          {node.author?.id === data.me?.id && (
            <Button size="xs" variant="subtle" color="red" onClick={() => void deletePost({ id: node.id })}>Delete</Button>
          )}
          <Stack gap={4} mt="xs">
            {node.comments.map((comment) => (
              <Text key={comment.id} size="sm"><b>{comment.author?.displayName}</b> {comment.body}</Text>
            ))}
            <CommentBox postId={node.id} />
          </Stack>
        </Card>
      ))}
    </Stack>
  );
}

function CommentBox({ postId }: { postId: string }) {
  const [state, addComment] = useMutation(FeedPage_Comment);
  const [body, setBody] = useState('');
  return (
    <form
      onSubmit={(event) => {
        event.preventDefault();
        void addComment({ postId, body }).then((result) => !result.error && setBody(''));
      }}
    >
      <Group align="start">
        <TextInput style={{ flex: 1 }} size="xs" aria-label="Comment" placeholder="Comment" value={body} onChange={(e) => setBody(e.currentTarget.value)} error={fieldErrors(state.error, '').body} />
        <Button size="xs" type="submit" variant="light">Comment</Button>
      </Group>
    </form>
  );
}
