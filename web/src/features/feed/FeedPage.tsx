import { Card, Group, Stack, Text, Textarea, TextInput } from '@mantine/core';
import { useMutation, useQuery } from 'urql';
import { EmptyState } from '../../components/EmptyState';
import { MutationForm, useMutationForm } from '../../components/form';
import { DeleteButton, EditButton } from '../../components/RowActions';
import { PageHeader } from '../../components/PageHeader';
import { TextEditForm } from '../../components/TextEditForm';
import { When } from '../../components/When';
import { graphql } from '../../gql';

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

/** Kept current by the server (a live query): posts you may read now, with their comments; a connection made or removed moves them too. */
export const FeedPage_Feed = graphql(`
  query FeedPage_Feed($after: String) @live(after: $after, patches: true) {
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
  // cache-and-network: a preloaded answer shows at once, and the live query opens either way.
  const [{ data }] = useQuery({ query: FeedPage_Feed, requestPolicy: 'cache-and-network' });
  const [, deletePost] = useMutation(FeedPage_Delete);
  const [, deleteComment] = useMutation(FeedPage_DeleteComment);
  return (
    <Stack>
      <PageHeader title="Feed" description="Posts from you and your connections, newest first." />
      <Card withBorder>
        <PostBox />
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
            <CommentBox postId={node.id} author={node.author?.displayName} />
          </Stack>
        </Card>
      ))}
    </Stack>
  );
}

/** A new post: the server's refusal (empty, too long) under the field, a toast once it is posted. */
function PostBox() {
  const [, createPost] = useMutation(FeedPage_Create);
  const kit = useMutationForm({
    initialValues: { body: '' },
    prefix: '',
    submit: (values) => createPost(values),
    success: 'Posted.',
    resetOnSuccess: true,
  });
  return (
    <MutationForm kit={kit} label="New post" submitLabel="Post">
      <Textarea label="Share something" {...kit.form.getInputProps('body')} />
    </MutationForm>
  );
}

function CommentBox({ postId, author }: { postId: string; author: string | undefined }) {
  const [, addComment] = useMutation(FeedPage_AddComment);
  const kit = useMutationForm({
    initialValues: { body: '' },
    prefix: '',
    submit: (values) => addComment({ postId, body: values.body }),
    success: 'Comment added.',
    resetOnSuccess: true,
  });
  return (
    <MutationForm kit={kit} label={author ? `Comment on ${author}’s post` : 'Comment on this post'} submitLabel="Comment" inline>
      <TextInput size="xs" aria-label="Comment" placeholder="Comment" {...kit.form.getInputProps('body')} />
    </MutationForm>
  );
}

function EditPost({ id, body, onSaved }: { id: string; body: string; onSaved: () => void }) {
  const [, update] = useMutation(FeedPage_Update);
  return (
    <TextEditForm formLabel="Edit post" label="Post" field="body" initial={body} multiline submitLabel="Save post" saved="Post saved." save={(value) => update({ id, body: value })} onSaved={onSaved} />
  );
}
