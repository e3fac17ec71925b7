import { Badge, Button, Card, Group, List, Text, ThemeIcon, Title } from '@mantine/core';
import { useState } from 'react';
import { Link, useNavigate } from 'react-router-dom';
import { useMutation, useQuery } from 'urql';
import { generalError } from '../../components/errors';
import { toast } from '../../components/toast';
import { graphql } from '../../gql';
import type { DashboardPage_DashboardFragment, FirstSteps_DataQuery } from '../../gql/graphql';
import { useOnline } from '../../urql/status';

/** The campaigns waiting in DRAFT (kept by the stream, urql/cache.ts), and whether this is the demo workspace. */
export const FirstSteps_Data = graphql(`
  query FirstSteps_Data {
    demoAccounts { email }
    drafts: campaigns(status: DRAFT, first: 20) {
      edges { node { ...CampaignsPage_Campaign source { id } } }
    }
  }
`);

const FirstSteps_Start = graphql(`
  mutation FirstSteps_Start($id: ID!) {
    startCampaign(id: $id) { id status version }
  }
`);

type Draft = FirstSteps_DataQuery['drafts']['edges'][number]['node'];

/**
 * The drafts that feed one another, in the order to start them: a campaign waits for its source, so
 * the last stage starts first and the generation last (then each runs as soon as its source is done).
 */
function chainOf(drafts: Draft[]): Draft[] {
  const ids = new Set(drafts.map((draft) => draft.id));
  const linked = drafts.filter((draft) => (draft.source && ids.has(draft.source.id)) || drafts.some((other) => other.source?.id === draft.id));
  const order: Draft[] = [];
  const left = new Set(linked);
  while (left.size > 0) {
    // Next: one no remaining draft takes as its source.
    const next = [...left].find((draft) => ![...left].some((other) => other.source?.id === draft.id)) ?? [...left][0]!;
    order.push(next);
    left.delete(next);
  }
  return order;
}

/**
 * What to do first, while nothing has run yet: on the demo workspace, start its chain; on an empty
 * one, the three things a first campaign needs, each a click away from its "New …" dialog (the
 * checklist Vercel and Linear open a new workspace with).
 */
export function FirstSteps({ dashboard }: { dashboard: DashboardPage_DashboardFragment }) {
  const [{ data }] = useQuery({ query: FirstSteps_Data });
  const nothingRan = dashboard.campaignsByStatus.every((row) => row.status === 'DRAFT' || row.count === 0);
  if (!data || !nothingRan) return null;
  const chain = chainOf(data.drafts.edges.map((edge) => edge.node));
  if (data.demoAccounts.length > 0 && chain.length >= 2) return <DemoChain chain={chain} />;
  const { personas, keywordSets, campaigns } = dashboard.totals;
  if (personas > 0 && keywordSets > 0 && campaigns > 0) return null;
  const steps = [
    { done: personas > 0, title: 'Create a persona', why: 'how campaigns look names up: the DNS resolvers to ask, or the browser to pass for', to: '/personas?new=persona' },
    { done: keywordSets > 0, title: 'Create a keyword set', why: 'the phrases and patterns a keyword search looks for on each page', to: '/keyword-sets?new=keyword-set' },
    { done: campaigns > 0, title: 'Create a campaign', why: 'start with a domain generation: it makes the names the other stages check', to: '/campaigns?new=campaign' },
  ];
  const next = steps.find((step) => !step.done);
  return (
    <Card withBorder data-testid="first-steps">
      <Title order={3} size="h4">Get started</Title>
      <Text size="sm" c="dimmed" mb="sm">Three steps to a first campaign; everything you make shows live, here and in every other open window.</Text>
      <List spacing="sm" center>
        {steps.map((step, index) => (
          <List.Item
            key={step.title}
            icon={
              <ThemeIcon size={24} radius="xl" color={step.done ? 'teal' : 'gray'} variant={step.done ? 'filled' : 'light'} aria-hidden>
                {step.done ? '✓' : index + 1}
              </ThemeIcon>
            }
          >
            <Group gap="xs">
              <Text size="sm" fw={600} td={step.done ? 'line-through' : undefined}>{step.title}</Text>
              {step.done && <Badge size="sm" variant="light" color="teal" tt="none">Done</Badge>}
            </Group>
            <Text size="sm" c="dimmed">{step.why}</Text>
          </List.Item>
        ))}
      </List>
      {next && (
        <Group mt="md">
          <Button component={Link} to={next.to}>{next.title}</Button>
        </Group>
      )}
    </Card>
  );
}

function DemoChain({ chain }: { chain: Draft[] }) {
  const [, start] = useMutation(FirstSteps_Start);
  const [starting, setStarting] = useState(false);
  const [problem, setProblem] = useState<string | undefined>();
  const online = useOnline();
  const navigate = useNavigate();
  const inOrder = [...chain].reverse(); // as the data flows: generation first
  async function startChain() {
    setStarting(true);
    for (const campaign of chain) {
      const result = await start({ id: campaign.id });
      if (result.error) {
        setProblem(generalError(result.error));
        setStarting(false);
        return;
      }
    }
    setStarting(false);
    toast(`Started the demo chain: ${chain.length} campaigns, each runs once its source is done.`);
    navigate('/campaigns');
  }
  return (
    <Card withBorder data-testid="first-steps">
      <Title order={3} size="h4">Your demo workspace is ready</Title>
      <Text size="sm" mb="xs">
        {chain.length} campaigns wait in a chain: {inOrder.map((campaign) => `“${campaign.name}”`).join(' → ')}. Start them and watch the names
        being made, resolved and searched, live; the demo answers from this machine, so it needs no internet.
      </Text>
      {problem && <Text size="sm" c="red.8" role="alert">{problem}</Text>}
      <Group mt="xs">
        <Button loading={starting} disabled={!online} onClick={() => void startChain()}>Start the demo chain</Button>
        <Button component={Link} to="/campaigns" variant="default">See the campaigns first</Button>
      </Group>
    </Card>
  );
}
