/** Where the app shows an entity that a notification or an activity entry points at. */
export function entityPath(entityType: string | null | undefined, entityId: string | null | undefined): string | undefined {
  switch (entityType) {
    case 'Campaign':
      return entityId ? `/campaigns/${entityId}` : '/campaigns';
    case 'Chat':
      return entityId ? `/chats/${entityId}` : '/chats';
    case 'Connection':
      return '/connections';
    case 'Post':
    case 'Comment':
      return '/feed';
    case 'Persona':
      return '/personas';
    case 'KeywordSet':
      return '/keyword-sets';
    case 'Proxy':
    case 'ProxyPool':
      return '/proxies';
    case 'Settings':
      return '/settings';
    default:
      return undefined;
  }
}

export { dateTime } from './format';
