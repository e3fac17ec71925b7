import { Group, NumberInput, PasswordInput, Select, Switch, TextInput } from '@mantine/core';
import { useMutation } from 'urql';
import { MutationForm, useMutationForm, type Outcome } from '../../components/form';
import { options, PROXY_PROTOCOL } from '../../components/words';
import { graphql } from '../../gql';
import type { ProxiesPage_ProxyFragment, ProxyProtocol } from '../../gql/graphql';

const ProxiesPage_Create = graphql(`
  mutation ProxiesPage_Create($input: CreateProxyInput!) {
    createProxy(input: $input) { id }
  }
`);

const ProxiesPage_Update = graphql(`
  mutation ProxiesPage_Update($id: ID!, $input: UpdateProxyInput!) {
    updateProxy(id: $id, input: $input) { id name protocol host port username hasPassword enabled version }
  }
`);

/** Adds a proxy, or edits `proxy`: its password is write-only, so an empty field keeps the one stored. */
export function ProxyForm({ proxy, onSaved }: { proxy?: ProxiesPage_ProxyFragment; onSaved: () => void }) {
  const [, create] = useMutation(ProxiesPage_Create);
  const [, update] = useMutation(ProxiesPage_Update);
  const kit = useMutationForm({
    initialValues: {
      name: proxy?.name ?? '',
      protocol: (proxy?.protocol ?? 'HTTP') as ProxyProtocol,
      host: proxy?.host ?? '',
      port: proxy?.port ?? 3128,
      username: proxy?.username ?? '',
      password: '',
      enabled: proxy?.enabled ?? true,
    },
    submit: (values): Promise<Outcome> => {
      const input = {
        name: values.name,
        protocol: values.protocol,
        host: values.host,
        port: values.port,
        username: values.username || undefined,
        password: values.password || undefined,
      };
      return proxy ? update({ id: proxy.id, input: { ...input, enabled: values.enabled } }) : create({ input });
    },
    success: (_data, values) => (proxy ? `Saved proxy “${values.name}”.` : `Added proxy “${values.name}”.`),
    onSuccess: onSaved,
  });
  const { form } = kit;
  return (
    <MutationForm kit={kit} label={proxy ? `Edit proxy ${proxy.name}` : 'New proxy'} submitLabel={proxy ? 'Save proxy' : 'Add proxy'}>
      <Group grow align="flex-start">
        <TextInput label="Name" data-autofocus {...form.getInputProps('name')} />
        <Select label="Protocol" data={options(PROXY_PROTOCOL)} allowDeselect={false} {...form.getInputProps('protocol')} />
      </Group>
      <Group grow align="flex-start">
        <TextInput label="Host" {...form.getInputProps('host')} />
        <NumberInput label="Port" {...form.getInputProps('port')} />
      </Group>
      <Group grow align="flex-start">
        <TextInput label="Username" {...form.getInputProps('username')} />
        <PasswordInput
          label={proxy?.hasPassword ? 'Password (write-only; empty keeps it)' : 'Password (write-only)'}
          {...form.getInputProps('password')}
          aria-invalid={form.errors.password ? true : undefined}
        />
      </Group>
      {proxy && <Switch label="Enabled" {...form.getInputProps('enabled', { type: 'checkbox' })} />}
    </MutationForm>
  );
}
