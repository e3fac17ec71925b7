import { Alert, Badge, Button, Card, CloseButton, Group, NativeSelect, NumberInput, PasswordInput, Select, Stack, Switch, Table, Text, TextInput, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useState } from 'react';
import { useMutation, useQuery, type CombinedError } from 'urql';
import { fieldErrors, generalError } from '../../components/errors';
import { DeleteButton, EditButton } from '../../components/RowActions';
import { graphql } from '../../gql';
import type { ProxiesPage_DataQuery } from '../../gql/graphql';
import { useOnline } from '../../urql/status';
import { HEALTH_COLOR } from '../../components/statusColors';
import { HealthSparkline } from '../../components/charts';

export const ProxiesPage_Proxy = graphql(`
  fragment ProxiesPage_Proxy on Proxy {
    id name protocol host port username hasPassword enabled version pool { id name } health { status latencyMs checkedAt error history { status latencyMs checkedAt } }
  }
`);

export const ProxiesPage_Pool = graphql(`
  fragment ProxiesPage_Pool on ProxyPool {
    id name strategy version proxies { id name health { status latencyMs } }
  }
`);

export const ProxiesPage_Data = graphql(`
  query ProxiesPage_Data {
    proxies(first: 100) {
      edges { node { ...ProxiesPage_Proxy } }
    }
    proxyPools(first: 100) {
      edges { node { ...ProxiesPage_Pool } }
    }
  }
`);

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

const ProxiesPage_Delete = graphql(`
  mutation ProxiesPage_Delete($id: ID!) {
    deleteProxy(id: $id)
  }
`);

const ProxiesPage_UpdatePool = graphql(`
  mutation ProxiesPage_UpdatePool($id: ID!, $input: UpdateProxyPoolInput!) {
    updateProxyPool(id: $id, input: $input) { id name strategy version }
  }
`);

const ProxiesPage_DeletePool = graphql(`
  mutation ProxiesPage_DeletePool($id: ID!) {
    deleteProxyPool(id: $id)
  }
`);

const ProxiesPage_RemoveFromPool = graphql(`
  mutation ProxiesPage_RemoveFromPool($poolId: ID!, $proxyId: ID!) {
    removeProxyFromPool(poolId: $poolId, proxyId: $proxyId) { id proxies { id } }
  }
`);

const ProxiesPage_Check = graphql(`
  mutation ProxiesPage_Check($id: ID!) {
    checkProxy(id: $id) { id health { status latencyMs checkedAt error history { status latencyMs checkedAt } } }
  }
`);

const ProxiesPage_CreatePool = graphql(`
  mutation ProxiesPage_CreatePool($input: CreateProxyPoolInput!) {
    createProxyPool(input: $input) { id }
  }
`);

const ProxiesPage_AddToPool = graphql(`
  mutation ProxiesPage_AddToPool($poolId: ID!, $proxyId: ID!) {
    addProxyToPool(poolId: $poolId, proxyId: $proxyId) { id }
  }
`);

type Proxy = ProxiesPage_DataQuery['proxies']['edges'][number]['node'];
type Pool = ProxiesPage_DataQuery['proxyPools']['edges'][number]['node'];

