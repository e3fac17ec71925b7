import { Badge, Group, NumberInput, SegmentedControl, Stack, Switch, Text, TextInput } from '@mantine/core';
import { useMutation, useQuery } from 'urql';
import { EmptyState } from '../../components/EmptyState';
import { MutationForm, useMutationForm, type Outcome } from '../../components/form';
import { ListTable, NameCell } from '../../components/ListTable';
import { PageHeader } from '../../components/PageHeader';
import { CreateButton, EditDeleteButtons } from '../../components/RowActions';
import { options, PERSONA_KIND } from '../../components/words';
import { graphql } from '../../gql';
import type { PersonaKind, PersonasPage_ListQuery } from '../../gql/graphql';

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

const NEW = 'New persona';

/** How a persona's lookups are made, in a line: its resolvers, or the browser it passes for. */
function summary(persona: Persona): string {
  const config = persona.config;
  if (config.__typename === 'DnsPersonaConfig') return `Asks ${config.resolvers.join(', ')}`;
  if (config.__typename === 'HttpPersonaConfig') return config.userAgent;
  return '';
}

export function PersonasPage() {
  const [{ data }] = useQuery({ query: PersonasPage_List });
  const [, deletePersona] = useMutation(PersonasPage_Delete);
  const personas = data?.personas.edges.map((edge) => edge.node);
  // One "New persona" on screen: in the header, or in the empty list's invitation.
  const create = (
    <CreateButton label={NEW} urlKey="persona">
      {(close) => <PersonaForm onSaved={close} />}
    </CreateButton>
  );
  return (
    <Stack>
      <PageHeader title="Personas" description="How campaigns look things up: the DNS resolvers they ask, or the browser they pass for when they fetch pages." action={personas?.length ? create : undefined} />
      <ListTable
        testId="personas"
        label="Personas"
        items={personas}
        columns={[
          { header: 'Name', cell: (persona) => <NameCell name={persona.name} off={!persona.enabled && 'Disabled'} /> },
          { header: 'Kind', cell: (persona) => <Badge variant="light" tt="none">{PERSONA_KIND[persona.kind]}</Badge> },
          {
            header: 'Description',
            cell: (persona) => (
              <>
                <Text size="sm">{persona.description}</Text>
                <Text size="xs" c="dimmed" lineClamp={1}>{summary(persona)}</Text>
              </>
            ),
          },
        ]}
        actions={(persona) => (
          <EditDeleteButtons name={persona.name} noun="persona" form={(close) => <PersonaForm persona={persona} onSaved={close} />} onDelete={() => deletePersona({ id: persona.id })} />
        )}
        empty={
          <EmptyState title="No personas yet" action={create} testId="personas-empty">
            A campaign checks names through a persona: a DNS persona says which resolvers to ask, an HTTP persona which browser to pass for.
            Create one to run DNS checks and keyword searches.
          </EmptyState>
        }
      />
    </Stack>
  );
}

/** Creates a persona, or edits `persona` (its kind is fixed once made). */
function PersonaForm({ persona, onSaved }: { persona?: Persona; onSaved: () => void }) {
  const [, create] = useMutation(PersonasPage_Create);
  const [, update] = useMutation(PersonasPage_Update);
  const config = persona?.config;
  const kit = useMutationForm({
    initialValues: {
      kind: (persona?.kind ?? 'DNS') as PersonaKind,
      name: persona?.name ?? '',
      description: persona?.description ?? '',
      enabled: persona?.enabled ?? true,
      resolvers: config?.__typename === 'DnsPersonaConfig' ? config.resolvers.join(', ') : '1.1.1.1',
      timeoutMs: config?.timeoutMs ?? 2000,
      userAgent: config?.__typename === 'HttpPersonaConfig' ? config.userAgent : 'Pulsegraph/1.0',
    },
    submit: (values): Promise<Outcome> => {
      const common = { name: values.name, description: values.description, enabled: values.enabled };
      const dns = { resolvers: values.resolvers.split(/[\s,]+/).filter(Boolean), timeoutMs: values.timeoutMs };
      const http = { userAgent: values.userAgent, timeoutMs: values.timeoutMs };
      return persona
        ? update({ id: persona.id, input: { ...common, ...(values.kind === 'DNS' ? { dns } : { http }) } })
        : create({ input: values.kind === 'DNS' ? { ...common, kind: 'DNS', dns } : { ...common, kind: 'HTTP', http } });
    },
    success: (_data, values) => (persona ? `Saved persona “${values.name}”.` : `Created persona “${values.name}”.`),
    onSuccess: onSaved,
  });
  const { form } = kit;
  return (
    <MutationForm kit={kit} label={persona ? `Edit persona ${persona.name}` : NEW} submitLabel={persona ? 'Save persona' : 'Create persona'}>
      {!persona && <SegmentedControl data={options(PERSONA_KIND)} {...form.getInputProps('kind')} aria-label="Kind" />}
      <Group grow align="flex-start">
        <TextInput label="Name" data-autofocus {...form.getInputProps('name')} />
        <TextInput label="Description" {...form.getInputProps('description')} />
      </Group>
      <Group grow align="flex-start">
        {form.values.kind === 'DNS' ? (
          <TextInput label="Resolvers (IP or IP:port, comma-separated)" {...form.getInputProps('resolvers')} />
        ) : (
          <TextInput label="User agent" {...form.getInputProps('userAgent')} />
        )}
        <NumberInput label="Timeout (ms)" thousandSeparator="," {...form.getInputProps('timeoutMs')} />
      </Group>
      {persona && <Switch label="Enabled" {...form.getInputProps('enabled', { type: 'checkbox' })} />}
    </MutationForm>
  );
}
