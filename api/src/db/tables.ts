import type { ChangeLogTables } from '../changes/table.js';
import type { AccountTables } from '../modules/accounts/table.js';
import type { ActivityTables } from '../modules/activity/table.js';
import type { ApiKeyTables } from '../modules/apiKeys/table.js';
import type { CampaignTables } from '../modules/campaigns/table.js';
import type { ChatTables } from '../modules/chats/table.js';
import type { ConnectionTables } from '../modules/connections/table.js';
import type { DashboardTables } from '../modules/dashboard/table.js';
import type { FeedTables } from '../modules/feed/table.js';
import type { KeywordSetTables } from '../modules/keywordSets/table.js';
import type { MemberTables } from '../modules/members/table.js';
import type { NotificationTables } from '../modules/notifications/table.js';
import type { PersonaTables } from '../modules/personas/table.js';
import type { ProxyTables } from '../modules/proxies/table.js';
import type { SettingsTables } from '../modules/settings/table.js';
import type { WebhookTables } from '../modules/webhooks/table.js';

/**
 * The database: every table, each declared once beside the module that owns it (`<module>/table.ts`,
 * the change log's in changes/table.ts) and only composed here; api/test/architecture.test.ts holds
 * that each migrated table has exactly one owner. Timestamps are ISO-8601 strings and booleans are
 * 0/1 so SQLite and PostgreSQL share one schema.
 */
export interface DB
  extends AccountTables,
    MemberTables,
    ApiKeyTables,
    WebhookTables,
    PersonaTables,
    KeywordSetTables,
    ActivityTables,
    SettingsTables,
    ProxyTables,
    CampaignTables,
    NotificationTables,
    ConnectionTables,
    ChatTables,
    FeedTables,
    ChangeLogTables,
    DashboardTables {}
