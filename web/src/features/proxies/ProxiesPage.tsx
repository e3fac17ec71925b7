import { Alert, Badge, Box, Button, NativeSelect, Stack, Text } from '@mantine/core';
import { useMutation, useQuery } from 'urql';
import { HealthSparkline } from '../../components/charts';
import { EmptyState } from '../../components/EmptyState';
import { generalError } from '../../components/errors';
import { formatNumber } from '../../components/format';
import { ListTable, NameCell } from '../../components/ListTable';
import { PageHeader } from '../../components/PageHeader';
import { CreateButton, EditDeleteButtons } from '../../components/RowActions';
import { HEALTH_COLOR } from '../../components/statusColors';
import { toast } from '../../components/toast';
import { HEALTH } from '../../components/words';
import { graphql } from '../../gql';
import type { ProxiesPage_DataQuery } from '../../gql/graphql';
import { useOnline } from '../../urql/status';
import { PoolsSection } from './PoolsSection';
import { ProxyForm } from './ProxyForm';

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

const ProxiesPage_Delete = graphql(`
  mutation ProxiesPage_Delete($id: ID!) {
    deleteProxy(id: $id)
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

const ProxiesPage_AddToPool = graphql(`
  mutation ProxiesPage_AddToPool($poolId: ID!, $proxyId: ID!) {
    addProxyToPool(poolId: $poolId, proxyId: $proxyId) { id }
  }
`);

type Proxy = ProxiesPage_DataQuery['proxies']['edges'][number]['node'];

export function ProxiesPage() {
  const [{ data }] = useQuery({ query: ProxiesPage_Data });
  const [checkState, check] = useMutation(ProxiesPage_Check);
  const [addState, addToPool] = useMutation(ProxiesPage_AddToPool);
  const [removeState, removeFromPool] = useMutation(ProxiesPage_RemoveFromPool);
  const [, deleteProxy] = useMutation(ProxiesPage_Delete);
  const online = useOnline();
  const proxies = data?.proxies.edges.map(({ node }) => node);
  const pools = data?.proxyPools.edges.map(({ node }) => node);
  const problem = generalError(checkState.error ?? addState.error ?? removeState.error);
  const newProxy = (
    <CreateButton label="New proxy" urlKey="proxy">
      {(close) => <ProxyForm onSaved={close} />}
    </CreateButton>
  );
  const takeOut = async (proxy: { id: string; name: string }, pool: { id: string; name: string }) => {
    const result = await removeFromPool({ poolId: pool.id, proxyId: proxy.id });
    if (!result.error) toast(`Took “${proxy.name}” out of “${pool.name}”.`);
  };
  const moveToPool = async (proxy: Proxy, poolId: string) => {
    const pool = pools?.find((candidate) => candidate.id === poolId);
    if (pool) {
      const result = await addToPool({ poolId, proxyId: proxy.id });
      if (!result.error) toast(`“${proxy.name}” is now in “${pool.name}”.`);
    } else if (proxy.pool) await takeOut(proxy, proxy.pool);
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
      <PoolsSection pools={pools} takeOut={takeOut} />
    </Stack>
  );
}
