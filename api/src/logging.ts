import { pino, type Logger } from 'pino';

/** The instance's logger (the given one, or pino at `level`); whatever logs through it, credentials never reach a log line. */
export function redactingLogger(level: string, given?: Logger): Logger {
  return (given ?? pino({ level })).child(
    {},
    { redact: { paths: ['password', '*.password', '*.*.password', '*.*.*.password', 'authorization', '*.authorization'], censor: '[redacted]' } },
  );
}
