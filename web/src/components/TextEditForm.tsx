import { Alert, Button, Stack, Textarea, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useState } from 'react';
import type { CombinedError } from 'urql';
import { useOnline } from '../urql/status';
import { fieldErrors, generalError } from './errors';

/**
 * An edit dialog's form for one text (a name, a message, a post): the server's refusal shows under
 * the field it names (`field`, as the server names it), anything else above.
 */
export function TextEditForm(props: {
  formLabel: string;
  label: string;
  field: string;
  initial: string;
  multiline?: boolean;
  submitLabel: string;
  save: (value: string) => Promise<{ error?: CombinedError }>;
  onSaved: () => void;
}) {
  const online = useOnline();
  const [error, setError] = useState<CombinedError | undefined>();
  const form = useForm({ initialValues: { value: props.initial } });
  async function submit(values: typeof form.values) {
    const result = await props.save(values.value);
    setError(result.error);
    form.setErrors({ value: fieldErrors(result.error, '')[props.field] });
    if (!result.error) props.onSaved();
  }
  const input = form.getInputProps('value');
  return (
    <form onSubmit={form.onSubmit(submit)} aria-label={props.formLabel}>
      <Stack>
        {!form.errors.value && generalError(error) && <Alert color="red" role="alert">{generalError(error)}</Alert>}
        {props.multiline ? (
          <Textarea label={props.label} autosize minRows={2} maxRows={10} data-autofocus {...input} />
        ) : (
          <TextInput label={props.label} data-autofocus {...input} />
        )}
        <Button type="submit" disabled={!online}>{props.submitLabel}</Button>
      </Stack>
    </form>
  );
}
