import { Badge, Group, Text } from '@mantine/core';
import { useNow } from '../../components/useNow';
import { useStreamStatus } from '../../urql/status';

/** Live, reconnecting (with the attempt) or offline, and how long since the last change arrived. */
export function ConnectionIndicator() {
  const status = useStreamStatus();
  const now = useNow();
  const color = status.state === 'live' ? 'green' : status.state === 'offline' ? 'red' : 'yellow';
  const label =
    status.state === 'live'
      ? 'Live'
      : status.state === 'offline'
        ? 'Offline'
        : status.state === 'connecting'
          ? 'Connecting'
          : `Reconnecting (attempt ${status.attempt})`;
  const ago = status.lastChangeAt === null ? 'no change yet' : `last change ${Math.max(0, Math.round((now - status.lastChangeAt) / 1000))} s ago`;
  return (
    <Group gap="xs" aria-live="polite" data-testid="connection-indicator" data-state={status.state}>
      <Badge color={color} variant="dot">
        {label}
      </Badge>
      <Text size="xs" c="dimmed">
        {ago}
      </Text>
    </Group>
  );
}
