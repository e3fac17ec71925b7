import { EmptyState as MantineEmptyState, Paper } from '@mantine/core';
import type { ReactNode } from 'react';

/** What an empty list is for and how to fill it, with the action that does ("New …"): Mantine's EmptyState in a dashed frame. */
export function EmptyState({ title, children, action, testId = 'empty-state' }: { title: string; children: ReactNode; action?: ReactNode; testId?: string }) {
  return (
    <Paper withBorder p="xl" radius="md" style={{ borderStyle: 'dashed' }} data-testid={testId}>
      <MantineEmptyState size="sm">
        <MantineEmptyState.Title order={3}>{title}</MantineEmptyState.Title>
        <MantineEmptyState.Description maw={560}>{children}</MantineEmptyState.Description>
        {action && <MantineEmptyState.Actions>{action}</MantineEmptyState.Actions>}
      </MantineEmptyState>
    </Paper>
  );
}
