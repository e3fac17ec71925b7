/* eslint-disable */
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
export type Maybe<T> = T | null;
export type InputMaybe<T> = T | null | undefined;
export type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
export type MakeOptional<T, K extends keyof T> = Omit<T, K> & { [SubKey in K]?: Maybe<T[SubKey]> };
export type MakeMaybe<T, K extends keyof T> = Omit<T, K> & { [SubKey in K]: Maybe<T[SubKey]> };
export type MakeEmpty<T extends { [key: string]: unknown }, K extends keyof T> = { [_ in K]?: never };
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
/** All built-in and custom scalars, mapped to their actual values */
export type Scalars = {
  ID: { input: string; output: string; }
  String: { input: string; output: string; }
  Boolean: { input: boolean; output: boolean; }
  Int: { input: number; output: number; }
  Float: { input: number; output: number; }
  /** An instant as an ISO-8601 string in UTC, e.g. 2026-11-22T10:00:00.000Z */
  DateTime: { input: string; output: string; }
};

/** One line of the latest-activity table: who did what to which entity. */
export type Activity = Node & {
  __typename?: 'Activity';
  actor?: Maybe<User>;
  at: Scalars['DateTime']['output'];
  entityId: Scalars['ID']['output'];
  entityType: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  summary: Scalars['String']['output'];
  verb: Scalars['String']['output'];
};

export type ActivityChange = Change & {
  __typename?: 'ActivityChange';
  activity?: Maybe<Activity>;
  at: Scalars['DateTime']['output'];
  cursor: Scalars['String']['output'];
  entityId: Scalars['ID']['output'];
  op: ChangeOp;
};

/** A bearer secret a person gives a third party; it acts as that person, narrowed by its capabilities. */
export type ApiKey = Node & {
  __typename?: 'ApiKey';
  capabilities: ApiKeyCapabilities;
  createdAt: Scalars['DateTime']['output'];
  expiresAt?: Maybe<Scalars['DateTime']['output']>;
  id: Scalars['ID']['output'];
  lastUsedAt?: Maybe<Scalars['DateTime']['output']>;
  name: Scalars['String']['output'];
  /** The secret's first characters, to tell keys apart. */
  prefix: Scalars['String']['output'];
  revokedAt?: Maybe<Scalars['DateTime']['output']>;
  /** Only documents registered with the server run for this key (trusted documents). */
  trustedDocumentsOnly: Scalars['Boolean']['output'];
  usage: ApiKeyUsage;
  version: Scalars['Int']['output'];
};

export type ApiKeyCapabilities = {
  __typename?: 'ApiKeyCapabilities';
  /** The only entities `changes` carries for this key; null: all. */
  entityIds?: Maybe<Array<Scalars['ID']['output']>>;
  /** Queries and subscriptions. */
  read: Scalars['Boolean']['output'];
  /** The only topics `changes` carries for this key; null: all. */
  topics?: Maybe<Array<ChangeTopic>>;
  /** Mutations. */
  write: Scalars['Boolean']['output'];
};

export type ApiKeyCapabilitiesInput = {
  /** Omit for every entity; at most 100. */
  entityIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  read: Scalars['Boolean']['input'];
  /** Omit for every topic. */
  topics?: InputMaybe<Array<ChangeTopic>>;
  write: Scalars['Boolean']['input'];
};

export type ApiKeyChange = Change & {
  __typename?: 'ApiKeyChange';
  apiKey?: Maybe<ApiKey>;
  at: Scalars['DateTime']['output'];
  cursor: Scalars['String']['output'];
  entityId: Scalars['ID']['output'];
  op: ChangeOp;
};

export type ApiKeyCreated = {
  __typename?: 'ApiKeyCreated';
  apiKey: ApiKey;
  /** Shown once: only its hash is kept. Send as "Authorization: Bearer <secret>". */
  secret: Scalars['String']['output'];
};

/** What the key has cost since it was created, counted by every instance; each adds its counts every 5 seconds, with an ApiKeyChange to the owner. */
export type ApiKeyUsage = {
  __typename?: 'ApiKeyUsage';
  /** Bytes of those deliveries, as framed on the wire. */
  bytes: Scalars['Float']['output'];
  /** Streams ended for falling behind (WebSocket 4503, SSE end). */
  cutOffs: Scalars['Float']['output'];
  /** Changes pushed to this key's streams. */
  deliveries: Scalars['Float']['output'];
  /** The last 60 minutes, oldest first. */
  perMinute: Array<ApiKeyUsageMinute>;
  /** HTTP operations and WebSocket subscribes. */
  requests: Scalars['Float']['output'];
  /** `changes` subscriptions opened. */
  subscriptions: Scalars['Float']['output'];
};

export type ApiKeyUsageMinute = {
  __typename?: 'ApiKeyUsageMinute';
  /** The start of the minute. */
  at: Scalars['DateTime']['output'];
  /** Bytes of those deliveries, as framed on the wire. */
  bytes: Scalars['Float']['output'];
  /** Streams ended for falling behind (WebSocket 4503, SSE end). */
  cutOffs: Scalars['Float']['output'];
  /** Changes pushed to this key's streams. */
  deliveries: Scalars['Float']['output'];
  /** HTTP operations and WebSocket subscribes. */
  requests: Scalars['Float']['output'];
  /** `changes` subscriptions opened. */
  subscriptions: Scalars['Float']['output'];
};

export type AuthPayload = {
  __typename?: 'AuthPayload';
  /** Send as "Authorization: Bearer <token>". */
  token: Scalars['String']['output'];
  user: User;
};

export type Campaign = Node & {
  __typename?: 'Campaign';
  createdAt: Scalars['DateTime']['output'];
  createdBy?: Maybe<User>;
  /** Why a FAILED campaign failed. */
  error?: Maybe<Scalars['String']['output']>;
  finishedAt?: Maybe<Scalars['DateTime']['output']>;
  id: Scalars['ID']['output'];
  keywordSet?: Maybe<KeywordSet>;
  kind: CampaignKind;
  name: Scalars['String']['output'];
  /** Why a COMPLETED campaign did less than its setup suggests, e.g. "Nothing to do: its source campaign ... has no RESOLVED domains". */
  note?: Maybe<Scalars['String']['output']>;
  params: CampaignParams;
  persona?: Maybe<Persona>;
  progress: CampaignProgress;
  proxyPool?: Maybe<ProxyPool>;
  /** In input order (position ascending). */
  results: CampaignResultsConnection;
  /** The campaign whose results this one reads. */
  source?: Maybe<Campaign>;
  startedAt?: Maybe<Scalars['DateTime']['output']>;
  status: CampaignStatus;
  updatedAt: Scalars['DateTime']['output'];
  version: Scalars['Int']['output'];
};


export type CampaignResultsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  search?: InputMaybe<Scalars['String']['input']>;
  status?: InputMaybe<CampaignResultStatus>;
};

export type CampaignChange = Change & {
  __typename?: 'CampaignChange';
  at: Scalars['DateTime']['output'];
  campaign?: Maybe<Campaign>;
  cursor: Scalars['String']['output'];
  entityId: Scalars['ID']['output'];
  op: ChangeOp;
};

export type CampaignKind =
  | 'DNS_VALIDATION'
  | 'DOMAIN_GENERATION'
  | 'HTTP_KEYWORD_VALIDATION';

export type CampaignParams = DnsValidationParams | DomainGenerationParams | HttpKeywordValidationParams;

/** `processed` = `succeeded` + `failed`; success is GENERATED, RESOLVED or MATCHED. */
export type CampaignProgress = {
  __typename?: 'CampaignProgress';
  failed: Scalars['Int']['output'];
  /** 0 to 100. */
  percent: Scalars['Float']['output'];
  processed: Scalars['Int']['output'];
  succeeded: Scalars['Int']['output'];
  total: Scalars['Int']['output'];
};

export type CampaignResult = {
  __typename?: 'CampaignResult';
  domain: Scalars['String']['output'];
  error?: Maybe<Scalars['String']['output']>;
  httpStatus?: Maybe<Scalars['Int']['output']>;
  /** HTTP: the patterns of the keyword rules found in the page. */
  matchedKeywords?: Maybe<Array<Scalars['String']['output']>>;
  /** 0-based, in the campaign's input order. */
  position: Scalars['Int']['output'];
  /** DNS: the addresses found. */
  records?: Maybe<Array<Scalars['String']['output']>>;
  status: CampaignResultStatus;
};

export type CampaignResultStatus =
  | 'ERROR'
  | 'GENERATED'
  | 'MATCHED'
  | 'NOT_MATCHED'
  | 'RESOLVED'
  | 'UNRESOLVED';

export type CampaignResultStatusCount = {
  __typename?: 'CampaignResultStatusCount';
  count: Scalars['Int']['output'];
  status: CampaignResultStatus;
};

export type CampaignResultsConnection = {
  __typename?: 'CampaignResultsConnection';
  edges: Array<CampaignResultsConnectionEdge>;
  pageInfo: PageInfo;
};

export type CampaignResultsConnectionEdge = {
  __typename?: 'CampaignResultsConnectionEdge';
  cursor: Scalars['String']['output'];
  node: CampaignResult;
};

export type CampaignStatus =
  | 'CANCELLED'
  | 'COMPLETED'
  | 'DRAFT'
  | 'FAILED'
  | 'PAUSED'
  | 'QUEUED'
  | 'RUNNING';

export type CampaignStatusCount = {
  __typename?: 'CampaignStatusCount';
  count: Scalars['Int']['output'];
  status: CampaignStatus;
};

/** One committed change, in commit order. `cursor` is what `changes(after:)` resumes from. */
export type Change = {
  at: Scalars['DateTime']['output'];
  cursor: Scalars['String']['output'];
  entityId: Scalars['ID']['output'];
  op: ChangeOp;
};

export type ChangeOp =
  | 'CREATED'
  | 'DELETED'
  | 'RESYNC'
  | 'UPDATED';

export type ChangeTopic =
  | 'ACTIVITY'
  | 'API_KEY'
  | 'CAMPAIGN'
  | 'CHAT'
  | 'COMMENT'
  | 'CONNECTION'
  | 'COUNTS'
  | 'DASHBOARD'
  | 'INVITATION'
  | 'KEYWORD_SET'
  | 'MESSAGE'
  | 'NOTIFICATION'
  | 'PERSONA'
  | 'POST'
  | 'PROXY'
  | 'PROXY_POOL'
  | 'SETTINGS'
  | 'USER'
  | 'WEBHOOK';

/** A direct chat between two connections, or a group; only its members can see it. */
export type Chat = Node & {
  __typename?: 'Chat';
  createdAt: Scalars['DateTime']['output'];
  id: Scalars['ID']['output'];
  kind: ChatKind;
  lastMessage?: Maybe<Message>;
  lastMessageAt?: Maybe<Scalars['DateTime']['output']>;
  members: Array<User>;
  /** Oldest first within a page; page backward with `last` and `before` (default: the newest 30). */
  messages: ChatMessagesConnection;
  title?: Maybe<Scalars['String']['output']>;
  /** Others' messages after your read position. */
  unreadCount: Scalars['Int']['output'];
  version: Scalars['Int']['output'];
};


/** A direct chat between two connections, or a group; only its members can see it. */
export type ChatMessagesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
};

export type ChatChange = Change & {
  __typename?: 'ChatChange';
  at: Scalars['DateTime']['output'];
  chat?: Maybe<Chat>;
  cursor: Scalars['String']['output'];
  entityId: Scalars['ID']['output'];
  op: ChangeOp;
};

export type ChatKind =
  | 'DIRECT'
  | 'GROUP';

export type ChatMessagesConnection = {
  __typename?: 'ChatMessagesConnection';
  edges: Array<ChatMessagesConnectionEdge>;
  pageInfo: PageInfo;
};

export type ChatMessagesConnectionEdge = {
  __typename?: 'ChatMessagesConnectionEdge';
  cursor: Scalars['String']['output'];
  node: Message;
};

export type Comment = Node & {
  __typename?: 'Comment';
  author?: Maybe<User>;
  body: Scalars['String']['output'];
  createdAt: Scalars['DateTime']['output'];
  id: Scalars['ID']['output'];
  postId: Scalars['ID']['output'];
  version: Scalars['Int']['output'];
};

export type CommentChange = Change & {
  __typename?: 'CommentChange';
  at: Scalars['DateTime']['output'];
  comment?: Maybe<Comment>;
  cursor: Scalars['String']['output'];
  entityId: Scalars['ID']['output'];
  op: ChangeOp;
};

/** A connection request (PENDING) or connection (ACCEPTED) between two users; only they can see it. */
export type Connection = Node & {
  __typename?: 'Connection';
  acceptedAt?: Maybe<Scalars['DateTime']['output']>;
  addressee: User;
  createdAt: Scalars['DateTime']['output'];
  id: Scalars['ID']['output'];
  requester: User;
  status: ConnectionStatus;
  /** The other person, seen from the viewer. */
  user: User;
  version: Scalars['Int']['output'];
};

export type ConnectionChange = Change & {
  __typename?: 'ConnectionChange';
  at: Scalars['DateTime']['output'];
  connection?: Maybe<Connection>;
  cursor: Scalars['String']['output'];
  entityId: Scalars['ID']['output'];
  op: ChangeOp;
};

export type ConnectionStatus =
  | 'ACCEPTED'
  | 'PENDING';

/** Your counters. Pushed as a CountsChange (entityId = your user id) whenever one may have moved. */
export type Counts = {
  __typename?: 'Counts';
  /** Your user id. */
  id: Scalars['ID']['output'];
  incomingConnectionRequests: Scalars['Int']['output'];
  unreadMessages: Scalars['Int']['output'];
  unreadNotifications: Scalars['Int']['output'];
};

export type CountsChange = Change & {
  __typename?: 'CountsChange';
  at: Scalars['DateTime']['output'];
  counts?: Maybe<Counts>;
  cursor: Scalars['String']['output'];
  entityId: Scalars['ID']['output'];
  op: ChangeOp;
};

export type CreateApiKeyInput = {
  capabilities: ApiKeyCapabilitiesInput;
  expiresAt?: InputMaybe<Scalars['DateTime']['input']>;
  name: Scalars['String']['input'];
  /** Default false: any valid document runs. */
  trustedDocumentsOnly?: InputMaybe<Scalars['Boolean']['input']>;
};

export type CreateCampaignInput = {
  /** DNS_VALIDATION only. */
  dns?: InputMaybe<DnsValidationParamsInput>;
  /** DOMAIN_GENERATION only (required there). */
  generation?: InputMaybe<DomainGenerationParamsInput>;
  /** HTTP_KEYWORD_VALIDATION only. */
  http?: InputMaybe<HttpKeywordValidationParamsInput>;
  /** HTTP_KEYWORD_VALIDATION (required). */
  keywordSetId?: InputMaybe<Scalars['ID']['input']>;
  kind: CampaignKind;
  name: Scalars['String']['input'];
  /** DNS_VALIDATION: a DNS persona; HTTP_KEYWORD_VALIDATION: an HTTP persona. Required for both. */
  personaId?: InputMaybe<Scalars['ID']['input']>;
  /** HTTP_KEYWORD_VALIDATION: fetch through this pool. */
  proxyPoolId?: InputMaybe<Scalars['ID']['input']>;
  /** DNS_VALIDATION: a DOMAIN_GENERATION campaign; HTTP_KEYWORD_VALIDATION: a DNS_VALIDATION campaign. It runs once its source has COMPLETED. */
  sourceId?: InputMaybe<Scalars['ID']['input']>;
};

export type CreateChatInput = {
  /** Others to chat with; all must be your accepted connections. */
  memberIds: Array<Scalars['ID']['input']>;
  /** Without a title, one other member makes a DIRECT chat (the existing one, if any). */
  title?: InputMaybe<Scalars['String']['input']>;
};

export type CreateInvitationInput = {
  email: Scalars['String']['input'];
  /** Default: 7 days from now; at most 30. */
  expiresAt?: InputMaybe<Scalars['DateTime']['input']>;
  role: Role;
};

export type CreateKeywordSetInput = {
  description?: InputMaybe<Scalars['String']['input']>;
  /** Default true. */
  enabled?: InputMaybe<Scalars['Boolean']['input']>;
  name: Scalars['String']['input'];
  rules: Array<KeywordRuleInput>;
};

export type CreatePersonaInput = {
  description?: InputMaybe<Scalars['String']['input']>;
  /** Required when kind is DNS. */
  dns?: InputMaybe<DnsPersonaConfigInput>;
  /** Default true. */
  enabled?: InputMaybe<Scalars['Boolean']['input']>;
  /** Required when kind is HTTP. */
  http?: InputMaybe<HttpPersonaConfigInput>;
  kind: PersonaKind;
  name: Scalars['String']['input'];
};

export type CreateProxyInput = {
  /** Default true. */
  enabled?: InputMaybe<Scalars['Boolean']['input']>;
  host: Scalars['String']['input'];
  name: Scalars['String']['input'];
  /** Write-only. */
  password?: InputMaybe<Scalars['String']['input']>;
  poolId?: InputMaybe<Scalars['ID']['input']>;
  port: Scalars['Int']['input'];
  protocol: ProxyProtocol;
  username?: InputMaybe<Scalars['String']['input']>;
};

export type CreateProxyPoolInput = {
  name: Scalars['String']['input'];
  /** Default ROUND_ROBIN. */
  strategy?: InputMaybe<PoolStrategy>;
};

export type CreateWebhookInput = {
  apiKeyId: Scalars['ID']['input'];
  entityIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** A subscription over `changes`; each POST body is its result for one change. */
  query: Scalars['String']['input'];
  topics?: InputMaybe<Array<ChangeTopic>>;
  url: Scalars['String']['input'];
};

/** Console counts. Pushed as a DashboardChange whenever one of them moves. */
export type Dashboard = {
  __typename?: 'Dashboard';
  /** Every status, zeros included. */
  campaignsByStatus: Array<CampaignStatusCount>;
  id: Scalars['ID']['output'];
  /** Every health status, zeros included. */
  proxiesByHealth: Array<ProxyHealthCount>;
  /** Campaign results stored, every status, zeros included; pushed with the campaigns' progress, so its growth is the workspace's throughput. */
  resultsByStatus: Array<CampaignResultStatusCount>;
  /** The workspace's campaign throughput: results stored per 5-second interval over the last 10 minutes, oldest first, from the first interval that stored any to the current one (zeros included); empty when none did. Kept by the server (every instance answers the same, a reload or restart keeps it) and pushed with the DashboardChange of each progress change. */
  throughput: Array<ThroughputSample>;
  totals: DashboardTotals;
};

export type DashboardChange = Change & {
  __typename?: 'DashboardChange';
  at: Scalars['DateTime']['output'];
  cursor: Scalars['String']['output'];
  dashboard?: Maybe<Dashboard>;
  entityId: Scalars['ID']['output'];
  op: ChangeOp;
};

export type DashboardTotals = {
  __typename?: 'DashboardTotals';
  campaigns: Scalars['Int']['output'];
  keywordSets: Scalars['Int']['output'];
  personas: Scalars['Int']['output'];
  proxies: Scalars['Int']['output'];
  proxyPools: Scalars['Int']['output'];
};

/** A demo workspace's account, offered on its sign-in page; its password is the demo's, printed on start. */
export type DemoAccount = {
  __typename?: 'DemoAccount';
  displayName: Scalars['String']['output'];
  email: Scalars['String']['output'];
  password: Scalars['String']['output'];
};

export type DnsPersonaConfig = {
  __typename?: 'DnsPersonaConfig';
  concurrency: Scalars['Int']['output'];
  /** IP addresses, optionally with :port. */
  resolvers: Array<Scalars['String']['output']>;
  retries: Scalars['Int']['output'];
  timeoutMs: Scalars['Int']['output'];
};

