import { LazyBarChart } from '../../components/charts';
import { Alert, Badge, Button, Card, Checkbox, Code, CopyButton, Group, MultiSelect, Select, SimpleGrid, Stack, Switch, Text, TextInput, Title } from '@mantine/core';
import { useState } from 'react';
import { useMutation, useQuery } from 'urql';
import { EmptyState } from '../../components/EmptyState';
import { MutationForm, useMutationForm } from '../../components/form';
import { clockTime, dateTime, formatNumber } from '../../components/format';
import { ListTable, NameCell } from '../../components/ListTable';
import { PageHeader } from '../../components/PageHeader';
import { CreateButton, DeleteButton } from '../../components/RowActions';
import { When } from '../../components/When';
import { graphql } from '../../gql';
import { ApiKeysPage_List } from './documents';
import { TOPICS } from './topics';
import { WebhooksSection } from './WebhooksSection';
import type { ApiKeysPage_KeyFragment, ChangeTopic } from '../../gql/graphql';

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

const NEW = 'New API key';

export function ApiKeysPage() {
  const [{ data }] = useQuery({ query: ApiKeysPage_List });
  const [created, setCreated] = useState<{ name: string; secret: string } | undefined>();
  const [, revoke] = useMutation(ApiKeysPage_Revoke);
  const keys = data?.apiKeys;
  const [shownId, setShownId] = useState<string | null>(null);
  const shown = keys?.find((key) => key.id === shownId) ?? keys?.find((key) => !key.revokedAt) ?? keys?.[0];
  const create = (
    <CreateButton label={NEW} urlKey="api-key">
      {(close) => (
        <ApiKeyForm
          onCreated={(key) => {
            close();
            setCreated(key);
          }}
        />
      )}
    </CreateButton>
  );
  return (
    <Stack>
      <PageHeader
        title="API keys"
        description={
          <>
            A key lets a partner or a script use the API as you, narrowed to what you allow. Send it as <Code>Authorization: Bearer &lt;secret&gt;</Code>.
          </>
        }
        action={keys?.length ? create : undefined}
      />
      {created && <NewSecret {...created} onDone={() => setCreated(undefined)} />}
      <ListTable
        testId="api-keys"
        label="API keys"
        items={keys}
        columns={[
          { header: 'Name', cell: (key) => <NameCell name={key.name} off={!!key.revokedAt && 'Revoked'} /> },
          { header: 'Key', cell: (key) => <Code>{key.prefix}…</Code> },
          { header: 'May', cell: (key) => <Capabilities apiKey={key} /> },
          { header: 'Last used', cell: (key) => (key.lastUsedAt ? <When at={key.lastUsedAt} /> : 'Never') },
          { header: 'Expires', cell: (key) => (key.expiresAt ? <time dateTime={key.expiresAt}>{dateTime(key.expiresAt)}</time> : 'Never') },
          { header: 'Requests', cell: (key) => <span data-testid={`requests-${key.name}`}>{formatNumber(key.usage.requests)}</span> },
          { header: 'Deliveries', cell: (key) => formatNumber(key.usage.deliveries) },
        ]}
        actions={(key) =>
          !key.revokedAt && (
            <DeleteButton
              text="Revoke"
              label={`Revoke ${key.name}`}
              what={`key “${key.name}”`}
              question={`Revoke “${key.name}”? Its streams end and its next call is refused.`}
              done={`Revoked key “${key.name}”.`}
              onDelete={() => revoke({ id: key.id })}
            />
          )
        }
        empty={
          <EmptyState title="No API keys yet" action={create} testId="api-keys-empty">
            Make a key for each partner or script that uses the API: read-only or with writes, limited to the topics and entities it needs,
            and revocable on its own.
          </EmptyState>
        }
      />
      {keys && shown && (
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
      <WebhooksSection keys={keys ?? []} />
    </Stack>
  );
}

function Capabilities({ apiKey }: { apiKey: ApiKeysPage_KeyFragment }) {
  const { read, write, topics, entityIds } = apiKey.capabilities;
  return (
    <Group gap={4}>
      {read && <Badge variant="light" tt="none">Read</Badge>}
      {write && <Badge variant="light" color="orange" c="dark.7" tt="none">Write</Badge>}
      {topics && <Badge variant="outline" tt="none">Topics: {topics.join(', ')}</Badge>}
      {entityIds && <Badge variant="outline" tt="none">{formatNumber(entityIds.length)} entities</Badge>}
      {apiKey.trustedDocumentsOnly && <Badge variant="outline" tt="none">Trusted documents only</Badge>}
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
  const kit = useMutationForm({
    initialValues: { name: '', read: true, write: false, topics: [] as ChangeTopic[], entityIds: '', expiresAt: '', trustedDocumentsOnly: false },
    submit: (values) => {
      const entityIds = values.entityIds.split(/[\s,]+/).filter(Boolean);
      return create({
        input: {
          name: values.name,
          capabilities: {
            read: values.read,
            write: values.write,
            topics: values.topics.length ? values.topics : null,
            entityIds: entityIds.length ? entityIds : null,
          },
          expiresAt: values.expiresAt ? new Date(values.expiresAt).toISOString() : null,
          trustedDocumentsOnly: values.trustedDocumentsOnly,
        },
      });
    },
    success: (data) => `Created key “${data.createApiKey.apiKey.name}”: copy its secret now.`,
    onSuccess: (data) => onCreated({ name: data.createApiKey.apiKey.name, secret: data.createApiKey.secret }),
  });
  const { form } = kit;
  return (
    <MutationForm kit={kit} label={NEW} submitLabel="Create key">
      <Group grow align="flex-start">
        <TextInput label="Name" description="Who or what uses it" data-autofocus {...form.getInputProps('name')} />
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
    </MutationForm>
  );
}

/** Per minute, drawn from what the stream last pushed about the key; the totals beside it in words. */
function Usage({ apiKey }: { apiKey: ApiKeysPage_KeyFragment }) {
  const { usage } = apiKey;
  const data = usage.perMinute.map((minute) => ({
    minute: clockTime(minute.at),
    Requests: minute.requests,
    Deliveries: minute.deliveries,
  }));
  return (
    <Stack>
      <Text size="sm" data-testid="usage-totals">
        {apiKey.name}: {formatNumber(usage.requests)} requests, {formatNumber(usage.subscriptions)} subscriptions, {formatNumber(usage.deliveries)} deliveries (
        {formatNumber(usage.bytes)} bytes), {formatNumber(usage.cutOffs)} streams cut off for reading too slowly.
      </Text>
      <div role="img" aria-label={`Requests and deliveries per minute for ${apiKey.name}, last hour`}>
        <LazyBarChart
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
