import { list, type Lists } from '../../urql/lists';
import { MembersPage_Invitations, MembersPage_List } from './documents';

export const memberLists: Lists = {
  // A member who returns (invited again after removal) keeps their first join date.
  User: [list(MembersPage_List, 'members', { shows: (user) => !user.removedAt, order: (a, b) => String(b.createdAt ?? '').localeCompare(String(a.createdAt ?? '')) })],
  Invitation: [list(MembersPage_Invitations, 'invitations', { shows: (invitation) => !invitation.acceptedAt && !invitation.revokedAt })],
};