export type DnsPersonaConfigInput = {
  /** Lookups in flight at once. Default 20. */
  concurrency?: InputMaybe<Scalars['Int']['input']>;
  /** IP addresses, optionally with :port. */
  resolvers: Array<Scalars['String']['input']>;
  /** Default 1. */
  retries?: InputMaybe<Scalars['Int']['input']>;
  /** Default 2000. */
  timeoutMs?: InputMaybe<Scalars['Int']['input']>;
};

export type DnsRecordType =
  | 'A'
  | 'AAAA';

export type DnsValidationParams = {
  __typename?: 'DnsValidationParams';
  recordType: DnsRecordType;
};

export type DnsValidationParamsInput = {
  /** Default A. */
  recordType?: InputMaybe<DnsRecordType>;
};

export type DomainGenerationParams = {
  __typename?: 'DomainGenerationParams';
  characterSet: Scalars['String']['output'];
  constant: Scalars['String']['output'];
  /** How many domains these params produce. */
  domainCount: Scalars['Int']['output'];
  maxDomains?: Maybe<Scalars['Int']['output']>;
  maxLength: Scalars['Int']['output'];
  minLength: Scalars['Int']['output'];
  pattern: GenerationPattern;
  tlds: Array<Scalars['String']['output']>;
};

export type DomainGenerationParamsInput = {
  /** Characters of the variable part, in counting order (a-z, 0-9). */
  characterSet: Scalars['String']['input'];
  /** The fixed part, a-z 0-9 and inner hyphens. Default empty. */
  constant?: InputMaybe<Scalars['String']['input']>;
  /** Stop after this many; needed when the params describe more than the server maximum. */
  maxDomains?: InputMaybe<Scalars['Int']['input']>;
  maxLength: Scalars['Int']['input'];
  minLength: Scalars['Int']['input'];
  pattern: GenerationPattern;
  tlds: Array<Scalars['String']['input']>;
};

export type DuplicateCampaignInput = {
  /** Default: "<name> (copy)", or "(copy 2)", "(copy 3)"... when that is taken. */
  name?: InputMaybe<Scalars['String']['input']>;
  /** Start the copy at once ("Run again"). Default false: it stays a DRAFT ("Duplicate"). */
  start?: InputMaybe<Scalars['Boolean']['input']>;
};

export type GenerationPattern =
  /** variable + constant + variable, both sides of the same length */
  | 'BOTH'
  /** variable + constant */
  | 'PREFIX'
  /** constant + variable */
  | 'SUFFIX';

export type HealthStatus =
  | 'HEALTHY'
  | 'UNHEALTHY'
  | 'UNKNOWN';

export type HttpHeader = {
  __typename?: 'HttpHeader';
  name: Scalars['String']['output'];
  value: Scalars['String']['output'];
};

export type HttpHeaderInput = {
  name: Scalars['String']['input'];
  value: Scalars['String']['input'];
};

export type HttpKeywordValidationParams = {
  __typename?: 'HttpKeywordValidationParams';
  concurrency: Scalars['Int']['output'];
  path: Scalars['String']['output'];
  port?: Maybe<Scalars['Int']['output']>;
  scheme: HttpScheme;
};

export type HttpKeywordValidationParamsInput = {
  /** Requests in flight at once, 1 to 100. Default 10. */
  concurrency?: InputMaybe<Scalars['Int']['input']>;
  /** Default /. */
  path?: InputMaybe<Scalars['String']['input']>;
  /** Default: the scheme's port. */
  port?: InputMaybe<Scalars['Int']['input']>;
  /** Default HTTP. */
  scheme?: InputMaybe<HttpScheme>;
};

export type HttpPersonaConfig = {
  __typename?: 'HttpPersonaConfig';
  followRedirects: Scalars['Boolean']['output'];
  headers: Array<HttpHeader>;
  maxRedirects: Scalars['Int']['output'];
  timeoutMs: Scalars['Int']['output'];
  userAgent: Scalars['String']['output'];
};

export type HttpPersonaConfigInput = {
  /** Default true. */
  followRedirects?: InputMaybe<Scalars['Boolean']['input']>;
  headers?: InputMaybe<Array<HttpHeaderInput>>;
  /** Default 5. */
  maxRedirects?: InputMaybe<Scalars['Int']['input']>;
  /** Default 10000. */
  timeoutMs?: InputMaybe<Scalars['Int']['input']>;
  userAgent?: InputMaybe<Scalars['String']['input']>;
};

export type HttpScheme =
  | 'HTTP'
  | 'HTTPS';

/** One instance's push figures over its last reporting interval (the ones /metrics counts). Ephemeral: never in the change log. */
export type InstanceStreamHealth = {
  __typename?: 'InstanceStreamHealth';
  at: Scalars['DateTime']['output'];
  /** Slow sockets cut loose (4503) since the instance started. */
  cutOffs: Scalars['Int']['output'];
  deliveriesPerSecond: Scalars['Int']['output'];
  eventLoopLagP99Ms: Scalars['Float']['output'];
  instance: Scalars['String']['output'];
  /** Commit to delivery; null when nothing was delivered. */
  latencyP50Ms?: Maybe<Scalars['Float']['output']>;
  latencyP99Ms?: Maybe<Scalars['Float']['output']>;
  sseClients: Scalars['Int']['output'];
  /** `changes` subscriptions streaming. */
  subscriptions: Scalars['Int']['output'];
  webSocketClients: Scalars['Int']['output'];
};

/** An ADMIN's invitation to join as `role`. Its token was shown once, to whoever created it; only its hash is kept. */
export type Invitation = Node & {
  __typename?: 'Invitation';
  /** When it was used (it works once). */
  acceptedAt?: Maybe<Scalars['DateTime']['output']>;
  createdAt: Scalars['DateTime']['output'];
  /** Who it is for: signing up with it needs this address. */
  email: Scalars['String']['output'];
  expiresAt: Scalars['DateTime']['output'];
  id: Scalars['ID']['output'];
  invitedBy?: Maybe<User>;
  revokedAt?: Maybe<Scalars['DateTime']['output']>;
  role: Role;
  version: Scalars['Int']['output'];
};

export type InvitationChange = Change & {
  __typename?: 'InvitationChange';
  at: Scalars['DateTime']['output'];
  cursor: Scalars['String']['output'];
  entityId: Scalars['ID']['output'];
  invitation?: Maybe<Invitation>;
  op: ChangeOp;
};

export type InvitationCreated = {
  __typename?: 'InvitationCreated';
  invitation: Invitation;
  /** Shown once: only its hash is kept. The invitee signs up with it as `input.invitation` (the web app: /sign-up?invitation=<token>). */
  token: Scalars['String']['output'];
};

export type KeywordRule = {
  __typename?: 'KeywordRule';
  caseSensitive: Scalars['Boolean']['output'];
  kind: KeywordRuleKind;
  pattern: Scalars['String']['output'];
};

export type KeywordRuleInput = {
  /** Default false. */
  caseSensitive?: InputMaybe<Scalars['Boolean']['input']>;
  kind: KeywordRuleKind;
  pattern: Scalars['String']['input'];
};

export type KeywordRuleKind =
  | 'REGEX'
  | 'STRING';

/** Rules an HTTP keyword validation campaign matches against each fetched page. */
export type KeywordSet = Node & {
  __typename?: 'KeywordSet';
  createdAt: Scalars['DateTime']['output'];
  description: Scalars['String']['output'];
  enabled: Scalars['Boolean']['output'];
  id: Scalars['ID']['output'];
  name: Scalars['String']['output'];
  rules: Array<KeywordRule>;
  updatedAt: Scalars['DateTime']['output'];
  version: Scalars['Int']['output'];
};

export type KeywordSetChange = Change & {
  __typename?: 'KeywordSetChange';
  at: Scalars['DateTime']['output'];
  cursor: Scalars['String']['output'];
  entityId: Scalars['ID']['output'];
  keywordSet?: Maybe<KeywordSet>;
  op: ChangeOp;
};

export type Message = Node & {
  __typename?: 'Message';
  author?: Maybe<User>;
  /** Empty once deleted. */
  body: Scalars['String']['output'];
  chatId: Scalars['ID']['output'];
  createdAt: Scalars['DateTime']['output'];
  deleted: Scalars['Boolean']['output'];
  edited: Scalars['Boolean']['output'];
  editedAt?: Maybe<Scalars['DateTime']['output']>;
  id: Scalars['ID']['output'];
  version: Scalars['Int']['output'];
};

export type MessageChange = Change & {
  __typename?: 'MessageChange';
  at: Scalars['DateTime']['output'];
  cursor: Scalars['String']['output'];
  entityId: Scalars['ID']['output'];
  message?: Maybe<Message>;
  op: ChangeOp;
};

export type Mutation = {
  __typename?: 'Mutation';
  acceptConnectionRequest: Connection;
  /** A body of 1 to 2000 characters, on a post you can see. */
  addComment: Comment;
  /** A proxy is in at most one pool; adding it here moves it from its previous pool. */
  addProxyToPool: ProxyPool;
  /** DRAFT, QUEUED, RUNNING or PAUSED -> CANCELLED, for good. Any other status gets CONFLICT naming the current one. */
  cancelCampaign: Campaign;
  /** Returns the id of the removed request. */
  cancelConnectionRequest: Scalars['ID']['output'];
  /** Runs a health check now and returns the proxy with its new health (also pushed as a ProxyChange). */
  checkProxy: Proxy;
  /** A new key acting as you, narrowed by its capabilities. The secret is in this answer only. */
  createApiKey: ApiKeyCreated;
  createCampaign: Campaign;
  createChat: Chat;
  /** ADMIN only. An invitation for one email address to join as `role`: single-use, expiring. The token is in this answer only. */
  createInvitation: InvitationCreated;
  createKeywordSet: KeywordSet;
  createPersona: Persona;
  /** A body of 1 to 5000 characters. */
  createPost: Post;
  createProxy: Proxy;
  createProxyPool: ProxyPool;
  /** A download link to the campaign's results as CSV, valid once for 60 s, for this session only. For people; an API key sends its Authorization header to GET /campaigns/<id>/results.csv instead. */
  createResultsExportLink: ResultsExportLink;
  createWebhook: WebhookCreated;
  /** Returns the id of the removed request. */
  declineConnectionRequest: Scalars['ID']['output'];
  /** Returns the id of the deleted campaign; its results go with it. */
  deleteCampaign: Scalars['ID']['output'];
  /** Returns the id of the deleted comment. */
  deleteComment: Scalars['ID']['output'];
  /** Returns the id of the deleted keyword set. */
  deleteKeywordSet: Scalars['ID']['output'];
  /** The message stays in the thread, marked deleted, without its body. */
  deleteMessage: Message;
  /** Returns the id of the deleted persona. */
  deletePersona: Scalars['ID']['output'];
  /** Returns the id of the deleted post; its comments go with it. */
  deletePost: Scalars['ID']['output'];
  /** Returns the id of the deleted proxy. */
  deleteProxy: Scalars['ID']['output'];
  /** Returns the id of the deleted pool; its proxies stay, without a pool. */
  deleteProxyPool: Scalars['ID']['output'];
  deleteWebhook: Scalars['ID']['output'];
  /** A new campaign set up like this one (kind, params, persona, keyword set, pool, source) and checked like any new one, with no results: DRAFT, or QUEUED with `input.start`. Any status may be copied. */
  duplicateCampaign: Campaign;
  editMessage: Message;
  /** Returns how many notifications were unread. */
  markAllNotificationsRead: Scalars['Int']['output'];
  /** Moves your read position forward to `messageId` (never back); your other sessions get the change. */
  markChatRead: Chat;
  markNotificationRead: Notification;
  /** QUEUED or RUNNING -> PAUSED; stored results stay. Any other status gets CONFLICT naming the current one. */
  pauseCampaign: Campaign;
  /** POSTs {"type":"ping"} to the endpoint now, signed like a delivery. */
  pingWebhook: WebhookDelivery;
  /** Returns the id of the removed connection. From then on neither sees the other’s new posts. */
  removeConnection: Scalars['ID']['output'];
  /** ADMIN only. The member can no longer sign in; their sessions and API keys are revoked and their open streams end at once on every instance (4401). Returns their id. The last ADMIN cannot be removed (CONFLICT). */
  removeMember: Scalars['ID']['output'];
  removeProxyFromPool: ProxyPool;
  /** Redelivers every change after `after` (a retained cursor; an older one gets one RESYNC delivery). */
  replayWebhook: Webhook;
  /** PAUSED -> QUEUED; it continues where it stopped. Any other status gets CONFLICT naming the current one. */
  resumeCampaign: Campaign;
  /** Ends the key: its open streams close (4401) on every instance, later requests get 401. */
  revokeApiKey: ApiKey;
  /** ADMIN only. Withdraws an unused invitation: its link stops working. */
  revokeInvitation: Invitation;
  /** CONFLICT for yourself or when a request or connection with that user exists. */
  sendConnectionRequest: Connection;
  /** NOT_FOUND outside your chats; a body of 1 to 4000 characters. */
  sendMessage: Message;
  /** ADMIN only. Takes effect at once on every instance, for the member's requests, open sockets and API keys. The last ADMIN cannot be demoted (CONFLICT). */
  setMemberRole: User;
  /** Ephemeral, not a change: members hear at most one event per second from you; it lapses 5 s after the last refresh. */
  setTyping: Scalars['Boolean']['output'];
  signIn: AuthPayload;
  /** Revokes this token and closes its open sockets (close code 4401). */
  signOut: Scalars['Boolean']['output'];
  /** Creates an account and signs it in. The first of a workspace is ADMIN; after that the sign-up policy (SIGNUP) decides: `invite` needs `input.invitation` (the account gets its role), `open` lets anyone in as MEMBER, `closed` nobody. Refusals are FORBIDDEN with `extensions.reason`. */
  signUp: AuthPayload;
  /** DRAFT -> QUEUED; the runner starts it when a worker is free (and its source has COMPLETED). Any other status gets CONFLICT naming the current one. */
  startCampaign: Campaign;
  updateCampaign: Campaign;
  updateKeywordSet: KeywordSet;
  updatePersona: Persona;
  updatePost: Post;
  updateProxy: Proxy;
  updateProxyPool: ProxyPool;
  /** ADMIN only. */
  updateSettings: Settings;
  updateWebhook: Webhook;
};


export type MutationAcceptConnectionRequestArgs = {
  id: Scalars['ID']['input'];
};


export type MutationAddCommentArgs = {
  body: Scalars['String']['input'];
  postId: Scalars['ID']['input'];
};


export type MutationAddProxyToPoolArgs = {
  poolId: Scalars['ID']['input'];
  proxyId: Scalars['ID']['input'];
};


export type MutationCancelCampaignArgs = {
  id: Scalars['ID']['input'];
};


export type MutationCancelConnectionRequestArgs = {
  id: Scalars['ID']['input'];
};


export type MutationCheckProxyArgs = {
  id: Scalars['ID']['input'];
};


export type MutationCreateApiKeyArgs = {
  input: CreateApiKeyInput;
};


export type MutationCreateCampaignArgs = {
  input: CreateCampaignInput;
};


export type MutationCreateChatArgs = {
  input: CreateChatInput;
};


export type MutationCreateInvitationArgs = {
  input: CreateInvitationInput;
};


export type MutationCreateKeywordSetArgs = {
  input: CreateKeywordSetInput;
};


export type MutationCreatePersonaArgs = {
  input: CreatePersonaInput;
};


export type MutationCreatePostArgs = {
  body: Scalars['String']['input'];
};


export type MutationCreateProxyArgs = {
  input: CreateProxyInput;
};


export type MutationCreateProxyPoolArgs = {
  input: CreateProxyPoolInput;
};


export type MutationCreateResultsExportLinkArgs = {
  campaignId: Scalars['ID']['input'];
};


export type MutationCreateWebhookArgs = {
  input: CreateWebhookInput;
};


export type MutationDeclineConnectionRequestArgs = {
  id: Scalars['ID']['input'];
};


export type MutationDeleteCampaignArgs = {
  id: Scalars['ID']['input'];
};


export type MutationDeleteCommentArgs = {
  id: Scalars['ID']['input'];
};


export type MutationDeleteKeywordSetArgs = {
  id: Scalars['ID']['input'];
};


export type MutationDeleteMessageArgs = {
  id: Scalars['ID']['input'];
};


export type MutationDeletePersonaArgs = {
  id: Scalars['ID']['input'];
};


export type MutationDeletePostArgs = {
  id: Scalars['ID']['input'];
};


export type MutationDeleteProxyArgs = {
  id: Scalars['ID']['input'];
};


export type MutationDeleteProxyPoolArgs = {
  id: Scalars['ID']['input'];
};


export type MutationDeleteWebhookArgs = {
  id: Scalars['ID']['input'];
};


export type MutationDuplicateCampaignArgs = {
  id: Scalars['ID']['input'];
  input?: InputMaybe<DuplicateCampaignInput>;
};


export type MutationEditMessageArgs = {
  body: Scalars['String']['input'];
  id: Scalars['ID']['input'];
};


export type MutationMarkChatReadArgs = {
  chatId: Scalars['ID']['input'];
  messageId: Scalars['ID']['input'];
};


export type MutationMarkNotificationReadArgs = {
  id: Scalars['ID']['input'];
};


export type MutationPauseCampaignArgs = {
  id: Scalars['ID']['input'];
};


export type MutationPingWebhookArgs = {
  id: Scalars['ID']['input'];
};


export type MutationRemoveConnectionArgs = {
  id: Scalars['ID']['input'];
};


export type MutationRemoveMemberArgs = {
  userId: Scalars['ID']['input'];
};


export type MutationRemoveProxyFromPoolArgs = {
  poolId: Scalars['ID']['input'];
  proxyId: Scalars['ID']['input'];
};


export type MutationReplayWebhookArgs = {
  after: Scalars['String']['input'];
  id: Scalars['ID']['input'];
};


export type MutationResumeCampaignArgs = {
  id: Scalars['ID']['input'];
};


export type MutationRevokeApiKeyArgs = {
  id: Scalars['ID']['input'];
};


export type MutationRevokeInvitationArgs = {
  id: Scalars['ID']['input'];
};


export type MutationSendConnectionRequestArgs = {
  userId: Scalars['ID']['input'];
};


export type MutationSendMessageArgs = {
  body: Scalars['String']['input'];
  chatId: Scalars['ID']['input'];
};


export type MutationSetMemberRoleArgs = {
  role: Role;
  userId: Scalars['ID']['input'];
};


export type MutationSetTypingArgs = {
  chatId: Scalars['ID']['input'];
  typing: Scalars['Boolean']['input'];
};


export type MutationSignInArgs = {
  input: SignInInput;
};


export type MutationSignUpArgs = {
  input: SignUpInput;
};


export type MutationStartCampaignArgs = {
  id: Scalars['ID']['input'];
};


export type MutationUpdateCampaignArgs = {
  id: Scalars['ID']['input'];
  input: UpdateCampaignInput;
};


export type MutationUpdateKeywordSetArgs = {
  id: Scalars['ID']['input'];
  input: UpdateKeywordSetInput;
};


export type MutationUpdatePersonaArgs = {
  id: Scalars['ID']['input'];
  input: UpdatePersonaInput;
};


export type MutationUpdatePostArgs = {
  body: Scalars['String']['input'];
  id: Scalars['ID']['input'];
};


export type MutationUpdateProxyArgs = {
  id: Scalars['ID']['input'];
  input: UpdateProxyInput;
};


export type MutationUpdateProxyPoolArgs = {
  id: Scalars['ID']['input'];
  input: UpdateProxyPoolInput;
};


export type MutationUpdateSettingsArgs = {
  input: UpdateSettingsInput;
};


export type MutationUpdateWebhookArgs = {
  id: Scalars['ID']['input'];
  input: UpdateWebhookInput;
};

/** An object with an id unique across the API (Relay Global Object Identification): refetch it with `node(id:)`. */
export type Node = {
  id: Scalars['ID']['output'];
};

