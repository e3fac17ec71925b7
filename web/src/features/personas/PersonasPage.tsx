import { Alert, Badge, Button, Card, Group, NumberInput, SegmentedControl, Stack, Switch, Table, TextInput, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useState } from 'react';
import { useMutation, useQuery, type CombinedError } from 'urql';
import { fieldErrors, generalError } from '../../components/errors';
import { DeleteButton, EditButton } from '../../components/RowActions';
import { graphql } from '../../gql';
import type { PersonasPage_ListQuery } from '../../gql/graphql';
import { useOnline } from '../../urql/status';

/** What this page shows of a persona; the change stream carries the same (features/live). */
export const PersonasPage_Persona = graphql(`
  fragment PersonasPage_Persona on Persona {
    id name kind description enabled version
    config {
      ... on DnsPersonaConfig { resolvers timeoutMs }
      ... on HttpPersonaConfig { userAgent timeoutMs }
    }
  }
`);

export const PersonasPage_List = graphql(`
  query PersonasPage_List {
    personas(first: 100) {
      edges { node { ...PersonasPage_Persona } }
    }
  }
`);

const PersonasPage_Create = graphql(`
  mutation PersonasPage_Create($input: CreatePersonaInput!) {
    createPersona(input: $input) { id name kind description enabled version }
  }
`);

const PersonasPage_Update = graphql(`
  mutation PersonasPage_Update($id: ID!, $input: UpdatePersonaInput!) {
    updatePersona(id: $id, input: $input) {
      id name description enabled version
      config {
        ... on DnsPersonaConfig { resolvers timeoutMs }
        ... on HttpPersonaConfig { userAgent timeoutMs }
      }
    }
  }
`);

const PersonasPage_Delete = graphql(`
  mutation PersonasPage_Delete($id: ID!) {
    deletePersona(id: $id)
  }
`);

type Persona = PersonasPage_ListQuery['personas']['edges'][number]['node'];

export function PersonasPage() {
  const [{ data }] = useQuery({ query: PersonasPage_List });
  const [, deletePersona] = useMutation(PersonasPage_Delete);
  return (
    <Stack>
      <Title order={2}>Personas</Title>
      <Card withBorder>
        <Title order={4} mb="sm">New persona</Title>
        <PersonaForm />
      </Card>
      <Table striped data-testid="personas">
        <Table.Thead>
          <Table.Tr><Table.Th>Name</Table.Th><Table.Th>Kind</Table.Th><Table.Th>Description</Table.Th><Table.Th /></Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {data?.personas.edges.map(({ node }) => (
            <Table.Tr key={node.id}>
              <Table.Td><span>{node.name}</span>{!node.enabled && <Badge ml="xs" color="gray" variant="outline">disabled</Badge>}</Table.Td>
              <Table.Td><Badge variant="light">{node.kind}</Badge></Table.Td>
              <Table.Td>{node.description}</Table.Td>
              <Table.Td>
                <Group gap={4} justify="flex-end" wrap="nowrap">
                  <EditButton label={`Edit ${node.name}`} title={`Edit persona ${node.name}`}>
                    {(close) => <PersonaForm persona={node} onSaved={close} />}
                  </EditButton>
                  <DeleteButton label={`Delete ${node.name}`} what={`persona "${node.name}"`} onDelete={() => deletePersona({ id: node.id })} />
                </Group>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Stack>
  );
}

/** Creates a persona, or edits `persona` (its kind is fixed once made). */
function PersonaForm({ persona, onSaved }: { persona?: Persona; onSaved?: () => void }) {
  const [, create] = useMutation(PersonasPage_Create);
  const [, update] = useMutation(PersonasPage_Update);
  const online = useOnline();
  const [error, setError] = useState<CombinedError | undefined>();
  const config = persona?.config;
  const form = useForm({
    initialValues: {
      kind: (persona?.kind ?? 'DNS') as 'DNS' | 'HTTP',
      name: persona?.name ?? '',
      description: persona?.description ?? '',
      enabled: persona?.enabled ?? true,
      resolvers: config?.__typename === 'DnsPersonaConfig' ? config.resolvers.join(', ') : '1.1.1.1',
      timeoutMs: config?.timeoutMs ?? 2000,
      userAgent: config?.__typename === 'HttpPersonaConfig' ? config.userAgent : 'Pulsegraph/1.0',
    },
  });
  async function submit(values: typeof form.values) {
    const common = { name: values.name, description: values.description, enabled: values.enabled };
    const dns = { resolvers: values.resolvers.split(/[\s,]+/).filter(Boolean), timeoutMs: values.timeoutMs };
    const http = { userAgent: values.userAgent, timeoutMs: values.timeoutMs };
    const result = persona
      ? await update({ id: persona.id, input: { ...common, ...(values.kind === 'DNS' ? { dns } : { http }) } })
      : await create({ input: values.kind === 'DNS' ? { ...common, kind: 'DNS', dns } : { ...common, kind: 'HTTP', http } });
    setError(result.error);
    const errors = fieldErrors(result.error);
    form.setErrors({ ...errors, resolvers: errors['dns.resolvers'] ?? errors['dns.resolvers[0]'], userAgent: errors['http.userAgent'], timeoutMs: errors['dns.timeoutMs'] ?? errors['http.timeoutMs'] });
    if (result.error) return;
    if (persona) onSaved?.();
    else form.reset();
  }
  return (
    <form onSubmit={form.onSubmit(submit)} aria-label={persona ? `Edit persona ${persona.name}` : 'New persona'}>
      <Stack>
        {!persona && <SegmentedControl data={['DNS', 'HTTP']} {...form.getInputProps('kind')} aria-label="Kind" />}
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
        {persona && <Switch label="Enabled" {...form.getInputProps('enabled', { type: 'checkbox' })} />}
        <Button type="submit" disabled={!online}>{persona ? 'Save persona' : 'Create persona'}</Button>
      </Stack>
    </form>
  );
}
