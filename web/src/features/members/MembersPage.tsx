import { Alert, Badge, Button, Card, Code, CopyButton, Group, Select, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useState } from 'react';
import { useMutation, useQuery, type CombinedError } from 'urql';
import { fieldErrors, generalError } from '../../components/errors';
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

const ROLES: Array<{ value: Role; label: string }> = [
  { value: 'ADMIN', label: 'ADMIN: everything, members and settings' },
  { value: 'MEMBER', label: 'MEMBER: runs the console' },
  { value: 'VIEWER', label: 'VIEWER: reads the console' },
];

const day = (at: string) => new Date(at).toLocaleDateString();
const when = (at: string) => new Date(at).toLocaleString();

/** The workspace's people. Everyone sees who is in it; an ADMIN also invites, changes roles and removes. */
export function MembersPage() {
  const [{ data: me }] = useQuery({ query: MembersPage_Me });
  const [{ data }] = useQuery({ query: MembersPage_List });
  const isAdmin = me?.me?.role === 'ADMIN';
  const members = data?.members.edges.map((edge) => edge.node) ?? [];
  return (
    <Stack>
      <Title order={2}>Members</Title>
      <Text size="sm" c="dimmed">
        ADMINs manage members and settings, MEMBERs run the console, VIEWERs read it. Everyone keeps their own chats and posts.
      </Text>
      {isAdmin && <Invitations />}
      <Table striped data-testid="members">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>Name</Table.Th><Table.Th>Email</Table.Th><Table.Th>Role</Table.Th><Table.Th>Joined</Table.Th>
            {isAdmin && <Table.Th>Actions</Table.Th>}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {members.map((member) => (
            <Table.Tr key={member.id}>
              <Table.Td>{member.displayName}</Table.Td>
              <Table.Td>{member.email ?? '—'}</Table.Td>
              <Table.Td>{isAdmin ? <RoleSelect member={member} /> : <Badge variant="light">{member.role}</Badge>}</Table.Td>
              <Table.Td>{day(member.createdAt)}</Table.Td>
              {isAdmin && <Table.Td><RemoveButton member={member} self={member.id === me?.me?.id} /></Table.Td>}
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Stack>
  );
}

/** ADMINs only: the invitation form, the link of the one just made (shown once), and those still pending. */
function Invitations() {
  const [{ data }] = useQuery({ query: MembersPage_Invitations });
  const [created, setCreated] = useState<{ email: string; link: string } | undefined>();
  const pending = (data?.invitations ?? []).filter((invitation) => !invitation.acceptedAt && !invitation.revokedAt);
  return (
    <>
      {created && <NewInvitation {...created} onDone={() => setCreated(undefined)} />}
      <Card withBorder>
        <Title order={3} size="h4" mb="sm">Invite someone</Title>
        <InviteForm onCreated={setCreated} />
      </Card>
      <Card withBorder>
        <Title order={3} size="h4" mb="sm">Pending invitations</Title>
        {pending.length === 0 ? (
          <Text size="sm" c="dimmed">None pending.</Text>
        ) : (
          <Table data-testid="invitations">
            <Table.Thead>
              <Table.Tr><Table.Th>Email</Table.Th><Table.Th>Role</Table.Th><Table.Th>Expires</Table.Th><Table.Th /></Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {pending.map((invitation) => (
                <Table.Tr key={invitation.id}>
                  <Table.Td>{invitation.email}</Table.Td>
                  <Table.Td><Badge variant="light">{invitation.role}</Badge></Table.Td>
                  <Table.Td>{when(invitation.expiresAt)}</Table.Td>
                  <Table.Td><WithdrawButton invitation={invitation} /></Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        )}
      </Card>
    </>
  );
}

function InviteForm({ onCreated }: { onCreated: (created: { email: string; link: string }) => void }) {
  const [, invite] = useMutation(MembersPage_Invite);
  const online = useOnline();
  const [error, setError] = useState<CombinedError | undefined>();
  const form = useForm({ initialValues: { email: '', role: 'MEMBER' as Role } });
  async function submit(values: typeof form.values) {
    const result = await invite({ input: { email: values.email, role: values.role } });
    setError(result.error);
    form.setErrors(fieldErrors(result.error));
    if (result.error || !result.data) return;
    const link = `${window.location.origin}/sign-up?invitation=${encodeURIComponent(result.data.createInvitation.token)}`;
    onCreated({ email: result.data.createInvitation.invitation.email, link });
    form.reset();
  }
  return (
    <form onSubmit={form.onSubmit(submit)} aria-label="Invite someone">
      <Stack>
        {generalError(error) && <Alert color="red" role="alert">{generalError(error)}</Alert>}
        <Group grow align="flex-start">
          <TextInput label="Email" type="email" required description="The invitation works for this address only" {...form.getInputProps('email')} />
          <Select label="Role" data={ROLES} allowDeselect={false} {...form.getInputProps('role')} />
        </Group>
        <Group><Button type="submit" disabled={!online}>Invite</Button></Group>
      </Stack>
    </form>
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
  const [state, withdraw] = useMutation(MembersPage_Withdraw);
  const online = useOnline();
  return (
    <Group gap={4} wrap="nowrap">
      {generalError(state.error) && <Text c="red" size="xs" role="alert">{generalError(state.error)}</Text>}
      <Button
        size="xs"
        variant="subtle"
        color="red"
        aria-label={`Withdraw the invitation for ${invitation.email}`}
        disabled={!online}
        loading={state.fetching}
        onClick={() => void withdraw({ id: invitation.id })}
      >
        Withdraw
      </Button>
    </Group>
  );
}

function RoleSelect({ member }: { member: MembersPage_MemberFragment }) {
  const [state, setRole] = useMutation(MembersPage_SetRole);
  const online = useOnline();
  return (
    <Stack gap={2}>
      <Select
        aria-label={`Role of ${member.displayName}`}
        data={ROLES.map(({ value }) => value)}
        value={member.role}
        allowDeselect={false}
        disabled={!online || state.fetching}
        onChange={(role) => {
          if (role && role !== member.role) void setRole({ userId: member.id, role: role as Role });
        }}
        w={130}
      />
      {generalError(state.error) && <Text c="red" size="xs" role="alert">{generalError(state.error)}</Text>}
    </Stack>
  );
}

function RemoveButton({ member, self }: { member: MembersPage_MemberFragment; self: boolean }) {
  const [, remove] = useMutation(MembersPage_Remove);
  const [confirming, setConfirming] = useState(false);
  const [error, setError] = useState<string | undefined>();
  const online = useOnline();
  if (!confirming) {
    return (
      <Group gap={4} wrap="nowrap">
        {error && <Text c="red" size="xs" role="alert">{error}</Text>}
        <Button size="xs" variant="subtle" color="red" aria-label={`Remove ${member.displayName}`} disabled={!online} onClick={() => setConfirming(true)}>
          Remove
        </Button>
      </Group>
    );
  }
  return (
    <Group gap={4} wrap="nowrap">
      <Text size="xs">{self ? 'Remove yourself? You will be signed out.' : `Sign ${member.displayName} out everywhere and end their API keys?`}</Text>
      <Button size="xs" variant="default" onClick={() => setConfirming(false)}>Keep</Button>
      <Button
        size="xs"
        color="red"
        aria-label={`Confirm removing ${member.displayName}`}
        onClick={async () => {
          const result = await remove({ userId: member.id });
          setError(generalError(result.error));
          setConfirming(false);
        }}
      >
        Remove now
      </Button>
    </Group>
  );
}
