import { Alert, Badge, Button, Code, CopyButton, Group, Select, Stack, Text, TextInput, Title } from '@mantine/core';
import { useState } from 'react';
import { useMutation, useQuery } from 'urql';
import { EmptyState } from '../../components/EmptyState';
import { generalError } from '../../components/errors';
import { MutationForm, useMutationForm } from '../../components/form';
import { dateTime } from '../../components/format';
import { ListTable } from '../../components/ListTable';
import { PageHeader } from '../../components/PageHeader';
import { CreateButton, DeleteButton } from '../../components/RowActions';
import { toast } from '../../components/toast';
import { When } from '../../components/When';
import { ROLE, ROLE_HINT } from '../../components/words';
import { graphql } from '../../gql';
import type { MembersPage_InvitationFragment, MembersPage_MemberFragment, Role } from '../../gql/graphql';
import { useOnline } from '../../urql/status';
import { MembersPage_Invitations, MembersPage_List } from './documents';

const MembersPage_Me = graphql(`
  query MembersPage_Me {
    me { id role }
  }
`);

const MembersPage_Invite = graphql(`
  mutation MembersPage_Invite($input: CreateInvitationInput!) {
    createInvitation(input: $input) {
      token
      invitation { ...MembersPage_Invitation }
    }
  }
`);

const MembersPage_Withdraw = graphql(`
  mutation MembersPage_Withdraw($id: ID!) {
    revokeInvitation(id: $id) { ...MembersPage_Invitation }
  }
`);

const MembersPage_SetRole = graphql(`
  mutation MembersPage_SetRole($userId: ID!, $role: Role!) {
    setMemberRole(userId: $userId, role: $role) { ...MembersPage_Member }
  }
`);

const MembersPage_Remove = graphql(`
  mutation MembersPage_Remove($userId: ID!) {
    removeMember(userId: $userId)
  }
`);

const ROLES = (Object.keys(ROLE) as Role[]).map((value) => ({ value, label: `${ROLE[value]}: ${ROLE_HINT[value]}` }));

const INVITE = 'Invite someone';

/** The workspace's people. Everyone sees who is in it; an ADMIN also invites, changes roles and removes. */
export function MembersPage() {
  const [{ data: me }] = useQuery({ query: MembersPage_Me });
  // cache-and-network: a preloaded answer shows at once, and the live query opens either way.
  const [{ data }] = useQuery({ query: MembersPage_List, requestPolicy: 'cache-and-network' });
  const [created, setCreated] = useState<{ email: string; link: string } | undefined>();
  const isAdmin = me?.me?.role === 'ADMIN';
  const invite = isAdmin ? (
    <CreateButton label={INVITE} urlKey="invitation">
      {(close) => (
        <InviteForm
          onCreated={(invitation) => {
            close();
            setCreated(invitation);
          }}
        />
      )}
    </CreateButton>
  ) : undefined;
  return (
    <Stack>
      <PageHeader
        title="Members"
        description="Admins manage members and settings, members run the console, viewers read it. Everyone keeps their own chats and posts."
        action={invite}
      />
      {created && <NewInvitation {...created} onDone={() => setCreated(undefined)} />}
      <ListTable
        testId="members"
        label="Members"
        items={data?.members.edges.map((edge) => edge.node)}
        columns={[
          { header: 'Name', cell: (member) => member.displayName },
          { header: 'Email', cell: (member) => member.email ?? '—' },
          { header: 'Role', cell: (member) => (isAdmin ? <RoleSelect member={member} /> : <Badge variant="light" tt="none">{ROLE[member.role]}</Badge>) },
          { header: 'Joined', cell: (member) => <When at={member.createdAt} /> },
        ]}
        actions={isAdmin ? (member) => <RemoveButton member={member} self={member.id === me?.me?.id} /> : undefined}
        empty={<EmptyState title="Nobody here yet" action={invite}>Invite the people you work with: each invitation link works once, for one email address.</EmptyState>}
      />
      {isAdmin && <Invitations />}
    </Stack>
  );
}

