import { useRef } from 'react';
import { clockTime as timeOfDay } from '../../components/format';

export interface ProgressSample {
  at: number;
  processed: number;
  succeeded: number;
  failed: number;
}

/** Samples kept per open campaign page (the oldest go first). */
const MAX_SAMPLES = 600;
/** The ETA's rate is measured over this much of the recent past, so it follows a campaign that speeds up or slows down. */
const RATE_WINDOW_MS = 10_000;

/**
 * The progress the change stream pushed while this page was open, as a time series (nothing is
 * fetched for it), kept per `seriesKey` (a campaign's id, or the workspace's totals). A campaign that
 * had started before the page opened is anchored at its start with nothing processed, so the first
 * stretch shows the average rate until then.
 */
export function useProgressSamples(
  seriesKey: string,
  progress: { processed: number; succeeded: number; failed: number },
  startedAt: string | null | undefined,
): ProgressSample[] {
  // Appended during render, once per distinct `processed`: a render React repeats adds nothing.
  const series = useRef<{ seriesKey: string; samples: ProgressSample[] }>({ seriesKey, samples: [] });
  if (series.current.seriesKey !== seriesKey) series.current = { seriesKey, samples: [] };
  const { samples } = series.current;
  const last = samples.at(-1);
  if (!last || last.processed !== progress.processed) {
    if (!last && startedAt && progress.processed > 0) samples.push({ at: Date.parse(startedAt), processed: 0, succeeded: 0, failed: 0 });
    samples.push({ at: Date.now(), processed: progress.processed, succeeded: progress.succeeded, failed: progress.failed });
    if (samples.length > MAX_SAMPLES) samples.splice(0, samples.length - MAX_SAMPLES);
  }
  return samples;
}

/** Domains per second between each sample and the one before it. */
export function throughput(samples: readonly ProgressSample[]): Array<{ at: number; perSecond: number }> {
  const points: Array<{ at: number; perSecond: number }> = [];
  for (let index = 1; index < samples.length; index++) {
    const before = samples[index - 1]!;
    const sample = samples[index]!;
    const seconds = (sample.at - before.at) / 1000;
    if (seconds > 0) points.push({ at: sample.at, perSecond: Math.round((sample.processed - before.processed) / seconds) });
  }
  return points;
}

/** Seconds left at the recent rate, or undefined while there is no rate to go by. */
export function estimateSecondsLeft(samples: readonly ProgressSample[], total: number): { seconds: number; perSecond: number } | undefined {
  const last = samples.at(-1);
  if (!last || samples.length < 2) return undefined;
  const first = samples.find((sample) => sample.at >= last.at - RATE_WINDOW_MS && sample !== last) ?? samples.at(-2)!;
  const perSecond = (last.processed - first.processed) / ((last.at - first.at) / 1000);
  if (!(perSecond > 0)) return undefined;
  return { seconds: Math.max(0, (total - last.processed) / perSecond), perSecond };
}

export function formatDuration(seconds: number): string {
  const whole = Math.ceil(seconds);
  if (whole < 60) return `${whole} s`;
  const minutes = Math.floor(whole / 60);
  if (minutes < 60) return `${minutes} min ${whole % 60} s`;
  return `${Math.floor(minutes / 60)} h ${minutes % 60} min`;
}

/** A live chart's axis label, with seconds: its points come seconds apart (the format is format.ts's). */
export const clockTime = (at: number) => timeOfDay(at, { seconds: true });
