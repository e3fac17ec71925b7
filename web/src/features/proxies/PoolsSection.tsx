import { Badge, CloseButton, Group, Select, Text, TextInput, Title } from '@mantine/core';
import { useMutation } from 'urql';
import { EmptyState } from '../../components/EmptyState';
import { MutationForm, useMutationForm, type Outcome } from '../../components/form';
import { ListTable } from '../../components/ListTable';
import { CreateButton, EditDeleteButtons } from '../../components/RowActions';
import { HEALTH_COLOR } from '../../components/statusColors';
import { options, POOL_STRATEGY } from '../../components/words';
import { graphql } from '../../gql';
import type { PoolStrategy, ProxiesPage_PoolFragment } from '../../gql/graphql';
import { useOnline } from '../../urql/status';

type Pool = ProxiesPage_PoolFragment;

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

const ProxiesPage_CreatePool = graphql(`
  mutation ProxiesPage_CreatePool($input: CreateProxyPoolInput!) {
    createProxyPool(input: $input) { id }
  }
`);

/**
 * The pools, under the proxies: each with its strategy and its proxies (a proxy leaves a pool here
 * or in its own row, through `takeOut`, so both report alike).
 */
export function PoolsSection({ pools, takeOut }: { pools: Pool[] | undefined; takeOut: (proxy: { id: string; name: string }, pool: Pool) => Promise<void> }) {
  const [, deletePool] = useMutation(ProxiesPage_DeletePool);
  const online = useOnline();
  const newPool = (
    <CreateButton label="New pool" urlKey="pool" size="md">
      {(close) => <PoolForm onSaved={close} />}
    </CreateButton>
  );
  return (
    <>
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
                        onClick={() => void takeOut(proxy, pool)}
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
    </>
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