/** A message for one user; only that user can read it or receive its changes. */
export type Notification = Node & {
  __typename?: 'Notification';
  body: Scalars['String']['output'];
  createdAt: Scalars['DateTime']['output'];
  entityId?: Maybe<Scalars['ID']['output']>;
  /** What the notification is about. */
  entityType?: Maybe<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  kind: NotificationKind;
  read: Scalars['Boolean']['output'];
  readAt?: Maybe<Scalars['DateTime']['output']>;
  title: Scalars['String']['output'];
  version: Scalars['Int']['output'];
};

export type NotificationChange = Change & {
  __typename?: 'NotificationChange';
  at: Scalars['DateTime']['output'];
  cursor: Scalars['String']['output'];
  entityId: Scalars['ID']['output'];
  notification?: Maybe<Notification>;
  op: ChangeOp;
};

export type NotificationKind =
  | 'CAMPAIGN_FINISHED'
  | 'CONNECTION_ACCEPTED'
  | 'CONNECTION_REQUEST'
  | 'NEW_COMMENT'
  | 'NEW_MESSAGE'
  | 'WEBHOOK_DISABLED';

export type PageInfo = {
  __typename?: 'PageInfo';
  endCursor?: Maybe<Scalars['String']['output']>;
  hasNextPage: Scalars['Boolean']['output'];
  hasPreviousPage: Scalars['Boolean']['output'];
  startCursor?: Maybe<Scalars['String']['output']>;
};

/** How campaigns resolve (DNS) or fetch (HTTP): resolvers, timeouts, headers, concurrency. */
export type Persona = Node & {
  __typename?: 'Persona';
  config: PersonaConfig;
  createdAt: Scalars['DateTime']['output'];
  description: Scalars['String']['output'];
  enabled: Scalars['Boolean']['output'];
  id: Scalars['ID']['output'];
  kind: PersonaKind;
  name: Scalars['String']['output'];
  updatedAt: Scalars['DateTime']['output'];
  version: Scalars['Int']['output'];
};

export type PersonaChange = Change & {
  __typename?: 'PersonaChange';
  at: Scalars['DateTime']['output'];
  cursor: Scalars['String']['output'];
  entityId: Scalars['ID']['output'];
  op: ChangeOp;
  persona?: Maybe<Persona>;
};

export type PersonaConfig = DnsPersonaConfig | HttpPersonaConfig;

export type PersonaKind =
  | 'DNS'
  | 'HTTP';

export type PoolStrategy =
  | 'LEAST_LATENCY'
  | 'RANDOM'
  | 'ROUND_ROBIN';

/** Visible to its author and the author’s accepted connections; its comments follow it. */
export type Post = Node & {
  __typename?: 'Post';
  author?: Maybe<User>;
  body: Scalars['String']['output'];
  commentCount: Scalars['Int']['output'];
  /** Oldest first. */
  comments: Array<Comment>;
  createdAt: Scalars['DateTime']['output'];
  edited: Scalars['Boolean']['output'];
  id: Scalars['ID']['output'];
  updatedAt: Scalars['DateTime']['output'];
  version: Scalars['Int']['output'];
};

export type PostChange = Change & {
  __typename?: 'PostChange';
  at: Scalars['DateTime']['output'];
  cursor: Scalars['String']['output'];
  entityId: Scalars['ID']['output'];
  op: ChangeOp;
  post?: Maybe<Post>;
};

/** Ephemeral: never in the change log, never replayed. */
export type PresenceEvent = {
  __typename?: 'PresenceEvent';
  at: Scalars['DateTime']['output'];
  lastSeenAt?: Maybe<Scalars['DateTime']['output']>;
  online: Scalars['Boolean']['output'];
  user?: Maybe<User>;
};

/** An outbound proxy. Its password is write-only: no response, change or log line contains it. */
export type Proxy = Node & {
  __typename?: 'Proxy';
  createdAt: Scalars['DateTime']['output'];
  enabled: Scalars['Boolean']['output'];
  hasPassword: Scalars['Boolean']['output'];
  health: ProxyHealth;
  host: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  name: Scalars['String']['output'];
  pool?: Maybe<ProxyPool>;
  port: Scalars['Int']['output'];
  protocol: ProxyProtocol;
  updatedAt: Scalars['DateTime']['output'];
  username?: Maybe<Scalars['String']['output']>;
  version: Scalars['Int']['output'];
};

export type ProxyChange = Change & {
  __typename?: 'ProxyChange';
  at: Scalars['DateTime']['output'];
  cursor: Scalars['String']['output'];
  entityId: Scalars['ID']['output'];
  op: ChangeOp;
  proxy?: Maybe<Proxy>;
};

/** Measured by the server on its own schedule; changes arrive as ProxyChange. */
export type ProxyHealth = {
  __typename?: 'ProxyHealth';
  /** When this status and latency were measured. Routine checks that find no material change do not move it. */
  checkedAt?: Maybe<Scalars['DateTime']['output']>;
  error?: Maybe<Scalars['String']['output']>;
  /** Oldest first: the last 30 checks that were recorded (every flip, every latency move past the threshold, every checkProxy). */
  history: Array<ProxyHealthCheck>;
  latencyMs?: Maybe<Scalars['Int']['output']>;
  status: HealthStatus;
};

/** One check the health checker recorded. */
export type ProxyHealthCheck = {
  __typename?: 'ProxyHealthCheck';
  checkedAt: Scalars['DateTime']['output'];
  error?: Maybe<Scalars['String']['output']>;
  latencyMs?: Maybe<Scalars['Int']['output']>;
  status: HealthStatus;
};

export type ProxyHealthCount = {
  __typename?: 'ProxyHealthCount';
  count: Scalars['Int']['output'];
  status: HealthStatus;
};

/** Proxies a campaign rotates through, picked by `strategy`. */
export type ProxyPool = Node & {
  __typename?: 'ProxyPool';
  createdAt: Scalars['DateTime']['output'];
  id: Scalars['ID']['output'];
  name: Scalars['String']['output'];
  proxies: Array<Proxy>;
  strategy: PoolStrategy;
  updatedAt: Scalars['DateTime']['output'];
  version: Scalars['Int']['output'];
};

export type ProxyPoolChange = Change & {
  __typename?: 'ProxyPoolChange';
  at: Scalars['DateTime']['output'];
  cursor: Scalars['String']['output'];
  entityId: Scalars['ID']['output'];
  op: ChangeOp;
  proxyPool?: Maybe<ProxyPool>;
};

export type ProxyProtocol =
  | 'HTTP'
  | 'HTTPS'
  | 'SOCKS5';

export type Query = {
  __typename?: 'Query';
  /** Latest activity, newest first. */
  activity: QueryActivityConnection;
  /** Your API keys, newest first (revoked ones too). Not available to API keys. */
  apiKeys: Array<ApiKey>;
  campaign: Campaign;
  /** Newest first. */
  campaigns: QueryCampaignsConnection;
  /** The cursor of the latest committed change. Ask for it first in the query that loads your view, then subscribe with `changes(after:)` set to it: nothing committed in between is missed. */
  changeCursor: Scalars['String']['output'];
  chat: Chat;
  /** Your chats, the most recently active first. */
  chats: Array<Chat>;
  /** Yours, newest first; `status` narrows to requests (PENDING) or connections (ACCEPTED). */
  connections: Array<Connection>;
  dashboard: Dashboard;
  /** Anyone may ask. On a demo workspace (SEED_DEMO), its accounts; on any other workspace, none. */
  demoAccounts: Array<DemoAccount>;
  /** Your posts and your accepted connections’ posts, newest first. */
  feed: QueryFeedConnection;
  incomingConnectionRequests: Array<Connection>;
  /** ADMIN only: invitations neither used, withdrawn nor expired, newest first. */
  invitations: Array<Invitation>;
  keywordSet: KeywordSet;
  /** Newest first. */
  keywordSets: QueryKeywordSetsConnection;
  me?: Maybe<User>;
  /** The workspace's members (removed ones left), newest first. Everyone may list them; emails show to ADMINs only. */
  members: QueryMembersConnection;
  /** The object with this id, or null when none exists or you may not read it. */
  node?: Maybe<Node>;
  /** The objects with these ids, in order (null where none exists or you may not read it); at most 100. */
  nodes: Array<Maybe<Node>>;
  /** Your notifications, newest first. */
  notifications: QueryNotificationsConnection;
  outgoingConnectionRequests: Array<Connection>;
  persona: Persona;
  /** Newest first. */
  personas: QueryPersonasConnection;
  post: Post;
  /** Newest first. */
  proxies: QueryProxiesConnection;
  proxy: Proxy;
  proxyPool: ProxyPool;
  /** Newest first. */
  proxyPools: QueryProxyPoolsConnection;
  settings: Settings;
  /** ADMIN only. Every instance heard from in the last few intervals, this one first. */
  streamHealth: Array<InstanceStreamHealth>;
  /** People in the workspace, by name. `search` (at most 100 characters) matches any part of a display name, and an email as a whole; an ADMIN, who sees emails, also any part of one. */
  users: Array<User>;
  /** Your webhook endpoints, newest first. Not available to API keys. */
  webhooks: Array<Webhook>;
};


export type QueryActivityArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryCampaignArgs = {
  id: Scalars['ID']['input'];
};


export type QueryCampaignsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  kind?: InputMaybe<CampaignKind>;
  last?: InputMaybe<Scalars['Int']['input']>;
  status?: InputMaybe<CampaignStatus>;
};


export type QueryChatArgs = {
  id: Scalars['ID']['input'];
};


export type QueryConnectionsArgs = {
  status?: InputMaybe<ConnectionStatus>;
};


export type QueryFeedArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryKeywordSetArgs = {
  id: Scalars['ID']['input'];
};


export type QueryKeywordSetsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryMembersArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryNodeArgs = {
  id: Scalars['ID']['input'];
};


export type QueryNodesArgs = {
  ids: Array<Scalars['ID']['input']>;
};


export type QueryNotificationsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  unreadOnly?: InputMaybe<Scalars['Boolean']['input']>;
};


export type QueryPersonaArgs = {
  id: Scalars['ID']['input'];
};


export type QueryPersonasArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  kind?: InputMaybe<PersonaKind>;
  last?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryPostArgs = {
  id: Scalars['ID']['input'];
};


export type QueryProxiesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  health?: InputMaybe<HealthStatus>;
  last?: InputMaybe<Scalars['Int']['input']>;
  poolId?: InputMaybe<Scalars['ID']['input']>;
};


export type QueryProxyArgs = {
  id: Scalars['ID']['input'];
};


export type QueryProxyPoolArgs = {
  id: Scalars['ID']['input'];
};


export type QueryProxyPoolsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryUsersArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  search?: InputMaybe<Scalars['String']['input']>;
};

export type QueryActivityConnection = {
  __typename?: 'QueryActivityConnection';
  edges: Array<QueryActivityConnectionEdge>;
  pageInfo: PageInfo;
};

export type QueryActivityConnectionEdge = {
  __typename?: 'QueryActivityConnectionEdge';
  cursor: Scalars['String']['output'];
  node: Activity;
};

export type QueryCampaignsConnection = {
  __typename?: 'QueryCampaignsConnection';
  edges: Array<QueryCampaignsConnectionEdge>;
  pageInfo: PageInfo;
};

export type QueryCampaignsConnectionEdge = {
  __typename?: 'QueryCampaignsConnectionEdge';
  cursor: Scalars['String']['output'];
  node: Campaign;
};

export type QueryFeedConnection = {
  __typename?: 'QueryFeedConnection';
  edges: Array<QueryFeedConnectionEdge>;
  pageInfo: PageInfo;
};

export type QueryFeedConnectionEdge = {
  __typename?: 'QueryFeedConnectionEdge';
  cursor: Scalars['String']['output'];
  node: Post;
};

export type QueryKeywordSetsConnection = {
  __typename?: 'QueryKeywordSetsConnection';
  edges: Array<QueryKeywordSetsConnectionEdge>;
  pageInfo: PageInfo;
};

export type QueryKeywordSetsConnectionEdge = {
  __typename?: 'QueryKeywordSetsConnectionEdge';
  cursor: Scalars['String']['output'];
  node: KeywordSet;
};

export type QueryMembersConnection = {
  __typename?: 'QueryMembersConnection';
  edges: Array<QueryMembersConnectionEdge>;
  pageInfo: PageInfo;
};

export type QueryMembersConnectionEdge = {
  __typename?: 'QueryMembersConnectionEdge';
  cursor: Scalars['String']['output'];
  node: User;
};

export type QueryNotificationsConnection = {
  __typename?: 'QueryNotificationsConnection';
  edges: Array<QueryNotificationsConnectionEdge>;
  pageInfo: PageInfo;
};

export type QueryNotificationsConnectionEdge = {
  __typename?: 'QueryNotificationsConnectionEdge';
  cursor: Scalars['String']['output'];
  node: Notification;
};

export type QueryPersonasConnection = {
  __typename?: 'QueryPersonasConnection';
  edges: Array<QueryPersonasConnectionEdge>;
  pageInfo: PageInfo;
};

export type QueryPersonasConnectionEdge = {
  __typename?: 'QueryPersonasConnectionEdge';
  cursor: Scalars['String']['output'];
  node: Persona;
};

export type QueryProxiesConnection = {
  __typename?: 'QueryProxiesConnection';
  edges: Array<QueryProxiesConnectionEdge>;
  pageInfo: PageInfo;
};

export type QueryProxiesConnectionEdge = {
  __typename?: 'QueryProxiesConnectionEdge';
  cursor: Scalars['String']['output'];
  node: Proxy;
};

export type QueryProxyPoolsConnection = {
  __typename?: 'QueryProxyPoolsConnection';
  edges: Array<QueryProxyPoolsConnectionEdge>;
  pageInfo: PageInfo;
};

export type QueryProxyPoolsConnectionEdge = {
  __typename?: 'QueryProxyPoolsConnectionEdge';
  cursor: Scalars['String']['output'];
  node: ProxyPool;
};

/** A single-use link to a campaign's results as CSV, for a browser's download (which cannot send a bearer token). */
export type ResultsExportLink = {
  __typename?: 'ResultsExportLink';
  expiresAt: Scalars['DateTime']['output'];
  /** Relative to the server: GET it once, without an Authorization header. */
  url: Scalars['String']['output'];
};

/** The cursor is older than the retained log: refetch what you show, then continue from this cursor. */
export type ResyncChange = Change & {
  __typename?: 'ResyncChange';
  at: Scalars['DateTime']['output'];
  cursor: Scalars['String']['output'];
  entityId: Scalars['ID']['output'];
  op: ChangeOp;
};

/** ADMIN: everything, members and settings included. MEMBER: the console and social. VIEWER: reads the console, writes only their own social content. */
export type Role =
  | 'ADMIN'
  | 'MEMBER'
  | 'VIEWER';

/** Workspace-wide settings; only an ADMIN can change them. */
export type Settings = {
  __typename?: 'Settings';
  /** Changes older than this are pruned; a client resuming from before gets RESYNC. */
  changeRetentionHours: Scalars['Int']['output'];
  id: Scalars['ID']['output'];
  /** At most this many progress changes per running campaign per second. */
  progressPushPerSecond: Scalars['Int']['output'];
  proxyHealthCheckIntervalSeconds: Scalars['Int']['output'];
  updatedAt: Scalars['DateTime']['output'];
  version: Scalars['Int']['output'];
  /** Campaigns running at once. */
  workerConcurrency: Scalars['Int']['output'];
};

export type SettingsChange = Change & {
  __typename?: 'SettingsChange';
  at: Scalars['DateTime']['output'];
  cursor: Scalars['String']['output'];
  entityId: Scalars['ID']['output'];
  op: ChangeOp;
  settings?: Maybe<Settings>;
};

export type SignInInput = {
  email: Scalars['String']['input'];
  password: Scalars['String']['input'];
};

export type SignUpInput = {
  displayName: Scalars['String']['input'];
  email: Scalars['String']['input'];
  /** The token of an ADMIN's invitation (from the link it came in): needed when SIGNUP is invite; joins with its role. */
  invitation?: InputMaybe<Scalars['String']['input']>;
  /** At least 8 characters. */
  password: Scalars['String']['input'];
};

export type Subscription = {
  __typename?: 'Subscription';
  /** Every committed change you may read, in commit order, each once. With `after`, first replays what you missed. `topics` and `entityIds` narrow it (both given: both must match), on replay too. */
  changes: Change;
  /** Your accepted connections going online and offline; first, one event for each already online. */
  presence: PresenceEvent;
  /** ADMIN only. Every instance, now and again each time one reports (every STREAM_HEALTH_INTERVAL_MS). */
  streamHealth: Array<InstanceStreamHealth>;
  /** Others typing in a chat you are in. While open, you count as reading the chat (no new-message notifications for it). */
  typing: TypingEvent;
};


export type SubscriptionChangesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  entityIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  topics?: InputMaybe<Array<ChangeTopic>>;
};


export type SubscriptionTypingArgs = {
  chatId: Scalars['ID']['input'];
};

/** Campaign results stored in one 5-second interval of the workspace. */
export type ThroughputSample = {
  __typename?: 'ThroughputSample';
  /** When the interval began. */
  at: Scalars['DateTime']['output'];
  /** Results per second over the interval (for the current one, over the part that has passed, at least a second). */
  perSecond: Scalars['Float']['output'];
  /** Campaign results stored in the interval. */
  results: Scalars['Int']['output'];
};

/** Ephemeral: never in the change log, never replayed. */
export type TypingEvent = {
  __typename?: 'TypingEvent';
  at: Scalars['DateTime']['output'];
  chatId: Scalars['ID']['output'];
  expiresAt?: Maybe<Scalars['DateTime']['output']>;
  typing: Scalars['Boolean']['output'];
  user?: Maybe<User>;
};

/** Only the fields given change. Everything but the name is fixed once the campaign leaves DRAFT. */
export type UpdateCampaignInput = {
  /** DNS_VALIDATION only. */
  dns?: InputMaybe<DnsValidationParamsInput>;
  /** DOMAIN_GENERATION only (required there). */
  generation?: InputMaybe<DomainGenerationParamsInput>;
  /** HTTP_KEYWORD_VALIDATION only. */
  http?: InputMaybe<HttpKeywordValidationParamsInput>;
  /** HTTP_KEYWORD_VALIDATION (required). */
  keywordSetId?: InputMaybe<Scalars['ID']['input']>;
  name?: InputMaybe<Scalars['String']['input']>;
  /** DNS_VALIDATION: a DNS persona; HTTP_KEYWORD_VALIDATION: an HTTP persona. Required for both. */
  personaId?: InputMaybe<Scalars['ID']['input']>;
  /** HTTP_KEYWORD_VALIDATION: fetch through this pool. */
  proxyPoolId?: InputMaybe<Scalars['ID']['input']>;
  /** DNS_VALIDATION: a DOMAIN_GENERATION campaign; HTTP_KEYWORD_VALIDATION: a DNS_VALIDATION campaign. It runs once its source has COMPLETED. */
  sourceId?: InputMaybe<Scalars['ID']['input']>;
};

/** Only the fields given change; `rules` replaces the whole list. */
export type UpdateKeywordSetInput = {
  description?: InputMaybe<Scalars['String']['input']>;
  enabled?: InputMaybe<Scalars['Boolean']['input']>;
  name?: InputMaybe<Scalars['String']['input']>;
  rules?: InputMaybe<Array<KeywordRuleInput>>;
};

/** Only the fields given change. The kind of a persona is fixed. */
export type UpdatePersonaInput = {
  description?: InputMaybe<Scalars['String']['input']>;
  dns?: InputMaybe<DnsPersonaConfigInput>;
  enabled?: InputMaybe<Scalars['Boolean']['input']>;
  http?: InputMaybe<HttpPersonaConfigInput>;
  name?: InputMaybe<Scalars['String']['input']>;
};

