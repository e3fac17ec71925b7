import { BarChart } from '@mantine/charts';
import {
  Alert,
  Badge,
  Button,
  Card,
  Checkbox,
  Code,
  CopyButton,
  Group,
  MultiSelect,
  Select,
  SimpleGrid,
  Stack,
  Switch,
  Table,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { useForm } from '@mantine/form';
import { useState } from 'react';
import { useMutation, useQuery, type CombinedError } from 'urql';
import { fieldErrors, generalError } from '../../components/errors';
import { graphql } from '../../gql';
import { ApiKeysPage_List } from './documents';
import { WebhooksSection } from './WebhooksSection';
import type { ApiKeysPage_KeyFragment, ChangeTopic } from '../../gql/graphql';
import { useOnline } from '../../urql/status';

const ApiKeysPage_Create = graphql(`
  mutation ApiKeysPage_Create($input: CreateApiKeyInput!) {
    createApiKey(input: $input) {
      secret
      apiKey { ...ApiKeysPage_Key }
    }
  }
`);

const ApiKeysPage_Revoke = graphql(`
  mutation ApiKeysPage_Revoke($id: ID!) {
    revokeApiKey(id: $id) { ...ApiKeysPage_Key }
  }
`);

const TOPICS: ChangeTopic[] = [
  'ACTIVITY', 'CAMPAIGN', 'CHAT', 'COMMENT', 'CONNECTION', 'COUNTS', 'DASHBOARD', 'KEYWORD_SET', 'MESSAGE',
  'NOTIFICATION', 'PERSONA', 'POST', 'PROXY', 'PROXY_POOL', 'SETTINGS', 'USER',
];

const when = (at: string | null | undefined) => (at ? new Date(at).toLocaleString() : '—');

export function ApiKeysPage() {
  const [{ data }] = useQuery({ query: ApiKeysPage_List });
  const [created, setCreated] = useState<{ name: string; secret: string } | undefined>();
  const keys = data?.apiKeys ?? [];
  const [shownId, setShownId] = useState<string | null>(null);
  const shown = keys.find((key) => key.id === shownId) ?? keys.find((key) => !key.revokedAt) ?? keys[0];
  return (
    <Stack>
      <Title order={2}>API keys</Title>
      <Text size="sm" c="dimmed">
        A key lets a partner or a script use the API as you, narrowed to what you allow. Send it as{' '}
        <Code>Authorization: Bearer &lt;secret&gt;</Code>.
      </Text>
      {created && <NewSecret {...created} onDone={() => setCreated(undefined)} />}
      <Card withBorder>
        <Title order={3} size="h4" mb="sm">New key</Title>
        <ApiKeyForm onCreated={setCreated} />
      </Card>
      <Table striped data-testid="api-keys">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>Name</Table.Th><Table.Th>Key</Table.Th><Table.Th>May</Table.Th><Table.Th>Last used</Table.Th>
            <Table.Th>Expires</Table.Th><Table.Th>Requests</Table.Th><Table.Th>Deliveries</Table.Th><Table.Th />
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {keys.map((key) => (
            <Table.Tr key={key.id}>
              <Table.Td>
                {key.name}
                {key.revokedAt && <Badge ml="xs" color="gray" variant="outline">revoked</Badge>}
              </Table.Td>
              <Table.Td><Code>{key.prefix}…</Code></Table.Td>
              <Table.Td><Capabilities apiKey={key} /></Table.Td>
              <Table.Td>{when(key.lastUsedAt)}</Table.Td>
              <Table.Td>{when(key.expiresAt)}</Table.Td>
              <Table.Td data-testid={`requests-${key.name}`}>{key.usage.requests}</Table.Td>
              <Table.Td>{key.usage.deliveries}</Table.Td>
              <Table.Td>{!key.revokedAt && <RevokeButton apiKey={key} />}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
      {shown && (
        <Card withBorder>
          <Group justify="space-between" mb="sm">
            <Title order={3} size="h4">Usage in the last hour</Title>
            <Select
              aria-label="Key to show"
              data={keys.map((key) => ({ value: key.id, label: key.name }))}
              value={shown.id}
              onChange={setShownId}
              allowDeselect={false}
            />
          </Group>
          <Usage apiKey={shown} />
        </Card>
      )}
      <WebhooksSection keys={keys} />
    </Stack>
  );
}

function Capabilities({ apiKey }: { apiKey: ApiKeysPage_KeyFragment }) {
  const { read, write, topics, entityIds } = apiKey.capabilities;
  return (
    <Group gap={4}>
      {read && <Badge variant="light">read</Badge>}
      {write && <Badge variant="light" color="orange">write</Badge>}
      {topics && <Badge variant="outline">topics: {topics.join(', ')}</Badge>}
      {entityIds && <Badge variant="outline">{entityIds.length} entities</Badge>}
      {apiKey.trustedDocumentsOnly && <Badge variant="outline">trusted documents only</Badge>}
    </Group>
  );
}

/** The secret, once: only its hash is kept, so this is the only time anyone can copy it. */
function NewSecret({ name, secret, onDone }: { name: string; secret: string; onDone: () => void }) {
  return (
    <Alert color="green" title={`Key "${name}" created`} role="status">
      <Stack gap="xs">
        <Text size="sm">Copy the secret now: it is shown only this once.</Text>
        <Group gap="xs" wrap="nowrap">
          <Code data-testid="new-secret" style={{ wordBreak: 'break-all' }}>{secret}</Code>
          <CopyButton value={secret}>
            {({ copied, copy }) => (
              <Button size="xs" variant={copied ? 'filled' : 'light'} onClick={copy}>{copied ? 'Copied' : 'Copy'}</Button>
            )}
          </CopyButton>
        </Group>
        <Group justify="flex-end"><Button size="xs" variant="default" onClick={onDone}>Done</Button></Group>
      </Stack>
    </Alert>
  );
}

function ApiKeyForm({ onCreated }: { onCreated: (created: { name: string; secret: string }) => void }) {
  const [, create] = useMutation(ApiKeysPage_Create);
  const online = useOnline();
  const [error, setError] = useState<CombinedError | undefined>();
  const form = useForm({
    initialValues: { name: '', read: true, write: false, topics: [] as string[], entityIds: '', expiresAt: '', trustedDocumentsOnly: false },
  });
  async function submit(values: typeof form.values) {
    const entityIds = values.entityIds.split(/[\s,]+/).filter(Boolean);
    const result = await create({
      input: {
        name: values.name,
        capabilities: {
          read: values.read,
          write: values.write,
          topics: values.topics.length ? (values.topics as ChangeTopic[]) : null,
          entityIds: entityIds.length ? entityIds : null,
        },
        expiresAt: values.expiresAt ? new Date(values.expiresAt).toISOString() : null,
        trustedDocumentsOnly: values.trustedDocumentsOnly,
      },
    });
    setError(result.error);
    const errors = fieldErrors(result.error);
    form.setErrors({ ...errors, topics: errors['capabilities.topics'], entityIds: errors['capabilities.entityIds'] });
    if (result.error || !result.data) return;
    onCreated({ name: result.data.createApiKey.apiKey.name, secret: result.data.createApiKey.secret });
    form.reset();
  }
  return (
    <form onSubmit={form.onSubmit(submit)} aria-label="New API key">
      <Stack>
        {generalError(error) && <Alert color="red" role="alert">{generalError(error)}</Alert>}
        <Group grow align="flex-start">
          <TextInput label="Name" description="Who or what uses it" {...form.getInputProps('name')} />
          <TextInput type="datetime-local" label="Expires" description="Leave empty for never" {...form.getInputProps('expiresAt')} />
        </Group>
        <Group>
          <Checkbox label="Read (queries and subscriptions)" {...form.getInputProps('read', { type: 'checkbox' })} />
          <Checkbox label="Write (mutations)" {...form.getInputProps('write', { type: 'checkbox' })} />
          <Switch label="Trusted documents only" {...form.getInputProps('trustedDocumentsOnly', { type: 'checkbox' })} />
        </Group>
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <MultiSelect label="Topics its stream may carry" description="Empty: every topic" data={TOPICS} searchable clearable {...form.getInputProps('topics')} />
          <TextInput label="Entities its stream may carry" description="Ids, comma-separated; empty: every entity" {...form.getInputProps('entityIds')} />
        </SimpleGrid>
        <Button type="submit" disabled={!online}>Create key</Button>
      </Stack>
    </form>
  );
}

function RevokeButton({ apiKey }: { apiKey: ApiKeysPage_KeyFragment }) {
  const [, revoke] = useMutation(ApiKeysPage_Revoke);
  const [confirming, setConfirming] = useState(false);
  const [error, setError] = useState<string | undefined>();
  const online = useOnline();
  if (!confirming) {
    return (
      <Button size="xs" variant="subtle" color="red" aria-label={`Revoke ${apiKey.name}`} disabled={!online} onClick={() => setConfirming(true)}>
        Revoke
      </Button>
    );
  }
  return (
    <Group gap={4} wrap="nowrap">
      {error && <Text c="red" size="xs" role="alert">{error}</Text>}
      <Button size="xs" variant="default" onClick={() => setConfirming(false)}>Keep</Button>
      <Button
        size="xs"
        color="red"
        aria-label={`Confirm revoking ${apiKey.name}`}
        onClick={async () => {
          const result = await revoke({ id: apiKey.id });
          setError(generalError(result.error));
          if (!result.error) setConfirming(false);
        }}
      >
        Revoke now
      </Button>
    </Group>
  );
}

/** Per minute, drawn from what the stream last pushed about the key; the totals beside it in words. */
function Usage({ apiKey }: { apiKey: ApiKeysPage_KeyFragment }) {
  const { usage } = apiKey;
  const data = usage.perMinute.map((minute) => ({
    minute: new Date(minute.at).toLocaleTimeString([], { hour: '2-digit', minute: '2-digit' }),
    Requests: minute.requests,
    Deliveries: minute.deliveries,
  }));
  return (
    <Stack>
      <Text size="sm" data-testid="usage-totals">
        {apiKey.name}: {usage.requests} requests, {usage.subscriptions} subscriptions, {usage.deliveries} deliveries (
        {usage.bytes} bytes), {usage.cutOffs} streams cut off for reading too slowly.
      </Text>
      <div role="img" aria-label={`Requests and deliveries per minute for ${apiKey.name}, last hour`}>
        <BarChart
          h={220}
          data={data}
          dataKey="minute"
          withLegend
          series={[
            { name: 'Requests', color: 'indigo.6' },
            { name: 'Deliveries', color: 'teal.6' },
          ]}
          tickLine="y"
          yAxisProps={{ allowDecimals: false }}
        />
      </div>
    </Stack>
  );
}
