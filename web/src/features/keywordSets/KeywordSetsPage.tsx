import { Badge, Group, Stack, Switch, TagsInput, TextInput } from '@mantine/core';
import { useMutation, useQuery } from 'urql';
import { EmptyState } from '../../components/EmptyState';
import { MutationForm, useMutationForm, type Outcome } from '../../components/form';
import { ListTable, NameCell } from '../../components/ListTable';
import { PageHeader } from '../../components/PageHeader';
import { CreateButton, EditDeleteButtons } from '../../components/RowActions';
import { RULE_KIND } from '../../components/words';
import { graphql } from '../../gql';
import type { KeywordRuleKind, KeywordSetsPage_ListQuery } from '../../gql/graphql';

export const KeywordSetsPage_KeywordSet = graphql(`
  fragment KeywordSetsPage_KeywordSet on KeywordSet {
    id name description enabled version rules { pattern kind caseSensitive }
  }
`);

export const KeywordSetsPage_List = graphql(`
  query KeywordSetsPage_List {
    keywordSets(first: 100) {
      edges { node { ...KeywordSetsPage_KeywordSet } }
    }
  }
`);

const KeywordSetsPage_Create = graphql(`
  mutation KeywordSetsPage_Create($input: CreateKeywordSetInput!) {
    createKeywordSet(input: $input) { id name }
  }
`);

const KeywordSetsPage_Update = graphql(`
  mutation KeywordSetsPage_Update($id: ID!, $input: UpdateKeywordSetInput!) {
    updateKeywordSet(id: $id, input: $input) { id name description enabled version rules { pattern kind caseSensitive } }
  }
`);

const KeywordSetsPage_Delete = graphql(`
  mutation KeywordSetsPage_Delete($id: ID!) {
    deleteKeywordSet(id: $id)
  }
`);

type KeywordSet = KeywordSetsPage_ListQuery['keywordSets']['edges'][number]['node'];

const NEW = 'New keyword set';

export function KeywordSetsPage() {
  const [{ data }] = useQuery({ query: KeywordSetsPage_List });
  const [, deleteKeywordSet] = useMutation(KeywordSetsPage_Delete);
  const sets = data?.keywordSets.edges.map((edge) => edge.node);
  // One "New keyword set" on screen: in the header, or in the empty list's invitation.
  const create = (
    <CreateButton label={NEW} urlKey="keyword-set">
      {(close) => <KeywordSetForm onSaved={close} />}
    </CreateButton>
  );
  return (
    <Stack>
      <PageHeader title="Keyword sets" description="What a keyword search looks for on each page it fetches: phrases, and regular expressions for the rest." action={sets?.length ? create : undefined} />
      <ListTable
        testId="keyword-sets"
        label="Keyword sets"
        items={sets}
        columns={[
          { header: 'Name', cell: (set) => <NameCell name={set.name} off={!set.enabled && 'Disabled'} note={set.description} /> },
          {
            header: 'Rules',
            cell: (set) => (
              <Group gap={4}>
                {set.rules.map((rule) => (
                  // As written: a chip must not change what a pattern says (no upper-casing).
                  <Badge key={`${rule.kind}:${rule.pattern}`} variant={rule.kind === 'REGEX' ? 'outline' : 'light'} tt="none" title={RULE_KIND[rule.kind]}>
                    {rule.pattern}
                  </Badge>
                ))}
              </Group>
            ),
          },
        ]}
        actions={(set) => (
          <EditDeleteButtons name={set.name} noun="keyword set" form={(close) => <KeywordSetForm keywordSet={set} onSaved={close} />} onDelete={() => deleteKeywordSet({ id: set.id })} />
        )}
        empty={
          <EmptyState title="No keyword sets yet" action={create} testId="keyword-sets-empty">
            A keyword search reads each page for the phrases and patterns of a set, say “add to cart” or a price. Make one for each thing you look for.
          </EmptyState>
        }
      />
    </Stack>
  );
}

function KeywordSetForm({ keywordSet, onSaved }: { keywordSet?: KeywordSet; onSaved: () => void }) {
  const [, create] = useMutation(KeywordSetsPage_Create);
  const [, update] = useMutation(KeywordSetsPage_Update);
  const patterns = (kind: KeywordRuleKind) => keywordSet?.rules.filter((rule) => rule.kind === kind).map((rule) => rule.pattern) ?? [];
  const kit = useMutationForm({
    initialValues: {
      name: keywordSet?.name ?? '',
      description: keywordSet?.description ?? '',
      enabled: keywordSet?.enabled ?? true,
      strings: patterns('STRING'),
      regexes: patterns('REGEX'),
    },
    submit: (values): Promise<Outcome> => {
      const rules = [
        ...values.strings.map((pattern) => ({ pattern, kind: 'STRING' as const })),
        ...values.regexes.map((pattern) => ({ pattern, kind: 'REGEX' as const })),
      ];
      const input = { name: values.name, description: values.description, rules };
      return keywordSet ? update({ id: keywordSet.id, input: { ...input, enabled: values.enabled } }) : create({ input });
    },
    // A rule's error names its place in `rules` (phrases first, then expressions): show it under its own box.
    fields: (errors, values) => {
      const ruleError = Object.entries(errors).find(([key]) => key.startsWith('rules'));
      if (!ruleError) return {};
      const index = /^rules\[(\d+)\]/.exec(ruleError[0])?.[1];
      if (index === undefined) return { strings: ruleError[1] };
      return { [Number(index) < values.strings.length ? 'strings' : 'regexes']: ruleError[1] };
    },
    success: (_data, values) => (keywordSet ? `Saved keyword set “${values.name}”.` : `Created keyword set “${values.name}”.`),
    onSuccess: onSaved,
  });
  const { form } = kit;
  return (
    <MutationForm kit={kit} label={keywordSet ? `Edit keyword set ${keywordSet.name}` : NEW} submitLabel={keywordSet ? 'Save keyword set' : 'Create keyword set'}>
      <Group grow align="flex-start">
        <TextInput label="Name" data-autofocus {...form.getInputProps('name')} />
        <TextInput label="Description" {...form.getInputProps('description')} />
      </Group>
      <TagsInput label="Phrases (press Enter after each)" description="Found when the page contains them, in any case" {...form.getInputProps('strings')} />
      <TagsInput label="Regular expressions" description={'JavaScript syntax, e.g. \\$\\d+ for a price'} {...form.getInputProps('regexes')} />
      {keywordSet && <Switch label="Enabled" {...form.getInputProps('enabled', { type: 'checkbox' })} />}
    </MutationForm>
  );
}
