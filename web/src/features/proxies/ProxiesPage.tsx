import { Alert, Badge, Box, Button, CloseButton, Group, NativeSelect, NumberInput, PasswordInput, Select, Stack, Switch, Text, TextInput, Title } from '@mantine/core';
import { useMutation, useQuery } from 'urql';
import { HealthSparkline } from '../../components/charts';
import { EmptyState } from '../../components/EmptyState';
import { generalError } from '../../components/errors';
import { MutationForm, useMutationForm, type Outcome } from '../../components/form';
import { formatNumber } from '../../components/format';
import { ListTable, NameCell } from '../../components/ListTable';
import { PageHeader } from '../../components/PageHeader';
import { CreateButton, EditDeleteButtons } from '../../components/RowActions';
import { HEALTH_COLOR } from '../../components/statusColors';
import { toast } from '../../components/toast';
import { HEALTH, options, POOL_STRATEGY, PROXY_PROTOCOL } from '../../components/words';
import { graphql } from '../../gql';
import type { PoolStrategy, ProxiesPage_DataQuery, ProxyProtocol } from '../../gql/graphql';
import { useOnline } from '../../urql/status';

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
  const [addState, addToPool] = useMutation(ProxiesPage_AddToPool);
  const [removeState, removeFromPool] = useMutation(ProxiesPage_RemoveFromPool);
  const [, deleteProxy] = useMutation(ProxiesPage_Delete);
  const [, deletePool] = useMutation(ProxiesPage_DeletePool);
  const online = useOnline();
  const proxies = data?.proxies.edges.map(({ node }) => node);
  const pools = data?.proxyPools.edges.map(({ node }) => node);
  const problem = generalError(checkState.error ?? addState.error ?? removeState.error);
  const newProxy = (
    <CreateButton label="New proxy" urlKey="proxy">
      {(close) => <ProxyForm onSaved={close} />}
    </CreateButton>
  );
  const newPool = (
    <CreateButton label="New pool" urlKey="pool" size="md">
      {(close) => <PoolForm onSaved={close} />}
    </CreateButton>
  );
  const moveToPool = async (proxy: Proxy, poolId: string) => {
    const pool = pools?.find((candidate) => candidate.id === poolId);
    if (pool) {
      const result = await addToPool({ poolId, proxyId: proxy.id });
      if (!result.error) toast(`“${proxy.name}” is now in “${pool.name}”.`);
    } else if (proxy.pool) {
      const result = await removeFromPool({ poolId: proxy.pool.id, proxyId: proxy.id });
      if (!result.error) toast(`Took “${proxy.name}” out of “${proxy.pool.name}”.`);
    }
  };
  const checkNow = async (proxy: Proxy) => {
    const result = await check({ id: proxy.id });
    const health = result.data?.checkProxy.health;
    if (health) toast(`Checked “${proxy.name}”: ${HEALTH[health.status].toLowerCase()}${health.latencyMs != null ? `, ${formatNumber(health.latencyMs)} ms` : ''}.`, { color: health.status === 'HEALTHY' ? 'green' : 'blue' });
  };
  return (
    <Stack>
      <PageHeader
        title="Proxies & pools"
        description="Proxies a keyword search may fetch pages through, checked for health on a schedule; a pool spreads a campaign's requests over several."
        action={proxies?.length ? newProxy : undefined}
      />
      {problem && <Alert color="red" role="alert">{problem}</Alert>}
      <ListTable
        testId="proxies"
        label="Proxies"
        items={proxies}
        columns={[
          { header: 'Name', cell: (proxy) => <NameCell name={proxy.name} off={!proxy.enabled && 'Disabled'} /> },
          { header: 'Endpoint', cell: (proxy) => `${proxy.protocol.toLowerCase()}://${proxy.username ? `${proxy.username}@` : ''}${proxy.host}:${proxy.port}` },
          {
            header: 'Health',
            cell: (proxy) => (
              <>
                <Badge color={HEALTH_COLOR[proxy.health.status]} tt="none" data-testid={`health-${proxy.name}`} data-status={proxy.health.status}>{HEALTH[proxy.health.status]}</Badge>{' '}
                {proxy.health.latencyMs != null && <Text span size="xs">{formatNumber(proxy.health.latencyMs)} ms</Text>}
                {proxy.health.error && <Text size="xs" c="red.9">{proxy.health.error}</Text>}
              </>
            ),
          },
          { header: 'Recent checks', cell: (proxy) => <Box data-testid={`history-${proxy.name}`}><HealthSparkline name={proxy.name} history={proxy.health.history} /></Box> },
          {
            header: 'Pool',
            cell: (proxy) => (
              // A native select: one per row, so it must stay cheap to render on every change.
              <NativeSelect
                aria-label={`Pool of ${proxy.name}`}
                size="xs"
                // As wide as the longest pool name: a fixed width cut names off ("Local proxi").
                miw={`${Math.max(8, ...(pools ?? []).map((pool) => pool.name.length)) + 4}ch`}
                data={[{ value: '', label: 'No pool' }, ...(pools ?? []).map((pool) => ({ value: pool.id, label: pool.name }))]}
                value={proxy.pool?.id ?? ''}
                disabled={!online}
                onChange={(event) => void moveToPool(proxy, event.currentTarget.value)}
              />
            ),
          },
        ]}
        actions={(proxy) => (
          <>
            <Button size="xs" variant="light" disabled={!online} loading={checkState.fetching && checkState.operation?.variables.id === proxy.id} onClick={() => void checkNow(proxy)}>
              Check now
            </Button>
            <EditDeleteButtons name={proxy.name} noun="proxy" form={(close) => <ProxyForm proxy={proxy} onSaved={close} />} onDelete={() => deleteProxy({ id: proxy.id })} />
          </>
        )}
        empty={
          <EmptyState title="No proxies yet" action={newProxy} testId="proxies-empty">
            Add the HTTP, HTTPS or SOCKS5 proxies a keyword search may fetch through: each is checked for health, and the unhealthy ones are skipped.
            Without one, pages are fetched directly.
          </EmptyState>
        }
      />
      <Group justify="space-between" align="flex-start" mt="md">
        <div>
          <Title order={3}>Pools</Title>
          <Text size="sm" c="dimmed">A keyword search uses one pool; its strategy picks the proxy for each request.</Text>
        </div>
        {pools?.length ? newPool : undefined}
      </Group>
      <ListTable
        testId="pools"
        label="Pools"
        items={pools}
        columns={[
          { header: 'Name', cell: (pool) => pool.name },
          { header: 'Strategy', cell: (pool) => <Badge variant="outline" tt="none">{POOL_STRATEGY[pool.strategy]}</Badge> },
          {
            header: 'Proxies',
            cell: (pool) => (
              <Group gap={4}>
                {pool.proxies.length === 0 && <Text size="sm" c="dimmed">None yet: pick this pool in a proxy's row.</Text>}
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
                        onClick={async () => {
                          const result = await removeFromPool({ poolId: pool.id, proxyId: proxy.id });
                          if (!result.error) toast(`Took “${proxy.name}” out of “${pool.name}”.`);
                        }}
                      />
                    }
                  >
                    {proxy.name}
                  </Badge>
                ))}
              </Group>
            ),
          },
        ]}
        actions={(pool) => (
          <EditDeleteButtons name={pool.name} noun="pool" form={(close) => <PoolForm pool={pool} onSaved={close} />} onDelete={() => deletePool({ id: pool.id })} />
        )}
        empty={
          <EmptyState title="No pools yet" action={newPool} testId="pools-empty">
            A pool groups proxies so a keyword search spreads its requests over them: round robin, at random, or the fastest first.
          </EmptyState>
        }
      />
    </Stack>
  );
}

