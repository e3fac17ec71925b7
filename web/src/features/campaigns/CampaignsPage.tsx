import { Alert, Badge, Button, Card, Group, NumberInput, Progress, SegmentedControl, Select, Stack, Table, TagsInput, Text, TextInput, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useState } from 'react';
import { Link } from 'react-router-dom';
import { useMutation, useQuery, type CombinedError } from 'urql';
import { fieldErrors, generalError } from '../../components/errors';
import { DeleteButton, EditButton } from '../../components/RowActions';
import { TextEditForm } from '../../components/TextEditForm';
import { STATUS_COLOR } from '../../components/statusColors';
import { graphql } from '../../gql';
import { useOnline } from '../../urql/status';
import type { CampaignsPage_DataQuery } from '../../gql/graphql';

export const CampaignsPage_Campaign = graphql(`
  fragment CampaignsPage_Campaign on Campaign {
    id name kind status version progress { total processed percent }
  }
`);

/** The pickers list personas, keyword sets and pools with the fragments their own pages use, so one change updates both. */
export const CampaignsPage_Data = graphql(`
  query CampaignsPage_Data {
    campaigns(first: 100) {
      edges { node { ...CampaignsPage_Campaign } }
    }
    personas(first: 100) { edges { node { ...PersonasPage_Persona } } }
    keywordSets(first: 100) { edges { node { ...KeywordSetsPage_KeywordSet } } }
    proxyPools(first: 100) { edges { node { ...ProxiesPage_Pool } } }
  }
`);

const CampaignsPage_Create = graphql(`
  mutation CampaignsPage_Create($input: CreateCampaignInput!) {
    createCampaign(input: $input) { id }
  }
`);

const CampaignsPage_Rename = graphql(`
  mutation CampaignsPage_Rename($id: ID!, $name: String!) {
    updateCampaign(id: $id, input: { name: $name }) { id name version }
  }
`);

const CampaignsPage_Delete = graphql(`
  mutation CampaignsPage_Delete($id: ID!) {
    deleteCampaign(id: $id)
  }
`);

type Kind = 'DOMAIN_GENERATION' | 'DNS_VALIDATION' | 'HTTP_KEYWORD_VALIDATION';

