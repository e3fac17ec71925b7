import { Alert, Badge, Button, Group, Select, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useState } from 'react';
import { useMutation, useQuery } from 'urql';
import { generalError } from '../../components/errors';
import { formatNumber } from '../../components/format';
import { toast } from '../../components/toast';
import { options, RESULT_COLOR, RESULT_STATUS } from '../../components/words';
import { graphql } from '../../gql';
import type { CampaignResultStatus } from '../../gql/graphql';

const CampaignResults_Page = graphql(`
  query CampaignResults_Page($id: ID!, $after: String, $status: CampaignResultStatus, $search: String) {
    campaign(id: $id) {
      id
      results(first: 50, after: $after, status: $status, search: $search) {
        edges { node { position domain status records httpStatus matchedKeywords error } }
        pageInfo { hasNextPage endCursor }
      }
    }
  }
`);

const CampaignResults_ExportLink = graphql(`
  mutation CampaignResults_ExportLink($campaignId: ID!) {
    createResultsExportLink(campaignId: $campaignId) { url }
  }
`);

/** Why a name does not resolve, in words: the resolver's code (ENOTFOUND) means nothing to most people. */
function notResolvedWhy(error: string | null | undefined): string | null | undefined {
  if (error === 'ENOTFOUND') return 'No such name';
  if (error === 'ENODATA') return 'The name has no address';
  return error;
}

/** The campaign's results, filtered and searched by the server, a page at a time. */
export function CampaignResults({ campaignId }: { campaignId: string }) {
  const [pages, setPages] = useState<Array<string | null>>([null]);
  const [status, setStatus] = useState<CampaignResultStatus | null>(null);
  const [searchText, setSearchText] = useState('');
  const [search] = useDebouncedValue(searchText.trim(), 250);
  const after = pages.at(-1) ?? null;
  const [{ data, error }] = useQuery({ query: CampaignResults_Page, variables: { id: campaignId, after, status, search: search || null } });
  const results = data?.campaign?.results;
  return (
    <Stack>
      <Group justify="space-between" align="end">
        <Title order={4}>Results</Title>
        <ExportButton campaignId={campaignId} filter={{ status, search }} />
      </Group>
      <Group align="end">
        <Select
          label="Status"
          placeholder="Any status"
          clearable
          data={options(RESULT_STATUS)}
          value={status}
          onChange={(value) => {
            setStatus(value as CampaignResultStatus | null);
            setPages([null]);
          }}
        />
        <TextInput
          label="Domain contains"
          placeholder="e.g. shop"
          value={searchText}
          onChange={(event) => {
            setSearchText(event.currentTarget.value);
            setPages([null]);
          }}
        />
      </Group>
      {error && <Alert color="red" role="alert">{error.graphQLErrors[0]?.message ?? error.message}</Alert>}
      {results?.edges.length === 0 && <Text c="dimmed" data-testid="no-results">{status || search ? 'No results match.' : 'No results yet.'}</Text>}
      <Table striped data-testid="results">
        <Table.Thead>
          <Table.Tr><Table.Th>#</Table.Th><Table.Th>Domain</Table.Th><Table.Th>Status</Table.Th><Table.Th>Details</Table.Th></Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {results?.edges.map(({ node }) => (
            <Table.Tr key={node.position}>
              <Table.Td>{formatNumber(node.position + 1)}</Table.Td>
              <Table.Td>{node.domain}</Table.Td>
              <Table.Td>
                <Badge variant="dot" tt="none" color={RESULT_COLOR[node.status]} data-status={node.status}>{RESULT_STATUS[node.status]}</Badge>
              </Table.Td>
              <Table.Td>{node.records?.join(', ') ?? node.matchedKeywords?.join(', ') ?? (node.status === 'UNRESOLVED' ? notResolvedWhy(node.error) : node.error) ?? (node.httpStatus ? `HTTP ${node.httpStatus}` : '')}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
      <Group>
        <Button variant="default" disabled={pages.length === 1} onClick={() => setPages(pages.slice(0, -1))}>Previous</Button>
        <Button variant="default" disabled={!results?.pageInfo.hasNextPage} onClick={() => setPages([...pages, results?.pageInfo.endCursor ?? null])}>
          Next
        </Button>
      </Group>
    </Stack>
  );
}

/**
 * Downloads every result as CSV: the server streams it a page at a time, and the browser saves it as
 * it arrives. A download cannot carry the session's bearer token, so it goes through a single-use
 * link made for this session.
 */
function ExportButton({ campaignId, filter }: { campaignId: string; filter: { status: CampaignResultStatus | null; search: string } }) {
  const [{ fetching, error }, createLink] = useMutation(CampaignResults_ExportLink);
  const filtered = filter.status !== null || filter.search !== '';
  async function download() {
    const { data } = await createLink({ campaignId });
    if (!data) return;
    // The file holds what the list shows: the same status and search, applied by the server.
    const url = new URL(data.createResultsExportLink.url, window.location.origin);
    if (filter.status) url.searchParams.set('status', filter.status);
    if (filter.search) url.searchParams.set('search', filter.search);
    const link = document.createElement('a');
    link.href = url.pathname + url.search; // its Content-Disposition names the file
    link.click();
    toast(filtered ? 'Export started: the results that match the filter download as CSV.' : 'Export started: every result downloads as CSV.');
  }
  const problem = generalError(error);
  return (
    <Group gap="xs">
      {problem && <Text size="sm" c="red.8" role="alert">{problem}</Text>}
      <Button variant="light" loading={fetching} onClick={() => void download()}>{filtered ? 'Export filtered CSV' : 'Export CSV'}</Button>
    </Group>
  );
}
