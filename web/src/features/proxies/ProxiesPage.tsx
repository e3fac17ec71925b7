import { Alert, Badge, Button, Card, Group, NumberInput, PasswordInput, Select, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useState } from 'react';
import { useMutation, useQuery, type CombinedError } from 'urql';
import { fieldErrors, generalError } from '../../components/errors';
import { graphql } from '../../gql';
import { HEALTH_COLOR } from '../dashboard/DashboardPage';

const ProxiesPage_Data = graphql(`
  query ProxiesPage_Data {
    proxies(first: 100) {
      edges { node { id name protocol host port username hasPassword enabled version pool { id name } health { status latencyMs checkedAt error } } }
    }
    proxyPools(first: 100) {
      edges { node { id name strategy version proxies { id name health { status latencyMs } } } }
    }
  }
`);

const ProxiesPage_Create = graphql(`
  mutation ProxiesPage_Create($input: CreateProxyInput!) {
    createProxy(input: $input) { id }
  }
`);

const ProxiesPage_Check = graphql(`
  mutation ProxiesPage_Check($id: ID!) {
    checkProxy(id: $id) { id health { status latencyMs checkedAt error } }
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

export function ProxiesPage() {
  const [{ data }] = useQuery({ query: ProxiesPage_Data });
  const [checkState, check] = useMutation(ProxiesPage_Check);
  const [, addToPool] = useMutation(ProxiesPage_AddToPool);
  const pools = data?.proxyPools.edges.map(({ node }) => node) ?? [];
  return (
    <Stack>
      <Title order={2}>Proxies & pools</Title>
      <CreateProxy />
      <Table striped data-testid="proxies">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>Name</Table.Th><Table.Th>Endpoint</Table.Th><Table.Th>Health</Table.Th><Table.Th>Pool</Table.Th><Table.Th />
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {data?.proxies.edges.map(({ node }) => (
            <Table.Tr key={node.id}>
              <Table.Td>{node.name}</Table.Td>
              <Table.Td>{node.protocol.toLowerCase()}://{node.username ? `${node.username}@` : ''}{node.host}:{node.port}</Table.Td>
              <Table.Td>
                <Badge color={HEALTH_COLOR[node.health.status]} data-testid={`health-${node.name}`}>{node.health.status}</Badge>{' '}
                {node.health.latencyMs !== null && <Text span size="xs">{node.health.latencyMs} ms</Text>}
                {node.health.error && <Text size="xs" c="red.9">{node.health.error}</Text>}
              </Table.Td>
              <Table.Td>
                <Select
                  aria-label={`Pool of ${node.name}`}
                  size="xs"
                  placeholder="No pool"
                  data={pools.map((pool) => ({ value: pool.id, label: pool.name }))}
                  value={node.pool?.id ?? null}
                  onChange={(poolId) => poolId && void addToPool({ poolId, proxyId: node.id })}
                />
              </Table.Td>
              <Table.Td>
                <Button size="xs" variant="light" loading={checkState.fetching && checkState.operation?.variables.id === node.id} onClick={() => void check({ id: node.id })}>
                  Check now
                </Button>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
      <Title order={3}>Pools</Title>
      <CreatePool />
      <Table striped data-testid="pools">
        <Table.Tbody>
          {pools.map((pool) => (
            <Table.Tr key={pool.id}>
              <Table.Td>{pool.name}</Table.Td>
              <Table.Td><Badge variant="outline">{pool.strategy}</Badge></Table.Td>
              <Table.Td>
                <Group gap={4}>
                  {pool.proxies.map((proxy) => (
                    <Badge key={proxy.id} color={HEALTH_COLOR[proxy.health.status]} variant="light">{proxy.name}</Badge>
                  ))}
                </Group>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Stack>
  );
}

function CreateProxy() {
  const [, create] = useMutation(ProxiesPage_Create);
  const [error, setError] = useState<CombinedError | undefined>();
  const form = useForm({ initialValues: { name: '', protocol: 'HTTP', host: '', port: 3128, username: '', password: '' } });
  async function submit(values: typeof form.values) {
    const result = await create({ input: { ...values, protocol: values.protocol as 'HTTP' | 'HTTPS' | 'SOCKS5', username: values.username || undefined, password: values.password || undefined } });
    setError(result.error);
    form.setErrors(fieldErrors(result.error));
    if (!result.error) form.reset();
  }
  return (
    <Card withBorder>
      <form onSubmit={form.onSubmit(submit)} aria-label="New proxy">
        <Stack>
          <Title order={4}>New proxy</Title>
          {generalError(error) && <Alert color="red" role="alert">{generalError(error)}</Alert>}
          <Group grow>
            <TextInput label="Name" {...form.getInputProps('name')} />
            <Select label="Protocol" data={['HTTP', 'HTTPS', 'SOCKS5']} {...form.getInputProps('protocol')} />
            <TextInput label="Host" {...form.getInputProps('host')} />
            <NumberInput label="Port" {...form.getInputProps('port')} />
          </Group>
          <Group grow>
            <TextInput label="Username" {...form.getInputProps('username')} />
            <PasswordInput label="Password (write-only)" {...form.getInputProps('password')} />
          </Group>
          <Button type="submit">Add proxy</Button>
        </Stack>
      </form>
    </Card>
  );
}

function CreatePool() {
  const [, create] = useMutation(ProxiesPage_CreatePool);
  const [error, setError] = useState<CombinedError | undefined>();
  const form = useForm({ initialValues: { name: '', strategy: 'ROUND_ROBIN' } });
  async function submit(values: typeof form.values) {
    const result = await create({ input: { name: values.name, strategy: values.strategy as 'ROUND_ROBIN' } });
    setError(result.error);
    form.setErrors(fieldErrors(result.error));
    if (!result.error) form.reset();
  }
  return (
    <form onSubmit={form.onSubmit(submit)} aria-label="New pool">
      <Group align="end">
        <TextInput label="Pool name" {...form.getInputProps('name')} />
        <Select label="Strategy" data={['ROUND_ROBIN', 'RANDOM', 'LEAST_LATENCY']} {...form.getInputProps('strategy')} />
        <Button type="submit">Add pool</Button>
        {generalError(error) && <Text c="red.9" role="alert">{generalError(error)}</Text>}
      </Group>
    </form>
  );
}
