import { Alert, Badge, Button, Card, Group, NumberInput, SegmentedControl, Stack, Table, TextInput, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useState } from 'react';
import { useMutation, useQuery, type CombinedError } from 'urql';
import { fieldErrors, generalError } from '../../components/errors';
import { graphql } from '../../gql';

const PersonasPage_List = graphql(`
  query PersonasPage_List {
    personas(first: 100) {
      edges { node { id name kind description enabled version } }
    }
  }
`);

const PersonasPage_Create = graphql(`
  mutation PersonasPage_Create($input: CreatePersonaInput!) {
    createPersona(input: $input) { id name kind description enabled version }
  }
`);

const PersonasPage_Delete = graphql(`
  mutation PersonasPage_Delete($id: ID!) {
    deletePersona(id: $id)
  }
`);

export function PersonasPage() {
  const [{ data }] = useQuery({ query: PersonasPage_List });
  const [deleteState, deletePersona] = useMutation(PersonasPage_Delete);
  return (
    <Stack>
      <Title order={2}>Personas</Title>
      <CreatePersona />
      {deleteState.error && <Alert color="red" role="alert">{generalError(deleteState.error)}</Alert>}
      <Table striped data-testid="personas">
        <Table.Thead>
          <Table.Tr><Table.Th>Name</Table.Th><Table.Th>Kind</Table.Th><Table.Th>Description</Table.Th><Table.Th /></Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {data?.personas.edges.map(({ node }) => (
            <Table.Tr key={node.id}>
              <Table.Td>{node.name}</Table.Td>
              <Table.Td><Badge variant="light">{node.kind}</Badge></Table.Td>
              <Table.Td>{node.description}</Table.Td>
              <Table.Td>
                <Button size="xs" variant="subtle" color="red" onClick={() => void deletePersona({ id: node.id })}>Delete</Button>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Stack>
  );
}

function CreatePersona() {
  const [, create] = useMutation(PersonasPage_Create);
  const [error, setError] = useState<CombinedError | undefined>();
  const form = useForm({
    initialValues: { kind: 'DNS' as 'DNS' | 'HTTP', name: '', description: '', resolvers: '1.1.1.1', timeoutMs: 2000, userAgent: 'Pulsegraph/1.0' },
  });
  async function submit(values: typeof form.values) {
    const input =
      values.kind === 'DNS'
        ? { kind: 'DNS' as const, name: values.name, description: values.description, dns: { resolvers: values.resolvers.split(/[\s,]+/).filter(Boolean), timeoutMs: values.timeoutMs } }
        : { kind: 'HTTP' as const, name: values.name, description: values.description, http: { userAgent: values.userAgent, timeoutMs: values.timeoutMs } };
    const result = await create({ input });
    setError(result.error);
    const errors = fieldErrors(result.error);
    form.setErrors({ ...errors, resolvers: errors['dns.resolvers'] ?? errors['dns.resolvers[0]'], userAgent: errors['http.userAgent'], timeoutMs: errors['dns.timeoutMs'] ?? errors['http.timeoutMs'] });
    if (!result.error) form.reset();
  }
  return (
    <Card withBorder>
      <form onSubmit={form.onSubmit(submit)} aria-label="New persona">
        <Stack>
          <Title order={4}>New persona</Title>
          <SegmentedControl data={['DNS', 'HTTP']} {...form.getInputProps('kind')} aria-label="Kind" />
          {generalError(error) && <Alert color="red" role="alert">{generalError(error)}</Alert>}
          <Group grow>
            <TextInput label="Name" {...form.getInputProps('name')} />
            <TextInput label="Description" {...form.getInputProps('description')} />
          </Group>
          <Group grow>
            {form.values.kind === 'DNS' ? (
              <TextInput label="Resolvers (IP or IP:port, comma-separated)" {...form.getInputProps('resolvers')} />
            ) : (
              <TextInput label="User agent" {...form.getInputProps('userAgent')} />
            )}
            <NumberInput label="Timeout (ms)" {...form.getInputProps('timeoutMs')} />
          </Group>
          <Button type="submit">Create persona</Button>
        </Stack>
      </form>
    </Card>
  );
}
