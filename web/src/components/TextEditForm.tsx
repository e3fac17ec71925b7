import { Textarea, TextInput } from '@mantine/core';
import type { CombinedError } from 'urql';
import { MutationForm, useMutationForm } from './form';

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
  saved: string;
  save: (value: string) => Promise<{ data?: unknown; error?: CombinedError }>;
  onSaved: () => void;
}) {
  const kit = useMutationForm({
    initialValues: { value: props.initial },
    prefix: '',
    submit: (values) => props.save(values.value),
    fields: (errors) => ({ value: errors[props.field] }),
    success: props.saved,
    onSuccess: props.onSaved,
  });
  const input = kit.form.getInputProps('value');
  return (
    <MutationForm kit={kit} label={props.formLabel} submitLabel={props.submitLabel}>
      {props.multiline ? (
        <Textarea label={props.label} autosize minRows={2} maxRows={10} data-autofocus {...input} />
      ) : (
        <TextInput label={props.label} data-autofocus {...input} />
      )}
    </MutationForm>
  );
}
