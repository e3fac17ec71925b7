import { Badge, Card, Group, Progress, SimpleGrid, Stack, Table, Text, Title } from '@mantine/core';
import { memo } from 'react';
import { Link } from 'react-router-dom';
import { useQuery } from 'urql';
import { formatNumber } from '../../components/format';
import { PageHeader } from '../../components/PageHeader';
import { HEALTH_COLOR, STATUS_COLOR } from '../../components/statusColors';
import { When } from '../../components/When';
import { CAMPAIGN_STATUS, HEALTH, RESULT_STATUS } from '../../components/words';
import { CountBars, Figure, LiveBarChart, useRedrawAtMostEvery } from '../../components/charts';
import { graphql } from '../../gql';
import { progressText } from '../campaigns/CampaignsPage';
import { clockTime } from '../campaigns/progressSeries';
import { FirstSteps } from './FirstSteps';
import type { CampaignResultStatus, DashboardTotals } from '../../gql/graphql';

export const DashboardPage_Dashboard = graphql(`
  fragment DashboardPage_Dashboard on Dashboard {
    id
    campaignsByStatus { status count }
    proxiesByHealth { status count }
    resultsByStatus { status count }
    totals { campaigns proxies proxyPools personas keywordSets }
    throughput { at results perSecond }
  }
`);

export const DashboardPage_Activity = graphql(`
  fragment DashboardPage_Activity on Activity {
    id at summary verb entityType entityId actor { id displayName }
  }
`);

export const DashboardPage_Data = graphql(`
  query DashboardPage_Data {
    dashboard { ...DashboardPage_Dashboard }
    running: campaigns(status: RUNNING, first: 10) {
      edges { node { ...CampaignsPage_Campaign } }
    }
    activity(first: 15) {
      edges { node { ...DashboardPage_Activity } }
    }
  }
`);

type Total = Exclude<keyof DashboardTotals, '__typename'>;

const TOTAL_LABELS: Record<Total, string> = {
  campaigns: 'Campaigns',
  proxies: 'Proxies',
  proxyPools: 'Proxy pools',
  personas: 'Personas',
  keywordSets: 'Keyword sets',
};

