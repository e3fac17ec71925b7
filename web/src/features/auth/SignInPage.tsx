import { Alert, Button, Container, Group, Paper, PasswordInput, Tabs, Text, TextInput, Title } from '@mantine/core';
import { useLocation, useSearchParams } from 'react-router-dom';
import { Client, fetchExchange, Provider, useMutation, useQuery } from 'urql';
import { generalError } from '../../components/errors';
import { MutationForm, useMutationForm } from '../../components/form';
import { usePageTitle } from '../../components/PageHeader';
import { graphql } from '../../gql';

const SignInPage_SignIn = graphql(`
  mutation SignInPage_SignIn($input: SignInInput!) {
    signIn(input: $input) {
      token
    }
  }
`);

const SignInPage_SignUp = graphql(`
  mutation SignInPage_SignUp($input: SignUpInput!) {
    signUp(input: $input) {
      token
    }
  }
`);

const SignInPage_DemoAccounts = graphql(`
  query SignInPage_DemoAccounts {
    demoAccounts { email displayName password }
  }
`);

const anonymous = new Client({ url: '/graphql', exchanges: [fetchExchange] });

/**
 * Signing in, and signing up. An invitation link (`/sign-up?invitation=<token>`, from an ADMIN's
 * Members page) opens the sign-up form with the invitation in it.
 */
export function SignInPage({ onSignedIn }: { onSignedIn: (token: string) => void }) {
  const [params] = useSearchParams();
  const invitation = params.get('invitation') ?? undefined;
  const signingUp = useLocation().pathname === '/sign-up' || invitation !== undefined;
  usePageTitle(signingUp ? 'Sign up' : 'Sign in');
  return (
    <Provider value={anonymous}>
      <Container size={420} py={80}>
        <Title order={1} mb="lg">
          Pulsegraph
        </Title>
        <DemoAccounts onSignedIn={onSignedIn} />
        <Paper withBorder p="lg" radius="md">
          <Tabs defaultValue={signingUp ? 'signUp' : 'signIn'} keepMounted={false}>
            <Tabs.List grow mb="md">
              <Tabs.Tab value="signIn">Sign in</Tabs.Tab>
              <Tabs.Tab value="signUp">Sign up</Tabs.Tab>
            </Tabs.List>
            <Tabs.Panel value="signIn">
              <AuthForm kind="signIn" onSignedIn={onSignedIn} />
            </Tabs.Panel>
            <Tabs.Panel value="signUp">
              <AuthForm kind="signUp" onSignedIn={onSignedIn} invitation={invitation} />
            </Tabs.Panel>
          </Tabs>
        </Paper>
      </Container>
    </Provider>
  );
}

function AuthForm({ kind, onSignedIn, invitation }: { kind: 'signIn' | 'signUp'; onSignedIn: (token: string) => void; invitation?: string }) {
  const [, signIn] = useMutation(SignInPage_SignIn);
  const [, signUp] = useMutation(SignInPage_SignUp);
  const kit = useMutationForm({
    initialValues: { email: '', password: '', displayName: '' },
    submit: async (values) => {
      const result = kind === 'signIn' ? await signIn({ input: { email: values.email, password: values.password } }) : await signUp({ input: { ...values, invitation } });
      const data = result.data && ('signIn' in result.data ? result.data.signIn : result.data.signUp);
      return { data, error: result.error };
    },
    onSuccess: (data) => onSignedIn(data.token),
  });
  const { form } = kit;
  return (
    <MutationForm kit={kit} label={kind === 'signIn' ? 'Sign in' : 'Sign up'} submitLabel={kind === 'signIn' ? 'Sign in' : 'Create account'} offline fullWidth>
      {kind === 'signUp' && invitation && (
        <Alert color="blue" role="status" title="You are invited">
          Sign up with the email address the invitation was sent to.
        </Alert>
      )}
      <TextInput label="Email" type="email" autoComplete="email" required {...form.getInputProps('email')} />
      {kind === 'signUp' && <TextInput label="Display name" required {...form.getInputProps('displayName')} />}
      {/* Mantine marks a PasswordInput's error with data-invalid only: say it to assistive technology too. */}
      <PasswordInput
        label="Password"
        autoComplete={kind === 'signIn' ? 'current-password' : 'new-password'}
        required
        {...form.getInputProps('password')}
        aria-invalid={form.errors.password ? true : undefined}
      />
    </MutationForm>
  );
}

/** On a demo workspace: one click signs in as one of its accounts, so a first look needs no terminal. */
function DemoAccounts({ onSignedIn }: { onSignedIn: (token: string) => void }) {
  const [{ data }] = useQuery({ query: SignInPage_DemoAccounts });
  const [state, signIn] = useMutation(SignInPage_SignIn);
  const accounts = data?.demoAccounts ?? [];
  if (accounts.length === 0) return null;
  return (
    <Paper withBorder p="lg" radius="md" mb="md" component="section" aria-labelledby="demo-heading">
      <Title order={2} size="h4" id="demo-heading">Try the demo workspace</Title>
      <Text size="sm" mb="sm">
        Sign in as one of its people (password “{accounts[0]!.password}”), or open two browsers as both.
      </Text>
      {generalError(state.error) && <Alert color="red" role="alert" mb="sm">{generalError(state.error)}</Alert>}
      <Group>
        {accounts.map((account) => (
          <Button
            key={account.email}
            variant="light"
            loading={state.fetching}
            onClick={async () => {
              const result = await signIn({ input: { email: account.email, password: account.password } });
              if (result.data) onSignedIn(result.data.signIn.token);
            }}
          >
            Sign in as {account.displayName}
          </Button>
        ))}
      </Group>
    </Paper>
  );
}
