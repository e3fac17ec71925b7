import type { Generated, Insertable, Selectable, Updateable } from 'kysely';

/** Timestamps are ISO-8601 strings and booleans are 0/1 so SQLite and PostgreSQL share one schema. */
export interface DB {
  users: UsersTable;
  sessions: SessionsTable;
  invitations: InvitationsTable;
  api_keys: ApiKeysTable;
  api_key_usage: ApiKeyUsageTable;
  webhooks: WebhooksTable;
  webhook_deliveries: WebhookDeliveriesTable;
  personas: PersonasTable;
  keyword_sets: KeywordSetsTable;
  activities: ActivitiesTable;
  settings: SettingsTable;
  proxy_pools: ProxyPoolsTable;
  proxies: ProxiesTable;
  proxy_health_samples: ProxyHealthSamplesTable;
  export_links: ExportLinksTable;
  campaigns: CampaignsTable;
  campaign_results: CampaignResultsTable;
  notifications: NotificationsTable;
  connections: ConnectionsTable;
  chats: ChatsTable;
  chat_members: ChatMembersTable;
  messages: MessagesTable;
  posts: PostsTable;
  comments: CommentsTable;
  changes: ChangesTable;
  change_audience: ChangeAudienceTable;
  changelog_state: ChangelogStateTable;
  dashboard_count_shards: DashboardCountShardsTable;
  dashboard_throughput: DashboardThroughputTable;
}

export interface UsersTable {
  id: string;
  email: string;
  password_hash: string;
  display_name: string;
  role: Role;
  /** When the user's last socket closed (after the presence grace); not a change, it rides presence. */
  last_seen_at: string | null;
  created_at: string;
  updated_at: string;
  version: number;
  /** Set when an ADMIN removed the member: the row stays for what they wrote, they can no longer sign in. */
  removed_at: string | null;
}

/** What a member may do: ADMIN everything, MEMBER the console, VIEWER read it (see capabilities.ts). */
export type Role = 'ADMIN' | 'MEMBER' | 'VIEWER';

/** An ADMIN's invitation to join as `role`: its token is stored hashed, used once, before `expires_at`. */
export interface InvitationsTable {
  id: string;
  email: string;
  role: Role;
  token_hash: string;
  invited_by: string;
  created_at: string;
  expires_at: string;
  accepted_at: string | null;
  accepted_by: string | null;
  revoked_at: string | null;
  version: number;
}

export interface SessionsTable {
  id: string;
  token_hash: string;
  user_id: string;
  created_at: string;
  expires_at: string;
  revoked_at: string | null;
}

export interface ApiKeysTable {
  id: string;
  user_id: string;
  name: string;
  /** The secret's first characters, shown so a person can tell keys apart. */
  prefix: string;
  secret_hash: string;
  /** JSON of `ApiKeyCapabilities` (viewer.ts). */
  capabilities: string;
  created_at: string;
  last_used_at: string | null;
  expires_at: string | null;
  revoked_at: string | null;
  version: number;
}

export interface ApiKeyUsageTable {
  api_key_id: string;
  /** ISO time of the minute's start. */
  minute: string;
  requests: number;
  subscriptions: number;
  deliveries: number;
  bytes: number;
  cut_offs: number;
}

export interface WebhooksTable {
  id: string;
  user_id: string;
  api_key_id: string;
  url: string;
  /** A subscription document over `changes`; each delivery's body is its result for one change. */
  query: string;
  /** JSON arrays, or null for "every". */
  topics: string | null;
  entity_ids: string | null;
  /** Standard Webhooks form: whsec_<base64>. */
  secret: string;
  enabled: number;
  disabled_reason: string | null;
  /** The seq of the last change delivered (or skipped as not for this endpoint). */
  cursor: number;
  failing_since: string | null;
  lease_owner: string | null;
  lease_until: string | null;
  created_at: string;
  version: number;
}

export interface WebhookDeliveriesTable {
  id: Generated<number>;
  webhook_id: string;
  cursor: string | null;
  attempt: number;
  status: 'PENDING' | 'DELIVERED' | 'FAILED';
  response_status: number | null;
  duration_ms: number | null;
  error: string | null;
  at: string;
}

