import { Alert, Button, Card, Group, NumberInput, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useEffect, useState } from 'react';
import { useMutation, useQuery, type CombinedError } from 'urql';
import { fieldErrors, generalError } from '../../components/errors';
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

export function SettingsPage() {
  const [{ data }] = useQuery({ query: SettingsPage_Data });
  const [, update] = useMutation(SettingsPage_Update);
  const [error, setError] = useState<CombinedError | undefined>();
  const [saved, setSaved] = useState(false);
  const form = useForm({ initialValues: { workerConcurrency: 0, proxyHealthCheckIntervalSeconds: 0, progressPushPerSecond: 0, changeRetentionHours: 0 } });
  const settings = data?.settings;
  // Someone else's change arrives on the stream and refills the form.
  useEffect(() => {
    if (settings) {
      form.setValues({ ...settings });
      form.resetDirty({ ...form.values, ...settings });
    }
  }, [settings?.version]);
  const isAdmin = data?.me?.role === 'ADMIN';

  async function submit(values: typeof form.values) {
    // Only the settings themselves: the form also holds the id and version the query returned.
    const { workerConcurrency, proxyHealthCheckIntervalSeconds, progressPushPerSecond, changeRetentionHours } = values;
    const result = await update({ input: { workerConcurrency, proxyHealthCheckIntervalSeconds, progressPushPerSecond, changeRetentionHours } });
    setError(result.error);
    form.setErrors(fieldErrors(result.error));
    setSaved(!result.error);
  }

  return (
    <Stack>
      <Title order={2}>Settings</Title>
      {!isAdmin && <Alert color="blue">Only an admin can change settings.</Alert>}
      <Card withBorder>
        <form onSubmit={form.onSubmit(submit)} aria-label="Settings">
          <Stack>
            {generalError(error) && <Alert color="red" role="alert">{generalError(error)}</Alert>}
            <SimpleGrid cols={{ base: 1, md: 2 }}>
              <NumberInput label="Campaigns running at once" disabled={!isAdmin} {...form.getInputProps('workerConcurrency')} />
              <NumberInput label="Proxy health check interval (s)" disabled={!isAdmin} {...form.getInputProps('proxyHealthCheckIntervalSeconds')} />
              <NumberInput label="Progress updates per second" disabled={!isAdmin} {...form.getInputProps('progressPushPerSecond')} />
              <NumberInput label="Change retention (hours)" disabled={!isAdmin} {...form.getInputProps('changeRetentionHours')} />
            </SimpleGrid>
            <Group>
              <Button type="submit" disabled={!isAdmin}>Save</Button>
              {saved && !form.isDirty() && <Text role="status" c="teal">Settings saved</Text>}
            </Group>
          </Stack>
        </form>
      </Card>
    </Stack>
  );
}
