import { Badge, Group, Table, Text, VisuallyHidden } from '@mantine/core';
import type { ReactNode } from 'react';

export interface Column<T> {
  header: string;
  cell: (item: T) => ReactNode;
  /** A column that should not squeeze (a progress bar, a chart). */
  width?: number | string;
}

/**
 * A list page's table: one row per item (keyed by its id), its actions at the row's end, and when
 * there is nothing (once loaded) the empty state instead of an empty table.
 */
export function ListTable<T extends { id: string }>(props: {
  items: readonly T[] | undefined;
  columns: Array<Column<T>>;
  actions?: (item: T) => ReactNode;
  empty: ReactNode;
  testId: string;
  label: string;
}) {
  const { items, columns, actions } = props;
  if (items === undefined) return <Text size="sm" c="dimmed">Loading…</Text>;
  if (items.length === 0) return <>{props.empty}</>;
  return (
    <Table striped highlightOnHover verticalSpacing="xs" data-testid={props.testId} aria-label={props.label}>
      <Table.Thead>
        <Table.Tr>
          {columns.map((column) => <Table.Th key={column.header} w={column.width}>{column.header}</Table.Th>)}
          {actions && <Table.Th><VisuallyHidden>Actions</VisuallyHidden></Table.Th>}
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {items.map((item) => (
          <Table.Tr key={item.id}>
            {columns.map((column) => <Table.Td key={column.header}>{column.cell(item)}</Table.Td>)}
            {actions && (
              <Table.Td>
                <Group gap={4} justify="flex-end" wrap="nowrap">{actions(item)}</Group>
              </Table.Td>
            )}
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}

/** A row's name, a grey badge when it is off (Disabled, Revoked), and a dimmed line under it. */
export function NameCell({ name, off, note }: { name: string; off?: string | false; note?: ReactNode }) {
  return (
    <>
      <span>{name}</span>
      {off && <Badge ml="xs" color="gray" variant="outline" tt="none">{off}</Badge>}
      {note && <Text size="xs" c="dimmed">{note}</Text>}
    </>
  );
}
