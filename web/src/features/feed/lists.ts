import { list, type Lists } from '../../urql/lists';
import { FeedPage_Feed } from './FeedPage';

export const feedLists: Lists = {
  Post: [list(FeedPage_Feed, 'feed', { limit: 50 })],
};