export function CampaignsPage() {
  const [{ data }] = useQuery({ query: CampaignsPage_Data });
  const [, deleteCampaign] = useMutation(CampaignsPage_Delete);
  return (
    <Stack>
      <Title order={2}>Campaigns</Title>
      {data && <CreateCampaign data={data} />}
      <Table striped data-testid="campaigns">
        <Table.Thead>
          <Table.Tr><Table.Th>Name</Table.Th><Table.Th>Kind</Table.Th><Table.Th>Status</Table.Th><Table.Th>Progress</Table.Th><Table.Th /></Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {data?.campaigns.edges.map(({ node }) => (
            <Table.Tr key={node.id}>
              <Table.Td><Text component={Link} to={`/campaigns/${node.id}`}>{node.name}</Text></Table.Td>
              <Table.Td>{node.kind}</Table.Td>
              <Table.Td><Badge variant="dot" color={STATUS_COLOR[node.status]}>{node.status}</Badge></Table.Td>
              <Table.Td w={260}>
                <Group gap="xs" wrap="nowrap">
                  <Progress flex={1} value={node.progress.percent} aria-label={`${node.name} progress`} />
                  <Text size="xs" data-testid={`progress-${node.name}`}>
                    {node.progress.processed.toLocaleString()} / {node.progress.total.toLocaleString()}, {Math.round(node.progress.percent)}%
                  </Text>
                </Group>
              </Table.Td>
              <Table.Td>
                <Group gap={4} justify="flex-end" wrap="nowrap">
                  <EditButton label={`Rename ${node.name}`} title={`Rename campaign ${node.name}`}>
                    {(close) => <RenameCampaign id={node.id} name={node.name} onSaved={close} />}
                  </EditButton>
                  <DeleteButton label={`Delete ${node.name}`} what={`campaign "${node.name}" and its results`} onDelete={() => deleteCampaign({ id: node.id })} />
                </Group>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Stack>
  );
}

function RenameCampaign({ id, name, onSaved }: { id: string; name: string; onSaved: () => void }) {
  const [, rename] = useMutation(CampaignsPage_Rename);
  return (
    <TextEditForm formLabel={`Rename campaign ${name}`} label="Name" field="input.name" initial={name} submitLabel="Save name" save={(value) => rename({ id, name: value })} onSaved={onSaved} />
  );
}

function CreateCampaign({ data }: { data: CampaignsPage_DataQuery }) {
  const [, create] = useMutation(CampaignsPage_Create);
  const online = useOnline();
  const [error, setError] = useState<CombinedError | undefined>();
  const form = useForm({
    initialValues: {
      kind: 'DOMAIN_GENERATION' as Kind,
      name: '',
      pattern: 'PREFIX',
      constant: '',
      characterSet: 'abcdefghijklmnopqrstuvwxyz',
      minLength: 1,
      maxLength: 2,
      tlds: ['com'],
      maxDomains: 1000,
      personaId: null as string | null,
      keywordSetId: null as string | null,
      proxyPoolId: null as string | null,
      sourceId: null as string | null,
      port: '' as number | '',
    },
  });
  const kind = form.values.kind;
  const sourceKind = kind === 'DNS_VALIDATION' ? 'DOMAIN_GENERATION' : 'DNS_VALIDATION';
  const personaKind = kind === 'DNS_VALIDATION' ? 'DNS' : 'HTTP';

  async function submit(values: typeof form.values) {
    const links = {
      personaId: values.personaId ?? undefined,
      keywordSetId: values.keywordSetId ?? undefined,
      proxyPoolId: values.proxyPoolId ?? undefined,
      sourceId: values.sourceId ?? undefined,
    };
    const input =
      values.kind === 'DOMAIN_GENERATION'
        ? {
            name: values.name,
            kind: values.kind,
            generation: {
              pattern: values.pattern as 'PREFIX' | 'SUFFIX' | 'BOTH',
              constant: values.constant,
              characterSet: values.characterSet,
              minLength: values.minLength,
              maxLength: values.maxLength,
              tlds: values.tlds,
              maxDomains: values.maxDomains,
            },
          }
        : values.kind === 'DNS_VALIDATION'
          ? { name: values.name, kind: values.kind, personaId: links.personaId, sourceId: links.sourceId }
          : { name: values.name, kind: values.kind, ...links, http: values.port === '' ? undefined : { port: values.port } };
    const result = await create({ input });
    setError(result.error);
    const errors = fieldErrors(result.error);
    form.setErrors(Object.fromEntries(Object.entries(errors).map(([key, message]) => [key.replace(/^(generation|http|dns)\./, ''), message])));
    if (!result.error) form.setFieldValue('name', '');
  }

  const options = (items: Array<{ id: string; name: string }>) => items.map((item) => ({ value: item.id, label: item.name }));
  return (
    <Card withBorder>
      <form onSubmit={form.onSubmit(submit)} aria-label="New campaign">
        <Stack>
          <Title order={4}>New campaign</Title>
          <SegmentedControl
            aria-label="Kind"
            data={[
              { value: 'DOMAIN_GENERATION', label: 'Domain generation' },
              { value: 'DNS_VALIDATION', label: 'DNS validation' },
              { value: 'HTTP_KEYWORD_VALIDATION', label: 'HTTP keyword validation' },
            ]}
            {...form.getInputProps('kind')}
          />
          {generalError(error) && <Alert color="red" role="alert">{generalError(error)}</Alert>}
          <TextInput label="Name" {...form.getInputProps('name')} />
          {kind === 'DOMAIN_GENERATION' ? (
            <>
              <Group grow>
                <Select label="Variable part" data={[{ value: 'PREFIX', label: 'before the constant' }, { value: 'SUFFIX', label: 'after the constant' }, { value: 'BOTH', label: 'on both sides' }]} {...form.getInputProps('pattern')} />
                <TextInput label="Constant" {...form.getInputProps('constant')} />
                <TextInput label="Character set" {...form.getInputProps('characterSet')} />
              </Group>
              <Group grow>
                <NumberInput label="Min length" {...form.getInputProps('minLength')} />
                <NumberInput label="Max length" {...form.getInputProps('maxLength')} />
                <TagsInput label="TLDs" {...form.getInputProps('tlds')} />
                <NumberInput label="Max domains" {...form.getInputProps('maxDomains')} />
              </Group>
            </>
          ) : (
            <Group grow>
              <Select
                label={`Source (${sourceKind === 'DOMAIN_GENERATION' ? 'a generation' : 'a DNS'} campaign)`}
                data={options(data.campaigns.edges.map((e) => e.node).filter((c) => c.kind === sourceKind))}
                {...form.getInputProps('sourceId')}
              />
              <Select label={`${personaKind} persona`} data={options(data.personas.edges.map((e) => e.node).filter((p) => p.kind === personaKind))} {...form.getInputProps('personaId')} />
              {kind === 'HTTP_KEYWORD_VALIDATION' && (
                <>
                  <Select label="Keyword set" data={options(data.keywordSets.edges.map((e) => e.node))} {...form.getInputProps('keywordSetId')} />
                  <Select label="Proxy pool (optional)" clearable data={options(data.proxyPools.edges.map((e) => e.node))} {...form.getInputProps('proxyPoolId')} />
                  <NumberInput label="Port (optional)" {...form.getInputProps('port')} />
                </>
              )}
            </Group>
          )}
          <Button type="submit" disabled={!online}>Create campaign</Button>
        </Stack>
      </form>
    </Card>
  );
}