export function ProxiesPage() {
  const [{ data }] = useQuery({ query: ProxiesPage_Data });
  const [checkState, check] = useMutation(ProxiesPage_Check);
  const [, addToPool] = useMutation(ProxiesPage_AddToPool);
  const [, removeFromPool] = useMutation(ProxiesPage_RemoveFromPool);
  const [, deleteProxy] = useMutation(ProxiesPage_Delete);
  const [, deletePool] = useMutation(ProxiesPage_DeletePool);
  const online = useOnline();
  const pools = data?.proxyPools.edges.map(({ node }) => node) ?? [];
  return (
    <Stack>
      <Title order={2}>Proxies & pools</Title>
      <Card withBorder>
        <Title order={4} mb="sm">New proxy</Title>
        <ProxyForm />
      </Card>
      <Table striped data-testid="proxies">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>Name</Table.Th><Table.Th>Endpoint</Table.Th><Table.Th>Health</Table.Th><Table.Th>Recent checks</Table.Th><Table.Th>Pool</Table.Th><Table.Th />
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {data?.proxies.edges.map(({ node }) => (
            <Table.Tr key={node.id}>
              <Table.Td><span>{node.name}</span>{!node.enabled && <Badge ml="xs" color="gray" variant="outline">disabled</Badge>}</Table.Td>
              <Table.Td>{node.protocol.toLowerCase()}://{node.username ? `${node.username}@` : ''}{node.host}:{node.port}</Table.Td>
              <Table.Td>
                <Badge color={HEALTH_COLOR[node.health.status]} data-testid={`health-${node.name}`}>{node.health.status}</Badge>{' '}
                {node.health.latencyMs !== null && <Text span size="xs">{node.health.latencyMs} ms</Text>}
                {node.health.error && <Text size="xs" c="red.9">{node.health.error}</Text>}
              </Table.Td>
              <Table.Td data-testid={`history-${node.name}`}>
                <HealthSparkline name={node.name} history={node.health.history} />
              </Table.Td>
              <Table.Td>
                {/* A native select: one per row, so it must stay cheap to render on every change. */}
                <NativeSelect
                  aria-label={`Pool of ${node.name}`}
                  size="xs"
                  // As wide as the longest pool name: a fixed width cut names off ("Local proxi").
                  miw={`${Math.max(8, ...pools.map((pool) => pool.name.length)) + 4}ch`}
                  data={[{ value: '', label: 'No pool' }, ...pools.map((pool) => ({ value: pool.id, label: pool.name }))]}
                  value={node.pool?.id ?? ''}
                  disabled={!online}
                  onChange={(event) => {
                    const poolId = event.currentTarget.value;
                    void (poolId ? addToPool({ poolId, proxyId: node.id }) : node.pool && removeFromPool({ poolId: node.pool.id, proxyId: node.id }));
                  }}
                />
              </Table.Td>
              <Table.Td>
                <Group gap={4} justify="flex-end" wrap="nowrap">
                  <Button size="xs" variant="light" disabled={!online} loading={checkState.fetching && checkState.operation?.variables.id === node.id} onClick={() => void check({ id: node.id })}>
                    Check now
                  </Button>
                  <EditButton label={`Edit ${node.name}`} title={`Edit proxy ${node.name}`}>
                    {(close) => <ProxyForm proxy={node} onSaved={close} />}
                  </EditButton>
                  <DeleteButton label={`Delete ${node.name}`} what={`proxy "${node.name}"`} onDelete={() => deleteProxy({ id: node.id })} />
                </Group>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
      <Title order={3}>Pools</Title>
      <PoolForm />
      <Table striped data-testid="pools">
        <Table.Tbody>
          {pools.map((pool) => (
            <Table.Tr key={pool.id}>
              <Table.Td>{pool.name}</Table.Td>
              <Table.Td><Badge variant="outline">{pool.strategy}</Badge></Table.Td>
              <Table.Td>
                <Group gap={4}>
                  {pool.proxies.map((proxy) => (
                    <Badge
                      key={proxy.id}
                      color={HEALTH_COLOR[proxy.health.status]}
                      variant="light"
                      tt="none"
                      rightSection={
                        <CloseButton
                          size="xs"
                          aria-label={`Remove ${proxy.name} from ${pool.name}`}
                          disabled={!online}
                          onClick={() => void removeFromPool({ poolId: pool.id, proxyId: proxy.id })}
                        />
                      }
                    >
                      {proxy.name}
                    </Badge>
                  ))}
                </Group>
              </Table.Td>
              <Table.Td>
                <Group gap={4} justify="flex-end" wrap="nowrap">
                  <EditButton label={`Edit ${pool.name}`} title={`Edit pool ${pool.name}`}>
                    {(close) => <PoolForm pool={pool} onSaved={close} />}
                  </EditButton>
                  <DeleteButton label={`Delete ${pool.name}`} what={`pool "${pool.name}"`} onDelete={() => deletePool({ id: pool.id })} />
                </Group>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Stack>
  );
}

/** Adds a proxy, or edits `proxy`: its password is write-only, so an empty field keeps the one stored. */
function ProxyForm({ proxy, onSaved }: { proxy?: Proxy; onSaved?: () => void }) {
  const [, create] = useMutation(ProxiesPage_Create);
  const [, update] = useMutation(ProxiesPage_Update);
  const online = useOnline();
  const [error, setError] = useState<CombinedError | undefined>();
  const form = useForm({
    initialValues: {
      name: proxy?.name ?? '',
      protocol: proxy?.protocol ?? 'HTTP',
      host: proxy?.host ?? '',
      port: proxy?.port ?? 3128,
      username: proxy?.username ?? '',
      password: '',
      enabled: proxy?.enabled ?? true,
    },
  });
  async function submit(values: typeof form.values) {
    const input = {
      name: values.name,
      protocol: values.protocol as 'HTTP' | 'HTTPS' | 'SOCKS5',
      host: values.host,
      port: values.port,
      username: values.username || undefined,
      password: values.password || undefined,
    };
    const result = proxy ? await update({ id: proxy.id, input: { ...input, enabled: values.enabled } }) : await create({ input });
    setError(result.error);
    form.setErrors(fieldErrors(result.error));
    if (result.error) return;
    if (proxy) onSaved?.();
    else form.reset();
  }
  return (
    <form onSubmit={form.onSubmit(submit)} aria-label={proxy ? `Edit proxy ${proxy.name}` : 'New proxy'}>
      <Stack>
        {generalError(error) && <Alert color="red" role="alert">{generalError(error)}</Alert>}
        <Group grow>
          <TextInput label="Name" {...form.getInputProps('name')} />
          <Select label="Protocol" data={['HTTP', 'HTTPS', 'SOCKS5']} {...form.getInputProps('protocol')} />
          <TextInput label="Host" {...form.getInputProps('host')} />
          <NumberInput label="Port" {...form.getInputProps('port')} />
        </Group>
        <Group grow>
          <TextInput label="Username" {...form.getInputProps('username')} />
          <PasswordInput label={proxy?.hasPassword ? 'Password (write-only; empty keeps it)' : 'Password (write-only)'} {...form.getInputProps('password')} />
        </Group>
        {proxy && <Switch label="Enabled" {...form.getInputProps('enabled', { type: 'checkbox' })} />}
        <Button type="submit" disabled={!online}>{proxy ? 'Save proxy' : 'Add proxy'}</Button>
      </Stack>
    </form>
  );
}

function PoolForm({ pool, onSaved }: { pool?: Pool; onSaved?: () => void }) {
  const [, create] = useMutation(ProxiesPage_CreatePool);
  const [, update] = useMutation(ProxiesPage_UpdatePool);
  const online = useOnline();
  const [error, setError] = useState<CombinedError | undefined>();
  const form = useForm({ initialValues: { name: pool?.name ?? '', strategy: pool?.strategy ?? 'ROUND_ROBIN' } });
  async function submit(values: typeof form.values) {
    const input = { name: values.name, strategy: values.strategy as 'ROUND_ROBIN' | 'RANDOM' | 'LEAST_LATENCY' };
    const result = pool ? await update({ id: pool.id, input }) : await create({ input });
    setError(result.error);
    form.setErrors(fieldErrors(result.error));
    if (result.error) return;
    if (pool) onSaved?.();
    else form.reset();
  }
  return (
    <form onSubmit={form.onSubmit(submit)} aria-label={pool ? `Edit pool ${pool.name}` : 'New pool'}>
      <Group align="end">
        <TextInput label="Pool name" {...form.getInputProps('name')} />
        <Select label="Strategy" data={['ROUND_ROBIN', 'RANDOM', 'LEAST_LATENCY']} {...form.getInputProps('strategy')} />
        <Button type="submit" disabled={!online}>{pool ? 'Save pool' : 'Add pool'}</Button>
        {generalError(error) && <Text c="red.9" role="alert">{generalError(error)}</Text>}
      </Group>
    </form>
  );
}
