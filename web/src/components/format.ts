import { useSyncExternalStore } from 'react';

/**
 * The console speaks English, so its numbers and dates read as English whatever the browser's
 * language: 1,000 (never 1.000 beside "processed"), "3 minutes ago" (never "vor 3 Minuten" beside
 * "just now"). Times are in the reader's own time zone.
 */
const LOCALE = 'en-US';

/** Every count in the console: 1,000. */
const NUMBER = new Intl.NumberFormat(LOCALE);
export function formatNumber(value: number): string {
  return NUMBER.format(value);
}

/** The one full date format: a moment with its date, so yesterday's entries cannot pass for today's. */
const DATE_TIME = new Intl.DateTimeFormat(LOCALE, { dateStyle: 'medium', timeStyle: 'short' });
export function dateTime(iso: string): string {
  return DATE_TIME.format(new Date(iso));
}

const CLOCK = new Intl.DateTimeFormat(LOCALE, { hour: '2-digit', minute: '2-digit' });
const CLOCK_SECONDS = new Intl.DateTimeFormat(LOCALE, { hour: '2-digit', minute: '2-digit', second: '2-digit' });
/**
 * A time of day where the date goes without saying: a chat message's (its full date in a title), a
 * per-minute chart's axis. `seconds` for the live charts, whose points come seconds apart.
 */
export function clockTime(at: string | number, { seconds = false } = {}): string {
  return (seconds ? CLOCK_SECONDS : CLOCK).format(new Date(at));
}

const RELATIVE = new Intl.RelativeTimeFormat(LOCALE, { numeric: 'auto' });
const STEPS: Array<[Intl.RelativeTimeFormatUnit, number]> = [
  ['second', 60],
  ['minute', 60],
  ['hour', 24],
  ['day', 7],
];

/** "just now", "3 minutes ago", "yesterday"; past a week the full date. */
export function relativeTime(iso: string, now: number): string {
  let amount = (Date.parse(iso) - now) / 1000;
  if (Math.abs(amount) < 45) return 'just now';
  for (const [unit, size] of STEPS) {
    if (Math.abs(amount) < size) return RELATIVE.format(Math.round(amount), unit);
    amount /= size;
  }
  return dateTime(iso);
}

// One clock for every relative time on screen: it re-renders them, it never fetches.
let now = Date.now();
const listeners = new Set<() => void>();
let timer: number | undefined;
function tick() {
  now = Date.now();
  for (const listener of listeners) listener();
  timer = window.setTimeout(tick, 30_000);
}
function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  if (timer === undefined) {
    // The first one shown after a quiet spell: the clock has not moved meanwhile.
    now = Date.now();
    timer = window.setTimeout(tick, 30_000);
  }
  return () => {
    listeners.delete(listener);
    if (listeners.size === 0) {
      window.clearTimeout(timer);
      timer = undefined;
    }
  };
}

/** The time relative times are measured from, re-read every 30 s while any is shown. */
export function useRelativeClock(): number {
  return useSyncExternalStore(subscribe, () => now);
}
