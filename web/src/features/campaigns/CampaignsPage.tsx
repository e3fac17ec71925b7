import { Anchor, Badge, Group, NumberInput, Progress, SegmentedControl, Select, Stack, TagsInput, Text, TextInput } from '@mantine/core';
import { useMemo } from 'react';
import { Link, useNavigate } from 'react-router-dom';
import { useMutation, useQuery } from 'urql';
import { EmptyState } from '../../components/EmptyState';
import { MutationForm, useMutationForm } from '../../components/form';
import { formatNumber } from '../../components/format';
import { ListTable } from '../../components/ListTable';
import { PageHeader } from '../../components/PageHeader';
import { CreateButton, EditDeleteButtons } from '../../components/RowActions';
import { TextEditForm } from '../../components/TextEditForm';
import { STATUS_COLOR } from '../../components/statusColors';
import { When } from '../../components/When';
import { CAMPAIGN_KIND, CAMPAIGN_KIND_HINT, CAMPAIGN_STATUS, GENERATION_PATTERN, options } from '../../components/words';
import { graphql } from '../../gql';
import type { CampaignKind, CampaignsPage_DataQuery, GenerationPattern } from '../../gql/graphql';
import { useFinishNotices } from './CampaignActions';

export const CampaignsPage_Campaign = graphql(`
  fragment CampaignsPage_Campaign on Campaign {
    id name kind status createdAt version progress { total processed percent }
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

type Campaign = CampaignsPage_DataQuery['campaigns']['edges'][number]['node'];

const NEW = 'New campaign';

/** "120 / 1,000, 12%": the progress of a campaign, as every list shows it. */
export function progressText(progress: { processed: number; total: number; percent: number }): string {
  return `${formatNumber(progress.processed)} / ${formatNumber(progress.total)}, ${Math.round(progress.percent)}%`;
}

export function StatusBadge({ status, size, testId }: { status: Campaign['status']; size?: 'sm' | 'lg'; testId?: string }) {
  return (
    <Badge variant="dot" tt="none" size={size} color={STATUS_COLOR[status]} data-status={status} data-testid={testId}>
      {CAMPAIGN_STATUS[status]}
    </Badge>
  );
}

export function CampaignsPage() {
  const [{ data }] = useQuery({ query: CampaignsPage_Data });
  const [, deleteCampaign] = useMutation(CampaignsPage_Delete);
  const campaigns = useMemo(() => data?.campaigns.edges.map((edge) => edge.node), [data]);
  useFinishNotices(campaigns);
  // One "New campaign" on screen: in the header, or in the empty list's invitation.
  const create = (
    <CreateButton label={NEW} urlKey="campaign" size="xl">
      {(close) => (data ? <CreateCampaign data={data} onCreated={close} /> : null)}
    </CreateButton>
  );
  return (
    <Stack>
      <PageHeader
        title="Campaigns"
        description="A campaign generates domain names, checks which resolve, or searches their pages for keywords; each stage can take the one before as its source."
        action={campaigns?.length ? create : undefined}
      />
      <ListTable
        testId="campaigns"
        label="Campaigns"
        items={campaigns}
        columns={[
          { header: 'Name', cell: (campaign) => <Anchor component={Link} to={`/campaigns/${campaign.id}`}>{campaign.name}</Anchor> },
          { header: 'Kind', cell: (campaign) => CAMPAIGN_KIND[campaign.kind] },
          { header: 'Status', width: 140, cell: (campaign) => <StatusBadge status={campaign.status} /> },
          {
            header: 'Progress',
            width: 280,
            cell: (campaign) => (
              <Group gap="xs" wrap="nowrap">
                <Progress flex={1} value={campaign.progress.percent} aria-label={`${campaign.name} progress`} />
                <Text size="xs" data-testid={`progress-${campaign.name}`}>{progressText(campaign.progress)}</Text>
              </Group>
            ),
          },
          { header: 'Created', cell: (campaign) => <Text size="sm" c="dimmed"><When at={campaign.createdAt} /></Text> },
        ]}
        actions={(campaign) => (
          <EditDeleteButtons
            name={campaign.name}
            noun="campaign"
            editText="Rename"
            form={(close) => <RenameCampaign id={campaign.id} name={campaign.name} onSaved={close} />}
            what={`campaign “${campaign.name}” and its results`}
            onDelete={() => deleteCampaign({ id: campaign.id })}
          />
        )}
        empty={
          <EmptyState title="No campaigns yet" action={create} testId="campaigns-empty">
            Start with a domain generation: it makes the names. Then a DNS check finds which resolve, and a keyword search reads their pages.
          </EmptyState>
        }
      />
    </Stack>
  );
}

function RenameCampaign({ id, name, onSaved }: { id: string; name: string; onSaved: () => void }) {
  const [, rename] = useMutation(CampaignsPage_Rename);
  return (
    <TextEditForm
      formLabel={`Rename campaign ${name}`}
      label="Name"
      field="input.name"
      initial={name}
      submitLabel="Save name"
      saved="Campaign renamed."
      save={(value) => rename({ id, name: value })}
      onSaved={onSaved}
    />
  );
}

/** A new campaign opens on its own page, where it is started (as a new Vercel project opens on its page). */
function CreateCampaign({ data, onCreated }: { data: CampaignsPage_DataQuery; onCreated: () => void }) {
  const [, create] = useMutation(CampaignsPage_Create);
  const navigate = useNavigate();
  const kit = useMutationForm({
    initialValues: {
      kind: 'DOMAIN_GENERATION' as CampaignKind,
      name: '',
      pattern: 'PREFIX' as GenerationPattern,
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
    submit: (values) => {
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
                pattern: values.pattern,
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
      return create({ input });
    },
    success: (_data, values) => `Created campaign “${values.name}”: start it when you are ready.`,
    onSuccess: (created) => {
      onCreated();
      navigate(`/campaigns/${created.createCampaign.id}`);
    },
  });
  const { form } = kit;
  const kind = form.values.kind;
  const sourceKind: CampaignKind = kind === 'DNS_VALIDATION' ? 'DOMAIN_GENERATION' : 'DNS_VALIDATION';
  const personaKind = kind === 'DNS_VALIDATION' ? 'DNS' : 'HTTP';
  const sourceWords = sourceKind === 'DOMAIN_GENERATION' ? 'a domain generation' : 'a DNS check';
  const personaWords = personaKind === 'DNS' ? 'a DNS persona' : 'an HTTP persona';
  const choices = (items: Array<{ id: string; name: string }>) => items.map((item) => ({ value: item.id, label: item.name }));
  const sources = data.campaigns.edges.map((e) => e.node).filter((c) => c.kind === sourceKind);
  const personas = data.personas.edges.map((e) => e.node).filter((p) => p.kind === personaKind);
  return (
    <MutationForm kit={kit} label={NEW} submitLabel="Create campaign">
      <SegmentedControl aria-label="Kind" data={options(CAMPAIGN_KIND)} {...form.getInputProps('kind')} />
      <Text size="sm" c="dimmed">{CAMPAIGN_KIND_HINT[kind]}.</Text>
      <TextInput label="Name" data-autofocus {...form.getInputProps('name')} />
      {kind === 'DOMAIN_GENERATION' ? (
        <>
          <Group grow align="flex-start">
            <Select label="Variable part" data={options(GENERATION_PATTERN)} allowDeselect={false} {...form.getInputProps('pattern')} />
            <TextInput label="Constant" {...form.getInputProps('constant')} />
            <TextInput label="Character set" {...form.getInputProps('characterSet')} />
          </Group>
          <Group grow align="flex-start">
            <NumberInput label="Min length" {...form.getInputProps('minLength')} />
            <NumberInput label="Max length" {...form.getInputProps('maxLength')} />
            <TagsInput label="TLDs" {...form.getInputProps('tlds')} />
            <NumberInput label="Max domains" thousandSeparator="," {...form.getInputProps('maxDomains')} />
          </Group>
        </>
      ) : (
        <Group grow align="flex-start">
          <Select
            label={`Source (${sourceWords})`}
            placeholder={sources.length ? 'Pick one' : `Create ${sourceWords} first`}
            data={choices(sources)}
            {...form.getInputProps('sourceId')}
          />
          <Select
            label={`${personaKind} persona`}
            placeholder={personas.length ? 'Pick one' : `Create ${personaWords} first`}
            data={choices(personas)}
            {...form.getInputProps('personaId')}
          />
          {kind === 'HTTP_KEYWORD_VALIDATION' && (
            <>
              <Select label="Keyword set" data={choices(data.keywordSets.edges.map((e) => e.node))} {...form.getInputProps('keywordSetId')} />
              <Select label="Proxy pool (optional)" clearable data={choices(data.proxyPools.edges.map((e) => e.node))} {...form.getInputProps('proxyPoolId')} />
              <NumberInput label="Port (optional)" {...form.getInputProps('port')} />
            </>
          )}
        </Group>
      )}
    </MutationForm>
  );
}
