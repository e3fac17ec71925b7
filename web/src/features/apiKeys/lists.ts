import { list, type Lists } from '../../urql/lists';
import { ApiKeysPage_List, WebhooksSection_List } from './documents';

export const apiKeyLists: Lists = {
  ApiKey: [list(ApiKeysPage_List, 'apiKeys')],
  Webhook: [list(WebhooksSection_List, 'webhooks')],
};
