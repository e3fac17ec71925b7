import { Group, Text, Title } from '@mantine/core';
import { useEffect, type ReactNode } from 'react';

/** The tab names the page: "Proxies · Pulsegraph". */
export function usePageTitle(title: string | undefined): void {
  useEffect(() => {
    document.title = title ? `${title} · Pulsegraph` : 'Pulsegraph';
  }, [title]);
}

/** A page's heading, what the page is for in a line, and its primary action ("New …") on the right. */
export function PageHeader({ title, description, action }: { title: string; description?: ReactNode; action?: ReactNode }) {
  usePageTitle(title);
  return (
    <Group justify="space-between" align="flex-start" wrap="nowrap" gap="md">
      <div>
        <Title order={2}>{title}</Title>
        {description && <Text size="sm" c="dimmed" maw={720}>{description}</Text>}
      </div>
      {action && <Group gap="xs" wrap="nowrap">{action}</Group>}
    </Group>
  );
}
