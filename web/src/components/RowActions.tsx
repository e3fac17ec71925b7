import { Alert, Button, Group, Modal, Popover, Stack, Text } from '@mantine/core';
import { useRef, useState, type ReactNode } from 'react';
import type { CombinedError } from 'urql';
import { useOnline } from '../urql/status';
import { generalError } from './errors';

/** An "Edit" button opening its form in a dialog; the form calls `close` once saved. */
export function EditButton(props: { label: string; title: string; children: (close: () => void) => ReactNode }) {
  const [open, setOpen] = useState(false);
  const online = useOnline();
  return (
    <>
      <Button size="xs" variant="subtle" aria-label={props.label} disabled={!online} onClick={() => setOpen(true)}>
        Edit
      </Button>
      <Modal opened={open} onClose={() => setOpen(false)} title={props.title} size="lg">
        {open && props.children(() => setOpen(false))}
      </Modal>
    </>
  );
}

/** A "Delete" button that asks first and shows why the server refused (say, a CONFLICT), if it did. */
export function DeleteButton(props: { label: string; what: string; onDelete: () => Promise<{ error?: CombinedError }> }) {
  const [open, setOpen] = useState(false);
  const [error, setError] = useState<string | undefined>();
  const [deleting, setDeleting] = useState(false);
  const keep = useRef<HTMLButtonElement>(null);
  const online = useOnline();
  async function confirm() {
    setDeleting(true);
    const result = await props.onDelete();
    setDeleting(false);
    setError(generalError(result.error));
    if (!result.error) setOpen(false);
    // The Delete button was disabled while it ran, which dropped the focus out of the popover:
    // put it on Keep, so Escape and the keyboard still work there.
    else keep.current?.focus();
  }
  return (
    <Popover opened={open} onChange={setOpen} withArrow trapFocus position="bottom-end">
      <Popover.Target>
        <Button size="xs" variant="subtle" color="red" aria-label={props.label} disabled={!online} onClick={() => setOpen((shown) => !shown)}>
          Delete
        </Button>
      </Popover.Target>
      <Popover.Dropdown>
        <Stack gap="xs" maw={320}>
          <Text size="sm">Delete {props.what}? This cannot be undone.</Text>
          {error && <Alert color="red" role="alert">{error}</Alert>}
          <Group justify="flex-end" gap="xs">
            <Button ref={keep} size="xs" variant="default" onClick={() => setOpen(false)}>Keep</Button>
            <Button size="xs" color="red" loading={deleting} onClick={() => void confirm()}>Delete</Button>
          </Group>
        </Stack>
      </Popover.Dropdown>
    </Popover>
  );
}
