import { lexicographicSortSchema } from 'graphql';
import { builder } from './builder.js';
import './changes/schema.js';
import './modules/accounts/schema.js';
import './modules/activity/schema.js';
import './modules/campaigns/schema.js';
import './modules/chats/schema.js';
import './modules/connections/schema.js';
import './modules/counts/schema.js';
import './modules/dashboard/schema.js';
import './modules/feed/schema.js';
import './modules/keywordSets/schema.js';
import './modules/notifications/schema.js';
import './modules/personas/schema.js';
import './modules/presence/schema.js';
import './modules/proxies/schema.js';
import './modules/settings/schema.js';

export const schema = lexicographicSortSchema(builder.toSchema());
