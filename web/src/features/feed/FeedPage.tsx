import { Alert, Button, Card, Group, Stack, Text, Textarea, TextInput } from '@mantine/core';
import { useState } from 'react';
import { useMutation, useQuery } from 'urql';
import { EmptyState } from '../../components/EmptyState';
import { fieldErrors, generalError } from '../../components/errors';
import { DeleteButton, EditButton } from '../../components/RowActions';
import { PageHeader } from '../../components/PageHeader';
import { TextEditForm } from '../../components/TextEditForm';
import { When } from '../../components/When';
import { graphql } from '../../gql';
import { useOnline } from '../../urql/status';

export const FeedPage_Comment = graphql(`
  fragment FeedPage_Comment on Comment {
    id postId body createdAt author { id displayName }
  }
`);

export const FeedPage_Post = graphql(`
  fragment FeedPage_Post on Post {
    id body edited createdAt commentCount
    author { id displayName }
    comments { ...FeedPage_Comment }
  }
`);

export const FeedPage_Feed = graphql(`
  query FeedPage_Feed {
    me { id }
    feed(first: 50) {
      edges { node { ...FeedPage_Post } }
    }
  }
`);

const FeedPage_Create = graphql(`mutation FeedPage_Create($body: String!) { createPost(body: $body) { id } }`);
const FeedPage_Delete = graphql(`mutation FeedPage_Delete($id: ID!) { deletePost(id: $id) }`);
const FeedPage_Update = graphql(`mutation FeedPage_Update($id: ID!, $body: String!) { updatePost(id: $id, body: $body) { id body edited } }`);
const FeedPage_DeleteComment = graphql(`mutation FeedPage_DeleteComment($id: ID!) { deleteComment(id: $id) }`);
const FeedPage_AddComment = graphql(`mutation FeedPage_AddComment($postId: ID!, $body: String!) { addComment(postId: $postId, body: $body) { id } }`);

export function FeedPage() {
  const [{ data }] = useQuery({ query: FeedPage_Feed });
  const [postState, createPost] = useMutation(FeedPage_Create);
  const [, deletePost] = useMutation(FeedPage_Delete);
  const [, deleteComment] = useMutation(FeedPage_DeleteComment);
  const online = useOnline();
  const [body, setBody] = useState('');
  const errors = fieldErrors(postState.error, '');
  return (
    <Stack>
      <PageHeader title="Feed" description="Posts from you and your connections, newest first." />
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
            <Group justify="end"><Button type="submit" disabled={!online}>Post</Button></Group>
          </Stack>
        </form>
      </Card>
      {data?.feed.edges.length === 0 && (
        <EmptyState title="No posts yet" testId="feed-empty">
          Share something above: your connections see it here, live. Posts of the people you connect with show here too.
        </EmptyState>
      )}
      {data?.feed.edges.map(({ node }) => (
        <Card key={node.id} withBorder data-testid="post">
          <Group justify="space-between">
            <Text fw={600}>{node.author?.displayName}</Text>
            <Text size="xs" c="dimmed"><When at={node.createdAt} />{node.edited && ' · edited'}</Text>
          </Group>
          <Text my="xs" style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>{node.body}</Text>
          {node.author?.id === data.me?.id && (
            <Group gap={4}>
              <EditButton label="Edit post" title="Edit post">
                {(close) => <EditPost id={node.id} body={node.body} onSaved={close} />}
              </EditButton>
              <DeleteButton label="Delete post" what="this post and its comments" done="Post deleted." onDelete={() => deletePost({ id: node.id })} />
            </Group>
          )}
          <Stack gap={4} mt="xs">
            {node.comments.map((comment) => (
              <Group key={comment.id} gap="xs" wrap="nowrap" data-testid="comment">
                <Text size="sm" flex={1}><b>{comment.author?.displayName}</b> {comment.body}</Text>
                {(comment.author?.id === data.me?.id || node.author?.id === data.me?.id) && (
                  <DeleteButton label="Delete comment" what="this comment" done="Comment deleted." onDelete={() => deleteComment({ id: comment.id })} />
                )}
              </Group>
            ))}
            <CommentBox postId={node.id} />
          </Stack>
        </Card>
      ))}
    </Stack>
  );
}

function CommentBox({ postId }: { postId: string }) {
  const [state, addComment] = useMutation(FeedPage_AddComment);
  const online = useOnline();
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
        <Button size="xs" type="submit" variant="light" disabled={!online}>Comment</Button>
      </Group>
    </form>
  );
}

function EditPost({ id, body, onSaved }: { id: string; body: string; onSaved: () => void }) {
  const [, update] = useMutation(FeedPage_Update);
  return (
    <TextEditForm formLabel="Edit post" label="Post" field="body" initial={body} multiline submitLabel="Save post" saved="Post saved." save={(value) => update({ id, body: value })} onSaved={onSaved} />
  );
}
