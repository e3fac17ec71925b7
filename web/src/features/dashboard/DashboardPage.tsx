import { Badge, Card, Group, Progress, SimpleGrid, Stack, Table, Text, Title } from '@mantine/core';
import { memo } from 'react';
import { Link } from 'react-router-dom';
import { useQuery } from 'urql';
import { PageHeader } from '../../components/PageHeader';
import { HEALTH_COLOR, STATUS_COLOR } from '../../components/statusColors';
import { When } from '../../components/When';
import { HEALTH } from '../../components/words';
import { Figure, LiveBarChart, LiveLineChart, useRedrawAtMostEvery } from '../../components/charts';
import { graphql } from '../../gql';
import { progressText } from '../campaigns/CampaignsPage';
import { clockTime, throughput, useProgressSamples, type ProgressSample } from '../campaigns/progressSeries';
import { FirstSteps } from './FirstSteps';

export const DashboardPage_Dashboard = graphql(`
  fragment DashboardPage_Dashboard on Dashboard {
    id
    campaignsByStatus { status count }
    proxiesByHealth { status count }
    resultsByStatus { status count }
    totals { campaigns proxies proxyPools personas keywordSets }
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

const TOTAL_LABELS: Record<string, string> = {
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
                <Text size="xs" c="dimmed">{TOTAL_LABELS[key] ?? key}</Text>
                <Text size="xl" fw={700} data-testid={`total-${key}`}>{value}</Text>
              </Card>
            ))}
      </SimpleGrid>
      <SimpleGrid cols={{ base: 1, md: 2 }}>
        <Card withBorder>
          <Title order={4} mb="xs">Campaigns by status</Title>
          <Group gap="xs">
            {dashboard?.campaignsByStatus.map((row) => (
              <Badge key={row.status} variant="dot" color={STATUS_COLOR[row.status]} data-testid={`campaigns-${row.status}`}>{row.status}: {row.count}</Badge>
            ))}
          </Group>
        </Card>
        <Card withBorder>
          <Title order={4} mb="xs">Proxy health</Title>
          <Group gap="xs">
            {dashboard?.proxiesByHealth.map((row) => (
              <Badge key={row.status} tt="none" color={HEALTH_COLOR[row.status]} data-testid={`proxies-${row.status}`}>{HEALTH[row.status]}: {row.count.toLocaleString()}</Badge>
            ))}
          </Group>
        </Card>
      </SimpleGrid>
      {dashboard && <WorkspaceCharts resultsByStatus={dashboard.resultsByStatus} />}
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

const SUCCESSES = new Set(['GENERATED', 'RESOLVED', 'MATCHED']);

type ResultCounts = ReadonlyArray<{ status: string; count: number }>;

/**
 * The workspace's campaign throughput and its results per status, from the dashboard changes the
 * stream pushes; the figures in words follow every change, the charts redraw at most once a second.
 */
function WorkspaceCharts({ resultsByStatus }: { resultsByStatus: ResultCounts }) {
  const total = resultsByStatus.reduce((sum, row) => sum + row.count, 0);
  const succeeded = resultsByStatus.filter((row) => SUCCESSES.has(row.status)).reduce((sum, row) => sum + row.count, 0);
  const samples = useProgressSamples('workspace', { processed: total, succeeded, failed: total - succeeded }, undefined);
  const drawnSamples = useRedrawAtMostEvery(samples.length, 1000);
  const drawnResults = useRedrawAtMostEvery(resultsByStatus, 1000);
  const lastRate = throughput(samples.slice(-2)).at(-1)?.perSecond;
  return (
    <SimpleGrid cols={{ base: 1, md: 2 }}>
      <Card withBorder>
        <Title order={4} mb="xs">Campaign throughput</Title>
        <Figure
          testId="workspace-throughput"
          label="Domains processed per second across all campaigns, since this page opened"
          summary={lastRate === undefined ? 'Nothing processed since this page opened.' : `${lastRate.toLocaleString()} domains/s at the last update, across all campaigns.`}
        >
          <ThroughputChart samples={samples} drawn={drawnSamples} />
        </Figure>
      </Card>
      <Card withBorder>
        <Title order={4} mb="xs">Results by status</Title>
        <Figure
          testId="results-by-status"
          label="Campaign results stored, by status"
          summary={resultsByStatus.map((row) => `${row.status}: ${row.count.toLocaleString()}`).join(' · ')}
        >
          <ResultsChart resultsByStatus={drawnResults} />
        </Figure>
      </Card>
    </SimpleGrid>
  );
}

const ThroughputChart = memo(
  function ThroughputChart({ samples }: { samples: readonly ProgressSample[]; drawn: number }) {
    return (
      <LiveLineChart
        data={throughput(samples).map((point) => ({ time: clockTime(point.at), 'Domains/s': point.perSecond }))}
        dataKey="time"
        series={[{ name: 'Domains/s', color: 'indigo.7' }]}
        yAxisProps={{ allowDecimals: false }}
      />
    );
  },
  // `samples` grows in place: `drawn` says when to draw it again.
  (before, after) => before.drawn === after.drawn,
);

const ResultsChart = memo(function ResultsChart({ resultsByStatus }: { resultsByStatus: ResultCounts }) {
  return (
    <LiveBarChart
      data={resultsByStatus.map((row) => ({ status: row.status, Results: row.count }))}
      dataKey="status"
      series={[{ name: 'Results', color: 'indigo.7' }]}
      yAxisProps={{ allowDecimals: false }}
    />
  );
});
