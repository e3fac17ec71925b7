import type { User } from '../../gql/graphql';

/** A chat's title, or the names of the others in it. */
export function chatName(chat: { title?: string | null; members: ReadonlyArray<Pick<User, 'id' | 'displayName'>> }, meId: string | undefined): string {
  return chat.title ?? chat.members.filter((m) => m.id !== meId).map((m) => m.displayName).join(', ');
}