/** Only the fields given change. An empty username or password clears it. */
export type UpdateProxyInput = {
  enabled?: InputMaybe<Scalars['Boolean']['input']>;
  host?: InputMaybe<Scalars['String']['input']>;
  name?: InputMaybe<Scalars['String']['input']>;
  /** Write-only. */
  password?: InputMaybe<Scalars['String']['input']>;
  port?: InputMaybe<Scalars['Int']['input']>;
  protocol?: InputMaybe<ProxyProtocol>;
  username?: InputMaybe<Scalars['String']['input']>;
};

export type UpdateProxyPoolInput = {
  name?: InputMaybe<Scalars['String']['input']>;
  strategy?: InputMaybe<PoolStrategy>;
};

export type UpdateSettingsInput = {
  /** 1 to 8760. */
  changeRetentionHours?: InputMaybe<Scalars['Int']['input']>;
  /** 1 to 50. */
  progressPushPerSecond?: InputMaybe<Scalars['Int']['input']>;
  /** 1 to 86400. */
  proxyHealthCheckIntervalSeconds?: InputMaybe<Scalars['Int']['input']>;
  /** 1 to 64. */
  workerConcurrency?: InputMaybe<Scalars['Int']['input']>;
};

export type UpdateWebhookInput = {
  /** true re-enables a disabled endpoint: it resumes from the first undelivered change. */
  enabled?: InputMaybe<Scalars['Boolean']['input']>;
  entityIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  query?: InputMaybe<Scalars['String']['input']>;
  topics?: InputMaybe<Array<ChangeTopic>>;
  url?: InputMaybe<Scalars['String']['input']>;
};

export type User = Node & {
  __typename?: 'User';
  /** Only on your own user (`me`); null on anyone else. */
  counts?: Maybe<Counts>;
  /** When they joined. */
  createdAt: Scalars['DateTime']['output'];
  displayName: Scalars['String']['output'];
  /** Visible to the user themself and to admins only. */
  email?: Maybe<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  /** When they last went offline. */
  lastSeenAt?: Maybe<Scalars['DateTime']['output']>;
  /** True while any of their sockets is open (after a few seconds of grace on disconnect). */
  online: Scalars['Boolean']['output'];
  /** When an ADMIN removed them from the workspace (they can no longer sign in); null for a member. */
  removedAt?: Maybe<Scalars['DateTime']['output']>;
  role: Role;
};

export type UserChange = Change & {
  __typename?: 'UserChange';
  at: Scalars['DateTime']['output'];
  cursor: Scalars['String']['output'];
  entityId: Scalars['ID']['output'];
  op: ChangeOp;
  user?: Maybe<User>;
};

/** An HTTPS endpoint that receives, one POST per change in commit order, what its API key's stream would carry. */
export type Webhook = Node & {
  __typename?: 'Webhook';
  apiKey: ApiKey;
  /** The last change delivered. */
  cursor?: Maybe<Scalars['String']['output']>;
  /** Attempts, newest first. */
  deliveries: WebhookDeliveriesConnection;
  disabledReason?: Maybe<Scalars['String']['output']>;
  enabled: Scalars['Boolean']['output'];
  entityIds?: Maybe<Array<Scalars['ID']['output']>>;
  failingSince?: Maybe<Scalars['DateTime']['output']>;
  id: Scalars['ID']['output'];
  query: Scalars['String']['output'];
  topics?: Maybe<Array<ChangeTopic>>;
  url: Scalars['String']['output'];
  version: Scalars['Int']['output'];
};


/** An HTTPS endpoint that receives, one POST per change in commit order, what its API key's stream would carry. */
export type WebhookDeliveriesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
};

export type WebhookChange = Change & {
  __typename?: 'WebhookChange';
  at: Scalars['DateTime']['output'];
  cursor: Scalars['String']['output'];
  entityId: Scalars['ID']['output'];
  op: ChangeOp;
  webhook?: Maybe<Webhook>;
};

export type WebhookCreated = {
  __typename?: 'WebhookCreated';
  /** The signing secret (Standard Webhooks, whsec_<base64>), shown only here. */
  secret: Scalars['String']['output'];
  webhook: Webhook;
};

export type WebhookDeliveriesConnection = {
  __typename?: 'WebhookDeliveriesConnection';
  edges: Array<WebhookDeliveriesConnectionEdge>;
  pageInfo: PageInfo;
};

export type WebhookDeliveriesConnectionEdge = {
  __typename?: 'WebhookDeliveriesConnectionEdge';
  cursor: Scalars['String']['output'];
  node: WebhookDelivery;
};

/** One attempt to POST a change (or a ping) to an endpoint. */
export type WebhookDelivery = {
  __typename?: 'WebhookDelivery';
  at: Scalars['DateTime']['output'];
  attempt: Scalars['Int']['output'];
  /** The change's cursor (its `webhook-id`); null for a ping. */
  cursor?: Maybe<Scalars['String']['output']>;
  durationMs?: Maybe<Scalars['Int']['output']>;
  error?: Maybe<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  responseStatus?: Maybe<Scalars['Int']['output']>;
  status: WebhookDeliveryStatus;
};

export type WebhookDeliveryStatus =
  | 'DELIVERED'
  | 'FAILED'
  | 'PENDING';

export type Keys_CreateMutationVariables = Exact<{
  input: CreateApiKeyInput;
}>;


export type Keys_CreateMutation = { __typename?: 'Mutation', createApiKey: { __typename?: 'ApiKeyCreated', secret: string, apiKey: { __typename?: 'ApiKey', id: string, name: string, prefix: string, expiresAt?: string | null, lastUsedAt?: string | null, capabilities: { __typename?: 'ApiKeyCapabilities', read: boolean, write: boolean, topics?: Array<ChangeTopic> | null, entityIds?: Array<string> | null } } } };

export type Keys_RevokeMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type Keys_RevokeMutation = { __typename?: 'Mutation', revokeApiKey: { __typename?: 'ApiKey', id: string, revokedAt?: string | null } };

export type Keys_ListQueryVariables = Exact<{ [key: string]: never; }>;


export type Keys_ListQuery = { __typename?: 'Query', apiKeys: Array<{ __typename?: 'ApiKey', id: string, prefix: string, lastUsedAt?: string | null, usage: { __typename?: 'ApiKeyUsage', requests: number, subscriptions: number, deliveries: number, bytes: number, cutOffs: number, perMinute: Array<{ __typename?: 'ApiKeyUsageMinute', at: string, requests: number, deliveries: number }> } }> };

export type Keys_MeQueryVariables = Exact<{ [key: string]: never; }>;


export type Keys_MeQuery = { __typename?: 'Query', me?: { __typename?: 'User', id: string } | null };

export type Keys_UpdatePersonaMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  input: UpdatePersonaInput;
}>;


export type Keys_UpdatePersonaMutation = { __typename?: 'Mutation', updatePersona: { __typename?: 'Persona', id: string } };

export type Auth_MeQueryVariables = Exact<{ [key: string]: never; }>;


export type Auth_MeQuery = { __typename?: 'Query', me?: { __typename?: 'User', id: string, email?: string | null, role: Role } | null };

export type Auth_SignInMutationVariables = Exact<{
  input: SignInInput;
}>;


export type Auth_SignInMutation = { __typename?: 'Mutation', signIn: { __typename?: 'AuthPayload', token: string, user: { __typename?: 'User', id: string, email?: string | null } } };

export type Auth_SignOutMutationVariables = Exact<{ [key: string]: never; }>;


export type Auth_SignOutMutation = { __typename?: 'Mutation', signOut: boolean };

export type Auth_SignUpMutationVariables = Exact<{
  input: SignUpInput;
}>;


export type Auth_SignUpMutation = { __typename?: 'Mutation', signUp: { __typename?: 'AuthPayload', user: { __typename?: 'User', role: Role } } };

export type BadInput_PersonaQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type BadInput_PersonaQuery = { __typename?: 'Query', persona: { __typename?: 'Persona', id: string } };

export type BadInput_UpdateSettingsMutationVariables = Exact<{
  input: UpdateSettingsInput;
}>;


export type BadInput_UpdateSettingsMutation = { __typename?: 'Mutation', updateSettings: { __typename?: 'Settings', progressPushPerSecond: number } };

export type Duplicate_CampaignMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  input?: InputMaybe<DuplicateCampaignInput>;
}>;


export type Duplicate_CampaignMutation = { __typename?: 'Mutation', duplicateCampaign: { __typename?: 'Campaign', id: string, name: string, kind: CampaignKind, status: CampaignStatus, version: number, persona?: { __typename?: 'Persona', id: string } | null, source?: { __typename?: 'Campaign', id: string } | null, progress: { __typename?: 'CampaignProgress', total: number, processed: number }, params:
      | { __typename: 'DnsValidationParams', recordType: DnsRecordType }
      | { __typename: 'DomainGenerationParams', pattern: GenerationPattern, constant: string, characterSet: string, minLength: number, maxLength: number, tlds: Array<string>, maxDomains?: number | null }
      | { __typename: 'HttpKeywordValidationParams' }
     } };

export type Duplicate_ParamsQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type Duplicate_ParamsQuery = { __typename?: 'Query', campaign: { __typename?: 'Campaign', params:
      | { __typename: 'DnsValidationParams' }
      | { __typename: 'DomainGenerationParams', pattern: GenerationPattern, constant: string, characterSet: string, minLength: number, maxLength: number, tlds: Array<string>, maxDomains?: number | null }
      | { __typename: 'HttpKeywordValidationParams' }
     } };

export type Console_ResultsQueryVariables = Exact<{
  id: Scalars['ID']['input'];
  status?: InputMaybe<CampaignResultStatus>;
  search?: InputMaybe<Scalars['String']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
}>;


export type Console_ResultsQuery = { __typename?: 'Query', campaign: { __typename?: 'Campaign', id: string, status: CampaignStatus, results: { __typename?: 'CampaignResultsConnection', edges: Array<{ __typename?: 'CampaignResultsConnectionEdge', node: { __typename?: 'CampaignResult', position: number, domain: string, status: CampaignResultStatus } }>, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor?: string | null } } } };

export type Console_ResultCountsQueryVariables = Exact<{ [key: string]: never; }>;


export type Console_ResultCountsQuery = { __typename?: 'Query', dashboard: { __typename?: 'Dashboard', resultsByStatus: Array<{ __typename?: 'CampaignResultStatusCount', status: CampaignResultStatus, count: number }> } };

export type Console_CheckProxyMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type Console_CheckProxyMutation = { __typename?: 'Mutation', checkProxy: { __typename?: 'Proxy', id: string, health: { __typename?: 'ProxyHealth', status: HealthStatus, history: Array<{ __typename?: 'ProxyHealthCheck', status: HealthStatus, latencyMs?: number | null, checkedAt: string, error?: string | null }> } } };

export type Console_StreamHealthQueryVariables = Exact<{ [key: string]: never; }>;


export type Console_StreamHealthQuery = { __typename?: 'Query', streamHealth: Array<{ __typename?: 'InstanceStreamHealth', instance: string, webSocketClients: number, sseClients: number, subscriptions: number, deliveriesPerSecond: number, latencyP50Ms?: number | null, latencyP99Ms?: number | null, cutOffs: number, eventLoopLagP99Ms: number }> };

export type Console_StreamHealthLiveSubscriptionVariables = Exact<{ [key: string]: never; }>;


export type Console_StreamHealthLiveSubscription = { __typename?: 'Subscription', streamHealth: Array<{ __typename?: 'InstanceStreamHealth', instance: string, webSocketClients: number, subscriptions: number }> };

export type Console_DemoAccountsQueryVariables = Exact<{ [key: string]: never; }>;


export type Console_DemoAccountsQuery = { __typename?: 'Query', demoAccounts: Array<{ __typename?: 'DemoAccount', email: string, displayName: string, password: string }> };

export type Console_CreateKeyMutationVariables = Exact<{
  input: CreateApiKeyInput;
}>;


export type Console_CreateKeyMutation = { __typename?: 'Mutation', createApiKey: { __typename?: 'ApiKeyCreated', secret: string } };

export type Console_ExportLinkMutationVariables = Exact<{
  campaignId: Scalars['ID']['input'];
}>;


export type Console_ExportLinkMutation = { __typename?: 'Mutation', createResultsExportLink: { __typename?: 'ResultsExportLink', url: string, expiresAt: string } };

export type Console_SignOutMutationVariables = Exact<{ [key: string]: never; }>;


export type Console_SignOutMutation = { __typename?: 'Mutation', signOut: boolean };

export type DemoLab_SignInMutationVariables = Exact<{
  input: SignInInput;
}>;


export type DemoLab_SignInMutation = { __typename?: 'Mutation', signIn: { __typename?: 'AuthPayload', token: string, user: { __typename?: 'User', id: string } } };

export type DemoLab_SetupQueryVariables = Exact<{ [key: string]: never; }>;


export type DemoLab_SetupQuery = { __typename?: 'Query', personas: { __typename?: 'QueryPersonasConnection', edges: Array<{ __typename?: 'QueryPersonasConnectionEdge', node: { __typename?: 'Persona', id: string, name: string, enabled: boolean, version: number, config:
          | { __typename: 'DnsPersonaConfig', resolvers: Array<string> }
          | { __typename: 'HttpPersonaConfig' }
         } }> }, campaigns: { __typename?: 'QueryCampaignsConnection', edges: Array<{ __typename?: 'QueryCampaignsConnectionEdge', node: { __typename?: 'Campaign', id: string, name: string, kind: CampaignKind, status: CampaignStatus, version: number, params:
          | { __typename: 'DnsValidationParams' }
          | { __typename: 'DomainGenerationParams' }
          | { __typename: 'HttpKeywordValidationParams', scheme: HttpScheme, port?: number | null }
         } }> } };

export type Test_ChangesSubscriptionVariables = Exact<{
  after?: InputMaybe<Scalars['String']['input']>;
  topics?: InputMaybe<Array<ChangeTopic> | ChangeTopic>;
}>;


export type Test_ChangesSubscription = { __typename?: 'Subscription', changes:
    | { __typename: 'ActivityChange', cursor: string, op: ChangeOp, entityId: string, activity?: { __typename?: 'Activity', summary: string, entityId: string } | null }
    | { __typename: 'ApiKeyChange', cursor: string, op: ChangeOp, entityId: string }
    | { __typename: 'CampaignChange', cursor: string, op: ChangeOp, entityId: string }
    | { __typename: 'ChatChange', cursor: string, op: ChangeOp, entityId: string }
    | { __typename: 'CommentChange', cursor: string, op: ChangeOp, entityId: string }
    | { __typename: 'ConnectionChange', cursor: string, op: ChangeOp, entityId: string }
    | { __typename: 'CountsChange', cursor: string, op: ChangeOp, entityId: string }
    | { __typename: 'DashboardChange', cursor: string, op: ChangeOp, entityId: string }
    | { __typename: 'InvitationChange', cursor: string, op: ChangeOp, entityId: string }
    | { __typename: 'KeywordSetChange', cursor: string, op: ChangeOp, entityId: string, keywordSet?: { __typename?: 'KeywordSet', id: string, name: string } | null }
    | { __typename: 'MessageChange', cursor: string, op: ChangeOp, entityId: string }
    | { __typename: 'NotificationChange', cursor: string, op: ChangeOp, entityId: string }
    | { __typename: 'PersonaChange', cursor: string, op: ChangeOp, entityId: string, persona?: { __typename?: 'Persona', id: string, name: string, version: number } | null }
    | { __typename: 'PostChange', cursor: string, op: ChangeOp, entityId: string }
    | { __typename: 'ProxyChange', cursor: string, op: ChangeOp, entityId: string }
    | { __typename: 'ProxyPoolChange', cursor: string, op: ChangeOp, entityId: string }
    | { __typename: 'ResyncChange', cursor: string, op: ChangeOp, entityId: string }
    | { __typename: 'SettingsChange', cursor: string, op: ChangeOp, entityId: string, settings?: { __typename?: 'Settings', progressPushPerSecond: number } | null }
    | { __typename: 'UserChange', cursor: string, op: ChangeOp, entityId: string, user?: { __typename?: 'User', id: string, displayName: string } | null }
    | { __typename: 'WebhookChange', cursor: string, op: ChangeOp, entityId: string }
   };

export type Test_CreatePersonaMutationVariables = Exact<{
  input: CreatePersonaInput;
}>;


export type Test_CreatePersonaMutation = { __typename?: 'Mutation', createPersona: { __typename?: 'Persona', id: string, name: string, version: number } };

export type Test_UpdatePersonaMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  input: UpdatePersonaInput;
}>;


export type Test_UpdatePersonaMutation = { __typename?: 'Mutation', updatePersona: { __typename?: 'Persona', id: string, name: string, version: number } };

export type Test_DeletePersonaMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type Test_DeletePersonaMutation = { __typename?: 'Mutation', deletePersona: string };

export type Test_CreateKeywordSetMutationVariables = Exact<{
  input: CreateKeywordSetInput;
}>;


export type Test_CreateKeywordSetMutation = { __typename?: 'Mutation', createKeywordSet: { __typename?: 'KeywordSet', id: string, name: string } };

export type Fanout_CreateSetMutationVariables = Exact<{
  name: Scalars['String']['input'];
  description?: InputMaybe<Scalars['String']['input']>;
}>;


export type Fanout_CreateSetMutation = { __typename?: 'Mutation', createKeywordSet: { __typename?: 'KeywordSet', id: string } };

export type Fanout_RenameSetMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  name: Scalars['String']['input'];
}>;


export type Fanout_RenameSetMutation = { __typename?: 'Mutation', updateKeywordSet: { __typename?: 'KeywordSet', id: string } };

export type Fanout_SetNamesSubscriptionVariables = Exact<{
  after?: InputMaybe<Scalars['String']['input']>;
  topics?: InputMaybe<Array<ChangeTopic> | ChangeTopic>;
  entityIds?: InputMaybe<Array<Scalars['ID']['input']> | Scalars['ID']['input']>;
}>;


export type Fanout_SetNamesSubscription = { __typename?: 'Subscription', changes:
    | { __typename: 'ActivityChange', cursor: string, op: ChangeOp, entityId: string }
    | { __typename: 'ApiKeyChange', cursor: string, op: ChangeOp, entityId: string }
    | { __typename: 'CampaignChange', cursor: string, op: ChangeOp, entityId: string }
    | { __typename: 'ChatChange', cursor: string, op: ChangeOp, entityId: string }
    | { __typename: 'CommentChange', cursor: string, op: ChangeOp, entityId: string }
    | { __typename: 'ConnectionChange', cursor: string, op: ChangeOp, entityId: string }
    | { __typename: 'CountsChange', cursor: string, op: ChangeOp, entityId: string }
    | { __typename: 'DashboardChange', cursor: string, op: ChangeOp, entityId: string }
    | { __typename: 'InvitationChange', cursor: string, op: ChangeOp, entityId: string }
    | { __typename: 'KeywordSetChange', cursor: string, op: ChangeOp, entityId: string, keywordSet?: { __typename?: 'KeywordSet', name: string } | null }
    | { __typename: 'MessageChange', cursor: string, op: ChangeOp, entityId: string }
    | { __typename: 'NotificationChange', cursor: string, op: ChangeOp, entityId: string }
    | { __typename: 'PersonaChange', cursor: string, op: ChangeOp, entityId: string }
    | { __typename: 'PostChange', cursor: string, op: ChangeOp, entityId: string }
    | { __typename: 'ProxyChange', cursor: string, op: ChangeOp, entityId: string }
    | { __typename: 'ProxyPoolChange', cursor: string, op: ChangeOp, entityId: string }
    | { __typename: 'ResyncChange', cursor: string, op: ChangeOp, entityId: string }
    | { __typename: 'SettingsChange', cursor: string, op: ChangeOp, entityId: string }
    | { __typename: 'UserChange', cursor: string, op: ChangeOp, entityId: string }
    | { __typename: 'WebhookChange', cursor: string, op: ChangeOp, entityId: string }
   };

