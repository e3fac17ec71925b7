import { Alert, Anchor, Button, Card, Group, Progress, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { Link, useNavigate, useParams } from 'react-router-dom';
import { dateTime, formatNumber } from '../../components/format';
import { usePageTitle } from '../../components/PageHeader';
import { CAMPAIGN_KIND, CAMPAIGN_STATUS, DNS_RECORD_TYPE, GENERATION_PATTERN } from '../../components/words';
import { useMutation, useQuery } from 'urql';
import { generalError } from '../../components/errors';
import { graphql } from '../../gql';
import type { CampaignDetailPage_CampaignQuery, CampaignKind } from '../../gql/graphql';
import { CampaignActions } from './CampaignActions';
import { CampaignCharts } from './CampaignCharts';
import { CampaignResults } from './CampaignResults';
import { StatusBadge } from './CampaignsPage';

/** The campaign as this page shows it, results aside; the change stream carries the same. */
export const CampaignDetailPage_Detail = graphql(`
  fragment CampaignDetailPage_Detail on Campaign {
      id name kind status error note startedAt finishedAt createdAt version
      progress { total processed succeeded failed percent }
      source { id name status }
      persona { id name }
      keywordSet { id name }
      proxyPool { id name }
      params {
        __typename
        ... on DomainGenerationParams { pattern constant characterSet minLength maxLength tlds maxDomains domainCount }
        ... on DnsValidationParams { recordType }
        ... on HttpKeywordValidationParams { scheme port path concurrency }
      }
  }
`);

const CampaignDetailPage_Campaign = graphql(`
  query CampaignDetailPage_Campaign($id: ID!) {
    campaign(id: $id) {
      ...CampaignDetailPage_Detail
    }
  }
`);

const CampaignDetailPage_Duplicate = graphql(`
  mutation CampaignDetailPage_Duplicate($id: ID!, $start: Boolean!) {
    duplicateCampaign(id: $id, input: { start: $start }) {
      ...CampaignDetailPage_Detail
    }
  }
`);

type Params = NonNullable<CampaignDetailPage_CampaignQuery['campaign']>['params'];

function ParamsSummary({ params }: { params: Params }) {
  switch (params.__typename) {
    case 'DomainGenerationParams':
      return (
        <>
          <Text size="sm">
            <b>Pattern</b> {params.minLength}–{params.maxLength} of “{params.characterSet}” {GENERATION_PATTERN[params.pattern]} “{params.constant}”
          </Text>
          <Text size="sm"><b>TLDs</b> {params.tlds.join(', ')} · {formatNumber(params.domainCount)} domains</Text>
        </>
      );
    case 'DnsValidationParams':
      return <Text size="sm"><b>Record type</b> {DNS_RECORD_TYPE[params.recordType]}</Text>;
    case 'HttpKeywordValidationParams':
      return (
        <Text size="sm">
          <b>Fetches</b> {params.scheme.toLowerCase()}://…{params.port ? `:${params.port}` : ''}{params.path}, {params.concurrency} at a time
        </Text>
      );
    default:
      return null;
  }
}

/** What the processed names came to, in the kind's own words: a name that does not resolve is an answer, not a failure. */
function outcomeInWords(kind: CampaignKind, { succeeded, failed }: { succeeded: number; failed: number }): string {
  switch (kind) {
    case 'DOMAIN_GENERATION':
      return `${formatNumber(succeeded)} generated${failed ? ` · ${formatNumber(failed)} failed` : ''}`;
    case 'DNS_VALIDATION':
      return `${formatNumber(succeeded)} resolve · ${formatNumber(failed)} do not resolve or could not be asked`;
    case 'HTTP_KEYWORD_VALIDATION':
      return `${formatNumber(succeeded)} match · ${formatNumber(failed)} do not match or could not be fetched`;
  }
}

export function CampaignDetailPage() {
  const { id = '' } = useParams();
  const [{ data, fetching, error }] = useQuery({ query: CampaignDetailPage_Campaign, variables: { id } });
  const campaign = data?.campaign;
  usePageTitle(campaign?.name ?? 'Campaign');
  if (!campaign) {
    if (fetching || !error) return <Text>Loading…</Text>;
    const missing = error.graphQLErrors.some((problem) => ['NOT_FOUND', 'BAD_USER_INPUT'].includes(String(problem.extensions?.code)));
    if (!missing) return <Alert color="red" role="alert">{generalError(error)}</Alert>;
    return (
      <Alert color="yellow" title="Campaign not found" data-testid="campaign-not-found">
        No campaign has the id “{id}”: it may have been deleted. <Anchor component={Link} to="/campaigns">Back to campaigns</Anchor>
      </Alert>
    );
  }
  const campaignStatus = campaign.status;
  return (
    <Stack>
      <Group justify="space-between">
        <Title order={2}>{campaign.name}</Title>
        <StatusBadge size="lg" status={campaignStatus} testId="campaign-status" />
      </Group>
      {campaign.error && <Alert color="red" title="Why it failed" data-testid="campaign-error">{campaign.error}</Alert>}
      {campaign.note && <Alert color="blue" data-testid="campaign-note">{campaign.note}</Alert>}
      <Card withBorder data-testid="campaign-setup">
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="xs">
          <Text size="sm"><b>Kind</b> {CAMPAIGN_KIND[campaign.kind]}</Text>
          {campaign.source && (
            <Text size="sm"><b>Source</b> <Anchor component={Link} to={`/campaigns/${campaign.source.id}`}>{campaign.source.name}</Anchor> ({CAMPAIGN_STATUS[campaign.source.status].toLowerCase()})</Text>
          )}
          {campaign.persona && <Text size="sm"><b>Persona</b> {campaign.persona.name}</Text>}
          {campaign.keywordSet && <Text size="sm"><b>Keyword set</b> {campaign.keywordSet.name}</Text>}
          {campaign.proxyPool && <Text size="sm"><b>Proxy pool</b> {campaign.proxyPool.name}</Text>}
          <ParamsSummary params={campaign.params} />
          <Text size="sm"><b>Created</b> {dateTime(campaign.createdAt)}</Text>
          <Text size="sm" data-testid="campaign-started"><b>Started</b> {campaign.startedAt ? dateTime(campaign.startedAt) : 'not yet'}</Text>
          <Text size="sm" data-testid="campaign-finished"><b>Finished</b> {campaign.finishedAt ? dateTime(campaign.finishedAt) : 'not yet'}</Text>
        </SimpleGrid>
      </Card>
      <Card withBorder>
        <Group justify="space-between" mb="xs">
          <Text data-testid="campaign-progress">
            {formatNumber(campaign.progress.processed)} / {formatNumber(campaign.progress.total)} processed · {outcomeInWords(campaign.kind, campaign.progress)}
          </Text>
          <Text fw={700}>{Math.round(campaign.progress.percent)}%</Text>
        </Group>
        <Progress value={campaign.progress.percent} aria-label="Progress" />
        <CampaignActions campaign={campaign} />
        <CopyActions id={campaign.id} status={campaignStatus} />
      </Card>
      <CampaignCharts campaign={campaign} />
      <CampaignResults campaignId={campaign.id} />
    </Stack>
  );
}

/**
 * A finished campaign is a starting point, as in Linear and Vercel: "Run again" opens a started copy,
 * "Duplicate" a DRAFT copy to adjust first.
 */
function CopyActions({ id, status }: { id: string; status: string }) {
  const [copying, duplicateCampaign] = useMutation(CampaignDetailPage_Duplicate);
  const navigate = useNavigate();
  if (!['COMPLETED', 'FAILED', 'CANCELLED'].includes(status)) return null;
  const copy = async (start: boolean) => {
    const result = await duplicateCampaign({ id, start });
    if (result.data) navigate(`/campaigns/${result.data.duplicateCampaign.id}`);
  };
  return (
    <>
      {copying.error && <Alert color="red" role="alert" mt="md">{generalError(copying.error)}</Alert>}
      <Group mt="md" gap="xs">
        <Button loading={copying.fetching} onClick={() => void copy(true)}>Run again</Button>
        <Button variant="default" disabled={copying.fetching} onClick={() => void copy(false)}>Duplicate</Button>
      </Group>
    </>
  );
}
