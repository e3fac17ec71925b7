import { Alert, MultiSelect, TextInput } from '@mantine/core';
import { Link, useNavigate } from 'react-router-dom';
import { useMutation, useQuery } from 'urql';
import { MutationForm, useMutationForm } from '../../components/form';
import { graphql } from '../../gql';
import { ChatsPage_Connections } from './documents';

const ChatsPage_Create = graphql(`
  mutation ChatsPage_Create($input: CreateChatInput!) {
    createChat(input: $input) { id }
  }
`);

/** A direct chat with one connection, or a group chat (with a title) with several. */
export function NewChat({ onCreated }: { onCreated: () => void }) {
  const [{ data }] = useQuery({ query: ChatsPage_Connections, requestPolicy: 'cache-and-network' });
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
