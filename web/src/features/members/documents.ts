import { graphql } from '../../gql';

// Apart from the page, so the cache and the change stream use them without loading the page.

/** What the members page shows of a person; the change stream carries the same (features/live). */
export const MembersPage_Member = graphql(`
  fragment MembersPage_Member on User {
    id displayName email role createdAt removedAt
  }
`);

/** Kept current by the server (a live query): who belongs to the workspace now, newest first. */
export const MembersPage_List = graphql(`
  query MembersPage_List($after: String) @live(after: $after, patches: true) {
    members(first: 100) {
      edges { node { ...MembersPage_Member } }
    }
  }
`);

/** What the members page shows of a pending invitation; the stream carries the same to ADMINs. */
export const MembersPage_Invitation = graphql(`
  fragment MembersPage_Invitation on Invitation {
    id email role expiresAt acceptedAt revokedAt version
  }
`);

/** Kept current by the server (a live query): the invitations still pending. */
export const MembersPage_Invitations = graphql(`
  query MembersPage_Invitations($after: String) @live(after: $after, patches: true) {
    invitations { ...MembersPage_Invitation }
  }
`);
