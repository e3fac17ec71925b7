import { notifications } from '@mantine/notifications';

/**
 * The answer to an action that leaves the screen otherwise unchanged or moves on (saved, created,
 * started, deleted, exported): a toast in the corner that goes by itself, read out politely.
 * Refusals stay where they apply (under a field, in the form's alert), never only in a toast.
 */
export function toast(message: string, options: { title?: string; color?: 'green' | 'blue' | 'red' } = {}): void {
  notifications.show({
    message,
    title: options.title,
    color: options.color ?? 'green',
    autoClose: 5000,
    withBorder: true,
    closeButtonProps: { 'aria-label': 'Close' },
    // Under a title Mantine greys the message (gray-6, 3.3:1 on white): held to 4.5:1 like the rest.
    styles: { description: { color: 'var(--mantine-color-dimmed)' } },
    role: 'status',
    'data-testid': 'toast',
  });
}