export type Harness_SignUpMutationVariables = Exact<{
  input: SignUpInput;
}>;


export type Harness_SignUpMutation = { __typename?: 'Mutation', signUp: { __typename?: 'AuthPayload', token: string, user: { __typename?: 'User', id: string } } };

export type Harness_ChangeCursorQueryVariables = Exact<{ [key: string]: never; }>;


export type Harness_ChangeCursorQuery = { __typename?: 'Query', changeCursor: string };

export type Members_SignUpMutationVariables = Exact<{
  input: SignUpInput;
}>;


export type Members_SignUpMutation = { __typename?: 'Mutation', signUp: { __typename?: 'AuthPayload', token: string, user: { __typename?: 'User', id: string, role: Role } } };

export type Members_CreateInvitationMutationVariables = Exact<{
  input: CreateInvitationInput;
}>;


export type Members_CreateInvitationMutation = { __typename?: 'Mutation', createInvitation: { __typename?: 'InvitationCreated', token: string, invitation: { __typename?: 'Invitation', id: string, email: string, role: Role, expiresAt: string } } };

export type Members_RevokeInvitationMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type Members_RevokeInvitationMutation = { __typename?: 'Mutation', revokeInvitation: { __typename?: 'Invitation', id: string, revokedAt?: string | null } };

export type Members_InvitationsQueryVariables = Exact<{ [key: string]: never; }>;


export type Members_InvitationsQuery = { __typename?: 'Query', invitations: Array<{ __typename?: 'Invitation', id: string, email: string, role: Role }> };

export type Members_SetRoleMutationVariables = Exact<{
  userId: Scalars['ID']['input'];
  role: Role;
}>;


export type Members_SetRoleMutation = { __typename?: 'Mutation', setMemberRole: { __typename?: 'User', id: string, role: Role } };

export type Members_RemoveMutationVariables = Exact<{
  userId: Scalars['ID']['input'];
}>;


export type Members_RemoveMutation = { __typename?: 'Mutation', removeMember: string };

export type Members_ListQueryVariables = Exact<{ [key: string]: never; }>;


export type Members_ListQuery = { __typename?: 'Query', members: { __typename?: 'QueryMembersConnection', edges: Array<{ __typename?: 'QueryMembersConnectionEdge', node: { __typename?: 'User', id: string, email?: string | null, role: Role, removedAt?: string | null } }> } };

export type Members_CreateKeyMutationVariables = Exact<{
  input: CreateApiKeyInput;
}>;


export type Members_CreateKeyMutation = { __typename?: 'Mutation', createApiKey: { __typename?: 'ApiKeyCreated', secret: string } };

export type MembersScaleOut_ChangesSubscriptionVariables = Exact<{ [key: string]: never; }>;


export type MembersScaleOut_ChangesSubscription = { __typename?: 'Subscription', changes:
    | { __typename?: 'ActivityChange', cursor: string }
    | { __typename?: 'ApiKeyChange', cursor: string }
    | { __typename?: 'CampaignChange', cursor: string }
    | { __typename?: 'ChatChange', cursor: string }
    | { __typename?: 'CommentChange', cursor: string }
    | { __typename?: 'ConnectionChange', cursor: string }
    | { __typename?: 'CountsChange', cursor: string }
    | { __typename?: 'DashboardChange', cursor: string }
    | { __typename?: 'InvitationChange', cursor: string }
    | { __typename?: 'KeywordSetChange', cursor: string }
    | { __typename?: 'MessageChange', cursor: string }
    | { __typename?: 'NotificationChange', cursor: string }
    | { __typename?: 'PersonaChange', cursor: string }
    | { __typename?: 'PostChange', cursor: string }
    | { __typename?: 'ProxyChange', cursor: string }
    | { __typename?: 'ProxyPoolChange', cursor: string }
    | { __typename?: 'ResyncChange', cursor: string }
    | { __typename?: 'SettingsChange', cursor: string }
    | { __typename?: 'UserChange', cursor: string }
    | { __typename?: 'WebhookChange', cursor: string }
   };

export type MembersScaleOut_MeQueryVariables = Exact<{ [key: string]: never; }>;


export type MembersScaleOut_MeQuery = { __typename?: 'Query', me?: { __typename?: 'User', id: string } | null };

export type Members_MeQueryVariables = Exact<{ [key: string]: never; }>;


export type Members_MeQuery = { __typename?: 'Query', me?: { __typename?: 'User', id: string, role: Role } | null };

export type Members_InvitationChangesSubscriptionVariables = Exact<{
  after?: InputMaybe<Scalars['String']['input']>;
}>;


export type Members_InvitationChangesSubscription = { __typename?: 'Subscription', changes:
    | { __typename: 'ActivityChange', op: ChangeOp, entityId: string }
    | { __typename: 'ApiKeyChange', op: ChangeOp, entityId: string }
    | { __typename: 'CampaignChange', op: ChangeOp, entityId: string }
    | { __typename: 'ChatChange', op: ChangeOp, entityId: string }
    | { __typename: 'CommentChange', op: ChangeOp, entityId: string }
    | { __typename: 'ConnectionChange', op: ChangeOp, entityId: string }
    | { __typename: 'CountsChange', op: ChangeOp, entityId: string }
    | { __typename: 'DashboardChange', op: ChangeOp, entityId: string }
    | { __typename: 'InvitationChange', op: ChangeOp, entityId: string, invitation?: { __typename?: 'Invitation', id: string, email: string, acceptedAt?: string | null } | null }
    | { __typename: 'KeywordSetChange', op: ChangeOp, entityId: string }
    | { __typename: 'MessageChange', op: ChangeOp, entityId: string }
    | { __typename: 'NotificationChange', op: ChangeOp, entityId: string }
    | { __typename: 'PersonaChange', op: ChangeOp, entityId: string }
    | { __typename: 'PostChange', op: ChangeOp, entityId: string }
    | { __typename: 'ProxyChange', op: ChangeOp, entityId: string }
    | { __typename: 'ProxyPoolChange', op: ChangeOp, entityId: string }
    | { __typename: 'ResyncChange', op: ChangeOp, entityId: string }
    | { __typename: 'SettingsChange', op: ChangeOp, entityId: string }
    | { __typename: 'UserChange', op: ChangeOp, entityId: string, user?: { __typename?: 'User', id: string, role: Role, removedAt?: string | null } | null }
    | { __typename: 'WebhookChange', op: ChangeOp, entityId: string }
   };

export type Members_SseSubscriptionVariables = Exact<{ [key: string]: never; }>;


export type Members_SseSubscription = { __typename?: 'Subscription', changes:
    | { __typename?: 'ActivityChange', cursor: string }
    | { __typename?: 'ApiKeyChange', cursor: string }
    | { __typename?: 'CampaignChange', cursor: string }
    | { __typename?: 'ChatChange', cursor: string }
    | { __typename?: 'CommentChange', cursor: string }
    | { __typename?: 'ConnectionChange', cursor: string }
    | { __typename?: 'CountsChange', cursor: string }
    | { __typename?: 'DashboardChange', cursor: string }
    | { __typename?: 'InvitationChange', cursor: string }
    | { __typename?: 'KeywordSetChange', cursor: string }
    | { __typename?: 'MessageChange', cursor: string }
    | { __typename?: 'NotificationChange', cursor: string }
    | { __typename?: 'PersonaChange', cursor: string }
    | { __typename?: 'PostChange', cursor: string }
    | { __typename?: 'ProxyChange', cursor: string }
    | { __typename?: 'ProxyPoolChange', cursor: string }
    | { __typename?: 'ResyncChange', cursor: string }
    | { __typename?: 'SettingsChange', cursor: string }
    | { __typename?: 'UserChange', cursor: string }
    | { __typename?: 'WebhookChange', cursor: string }
   };

export type Ops_CreateProxyMutationVariables = Exact<{
  input: CreateProxyInput;
}>;


export type Ops_CreateProxyMutation = { __typename?: 'Mutation', createProxy: { __typename?: 'Proxy', id: string, name: string, username?: string | null, hasPassword: boolean, health: { __typename?: 'ProxyHealth', status: HealthStatus } } };

export type Ops_UpdateProxyMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  input: UpdateProxyInput;
}>;


export type Ops_UpdateProxyMutation = { __typename?: 'Mutation', updateProxy: { __typename?: 'Proxy', id: string, hasPassword: boolean, health: { __typename?: 'ProxyHealth', status: HealthStatus } } };

export type Ops_DeleteProxyMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type Ops_DeleteProxyMutation = { __typename?: 'Mutation', deleteProxy: string };

export type Ops_CheckProxyMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type Ops_CheckProxyMutation = { __typename?: 'Mutation', checkProxy: { __typename?: 'Proxy', id: string, health: { __typename?: 'ProxyHealth', status: HealthStatus, latencyMs?: number | null, checkedAt?: string | null, error?: string | null } } };

export type Ops_ProxyDetailsQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type Ops_ProxyDetailsQuery = { __typename?: 'Query', proxy: { __typename?: 'Proxy', id: string, name: string, protocol: ProxyProtocol, host: string, port: number, username?: string | null, hasPassword: boolean, enabled: boolean, version: number, pool?: { __typename?: 'ProxyPool', id: string, name: string } | null, health: { __typename?: 'ProxyHealth', status: HealthStatus, latencyMs?: number | null, checkedAt?: string | null, error?: string | null } } };

export type Ops_CreateProxyPoolMutationVariables = Exact<{
  input: CreateProxyPoolInput;
}>;


export type Ops_CreateProxyPoolMutation = { __typename?: 'Mutation', createProxyPool: { __typename?: 'ProxyPool', id: string, name: string, strategy: PoolStrategy } };

export type Ops_UpdateProxyPoolMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  input: UpdateProxyPoolInput;
}>;


export type Ops_UpdateProxyPoolMutation = { __typename?: 'Mutation', updateProxyPool: { __typename?: 'ProxyPool', id: string, strategy: PoolStrategy } };

export type Ops_DeleteProxyPoolMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type Ops_DeleteProxyPoolMutation = { __typename?: 'Mutation', deleteProxyPool: string };

export type Ops_AddProxyToPoolMutationVariables = Exact<{
  poolId: Scalars['ID']['input'];
  proxyId: Scalars['ID']['input'];
}>;


export type Ops_AddProxyToPoolMutation = { __typename?: 'Mutation', addProxyToPool: { __typename?: 'ProxyPool', id: string, proxies: Array<{ __typename?: 'Proxy', id: string }> } };

export type Ops_RemoveProxyFromPoolMutationVariables = Exact<{
  poolId: Scalars['ID']['input'];
  proxyId: Scalars['ID']['input'];
}>;


export type Ops_RemoveProxyFromPoolMutation = { __typename?: 'Mutation', removeProxyFromPool: { __typename?: 'ProxyPool', id: string, proxies: Array<{ __typename?: 'Proxy', id: string }> } };

export type Ops_ChangesSubscriptionVariables = Exact<{
  after?: InputMaybe<Scalars['String']['input']>;
  topics?: InputMaybe<Array<ChangeTopic> | ChangeTopic>;
}>;


export type Ops_ChangesSubscription = { __typename?: 'Subscription', changes:
    | { __typename: 'ActivityChange', cursor: string, op: ChangeOp, entityId: string, at: string, activity?: { __typename?: 'Activity', summary: string, entityId: string } | null }
    | { __typename: 'ApiKeyChange', cursor: string, op: ChangeOp, entityId: string, at: string }
    | { __typename: 'CampaignChange', cursor: string, op: ChangeOp, entityId: string, at: string, campaign?: { __typename?: 'Campaign', id: string, status: CampaignStatus, error?: string | null, startedAt?: string | null, finishedAt?: string | null, progress: { __typename?: 'CampaignProgress', total: number, processed: number, succeeded: number, failed: number, percent: number } } | null }
    | { __typename: 'ChatChange', cursor: string, op: ChangeOp, entityId: string, at: string }
    | { __typename: 'CommentChange', cursor: string, op: ChangeOp, entityId: string, at: string }
    | { __typename: 'ConnectionChange', cursor: string, op: ChangeOp, entityId: string, at: string }
    | { __typename: 'CountsChange', cursor: string, op: ChangeOp, entityId: string, at: string }
    | { __typename: 'DashboardChange', cursor: string, op: ChangeOp, entityId: string, at: string, dashboard?: { __typename?: 'Dashboard', campaignsByStatus: Array<{ __typename?: 'CampaignStatusCount', status: CampaignStatus, count: number }>, proxiesByHealth: Array<{ __typename?: 'ProxyHealthCount', status: HealthStatus, count: number }>, totals: { __typename?: 'DashboardTotals', campaigns: number, proxies: number, proxyPools: number, personas: number, keywordSets: number } } | null }
    | { __typename: 'InvitationChange', cursor: string, op: ChangeOp, entityId: string, at: string }
    | { __typename: 'KeywordSetChange', cursor: string, op: ChangeOp, entityId: string, at: string }
    | { __typename: 'MessageChange', cursor: string, op: ChangeOp, entityId: string, at: string }
    | { __typename: 'NotificationChange', cursor: string, op: ChangeOp, entityId: string, at: string, notification?: { __typename?: 'Notification', id: string, kind: NotificationKind, title: string, entityId?: string | null, read: boolean } | null }
    | { __typename: 'PersonaChange', cursor: string, op: ChangeOp, entityId: string, at: string }
    | { __typename: 'PostChange', cursor: string, op: ChangeOp, entityId: string, at: string }
    | { __typename: 'ProxyChange', cursor: string, op: ChangeOp, entityId: string, at: string, proxy?: { __typename?: 'Proxy', id: string, username?: string | null, hasPassword: boolean, health: { __typename?: 'ProxyHealth', status: HealthStatus, latencyMs?: number | null, error?: string | null } } | null }
    | { __typename: 'ProxyPoolChange', cursor: string, op: ChangeOp, entityId: string, at: string, proxyPool?: { __typename?: 'ProxyPool', id: string, strategy: PoolStrategy, proxies: Array<{ __typename?: 'Proxy', id: string }> } | null }
    | { __typename: 'ResyncChange', cursor: string, op: ChangeOp, entityId: string, at: string }
    | { __typename: 'SettingsChange', cursor: string, op: ChangeOp, entityId: string, at: string }
    | { __typename: 'UserChange', cursor: string, op: ChangeOp, entityId: string, at: string }
    | { __typename: 'WebhookChange', cursor: string, op: ChangeOp, entityId: string, at: string }
   };

export type Ops_CreateCampaignMutationVariables = Exact<{
  input: CreateCampaignInput;
}>;


export type Ops_CreateCampaignMutation = { __typename?: 'Mutation', createCampaign: { __typename?: 'Campaign', id: string, name: string, status: CampaignStatus, progress: { __typename?: 'CampaignProgress', total: number } } };

export type Ops_UpdateCampaignMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  input: UpdateCampaignInput;
}>;


export type Ops_UpdateCampaignMutation = { __typename?: 'Mutation', updateCampaign: { __typename?: 'Campaign', id: string, name: string } };

export type Ops_DeleteCampaignMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type Ops_DeleteCampaignMutation = { __typename?: 'Mutation', deleteCampaign: string };

export type Ops_StartCampaignMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type Ops_StartCampaignMutation = { __typename?: 'Mutation', startCampaign: { __typename?: 'Campaign', id: string, status: CampaignStatus } };

export type Ops_PauseCampaignMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type Ops_PauseCampaignMutation = { __typename?: 'Mutation', pauseCampaign: { __typename?: 'Campaign', id: string, status: CampaignStatus } };

export type Ops_ResumeCampaignMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type Ops_ResumeCampaignMutation = { __typename?: 'Mutation', resumeCampaign: { __typename?: 'Campaign', id: string, status: CampaignStatus } };

export type Ops_CancelCampaignMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type Ops_CancelCampaignMutation = { __typename?: 'Mutation', cancelCampaign: { __typename?: 'Campaign', id: string, status: CampaignStatus } };

export type Ops_CampaignStatusQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type Ops_CampaignStatusQuery = { __typename?: 'Query', campaign: { __typename?: 'Campaign', id: string, status: CampaignStatus, error?: string | null, note?: string | null, startedAt?: string | null, finishedAt?: string | null, progress: { __typename?: 'CampaignProgress', total: number, processed: number, succeeded: number, failed: number, percent: number } } };

export type Ops_CampaignResultsQueryVariables = Exact<{
  id: Scalars['ID']['input'];
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
  status?: InputMaybe<CampaignResultStatus>;
}>;


export type Ops_CampaignResultsQuery = { __typename?: 'Query', campaign: { __typename?: 'Campaign', id: string, results: { __typename?: 'CampaignResultsConnection', edges: Array<{ __typename?: 'CampaignResultsConnectionEdge', cursor: string, node: { __typename?: 'CampaignResult', position: number, domain: string, status: CampaignResultStatus, records?: Array<string> | null, httpStatus?: number | null, matchedKeywords?: Array<string> | null, error?: string | null } }>, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor?: string | null } } } };

export type Ops_DashboardQueryVariables = Exact<{ [key: string]: never; }>;


export type Ops_DashboardQuery = { __typename?: 'Query', dashboard: { __typename?: 'Dashboard', campaignsByStatus: Array<{ __typename?: 'CampaignStatusCount', status: CampaignStatus, count: number }>, proxiesByHealth: Array<{ __typename?: 'ProxyHealthCount', status: HealthStatus, count: number }>, totals: { __typename?: 'DashboardTotals', campaigns: number, proxies: number, proxyPools: number, personas: number, keywordSets: number } } };

export type Ops_MyNotificationsQueryVariables = Exact<{
  unreadOnly?: InputMaybe<Scalars['Boolean']['input']>;
}>;


export type Ops_MyNotificationsQuery = { __typename?: 'Query', notifications: { __typename?: 'QueryNotificationsConnection', edges: Array<{ __typename?: 'QueryNotificationsConnectionEdge', node: { __typename?: 'Notification', id: string, kind: NotificationKind, title: string, body: string, entityId?: string | null, read: boolean } }> } };

export type Ops_MarkNotificationReadMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type Ops_MarkNotificationReadMutation = { __typename?: 'Mutation', markNotificationRead: { __typename?: 'Notification', id: string, read: boolean } };

export type Ops_MarkAllNotificationsReadMutationVariables = Exact<{ [key: string]: never; }>;


export type Ops_MarkAllNotificationsReadMutation = { __typename?: 'Mutation', markAllNotificationsRead: number };

export type Ops_UpdateSettingsMutationVariables = Exact<{
  input: UpdateSettingsInput;
}>;


export type Ops_UpdateSettingsMutation = { __typename?: 'Mutation', updateSettings: { __typename?: 'Settings', id: string, progressPushPerSecond: number, proxyHealthCheckIntervalSeconds: number, workerConcurrency: number } };

export type Ops_CreateHttpPersonaMutationVariables = Exact<{
  input: CreatePersonaInput;
}>;


export type Ops_CreateHttpPersonaMutation = { __typename?: 'Mutation', createPersona: { __typename?: 'Persona', id: string } };

export type Coverage_UpdateKeywordSetMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  input: UpdateKeywordSetInput;
}>;


export type Coverage_UpdateKeywordSetMutation = { __typename?: 'Mutation', updateKeywordSet: { __typename?: 'KeywordSet', id: string } };

export type Coverage_DeleteKeywordSetMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type Coverage_DeleteKeywordSetMutation = { __typename?: 'Mutation', deleteKeywordSet: string };

export type Coverage_DuplicateCampaignMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type Coverage_DuplicateCampaignMutation = { __typename?: 'Mutation', duplicateCampaign: { __typename?: 'Campaign', id: string } };

export type Coverage_UpdateSettingsMutationVariables = Exact<{
  input: UpdateSettingsInput;
}>;


