import type { CombinedError } from 'urql';

/** Errors that name a field (BAD_USER_INPUT, a CONFLICT on a taken name) by form field (`input.name` -> `name`), for showing next to it. */
export function fieldErrors(error: CombinedError | undefined, prefix = 'input.'): Record<string, string> {
  const errors: Record<string, string> = {};
  for (const graphQLError of error?.graphQLErrors ?? []) {
    const field = graphQLError.extensions?.field;
    if (typeof field === 'string') {
      const name = field.startsWith(prefix) ? field.slice(prefix.length) : field;
      errors[name] = graphQLError.message.replace(`${field}: `, '');
    }
  }
  return errors;
}

/** The message of an error that names no field (CONFLICT, FORBIDDEN, a network failure...). */
export function generalError(error: CombinedError | undefined): string | undefined {
  if (!error) return undefined;
  const other = error.graphQLErrors.find((e) => typeof e.extensions?.field !== 'string');
  if (other) return other.message;
  return error.networkError ? `Network problem: ${error.networkError.message}` : undefined;
}
