import { Alert, Card, NumberInput, SimpleGrid, Stack } from '@mantine/core';
import { useEffect } from 'react';
import { useMutation, useQuery } from 'urql';
import { MutationForm, useMutationForm } from '../../components/form';
import { PageHeader } from '../../components/PageHeader';
import { graphql } from '../../gql';

const SettingsPage_Data = graphql(`
  query SettingsPage_Data {
    settings { id workerConcurrency proxyHealthCheckIntervalSeconds progressPushPerSecond changeRetentionHours version }
    me { id role }
  }
`);

const SettingsPage_Update = graphql(`
  mutation SettingsPage_Update($input: UpdateSettingsInput!) {
    updateSettings(input: $input) { id workerConcurrency proxyHealthCheckIntervalSeconds progressPushPerSecond changeRetentionHours version }
  }
`);

type Values = { workerConcurrency: number; proxyHealthCheckIntervalSeconds: number; progressPushPerSecond: number; changeRetentionHours: number };

/** Only the settings themselves: the query also answers the id and version, which the input refuses. */
const settingsOf = ({ workerConcurrency, proxyHealthCheckIntervalSeconds, progressPushPerSecond, changeRetentionHours }: Values): Values => ({
  workerConcurrency,
  proxyHealthCheckIntervalSeconds,
  progressPushPerSecond,
  changeRetentionHours,
});

export function SettingsPage() {
  const [{ data }] = useQuery({ query: SettingsPage_Data });
  const [, update] = useMutation(SettingsPage_Update);
  const kit = useMutationForm({
    initialValues: { workerConcurrency: 0, proxyHealthCheckIntervalSeconds: 0, progressPushPerSecond: 0, changeRetentionHours: 0 } as Values,
    submit: (values) => update({ input: settingsOf(values) }),
    success: 'Settings saved.',
  });
  const { form } = kit;
  const settings = data?.settings;
  // Someone else's change arrives on the stream and refills the form.
  useEffect(() => {
    if (!settings) return;
    form.setValues(settingsOf(settings));
    form.resetDirty(settingsOf(settings));
  }, [settings?.version]);
  const isAdmin = data?.me?.role === 'ADMIN';

  return (
    <Stack>
      <PageHeader title="Settings" description="How the workspace runs: campaigns at once, proxy checks, how often progress is pushed, and how long the change log reaches back." />
      {data && !isAdmin && <Alert color="blue">Only an admin can change settings.</Alert>}
      <Card withBorder>
        <MutationForm kit={kit} label="Settings" submitLabel="Save" disabled={!isAdmin}>
          <SimpleGrid cols={{ base: 1, md: 2 }}>
            <NumberInput label="Campaigns running at once" disabled={!isAdmin} {...form.getInputProps('workerConcurrency')} />
            <NumberInput label="Proxy health check interval (s)" thousandSeparator="," disabled={!isAdmin} {...form.getInputProps('proxyHealthCheckIntervalSeconds')} />
            <NumberInput label="Progress updates per second" disabled={!isAdmin} {...form.getInputProps('progressPushPerSecond')} />
            <NumberInput label="Change retention (hours)" thousandSeparator="," disabled={!isAdmin} {...form.getInputProps('changeRetentionHours')} />
          </SimpleGrid>
        </MutationForm>
      </Card>
    </Stack>
  );
}
