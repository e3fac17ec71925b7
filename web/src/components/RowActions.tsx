import { Alert, Button, Group, Modal, Popover, Stack, Text, type ButtonProps } from '@mantine/core';
import { useEffect, useRef, useState, type ReactNode } from 'react';
import { useSearchParams } from 'react-router-dom';
import type { CombinedError } from 'urql';
import { useOnline } from '../urql/status';
import { generalError } from './errors';
import { toast } from './toast';

/** A button opening `children` in a dialog; the form there calls `close` once done. */
export function DialogButton(props: {
  text: ReactNode;
  /** The button's accessible name, when its text is not enough ("Edit Local Squid"). */
  label?: string;
  title: string;
  opened?: boolean;
  onOpenChange?: (open: boolean) => void;
  size?: 'md' | 'lg' | 'xl';
  button?: ButtonProps;
  children: (close: () => void) => ReactNode;
}) {
  const [open, setOpen] = useState(props.opened ?? false);
  const online = useOnline();
  const change = (next: boolean) => {
    setOpen(next);
    props.onOpenChange?.(next);
  };
  return (
    <>
      <Button {...props.button} aria-label={props.label} disabled={!online} onClick={() => change(true)}>
        {props.text}
      </Button>
      <Modal opened={open} onClose={() => change(false)} title={props.title} size={props.size ?? 'lg'} closeButtonProps={{ 'aria-label': 'Close' }}>
        {open && props.children(() => change(false))}
      </Modal>
    </>
  );
}

/** A row's "Edit" button opening its form in a dialog. */
export function EditButton(props: { label: string; title: string; text?: string; children: (close: () => void) => ReactNode }) {
  return <DialogButton text={props.text ?? 'Edit'} label={props.label} title={props.title} button={{ size: 'xs', variant: 'subtle' }}>{props.children}</DialogButton>;
}

/**
 * A row's Edit (its form in a dialog) and Delete (asking first), named after the row: "Edit Local
 * Squid" opens "Edit proxy Local Squid", "Delete Local Squid" asks about proxy “Local Squid”.
 */
export function EditDeleteButtons(props: {
  name: string;
  noun: string;
  form: (close: () => void) => ReactNode;
  onDelete: () => Promise<{ error?: CombinedError }>;
  /** "Rename", when that is all the form changes. */
  editText?: string;
  /** What Delete asks about, when it takes more with it ("and its results"). */
  what?: string;
}) {
  const edit = props.editText ?? 'Edit';
  return (
    <>
      <EditButton label={`${edit} ${props.name}`} title={`${edit} ${props.noun} ${props.name}`} text={props.editText}>
        {props.form}
      </EditButton>
      <DeleteButton label={`Delete ${props.name}`} what={props.what ?? `${props.noun} “${props.name}”`} onDelete={props.onDelete} />
    </>
  );
}

/**
 * A page's "New …" button: the list stays first and creating opens in a dialog (as Linear and Vercel
 * do). `?new=<urlKey>` in the address opens it at once, so another page can lead straight to it.
 */
export function CreateButton(props: { label: string; urlKey?: string; size?: 'md' | 'lg' | 'xl'; children: (close: () => void) => ReactNode }) {
  const [params, setParams] = useSearchParams();
  const asked = props.urlKey !== undefined && params.get('new') === props.urlKey;
  useEffect(() => {
    if (!asked) return;
    // Opened once: a reload or Back does not open it again.
    const next = new URLSearchParams(params);
    next.delete('new');
    setParams(next, { replace: true });
  }, [asked, params, setParams]);
  return (
    <DialogButton text={props.label} title={props.label} opened={asked} size={props.size}>
      {props.children}
    </DialogButton>
  );
}

/**
 * A "Delete" button that asks first, says so once it is done, and shows why the server refused (say,
 * a CONFLICT), if it did.
 */
export function DeleteButton(props: { label: string; what: string; text?: string; question?: string; done?: string; onDelete: () => Promise<{ error?: CombinedError }> }) {
  const [open, setOpen] = useState(false);
  const [error, setError] = useState<string | undefined>();
  const [deleting, setDeleting] = useState(false);
  const keep = useRef<HTMLButtonElement>(null);
  const online = useOnline();
  const text = props.text ?? 'Delete';
  async function confirm() {
    setDeleting(true);
    const result = await props.onDelete();
    setDeleting(false);
    setError(generalError(result.error));
    if (!result.error) {
      setOpen(false);
      toast(props.done ?? `Deleted ${props.what}.`);
    }
    // The Delete button was disabled while it ran, which dropped the focus out of the popover:
    // put it on Keep, so Escape and the keyboard still work there.
    else keep.current?.focus();
  }
  return (
    <Popover opened={open} onChange={setOpen} withArrow trapFocus position="bottom-end">
      <Popover.Target>
        <Button size="xs" variant="subtle" color="red" aria-label={props.label} disabled={!online} onClick={() => setOpen((shown) => !shown)}>
          {text}
        </Button>
      </Popover.Target>
      <Popover.Dropdown>
        <Stack gap="xs" maw={320}>
          <Text size="sm">{props.question ?? `${text} ${props.what}? This cannot be undone.`}</Text>
          {error && <Alert color="red" role="alert">{error}</Alert>}
          <Group justify="flex-end" gap="xs">
            <Button ref={keep} size="xs" variant="default" onClick={() => setOpen(false)}>Keep</Button>
            <Button size="xs" color="red" loading={deleting} onClick={() => void confirm()}>{text}</Button>
          </Group>
        </Stack>
      </Popover.Dropdown>
    </Popover>
  );
}