export function DashboardPage() {
  const [{ data }] = useQuery({ query: DashboardPage_Data });
  const dashboard = data?.dashboard;
  return (
    <Stack>
      <PageHeader title="Dashboard" />
      {dashboard && <FirstSteps dashboard={dashboard} />}
      <SimpleGrid cols={{ base: 2, md: 5 }} data-testid="totals">
        {dashboard &&
          Object.entries(dashboard.totals)
            .filter(([key]) => key !== '__typename')
            .map(([key, value]) => (
              <Card key={key} withBorder>
                <Text size="xs" c="dimmed">{TOTAL_LABELS[key as Total] ?? key}</Text>
                <Text size="xl" fw={700} data-testid={`total-${key}`}>{value}</Text>
              </Card>
            ))}
      </SimpleGrid>
      <SimpleGrid cols={{ base: 1, md: 2 }}>
        <Card withBorder>
          <Title order={4} mb="xs">Campaigns by status</Title>
          {dashboard && (
            <Figure
              testId="campaigns-by-status"
              label="Campaigns by status"
              summary={
                <span style={{ display: 'flex', flexWrap: 'wrap', gap: 'var(--mantine-spacing-xs)' }}>
                  {dashboard.campaignsByStatus.map((row) => (
                    <Badge key={row.status} component="span" variant="dot" color={STATUS_COLOR[row.status]} data-testid={`campaigns-${row.status}`}>{CAMPAIGN_STATUS[row.status]}: {formatNumber(row.count)}</Badge>
                  ))}
                </span>
              }
            >
              <StatusBars rows={dashboard.campaignsByStatus} words={CAMPAIGN_STATUS} color="indigo.7" />
            </Figure>
          )}
        </Card>
        <Card withBorder>
          <Title order={4} mb="xs">Proxy health</Title>
          <Group gap="xs">
            {dashboard?.proxiesByHealth.map((row) => (
              <Badge key={row.status} tt="none" color={HEALTH_COLOR[row.status]} data-testid={`proxies-${row.status}`}>{HEALTH[row.status]}: {formatNumber(row.count)}</Badge>
            ))}
          </Group>
        </Card>
      </SimpleGrid>
      {dashboard && <WorkspaceCharts resultsByStatus={dashboard.resultsByStatus} throughput={dashboard.throughput} />}
      <Card withBorder>
        <Title order={4} mb="xs">Running campaigns</Title>
        {data?.running.edges.length === 0 && <Text c="dimmed" size="sm">Nothing running: a campaign shows here, live, while it runs.</Text>}
        <Stack>
          {data?.running.edges.map(({ node }) => (
            <div key={node.id}>
              <Group justify="space-between">
                <Text component={Link} to={`/campaigns/${node.id}`}>{node.name}</Text>
                <Text size="sm">{progressText(node.progress)}</Text>
              </Group>
              <Progress value={node.progress.percent} aria-label={`${node.name} progress`} />
            </div>
          ))}
        </Stack>
      </Card>
      <Card withBorder>
        <Title order={4} mb="xs">Latest activity</Title>
        <Table striped data-testid="activity">
          <Table.Thead>
            <Table.Tr><Table.Th>When</Table.Th><Table.Th>Who</Table.Th><Table.Th>What</Table.Th></Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {data?.activity.edges.map(({ node }) => (
              <Table.Tr key={node.id}>
                <Table.Td><When at={node.at} /></Table.Td>
                <Table.Td>{node.actor?.displayName ?? 'system'}</Table.Td>
                <Table.Td>{node.summary}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Card>
    </Stack>
  );
}

type StatusCounts = ReadonlyArray<{ status: CampaignResultStatus; count: number }>;
type Throughput = ReadonlyArray<{ at: string; results: number; perSecond: number }>;

/**
 * The workspace's campaign throughput and its results per status, both kept by the server and pushed
 * with each DashboardChange (so the history is there after a reload, and nothing polls); the
 * figures in words follow every change, the charts redraw at most once a second.
 */
function WorkspaceCharts({ resultsByStatus, throughput }: { resultsByStatus: StatusCounts; throughput: Throughput }) {
  const drawnThroughput = useRedrawAtMostEvery(throughput, 1000);
  const drawnResults = useRedrawAtMostEvery(resultsByStatus, 1000);
  return (
    <SimpleGrid cols={{ base: 1, md: 2 }}>
      <Card withBorder>
        <Title order={4} mb="xs">Campaign throughput</Title>
        <Figure testId="workspace-throughput" label="Domains processed per second across all campaigns, per 5-second interval, last 10 minutes" summary={throughputInWords(throughput)}>
          <ThroughputChart throughput={drawnThroughput} />
        </Figure>
      </Card>
      <Card withBorder>
        <Title order={4} mb="xs">Results by status</Title>
        <Figure
          testId="results-by-status"
          label="Campaign results stored, by status"
          summary={resultsByStatus.map((row) => `${RESULT_STATUS[row.status]}: ${formatNumber(row.count)}`).join(' · ')}
        >
          <StatusBars rows={drawnResults} words={RESULT_STATUS} color="indigo.7" />
        </Figure>
      </Card>
    </SimpleGrid>
  );
}

function throughputInWords(throughput: Throughput): string {
  const last = throughput.at(-1);
  if (!last) return 'No campaign has stored results in the last 10 minutes.';
  const total = throughput.reduce((sum, sample) => sum + sample.results, 0);
  const busiest = Math.max(...throughput.map((sample) => sample.perSecond));
  const since = clockTime(Date.parse(throughput[0]!.at));
  return `${formatNumber(last.perSecond)} domains/s at the last update; ${formatNumber(total)} results since ${since}, at most ${formatNumber(busiest)} domains/s.`;
}

const ThroughputChart = memo(function ThroughputChart({ throughput }: { throughput: Throughput }) {
  return (
    <LiveBarChart
      data={throughput.map((sample) => ({ time: clockTime(Date.parse(sample.at)), 'Domains/s': sample.perSecond }))}
      dataKey="time"
      series={[{ name: 'Domains/s', color: 'indigo.7' }]}
      yAxisProps={{ allowDecimals: false }}
      barProps={{ isAnimationActive: false, minPointSize: (value) => ((value ?? 0) > 0 ? 2 : 0) }}
      data-points={throughput.length}
    />
  );
});

/** Bars named in the console's words for each status. */
const StatusBars = memo(function StatusBars<Status extends string>({ rows, words, color }: { rows: ReadonlyArray<{ status: Status; count: number }>; words: Record<Status, string>; color: string }) {
  return <CountBars rows={rows.map((row) => ({ name: words[row.status], count: row.count }))} color={color} />;
});
