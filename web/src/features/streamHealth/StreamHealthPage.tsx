import { Alert, Card, SimpleGrid, Stack, Table, Text, Title } from '@mantine/core';
import { useSubscription } from 'urql';
import { Figure, LiveLineChart } from '../../components/charts';
import { formatNumber } from '../../components/format';
import { PageHeader } from '../../components/PageHeader';
import { graphql } from '../../gql';
import type { StreamHealthPage_LiveSubscription } from '../../gql/graphql';
import { clockTime } from '../campaigns/progressSeries';

const StreamHealthPage_Live = graphql(`
  subscription StreamHealthPage_Live {
    streamHealth {
      instance at webSocketClients sseClients subscriptions deliveriesPerSecond latencyP50Ms latencyP99Ms cutOffs eventLoopLagP99Ms
    }
  }
`);

type Report = StreamHealthPage_LiveSubscription['streamHealth'];

/** Reports kept for the charts: a minute at the default interval. */
const KEPT_REPORTS = 60;

const ms = (value: number | null | undefined) => (value == null ? '—' : `${value} ms`);

/** ADMIN: the push system's own figures, per instance, as each instance reports them (nothing here fetches). */
export function StreamHealthPage() {
  const [{ data: reports = [], error }] = useSubscription<StreamHealthPage_LiveSubscription, Report[]>({ query: StreamHealthPage_Live }, (history = [], data) =>
    [...history, data.streamHealth].slice(-KEPT_REPORTS),
  );
  const latest = reports.at(-1) ?? [];
  const totals = latest.reduce(
    (sum, instance) => ({ clients: sum.clients + instance.webSocketClients + instance.sseClients, deliveries: sum.deliveries + instance.deliveriesPerSecond }),
    { clients: 0, deliveries: 0 },
  );
  // One pass over the kept reports: the time each was made, summed over instances, worst instance's latency.
  const series = reports.map((instances) => ({
    time: clockTime(Date.parse(instances[0]?.at ?? new Date().toISOString())),
    'Deliveries/s': instances.reduce((sum, instance) => sum + instance.deliveriesPerSecond, 0),
    'Clients': instances.reduce((sum, instance) => sum + instance.webSocketClients + instance.sseClients, 0),
    'p50 ms': Math.max(0, ...instances.map((instance) => instance.latencyP50Ms ?? 0)),
    'p99 ms': Math.max(0, ...instances.map((instance) => instance.latencyP99Ms ?? 0)),
  }));
  if (error?.graphQLErrors.some((problem) => problem.extensions?.code === 'FORBIDDEN')) {
    // Nothing below can fill for a non-admin: the answer, not an empty table.
    return (
      <Stack>
        <PageHeader title="Stream health" />
        <Alert color="blue" data-testid="stream-health-forbidden">Stream health is for admins. Ask an admin of this workspace if you need these figures.</Alert>
      </Stack>
    );
  }
  return (
    <Stack>
      <PageHeader title="Stream health" />
      {error && <Alert color="red" role="alert">{error.graphQLErrors[0]?.message ?? error.message}</Alert>}
      <Text data-testid="stream-totals">
        {latest.length} instance{latest.length === 1 ? '' : 's'} · {formatNumber(totals.clients)} connected client{totals.clients === 1 ? '' : 's'} · {formatNumber(totals.deliveries)} deliveries/s
      </Text>
      <Table striped data-testid="stream-instances">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>Instance</Table.Th>
            <Table.Th>WebSocket clients</Table.Th>
            <Table.Th>SSE clients</Table.Th>
            <Table.Th>Subscriptions</Table.Th>
            <Table.Th>Deliveries/s</Table.Th>
            <Table.Th>Latency p50</Table.Th>
            <Table.Th>Latency p99</Table.Th>
            <Table.Th>Cut-offs</Table.Th>
            <Table.Th>Event-loop lag p99</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {latest.map((instance) => (
            <Table.Tr key={instance.instance} data-instance={instance.instance}>
              <Table.Td>{instance.instance}</Table.Td>
              <Table.Td data-testid="websocket-clients">{formatNumber(instance.webSocketClients)}</Table.Td>
              <Table.Td data-testid="sse-clients">{formatNumber(instance.sseClients)}</Table.Td>
              <Table.Td data-testid="subscriptions">{formatNumber(instance.subscriptions)}</Table.Td>
              <Table.Td>{formatNumber(instance.deliveriesPerSecond)}</Table.Td>
              <Table.Td>{ms(instance.latencyP50Ms)}</Table.Td>
              <Table.Td>{ms(instance.latencyP99Ms)}</Table.Td>
              <Table.Td>{formatNumber(instance.cutOffs)}</Table.Td>
              <Table.Td>{ms(instance.eventLoopLagP99Ms)}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
      <SimpleGrid cols={{ base: 1, md: 2 }}>
        <Card withBorder>
          <Title order={4} mb="xs">Clients and deliveries</Title>
          <Figure label="Connected clients and deliveries per second, all instances, last minute" summary={`${totals.clients} clients, ${totals.deliveries} deliveries/s now.`}>
            <LiveLineChart
              data={series}
              dataKey="time"
              series={[
                { name: 'Deliveries/s', color: 'indigo.7' },
                { name: 'Clients', color: 'teal.7' },
              ]}
              yAxisProps={{ allowDecimals: false }}
            />
          </Figure>
        </Card>
        <Card withBorder>
          <Title order={4} mb="xs">Delivery latency</Title>
          <Figure
            label="Commit-to-delivery latency, p50 and p99, worst instance, last minute"
            summary={`Now p50 ${ms(series.at(-1)?.['p50 ms'])}, p99 ${ms(series.at(-1)?.['p99 ms'])} (0 when nothing was delivered).`}
          >
            <LiveLineChart
              data={series}
              dataKey="time"
              series={[
                { name: 'p50 ms', color: 'teal.7' },
                { name: 'p99 ms', color: 'red.7' },
              ]}
            />
          </Figure>
        </Card>
      </SimpleGrid>
    </Stack>
  );
}
