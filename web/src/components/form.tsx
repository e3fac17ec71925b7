import { Alert, Button, Group, Stack } from '@mantine/core';
import { useForm, type UseFormReturnType } from '@mantine/form';
import { useState, type FormEvent, type ReactNode } from 'react';
import type { CombinedError } from 'urql';
import { useOnline } from '../urql/status';
import { fieldErrors, generalError } from './errors';
import { toast } from './toast';

type Values = Record<string, unknown>;
/** What a mutation answered; a form that sends one of two mutations (create or update) answers `Outcome` (data unknown). */
export type Outcome<D = unknown> = { data?: D; error?: CombinedError };

export interface MutationFormOptions<V extends Values, D> {
  initialValues: V;
  /** Sends the values; answers what the mutation answered. */
  submit: (values: V) => Promise<Outcome<D>>;
  /**
   * Where a server error goes when its field (`input.` removed) is not found by name: `dns.resolvers[0]`
   * already lands under `resolvers`, `capabilities.topics` under `topics`. Keys are this form's fields.
   */
  fields?: (errors: Record<string, string>, values: V) => Record<string, string | undefined>;
  /** The prefix the server puts before field names (`input.` by default). */
  prefix?: string;
  /** The toast once it succeeded. */
  success?: string | ((data: D, values: V) => string);
  onSuccess?: (data: D, values: V) => void;
  /** Empties the form once it succeeded (a create form that stays open). */
  resetOnSuccess?: boolean;
}

export interface MutationFormKit<V extends Values> {
  form: UseFormReturnType<V>;
  /** What failed without naming a field here (a CONFLICT, FORBIDDEN, the network). */
  problem: string | undefined;
  submitting: boolean;
  onSubmit: (event?: FormEvent<HTMLFormElement>) => void;
}

/** The form field a server's field name means: `dns.resolvers[0]` -> `resolvers`, when the form has one. */
function formFieldFor(name: string, keys: Set<string>): string | undefined {
  const segments = name.split('.');
  for (let start = 0; start < segments.length; start++) {
    const candidate = segments.slice(start).join('.');
    for (const tried of [candidate, candidate.replace(/\[\d+\].*$/, '')]) if (keys.has(tried)) return tried;
  }
  return undefined;
}

/**
 * One form's life with the server, for every form of the console: submit -> mutation -> each field
 * error under its field (aria-invalid, its text linked by Mantine), the rest in one alert above, a
 * loading submit button meanwhile, and a toast once it worked.
 */
export function useMutationForm<V extends Values, D>(options: MutationFormOptions<V, D>): MutationFormKit<V> {
  const form = useForm<V>({ initialValues: options.initialValues });
  const [problem, setProblem] = useState<string | undefined>();
  const [submitting, setSubmitting] = useState(false);

  async function run(values: V) {
    setSubmitting(true);
    let result: Outcome<D>;
    try {
      result = await options.submit(values);
    } finally {
      setSubmitting(false);
    }
    const keys = new Set(Object.keys(values));
    const byServer = fieldErrors(result.error, options.prefix ?? 'input.');
    const errors: Record<string, string> = {};
    const unplaced: string[] = [];
    for (const [name, message] of Object.entries(byServer)) {
      const field = formFieldFor(name, keys);
      if (field) errors[field] ??= message;
      else unplaced.push(message);
    }
    for (const [field, message] of Object.entries(options.fields?.(byServer, values) ?? {})) {
      if (message === undefined) continue;
      errors[field] = message;
      const at = unplaced.indexOf(message);
      if (at >= 0) unplaced.splice(at, 1);
    }
    form.setErrors(errors);
    setProblem(generalError(result.error) ?? (unplaced.length ? unplaced.join(' ') : undefined));
    if (result.error || result.data === undefined) return;
    if (options.resetOnSuccess) form.reset();
    const message = typeof options.success === 'function' ? options.success(result.data, values) : options.success;
    if (message) toast(message);
    options.onSuccess?.(result.data, values);
  }

  return { form, problem, submitting, onSubmit: form.onSubmit((values) => void run(values)) };
}

/**
 * The form around a kit's fields: its name for assistive technology, the alert, the fields, and the
 * submit button (waiting for the connection unless `offline` is allowed, as signing in must be).
 */
export function MutationForm<V extends Values>(props: {
  kit: MutationFormKit<V>;
  label: string;
  submitLabel: string;
  children: ReactNode;
  disabled?: boolean;
  offline?: boolean;
  /** Beside the submit button (a Cancel, a note). */
  aside?: ReactNode;
  /** The submit button stretched across the form, as on the sign-in page. */
  fullWidth?: boolean;
  /** One field and a small submit button beside it, as a comment box under a post (the field takes the room). */
  inline?: boolean;
}) {
  const online = useOnline();
  const { kit } = props;
  const button = (
    <Button
      type="submit"
      loading={kit.submitting}
      disabled={props.disabled || (!online && !props.offline)}
      fullWidth={props.fullWidth}
      size={props.inline ? 'xs' : undefined}
      variant={props.inline ? 'light' : undefined}
    >
      {props.submitLabel}
    </Button>
  );
  let body: ReactNode;
  if (props.inline) {
    body = (
      <Group align="start" wrap="nowrap" gap="xs">
        <div style={{ flex: 1 }}>{props.children}</div>
        {button}
      </Group>
    );
  } else {
    body = (
      <>
        {props.children}
        {props.fullWidth ? button : <Group justify="flex-end">{props.aside}{button}</Group>}
      </>
    );
  }
  return (
    // noValidate: the server's word on a field shows under it, the same way for every check (the browser's own bubbles would not).
    <form onSubmit={kit.onSubmit} aria-label={props.label} noValidate>
      <Stack gap={props.inline ? 4 : undefined}>
        {kit.problem && <Alert color="red" role="alert">{kit.problem}</Alert>}
        {body}
      </Stack>
    </form>
  );
}
