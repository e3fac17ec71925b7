import { Alert, Badge, Button, Card, Code, Group, Select, Stack, Table, Text, Textarea, TextInput, Title } from '@mantine/core';
import { useState } from 'react';
import { useMutation, useQuery, type CombinedError } from 'urql';
import { EmptyState } from '../../components/EmptyState';
import { generalError } from '../../components/errors';
import { MutationForm, useMutationForm } from '../../components/form';
import { CreateButton, DeleteButton } from '../../components/RowActions';
import { toast } from '../../components/toast';
import { When } from '../../components/When';
import { graphql } from '../../gql';
import type { WebhooksSection_WebhookFragment } from '../../gql/graphql';
import { useOnline } from '../../urql/status';
import { WebhooksSection_List } from './documents';

const WebhooksSection_Create = graphql(`
  mutation WebhooksSection_Create($input: CreateWebhookInput!) {
    createWebhook(input: $input) { secret webhook { ...WebhooksSection_Webhook } }
  }
`);

const WebhooksSection_Update = graphql(`
  mutation WebhooksSection_Update($id: ID!, $input: UpdateWebhookInput!) {
    updateWebhook(id: $id, input: $input) { ...WebhooksSection_Webhook }
  }
`);

const WebhooksSection_Delete = graphql(`
  mutation WebhooksSection_Delete($id: ID!) {
    deleteWebhook(id: $id)
  }
`);

const WebhooksSection_Ping = graphql(`
  mutation WebhooksSection_Ping($id: ID!) {
    pingWebhook(id: $id) { id status responseStatus }
  }
`);

const WebhooksSection_Replay = graphql(`
  mutation WebhooksSection_Replay($id: ID!, $after: String!) {
    replayWebhook(id: $id, after: $after) { ...WebhooksSection_Webhook }
  }
`);

const DEFAULT_QUERY = 'subscription {\n  changes {\n    cursor op entityId at\n  }\n}';

/** Endpoints that get each change as a signed POST, with their delivery log, written live from the stream. */
export function WebhooksSection({ keys }: { keys: Array<{ id: string; name: string; revokedAt?: string | null }> }) {
  const [{ data }] = useQuery({ query: WebhooksSection_List });
  const [secret, setSecret] = useState<string | undefined>();
  const usable = keys.filter((key) => !key.revokedAt);
  // One "New webhook" on screen: beside the heading, or in the empty list's invitation.
  const create = (
    <CreateButton label="New webhook" urlKey="webhook">
      {(close) => (
        <WebhookForm
          keys={usable}
          onCreated={(created) => {
            close();
            setSecret(created);
          }}
        />
      )}
    </CreateButton>
  );
  const webhooks = data?.webhooks;
  return (
    <Stack>
      <Group justify="space-between" align="flex-start" wrap="nowrap">
        <div>
          <Title order={3} size="h4">Webhooks</Title>
          <Text size="sm" c="dimmed">
            Each change the key may see is POSTed to the endpoint, in order, signed per Standard Webhooks (<Code>webhook-id</Code> is the
            change&apos;s cursor).
          </Text>
        </div>
        {webhooks?.length ? create : undefined}
      </Group>
      {secret && (
        <Alert color="green" title="Endpoint added" role="status" withCloseButton onClose={() => setSecret(undefined)}>
          Signing secret, shown only now: <Code data-testid="webhook-secret">{secret}</Code>
        </Alert>
      )}
      {webhooks?.length === 0 && (
        <EmptyState title="No webhooks yet" action={create} testId="webhooks-empty">
          A webhook sends each change an API key may see to a URL of yours, signed, in order, retried until it is taken: for a service that
          cannot hold a stream open.
        </EmptyState>
      )}
      {webhooks?.map((webhook) => <WebhookCard key={webhook.id} webhook={webhook} />)}
    </Stack>
  );
}

