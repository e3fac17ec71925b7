import { useEffect, useState } from 'react';

/** The current time, re-read every `everyMs` for "N s ago" labels; it re-renders, it never fetches. */
export function useNow(everyMs = 1000): number {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const timer = window.setTimeout(() => setNow(Date.now()), everyMs);
    return () => window.clearTimeout(timer);
  }, [now, everyMs]);
  return now;
}
