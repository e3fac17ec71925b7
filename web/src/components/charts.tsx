import { Group, Text } from '@mantine/core';
import { lazy, Suspense, useEffect, useRef, useState, type ComponentProps, type ReactNode } from 'react';

// The chart library is most of a chart page's weight: loaded when the first chart shows, not with the app.
const LineChart = lazy(() => import('@mantine/charts').then((module) => ({ default: module.LineChart })));
const BarChart = lazy(() => import('@mantine/charts').then((module) => ({ default: module.BarChart })));
const Sparkline = lazy(() => import('@mantine/charts').then((module) => ({ default: module.Sparkline })));

type LineProps = ComponentProps<typeof LineChart>;
type BarProps = ComponentProps<typeof BarChart>;

/**
 * A chart with its figures in words: the picture for a glance, the `summary` for a screen reader
 * and for anyone who cannot tell the colours apart (each line also has its own dash pattern).
 */
export function Figure({ label, summary, testId, children }: { label: string; summary: ReactNode; testId?: string; children: ReactNode }) {
  return (
    <figure style={{ margin: 0 }} data-testid={testId}>
      <div role="img" aria-label={label}>
        <Suspense fallback={<div style={{ height: 200 }} />}>{children}</Suspense>
      </div>
      <Text component="figcaption" size="sm" mt={4} data-testid={testId ? `${testId}-summary` : undefined}>
        {summary}
      </Text>
    </figure>
  );
}

/**
 * `value` as of its last redraw, at most one redraw every `ms`, each when the browser is idle (the
 * last value is always drawn, about `ms` late at most). For a chart fed by the stream: the figures beside it follow every change, while
 * its drawing, which costs layout and paint, does not run per change. Re-renders; never fetches.
 */
export function useRedrawAtMostEvery<T>(value: T, ms: number): T {
  const [shown, setShown] = useState(value);
  const lastDrawn = useRef(0);
  useEffect(() => {
    if (Object.is(value, shown)) return;
    const wait = lastDrawn.current + ms - Date.now();
    const draw = () => {
      lastDrawn.current = Date.now();
      setShown(value);
    };
    // Drawn when the browser is idle: what the change means elsewhere on the page shows first.
    let idle = 0;
    const timer = window.setTimeout(() => (idle = window.requestIdleCallback(draw, { timeout: ms })), Math.max(0, wait));
    return () => {
      window.clearTimeout(timer);
      window.cancelIdleCallback(idle);
    };
  }, [value, shown, ms]);
  return shown;
}

/** Dash patterns that tell a chart's lines apart without colour. */
export const DASHES = [undefined, '6 3', '2 2', '10 4 2 4'] as const;

export function LiveLineChart(props: LineProps) {
  return (
    <LineChart
      h={200}
      curveType="linear"
      withDots={false}
      withLegend
      tickLine="y"
      // A live chart animating every update would always be mid-animation.
      lineProps={{ isAnimationActive: false }}
      {...props}
      series={props.series.map((series, index) => ({ strokeDasharray: DASHES[index % DASHES.length], ...series }))}
    />
  );
}

export function LiveBarChart(props: BarProps) {
  return <BarChart h={200} tickLine="y" withBarValueLabel barProps={{ isAnimationActive: false }} {...props} />;
}

export interface HealthCheck {
  status: 'HEALTHY' | 'UNHEALTHY' | 'UNKNOWN';
  latencyMs?: number | null;
  checkedAt: string;
}

/** A proxy's recorded checks: latency as a sparkline, each check's verdict as a mark (✓ or ✕), oldest first. */
export function HealthSparkline({ name, history }: { name: string; history: readonly HealthCheck[] }) {
  if (history.length === 0) return <Text size="xs" c="dimmed">no checks yet</Text>;
  const unhealthy = history.filter((check) => check.status === 'UNHEALTHY').length;
  const latencies = history.map((check) => check.latencyMs ?? null);
  const label = `${name}: last ${history.length} checks, ${history.length - unhealthy} healthy and ${unhealthy} unhealthy, oldest first: ${history
    .map((check) => (check.status === 'HEALTHY' ? `healthy${check.latencyMs != null ? ` ${check.latencyMs} ms` : ''}` : 'unhealthy'))
    .join(', ')}`;
  return (
    <div role="img" aria-label={label} data-testid="health-history" data-checks={history.map((check) => check.status[0]).join('')}>
      {latencies.some((latency) => latency !== null) && (
        <Suspense fallback={<div style={{ height: 24 }} />}>
          <Sparkline w={120} h={24} data={latencies} curveType="linear" fillOpacity={0.2} strokeWidth={1.5} areaProps={{ isAnimationActive: false }} />
        </Suspense>
      )}
      <Group gap={1} wrap="nowrap" aria-hidden>
        {history.map((check, index) => (
          <Text key={index} span size="xs" fw={700} c={check.status === 'HEALTHY' ? 'green.9' : 'red.9'} lh={1}>
            {check.status === 'HEALTHY' ? '✓' : '✕'}
          </Text>
        ))}
      </Group>
    </div>
  );
}
