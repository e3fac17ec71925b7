import { Text } from '@mantine/core';
import { lazy, startTransition, Suspense, useEffect, useRef, useState, type ComponentProps, type ReactNode } from 'react';
import type { HealthStatus } from '../gql/graphql';
import { formatNumber } from './format';

// The chart library is most of a chart page's weight: loaded when the first chart shows, not with the
// app, and never by a page whose marks are drawn here (the proxies' health history).
const LineChart = lazy(() => import('@mantine/charts').then((module) => ({ default: module.LineChart })));
const BarChart = lazy(() => import('@mantine/charts').then((module) => ({ default: module.BarChart })));

type LineProps = ComponentProps<typeof LineChart>;
type BarProps = ComponentProps<typeof BarChart>;

/**
 * A chart with its figures in words: the picture for a glance, the `summary` for a screen reader
 * and for anyone who cannot tell the colours apart (each line also has its own dash pattern).
 */
export function Figure({ label, summary, testId, children }: { label: string; summary: ReactNode; testId?: string; children: ReactNode }) {
  const painted = useAfterFirstPaint();
  const placeholder = <div style={{ height: 200 }} />;
  return (
    <figure style={{ margin: 0 }} data-testid={testId}>
      <div role="img" aria-label={label}>
        <Suspense fallback={placeholder}>{painted ? children : placeholder}</Suspense>
      </div>
      <Text component="figcaption" size="sm" mt={4} data-testid={testId ? `${testId}-summary` : undefined}>
        {summary}
      </Text>
    </figure>
  );
}

/**
 * False until the browser has painted the page around a chart, then true, set in a transition: a
 * chart (tens of milliseconds of layout each) is drawn after the lists and figures beside it are on
 * screen, in slices the browser can paint between, instead of holding up the page's first frame.
 */
function useAfterFirstPaint(): boolean {
  const [painted, setPainted] = useState(false);
  useEffect(() => {
    let timer = 0;
    const frame = window.requestAnimationFrame(() => (timer = window.setTimeout(() => startTransition(() => setPainted(true)))));
    return () => {
      window.cancelAnimationFrame(frame);
      window.clearTimeout(timer);
    };
  }, []);
  return painted;
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
  return <BarChart h={200} tickLine="y" barProps={{ isAnimationActive: false }} {...props} />;
}

/** A chart from the library, loaded with the first one shown; the space it will take is held meanwhile. */
export function LazyBarChart(props: BarProps) {
  return (
    <Suspense fallback={<div style={{ height: typeof props.h === 'number' ? props.h : 200 }} />}>
      <BarChart {...props} />
    </Suspense>
  );
}

/** The shortest bar a non-zero count gets, in pixels: a count 1,000 times smaller than its neighbour's still shows. */
export const MIN_BAR_PX = 4;
const ROW_PX = 30;

/**
 * Counts per category as horizontal bars that stay readable when one dwarfs the rest: every bar has
 * its value written at its end (1,000 style), every category its name, a non-zero count is never
 * shorter than `MIN_BAR_PX` (lengths stay linear otherwise, so bars compare honestly; a log scale
 * would shrink the difference a glance should see, and cannot draw a zero), and a zero draws no bar,
 * only its "0".
 */
export function CountBars({ rows, color }: { rows: ReadonlyArray<{ name: string; count: number }>; color: string }) {
  return (
    <BarChart
      h={rows.length * ROW_PX + 10}
      data={rows.map((row) => ({ name: row.name, Count: row.count }))}
      dataKey="name"
      orientation="vertical"
      series={[{ name: 'Count', color }]}
      withXAxis={false}
      gridAxis="none"
      withTooltip={false}
      withBarValueLabel
      valueFormatter={formatNumber}
      valueLabelProps={{ fill: 'var(--mantine-color-text)', fontSize: 12 }}
      // Room at the end of the longest bar for its value, and beside the bars for every category's name.
      barChartProps={{ margin: { top: 0, bottom: 0, left: 0, right: 64 } }}
      yAxisProps={{ width: 110, interval: 0 }}
      barProps={{ isAnimationActive: false, minPointSize: (value) => ((value ?? 0) > 0 ? MIN_BAR_PX : 0) }}
    />
  );
}

export interface HealthCheck {
  status: HealthStatus;
  latencyMs?: number | null;
  checkedAt: string;
}

const SLOT_PX = 5;
const SPARK_HEIGHT = 24;

/**
 * A proxy's recorded checks, oldest first, one mark each: a healthy check is a green bar as tall as
 * its latency (relative to the slowest shown; at least a quarter of the height, so one check is a
 * mark, not a dot), an unhealthy one a red cross. Shape tells them apart without colour. Drawn here
 * in plain SVG: a row per proxy must not wait for, nor pay for, the chart library.
 */
export function HealthSparkline({ name, history }: { name: string; history: readonly HealthCheck[] }) {
  if (history.length === 0) return <Text size="xs" c="dimmed">no checks yet</Text>;
  const unhealthy = history.filter((check) => check.status === 'UNHEALTHY').length;
  const slowest = Math.max(1, ...history.map((check) => check.latencyMs ?? 0));
  const label = `${name}: last ${history.length} checks, ${history.length - unhealthy} healthy and ${unhealthy} unhealthy, oldest first: ${history
    .map((check) => (check.status === 'HEALTHY' ? `healthy${check.latencyMs != null ? ` ${check.latencyMs} ms` : ''}` : 'unhealthy'))
    .join(', ')}`;
  return (
    <svg
      role="img"
      aria-label={label}
      data-testid="health-history"
      data-checks={history.map((check) => check.status[0]).join('')}
      width={history.length * SLOT_PX}
      height={SPARK_HEIGHT}
      viewBox={`0 0 ${history.length * SLOT_PX} ${SPARK_HEIGHT}`}
      style={{ display: 'block', overflow: 'visible' }}
    >
      {history.map((check, index) => {
        const x = index * SLOT_PX;
        if (check.status === 'HEALTHY') {
          const height = Math.max(SPARK_HEIGHT / 4, Math.round(((check.latencyMs ?? slowest) / slowest) * SPARK_HEIGHT));
          return <rect key={index} data-mark="healthy" x={x} y={SPARK_HEIGHT - height} width={SLOT_PX - 1} height={height} fill="var(--mantine-color-green-8)" />;
        }
        return (
          <path
            key={index}
            data-mark={check.status === 'UNHEALTHY' ? 'unhealthy' : 'unknown'}
            d={`M${x},${SPARK_HEIGHT - SLOT_PX + 1} l${SLOT_PX - 1},${SLOT_PX - 1} m0,-${SLOT_PX - 1} l-${SLOT_PX - 1},${SLOT_PX - 1}`}
            stroke={check.status === 'UNHEALTHY' ? 'var(--mantine-color-red-8)' : 'var(--mantine-color-gray-6)'}
            strokeWidth={1.5}
            fill="none"
          />
        );
      })}
    </svg>
  );
}
