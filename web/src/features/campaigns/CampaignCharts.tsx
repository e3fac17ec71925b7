import { Card, SimpleGrid, Text, Title } from '@mantine/core';
import { memo } from 'react';
import { Figure, LiveLineChart, useRedrawAtMostEvery } from '../../components/charts';
import { formatNumber } from '../../components/format';
import type { CampaignKind } from '../../gql/graphql';
import { clockTime, estimateSecondsLeft, formatDuration, throughput, useProgressSamples, type ProgressSample } from './progressSeries';

interface ChartedCampaign {
  id: string;
  kind: CampaignKind;
  status: string;
  startedAt?: string | null;
  finishedAt?: string | null;
  progress: { total: number; processed: number; succeeded: number; failed: number };
}

function etaOf(campaign: ChartedCampaign, samples: readonly ProgressSample[]): string {
  if (campaign.status === 'RUNNING') {
    const estimate = estimateSecondsLeft(samples, campaign.progress.total);
    return estimate ? `About ${formatDuration(estimate.seconds)} left, at ${formatNumber(Math.round(estimate.perSecond))} domains/s` : 'Estimating the time left…';
  }
  if (campaign.status === 'COMPLETED' && campaign.startedAt && campaign.finishedAt) {
    return `Finished in ${formatDuration((Date.parse(campaign.finishedAt) - Date.parse(campaign.startedAt)) / 1000)}`;
  }
  return campaign.status === 'DRAFT' || campaign.status === 'QUEUED' ? 'Not started' : `${campaign.status.toLowerCase()}: no estimate`;
}

/**
 * Throughput, successes and failures over time, and the time left: all from the progress the stream
 * pushes. The ETA follows every change; the charts, whose drawing costs far more, redraw at most once
 * a second (the samples in between are drawn then), so a fast run does not hold the browser.
 */
export function CampaignCharts({ campaign }: { campaign: ChartedCampaign }) {
  const samples = useProgressSamples(campaign.id, campaign.progress, campaign.startedAt);
  const drawn = useRedrawAtMostEvery(samples.length, 1000);
  return (
    <Card withBorder>
      <Title order={4} mb="xs">Live progress</Title>
      <Text fw={600} data-testid="campaign-eta" mb="sm">{etaOf(campaign, samples)}</Text>
      <ProgressFigures samples={samples} drawn={drawn} total={campaign.progress.total} kind={campaign.kind} />
    </Card>
  );
}

/** What a processed name came to, per kind: a name that does not resolve is an answer, not a failure. */
const OUTCOMES: Record<CampaignKind, { yes: string; no: string; noColor: string }> = {
  DOMAIN_GENERATION: { yes: 'Generated', no: 'Failed', noColor: 'red.7' },
  DNS_VALIDATION: { yes: 'Resolve', no: 'Do not resolve or could not be asked', noColor: 'gray.7' },
  HTTP_KEYWORD_VALIDATION: { yes: 'Match', no: 'No match or could not be fetched', noColor: 'gray.7' },
};

const ProgressFigures = memo(
  function ProgressFigures({ samples, total, kind }: { samples: readonly ProgressSample[]; drawn: number; total: number; kind: CampaignKind }) {
    const rates = throughput(samples);
    const last = samples.at(-1);
    const outcome = OUTCOMES[kind];
    return (
      <SimpleGrid cols={{ base: 1, md: 2 }}>
        <Figure
          testId="throughput-chart"
          label="Domains processed per second over time"
          summary={rates.length === 0 ? 'Throughput appears once progress arrives.' : `Throughput: ${formatNumber(rates.at(-1)!.perSecond)} domains/s now, over ${rates.length} updates.`}
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
          label={`${outcome.yes} and ${outcome.no.toLowerCase()} over time`}
          summary={`${formatNumber(last?.succeeded ?? 0)} ${outcome.yes.toLowerCase()} and ${formatNumber(last?.failed ?? 0)} ${outcome.no.toLowerCase()}, of ${formatNumber(total)}.`}
        >
          <LiveLineChart
            data={samples.map((sample) => ({ time: clockTime(sample.at), [outcome.yes]: sample.succeeded, [outcome.no]: sample.failed }))}
            dataKey="time"
            series={[
              { name: outcome.yes, color: 'teal.7' },
              { name: outcome.no, color: outcome.noColor },
            ]}
            yAxisProps={{ allowDecimals: false }}
            data-points={samples.length}
          />
        </Figure>
      </SimpleGrid>
    );
  },
  // `samples` grows in place: `drawn` says when to draw it again.
  (before, after) => before.drawn === after.drawn && before.total === after.total && before.kind === after.kind,
);