function WebhookForm({ keys, onCreated }: { keys: Array<{ id: string; name: string }>; onCreated: (secret: string) => void }) {
  const [, create] = useMutation(WebhooksSection_Create);
  const kit = useMutationForm({
    initialValues: { apiKeyId: '', url: '', query: DEFAULT_QUERY },
    submit: (values) => create({ input: values }),
    success: (data) => `Added endpoint ${data.createWebhook.webhook.url}: copy its signing secret now.`,
    onSuccess: (data) => onCreated(data.createWebhook.secret),
  });
  const { form } = kit;
  return (
    <MutationForm kit={kit} label="New webhook" submitLabel="Add endpoint" disabled={keys.length === 0}>
      {keys.length === 0 && <Alert color="blue">A webhook sends what an API key may see: create a key first, above.</Alert>}
      <Group grow align="flex-start">
        <Select label="API key" data={keys.map((key) => ({ value: key.id, label: key.name }))} {...form.getInputProps('apiKeyId')} />
        <TextInput
          label="Endpoint URL"
          placeholder="https://example.com/hooks/pulsegraph"
          description={
            <>
              An https:// address on the internet. To try webhooks on a development machine with a receiver on it (http://127.0.0.1:8080/hook),
              start the server with <Code>WEBHOOK_ALLOW_PRIVATE_NETWORKS=1</Code>: it allows http:// and local addresses.
            </>
          }
          {...form.getInputProps('url')}
        />
      </Group>
      <Textarea label="Body (a subscription over changes)" autosize minRows={3} {...form.getInputProps('query')} />
    </MutationForm>
  );
}

function WebhookCard({ webhook }: { webhook: WebhooksSection_WebhookFragment }) {
  const [, update] = useMutation(WebhooksSection_Update);
  const [, remove] = useMutation(WebhooksSection_Delete);
  const [, ping] = useMutation(WebhooksSection_Ping);
  const [, replay] = useMutation(WebhooksSection_Replay);
  const [from, setFrom] = useState('');
  const [error, setError] = useState<string | undefined>();
  const online = useOnline();
  const run = async (action: () => Promise<{ error?: CombinedError }>, done: string) => {
    const { error } = await action();
    setError(generalError(error));
    if (!error) toast(done);
  };
  return (
    <Card withBorder data-testid={`webhook-${webhook.url}`}>
      <Stack gap="xs">
        <Group justify="space-between">
          <Group gap="xs">
            <Text fw={600}>{webhook.url}</Text>
            <Badge variant="light" tt="none">{webhook.apiKey.name}</Badge>
            {webhook.enabled ? <Badge variant="light" tt="none">Enabled</Badge> : <Badge color="gray" variant="outline" tt="none">Disabled</Badge>}
          </Group>
          <Group gap={4}>
            <Button size="xs" variant="subtle" disabled={!online} onClick={() => run(() => ping({ id: webhook.id }), `Sent a test ping to ${webhook.url}.`)}>Send test ping</Button>
            <Button size="xs" variant="subtle" disabled={!online} onClick={() => run(() => update({ id: webhook.id, input: { enabled: !webhook.enabled } }), `${webhook.enabled ? 'Disabled' : 'Re-enabled'} ${webhook.url}.`)}>
              {webhook.enabled ? 'Disable' : 'Re-enable'}
            </Button>
            <DeleteButton label={`Delete webhook ${webhook.url}`} what={`the webhook to ${webhook.url}`} onDelete={() => remove({ id: webhook.id })} />
          </Group>
        </Group>
        {webhook.disabledReason && <Text size="sm" c="red">{webhook.disabledReason}</Text>}
        {error && <Alert color="red" role="alert">{error}</Alert>}
        <Group gap="xs" align="flex-end">
          <Text size="sm">Delivered through cursor <Code>{webhook.cursor}</Code></Text>
          <TextInput size="xs" aria-label={`Replay ${webhook.url} from cursor`} placeholder="cursor" value={from} onChange={(event) => setFrom(event.currentTarget.value)} />
          <Button size="xs" variant="default" disabled={!online || !from} onClick={() => run(() => replay({ id: webhook.id, after: from }), `Replaying to ${webhook.url} from cursor ${from}.`)}>Replay from cursor</Button>
        </Group>
        <Table data-testid={`deliveries-${webhook.url}`}>
          <Table.Thead>
            <Table.Tr><Table.Th>At</Table.Th><Table.Th>Cursor</Table.Th><Table.Th>Attempt</Table.Th><Table.Th>Status</Table.Th><Table.Th>Answer</Table.Th><Table.Th>Time</Table.Th></Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {webhook.deliveries.edges.map(({ node }) => (
              <Table.Tr key={node.id}>
                <Table.Td><When at={node.at} /></Table.Td>
                <Table.Td>{node.cursor ?? 'ping'}</Table.Td>
                <Table.Td>{node.attempt}</Table.Td>
                <Table.Td>{node.status}</Table.Td>
                <Table.Td>{node.responseStatus ?? node.error}</Table.Td>
                <Table.Td>{node.durationMs} ms</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Stack>
    </Card>
  );
}
