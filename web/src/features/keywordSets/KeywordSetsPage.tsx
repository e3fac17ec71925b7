import { Alert, Badge, Button, Card, Group, Stack, Table, TagsInput, TextInput, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useState } from 'react';
import { useMutation, useQuery, type CombinedError } from 'urql';
import { fieldErrors, generalError } from '../../components/errors';
import { graphql } from '../../gql';

const KeywordSetsPage_List = graphql(`
  query KeywordSetsPage_List {
    keywordSets(first: 100) {
      edges { node { id name description enabled version rules { pattern kind caseSensitive } } }
    }
  }
`);

const KeywordSetsPage_Create = graphql(`
  mutation KeywordSetsPage_Create($input: CreateKeywordSetInput!) {
    createKeywordSet(input: $input) { id name }
  }
`);

export function KeywordSetsPage() {
  const [{ data }] = useQuery({ query: KeywordSetsPage_List });
  const [, create] = useMutation(KeywordSetsPage_Create);
  const [error, setError] = useState<CombinedError | undefined>();
  const form = useForm({ initialValues: { name: '', description: '', strings: [] as string[], regexes: [] as string[] } });

  async function submit(values: typeof form.values) {
    const rules = [
      ...values.strings.map((pattern) => ({ pattern, kind: 'STRING' as const })),
      ...values.regexes.map((pattern) => ({ pattern, kind: 'REGEX' as const })),
    ];
    const result = await create({ input: { name: values.name, description: values.description, rules } });
    setError(result.error);
    const errors = fieldErrors(result.error);
    const ruleError = Object.entries(errors).find(([key]) => key.startsWith('rules'))?.[1];
    form.setErrors({ ...errors, strings: ruleError });
    if (!result.error) form.reset();
  }

  return (
    <Stack>
      <Title order={2}>Keyword sets</Title>
      <Card withBorder>
        <form onSubmit={form.onSubmit(submit)} aria-label="New keyword set">
          <Stack>
            <Title order={4}>New keyword set</Title>
            {generalError(error) && <Alert color="red" role="alert">{generalError(error)}</Alert>}
            <Group grow>
              <TextInput label="Name" {...form.getInputProps('name')} />
              <TextInput label="Description" {...form.getInputProps('description')} />
            </Group>
            <Group grow>
              <TagsInput label="Phrases (press Enter after each)" {...form.getInputProps('strings')} />
              <TagsInput label="Regular expressions" {...form.getInputProps('regexes')} />
            </Group>
            <Button type="submit">Create keyword set</Button>
          </Stack>
        </form>
      </Card>
      <Table striped data-testid="keyword-sets">
        <Table.Thead>
          <Table.Tr><Table.Th>Name</Table.Th><Table.Th>Rules</Table.Th></Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {data?.keywordSets.edges.map(({ node }) => (
            <Table.Tr key={node.id}>
              <Table.Td>{node.name}</Table.Td>
              <Table.Td>
                <Group gap={4}>
                  {node.rules.map((rule) => (
                    <Badge key={`${rule.kind}:${rule.pattern}`} variant={rule.kind === 'REGEX' ? 'outline' : 'light'}>{rule.pattern}</Badge>
                  ))}
                </Group>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Stack>
  );
}