export type Coverage_UpdateSettingsMutation = { __typename?: 'Mutation', updateSettings: { __typename?: 'Settings', id: string } };

export type Coverage_CreateApiKeyMutationVariables = Exact<{
  input: CreateApiKeyInput;
}>;


export type Coverage_CreateApiKeyMutation = { __typename?: 'Mutation', createApiKey: { __typename?: 'ApiKeyCreated', apiKey: { __typename?: 'ApiKey', id: string } } };

export type Coverage_RevokeApiKeyMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type Coverage_RevokeApiKeyMutation = { __typename?: 'Mutation', revokeApiKey: { __typename?: 'ApiKey', id: string } };

export type Coverage_CreateWebhookMutationVariables = Exact<{
  input: CreateWebhookInput;
}>;


export type Coverage_CreateWebhookMutation = { __typename?: 'Mutation', createWebhook: { __typename?: 'WebhookCreated', webhook: { __typename?: 'Webhook', id: string, cursor?: string | null } } };

export type Coverage_UpdateWebhookMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  input: UpdateWebhookInput;
}>;


export type Coverage_UpdateWebhookMutation = { __typename?: 'Mutation', updateWebhook: { __typename?: 'Webhook', id: string } };

export type Coverage_DeleteWebhookMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type Coverage_DeleteWebhookMutation = { __typename?: 'Mutation', deleteWebhook: string };

export type Coverage_PingWebhookMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type Coverage_PingWebhookMutation = { __typename?: 'Mutation', pingWebhook: { __typename?: 'WebhookDelivery', status: WebhookDeliveryStatus } };

export type Coverage_ReplayWebhookMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  after: Scalars['String']['input'];
}>;


export type Coverage_ReplayWebhookMutation = { __typename?: 'Mutation', replayWebhook: { __typename?: 'Webhook', id: string } };

export type RateLimit_MeQueryVariables = Exact<{ [key: string]: never; }>;


export type RateLimit_MeQuery = { __typename?: 'Query', me?: { __typename?: 'User', id: string } | null };

export type ScaleOut_CreateKeyMutationVariables = Exact<{
  input: CreateApiKeyInput;
}>;


export type ScaleOut_CreateKeyMutation = { __typename?: 'Mutation', createApiKey: { __typename?: 'ApiKeyCreated', secret: string, apiKey: { __typename?: 'ApiKey', id: string } } };

export type ScaleOut_RevokeKeyMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type ScaleOut_RevokeKeyMutation = { __typename?: 'Mutation', revokeApiKey: { __typename?: 'ApiKey', id: string } };

export type ScaleOut_KeyUsageQueryVariables = Exact<{ [key: string]: never; }>;


export type ScaleOut_KeyUsageQuery = { __typename?: 'Query', apiKeys: Array<{ __typename?: 'ApiKey', id: string, usage: { __typename?: 'ApiKeyUsage', requests: number, subscriptions: number } }> };

export type ScaleOut_StreamHealthSubscriptionVariables = Exact<{ [key: string]: never; }>;


export type ScaleOut_StreamHealthSubscription = { __typename?: 'Subscription', streamHealth: Array<{ __typename?: 'InstanceStreamHealth', instance: string, webSocketClients: number }> };

export type Seed_SignInMutationVariables = Exact<{
  input: SignInInput;
}>;


export type Seed_SignInMutation = { __typename?: 'Mutation', signIn: { __typename?: 'AuthPayload', token: string, user: { __typename?: 'User', id: string, role: Role } } };

export type Seed_WorkspaceQueryVariables = Exact<{ [key: string]: never; }>;


export type Seed_WorkspaceQuery = { __typename?: 'Query', personas: { __typename?: 'QueryPersonasConnection', edges: Array<{ __typename?: 'QueryPersonasConnectionEdge', node: { __typename?: 'Persona', kind: PersonaKind } }> }, keywordSets: { __typename?: 'QueryKeywordSetsConnection', edges: Array<{ __typename?: 'QueryKeywordSetsConnectionEdge', node: { __typename?: 'KeywordSet', id: string } }> }, proxyPools: { __typename?: 'QueryProxyPoolsConnection', edges: Array<{ __typename?: 'QueryProxyPoolsConnectionEdge', node: { __typename?: 'ProxyPool', proxies: Array<{ __typename?: 'Proxy', name: string }> } }> }, connections: Array<{ __typename?: 'Connection', id: string }>, chats: Array<{ __typename?: 'Chat', id: string, unreadCount: number }>, feed: { __typename?: 'QueryFeedConnection', edges: Array<{ __typename?: 'QueryFeedConnectionEdge', node: { __typename?: 'Post', commentCount: number } }> }, campaigns: { __typename?: 'QueryCampaignsConnection', edges: Array<{ __typename?: 'QueryCampaignsConnectionEdge', node: { __typename?: 'Campaign', id: string, kind: CampaignKind, status: CampaignStatus, source?: { __typename?: 'Campaign', id: string } | null } }> } };

export type Shutdown_SignUpMutationVariables = Exact<{
  input: SignUpInput;
}>;


export type Shutdown_SignUpMutation = { __typename?: 'Mutation', signUp: { __typename?: 'AuthPayload', token: string } };

export type Social_SendConnectionRequestMutationVariables = Exact<{
  userId: Scalars['ID']['input'];
}>;


export type Social_SendConnectionRequestMutation = { __typename?: 'Mutation', sendConnectionRequest: { __typename?: 'Connection', id: string, status: ConnectionStatus } };

export type Social_AcceptConnectionRequestMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type Social_AcceptConnectionRequestMutation = { __typename?: 'Mutation', acceptConnectionRequest: { __typename?: 'Connection', id: string, status: ConnectionStatus } };

export type Social_DeclineConnectionRequestMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type Social_DeclineConnectionRequestMutation = { __typename?: 'Mutation', declineConnectionRequest: string };

export type Social_CancelConnectionRequestMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type Social_CancelConnectionRequestMutation = { __typename?: 'Mutation', cancelConnectionRequest: string };

export type Social_RemoveConnectionMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type Social_RemoveConnectionMutation = { __typename?: 'Mutation', removeConnection: string };

export type Social_CreateChatMutationVariables = Exact<{
  input: CreateChatInput;
}>;


export type Social_CreateChatMutation = { __typename?: 'Mutation', createChat: { __typename?: 'Chat', id: string, kind: ChatKind } };

export type Social_SendMessageMutationVariables = Exact<{
  chatId: Scalars['ID']['input'];
  body: Scalars['String']['input'];
}>;


export type Social_SendMessageMutation = { __typename?: 'Mutation', sendMessage: { __typename?: 'Message', id: string, body: string } };

export type Social_EditMessageMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  body: Scalars['String']['input'];
}>;


export type Social_EditMessageMutation = { __typename?: 'Mutation', editMessage: { __typename?: 'Message', id: string, body: string, edited: boolean } };

export type Social_DeleteMessageMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type Social_DeleteMessageMutation = { __typename?: 'Mutation', deleteMessage: { __typename?: 'Message', id: string, body: string, deleted: boolean } };

export type Social_MarkChatReadMutationVariables = Exact<{
  chatId: Scalars['ID']['input'];
  messageId: Scalars['ID']['input'];
}>;


export type Social_MarkChatReadMutation = { __typename?: 'Mutation', markChatRead: { __typename?: 'Chat', id: string, unreadCount: number } };

export type Social_SetTypingMutationVariables = Exact<{
  chatId: Scalars['ID']['input'];
  typing: Scalars['Boolean']['input'];
}>;


export type Social_SetTypingMutation = { __typename?: 'Mutation', setTyping: boolean };

export type Social_CreatePostMutationVariables = Exact<{
  body: Scalars['String']['input'];
}>;


export type Social_CreatePostMutation = { __typename?: 'Mutation', createPost: { __typename?: 'Post', id: string } };

export type Social_UpdatePostMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  body: Scalars['String']['input'];
}>;


export type Social_UpdatePostMutation = { __typename?: 'Mutation', updatePost: { __typename?: 'Post', id: string, body: string } };

export type Social_DeletePostMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type Social_DeletePostMutation = { __typename?: 'Mutation', deletePost: string };

export type Social_AddCommentMutationVariables = Exact<{
  postId: Scalars['ID']['input'];
  body: Scalars['String']['input'];
}>;


export type Social_AddCommentMutation = { __typename?: 'Mutation', addComment: { __typename?: 'Comment', id: string } };

export type Social_DeleteCommentMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type Social_DeleteCommentMutation = { __typename?: 'Mutation', deleteComment: string };

export type Social_ChangesSubscriptionVariables = Exact<{
  after?: InputMaybe<Scalars['String']['input']>;
  topics?: InputMaybe<Array<ChangeTopic> | ChangeTopic>;
}>;


export type Social_ChangesSubscription = { __typename?: 'Subscription', changes:
    | { __typename: 'ActivityChange', cursor: string, op: ChangeOp, entityId: string }
    | { __typename: 'ApiKeyChange', cursor: string, op: ChangeOp, entityId: string }
    | { __typename: 'CampaignChange', cursor: string, op: ChangeOp, entityId: string }
    | { __typename: 'ChatChange', cursor: string, op: ChangeOp, entityId: string, chat?: { __typename?: 'Chat', id: string, unreadCount: number, lastMessage?: { __typename?: 'Message', id: string } | null } | null }
    | { __typename: 'CommentChange', cursor: string, op: ChangeOp, entityId: string, comment?: { __typename?: 'Comment', id: string, postId: string, body: string } | null }
    | { __typename: 'ConnectionChange', cursor: string, op: ChangeOp, entityId: string, connection?: { __typename?: 'Connection', id: string, status: ConnectionStatus, requester: { __typename?: 'User', id: string }, addressee: { __typename?: 'User', id: string } } | null }
    | { __typename: 'CountsChange', cursor: string, op: ChangeOp, entityId: string, counts?: { __typename?: 'Counts', id: string, unreadMessages: number, unreadNotifications: number, incomingConnectionRequests: number } | null }
    | { __typename: 'DashboardChange', cursor: string, op: ChangeOp, entityId: string }
    | { __typename: 'InvitationChange', cursor: string, op: ChangeOp, entityId: string }
    | { __typename: 'KeywordSetChange', cursor: string, op: ChangeOp, entityId: string }
    | { __typename: 'MessageChange', cursor: string, op: ChangeOp, entityId: string, message?: { __typename?: 'Message', id: string, chatId: string, body: string, deleted: boolean, author?: { __typename?: 'User', id: string } | null } | null }
    | { __typename: 'NotificationChange', cursor: string, op: ChangeOp, entityId: string, notification?: { __typename?: 'Notification', id: string, kind: NotificationKind, read: boolean, entityId?: string | null } | null }
    | { __typename: 'PersonaChange', cursor: string, op: ChangeOp, entityId: string }
    | { __typename: 'PostChange', cursor: string, op: ChangeOp, entityId: string, post?: { __typename?: 'Post', id: string, body: string, commentCount: number, author?: { __typename?: 'User', id: string } | null } | null }
    | { __typename: 'ProxyChange', cursor: string, op: ChangeOp, entityId: string }
    | { __typename: 'ProxyPoolChange', cursor: string, op: ChangeOp, entityId: string }
    | { __typename: 'ResyncChange', cursor: string, op: ChangeOp, entityId: string }
    | { __typename: 'SettingsChange', cursor: string, op: ChangeOp, entityId: string }
    | { __typename: 'UserChange', cursor: string, op: ChangeOp, entityId: string, user?: { __typename?: 'User', id: string } | null }
    | { __typename: 'WebhookChange', cursor: string, op: ChangeOp, entityId: string }
   };

export type Social_TypingSubscriptionVariables = Exact<{
  chatId: Scalars['ID']['input'];
}>;


export type Social_TypingSubscription = { __typename?: 'Subscription', typing: { __typename?: 'TypingEvent', chatId: string, typing: boolean, at: string, expiresAt?: string | null, user?: { __typename?: 'User', id: string } | null } };

export type Social_PresenceSubscriptionVariables = Exact<{ [key: string]: never; }>;


export type Social_PresenceSubscription = { __typename?: 'Subscription', presence: { __typename?: 'PresenceEvent', online: boolean, at: string, lastSeenAt?: string | null, user?: { __typename?: 'User', id: string } | null } };

export type Social_StateQueryVariables = Exact<{ [key: string]: never; }>;


export type Social_StateQuery = { __typename?: 'Query', me?: { __typename?: 'User', id: string, counts?: { __typename?: 'Counts', unreadMessages: number, unreadNotifications: number, incomingConnectionRequests: number } | null } | null, chats: Array<{ __typename?: 'Chat', id: string, unreadCount: number }>, connections: Array<{ __typename?: 'Connection', id: string, status: ConnectionStatus, user: { __typename?: 'User', id: string } }>, notifications: { __typename?: 'QueryNotificationsConnection', edges: Array<{ __typename?: 'QueryNotificationsConnectionEdge', node: { __typename?: 'Notification', id: string, read: boolean } }> }, feed: { __typename?: 'QueryFeedConnection', edges: Array<{ __typename?: 'QueryFeedConnectionEdge', node: { __typename?: 'Post', id: string, body: string, commentCount: number } }> } };

export type Social_ChatThreadQueryVariables = Exact<{
  id: Scalars['ID']['input'];
  last?: InputMaybe<Scalars['Int']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
}>;


export type Social_ChatThreadQuery = { __typename?: 'Query', chat: { __typename?: 'Chat', id: string, kind: ChatKind, unreadCount: number, members: Array<{ __typename?: 'User', id: string, online: boolean }>, messages: { __typename?: 'ChatMessagesConnection', edges: Array<{ __typename?: 'ChatMessagesConnectionEdge', cursor: string, node: { __typename?: 'Message', id: string, body: string, deleted: boolean, edited: boolean } }>, pageInfo: { __typename?: 'PageInfo', hasPreviousPage: boolean, startCursor?: string | null } } } };

export type Social_UserPresenceQueryVariables = Exact<{
  search?: InputMaybe<Scalars['String']['input']>;
}>;


export type Social_UserPresenceQuery = { __typename?: 'Query', users: Array<{ __typename?: 'User', id: string, online: boolean, lastSeenAt?: string | null }> };

export type Social_SignOutMutationVariables = Exact<{ [key: string]: never; }>;


export type Social_SignOutMutation = { __typename?: 'Mutation', signOut: boolean };

export type ThirdParties_CreateKeyMutationVariables = Exact<{
  input: CreateApiKeyInput;
}>;


export type ThirdParties_CreateKeyMutation = { __typename?: 'Mutation', createApiKey: { __typename?: 'ApiKeyCreated', secret: string } };

export type ThirdParties_NodeQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type ThirdParties_NodeQuery = { __typename?: 'Query', node?:
    | { __typename: 'Activity', id: string }
    | { __typename: 'ApiKey', id: string }
    | { __typename: 'Campaign', id: string }
    | { __typename: 'Chat', id: string }
    | { __typename: 'Comment', id: string }
    | { __typename: 'Connection', id: string }
    | { __typename: 'Invitation', id: string }
    | { __typename: 'KeywordSet', id: string }
    | { __typename: 'Message', id: string }
    | { __typename: 'Notification', id: string }
    | { __typename: 'Persona', id: string }
    | { __typename: 'Post', id: string }
    | { __typename: 'Proxy', id: string }
    | { __typename: 'ProxyPool', id: string }
    | { __typename: 'User', id: string }
    | { __typename: 'Webhook', id: string }
   | null };

export type Webhooks_CreateKeyMutationVariables = Exact<{
  input: CreateApiKeyInput;
}>;


export type Webhooks_CreateKeyMutation = { __typename?: 'Mutation', createApiKey: { __typename?: 'ApiKeyCreated', apiKey: { __typename?: 'ApiKey', id: string } } };

export type Webhooks_CreateMutationVariables = Exact<{
  input: CreateWebhookInput;
}>;


export type Webhooks_CreateMutation = { __typename?: 'Mutation', createWebhook: { __typename?: 'WebhookCreated', secret: string, webhook: { __typename?: 'Webhook', id: string, cursor?: string | null, enabled: boolean } } };

export type Webhooks_UpdateMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  input: UpdateWebhookInput;
}>;


export type Webhooks_UpdateMutation = { __typename?: 'Mutation', updateWebhook: { __typename?: 'Webhook', id: string, enabled: boolean } };

export type Webhooks_ReplayMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  after: Scalars['String']['input'];
}>;


export type Webhooks_ReplayMutation = { __typename?: 'Mutation', replayWebhook: { __typename?: 'Webhook', id: string, cursor?: string | null } };

export type Webhooks_PingMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type Webhooks_PingMutation = { __typename?: 'Mutation', pingWebhook: { __typename?: 'WebhookDelivery', status: WebhookDeliveryStatus, responseStatus?: number | null } };

export type Webhooks_DeliveriesQueryVariables = Exact<{ [key: string]: never; }>;


export type Webhooks_DeliveriesQuery = { __typename?: 'Query', webhooks: Array<{ __typename?: 'Webhook', id: string, cursor?: string | null, failingSince?: string | null, deliveries: { __typename?: 'WebhookDeliveriesConnection', edges: Array<{ __typename?: 'WebhookDeliveriesConnectionEdge', node: { __typename?: 'WebhookDelivery', cursor?: string | null, status: WebhookDeliveryStatus, responseStatus?: number | null, attempt: number } }> } }> };

export type Webhooks_DeleteMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type Webhooks_DeleteMutation = { __typename?: 'Mutation', deleteWebhook: string };

export type Webhooks_StateQueryVariables = Exact<{ [key: string]: never; }>;


export type Webhooks_StateQuery = { __typename?: 'Query', webhooks: Array<{ __typename?: 'Webhook', id: string, enabled: boolean, disabledReason?: string | null }> };

export type Webhooks_NotificationsQueryVariables = Exact<{ [key: string]: never; }>;


export type Webhooks_NotificationsQuery = { __typename?: 'Query', notifications: { __typename?: 'QueryNotificationsConnection', edges: Array<{ __typename?: 'QueryNotificationsConnectionEdge', node: { __typename?: 'Notification', kind: NotificationKind, entityId?: string | null } }> } };