/** Adds a proxy, or edits `proxy`: its password is write-only, so an empty field keeps the one stored. */
function ProxyForm({ proxy, onSaved }: { proxy?: Proxy; onSaved: () => void }) {
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

function PoolForm({ pool, onSaved }: { pool?: Pool; onSaved: () => void }) {
  const [, create] = useMutation(ProxiesPage_CreatePool);
  const [, update] = useMutation(ProxiesPage_UpdatePool);
  const kit = useMutationForm({
    initialValues: { name: pool?.name ?? '', strategy: (pool?.strategy ?? 'ROUND_ROBIN') as PoolStrategy },
    submit: (values): Promise<Outcome> => {
      const input = { name: values.name, strategy: values.strategy };
      return pool ? update({ id: pool.id, input }) : create({ input });
    },
    success: (_data, values) => (pool ? `Saved pool “${values.name}”.` : `Added pool “${values.name}”.`),
    onSuccess: onSaved,
  });
  const { form } = kit;
  return (
    <MutationForm kit={kit} label={pool ? `Edit pool ${pool.name}` : 'New pool'} submitLabel={pool ? 'Save pool' : 'Add pool'}>
      <TextInput label="Pool name" data-autofocus {...form.getInputProps('name')} />
      <Select label="Strategy" data={options(POOL_STRATEGY)} allowDeselect={false} {...form.getInputProps('strategy')} />
    </MutationForm>
  );
}
