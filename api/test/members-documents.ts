import { randomUUID } from 'node:crypto';
import { graphql } from './gql/index.js';
import { dataOf, request, TestUser, type TestServer } from './harness.js';

/** Documents and helpers for who may join and what a role may do (members.test.ts and others). */

export const SignUpWith = graphql(`
  mutation Members_SignUp($input: SignUpInput!) {
    signUp(input: $input) {
      token
      user {
        id
        role
      }
    }
  }
`);

export const CreateInvitation = graphql(`
  mutation Members_CreateInvitation($input: CreateInvitationInput!) {
    createInvitation(input: $input) {
      token
      invitation {
        id
        email
        role
        expiresAt
      }
    }
  }
`);

export const RevokeInvitation = graphql(`
  mutation Members_RevokeInvitation($id: ID!) {
    revokeInvitation(id: $id) {
      id
      revokedAt
    }
  }
`);

export const Invitations = graphql(`
  query Members_Invitations {
    invitations {
      id
      email
      role
    }
  }
`);

export const SetMemberRole = graphql(`
  mutation Members_SetRole($userId: ID!, $role: Role!) {
    setMemberRole(userId: $userId, role: $role) {
      id
      role
    }
  }
`);

export const RemoveMember = graphql(`
  mutation Members_Remove($userId: ID!) {
    removeMember(userId: $userId)
  }
`);

export const Members = graphql(`
  query Members_List {
    members(first: 100) {
      edges {
        node {
          id
          email
          role
          removedAt
        }
      }
    }
  }
`);

export const PASSWORD = 'correct horse battery';
export const newEmail = () => `${randomUUID()}@test.pulsegraph.dev`;

/** An ADMIN invites `email` as `role`; the invitee signs up with the token and is signed in. */
export async function invite(server: TestServer, admin: TestUser, role: 'ADMIN' | 'MEMBER' | 'VIEWER', displayName: string = role): Promise<TestUser> {
  const email = newEmail();
  const { createInvitation } = await admin.gql(CreateInvitation, { input: { email, role } });
  const { signUp } = dataOf(await request(server, SignUpWith, { input: { email, password: PASSWORD, displayName, invitation: createInvitation.token } }));
  return new TestUser(server, signUp.user.id, signUp.token, email);
}

export const CreateWriteKey = graphql(`
  mutation Members_CreateKey($input: CreateApiKeyInput!) {
    createApiKey(input: $input) {
      secret
    }
  }
`);
