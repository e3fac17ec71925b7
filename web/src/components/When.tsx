import { dateTime, relativeTime, useRelativeClock } from './format';

/** A moment in a list: "3 minutes ago", the full date on hover and for assistive technology. */
export function When({ at }: { at: string }) {
  const now = useRelativeClock();
  const full = dateTime(at);
  return (
    <time dateTime={at} title={full}>
      {relativeTime(at, now)}
    </time>
  );
}