export const Keys_CreateDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"Keys_Create"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateApiKeyInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createApiKey"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"secret"}},{"kind":"Field","name":{"kind":"Name","value":"apiKey"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"prefix"}},{"kind":"Field","name":{"kind":"Name","value":"capabilities"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"read"}},{"kind":"Field","name":{"kind":"Name","value":"write"}},{"kind":"Field","name":{"kind":"Name","value":"topics"}},{"kind":"Field","name":{"kind":"Name","value":"entityIds"}}]}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"lastUsedAt"}}]}}]}}]}}]} as unknown as DocumentNode<Keys_CreateMutation, Keys_CreateMutationVariables>;
export const Keys_RevokeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"Keys_Revoke"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"revokeApiKey"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"revokedAt"}}]}}]}}]} as unknown as DocumentNode<Keys_RevokeMutation, Keys_RevokeMutationVariables>;
export const Keys_ListDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Keys_List"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"apiKeys"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"prefix"}},{"kind":"Field","name":{"kind":"Name","value":"lastUsedAt"}},{"kind":"Field","name":{"kind":"Name","value":"usage"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"requests"}},{"kind":"Field","name":{"kind":"Name","value":"subscriptions"}},{"kind":"Field","name":{"kind":"Name","value":"deliveries"}},{"kind":"Field","name":{"kind":"Name","value":"bytes"}},{"kind":"Field","name":{"kind":"Name","value":"cutOffs"}},{"kind":"Field","name":{"kind":"Name","value":"perMinute"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"requests"}},{"kind":"Field","name":{"kind":"Name","value":"deliveries"}}]}}]}}]}}]}}]} as unknown as DocumentNode<Keys_ListQuery, Keys_ListQueryVariables>;
export const Keys_MeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Keys_Me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<Keys_MeQuery, Keys_MeQueryVariables>;
export const Keys_UpdatePersonaDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"Keys_UpdatePersona"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdatePersonaInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updatePersona"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<Keys_UpdatePersonaMutation, Keys_UpdatePersonaMutationVariables>;
export const Auth_MeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Auth_Me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"role"}}]}}]}}]} as unknown as DocumentNode<Auth_MeQuery, Auth_MeQueryVariables>;
export const Auth_SignInDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"Auth_SignIn"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SignInInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"signIn"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"token"}},{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"email"}}]}}]}}]}}]} as unknown as DocumentNode<Auth_SignInMutation, Auth_SignInMutationVariables>;
export const Auth_SignOutDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"Auth_SignOut"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"signOut"}}]}}]} as unknown as DocumentNode<Auth_SignOutMutation, Auth_SignOutMutationVariables>;
export const Auth_SignUpDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"Auth_SignUp"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SignUpInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"signUp"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"role"}}]}}]}}]}}]} as unknown as DocumentNode<Auth_SignUpMutation, Auth_SignUpMutationVariables>;
export const BadInput_PersonaDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"BadInput_Persona"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"persona"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<BadInput_PersonaQuery, BadInput_PersonaQueryVariables>;
export const BadInput_UpdateSettingsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"BadInput_UpdateSettings"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateSettingsInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateSettings"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"progressPushPerSecond"}}]}}]}}]} as unknown as DocumentNode<BadInput_UpdateSettingsMutation, BadInput_UpdateSettingsMutationVariables>;
export const Duplicate_CampaignDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"Duplicate_Campaign"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"DuplicateCampaignInput"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"duplicateCampaign"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"persona"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"source"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"progress"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"processed"}}]}},{"kind":"Field","name":{"kind":"Name","value":"params"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"DomainGenerationParams"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"pattern"}},{"kind":"Field","name":{"kind":"Name","value":"constant"}},{"kind":"Field","name":{"kind":"Name","value":"characterSet"}},{"kind":"Field","name":{"kind":"Name","value":"minLength"}},{"kind":"Field","name":{"kind":"Name","value":"maxLength"}},{"kind":"Field","name":{"kind":"Name","value":"tlds"}},{"kind":"Field","name":{"kind":"Name","value":"maxDomains"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"DnsValidationParams"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordType"}}]}}]}}]}}]}}]} as unknown as DocumentNode<Duplicate_CampaignMutation, Duplicate_CampaignMutationVariables>;
export const Duplicate_ParamsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Duplicate_Params"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"campaign"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"params"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"DomainGenerationParams"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"pattern"}},{"kind":"Field","name":{"kind":"Name","value":"constant"}},{"kind":"Field","name":{"kind":"Name","value":"characterSet"}},{"kind":"Field","name":{"kind":"Name","value":"minLength"}},{"kind":"Field","name":{"kind":"Name","value":"maxLength"}},{"kind":"Field","name":{"kind":"Name","value":"tlds"}},{"kind":"Field","name":{"kind":"Name","value":"maxDomains"}}]}}]}}]}}]}}]} as unknown as DocumentNode<Duplicate_ParamsQuery, Duplicate_ParamsQueryVariables>;
export const Console_ResultsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Console_Results"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"status"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"CampaignResultStatus"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"search"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"campaign"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"results"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"500"}},{"kind":"Argument","name":{"kind":"Name","value":"status"},"value":{"kind":"Variable","name":{"kind":"Name","value":"status"}}},{"kind":"Argument","name":{"kind":"Name","value":"search"},"value":{"kind":"Variable","name":{"kind":"Name","value":"search"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"domain"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]}}]}}]} as unknown as DocumentNode<Console_ResultsQuery, Console_ResultsQueryVariables>;
export const Console_ResultCountsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Console_ResultCounts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"dashboard"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"resultsByStatus"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}}]}}]}}]} as unknown as DocumentNode<Console_ResultCountsQuery, Console_ResultCountsQueryVariables>;
export const Console_CheckProxyDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"Console_CheckProxy"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"checkProxy"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"health"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"history"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"latencyMs"}},{"kind":"Field","name":{"kind":"Name","value":"checkedAt"}},{"kind":"Field","name":{"kind":"Name","value":"error"}}]}}]}}]}}]}}]} as unknown as DocumentNode<Console_CheckProxyMutation, Console_CheckProxyMutationVariables>;
export const Console_StreamHealthDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Console_StreamHealth"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"streamHealth"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"instance"}},{"kind":"Field","name":{"kind":"Name","value":"webSocketClients"}},{"kind":"Field","name":{"kind":"Name","value":"sseClients"}},{"kind":"Field","name":{"kind":"Name","value":"subscriptions"}},{"kind":"Field","name":{"kind":"Name","value":"deliveriesPerSecond"}},{"kind":"Field","name":{"kind":"Name","value":"latencyP50Ms"}},{"kind":"Field","name":{"kind":"Name","value":"latencyP99Ms"}},{"kind":"Field","name":{"kind":"Name","value":"cutOffs"}},{"kind":"Field","name":{"kind":"Name","value":"eventLoopLagP99Ms"}}]}}]}}]} as unknown as DocumentNode<Console_StreamHealthQuery, Console_StreamHealthQueryVariables>;
export const Console_StreamHealthLiveDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"Console_StreamHealthLive"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"streamHealth"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"instance"}},{"kind":"Field","name":{"kind":"Name","value":"webSocketClients"}},{"kind":"Field","name":{"kind":"Name","value":"subscriptions"}}]}}]}}]} as unknown as DocumentNode<Console_StreamHealthLiveSubscription, Console_StreamHealthLiveSubscriptionVariables>;
export const Console_DemoAccountsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Console_DemoAccounts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"demoAccounts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"password"}}]}}]}}]} as unknown as DocumentNode<Console_DemoAccountsQuery, Console_DemoAccountsQueryVariables>;
export const Console_CreateKeyDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"Console_CreateKey"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateApiKeyInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createApiKey"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"secret"}}]}}]}}]} as unknown as DocumentNode<Console_CreateKeyMutation, Console_CreateKeyMutationVariables>;
export const Console_ExportLinkDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"Console_ExportLink"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"campaignId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createResultsExportLink"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"campaignId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"campaignId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}}]}}]}}]} as unknown as DocumentNode<Console_ExportLinkMutation, Console_ExportLinkMutationVariables>;
export const Console_SignOutDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"Console_SignOut"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"signOut"}}]}}]} as unknown as DocumentNode<Console_SignOutMutation, Console_SignOutMutationVariables>;
export const DemoLab_SignInDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DemoLab_SignIn"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SignInInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"signIn"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"token"}},{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<DemoLab_SignInMutation, DemoLab_SignInMutationVariables>;
export const DemoLab_SetupDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DemoLab_Setup"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"personas"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"enabled"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"config"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"DnsPersonaConfig"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"resolvers"}}]}}]}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"campaigns"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"params"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"HttpKeywordValidationParams"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"scheme"}},{"kind":"Field","name":{"kind":"Name","value":"port"}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<DemoLab_SetupQuery, DemoLab_SetupQueryVariables>;
export const Test_ChangesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"Test_Changes"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"topics"}},"type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ChangeTopic"}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"changes"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"topics"},"value":{"kind":"Variable","name":{"kind":"Name","value":"topics"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"op"}},{"kind":"Field","name":{"kind":"Name","value":"entityId"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PersonaChange"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"persona"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"KeywordSetChange"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"keywordSet"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ActivityChange"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"activity"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"entityId"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SettingsChange"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"settings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"progressPushPerSecond"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserChange"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}}]}}]}}]}}]} as unknown as DocumentNode<Test_ChangesSubscription, Test_ChangesSubscriptionVariables>;
export const Test_CreatePersonaDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"Test_CreatePersona"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreatePersonaInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createPersona"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]} as unknown as DocumentNode<Test_CreatePersonaMutation, Test_CreatePersonaMutationVariables>;
export const Test_UpdatePersonaDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"Test_UpdatePersona"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdatePersonaInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updatePersona"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]} as unknown as DocumentNode<Test_UpdatePersonaMutation, Test_UpdatePersonaMutationVariables>;
export const Test_DeletePersonaDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"Test_DeletePersona"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deletePersona"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}]}]}}]} as unknown as DocumentNode<Test_DeletePersonaMutation, Test_DeletePersonaMutationVariables>;
export const Test_CreateKeywordSetDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"Test_CreateKeywordSet"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateKeywordSetInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createKeywordSet"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<Test_CreateKeywordSetMutation, Test_CreateKeywordSetMutationVariables>;
export const Fanout_CreateSetDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"Fanout_CreateSet"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"name"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"description"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createKeywordSet"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"name"},"value":{"kind":"Variable","name":{"kind":"Name","value":"name"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"description"},"value":{"kind":"Variable","name":{"kind":"Name","value":"description"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"rules"},"value":{"kind":"ListValue","values":[{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"pattern"},"value":{"kind":"StringValue","value":"x","block":false}},{"kind":"ObjectField","name":{"kind":"Name","value":"kind"},"value":{"kind":"EnumValue","value":"STRING"}}]}]}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<Fanout_CreateSetMutation, Fanout_CreateSetMutationVariables>;
export const Fanout_RenameSetDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"Fanout_RenameSet"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"name"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateKeywordSet"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"name"},"value":{"kind":"Variable","name":{"kind":"Name","value":"name"}}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<Fanout_RenameSetMutation, Fanout_RenameSetMutationVariables>;
export const Fanout_SetNamesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"Fanout_SetNames"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"topics"}},"type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ChangeTopic"}}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"entityIds"}},"type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"changes"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"topics"},"value":{"kind":"Variable","name":{"kind":"Name","value":"topics"}}},{"kind":"Argument","name":{"kind":"Name","value":"entityIds"},"value":{"kind":"Variable","name":{"kind":"Name","value":"entityIds"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"op"}},{"kind":"Field","name":{"kind":"Name","value":"entityId"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"KeywordSetChange"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"keywordSet"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]} as unknown as DocumentNode<Fanout_SetNamesSubscription, Fanout_SetNamesSubscriptionVariables>;
export const Harness_SignUpDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"Harness_SignUp"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SignUpInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"signUp"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"token"}},{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<Harness_SignUpMutation, Harness_SignUpMutationVariables>;
export const Harness_ChangeCursorDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Harness_ChangeCursor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"changeCursor"}}]}}]} as unknown as DocumentNode<Harness_ChangeCursorQuery, Harness_ChangeCursorQueryVariables>;
export const Members_SignUpDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"Members_SignUp"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SignUpInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"signUp"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"token"}},{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"role"}}]}}]}}]}}]} as unknown as DocumentNode<Members_SignUpMutation, Members_SignUpMutationVariables>;
export const Members_CreateInvitationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"Members_CreateInvitation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateInvitationInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createInvitation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"token"}},{"kind":"Field","name":{"kind":"Name","value":"invitation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}}]}}]}}]}}]} as unknown as DocumentNode<Members_CreateInvitationMutation, Members_CreateInvitationMutationVariables>;
export const Members_RevokeInvitationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"Members_RevokeInvitation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"revokeInvitation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"revokedAt"}}]}}]}}]} as unknown as DocumentNode<Members_RevokeInvitationMutation, Members_RevokeInvitationMutationVariables>;
export const Members_InvitationsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Members_Invitations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"invitations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"role"}}]}}]}}]} as unknown as DocumentNode<Members_InvitationsQuery, Members_InvitationsQueryVariables>;
export const Members_SetRoleDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"Members_SetRole"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"userId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"role"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Role"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setMemberRole"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"userId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"userId"}}},{"kind":"Argument","name":{"kind":"Name","value":"role"},"value":{"kind":"Variable","name":{"kind":"Name","value":"role"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"role"}}]}}]}}]} as unknown as DocumentNode<Members_SetRoleMutation, Members_SetRoleMutationVariables>;
export const Members_RemoveDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"Members_Remove"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"userId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"removeMember"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"userId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"userId"}}}]}]}}]} as unknown as DocumentNode<Members_RemoveMutation, Members_RemoveMutationVariables>;
export const Members_ListDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Members_List"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"members"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"removedAt"}}]}}]}}]}}]}}]} as unknown as DocumentNode<Members_ListQuery, Members_ListQueryVariables>;
export const Members_CreateKeyDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"Members_CreateKey"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateApiKeyInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createApiKey"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"secret"}}]}}]}}]} as unknown as DocumentNode<Members_CreateKeyMutation, Members_CreateKeyMutationVariables>;
export const MembersScaleOut_ChangesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"MembersScaleOut_Changes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"changes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}}]}}]}}]} as unknown as DocumentNode<MembersScaleOut_ChangesSubscription, MembersScaleOut_ChangesSubscriptionVariables>;
export const MembersScaleOut_MeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MembersScaleOut_Me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<MembersScaleOut_MeQuery, MembersScaleOut_MeQueryVariables>;
export const Members_MeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Members_Me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"role"}}]}}]}}]} as unknown as DocumentNode<Members_MeQuery, Members_MeQueryVariables>;
export const Members_InvitationChangesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"Members_InvitationChanges"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"changes"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"topics"},"value":{"kind":"ListValue","values":[{"kind":"EnumValue","value":"INVITATION"},{"kind":"EnumValue","value":"USER"}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"op"}},{"kind":"Field","name":{"kind":"Name","value":"entityId"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"InvitationChange"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"invitation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"acceptedAt"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserChange"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"removedAt"}}]}}]}}]}}]}}]} as unknown as DocumentNode<Members_InvitationChangesSubscription, Members_InvitationChangesSubscriptionVariables>;
export const Members_SseDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"Members_Sse"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"changes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}}]}}]}}]} as unknown as DocumentNode<Members_SseSubscription, Members_SseSubscriptionVariables>;
export const Ops_CreateProxyDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"Ops_CreateProxy"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateProxyInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createProxy"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"username"}},{"kind":"Field","name":{"kind":"Name","value":"hasPassword"}},{"kind":"Field","name":{"kind":"Name","value":"health"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]}}]} as unknown as DocumentNode<Ops_CreateProxyMutation, Ops_CreateProxyMutationVariables>;
export const Ops_UpdateProxyDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"Ops_UpdateProxy"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateProxyInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateProxy"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"hasPassword"}},{"kind":"Field","name":{"kind":"Name","value":"health"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]}}]} as unknown as DocumentNode<Ops_UpdateProxyMutation, Ops_UpdateProxyMutationVariables>;
export const Ops_DeleteProxyDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"Ops_DeleteProxy"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deleteProxy"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}]}]}}]} as unknown as DocumentNode<Ops_DeleteProxyMutation, Ops_DeleteProxyMutationVariables>;
export const Ops_CheckProxyDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"Ops_CheckProxy"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"checkProxy"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"health"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"latencyMs"}},{"kind":"Field","name":{"kind":"Name","value":"checkedAt"}},{"kind":"Field","name":{"kind":"Name","value":"error"}}]}}]}}]}}]} as unknown as DocumentNode<Ops_CheckProxyMutation, Ops_CheckProxyMutationVariables>;
export const Ops_ProxyDetailsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Ops_ProxyDetails"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"proxy"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"protocol"}},{"kind":"Field","name":{"kind":"Name","value":"host"}},{"kind":"Field","name":{"kind":"Name","value":"port"}},{"kind":"Field","name":{"kind":"Name","value":"username"}},{"kind":"Field","name":{"kind":"Name","value":"hasPassword"}},{"kind":"Field","name":{"kind":"Name","value":"enabled"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"pool"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"health"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"latencyMs"}},{"kind":"Field","name":{"kind":"Name","value":"checkedAt"}},{"kind":"Field","name":{"kind":"Name","value":"error"}}]}}]}}]}}]} as unknown as DocumentNode<Ops_ProxyDetailsQuery, Ops_ProxyDetailsQueryVariables>;
export const Ops_CreateProxyPoolDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"Ops_CreateProxyPool"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateProxyPoolInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createProxyPool"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"strategy"}}]}}]}}]} as unknown as DocumentNode<Ops_CreateProxyPoolMutation, Ops_CreateProxyPoolMutationVariables>;
export const Ops_UpdateProxyPoolDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"Ops_UpdateProxyPool"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateProxyPoolInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateProxyPool"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"strategy"}}]}}]}}]} as unknown as DocumentNode<Ops_UpdateProxyPoolMutation, Ops_UpdateProxyPoolMutationVariables>;
export const Ops_DeleteProxyPoolDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"Ops_DeleteProxyPool"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deleteProxyPool"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}]}]}}]} as unknown as DocumentNode<Ops_DeleteProxyPoolMutation, Ops_DeleteProxyPoolMutationVariables>;
export const Ops_AddProxyToPoolDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"Ops_AddProxyToPool"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"poolId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"proxyId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"addProxyToPool"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"poolId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"poolId"}}},{"kind":"Argument","name":{"kind":"Name","value":"proxyId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"proxyId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"proxies"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<Ops_AddProxyToPoolMutation, Ops_AddProxyToPoolMutationVariables>;
export const Ops_RemoveProxyFromPoolDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"Ops_RemoveProxyFromPool"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"poolId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"proxyId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"removeProxyFromPool"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"poolId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"poolId"}}},{"kind":"Argument","name":{"kind":"Name","value":"proxyId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"proxyId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"proxies"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<Ops_RemoveProxyFromPoolMutation, Ops_RemoveProxyFromPoolMutationVariables>;
export const Ops_ChangesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"Ops_Changes"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"topics"}},"type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ChangeTopic"}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"changes"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"topics"},"value":{"kind":"Variable","name":{"kind":"Name","value":"topics"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"op"}},{"kind":"Field","name":{"kind":"Name","value":"entityId"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ProxyChange"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"proxy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"username"}},{"kind":"Field","name":{"kind":"Name","value":"hasPassword"}},{"kind":"Field","name":{"kind":"Name","value":"health"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"latencyMs"}},{"kind":"Field","name":{"kind":"Name","value":"error"}}]}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ProxyPoolChange"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"proxyPool"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"strategy"}},{"kind":"Field","name":{"kind":"Name","value":"proxies"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CampaignChange"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"campaign"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"error"}},{"kind":"Field","name":{"kind":"Name","value":"startedAt"}},{"kind":"Field","name":{"kind":"Name","value":"finishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"progress"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"processed"}},{"kind":"Field","name":{"kind":"Name","value":"succeeded"}},{"kind":"Field","name":{"kind":"Name","value":"failed"}},{"kind":"Field","name":{"kind":"Name","value":"percent"}}]}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"DashboardChange"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"dashboard"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"campaignsByStatus"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}},{"kind":"Field","name":{"kind":"Name","value":"proxiesByHealth"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}},{"kind":"Field","name":{"kind":"Name","value":"totals"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"campaigns"}},{"kind":"Field","name":{"kind":"Name","value":"proxies"}},{"kind":"Field","name":{"kind":"Name","value":"proxyPools"}},{"kind":"Field","name":{"kind":"Name","value":"personas"}},{"kind":"Field","name":{"kind":"Name","value":"keywordSets"}}]}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"NotificationChange"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"notification"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"entityId"}},{"kind":"Field","name":{"kind":"Name","value":"read"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ActivityChange"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"activity"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"entityId"}}]}}]}}]}}]}}]} as unknown as DocumentNode<Ops_ChangesSubscription, Ops_ChangesSubscriptionVariables>;
export const Ops_CreateCampaignDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"Ops_CreateCampaign"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateCampaignInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createCampaign"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"progress"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"total"}}]}}]}}]}}]} as unknown as DocumentNode<Ops_CreateCampaignMutation, Ops_CreateCampaignMutationVariables>;
export const Ops_UpdateCampaignDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"Ops_UpdateCampaign"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateCampaignInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateCampaign"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<Ops_UpdateCampaignMutation, Ops_UpdateCampaignMutationVariables>;
export const Ops_DeleteCampaignDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"Ops_DeleteCampaign"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deleteCampaign"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}]}]}}]} as unknown as DocumentNode<Ops_DeleteCampaignMutation, Ops_DeleteCampaignMutationVariables>;
export const Ops_StartCampaignDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"Ops_StartCampaign"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"startCampaign"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<Ops_StartCampaignMutation, Ops_StartCampaignMutationVariables>;
export const Ops_PauseCampaignDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"Ops_PauseCampaign"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"pauseCampaign"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<Ops_PauseCampaignMutation, Ops_PauseCampaignMutationVariables>;
export const Ops_ResumeCampaignDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"Ops_ResumeCampaign"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"resumeCampaign"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<Ops_ResumeCampaignMutation, Ops_ResumeCampaignMutationVariables>;
export const Ops_CancelCampaignDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"Ops_CancelCampaign"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cancelCampaign"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<Ops_CancelCampaignMutation, Ops_CancelCampaignMutationVariables>;
export const Ops_CampaignStatusDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Ops_CampaignStatus"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"campaign"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"error"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"startedAt"}},{"kind":"Field","name":{"kind":"Name","value":"finishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"progress"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"processed"}},{"kind":"Field","name":{"kind":"Name","value":"succeeded"}},{"kind":"Field","name":{"kind":"Name","value":"failed"}},{"kind":"Field","name":{"kind":"Name","value":"percent"}}]}}]}}]}}]} as unknown as DocumentNode<Ops_CampaignStatusQuery, Ops_CampaignStatusQueryVariables>;
export const Ops_CampaignResultsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Ops_CampaignResults"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"status"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"CampaignResultStatus"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"campaign"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"results"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"status"},"value":{"kind":"Variable","name":{"kind":"Name","value":"status"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"domain"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"records"}},{"kind":"Field","name":{"kind":"Name","value":"httpStatus"}},{"kind":"Field","name":{"kind":"Name","value":"matchedKeywords"}},{"kind":"Field","name":{"kind":"Name","value":"error"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]}}]}}]} as unknown as DocumentNode<Ops_CampaignResultsQuery, Ops_CampaignResultsQueryVariables>;
export const Ops_DashboardDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Ops_Dashboard"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"dashboard"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"campaignsByStatus"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}},{"kind":"Field","name":{"kind":"Name","value":"proxiesByHealth"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}},{"kind":"Field","name":{"kind":"Name","value":"totals"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"campaigns"}},{"kind":"Field","name":{"kind":"Name","value":"proxies"}},{"kind":"Field","name":{"kind":"Name","value":"proxyPools"}},{"kind":"Field","name":{"kind":"Name","value":"personas"}},{"kind":"Field","name":{"kind":"Name","value":"keywordSets"}}]}}]}}]}}]} as unknown as DocumentNode<Ops_DashboardQuery, Ops_DashboardQueryVariables>;
export const Ops_MyNotificationsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Ops_MyNotifications"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"unreadOnly"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"notifications"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"50"}},{"kind":"Argument","name":{"kind":"Name","value":"unreadOnly"},"value":{"kind":"Variable","name":{"kind":"Name","value":"unreadOnly"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"entityId"}},{"kind":"Field","name":{"kind":"Name","value":"read"}}]}}]}}]}}]}}]} as unknown as DocumentNode<Ops_MyNotificationsQuery, Ops_MyNotificationsQueryVariables>;
export const Ops_MarkNotificationReadDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"Ops_MarkNotificationRead"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"markNotificationRead"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"read"}}]}}]}}]} as unknown as DocumentNode<Ops_MarkNotificationReadMutation, Ops_MarkNotificationReadMutationVariables>;
export const Ops_MarkAllNotificationsReadDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"Ops_MarkAllNotificationsRead"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"markAllNotificationsRead"}}]}}]} as unknown as DocumentNode<Ops_MarkAllNotificationsReadMutation, Ops_MarkAllNotificationsReadMutationVariables>;
export const Ops_UpdateSettingsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"Ops_UpdateSettings"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateSettingsInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateSettings"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"progressPushPerSecond"}},{"kind":"Field","name":{"kind":"Name","value":"proxyHealthCheckIntervalSeconds"}},{"kind":"Field","name":{"kind":"Name","value":"workerConcurrency"}}]}}]}}]} as unknown as DocumentNode<Ops_UpdateSettingsMutation, Ops_UpdateSettingsMutationVariables>;
export const Ops_CreateHttpPersonaDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"Ops_CreateHttpPersona"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreatePersonaInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createPersona"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<Ops_CreateHttpPersonaMutation, Ops_CreateHttpPersonaMutationVariables>;
export const Coverage_UpdateKeywordSetDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"Coverage_UpdateKeywordSet"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateKeywordSetInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateKeywordSet"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<Coverage_UpdateKeywordSetMutation, Coverage_UpdateKeywordSetMutationVariables>;
export const Coverage_DeleteKeywordSetDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"Coverage_DeleteKeywordSet"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deleteKeywordSet"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}]}]}}]} as unknown as DocumentNode<Coverage_DeleteKeywordSetMutation, Coverage_DeleteKeywordSetMutationVariables>;
export const Coverage_DuplicateCampaignDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"Coverage_DuplicateCampaign"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"duplicateCampaign"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<Coverage_DuplicateCampaignMutation, Coverage_DuplicateCampaignMutationVariables>;
export const Coverage_UpdateSettingsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"Coverage_UpdateSettings"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateSettingsInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateSettings"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<Coverage_UpdateSettingsMutation, Coverage_UpdateSettingsMutationVariables>;
export const Coverage_CreateApiKeyDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"Coverage_CreateApiKey"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateApiKeyInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createApiKey"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"apiKey"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<Coverage_CreateApiKeyMutation, Coverage_CreateApiKeyMutationVariables>;
export const Coverage_RevokeApiKeyDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"Coverage_RevokeApiKey"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"revokeApiKey"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<Coverage_RevokeApiKeyMutation, Coverage_RevokeApiKeyMutationVariables>;
export const Coverage_CreateWebhookDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"Coverage_CreateWebhook"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateWebhookInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createWebhook"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"webhook"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"cursor"}}]}}]}}]}}]} as unknown as DocumentNode<Coverage_CreateWebhookMutation, Coverage_CreateWebhookMutationVariables>;
export const Coverage_UpdateWebhookDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"Coverage_UpdateWebhook"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateWebhookInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateWebhook"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<Coverage_UpdateWebhookMutation, Coverage_UpdateWebhookMutationVariables>;
export const Coverage_DeleteWebhookDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"Coverage_DeleteWebhook"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deleteWebhook"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}]}]}}]} as unknown as DocumentNode<Coverage_DeleteWebhookMutation, Coverage_DeleteWebhookMutationVariables>;
export const Coverage_PingWebhookDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"Coverage_PingWebhook"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"pingWebhook"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<Coverage_PingWebhookMutation, Coverage_PingWebhookMutationVariables>;
export const Coverage_ReplayWebhookDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"Coverage_ReplayWebhook"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"replayWebhook"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<Coverage_ReplayWebhookMutation, Coverage_ReplayWebhookMutationVariables>;
export const RateLimit_MeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"RateLimit_Me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<RateLimit_MeQuery, RateLimit_MeQueryVariables>;
export const ScaleOut_CreateKeyDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ScaleOut_CreateKey"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateApiKeyInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createApiKey"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"secret"}},{"kind":"Field","name":{"kind":"Name","value":"apiKey"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<ScaleOut_CreateKeyMutation, ScaleOut_CreateKeyMutationVariables>;
export const ScaleOut_RevokeKeyDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ScaleOut_RevokeKey"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"revokeApiKey"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<ScaleOut_RevokeKeyMutation, ScaleOut_RevokeKeyMutationVariables>;
export const ScaleOut_KeyUsageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ScaleOut_KeyUsage"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"apiKeys"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"usage"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"requests"}},{"kind":"Field","name":{"kind":"Name","value":"subscriptions"}}]}}]}}]}}]} as unknown as DocumentNode<ScaleOut_KeyUsageQuery, ScaleOut_KeyUsageQueryVariables>;
export const ScaleOut_StreamHealthDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"ScaleOut_StreamHealth"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"streamHealth"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"instance"}},{"kind":"Field","name":{"kind":"Name","value":"webSocketClients"}}]}}]}}]} as unknown as DocumentNode<ScaleOut_StreamHealthSubscription, ScaleOut_StreamHealthSubscriptionVariables>;
export const Seed_SignInDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"Seed_SignIn"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SignInInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"signIn"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"token"}},{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"role"}}]}}]}}]}}]} as unknown as DocumentNode<Seed_SignInMutation, Seed_SignInMutationVariables>;
export const Seed_WorkspaceDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Seed_Workspace"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"personas"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"keywordSets"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"proxyPools"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"proxies"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"connections"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"status"},"value":{"kind":"EnumValue","value":"ACCEPTED"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"chats"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"unreadCount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"feed"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"commentCount"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"campaigns"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"source"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<Seed_WorkspaceQuery, Seed_WorkspaceQueryVariables>;
export const Shutdown_SignUpDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"Shutdown_SignUp"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SignUpInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"signUp"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"token"}}]}}]}}]} as unknown as DocumentNode<Shutdown_SignUpMutation, Shutdown_SignUpMutationVariables>;
export const Social_SendConnectionRequestDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"Social_SendConnectionRequest"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"userId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sendConnectionRequest"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"userId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"userId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<Social_SendConnectionRequestMutation, Social_SendConnectionRequestMutationVariables>;
export const Social_AcceptConnectionRequestDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"Social_AcceptConnectionRequest"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"acceptConnectionRequest"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<Social_AcceptConnectionRequestMutation, Social_AcceptConnectionRequestMutationVariables>;
export const Social_DeclineConnectionRequestDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"Social_DeclineConnectionRequest"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"declineConnectionRequest"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}]}]}}]} as unknown as DocumentNode<Social_DeclineConnectionRequestMutation, Social_DeclineConnectionRequestMutationVariables>;
export const Social_CancelConnectionRequestDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"Social_CancelConnectionRequest"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cancelConnectionRequest"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}]}]}}]} as unknown as DocumentNode<Social_CancelConnectionRequestMutation, Social_CancelConnectionRequestMutationVariables>;
export const Social_RemoveConnectionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"Social_RemoveConnection"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"removeConnection"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}]}]}}]} as unknown as DocumentNode<Social_RemoveConnectionMutation, Social_RemoveConnectionMutationVariables>;
export const Social_CreateChatDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"Social_CreateChat"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateChatInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createChat"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}}]}}]} as unknown as DocumentNode<Social_CreateChatMutation, Social_CreateChatMutationVariables>;
export const Social_SendMessageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"Social_SendMessage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"chatId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"body"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sendMessage"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"chatId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"chatId"}}},{"kind":"Argument","name":{"kind":"Name","value":"body"},"value":{"kind":"Variable","name":{"kind":"Name","value":"body"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"body"}}]}}]}}]} as unknown as DocumentNode<Social_SendMessageMutation, Social_SendMessageMutationVariables>;
export const Social_EditMessageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"Social_EditMessage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"body"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"editMessage"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"body"},"value":{"kind":"Variable","name":{"kind":"Name","value":"body"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"edited"}}]}}]}}]} as unknown as DocumentNode<Social_EditMessageMutation, Social_EditMessageMutationVariables>;
export const Social_DeleteMessageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"Social_DeleteMessage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deleteMessage"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"deleted"}}]}}]}}]} as unknown as DocumentNode<Social_DeleteMessageMutation, Social_DeleteMessageMutationVariables>;
export const Social_MarkChatReadDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"Social_MarkChatRead"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"chatId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"messageId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"markChatRead"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"chatId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"chatId"}}},{"kind":"Argument","name":{"kind":"Name","value":"messageId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"messageId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"unreadCount"}}]}}]}}]} as unknown as DocumentNode<Social_MarkChatReadMutation, Social_MarkChatReadMutationVariables>;
export const Social_SetTypingDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"Social_SetTyping"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"chatId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"typing"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setTyping"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"chatId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"chatId"}}},{"kind":"Argument","name":{"kind":"Name","value":"typing"},"value":{"kind":"Variable","name":{"kind":"Name","value":"typing"}}}]}]}}]} as unknown as DocumentNode<Social_SetTypingMutation, Social_SetTypingMutationVariables>;
export const Social_CreatePostDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"Social_CreatePost"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"body"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createPost"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"body"},"value":{"kind":"Variable","name":{"kind":"Name","value":"body"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<Social_CreatePostMutation, Social_CreatePostMutationVariables>;
export const Social_UpdatePostDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"Social_UpdatePost"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"body"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updatePost"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"body"},"value":{"kind":"Variable","name":{"kind":"Name","value":"body"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"body"}}]}}]}}]} as unknown as DocumentNode<Social_UpdatePostMutation, Social_UpdatePostMutationVariables>;
export const Social_DeletePostDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"Social_DeletePost"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deletePost"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}]}]}}]} as unknown as DocumentNode<Social_DeletePostMutation, Social_DeletePostMutationVariables>;
export const Social_AddCommentDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"Social_AddComment"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"postId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"body"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"addComment"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"postId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"postId"}}},{"kind":"Argument","name":{"kind":"Name","value":"body"},"value":{"kind":"Variable","name":{"kind":"Name","value":"body"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<Social_AddCommentMutation, Social_AddCommentMutationVariables>;
export const Social_DeleteCommentDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"Social_DeleteComment"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deleteComment"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}]}]}}]} as unknown as DocumentNode<Social_DeleteCommentMutation, Social_DeleteCommentMutationVariables>;
export const Social_ChangesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"Social_Changes"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"topics"}},"type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ChangeTopic"}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"changes"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"topics"},"value":{"kind":"Variable","name":{"kind":"Name","value":"topics"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"op"}},{"kind":"Field","name":{"kind":"Name","value":"entityId"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ConnectionChange"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"connection"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"requester"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"addressee"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ChatChange"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"chat"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"unreadCount"}},{"kind":"Field","name":{"kind":"Name","value":"lastMessage"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MessageChange"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"message"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"chatId"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"deleted"}},{"kind":"Field","name":{"kind":"Name","value":"author"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PostChange"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"post"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"commentCount"}},{"kind":"Field","name":{"kind":"Name","value":"author"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CommentChange"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"comment"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"postId"}},{"kind":"Field","name":{"kind":"Name","value":"body"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"NotificationChange"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"notification"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"read"}},{"kind":"Field","name":{"kind":"Name","value":"entityId"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CountsChange"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"counts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"unreadMessages"}},{"kind":"Field","name":{"kind":"Name","value":"unreadNotifications"}},{"kind":"Field","name":{"kind":"Name","value":"incomingConnectionRequests"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserChange"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]}}]} as unknown as DocumentNode<Social_ChangesSubscription, Social_ChangesSubscriptionVariables>;
export const Social_TypingDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"Social_Typing"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"chatId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"typing"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"chatId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"chatId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"chatId"}},{"kind":"Field","name":{"kind":"Name","value":"typing"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<Social_TypingSubscription, Social_TypingSubscriptionVariables>;
export const Social_PresenceDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"Social_Presence"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"presence"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"online"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"lastSeenAt"}},{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<Social_PresenceSubscription, Social_PresenceSubscriptionVariables>;
export const Social_StateDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Social_State"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"counts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"unreadMessages"}},{"kind":"Field","name":{"kind":"Name","value":"unreadNotifications"}},{"kind":"Field","name":{"kind":"Name","value":"incomingConnectionRequests"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"chats"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"unreadCount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"connections"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"notifications"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"read"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"feed"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"commentCount"}}]}}]}}]}}]}}]} as unknown as DocumentNode<Social_StateQuery, Social_StateQueryVariables>;
export const Social_ChatThreadDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Social_ChatThread"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"last"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"before"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"chat"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"unreadCount"}},{"kind":"Field","name":{"kind":"Name","value":"members"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"online"}}]}},{"kind":"Field","name":{"kind":"Name","value":"messages"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"last"},"value":{"kind":"Variable","name":{"kind":"Name","value":"last"}}},{"kind":"Argument","name":{"kind":"Name","value":"before"},"value":{"kind":"Variable","name":{"kind":"Name","value":"before"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"deleted"}},{"kind":"Field","name":{"kind":"Name","value":"edited"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasPreviousPage"}},{"kind":"Field","name":{"kind":"Name","value":"startCursor"}}]}}]}}]}}]}}]} as unknown as DocumentNode<Social_ChatThreadQuery, Social_ChatThreadQueryVariables>;
export const Social_UserPresenceDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Social_UserPresence"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"search"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"users"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"search"},"value":{"kind":"Variable","name":{"kind":"Name","value":"search"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"online"}},{"kind":"Field","name":{"kind":"Name","value":"lastSeenAt"}}]}}]}}]} as unknown as DocumentNode<Social_UserPresenceQuery, Social_UserPresenceQueryVariables>;
export const Social_SignOutDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"Social_SignOut"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"signOut"}}]}}]} as unknown as DocumentNode<Social_SignOutMutation, Social_SignOutMutationVariables>;
export const ThirdParties_CreateKeyDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ThirdParties_CreateKey"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateApiKeyInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createApiKey"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"secret"}}]}}]}}]} as unknown as DocumentNode<ThirdParties_CreateKeyMutation, ThirdParties_CreateKeyMutationVariables>;
export const ThirdParties_NodeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ThirdParties_Node"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<ThirdParties_NodeQuery, ThirdParties_NodeQueryVariables>;
export const Webhooks_CreateKeyDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"Webhooks_CreateKey"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateApiKeyInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createApiKey"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"apiKey"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<Webhooks_CreateKeyMutation, Webhooks_CreateKeyMutationVariables>;
export const Webhooks_CreateDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"Webhooks_Create"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateWebhookInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createWebhook"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"secret"}},{"kind":"Field","name":{"kind":"Name","value":"webhook"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"enabled"}}]}}]}}]}}]} as unknown as DocumentNode<Webhooks_CreateMutation, Webhooks_CreateMutationVariables>;
export const Webhooks_UpdateDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"Webhooks_Update"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateWebhookInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateWebhook"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"enabled"}}]}}]}}]} as unknown as DocumentNode<Webhooks_UpdateMutation, Webhooks_UpdateMutationVariables>;
export const Webhooks_ReplayDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"Webhooks_Replay"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"replayWebhook"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"cursor"}}]}}]}}]} as unknown as DocumentNode<Webhooks_ReplayMutation, Webhooks_ReplayMutationVariables>;
export const Webhooks_PingDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"Webhooks_Ping"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"pingWebhook"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"responseStatus"}}]}}]}}]} as unknown as DocumentNode<Webhooks_PingMutation, Webhooks_PingMutationVariables>;
export const Webhooks_DeliveriesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Webhooks_Deliveries"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"webhooks"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"failingSince"}},{"kind":"Field","name":{"kind":"Name","value":"deliveries"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"50"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"responseStatus"}},{"kind":"Field","name":{"kind":"Name","value":"attempt"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<Webhooks_DeliveriesQuery, Webhooks_DeliveriesQueryVariables>;
export const Webhooks_DeleteDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"Webhooks_Delete"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deleteWebhook"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}]}]}}]} as unknown as DocumentNode<Webhooks_DeleteMutation, Webhooks_DeleteMutationVariables>;
export const Webhooks_StateDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Webhooks_State"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"webhooks"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"enabled"}},{"kind":"Field","name":{"kind":"Name","value":"disabledReason"}}]}}]}}]} as unknown as DocumentNode<Webhooks_StateQuery, Webhooks_StateQueryVariables>;
export const Webhooks_NotificationsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Webhooks_Notifications"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"notifications"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"20"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"entityId"}}]}}]}}]}}]}}]} as unknown as DocumentNode<Webhooks_NotificationsQuery, Webhooks_NotificationsQueryVariables>;