export interface PersonasTable {
  id: string;
  kind: 'DNS' | 'HTTP';
  name: string;
  description: string;
  config: string;
  enabled: number;
  created_by: string;
  created_at: string;
  updated_at: string;
  version: number;
}

export interface KeywordSetsTable {
  id: string;
  name: string;
  description: string;
  rules: string;
  enabled: number;
  created_by: string;
  created_at: string;
  updated_at: string;
  version: number;
}

export interface ActivitiesTable {
  id: Generated<number>;
  at: string;
  actor_id: string | null;
  verb: string;
  entity_type: string;
  entity_id: string;
  summary: string;
}

export interface SettingsTable {
  id: number;
  worker_concurrency: number;
  proxy_health_check_interval_seconds: number;
  progress_push_per_second: number;
  change_retention_hours: number;
  updated_at: string;
  version: number;
}

export interface ProxyPoolsTable {
  id: string;
  name: string;
  strategy: 'ROUND_ROBIN' | 'RANDOM' | 'LEAST_LATENCY';
  created_by: string;
  created_at: string;
  updated_at: string;
  version: number;
}

export type HealthStatus = 'UNKNOWN' | 'HEALTHY' | 'UNHEALTHY';

export interface ProxiesTable {
  id: string;
  name: string;
  protocol: 'HTTP' | 'HTTPS' | 'SOCKS5';
  host: string;
  port: number;
  username: string | null;
  /** Write-only: never selected into a response, a change or a log line. */
  password: string | null;
  enabled: number;
  pool_id: string | null;
  health_status: HealthStatus;
  health_latency_ms: number | null;
  health_checked_at: string | null;
  health_error: string | null;
  created_by: string;
  created_at: string;
  updated_at: string;
  version: number;
}

export type CampaignKind = 'DOMAIN_GENERATION' | 'DNS_VALIDATION' | 'HTTP_KEYWORD_VALIDATION';
export type CampaignStatus = 'DRAFT' | 'QUEUED' | 'RUNNING' | 'PAUSED' | 'COMPLETED' | 'FAILED' | 'CANCELLED';

export interface CampaignsTable {
  id: string;
  name: string;
  kind: CampaignKind;
  /** JSON, shaped per kind (see modules/campaigns/params.ts). */
  params: string;
  persona_id: string | null;
  keyword_set_id: string | null;
  proxy_pool_id: string | null;
  source_id: string | null;
  status: CampaignStatus;
  total: number;
  processed: number;
  succeeded: number;
  failed: number;
  started_at: string | null;
  finished_at: string | null;
  error: string | null;
  /** Why a finished campaign did less than its setup suggests, e.g. nothing to do. */
  note: string | null;
  /** The runner instance holding this campaign and until when; internal, not part of the API. */
  runner_id: string | null;
  lease_until: string | null;
  created_by: string;
  created_at: string;
  updated_at: string;
  version: number;
}

export type CampaignResultStatus = 'GENERATED' | 'RESOLVED' | 'UNRESOLVED' | 'MATCHED' | 'NOT_MATCHED' | 'ERROR';

/** One recorded health check of a proxy; the checker keeps the last `HEALTH_HISTORY_LENGTH` per proxy. */
export interface ProxyHealthSamplesTable {
  id: Generated<number>;
  proxy_id: string;
  status: Exclude<HealthStatus, 'UNKNOWN'>;
  latency_ms: number | null;
  error: string | null;
  checked_at: string;
}

export type ProxyHealthSampleRow = Selectable<ProxyHealthSamplesTable>;

/** A single-use download link to a campaign's CSV, made for one session (modules/campaigns/export.ts). */
export interface ExportLinksTable {
  ticket_hash: string;
  campaign_id: string;
  session_id: string;
  expires_at: string;
}

export interface CampaignResultsTable {
  campaign_id: string;
  /** 0-based, in the campaign's deterministic input order; (campaign_id, position) is the key. */
  position: number;
  domain: string;
  status: CampaignResultStatus;
  /** JSON array of addresses (DNS) or null. */
  records: string | null;
  http_status: number | null;
  /** JSON array of matched rule patterns (HTTP) or null. */
  matched_keywords: string | null;
  error: string | null;
  created_at: string;
}

