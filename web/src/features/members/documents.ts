import { graphql } from '../../gql';

// Apart from the page, so the cache and the change stream use them without loading the page.

/** What the members page shows of a person; the change stream carries the same (features/live). */
export const MembersPage_Member = graphql(`
  fragment MembersPage_Member on User {
    id displayName email role createdAt removedAt
  }
`);

export const MembersPage_List = graphql(`
  query MembersPage_List {
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

export const MembersPage_Invitations = graphql(`
  query MembersPage_Invitations {
    invitations { ...MembersPage_Invitation }
  }
`);
