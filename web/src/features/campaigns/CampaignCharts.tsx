import { Card, SimpleGrid, Text, Title } from '@mantine/core';
import { Figure, LiveLineChart } from '../../components/charts';
import { clockTime, estimateSecondsLeft, formatDuration, throughput, useProgressSamples } from './progressSeries';

interface ChartedCampaign {
  id: string;
  status: string;
  startedAt?: string | null;
  finishedAt?: string | null;
  progress: { total: number; processed: number; succeeded: number; failed: number };
}

/** Throughput, successes and failures over time, and the time left: all from the progress the stream pushes. */
export function CampaignCharts({ campaign }: { campaign: ChartedCampaign }) {
  const { progress } = campaign;
  const samples = useProgressSamples(campaign.id, progress, campaign.startedAt);
  const rates = throughput(samples);
  const latestRate = rates.at(-1)?.perSecond;
  const estimate = campaign.status === 'RUNNING' ? estimateSecondsLeft(samples, progress.total) : undefined;
  let eta: string;
  if (campaign.status === 'RUNNING') {
    eta = estimate ? `About ${formatDuration(estimate.seconds)} left, at ${Math.round(estimate.perSecond).toLocaleString()} domains/s` : 'Estimating the time left…';
  } else if (campaign.status === 'COMPLETED' && campaign.startedAt && campaign.finishedAt) {
    eta = `Finished in ${formatDuration((Date.parse(campaign.finishedAt) - Date.parse(campaign.startedAt)) / 1000)}`;
  } else {
    eta = campaign.status === 'DRAFT' || campaign.status === 'QUEUED' ? 'Not started' : `${campaign.status.toLowerCase()}: no estimate`;
  }
  return (
    <Card withBorder>
      <Title order={4} mb="xs">Live progress</Title>
      <Text fw={600} data-testid="campaign-eta" mb="sm">{eta}</Text>
      <SimpleGrid cols={{ base: 1, md: 2 }}>
        <Figure
          testId="throughput-chart"
          label="Domains processed per second over time"
          summary={rates.length === 0 ? 'Throughput appears once progress arrives.' : `Throughput: ${latestRate?.toLocaleString()} domains/s now, over ${rates.length} updates.`}
        >
          <LiveLineChart
            data={rates.map((point) => ({ time: clockTime(point.at), 'Domains/s': point.perSecond }))}
            dataKey="time"
            series={[{ name: 'Domains/s', color: 'indigo.7' }]}
            yAxisProps={{ allowDecimals: false }}
            data-points={rates.length}
          />
        </Figure>
        <Figure
          testId="outcome-chart"
          label="Succeeded and failed domains over time"
          summary={`${progress.succeeded.toLocaleString()} succeeded and ${progress.failed.toLocaleString()} failed of ${progress.total.toLocaleString()}.`}
        >
          <LiveLineChart
            data={samples.map((sample) => ({ time: clockTime(sample.at), Succeeded: sample.succeeded, Failed: sample.failed }))}
            dataKey="time"
            series={[
              { name: 'Succeeded', color: 'teal.7' },
              { name: 'Failed', color: 'red.7' },
            ]}
            yAxisProps={{ allowDecimals: false }}
            data-points={samples.length}
          />
        </Figure>
      </SimpleGrid>
    </Card>
  );
}
