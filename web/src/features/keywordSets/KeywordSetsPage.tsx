import { Alert, Badge, Button, Card, Group, Stack, Switch, Table, TagsInput, TextInput, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useState } from 'react';
import { useMutation, useQuery, type CombinedError } from 'urql';
import { fieldErrors, generalError } from '../../components/errors';
import { DeleteButton, EditButton } from '../../components/RowActions';
import { graphql } from '../../gql';
import type { KeywordSetsPage_ListQuery } from '../../gql/graphql';
import { useOnline } from '../../urql/status';

export const KeywordSetsPage_KeywordSet = graphql(`
  fragment KeywordSetsPage_KeywordSet on KeywordSet {
    id name description enabled version rules { pattern kind caseSensitive }
  }
`);

export const KeywordSetsPage_List = graphql(`
  query KeywordSetsPage_List {
    keywordSets(first: 100) {
      edges { node { ...KeywordSetsPage_KeywordSet } }
    }
  }
`);

const KeywordSetsPage_Create = graphql(`
  mutation KeywordSetsPage_Create($input: CreateKeywordSetInput!) {
    createKeywordSet(input: $input) { id name }
  }
`);

const KeywordSetsPage_Update = graphql(`
  mutation KeywordSetsPage_Update($id: ID!, $input: UpdateKeywordSetInput!) {
    updateKeywordSet(id: $id, input: $input) { id name description enabled version rules { pattern kind caseSensitive } }
  }
`);

const KeywordSetsPage_Delete = graphql(`
  mutation KeywordSetsPage_Delete($id: ID!) {
    deleteKeywordSet(id: $id)
  }
`);

type KeywordSet = KeywordSetsPage_ListQuery['keywordSets']['edges'][number]['node'];

export function KeywordSetsPage() {
  const [{ data }] = useQuery({ query: KeywordSetsPage_List });
  const [, deleteKeywordSet] = useMutation(KeywordSetsPage_Delete);
  return (
    <Stack>
      <Title order={2}>Keyword sets</Title>
      <Card withBorder>
        <Title order={4} mb="sm">New keyword set</Title>
        <KeywordSetForm />
      </Card>
      <Table striped data-testid="keyword-sets">
        <Table.Thead>
          <Table.Tr><Table.Th>Name</Table.Th><Table.Th>Rules</Table.Th><Table.Th /></Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {data?.keywordSets.edges.map(({ node }) => (
            <Table.Tr key={node.id}>
              <Table.Td><span>{node.name}</span>{!node.enabled && <Badge ml="xs" color="gray" variant="outline">disabled</Badge>}</Table.Td>
              <Table.Td>
                <Group gap={4}>
                  {node.rules.map((rule) => (
                    <Badge key={`${rule.kind}:${rule.pattern}`} variant={rule.kind === 'REGEX' ? 'outline' : 'light'} tt="none">{rule.pattern}</Badge>
                  ))}
                </Group>
              </Table.Td>
              <Table.Td>
                <Group gap={4} justify="flex-end" wrap="nowrap">
                  <EditButton label={`Edit ${node.name}`} title={`Edit keyword set ${node.name}`}>
                    {(close) => <KeywordSetForm keywordSet={node} onSaved={close} />}
                  </EditButton>
                  <DeleteButton label={`Delete ${node.name}`} what={`keyword set "${node.name}"`} onDelete={() => deleteKeywordSet({ id: node.id })} />
                </Group>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Stack>
  );
}

function KeywordSetForm({ keywordSet, onSaved }: { keywordSet?: KeywordSet; onSaved?: () => void }) {
  const [, create] = useMutation(KeywordSetsPage_Create);
  const [, update] = useMutation(KeywordSetsPage_Update);
  const online = useOnline();
  const [error, setError] = useState<CombinedError | undefined>();
  const patterns = (kind: 'STRING' | 'REGEX') => keywordSet?.rules.filter((rule) => rule.kind === kind).map((rule) => rule.pattern) ?? [];
  const form = useForm({
    initialValues: {
      name: keywordSet?.name ?? '',
      description: keywordSet?.description ?? '',
      enabled: keywordSet?.enabled ?? true,
      strings: patterns('STRING'),
      regexes: patterns('REGEX'),
    },
  });

  async function submit(values: typeof form.values) {
    const rules = [
      ...values.strings.map((pattern) => ({ pattern, kind: 'STRING' as const })),
      ...values.regexes.map((pattern) => ({ pattern, kind: 'REGEX' as const })),
    ];
    const input = { name: values.name, description: values.description, rules };
    const result = keywordSet ? await update({ id: keywordSet.id, input: { ...input, enabled: values.enabled } }) : await create({ input });
    setError(result.error);
    // A rule's error names its place in `rules` (phrases first, then expressions): show it under its own box.
    const errors = fieldErrors(result.error);
    const ruleError = Object.entries(errors).find(([key]) => key.startsWith('rules'));
    const ruleIndex = Number(/^rules\[(\d+)\]/.exec(ruleError?.[0] ?? '')?.[1] ?? 0);
    const ruleField = ruleIndex < values.strings.length ? 'strings' : 'regexes';
    form.setErrors({ ...errors, ...(ruleError ? { [ruleField]: ruleError[1] } : {}) });
    if (result.error) return;
    if (keywordSet) onSaved?.();
    else form.reset();
  }

  return (
    <form onSubmit={form.onSubmit(submit)} aria-label={keywordSet ? `Edit keyword set ${keywordSet.name}` : 'New keyword set'}>
      <Stack>
        {generalError(error) && <Alert color="red" role="alert">{generalError(error)}</Alert>}
        <Group grow>
          <TextInput label="Name" {...form.getInputProps('name')} />
          <TextInput label="Description" {...form.getInputProps('description')} />
        </Group>
        <Group grow>
          <TagsInput label="Phrases (press Enter after each)" {...form.getInputProps('strings')} />
          <TagsInput label="Regular expressions" {...form.getInputProps('regexes')} />
        </Group>
        {keywordSet && <Switch label="Enabled" {...form.getInputProps('enabled', { type: 'checkbox' })} />}
        <Button type="submit" disabled={!online}>{keywordSet ? 'Save keyword set' : 'Create keyword set'}</Button>
      </Stack>
    </form>
  );
}
