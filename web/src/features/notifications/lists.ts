import { list, type Lists } from '../../urql/lists';
import { NotificationsPage_List } from './NotificationsPage';

export const notificationLists: Lists = {
  Notification: [list(NotificationsPage_List, 'notifications', { limit: 50 })],
};