/** ADMINs only: invitations not yet used. */
function Invitations() {
  const [{ data }] = useQuery({ query: MembersPage_Invitations, requestPolicy: 'cache-and-network' });
  const pending = data ? data.invitations.filter((invitation) => !invitation.acceptedAt && !invitation.revokedAt) : undefined;
  return (
    <Stack gap="xs">
      <Title order={3} size="h4">Pending invitations</Title>
      <ListTable
        testId="invitations"
        label="Pending invitations"
        items={pending}
        columns={[
          { header: 'Email', cell: (invitation) => invitation.email },
          { header: 'Role', cell: (invitation) => <Badge variant="light" tt="none">{ROLE[invitation.role]}</Badge> },
          { header: 'Expires', cell: (invitation) => <time dateTime={invitation.expiresAt}>{dateTime(invitation.expiresAt)}</time> },
        ]}
        actions={(invitation) => <WithdrawButton invitation={invitation} />}
        empty={<Text size="sm" c="dimmed" data-testid="invitations-empty">None pending. An invitation you make waits here until it is used, withdrawn or expires.</Text>}
      />
    </Stack>
  );
}

function InviteForm({ onCreated }: { onCreated: (created: { email: string; link: string }) => void }) {
  const [, invite] = useMutation(MembersPage_Invite);
  const kit = useMutationForm({
    initialValues: { email: '', role: 'MEMBER' as Role },
    submit: (values) => invite({ input: { email: values.email, role: values.role } }),
    success: (_data, values) => `Invitation for ${values.email} created.`,
    onSuccess: (data) => {
      const link = `${window.location.origin}/sign-up?invitation=${encodeURIComponent(data.createInvitation.token)}`;
      onCreated({ email: data.createInvitation.invitation.email, link });
    },
  });
  return (
    <MutationForm kit={kit} label={INVITE} submitLabel="Invite">
      <TextInput label="Email" type="email" required data-autofocus description="The invitation works for this address only" {...kit.form.getInputProps('email')} />
      <Select label="Role" data={ROLES} allowDeselect={false} {...kit.form.getInputProps('role')} />
    </MutationForm>
  );
}

/** The link, once: only the token's hash is kept, so this is the only time anyone can copy it. */
function NewInvitation({ email, link, onDone }: { email: string; link: string; onDone: () => void }) {
  return (
    <Alert color="blue" title={`Invitation for ${email} created`} role="status">
      <Stack gap="xs">
        <Text size="sm">Send this link to {email}: it is shown only this once, works once, and expires in 7 days.</Text>
        <Group gap="xs" wrap="nowrap">
          <Code data-testid="invitation-link" style={{ wordBreak: 'break-all' }}>{link}</Code>
          <CopyButton value={link}>
            {({ copied, copy }) => (
              <Button size="xs" variant={copied ? 'filled' : 'light'} onClick={copy}>{copied ? 'Copied' : 'Copy link'}</Button>
            )}
          </CopyButton>
        </Group>
        <Group justify="flex-end"><Button size="xs" variant="default" onClick={onDone}>Done</Button></Group>
      </Stack>
    </Alert>
  );
}

function WithdrawButton({ invitation }: { invitation: MembersPage_InvitationFragment }) {
  const [, withdraw] = useMutation(MembersPage_Withdraw);
  return (
    <DeleteButton
      text="Withdraw"
      label={`Withdraw the invitation for ${invitation.email}`}
      what={`the invitation for ${invitation.email}`}
      done={`Withdrew the invitation for ${invitation.email}.`}
      onDelete={() => withdraw({ id: invitation.id })}
    />
  );
}

function RoleSelect({ member }: { member: MembersPage_MemberFragment }) {
  const [state, setRole] = useMutation(MembersPage_SetRole);
  const online = useOnline();
  return (
    <Stack gap={2}>
      <Select
        aria-label={`Role of ${member.displayName}`}
        data={ROLES.map(({ value }) => ({ value, label: ROLE[value] }))}
        value={member.role}
        allowDeselect={false}
        disabled={!online || state.fetching}
        onChange={async (role) => {
          if (!role || role === member.role) return;
          const result = await setRole({ userId: member.id, role: role as Role });
          if (!result.error) toast(`${member.displayName}’s role is now ${ROLE[role as Role]}.`);
        }}
        w={130}
      />
      {generalError(state.error) && <Text c="red" size="xs" role="alert">{generalError(state.error)}</Text>}
    </Stack>
  );
}

function RemoveButton({ member, self }: { member: MembersPage_MemberFragment; self: boolean }) {
  const [, remove] = useMutation(MembersPage_Remove);
  return (
    <DeleteButton
      text="Remove"
      label={`Remove ${member.displayName}`}
      what={member.displayName}
      question={self ? 'Remove yourself? You will be signed out.' : `Remove ${member.displayName}? They are signed out everywhere and their API keys end.`}
      done={`Removed ${member.displayName}.`}
      onDelete={() => remove({ userId: member.id })}
    />
  );
}