export interface NotificationsTable {
  id: string;
  user_id: string;
  kind: string;
  title: string;
  body: string;
  entity_type: string | null;
  entity_id: string | null;
  read_at: string | null;
  created_at: string;
  version: number;
}

export interface ConnectionsTable {
  id: string;
  requester_id: string;
  addressee_id: string;
  /** The two user ids sorted and joined, unique: one request or connection per pair. */
  pair_key: string;
  status: 'PENDING' | 'ACCEPTED';
  created_at: string;
  accepted_at: string | null;
  version: number;
}

export interface ChatsTable {
  id: string;
  kind: 'DIRECT' | 'GROUP';
  title: string | null;
  /** DIRECT chats only: the pair key, unique, so two people share one direct chat. */
  direct_key: string | null;
  created_by: string;
  created_at: string;
  last_message_at: string | null;
  version: number;
}

export interface ChatMembersTable {
  chat_id: string;
  user_id: string;
  joined_at: string;
  /** Messages with id <= this are read by this member. */
  read_through: number;
}

export interface MessagesTable {
  id: Generated<number>;
  chat_id: string;
  author_id: string;
  body: string;
  created_at: string;
  edited_at: string | null;
  deleted_at: string | null;
  version: number;
}

export interface PostsTable {
  id: string;
  author_id: string;
  body: string;
  created_at: string;
  updated_at: string;
  version: number;
}

export interface CommentsTable {
  id: string;
  post_id: string;
  author_id: string;
  body: string;
  created_at: string;
  version: number;
}

export interface ChangesTable {
  seq: Generated<number>;
  at: string;
  topic: string;
  op: 'CREATED' | 'UPDATED' | 'DELETED';
  entity_id: string;
  entity_version: number | null;
  /** 1 = every signed-in user may read it; 0 = only the users in change_audience. */
  public: number;
}

export interface ChangeAudienceTable {
  seq: number;
  user_id: string;
}

export interface ChangelogStateTable {
  id: number;
  /** Every change with seq <= this was deleted by retention; a cursor below it must RESYNC. */
  pruned_through: number;
}

export type UserRow = Selectable<UsersTable>;
export type SessionRow = Selectable<SessionsTable>;
export type InvitationRow = Selectable<InvitationsTable>;
export type ApiKeyRow = Selectable<ApiKeysTable>;
export type ApiKeyUsageRow = Selectable<ApiKeyUsageTable>;
export type WebhookRow = Selectable<WebhooksTable>;
export type WebhookDeliveryRow = Selectable<WebhookDeliveriesTable>;
export type PersonaRow = Selectable<PersonasTable>;
export type KeywordSetRow = Selectable<KeywordSetsTable>;
export type ActivityRow = Selectable<ActivitiesTable>;
export type SettingsRow = Selectable<SettingsTable>;
export type ProxyPoolRow = Selectable<ProxyPoolsTable>;
export type ProxyRow = Selectable<ProxiesTable>;
export type CampaignRow = Selectable<CampaignsTable>;
export type CampaignResultRow = Selectable<CampaignResultsTable>;
export type NotificationRow = Selectable<NotificationsTable>;
export type ConnectionRow = Selectable<ConnectionsTable>;
export type ChatRow = Selectable<ChatsTable>;
export type ChatMemberRow = Selectable<ChatMembersTable>;
export type MessageRow = Selectable<MessagesTable>;
export type PostRow = Selectable<PostsTable>;
export type CommentRow = Selectable<CommentsTable>;
export type ChangeRow = Selectable<ChangesTable>;
export type NewChange = Insertable<ChangesTable>;
export type SettingsUpdate = Updateable<SettingsTable>;

/** One dashboard count per row (`personas`, `campaigns:RUNNING`, `proxies:HEALTHY`, ...). */
export interface DashboardCountShardsTable {
  name: string;
  shard: number;
  count: number;
}

/** Results stored per interval: `bucket` is the interval's number since the epoch, `slot` its place in the ring. */
export interface DashboardThroughputTable {
  slot: number;
  shard: number;
  bucket: number;
  count: number;
}
