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

export type ApiKeysPage_CreateMutationVariables = Exact<{
  input: CreateApiKeyInput;
}>;


export type ApiKeysPage_CreateMutation = { __typename?: 'Mutation', createApiKey: { __typename?: 'ApiKeyCreated', secret: string, apiKey: { __typename?: 'ApiKey', id: string, name: string, prefix: string, createdAt: string, lastUsedAt?: string | null, expiresAt?: string | null, revokedAt?: string | null, trustedDocumentsOnly: boolean, capabilities: { __typename?: 'ApiKeyCapabilities', read: boolean, write: boolean, topics?: Array<ChangeTopic> | null, entityIds?: Array<string> | null }, usage: { __typename?: 'ApiKeyUsage', requests: number, subscriptions: number, deliveries: number, bytes: number, cutOffs: number, perMinute: Array<{ __typename?: 'ApiKeyUsageMinute', at: string, requests: number, deliveries: number }> } } } };

export type ApiKeysPage_RevokeMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type ApiKeysPage_RevokeMutation = { __typename?: 'Mutation', revokeApiKey: { __typename?: 'ApiKey', id: string, name: string, prefix: string, createdAt: string, lastUsedAt?: string | null, expiresAt?: string | null, revokedAt?: string | null, trustedDocumentsOnly: boolean, capabilities: { __typename?: 'ApiKeyCapabilities', read: boolean, write: boolean, topics?: Array<ChangeTopic> | null, entityIds?: Array<string> | null }, usage: { __typename?: 'ApiKeyUsage', requests: number, subscriptions: number, deliveries: number, bytes: number, cutOffs: number, perMinute: Array<{ __typename?: 'ApiKeyUsageMinute', at: string, requests: number, deliveries: number }> } } };

export type WebhooksSection_CreateMutationVariables = Exact<{
  input: CreateWebhookInput;
}>;


export type WebhooksSection_CreateMutation = { __typename?: 'Mutation', createWebhook: { __typename?: 'WebhookCreated', secret: string, webhook: { __typename?: 'Webhook', id: string, url: string, query: string, topics?: Array<ChangeTopic> | null, entityIds?: Array<string> | null, enabled: boolean, disabledReason?: string | null, cursor?: string | null, failingSince?: string | null, version: number, apiKey: { __typename?: 'ApiKey', id: string, name: string }, deliveries: { __typename?: 'WebhookDeliveriesConnection', edges: Array<{ __typename?: 'WebhookDeliveriesConnectionEdge', node: { __typename?: 'WebhookDelivery', id: string, cursor?: string | null, attempt: number, status: WebhookDeliveryStatus, responseStatus?: number | null, durationMs?: number | null, error?: string | null, at: string } }> } } } };

export type WebhooksSection_UpdateMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  input: UpdateWebhookInput;
}>;


export type WebhooksSection_UpdateMutation = { __typename?: 'Mutation', updateWebhook: { __typename?: 'Webhook', id: string, url: string, query: string, topics?: Array<ChangeTopic> | null, entityIds?: Array<string> | null, enabled: boolean, disabledReason?: string | null, cursor?: string | null, failingSince?: string | null, version: number, apiKey: { __typename?: 'ApiKey', id: string, name: string }, deliveries: { __typename?: 'WebhookDeliveriesConnection', edges: Array<{ __typename?: 'WebhookDeliveriesConnectionEdge', node: { __typename?: 'WebhookDelivery', id: string, cursor?: string | null, attempt: number, status: WebhookDeliveryStatus, responseStatus?: number | null, durationMs?: number | null, error?: string | null, at: string } }> } } };

export type WebhooksSection_DeleteMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type WebhooksSection_DeleteMutation = { __typename?: 'Mutation', deleteWebhook: string };

export type WebhooksSection_PingMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type WebhooksSection_PingMutation = { __typename?: 'Mutation', pingWebhook: { __typename?: 'WebhookDelivery', id: string, status: WebhookDeliveryStatus, responseStatus?: number | null } };

export type WebhooksSection_ReplayMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  after: Scalars['String']['input'];
}>;


export type WebhooksSection_ReplayMutation = { __typename?: 'Mutation', replayWebhook: { __typename?: 'Webhook', id: string, url: string, query: string, topics?: Array<ChangeTopic> | null, entityIds?: Array<string> | null, enabled: boolean, disabledReason?: string | null, cursor?: string | null, failingSince?: string | null, version: number, apiKey: { __typename?: 'ApiKey', id: string, name: string }, deliveries: { __typename?: 'WebhookDeliveriesConnection', edges: Array<{ __typename?: 'WebhookDeliveriesConnectionEdge', node: { __typename?: 'WebhookDelivery', id: string, cursor?: string | null, attempt: number, status: WebhookDeliveryStatus, responseStatus?: number | null, durationMs?: number | null, error?: string | null, at: string } }> } } };

export type ApiKeysPage_KeyFragment = { __typename?: 'ApiKey', id: string, name: string, prefix: string, createdAt: string, lastUsedAt?: string | null, expiresAt?: string | null, revokedAt?: string | null, trustedDocumentsOnly: boolean, capabilities: { __typename?: 'ApiKeyCapabilities', read: boolean, write: boolean, topics?: Array<ChangeTopic> | null, entityIds?: Array<string> | null }, usage: { __typename?: 'ApiKeyUsage', requests: number, subscriptions: number, deliveries: number, bytes: number, cutOffs: number, perMinute: Array<{ __typename?: 'ApiKeyUsageMinute', at: string, requests: number, deliveries: number }> } };

export type ApiKeysPage_ListQueryVariables = Exact<{ [key: string]: never; }>;


export type ApiKeysPage_ListQuery = { __typename?: 'Query', apiKeys: Array<{ __typename?: 'ApiKey', id: string, name: string, prefix: string, createdAt: string, lastUsedAt?: string | null, expiresAt?: string | null, revokedAt?: string | null, trustedDocumentsOnly: boolean, capabilities: { __typename?: 'ApiKeyCapabilities', read: boolean, write: boolean, topics?: Array<ChangeTopic> | null, entityIds?: Array<string> | null }, usage: { __typename?: 'ApiKeyUsage', requests: number, subscriptions: number, deliveries: number, bytes: number, cutOffs: number, perMinute: Array<{ __typename?: 'ApiKeyUsageMinute', at: string, requests: number, deliveries: number }> } }> };

export type WebhooksSection_WebhookFragment = { __typename?: 'Webhook', id: string, url: string, query: string, topics?: Array<ChangeTopic> | null, entityIds?: Array<string> | null, enabled: boolean, disabledReason?: string | null, cursor?: string | null, failingSince?: string | null, version: number, apiKey: { __typename?: 'ApiKey', id: string, name: string }, deliveries: { __typename?: 'WebhookDeliveriesConnection', edges: Array<{ __typename?: 'WebhookDeliveriesConnectionEdge', node: { __typename?: 'WebhookDelivery', id: string, cursor?: string | null, attempt: number, status: WebhookDeliveryStatus, responseStatus?: number | null, durationMs?: number | null, error?: string | null, at: string } }> } };

export type WebhooksSection_ListQueryVariables = Exact<{ [key: string]: never; }>;


export type WebhooksSection_ListQuery = { __typename?: 'Query', webhooks: Array<{ __typename?: 'Webhook', id: string, url: string, query: string, topics?: Array<ChangeTopic> | null, entityIds?: Array<string> | null, enabled: boolean, disabledReason?: string | null, cursor?: string | null, failingSince?: string | null, version: number, apiKey: { __typename?: 'ApiKey', id: string, name: string }, deliveries: { __typename?: 'WebhookDeliveriesConnection', edges: Array<{ __typename?: 'WebhookDeliveriesConnectionEdge', node: { __typename?: 'WebhookDelivery', id: string, cursor?: string | null, attempt: number, status: WebhookDeliveryStatus, responseStatus?: number | null, durationMs?: number | null, error?: string | null, at: string } }> } }> };

export type SignInPage_SignInMutationVariables = Exact<{
  input: SignInInput;
}>;


export type SignInPage_SignInMutation = { __typename?: 'Mutation', signIn: { __typename?: 'AuthPayload', token: string } };

export type SignInPage_SignUpMutationVariables = Exact<{
  input: SignUpInput;
}>;


export type SignInPage_SignUpMutation = { __typename?: 'Mutation', signUp: { __typename?: 'AuthPayload', token: string } };

export type SignInPage_DemoAccountsQueryVariables = Exact<{ [key: string]: never; }>;


export type SignInPage_DemoAccountsQuery = { __typename?: 'Query', demoAccounts: Array<{ __typename?: 'DemoAccount', email: string, displayName: string, password: string }> };

export type CampaignActions_StartMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type CampaignActions_StartMutation = { __typename?: 'Mutation', startCampaign: { __typename?: 'Campaign', id: string, status: CampaignStatus, version: number } };

export type CampaignActions_PauseMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type CampaignActions_PauseMutation = { __typename?: 'Mutation', pauseCampaign: { __typename?: 'Campaign', id: string, status: CampaignStatus, version: number } };

export type CampaignActions_ResumeMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type CampaignActions_ResumeMutation = { __typename?: 'Mutation', resumeCampaign: { __typename?: 'Campaign', id: string, status: CampaignStatus, version: number } };

export type CampaignActions_CancelMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type CampaignActions_CancelMutation = { __typename?: 'Mutation', cancelCampaign: { __typename?: 'Campaign', id: string, status: CampaignStatus, version: number } };

export type CampaignDetailPage_DetailFragment = { __typename?: 'Campaign', id: string, name: string, kind: CampaignKind, status: CampaignStatus, error?: string | null, note?: string | null, startedAt?: string | null, finishedAt?: string | null, createdAt: string, version: number, progress: { __typename?: 'CampaignProgress', total: number, processed: number, succeeded: number, failed: number, percent: number }, source?: { __typename?: 'Campaign', id: string, name: string, status: CampaignStatus } | null, persona?: { __typename?: 'Persona', id: string, name: string } | null, keywordSet?: { __typename?: 'KeywordSet', id: string, name: string } | null, proxyPool?: { __typename?: 'ProxyPool', id: string, name: string } | null, params:
    | { __typename: 'DnsValidationParams', recordType: DnsRecordType }
    | { __typename: 'DomainGenerationParams', pattern: GenerationPattern, constant: string, characterSet: string, minLength: number, maxLength: number, tlds: Array<string>, maxDomains?: number | null, domainCount: number }
    | { __typename: 'HttpKeywordValidationParams', scheme: HttpScheme, port?: number | null, path: string, concurrency: number }
   };

export type CampaignDetailPage_CampaignQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type CampaignDetailPage_CampaignQuery = { __typename?: 'Query', campaign: { __typename?: 'Campaign', id: string, name: string, kind: CampaignKind, status: CampaignStatus, error?: string | null, note?: string | null, startedAt?: string | null, finishedAt?: string | null, createdAt: string, version: number, progress: { __typename?: 'CampaignProgress', total: number, processed: number, succeeded: number, failed: number, percent: number }, source?: { __typename?: 'Campaign', id: string, name: string, status: CampaignStatus } | null, persona?: { __typename?: 'Persona', id: string, name: string } | null, keywordSet?: { __typename?: 'KeywordSet', id: string, name: string } | null, proxyPool?: { __typename?: 'ProxyPool', id: string, name: string } | null, params:
      | { __typename: 'DnsValidationParams', recordType: DnsRecordType }
      | { __typename: 'DomainGenerationParams', pattern: GenerationPattern, constant: string, characterSet: string, minLength: number, maxLength: number, tlds: Array<string>, maxDomains?: number | null, domainCount: number }
      | { __typename: 'HttpKeywordValidationParams', scheme: HttpScheme, port?: number | null, path: string, concurrency: number }
     } };

export type CampaignDetailPage_DuplicateMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  start: Scalars['Boolean']['input'];
}>;


export type CampaignDetailPage_DuplicateMutation = { __typename?: 'Mutation', duplicateCampaign: { __typename?: 'Campaign', id: string, name: string, kind: CampaignKind, status: CampaignStatus, error?: string | null, note?: string | null, startedAt?: string | null, finishedAt?: string | null, createdAt: string, version: number, progress: { __typename?: 'CampaignProgress', total: number, processed: number, succeeded: number, failed: number, percent: number }, source?: { __typename?: 'Campaign', id: string, name: string, status: CampaignStatus } | null, persona?: { __typename?: 'Persona', id: string, name: string } | null, keywordSet?: { __typename?: 'KeywordSet', id: string, name: string } | null, proxyPool?: { __typename?: 'ProxyPool', id: string, name: string } | null, params:
      | { __typename: 'DnsValidationParams', recordType: DnsRecordType }
      | { __typename: 'DomainGenerationParams', pattern: GenerationPattern, constant: string, characterSet: string, minLength: number, maxLength: number, tlds: Array<string>, maxDomains?: number | null, domainCount: number }
      | { __typename: 'HttpKeywordValidationParams', scheme: HttpScheme, port?: number | null, path: string, concurrency: number }
     } };

export type CampaignResults_PageQueryVariables = Exact<{
  id: Scalars['ID']['input'];
  after?: InputMaybe<Scalars['String']['input']>;
  status?: InputMaybe<CampaignResultStatus>;
  search?: InputMaybe<Scalars['String']['input']>;
}>;


export type CampaignResults_PageQuery = { __typename?: 'Query', campaign: { __typename?: 'Campaign', id: string, results: { __typename?: 'CampaignResultsConnection', edges: Array<{ __typename?: 'CampaignResultsConnectionEdge', node: { __typename?: 'CampaignResult', position: number, domain: string, status: CampaignResultStatus, records?: Array<string> | null, httpStatus?: number | null, matchedKeywords?: Array<string> | null, error?: string | null } }>, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor?: string | null } } } };

export type CampaignResults_ExportLinkMutationVariables = Exact<{
  campaignId: Scalars['ID']['input'];
}>;


export type CampaignResults_ExportLinkMutation = { __typename?: 'Mutation', createResultsExportLink: { __typename?: 'ResultsExportLink', url: string } };

export type CampaignsPage_CampaignFragment = { __typename?: 'Campaign', id: string, name: string, kind: CampaignKind, status: CampaignStatus, createdAt: string, version: number, progress: { __typename?: 'CampaignProgress', total: number, processed: number, percent: number } };

export type CampaignsPage_DataQueryVariables = Exact<{ [key: string]: never; }>;


export type CampaignsPage_DataQuery = { __typename?: 'Query', campaigns: { __typename?: 'QueryCampaignsConnection', edges: Array<{ __typename?: 'QueryCampaignsConnectionEdge', node: { __typename?: 'Campaign', id: string, name: string, kind: CampaignKind, status: CampaignStatus, createdAt: string, version: number, progress: { __typename?: 'CampaignProgress', total: number, processed: number, percent: number } } }> }, personas: { __typename?: 'QueryPersonasConnection', edges: Array<{ __typename?: 'QueryPersonasConnectionEdge', node: { __typename?: 'Persona', id: string, name: string, kind: PersonaKind, description: string, enabled: boolean, version: number, config:
          | { __typename?: 'DnsPersonaConfig', resolvers: Array<string>, timeoutMs: number }
          | { __typename?: 'HttpPersonaConfig', userAgent: string, timeoutMs: number }
         } }> }, keywordSets: { __typename?: 'QueryKeywordSetsConnection', edges: Array<{ __typename?: 'QueryKeywordSetsConnectionEdge', node: { __typename?: 'KeywordSet', id: string, name: string, description: string, enabled: boolean, version: number, rules: Array<{ __typename?: 'KeywordRule', pattern: string, kind: KeywordRuleKind, caseSensitive: boolean }> } }> }, proxyPools: { __typename?: 'QueryProxyPoolsConnection', edges: Array<{ __typename?: 'QueryProxyPoolsConnectionEdge', node: { __typename?: 'ProxyPool', id: string, name: string, strategy: PoolStrategy, version: number, proxies: Array<{ __typename?: 'Proxy', id: string, name: string, health: { __typename?: 'ProxyHealth', status: HealthStatus, latencyMs?: number | null } }> } }> } };

export type CampaignsPage_CreateMutationVariables = Exact<{
  input: CreateCampaignInput;
}>;


export type CampaignsPage_CreateMutation = { __typename?: 'Mutation', createCampaign: { __typename?: 'Campaign', id: string } };

export type CampaignsPage_RenameMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  name: Scalars['String']['input'];
}>;


export type CampaignsPage_RenameMutation = { __typename?: 'Mutation', updateCampaign: { __typename?: 'Campaign', id: string, name: string, version: number } };

export type CampaignsPage_DeleteMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type CampaignsPage_DeleteMutation = { __typename?: 'Mutation', deleteCampaign: string };

export type ChatsPage_PresenceSubscriptionVariables = Exact<{ [key: string]: never; }>;


export type ChatsPage_PresenceSubscription = { __typename?: 'Subscription', presence: { __typename?: 'PresenceEvent', online: boolean, at: string, user?: { __typename?: 'User', id: string, displayName: string, online: boolean, lastSeenAt?: string | null } | null } };

export type ChatsPage_SendMutationVariables = Exact<{
  chatId: Scalars['ID']['input'];
  body: Scalars['String']['input'];
}>;


export type ChatsPage_SendMutation = { __typename?: 'Mutation', sendMessage: { __typename?: 'Message', id: string, chatId: string, body: string, deleted: boolean, edited: boolean, createdAt: string, author?: { __typename?: 'User', id: string, displayName: string } | null } };

export type ChatsPage_SetTypingMutationVariables = Exact<{
  chatId: Scalars['ID']['input'];
  typing: Scalars['Boolean']['input'];
}>;


export type ChatsPage_SetTypingMutation = { __typename?: 'Mutation', setTyping: boolean };

export type ChatsPage_CreateMutationVariables = Exact<{
  input: CreateChatInput;
}>;


export type ChatsPage_CreateMutation = { __typename?: 'Mutation', createChat: { __typename?: 'Chat', id: string } };

export type ChatsPage_EditMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  body: Scalars['String']['input'];
}>;


export type ChatsPage_EditMutation = { __typename?: 'Mutation', editMessage: { __typename?: 'Message', id: string, body: string, edited: boolean } };

export type ChatsPage_DeleteMessageMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type ChatsPage_DeleteMessageMutation = { __typename?: 'Mutation', deleteMessage: { __typename?: 'Message', id: string, body: string, deleted: boolean } };

export type ChatsPage_MarkReadMutationVariables = Exact<{
  chatId: Scalars['ID']['input'];
  messageId: Scalars['ID']['input'];
}>;


export type ChatsPage_MarkReadMutation = { __typename?: 'Mutation', markChatRead: { __typename?: 'Chat', id: string, unreadCount: number } };

export type ChatsPage_TypingSubscriptionVariables = Exact<{
  chatId: Scalars['ID']['input'];
}>;


export type ChatsPage_TypingSubscription = { __typename?: 'Subscription', typing: { __typename?: 'TypingEvent', chatId: string, typing: boolean, at: string, expiresAt?: string | null, user?: { __typename?: 'User', id: string, displayName: string } | null } };

export type ChatsPage_ChatFragment = { __typename?: 'Chat', id: string, title?: string | null, kind: ChatKind, unreadCount: number, lastMessageAt?: string | null, members: Array<{ __typename?: 'User', id: string, displayName: string, online: boolean, lastSeenAt?: string | null }>, lastMessage?: { __typename?: 'Message', id: string, body: string, deleted: boolean, author?: { __typename?: 'User', id: string, displayName: string } | null } | null };

export type ChatsPage_MessageFragment = { __typename?: 'Message', id: string, chatId: string, body: string, deleted: boolean, edited: boolean, createdAt: string, author?: { __typename?: 'User', id: string, displayName: string } | null };

export type ChatsPage_ListQueryVariables = Exact<{
  after?: InputMaybe<Scalars['String']['input']>;
}>;


export type ChatsPage_ListQuery = { __typename?: 'Query', me?: { __typename?: 'User', id: string } | null, chats: Array<{ __typename?: 'Chat', id: string, title?: string | null, kind: ChatKind, unreadCount: number, lastMessageAt?: string | null, members: Array<{ __typename?: 'User', id: string, displayName: string, online: boolean, lastSeenAt?: string | null }>, lastMessage?: { __typename?: 'Message', id: string, body: string, deleted: boolean, author?: { __typename?: 'User', id: string, displayName: string } | null } | null }> };

export type ChatsPage_ThreadQueryVariables = Exact<{
  id: Scalars['ID']['input'];
  last: Scalars['Int']['input'];
}>;


export type ChatsPage_ThreadQuery = { __typename?: 'Query', chat: { __typename?: 'Chat', id: string, title?: string | null, kind: ChatKind, unreadCount: number, lastMessage?: { __typename?: 'Message', id: string } | null, members: Array<{ __typename?: 'User', id: string, displayName: string, online: boolean, lastSeenAt?: string | null }>, messages: { __typename?: 'ChatMessagesConnection', edges: Array<{ __typename?: 'ChatMessagesConnectionEdge', node: { __typename?: 'Message', id: string, chatId: string, body: string, deleted: boolean, edited: boolean, createdAt: string, author?: { __typename?: 'User', id: string, displayName: string } | null } }>, pageInfo: { __typename?: 'PageInfo', hasPreviousPage: boolean } } } };

export type ChatsPage_ConnectionsQueryVariables = Exact<{
  after?: InputMaybe<Scalars['String']['input']>;
}>;


export type ChatsPage_ConnectionsQuery = { __typename?: 'Query', connections: Array<{ __typename?: 'Connection', id: string, status: ConnectionStatus, user: { __typename?: 'User', id: string, displayName: string } }> };

export type ConnectionsPage_ConnectionFragment = { __typename?: 'Connection', id: string, status: ConnectionStatus, createdAt: string, requester: { __typename?: 'User', id: string }, user: { __typename?: 'User', id: string, displayName: string, online: boolean } };

export type ConnectionsPage_DataQueryVariables = Exact<{
  after?: InputMaybe<Scalars['String']['input']>;
}>;


export type ConnectionsPage_DataQuery = { __typename?: 'Query', me?: { __typename?: 'User', id: string } | null, connections: Array<{ __typename?: 'Connection', id: string, status: ConnectionStatus, createdAt: string, requester: { __typename?: 'User', id: string }, user: { __typename?: 'User', id: string, displayName: string, online: boolean } }>, incomingConnectionRequests: Array<{ __typename?: 'Connection', id: string, status: ConnectionStatus, createdAt: string, requester: { __typename?: 'User', id: string }, user: { __typename?: 'User', id: string, displayName: string, online: boolean } }>, outgoingConnectionRequests: Array<{ __typename?: 'Connection', id: string, status: ConnectionStatus, createdAt: string, requester: { __typename?: 'User', id: string }, user: { __typename?: 'User', id: string, displayName: string, online: boolean } }> };

export type ConnectionsPage_UsersQueryVariables = Exact<{
  search?: InputMaybe<Scalars['String']['input']>;
}>;


export type ConnectionsPage_UsersQuery = { __typename?: 'Query', users: Array<{ __typename?: 'User', id: string, displayName: string }> };

export type ConnectionsPage_RequestMutationVariables = Exact<{
  userId: Scalars['ID']['input'];
}>;


export type ConnectionsPage_RequestMutation = { __typename?: 'Mutation', sendConnectionRequest: { __typename?: 'Connection', id: string, status: ConnectionStatus } };

export type ConnectionsPage_AcceptMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type ConnectionsPage_AcceptMutation = { __typename?: 'Mutation', acceptConnectionRequest: { __typename?: 'Connection', id: string, status: ConnectionStatus } };

export type ConnectionsPage_DeclineMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type ConnectionsPage_DeclineMutation = { __typename?: 'Mutation', declineConnectionRequest: string };

export type ConnectionsPage_CancelMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type ConnectionsPage_CancelMutation = { __typename?: 'Mutation', cancelConnectionRequest: string };

export type ConnectionsPage_RemoveMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type ConnectionsPage_RemoveMutation = { __typename?: 'Mutation', removeConnection: string };

export type ConnectionsPage_ChatMutationVariables = Exact<{
  input: CreateChatInput;
}>;


export type ConnectionsPage_ChatMutation = { __typename?: 'Mutation', createChat: { __typename?: 'Chat', id: string } };

export type DashboardPage_DashboardFragment = { __typename?: 'Dashboard', id: string, campaignsByStatus: Array<{ __typename?: 'CampaignStatusCount', status: CampaignStatus, count: number }>, proxiesByHealth: Array<{ __typename?: 'ProxyHealthCount', status: HealthStatus, count: number }>, resultsByStatus: Array<{ __typename?: 'CampaignResultStatusCount', status: CampaignResultStatus, count: number }>, totals: { __typename?: 'DashboardTotals', campaigns: number, proxies: number, proxyPools: number, personas: number, keywordSets: number }, throughput: Array<{ __typename?: 'ThroughputSample', at: string, results: number, perSecond: number }> };

export type DashboardPage_ActivityFragment = { __typename?: 'Activity', id: string, at: string, summary: string, verb: string, entityType: string, entityId: string, actor?: { __typename?: 'User', id: string, displayName: string } | null };

export type DashboardPage_DataQueryVariables = Exact<{ [key: string]: never; }>;


export type DashboardPage_DataQuery = { __typename?: 'Query', dashboard: { __typename?: 'Dashboard', id: string, campaignsByStatus: Array<{ __typename?: 'CampaignStatusCount', status: CampaignStatus, count: number }>, proxiesByHealth: Array<{ __typename?: 'ProxyHealthCount', status: HealthStatus, count: number }>, resultsByStatus: Array<{ __typename?: 'CampaignResultStatusCount', status: CampaignResultStatus, count: number }>, totals: { __typename?: 'DashboardTotals', campaigns: number, proxies: number, proxyPools: number, personas: number, keywordSets: number }, throughput: Array<{ __typename?: 'ThroughputSample', at: string, results: number, perSecond: number }> }, running: { __typename?: 'QueryCampaignsConnection', edges: Array<{ __typename?: 'QueryCampaignsConnectionEdge', node: { __typename?: 'Campaign', id: string, name: string, kind: CampaignKind, status: CampaignStatus, createdAt: string, version: number, progress: { __typename?: 'CampaignProgress', total: number, processed: number, percent: number } } }> }, activity: { __typename?: 'QueryActivityConnection', edges: Array<{ __typename?: 'QueryActivityConnectionEdge', node: { __typename?: 'Activity', id: string, at: string, summary: string, verb: string, entityType: string, entityId: string, actor?: { __typename?: 'User', id: string, displayName: string } | null } }> } };

export type FirstSteps_DataQueryVariables = Exact<{ [key: string]: never; }>;


export type FirstSteps_DataQuery = { __typename?: 'Query', demoAccounts: Array<{ __typename?: 'DemoAccount', email: string }>, drafts: { __typename?: 'QueryCampaignsConnection', edges: Array<{ __typename?: 'QueryCampaignsConnectionEdge', node: { __typename?: 'Campaign', id: string, name: string, kind: CampaignKind, status: CampaignStatus, createdAt: string, version: number, source?: { __typename?: 'Campaign', id: string } | null, progress: { __typename?: 'CampaignProgress', total: number, processed: number, percent: number } } }> } };

export type FirstSteps_StartMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type FirstSteps_StartMutation = { __typename?: 'Mutation', startCampaign: { __typename?: 'Campaign', id: string, status: CampaignStatus, version: number } };

export type FeedPage_CommentFragment = { __typename?: 'Comment', id: string, postId: string, body: string, createdAt: string, author?: { __typename?: 'User', id: string, displayName: string } | null };

export type FeedPage_PostFragment = { __typename?: 'Post', id: string, body: string, edited: boolean, createdAt: string, commentCount: number, author?: { __typename?: 'User', id: string, displayName: string } | null, comments: Array<{ __typename?: 'Comment', id: string, postId: string, body: string, createdAt: string, author?: { __typename?: 'User', id: string, displayName: string } | null }> };

export type FeedPage_FeedQueryVariables = Exact<{
  after?: InputMaybe<Scalars['String']['input']>;
}>;


export type FeedPage_FeedQuery = { __typename?: 'Query', me?: { __typename?: 'User', id: string } | null, feed: { __typename?: 'QueryFeedConnection', edges: Array<{ __typename?: 'QueryFeedConnectionEdge', node: { __typename?: 'Post', id: string, body: string, edited: boolean, createdAt: string, commentCount: number, author?: { __typename?: 'User', id: string, displayName: string } | null, comments: Array<{ __typename?: 'Comment', id: string, postId: string, body: string, createdAt: string, author?: { __typename?: 'User', id: string, displayName: string } | null }> } }> } };

export type FeedPage_CreateMutationVariables = Exact<{
  body: Scalars['String']['input'];
}>;


export type FeedPage_CreateMutation = { __typename?: 'Mutation', createPost: { __typename?: 'Post', id: string } };

export type FeedPage_DeleteMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type FeedPage_DeleteMutation = { __typename?: 'Mutation', deletePost: string };

export type FeedPage_UpdateMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  body: Scalars['String']['input'];
}>;


export type FeedPage_UpdateMutation = { __typename?: 'Mutation', updatePost: { __typename?: 'Post', id: string, body: string, edited: boolean } };

export type FeedPage_DeleteCommentMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type FeedPage_DeleteCommentMutation = { __typename?: 'Mutation', deleteComment: string };

export type FeedPage_AddCommentMutationVariables = Exact<{
  postId: Scalars['ID']['input'];
  body: Scalars['String']['input'];
}>;


export type FeedPage_AddCommentMutation = { __typename?: 'Mutation', addComment: { __typename?: 'Comment', id: string } };

export type KeywordSetsPage_KeywordSetFragment = { __typename?: 'KeywordSet', id: string, name: string, description: string, enabled: boolean, version: number, rules: Array<{ __typename?: 'KeywordRule', pattern: string, kind: KeywordRuleKind, caseSensitive: boolean }> };

export type KeywordSetsPage_ListQueryVariables = Exact<{ [key: string]: never; }>;


export type KeywordSetsPage_ListQuery = { __typename?: 'Query', keywordSets: { __typename?: 'QueryKeywordSetsConnection', edges: Array<{ __typename?: 'QueryKeywordSetsConnectionEdge', node: { __typename?: 'KeywordSet', id: string, name: string, description: string, enabled: boolean, version: number, rules: Array<{ __typename?: 'KeywordRule', pattern: string, kind: KeywordRuleKind, caseSensitive: boolean }> } }> } };

export type KeywordSetsPage_CreateMutationVariables = Exact<{
  input: CreateKeywordSetInput;
}>;


export type KeywordSetsPage_CreateMutation = { __typename?: 'Mutation', createKeywordSet: { __typename?: 'KeywordSet', id: string, name: string } };

export type KeywordSetsPage_UpdateMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  input: UpdateKeywordSetInput;
}>;


export type KeywordSetsPage_UpdateMutation = { __typename?: 'Mutation', updateKeywordSet: { __typename?: 'KeywordSet', id: string, name: string, description: string, enabled: boolean, version: number, rules: Array<{ __typename?: 'KeywordRule', pattern: string, kind: KeywordRuleKind, caseSensitive: boolean }> } };

export type KeywordSetsPage_DeleteMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type KeywordSetsPage_DeleteMutation = { __typename?: 'Mutation', deleteKeywordSet: string };

export type Layout_MeQueryVariables = Exact<{ [key: string]: never; }>;


export type Layout_MeQuery = { __typename?: 'Query', me?: { __typename?: 'User', id: string, displayName: string, role: Role, counts?: { __typename?: 'Counts', id: string, unreadMessages: number, unreadNotifications: number, incomingConnectionRequests: number } | null } | null };

export type Layout_SignOutMutationVariables = Exact<{ [key: string]: never; }>;


export type Layout_SignOutMutation = { __typename?: 'Mutation', signOut: boolean };

export type LiveChanges_CursorQueryVariables = Exact<{ [key: string]: never; }>;


export type LiveChanges_CursorQuery = { __typename?: 'Query', changeCursor: string };

export type LiveChanges_StreamSubscriptionVariables = Exact<{
  after?: InputMaybe<Scalars['String']['input']>;
}>;


export type LiveChanges_StreamSubscription = { __typename?: 'Subscription', changes:
    | { __typename: 'ActivityChange', cursor: string, op: ChangeOp, entityId: string, activity?: { __typename?: 'Activity', id: string, at: string, summary: string, verb: string, entityType: string, entityId: string, actor?: { __typename?: 'User', id: string, displayName: string } | null } | null }
    | { __typename: 'ApiKeyChange', cursor: string, op: ChangeOp, entityId: string, apiKey?: { __typename?: 'ApiKey', id: string, name: string, prefix: string, createdAt: string, lastUsedAt?: string | null, expiresAt?: string | null, revokedAt?: string | null, trustedDocumentsOnly: boolean, capabilities: { __typename?: 'ApiKeyCapabilities', read: boolean, write: boolean, topics?: Array<ChangeTopic> | null, entityIds?: Array<string> | null }, usage: { __typename?: 'ApiKeyUsage', requests: number, subscriptions: number, deliveries: number, bytes: number, cutOffs: number, perMinute: Array<{ __typename?: 'ApiKeyUsageMinute', at: string, requests: number, deliveries: number }> } } | null }
    | { __typename: 'CampaignChange', cursor: string, op: ChangeOp, entityId: string, campaign?: { __typename?: 'Campaign', id: string, name: string, kind: CampaignKind, status: CampaignStatus, createdAt: string, version: number, error?: string | null, note?: string | null, startedAt?: string | null, finishedAt?: string | null, progress: { __typename?: 'CampaignProgress', total: number, processed: number, percent: number, succeeded: number, failed: number }, source?: { __typename?: 'Campaign', id: string, name: string, status: CampaignStatus } | null, persona?: { __typename?: 'Persona', id: string, name: string } | null, keywordSet?: { __typename?: 'KeywordSet', id: string, name: string } | null, proxyPool?: { __typename?: 'ProxyPool', id: string, name: string } | null, params:
          | { __typename: 'DnsValidationParams', recordType: DnsRecordType }
          | { __typename: 'DomainGenerationParams', pattern: GenerationPattern, constant: string, characterSet: string, minLength: number, maxLength: number, tlds: Array<string>, maxDomains?: number | null, domainCount: number }
          | { __typename: 'HttpKeywordValidationParams', scheme: HttpScheme, port?: number | null, path: string, concurrency: number }
         } | null }
    | { __typename: 'ChatChange', cursor: string, op: ChangeOp, entityId: string, chat?: { __typename?: 'Chat', id: string, title?: string | null, kind: ChatKind, unreadCount: number, lastMessageAt?: string | null, members: Array<{ __typename?: 'User', id: string, displayName: string, online: boolean, lastSeenAt?: string | null }>, lastMessage?: { __typename?: 'Message', id: string, body: string, deleted: boolean, author?: { __typename?: 'User', id: string, displayName: string } | null } | null } | null }
    | { __typename: 'CommentChange', cursor: string, op: ChangeOp, entityId: string, comment?: { __typename?: 'Comment', id: string, postId: string, body: string, createdAt: string, author?: { __typename?: 'User', id: string, displayName: string } | null } | null }
    | { __typename: 'ConnectionChange', cursor: string, op: ChangeOp, entityId: string, connection?: { __typename?: 'Connection', id: string, status: ConnectionStatus, createdAt: string, requester: { __typename?: 'User', id: string }, user: { __typename?: 'User', id: string, displayName: string, online: boolean } } | null }
    | { __typename: 'CountsChange', cursor: string, op: ChangeOp, entityId: string, counts?: { __typename?: 'Counts', id: string, unreadMessages: number, unreadNotifications: number, incomingConnectionRequests: number } | null }
    | { __typename: 'DashboardChange', cursor: string, op: ChangeOp, entityId: string, dashboard?: { __typename?: 'Dashboard', id: string, campaignsByStatus: Array<{ __typename?: 'CampaignStatusCount', status: CampaignStatus, count: number }>, proxiesByHealth: Array<{ __typename?: 'ProxyHealthCount', status: HealthStatus, count: number }>, resultsByStatus: Array<{ __typename?: 'CampaignResultStatusCount', status: CampaignResultStatus, count: number }>, totals: { __typename?: 'DashboardTotals', campaigns: number, proxies: number, proxyPools: number, personas: number, keywordSets: number }, throughput: Array<{ __typename?: 'ThroughputSample', at: string, results: number, perSecond: number }> } | null }
    | { __typename: 'InvitationChange', cursor: string, op: ChangeOp, entityId: string, invitation?: { __typename?: 'Invitation', id: string, email: string, role: Role, expiresAt: string, acceptedAt?: string | null, revokedAt?: string | null, version: number } | null }
    | { __typename: 'KeywordSetChange', cursor: string, op: ChangeOp, entityId: string, keywordSet?: { __typename?: 'KeywordSet', id: string, name: string, description: string, enabled: boolean, version: number, rules: Array<{ __typename?: 'KeywordRule', pattern: string, kind: KeywordRuleKind, caseSensitive: boolean }> } | null }
    | { __typename: 'MessageChange', cursor: string, op: ChangeOp, entityId: string, message?: { __typename?: 'Message', id: string, chatId: string, body: string, deleted: boolean, edited: boolean, createdAt: string, author?: { __typename?: 'User', id: string, displayName: string } | null } | null }
    | { __typename: 'NotificationChange', cursor: string, op: ChangeOp, entityId: string, notification?: { __typename?: 'Notification', id: string, kind: NotificationKind, title: string, body: string, read: boolean, createdAt: string, entityType?: string | null, entityId?: string | null } | null }
    | { __typename: 'PersonaChange', cursor: string, op: ChangeOp, entityId: string, persona?: { __typename?: 'Persona', id: string, name: string, kind: PersonaKind, description: string, enabled: boolean, version: number, config:
          | { __typename?: 'DnsPersonaConfig', resolvers: Array<string>, timeoutMs: number }
          | { __typename?: 'HttpPersonaConfig', userAgent: string, timeoutMs: number }
         } | null }
    | { __typename: 'PostChange', cursor: string, op: ChangeOp, entityId: string, post?: { __typename?: 'Post', id: string, body: string, edited: boolean, createdAt: string, commentCount: number, author?: { __typename?: 'User', id: string, displayName: string } | null, comments: Array<{ __typename?: 'Comment', id: string, postId: string, body: string, createdAt: string, author?: { __typename?: 'User', id: string, displayName: string } | null }> } | null }
    | { __typename: 'ProxyChange', cursor: string, op: ChangeOp, entityId: string, proxy?: { __typename?: 'Proxy', id: string, name: string, protocol: ProxyProtocol, host: string, port: number, username?: string | null, hasPassword: boolean, enabled: boolean, version: number, pool?: { __typename?: 'ProxyPool', id: string, name: string } | null, health: { __typename?: 'ProxyHealth', status: HealthStatus, latencyMs?: number | null, checkedAt?: string | null, error?: string | null, history: Array<{ __typename?: 'ProxyHealthCheck', status: HealthStatus, latencyMs?: number | null, checkedAt: string }> } } | null }
    | { __typename: 'ProxyPoolChange', cursor: string, op: ChangeOp, entityId: string, proxyPool?: { __typename?: 'ProxyPool', id: string, name: string, strategy: PoolStrategy, version: number, proxies: Array<{ __typename?: 'Proxy', id: string, name: string, health: { __typename?: 'ProxyHealth', status: HealthStatus, latencyMs?: number | null } }> } | null }
    | { __typename: 'ResyncChange', cursor: string, op: ChangeOp, entityId: string }
    | { __typename: 'SettingsChange', cursor: string, op: ChangeOp, entityId: string, settings?: { __typename?: 'Settings', id: string, workerConcurrency: number, proxyHealthCheckIntervalSeconds: number, progressPushPerSecond: number, changeRetentionHours: number, version: number } | null }
    | { __typename: 'UserChange', cursor: string, op: ChangeOp, entityId: string, user?: { __typename?: 'User', id: string, displayName: string, email?: string | null, role: Role, createdAt: string, removedAt?: string | null } | null }
    | { __typename: 'WebhookChange', cursor: string, op: ChangeOp, entityId: string, webhook?: { __typename?: 'Webhook', id: string, url: string, query: string, topics?: Array<ChangeTopic> | null, entityIds?: Array<string> | null, enabled: boolean, disabledReason?: string | null, cursor?: string | null, failingSince?: string | null, version: number, apiKey: { __typename?: 'ApiKey', id: string, name: string }, deliveries: { __typename?: 'WebhookDeliveriesConnection', edges: Array<{ __typename?: 'WebhookDeliveriesConnectionEdge', node: { __typename?: 'WebhookDelivery', id: string, cursor?: string | null, attempt: number, status: WebhookDeliveryStatus, responseStatus?: number | null, durationMs?: number | null, error?: string | null, at: string } }> } } | null }
   };

export type MembersPage_MeQueryVariables = Exact<{ [key: string]: never; }>;


export type MembersPage_MeQuery = { __typename?: 'Query', me?: { __typename?: 'User', id: string, role: Role } | null };

export type MembersPage_InviteMutationVariables = Exact<{
  input: CreateInvitationInput;
}>;


export type MembersPage_InviteMutation = { __typename?: 'Mutation', createInvitation: { __typename?: 'InvitationCreated', token: string, invitation: { __typename?: 'Invitation', id: string, email: string, role: Role, expiresAt: string, acceptedAt?: string | null, revokedAt?: string | null, version: number } } };

export type MembersPage_WithdrawMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type MembersPage_WithdrawMutation = { __typename?: 'Mutation', revokeInvitation: { __typename?: 'Invitation', id: string, email: string, role: Role, expiresAt: string, acceptedAt?: string | null, revokedAt?: string | null, version: number } };

export type MembersPage_SetRoleMutationVariables = Exact<{
  userId: Scalars['ID']['input'];
  role: Role;
}>;


export type MembersPage_SetRoleMutation = { __typename?: 'Mutation', setMemberRole: { __typename?: 'User', id: string, displayName: string, email?: string | null, role: Role, createdAt: string, removedAt?: string | null } };

export type MembersPage_RemoveMutationVariables = Exact<{
  userId: Scalars['ID']['input'];
}>;


export type MembersPage_RemoveMutation = { __typename?: 'Mutation', removeMember: string };

export type MembersPage_MemberFragment = { __typename?: 'User', id: string, displayName: string, email?: string | null, role: Role, createdAt: string, removedAt?: string | null };

export type MembersPage_ListQueryVariables = Exact<{
  after?: InputMaybe<Scalars['String']['input']>;
}>;


export type MembersPage_ListQuery = { __typename?: 'Query', members: { __typename?: 'QueryMembersConnection', edges: Array<{ __typename?: 'QueryMembersConnectionEdge', node: { __typename?: 'User', id: string, displayName: string, email?: string | null, role: Role, createdAt: string, removedAt?: string | null } }> } };

export type MembersPage_InvitationFragment = { __typename?: 'Invitation', id: string, email: string, role: Role, expiresAt: string, acceptedAt?: string | null, revokedAt?: string | null, version: number };

export type MembersPage_InvitationsQueryVariables = Exact<{
  after?: InputMaybe<Scalars['String']['input']>;
}>;


export type MembersPage_InvitationsQuery = { __typename?: 'Query', invitations: Array<{ __typename?: 'Invitation', id: string, email: string, role: Role, expiresAt: string, acceptedAt?: string | null, revokedAt?: string | null, version: number }> };

export type NotificationsPage_NotificationFragment = { __typename?: 'Notification', id: string, kind: NotificationKind, title: string, body: string, read: boolean, createdAt: string, entityType?: string | null, entityId?: string | null };

export type NotificationsPage_ListQueryVariables = Exact<{
  after?: InputMaybe<Scalars['String']['input']>;
}>;


export type NotificationsPage_ListQuery = { __typename?: 'Query', notifications: { __typename?: 'QueryNotificationsConnection', edges: Array<{ __typename?: 'QueryNotificationsConnectionEdge', node: { __typename?: 'Notification', id: string, kind: NotificationKind, title: string, body: string, read: boolean, createdAt: string, entityType?: string | null, entityId?: string | null } }> } };

export type NotificationsPage_ReadMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type NotificationsPage_ReadMutation = { __typename?: 'Mutation', markNotificationRead: { __typename?: 'Notification', id: string, read: boolean } };

export type NotificationsPage_ReadAllMutationVariables = Exact<{ [key: string]: never; }>;


export type NotificationsPage_ReadAllMutation = { __typename?: 'Mutation', markAllNotificationsRead: number };

export type PersonasPage_PersonaFragment = { __typename?: 'Persona', id: string, name: string, kind: PersonaKind, description: string, enabled: boolean, version: number, config:
    | { __typename?: 'DnsPersonaConfig', resolvers: Array<string>, timeoutMs: number }
    | { __typename?: 'HttpPersonaConfig', userAgent: string, timeoutMs: number }
   };

export type PersonasPage_ListQueryVariables = Exact<{ [key: string]: never; }>;


export type PersonasPage_ListQuery = { __typename?: 'Query', personas: { __typename?: 'QueryPersonasConnection', edges: Array<{ __typename?: 'QueryPersonasConnectionEdge', node: { __typename?: 'Persona', id: string, name: string, kind: PersonaKind, description: string, enabled: boolean, version: number, config:
          | { __typename?: 'DnsPersonaConfig', resolvers: Array<string>, timeoutMs: number }
          | { __typename?: 'HttpPersonaConfig', userAgent: string, timeoutMs: number }
         } }> } };

export type PersonasPage_CreateMutationVariables = Exact<{
  input: CreatePersonaInput;
}>;


export type PersonasPage_CreateMutation = { __typename?: 'Mutation', createPersona: { __typename?: 'Persona', id: string, name: string, kind: PersonaKind, description: string, enabled: boolean, version: number } };

export type PersonasPage_UpdateMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  input: UpdatePersonaInput;
}>;


export type PersonasPage_UpdateMutation = { __typename?: 'Mutation', updatePersona: { __typename?: 'Persona', id: string, name: string, description: string, enabled: boolean, version: number, config:
      | { __typename?: 'DnsPersonaConfig', resolvers: Array<string>, timeoutMs: number }
      | { __typename?: 'HttpPersonaConfig', userAgent: string, timeoutMs: number }
     } };

export type PersonasPage_DeleteMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type PersonasPage_DeleteMutation = { __typename?: 'Mutation', deletePersona: string };

export type ProxiesPage_UpdatePoolMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  input: UpdateProxyPoolInput;
}>;


export type ProxiesPage_UpdatePoolMutation = { __typename?: 'Mutation', updateProxyPool: { __typename?: 'ProxyPool', id: string, name: string, strategy: PoolStrategy, version: number } };

export type ProxiesPage_DeletePoolMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type ProxiesPage_DeletePoolMutation = { __typename?: 'Mutation', deleteProxyPool: string };

export type ProxiesPage_CreatePoolMutationVariables = Exact<{
  input: CreateProxyPoolInput;
}>;


export type ProxiesPage_CreatePoolMutation = { __typename?: 'Mutation', createProxyPool: { __typename?: 'ProxyPool', id: string } };

export type ProxiesPage_ProxyFragment = { __typename?: 'Proxy', id: string, name: string, protocol: ProxyProtocol, host: string, port: number, username?: string | null, hasPassword: boolean, enabled: boolean, version: number, pool?: { __typename?: 'ProxyPool', id: string, name: string } | null, health: { __typename?: 'ProxyHealth', status: HealthStatus, latencyMs?: number | null, checkedAt?: string | null, error?: string | null, history: Array<{ __typename?: 'ProxyHealthCheck', status: HealthStatus, latencyMs?: number | null, checkedAt: string }> } };

export type ProxiesPage_PoolFragment = { __typename?: 'ProxyPool', id: string, name: string, strategy: PoolStrategy, version: number, proxies: Array<{ __typename?: 'Proxy', id: string, name: string, health: { __typename?: 'ProxyHealth', status: HealthStatus, latencyMs?: number | null } }> };

export type ProxiesPage_DataQueryVariables = Exact<{ [key: string]: never; }>;


export type ProxiesPage_DataQuery = { __typename?: 'Query', proxies: { __typename?: 'QueryProxiesConnection', edges: Array<{ __typename?: 'QueryProxiesConnectionEdge', node: { __typename?: 'Proxy', id: string, name: string, protocol: ProxyProtocol, host: string, port: number, username?: string | null, hasPassword: boolean, enabled: boolean, version: number, pool?: { __typename?: 'ProxyPool', id: string, name: string } | null, health: { __typename?: 'ProxyHealth', status: HealthStatus, latencyMs?: number | null, checkedAt?: string | null, error?: string | null, history: Array<{ __typename?: 'ProxyHealthCheck', status: HealthStatus, latencyMs?: number | null, checkedAt: string }> } } }> }, proxyPools: { __typename?: 'QueryProxyPoolsConnection', edges: Array<{ __typename?: 'QueryProxyPoolsConnectionEdge', node: { __typename?: 'ProxyPool', id: string, name: string, strategy: PoolStrategy, version: number, proxies: Array<{ __typename?: 'Proxy', id: string, name: string, health: { __typename?: 'ProxyHealth', status: HealthStatus, latencyMs?: number | null } }> } }> } };

export type ProxiesPage_DeleteMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type ProxiesPage_DeleteMutation = { __typename?: 'Mutation', deleteProxy: string };

export type ProxiesPage_RemoveFromPoolMutationVariables = Exact<{
  poolId: Scalars['ID']['input'];
  proxyId: Scalars['ID']['input'];
}>;


export type ProxiesPage_RemoveFromPoolMutation = { __typename?: 'Mutation', removeProxyFromPool: { __typename?: 'ProxyPool', id: string, proxies: Array<{ __typename?: 'Proxy', id: string }> } };

export type ProxiesPage_CheckMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type ProxiesPage_CheckMutation = { __typename?: 'Mutation', checkProxy: { __typename?: 'Proxy', id: string, health: { __typename?: 'ProxyHealth', status: HealthStatus, latencyMs?: number | null, checkedAt?: string | null, error?: string | null, history: Array<{ __typename?: 'ProxyHealthCheck', status: HealthStatus, latencyMs?: number | null, checkedAt: string }> } } };

export type ProxiesPage_AddToPoolMutationVariables = Exact<{
  poolId: Scalars['ID']['input'];
  proxyId: Scalars['ID']['input'];
}>;


export type ProxiesPage_AddToPoolMutation = { __typename?: 'Mutation', addProxyToPool: { __typename?: 'ProxyPool', id: string } };

export type ProxiesPage_CreateMutationVariables = Exact<{
  input: CreateProxyInput;
}>;


export type ProxiesPage_CreateMutation = { __typename?: 'Mutation', createProxy: { __typename?: 'Proxy', id: string } };

export type ProxiesPage_UpdateMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  input: UpdateProxyInput;
}>;


export type ProxiesPage_UpdateMutation = { __typename?: 'Mutation', updateProxy: { __typename?: 'Proxy', id: string, name: string, protocol: ProxyProtocol, host: string, port: number, username?: string | null, hasPassword: boolean, enabled: boolean, version: number } };

export type SettingsPage_DataQueryVariables = Exact<{ [key: string]: never; }>;


export type SettingsPage_DataQuery = { __typename?: 'Query', settings: { __typename?: 'Settings', id: string, workerConcurrency: number, proxyHealthCheckIntervalSeconds: number, progressPushPerSecond: number, changeRetentionHours: number, version: number }, me?: { __typename?: 'User', id: string, role: Role } | null };

export type SettingsPage_UpdateMutationVariables = Exact<{
  input: UpdateSettingsInput;
}>;


export type SettingsPage_UpdateMutation = { __typename?: 'Mutation', updateSettings: { __typename?: 'Settings', id: string, workerConcurrency: number, proxyHealthCheckIntervalSeconds: number, progressPushPerSecond: number, changeRetentionHours: number, version: number } };

export type StreamHealthPage_LiveSubscriptionVariables = Exact<{ [key: string]: never; }>;


export type StreamHealthPage_LiveSubscription = { __typename?: 'Subscription', streamHealth: Array<{ __typename?: 'InstanceStreamHealth', instance: string, at: string, webSocketClients: number, sseClients: number, subscriptions: number, deliveriesPerSecond: number, latencyP50Ms?: number | null, latencyP99Ms?: number | null, cutOffs: number, eventLoopLagP99Ms: number }> };

export const ApiKeysPage_KeyFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ApiKeysPage_Key"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ApiKey"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"prefix"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"lastUsedAt"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"revokedAt"}},{"kind":"Field","name":{"kind":"Name","value":"trustedDocumentsOnly"}},{"kind":"Field","name":{"kind":"Name","value":"capabilities"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"read"}},{"kind":"Field","name":{"kind":"Name","value":"write"}},{"kind":"Field","name":{"kind":"Name","value":"topics"}},{"kind":"Field","name":{"kind":"Name","value":"entityIds"}}]}},{"kind":"Field","name":{"kind":"Name","value":"usage"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"requests"}},{"kind":"Field","name":{"kind":"Name","value":"subscriptions"}},{"kind":"Field","name":{"kind":"Name","value":"deliveries"}},{"kind":"Field","name":{"kind":"Name","value":"bytes"}},{"kind":"Field","name":{"kind":"Name","value":"cutOffs"}},{"kind":"Field","name":{"kind":"Name","value":"perMinute"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"requests"}},{"kind":"Field","name":{"kind":"Name","value":"deliveries"}}]}}]}}]}}]} as unknown as DocumentNode<ApiKeysPage_KeyFragment, unknown>;
export const WebhooksSection_WebhookFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"WebhooksSection_Webhook"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Webhook"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"query"}},{"kind":"Field","name":{"kind":"Name","value":"topics"}},{"kind":"Field","name":{"kind":"Name","value":"entityIds"}},{"kind":"Field","name":{"kind":"Name","value":"enabled"}},{"kind":"Field","name":{"kind":"Name","value":"disabledReason"}},{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"failingSince"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"apiKey"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"deliveries"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"20"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"attempt"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"responseStatus"}},{"kind":"Field","name":{"kind":"Name","value":"durationMs"}},{"kind":"Field","name":{"kind":"Name","value":"error"}},{"kind":"Field","name":{"kind":"Name","value":"at"}}]}}]}}]}}]}}]} as unknown as DocumentNode<WebhooksSection_WebhookFragment, unknown>;
export const CampaignDetailPage_DetailFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CampaignDetailPage_Detail"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Campaign"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"error"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"startedAt"}},{"kind":"Field","name":{"kind":"Name","value":"finishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"progress"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"processed"}},{"kind":"Field","name":{"kind":"Name","value":"succeeded"}},{"kind":"Field","name":{"kind":"Name","value":"failed"}},{"kind":"Field","name":{"kind":"Name","value":"percent"}}]}},{"kind":"Field","name":{"kind":"Name","value":"source"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"Field","name":{"kind":"Name","value":"persona"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"keywordSet"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"proxyPool"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"params"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"DomainGenerationParams"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"pattern"}},{"kind":"Field","name":{"kind":"Name","value":"constant"}},{"kind":"Field","name":{"kind":"Name","value":"characterSet"}},{"kind":"Field","name":{"kind":"Name","value":"minLength"}},{"kind":"Field","name":{"kind":"Name","value":"maxLength"}},{"kind":"Field","name":{"kind":"Name","value":"tlds"}},{"kind":"Field","name":{"kind":"Name","value":"maxDomains"}},{"kind":"Field","name":{"kind":"Name","value":"domainCount"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"DnsValidationParams"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordType"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"HttpKeywordValidationParams"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"scheme"}},{"kind":"Field","name":{"kind":"Name","value":"port"}},{"kind":"Field","name":{"kind":"Name","value":"path"}},{"kind":"Field","name":{"kind":"Name","value":"concurrency"}}]}}]}}]}}]} as unknown as DocumentNode<CampaignDetailPage_DetailFragment, unknown>;
export const CampaignsPage_CampaignFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CampaignsPage_Campaign"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Campaign"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"progress"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"processed"}},{"kind":"Field","name":{"kind":"Name","value":"percent"}}]}}]}}]} as unknown as DocumentNode<CampaignsPage_CampaignFragment, unknown>;
export const ChatsPage_ChatFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ChatsPage_Chat"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Chat"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"unreadCount"}},{"kind":"Field","name":{"kind":"Name","value":"lastMessageAt"}},{"kind":"Field","name":{"kind":"Name","value":"members"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"online"}},{"kind":"Field","name":{"kind":"Name","value":"lastSeenAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"lastMessage"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"deleted"}},{"kind":"Field","name":{"kind":"Name","value":"author"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}}]}}]}}]} as unknown as DocumentNode<ChatsPage_ChatFragment, unknown>;
export const ChatsPage_MessageFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ChatsPage_Message"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Message"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"chatId"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"deleted"}},{"kind":"Field","name":{"kind":"Name","value":"edited"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"author"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}}]}}]} as unknown as DocumentNode<ChatsPage_MessageFragment, unknown>;
export const ConnectionsPage_ConnectionFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ConnectionsPage_Connection"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Connection"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"requester"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"online"}}]}}]}}]} as unknown as DocumentNode<ConnectionsPage_ConnectionFragment, unknown>;
export const DashboardPage_DashboardFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DashboardPage_Dashboard"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Dashboard"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"campaignsByStatus"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}},{"kind":"Field","name":{"kind":"Name","value":"proxiesByHealth"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}},{"kind":"Field","name":{"kind":"Name","value":"resultsByStatus"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}},{"kind":"Field","name":{"kind":"Name","value":"totals"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"campaigns"}},{"kind":"Field","name":{"kind":"Name","value":"proxies"}},{"kind":"Field","name":{"kind":"Name","value":"proxyPools"}},{"kind":"Field","name":{"kind":"Name","value":"personas"}},{"kind":"Field","name":{"kind":"Name","value":"keywordSets"}}]}},{"kind":"Field","name":{"kind":"Name","value":"throughput"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"results"}},{"kind":"Field","name":{"kind":"Name","value":"perSecond"}}]}}]}}]} as unknown as DocumentNode<DashboardPage_DashboardFragment, unknown>;
export const DashboardPage_ActivityFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DashboardPage_Activity"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Activity"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"verb"}},{"kind":"Field","name":{"kind":"Name","value":"entityType"}},{"kind":"Field","name":{"kind":"Name","value":"entityId"}},{"kind":"Field","name":{"kind":"Name","value":"actor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}}]}}]} as unknown as DocumentNode<DashboardPage_ActivityFragment, unknown>;
export const FeedPage_CommentFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"FeedPage_Comment"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Comment"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"postId"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"author"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}}]}}]} as unknown as DocumentNode<FeedPage_CommentFragment, unknown>;
export const FeedPage_PostFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"FeedPage_Post"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Post"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"edited"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"commentCount"}},{"kind":"Field","name":{"kind":"Name","value":"author"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"comments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"FeedPage_Comment"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"FeedPage_Comment"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Comment"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"postId"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"author"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}}]}}]} as unknown as DocumentNode<FeedPage_PostFragment, unknown>;
export const KeywordSetsPage_KeywordSetFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"KeywordSetsPage_KeywordSet"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"KeywordSet"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"enabled"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"rules"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"pattern"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"caseSensitive"}}]}}]}}]} as unknown as DocumentNode<KeywordSetsPage_KeywordSetFragment, unknown>;
export const MembersPage_MemberFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MembersPage_Member"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"User"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"removedAt"}}]}}]} as unknown as DocumentNode<MembersPage_MemberFragment, unknown>;
export const MembersPage_InvitationFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MembersPage_Invitation"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Invitation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"acceptedAt"}},{"kind":"Field","name":{"kind":"Name","value":"revokedAt"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]} as unknown as DocumentNode<MembersPage_InvitationFragment, unknown>;
export const NotificationsPage_NotificationFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"NotificationsPage_Notification"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Notification"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"read"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"entityType"}},{"kind":"Field","name":{"kind":"Name","value":"entityId"}}]}}]} as unknown as DocumentNode<NotificationsPage_NotificationFragment, unknown>;
export const PersonasPage_PersonaFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PersonasPage_Persona"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Persona"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"enabled"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"config"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"DnsPersonaConfig"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"resolvers"}},{"kind":"Field","name":{"kind":"Name","value":"timeoutMs"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"HttpPersonaConfig"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"userAgent"}},{"kind":"Field","name":{"kind":"Name","value":"timeoutMs"}}]}}]}}]}}]} as unknown as DocumentNode<PersonasPage_PersonaFragment, unknown>;
export const ProxiesPage_ProxyFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ProxiesPage_Proxy"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Proxy"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"protocol"}},{"kind":"Field","name":{"kind":"Name","value":"host"}},{"kind":"Field","name":{"kind":"Name","value":"port"}},{"kind":"Field","name":{"kind":"Name","value":"username"}},{"kind":"Field","name":{"kind":"Name","value":"hasPassword"}},{"kind":"Field","name":{"kind":"Name","value":"enabled"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"pool"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"health"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"latencyMs"}},{"kind":"Field","name":{"kind":"Name","value":"checkedAt"}},{"kind":"Field","name":{"kind":"Name","value":"error"}},{"kind":"Field","name":{"kind":"Name","value":"history"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"latencyMs"}},{"kind":"Field","name":{"kind":"Name","value":"checkedAt"}}]}}]}}]}}]} as unknown as DocumentNode<ProxiesPage_ProxyFragment, unknown>;
export const ProxiesPage_PoolFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ProxiesPage_Pool"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ProxyPool"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"strategy"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"proxies"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"health"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"latencyMs"}}]}}]}}]}}]} as unknown as DocumentNode<ProxiesPage_PoolFragment, unknown>;
export const ApiKeysPage_CreateDocument = {"__meta__":{"hash":"5f4922a07c0ccab9c69fa50583340514afdf4edf03c315760fb16ded644c7a79"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ApiKeysPage_Create"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateApiKeyInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createApiKey"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"secret"}},{"kind":"Field","name":{"kind":"Name","value":"apiKey"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ApiKeysPage_Key"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ApiKeysPage_Key"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ApiKey"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"prefix"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"lastUsedAt"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"revokedAt"}},{"kind":"Field","name":{"kind":"Name","value":"trustedDocumentsOnly"}},{"kind":"Field","name":{"kind":"Name","value":"capabilities"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"read"}},{"kind":"Field","name":{"kind":"Name","value":"write"}},{"kind":"Field","name":{"kind":"Name","value":"topics"}},{"kind":"Field","name":{"kind":"Name","value":"entityIds"}}]}},{"kind":"Field","name":{"kind":"Name","value":"usage"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"requests"}},{"kind":"Field","name":{"kind":"Name","value":"subscriptions"}},{"kind":"Field","name":{"kind":"Name","value":"deliveries"}},{"kind":"Field","name":{"kind":"Name","value":"bytes"}},{"kind":"Field","name":{"kind":"Name","value":"cutOffs"}},{"kind":"Field","name":{"kind":"Name","value":"perMinute"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"requests"}},{"kind":"Field","name":{"kind":"Name","value":"deliveries"}}]}}]}}]}}]} as unknown as DocumentNode<ApiKeysPage_CreateMutation, ApiKeysPage_CreateMutationVariables>;
export const ApiKeysPage_RevokeDocument = {"__meta__":{"hash":"764a97652b3e83ff545c76eadf2ad56c6c2836d505a31da723ceefb5708413b8"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ApiKeysPage_Revoke"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"revokeApiKey"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ApiKeysPage_Key"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ApiKeysPage_Key"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ApiKey"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"prefix"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"lastUsedAt"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"revokedAt"}},{"kind":"Field","name":{"kind":"Name","value":"trustedDocumentsOnly"}},{"kind":"Field","name":{"kind":"Name","value":"capabilities"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"read"}},{"kind":"Field","name":{"kind":"Name","value":"write"}},{"kind":"Field","name":{"kind":"Name","value":"topics"}},{"kind":"Field","name":{"kind":"Name","value":"entityIds"}}]}},{"kind":"Field","name":{"kind":"Name","value":"usage"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"requests"}},{"kind":"Field","name":{"kind":"Name","value":"subscriptions"}},{"kind":"Field","name":{"kind":"Name","value":"deliveries"}},{"kind":"Field","name":{"kind":"Name","value":"bytes"}},{"kind":"Field","name":{"kind":"Name","value":"cutOffs"}},{"kind":"Field","name":{"kind":"Name","value":"perMinute"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"requests"}},{"kind":"Field","name":{"kind":"Name","value":"deliveries"}}]}}]}}]}}]} as unknown as DocumentNode<ApiKeysPage_RevokeMutation, ApiKeysPage_RevokeMutationVariables>;
export const WebhooksSection_CreateDocument = {"__meta__":{"hash":"1aea2c86cda3c5734a74d157fddfa8cafa9dfa38b65496ad8c9d514632fbcb26"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"WebhooksSection_Create"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateWebhookInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createWebhook"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"secret"}},{"kind":"Field","name":{"kind":"Name","value":"webhook"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"WebhooksSection_Webhook"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"WebhooksSection_Webhook"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Webhook"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"query"}},{"kind":"Field","name":{"kind":"Name","value":"topics"}},{"kind":"Field","name":{"kind":"Name","value":"entityIds"}},{"kind":"Field","name":{"kind":"Name","value":"enabled"}},{"kind":"Field","name":{"kind":"Name","value":"disabledReason"}},{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"failingSince"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"apiKey"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"deliveries"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"20"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"attempt"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"responseStatus"}},{"kind":"Field","name":{"kind":"Name","value":"durationMs"}},{"kind":"Field","name":{"kind":"Name","value":"error"}},{"kind":"Field","name":{"kind":"Name","value":"at"}}]}}]}}]}}]}}]} as unknown as DocumentNode<WebhooksSection_CreateMutation, WebhooksSection_CreateMutationVariables>;
export const WebhooksSection_UpdateDocument = {"__meta__":{"hash":"b42b02d23cf5063a7bb512b04f0c3080c73770b26f1060603c89194069a71087"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"WebhooksSection_Update"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateWebhookInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateWebhook"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"WebhooksSection_Webhook"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"WebhooksSection_Webhook"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Webhook"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"query"}},{"kind":"Field","name":{"kind":"Name","value":"topics"}},{"kind":"Field","name":{"kind":"Name","value":"entityIds"}},{"kind":"Field","name":{"kind":"Name","value":"enabled"}},{"kind":"Field","name":{"kind":"Name","value":"disabledReason"}},{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"failingSince"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"apiKey"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"deliveries"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"20"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"attempt"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"responseStatus"}},{"kind":"Field","name":{"kind":"Name","value":"durationMs"}},{"kind":"Field","name":{"kind":"Name","value":"error"}},{"kind":"Field","name":{"kind":"Name","value":"at"}}]}}]}}]}}]}}]} as unknown as DocumentNode<WebhooksSection_UpdateMutation, WebhooksSection_UpdateMutationVariables>;
export const WebhooksSection_DeleteDocument = {"__meta__":{"hash":"f24ad43c0856175e1a985299d0de18b43a1a6d39cb16651e997190b13bd6d79b"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"WebhooksSection_Delete"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deleteWebhook"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}]}]}}]} as unknown as DocumentNode<WebhooksSection_DeleteMutation, WebhooksSection_DeleteMutationVariables>;
export const WebhooksSection_PingDocument = {"__meta__":{"hash":"b6e21be4f381d1117e5fae1b5257ecc3b17af496d7427b99c3cf60522a37eb3f"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"WebhooksSection_Ping"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"pingWebhook"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"responseStatus"}}]}}]}}]} as unknown as DocumentNode<WebhooksSection_PingMutation, WebhooksSection_PingMutationVariables>;
export const WebhooksSection_ReplayDocument = {"__meta__":{"hash":"25432efd3a24e4c5882dfbda9f4b1d9b325379dbbf5e4f6f6d3ea60c0aafc0f0"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"WebhooksSection_Replay"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"replayWebhook"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"WebhooksSection_Webhook"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"WebhooksSection_Webhook"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Webhook"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"query"}},{"kind":"Field","name":{"kind":"Name","value":"topics"}},{"kind":"Field","name":{"kind":"Name","value":"entityIds"}},{"kind":"Field","name":{"kind":"Name","value":"enabled"}},{"kind":"Field","name":{"kind":"Name","value":"disabledReason"}},{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"failingSince"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"apiKey"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"deliveries"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"20"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"attempt"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"responseStatus"}},{"kind":"Field","name":{"kind":"Name","value":"durationMs"}},{"kind":"Field","name":{"kind":"Name","value":"error"}},{"kind":"Field","name":{"kind":"Name","value":"at"}}]}}]}}]}}]}}]} as unknown as DocumentNode<WebhooksSection_ReplayMutation, WebhooksSection_ReplayMutationVariables>;
export const ApiKeysPage_ListDocument = {"__meta__":{"hash":"397544e0c00717d9a822283273a22bd5e575072fb22c7c02ee5133a59e14c46a"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ApiKeysPage_List"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"apiKeys"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ApiKeysPage_Key"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ApiKeysPage_Key"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ApiKey"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"prefix"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"lastUsedAt"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"revokedAt"}},{"kind":"Field","name":{"kind":"Name","value":"trustedDocumentsOnly"}},{"kind":"Field","name":{"kind":"Name","value":"capabilities"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"read"}},{"kind":"Field","name":{"kind":"Name","value":"write"}},{"kind":"Field","name":{"kind":"Name","value":"topics"}},{"kind":"Field","name":{"kind":"Name","value":"entityIds"}}]}},{"kind":"Field","name":{"kind":"Name","value":"usage"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"requests"}},{"kind":"Field","name":{"kind":"Name","value":"subscriptions"}},{"kind":"Field","name":{"kind":"Name","value":"deliveries"}},{"kind":"Field","name":{"kind":"Name","value":"bytes"}},{"kind":"Field","name":{"kind":"Name","value":"cutOffs"}},{"kind":"Field","name":{"kind":"Name","value":"perMinute"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"requests"}},{"kind":"Field","name":{"kind":"Name","value":"deliveries"}}]}}]}}]}}]} as unknown as DocumentNode<ApiKeysPage_ListQuery, ApiKeysPage_ListQueryVariables>;
export const WebhooksSection_ListDocument = {"__meta__":{"hash":"243ec8e16a256d1de4186e50be2325f15f855d08158cb388f720859a19444006"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"WebhooksSection_List"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"webhooks"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"WebhooksSection_Webhook"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"WebhooksSection_Webhook"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Webhook"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"query"}},{"kind":"Field","name":{"kind":"Name","value":"topics"}},{"kind":"Field","name":{"kind":"Name","value":"entityIds"}},{"kind":"Field","name":{"kind":"Name","value":"enabled"}},{"kind":"Field","name":{"kind":"Name","value":"disabledReason"}},{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"failingSince"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"apiKey"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"deliveries"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"20"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"attempt"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"responseStatus"}},{"kind":"Field","name":{"kind":"Name","value":"durationMs"}},{"kind":"Field","name":{"kind":"Name","value":"error"}},{"kind":"Field","name":{"kind":"Name","value":"at"}}]}}]}}]}}]}}]} as unknown as DocumentNode<WebhooksSection_ListQuery, WebhooksSection_ListQueryVariables>;
export const SignInPage_SignInDocument = {"__meta__":{"hash":"686bd51e7167026b5f981a57dc0f2ac01903f7537cede04313a8a29da361fe7b"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SignInPage_SignIn"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SignInInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"signIn"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"token"}}]}}]}}]} as unknown as DocumentNode<SignInPage_SignInMutation, SignInPage_SignInMutationVariables>;
export const SignInPage_SignUpDocument = {"__meta__":{"hash":"d99910415a1321ab981aac1e253aa18ed9c9a94a2ae6bd3c1d26de1a423e45c4"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SignInPage_SignUp"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SignUpInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"signUp"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"token"}}]}}]}}]} as unknown as DocumentNode<SignInPage_SignUpMutation, SignInPage_SignUpMutationVariables>;
export const SignInPage_DemoAccountsDocument = {"__meta__":{"hash":"e7d9399e7ac06cc9ff074241363ab40115bb99262a0c78f35c29823cd85b04a2"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SignInPage_DemoAccounts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"demoAccounts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"password"}}]}}]}}]} as unknown as DocumentNode<SignInPage_DemoAccountsQuery, SignInPage_DemoAccountsQueryVariables>;
export const CampaignActions_StartDocument = {"__meta__":{"hash":"6596e3d825f0ad6f91dd395ae6eb076a90ddbf4d1ec1a2e72186a1e08866b751"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CampaignActions_Start"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"startCampaign"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]} as unknown as DocumentNode<CampaignActions_StartMutation, CampaignActions_StartMutationVariables>;
export const CampaignActions_PauseDocument = {"__meta__":{"hash":"de75dd85545311de918fefb21bdd31b6016888693e03b2161ab65ac5d33850c9"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CampaignActions_Pause"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"pauseCampaign"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]} as unknown as DocumentNode<CampaignActions_PauseMutation, CampaignActions_PauseMutationVariables>;
export const CampaignActions_ResumeDocument = {"__meta__":{"hash":"b0d0d7832092b0b32a6dd154a0054885f7c3b5a93de92ca22f90eb5c95659c08"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CampaignActions_Resume"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"resumeCampaign"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]} as unknown as DocumentNode<CampaignActions_ResumeMutation, CampaignActions_ResumeMutationVariables>;
export const CampaignActions_CancelDocument = {"__meta__":{"hash":"63e67797cf48696d654f86f2fb5b8dd9aa5d032936ffb58129c3b6003399793e"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CampaignActions_Cancel"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cancelCampaign"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]} as unknown as DocumentNode<CampaignActions_CancelMutation, CampaignActions_CancelMutationVariables>;
export const CampaignDetailPage_CampaignDocument = {"__meta__":{"hash":"f01511e6c2500f9312bed9540677bc12425d0f3165d04d788170cc8f5bf5b1f9"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CampaignDetailPage_Campaign"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"campaign"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CampaignDetailPage_Detail"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CampaignDetailPage_Detail"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Campaign"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"error"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"startedAt"}},{"kind":"Field","name":{"kind":"Name","value":"finishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"progress"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"processed"}},{"kind":"Field","name":{"kind":"Name","value":"succeeded"}},{"kind":"Field","name":{"kind":"Name","value":"failed"}},{"kind":"Field","name":{"kind":"Name","value":"percent"}}]}},{"kind":"Field","name":{"kind":"Name","value":"source"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"Field","name":{"kind":"Name","value":"persona"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"keywordSet"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"proxyPool"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"params"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"DomainGenerationParams"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"pattern"}},{"kind":"Field","name":{"kind":"Name","value":"constant"}},{"kind":"Field","name":{"kind":"Name","value":"characterSet"}},{"kind":"Field","name":{"kind":"Name","value":"minLength"}},{"kind":"Field","name":{"kind":"Name","value":"maxLength"}},{"kind":"Field","name":{"kind":"Name","value":"tlds"}},{"kind":"Field","name":{"kind":"Name","value":"maxDomains"}},{"kind":"Field","name":{"kind":"Name","value":"domainCount"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"DnsValidationParams"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordType"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"HttpKeywordValidationParams"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"scheme"}},{"kind":"Field","name":{"kind":"Name","value":"port"}},{"kind":"Field","name":{"kind":"Name","value":"path"}},{"kind":"Field","name":{"kind":"Name","value":"concurrency"}}]}}]}}]}}]} as unknown as DocumentNode<CampaignDetailPage_CampaignQuery, CampaignDetailPage_CampaignQueryVariables>;
export const CampaignDetailPage_DuplicateDocument = {"__meta__":{"hash":"053a698e5ee748664a030cd9ddcda94b8dce6876d0a6f1780f3c2d1efd455fda"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CampaignDetailPage_Duplicate"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"start"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"duplicateCampaign"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"start"},"value":{"kind":"Variable","name":{"kind":"Name","value":"start"}}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CampaignDetailPage_Detail"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CampaignDetailPage_Detail"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Campaign"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"error"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"startedAt"}},{"kind":"Field","name":{"kind":"Name","value":"finishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"progress"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"processed"}},{"kind":"Field","name":{"kind":"Name","value":"succeeded"}},{"kind":"Field","name":{"kind":"Name","value":"failed"}},{"kind":"Field","name":{"kind":"Name","value":"percent"}}]}},{"kind":"Field","name":{"kind":"Name","value":"source"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"Field","name":{"kind":"Name","value":"persona"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"keywordSet"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"proxyPool"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"params"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"DomainGenerationParams"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"pattern"}},{"kind":"Field","name":{"kind":"Name","value":"constant"}},{"kind":"Field","name":{"kind":"Name","value":"characterSet"}},{"kind":"Field","name":{"kind":"Name","value":"minLength"}},{"kind":"Field","name":{"kind":"Name","value":"maxLength"}},{"kind":"Field","name":{"kind":"Name","value":"tlds"}},{"kind":"Field","name":{"kind":"Name","value":"maxDomains"}},{"kind":"Field","name":{"kind":"Name","value":"domainCount"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"DnsValidationParams"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordType"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"HttpKeywordValidationParams"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"scheme"}},{"kind":"Field","name":{"kind":"Name","value":"port"}},{"kind":"Field","name":{"kind":"Name","value":"path"}},{"kind":"Field","name":{"kind":"Name","value":"concurrency"}}]}}]}}]}}]} as unknown as DocumentNode<CampaignDetailPage_DuplicateMutation, CampaignDetailPage_DuplicateMutationVariables>;
export const CampaignResults_PageDocument = {"__meta__":{"hash":"39b7c05ff940fd292c51e99bbb6b21eb785110fe665aa6af6bb3d306394e79e1"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CampaignResults_Page"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"status"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"CampaignResultStatus"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"search"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"campaign"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"results"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"50"}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"status"},"value":{"kind":"Variable","name":{"kind":"Name","value":"status"}}},{"kind":"Argument","name":{"kind":"Name","value":"search"},"value":{"kind":"Variable","name":{"kind":"Name","value":"search"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"domain"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"records"}},{"kind":"Field","name":{"kind":"Name","value":"httpStatus"}},{"kind":"Field","name":{"kind":"Name","value":"matchedKeywords"}},{"kind":"Field","name":{"kind":"Name","value":"error"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]}}]}}]} as unknown as DocumentNode<CampaignResults_PageQuery, CampaignResults_PageQueryVariables>;
export const CampaignResults_ExportLinkDocument = {"__meta__":{"hash":"41e25f335f926672e75cdbd576449399a36138f4ad52e978b2106ac83655693f"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CampaignResults_ExportLink"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"campaignId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createResultsExportLink"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"campaignId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"campaignId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"url"}}]}}]}}]} as unknown as DocumentNode<CampaignResults_ExportLinkMutation, CampaignResults_ExportLinkMutationVariables>;
export const CampaignsPage_DataDocument = {"__meta__":{"hash":"6e9b2fd1453dd42952a4765a15f4d9635db9909aa74eed2652742fb139ccbb6a"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CampaignsPage_Data"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"campaigns"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CampaignsPage_Campaign"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"personas"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PersonasPage_Persona"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"keywordSets"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"KeywordSetsPage_KeywordSet"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"proxyPools"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ProxiesPage_Pool"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CampaignsPage_Campaign"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Campaign"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"progress"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"processed"}},{"kind":"Field","name":{"kind":"Name","value":"percent"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PersonasPage_Persona"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Persona"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"enabled"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"config"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"DnsPersonaConfig"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"resolvers"}},{"kind":"Field","name":{"kind":"Name","value":"timeoutMs"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"HttpPersonaConfig"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"userAgent"}},{"kind":"Field","name":{"kind":"Name","value":"timeoutMs"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"KeywordSetsPage_KeywordSet"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"KeywordSet"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"enabled"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"rules"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"pattern"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"caseSensitive"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ProxiesPage_Pool"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ProxyPool"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"strategy"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"proxies"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"health"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"latencyMs"}}]}}]}}]}}]} as unknown as DocumentNode<CampaignsPage_DataQuery, CampaignsPage_DataQueryVariables>;
export const CampaignsPage_CreateDocument = {"__meta__":{"hash":"ac431e70798638403498d09932caa1a84593ee9f88768d5e18a207718d7615f9"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CampaignsPage_Create"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateCampaignInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createCampaign"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<CampaignsPage_CreateMutation, CampaignsPage_CreateMutationVariables>;
export const CampaignsPage_RenameDocument = {"__meta__":{"hash":"233778b1f217b57a6bb395e0184c65d1b9581dc2238a753e6efa7ec12814c420"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CampaignsPage_Rename"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"name"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateCampaign"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"name"},"value":{"kind":"Variable","name":{"kind":"Name","value":"name"}}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]} as unknown as DocumentNode<CampaignsPage_RenameMutation, CampaignsPage_RenameMutationVariables>;
export const CampaignsPage_DeleteDocument = {"__meta__":{"hash":"38aa66f7402ceda4233bc43a6383360dbdd1b2163b7f04797c095ab60a0efef4"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CampaignsPage_Delete"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deleteCampaign"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}]}]}}]} as unknown as DocumentNode<CampaignsPage_DeleteMutation, CampaignsPage_DeleteMutationVariables>;
export const ChatsPage_PresenceDocument = {"__meta__":{"hash":"0f2ed3ecfa81d0a193022ead294211d2c91e2d55cd5a9c17937b1fb4a2ff30bb"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"ChatsPage_Presence"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"presence"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"online"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"online"}},{"kind":"Field","name":{"kind":"Name","value":"lastSeenAt"}}]}}]}}]}}]} as unknown as DocumentNode<ChatsPage_PresenceSubscription, ChatsPage_PresenceSubscriptionVariables>;
export const ChatsPage_SendDocument = {"__meta__":{"hash":"19d0ef2074431a02522389de03aa796acf2cc77ab265f2d2bce064bfddba760c"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ChatsPage_Send"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"chatId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"body"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sendMessage"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"chatId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"chatId"}}},{"kind":"Argument","name":{"kind":"Name","value":"body"},"value":{"kind":"Variable","name":{"kind":"Name","value":"body"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ChatsPage_Message"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ChatsPage_Message"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Message"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"chatId"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"deleted"}},{"kind":"Field","name":{"kind":"Name","value":"edited"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"author"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}}]}}]} as unknown as DocumentNode<ChatsPage_SendMutation, ChatsPage_SendMutationVariables>;
export const ChatsPage_SetTypingDocument = {"__meta__":{"hash":"5cdc898fb914a79612a73c504de3103c1898bf6c99229455fb3d0008e68853a4"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ChatsPage_SetTyping"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"chatId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"typing"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setTyping"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"chatId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"chatId"}}},{"kind":"Argument","name":{"kind":"Name","value":"typing"},"value":{"kind":"Variable","name":{"kind":"Name","value":"typing"}}}]}]}}]} as unknown as DocumentNode<ChatsPage_SetTypingMutation, ChatsPage_SetTypingMutationVariables>;
export const ChatsPage_CreateDocument = {"__meta__":{"hash":"6a41b490135414bfb93a713576d34defaff2610c79e8e7d010e2d40e0d924c58"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ChatsPage_Create"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateChatInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createChat"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<ChatsPage_CreateMutation, ChatsPage_CreateMutationVariables>;
export const ChatsPage_EditDocument = {"__meta__":{"hash":"75f8b477d5de041d6e4d3d182766cfb2c83d8bb577bca299c38380b43efde0ed"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ChatsPage_Edit"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"body"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"editMessage"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"body"},"value":{"kind":"Variable","name":{"kind":"Name","value":"body"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"edited"}}]}}]}}]} as unknown as DocumentNode<ChatsPage_EditMutation, ChatsPage_EditMutationVariables>;
export const ChatsPage_DeleteMessageDocument = {"__meta__":{"hash":"16fc05fb55078550b919d5d9826f32851a63589424b2dfde9ad57e3c03f097da"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ChatsPage_DeleteMessage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deleteMessage"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"deleted"}}]}}]}}]} as unknown as DocumentNode<ChatsPage_DeleteMessageMutation, ChatsPage_DeleteMessageMutationVariables>;
export const ChatsPage_MarkReadDocument = {"__meta__":{"hash":"05ab04d1639fb93df80415eb5da075ecfa346e6b4d3f13b5c0fa73545e283203"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ChatsPage_MarkRead"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"chatId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"messageId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"markChatRead"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"chatId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"chatId"}}},{"kind":"Argument","name":{"kind":"Name","value":"messageId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"messageId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"unreadCount"}}]}}]}}]} as unknown as DocumentNode<ChatsPage_MarkReadMutation, ChatsPage_MarkReadMutationVariables>;
export const ChatsPage_TypingDocument = {"__meta__":{"hash":"0382f3516ba41d2eba44dff1ac59ccb8ddeea695671d56ebe4b3fa81a1424803"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"ChatsPage_Typing"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"chatId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"typing"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"chatId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"chatId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"chatId"}},{"kind":"Field","name":{"kind":"Name","value":"typing"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}}]}}]}}]} as unknown as DocumentNode<ChatsPage_TypingSubscription, ChatsPage_TypingSubscriptionVariables>;
export const ChatsPage_ListDocument = {"__meta__":{"hash":"504a655c882ac8828fbbc3427612353a612009abcc3922b29c033194cd3d90d4"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ChatsPage_List"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"directives":[{"kind":"Directive","name":{"kind":"Name","value":"live"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"patches"},"value":{"kind":"BooleanValue","value":true}}]}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"chats"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ChatsPage_Chat"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ChatsPage_Chat"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Chat"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"unreadCount"}},{"kind":"Field","name":{"kind":"Name","value":"lastMessageAt"}},{"kind":"Field","name":{"kind":"Name","value":"members"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"online"}},{"kind":"Field","name":{"kind":"Name","value":"lastSeenAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"lastMessage"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"deleted"}},{"kind":"Field","name":{"kind":"Name","value":"author"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}}]}}]}}]} as unknown as DocumentNode<ChatsPage_ListQuery, ChatsPage_ListQueryVariables>;
export const ChatsPage_ThreadDocument = {"__meta__":{"hash":"1793cebd02fdb25360485fc017f98af31aa50623378d2a8c2bfec1716c40c307"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ChatsPage_Thread"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"last"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"chat"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"unreadCount"}},{"kind":"Field","name":{"kind":"Name","value":"lastMessage"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"members"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"online"}},{"kind":"Field","name":{"kind":"Name","value":"lastSeenAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"messages"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"last"},"value":{"kind":"Variable","name":{"kind":"Name","value":"last"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ChatsPage_Message"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasPreviousPage"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ChatsPage_Message"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Message"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"chatId"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"deleted"}},{"kind":"Field","name":{"kind":"Name","value":"edited"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"author"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}}]}}]} as unknown as DocumentNode<ChatsPage_ThreadQuery, ChatsPage_ThreadQueryVariables>;
export const ChatsPage_ConnectionsDocument = {"__meta__":{"hash":"711103c77c58b507a1f2939db9996d97af7cf962e70921e0026ad7830a2549bc"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ChatsPage_Connections"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"directives":[{"kind":"Directive","name":{"kind":"Name","value":"live"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"patches"},"value":{"kind":"BooleanValue","value":true}}]}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"connections"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"status"},"value":{"kind":"EnumValue","value":"ACCEPTED"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}}]}}]}}]} as unknown as DocumentNode<ChatsPage_ConnectionsQuery, ChatsPage_ConnectionsQueryVariables>;
export const ConnectionsPage_DataDocument = {"__meta__":{"hash":"121283e4083059192a8d8804d24e67dc9df87c42faa15ef37ea6a8b15daa4bf2"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ConnectionsPage_Data"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"directives":[{"kind":"Directive","name":{"kind":"Name","value":"live"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"patches"},"value":{"kind":"BooleanValue","value":true}}]}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"connections"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"status"},"value":{"kind":"EnumValue","value":"ACCEPTED"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ConnectionsPage_Connection"}}]}},{"kind":"Field","name":{"kind":"Name","value":"incomingConnectionRequests"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ConnectionsPage_Connection"}}]}},{"kind":"Field","name":{"kind":"Name","value":"outgoingConnectionRequests"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ConnectionsPage_Connection"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ConnectionsPage_Connection"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Connection"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"requester"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"online"}}]}}]}}]} as unknown as DocumentNode<ConnectionsPage_DataQuery, ConnectionsPage_DataQueryVariables>;
export const ConnectionsPage_UsersDocument = {"__meta__":{"hash":"543591bbeb841e3da836dd6c82773258340c443e2332ae052ce7be570a602be4"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ConnectionsPage_Users"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"search"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"users"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"search"},"value":{"kind":"Variable","name":{"kind":"Name","value":"search"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"20"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}}]}}]} as unknown as DocumentNode<ConnectionsPage_UsersQuery, ConnectionsPage_UsersQueryVariables>;
export const ConnectionsPage_RequestDocument = {"__meta__":{"hash":"580615b5672f860876831212943cefbdbaf89b33a4aab9fd821046ea5fb0d957"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ConnectionsPage_Request"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"userId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sendConnectionRequest"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"userId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"userId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<ConnectionsPage_RequestMutation, ConnectionsPage_RequestMutationVariables>;
export const ConnectionsPage_AcceptDocument = {"__meta__":{"hash":"1399ba3f61f3c0327ab039bc08b0d634219c572388314d5491cd19203d223711"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ConnectionsPage_Accept"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"acceptConnectionRequest"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<ConnectionsPage_AcceptMutation, ConnectionsPage_AcceptMutationVariables>;
export const ConnectionsPage_DeclineDocument = {"__meta__":{"hash":"86815f6255b3836dc0594bab3febc7c209e3aceccd0f63c424dfa23bb646c65c"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ConnectionsPage_Decline"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"declineConnectionRequest"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}]}]}}]} as unknown as DocumentNode<ConnectionsPage_DeclineMutation, ConnectionsPage_DeclineMutationVariables>;
export const ConnectionsPage_CancelDocument = {"__meta__":{"hash":"3fb6e0cf132c99b53f927386a98db68110cd00384d17e75ea28199d77d7b1d81"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ConnectionsPage_Cancel"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cancelConnectionRequest"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}]}]}}]} as unknown as DocumentNode<ConnectionsPage_CancelMutation, ConnectionsPage_CancelMutationVariables>;
export const ConnectionsPage_RemoveDocument = {"__meta__":{"hash":"b352d6bf27fda2388c0a6579e04e74c67344de941da22b86b786ff8460275d16"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ConnectionsPage_Remove"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"removeConnection"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}]}]}}]} as unknown as DocumentNode<ConnectionsPage_RemoveMutation, ConnectionsPage_RemoveMutationVariables>;
export const ConnectionsPage_ChatDocument = {"__meta__":{"hash":"d71e3c274817c43a6a6aa6b5431f8ad051b4f2124dd76b3198974319a5072fee"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ConnectionsPage_Chat"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateChatInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createChat"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<ConnectionsPage_ChatMutation, ConnectionsPage_ChatMutationVariables>;
export const DashboardPage_DataDocument = {"__meta__":{"hash":"1a429bd06ea4fd88f389b61123f33aa201881bce9a4462452bfab8cb2f55284e"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DashboardPage_Data"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"dashboard"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DashboardPage_Dashboard"}}]}},{"kind":"Field","alias":{"kind":"Name","value":"running"},"name":{"kind":"Name","value":"campaigns"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"status"},"value":{"kind":"EnumValue","value":"RUNNING"}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"10"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CampaignsPage_Campaign"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"activity"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"15"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DashboardPage_Activity"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DashboardPage_Dashboard"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Dashboard"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"campaignsByStatus"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}},{"kind":"Field","name":{"kind":"Name","value":"proxiesByHealth"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}},{"kind":"Field","name":{"kind":"Name","value":"resultsByStatus"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}},{"kind":"Field","name":{"kind":"Name","value":"totals"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"campaigns"}},{"kind":"Field","name":{"kind":"Name","value":"proxies"}},{"kind":"Field","name":{"kind":"Name","value":"proxyPools"}},{"kind":"Field","name":{"kind":"Name","value":"personas"}},{"kind":"Field","name":{"kind":"Name","value":"keywordSets"}}]}},{"kind":"Field","name":{"kind":"Name","value":"throughput"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"results"}},{"kind":"Field","name":{"kind":"Name","value":"perSecond"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CampaignsPage_Campaign"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Campaign"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"progress"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"processed"}},{"kind":"Field","name":{"kind":"Name","value":"percent"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DashboardPage_Activity"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Activity"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"verb"}},{"kind":"Field","name":{"kind":"Name","value":"entityType"}},{"kind":"Field","name":{"kind":"Name","value":"entityId"}},{"kind":"Field","name":{"kind":"Name","value":"actor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}}]}}]} as unknown as DocumentNode<DashboardPage_DataQuery, DashboardPage_DataQueryVariables>;
export const FirstSteps_DataDocument = {"__meta__":{"hash":"734b3c7a385b68557c72fba8d7f582d15484a772eaeb0a19f87380b62fab5d07"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"FirstSteps_Data"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"demoAccounts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"email"}}]}},{"kind":"Field","alias":{"kind":"Name","value":"drafts"},"name":{"kind":"Name","value":"campaigns"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"status"},"value":{"kind":"EnumValue","value":"DRAFT"}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"20"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CampaignsPage_Campaign"}},{"kind":"Field","name":{"kind":"Name","value":"source"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CampaignsPage_Campaign"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Campaign"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"progress"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"processed"}},{"kind":"Field","name":{"kind":"Name","value":"percent"}}]}}]}}]} as unknown as DocumentNode<FirstSteps_DataQuery, FirstSteps_DataQueryVariables>;
export const FirstSteps_StartDocument = {"__meta__":{"hash":"6e31f77e9bd0fbb233cf5fbb24324c5c904103ebfa2ded047ee1c38cdb3baafa"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"FirstSteps_Start"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"startCampaign"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]} as unknown as DocumentNode<FirstSteps_StartMutation, FirstSteps_StartMutationVariables>;
export const FeedPage_FeedDocument = {"__meta__":{"hash":"4f3759a0959109850338d22cd7c24239b529ad06bec920076241c04fa9ba97eb"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"FeedPage_Feed"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"directives":[{"kind":"Directive","name":{"kind":"Name","value":"live"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"patches"},"value":{"kind":"BooleanValue","value":true}}]}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"feed"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"50"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"FeedPage_Post"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"FeedPage_Comment"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Comment"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"postId"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"author"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"FeedPage_Post"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Post"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"edited"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"commentCount"}},{"kind":"Field","name":{"kind":"Name","value":"author"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"comments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"FeedPage_Comment"}}]}}]}}]} as unknown as DocumentNode<FeedPage_FeedQuery, FeedPage_FeedQueryVariables>;
export const FeedPage_CreateDocument = {"__meta__":{"hash":"cc3f88962eee31e570e3e5e2cf15c19477f6245c98a3ca85cadf049e40bf22d7"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"FeedPage_Create"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"body"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createPost"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"body"},"value":{"kind":"Variable","name":{"kind":"Name","value":"body"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<FeedPage_CreateMutation, FeedPage_CreateMutationVariables>;
export const FeedPage_DeleteDocument = {"__meta__":{"hash":"eafb5627341e4150307b7d9ce422742074d079f1a2674d494b173e76ccdc2d3a"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"FeedPage_Delete"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deletePost"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}]}]}}]} as unknown as DocumentNode<FeedPage_DeleteMutation, FeedPage_DeleteMutationVariables>;
export const FeedPage_UpdateDocument = {"__meta__":{"hash":"6293adad5eafc5db44403a5ba9c772ea0d281a69a0fdfd8ab7e630aa881fee4f"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"FeedPage_Update"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"body"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updatePost"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"body"},"value":{"kind":"Variable","name":{"kind":"Name","value":"body"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"edited"}}]}}]}}]} as unknown as DocumentNode<FeedPage_UpdateMutation, FeedPage_UpdateMutationVariables>;
export const FeedPage_DeleteCommentDocument = {"__meta__":{"hash":"858f66c5d78d06a142262d40c76d04edde323d64ee50b7c4b036a4b42ae8774b"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"FeedPage_DeleteComment"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deleteComment"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}]}]}}]} as unknown as DocumentNode<FeedPage_DeleteCommentMutation, FeedPage_DeleteCommentMutationVariables>;
export const FeedPage_AddCommentDocument = {"__meta__":{"hash":"e2162d7da227b8a93b216b1ffe666a6e6cb4edb80a00001031bfa6e77b23d393"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"FeedPage_AddComment"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"postId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"body"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"addComment"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"postId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"postId"}}},{"kind":"Argument","name":{"kind":"Name","value":"body"},"value":{"kind":"Variable","name":{"kind":"Name","value":"body"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<FeedPage_AddCommentMutation, FeedPage_AddCommentMutationVariables>;
export const KeywordSetsPage_ListDocument = {"__meta__":{"hash":"d797e4a150ebb53b7f3222b6349686be920b58c09760915ef7a1d274f9209960"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"KeywordSetsPage_List"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"keywordSets"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"KeywordSetsPage_KeywordSet"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"KeywordSetsPage_KeywordSet"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"KeywordSet"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"enabled"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"rules"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"pattern"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"caseSensitive"}}]}}]}}]} as unknown as DocumentNode<KeywordSetsPage_ListQuery, KeywordSetsPage_ListQueryVariables>;
export const KeywordSetsPage_CreateDocument = {"__meta__":{"hash":"8a7f0c2097288228b38bde76dab811f75aca35d329b6f2ade65c50a147164095"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"KeywordSetsPage_Create"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateKeywordSetInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createKeywordSet"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<KeywordSetsPage_CreateMutation, KeywordSetsPage_CreateMutationVariables>;
export const KeywordSetsPage_UpdateDocument = {"__meta__":{"hash":"2a208087c42de26d22d67f68d312ea38e57404d8b63a3912d8cda2ab285cc0f7"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"KeywordSetsPage_Update"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateKeywordSetInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateKeywordSet"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"enabled"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"rules"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"pattern"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"caseSensitive"}}]}}]}}]}}]} as unknown as DocumentNode<KeywordSetsPage_UpdateMutation, KeywordSetsPage_UpdateMutationVariables>;
export const KeywordSetsPage_DeleteDocument = {"__meta__":{"hash":"b384c5b1f6da0457bc9c34fd49d84e0c254dd9c58a293ebbf228fc7b3ce5ad9a"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"KeywordSetsPage_Delete"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deleteKeywordSet"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}]}]}}]} as unknown as DocumentNode<KeywordSetsPage_DeleteMutation, KeywordSetsPage_DeleteMutationVariables>;
export const Layout_MeDocument = {"__meta__":{"hash":"3587c24675729b265797287869074491419962270fd75746497ecbed6d02baee"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Layout_Me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"counts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"unreadMessages"}},{"kind":"Field","name":{"kind":"Name","value":"unreadNotifications"}},{"kind":"Field","name":{"kind":"Name","value":"incomingConnectionRequests"}}]}}]}}]}}]} as unknown as DocumentNode<Layout_MeQuery, Layout_MeQueryVariables>;
export const Layout_SignOutDocument = {"__meta__":{"hash":"9f219626a9fd0d68a47454750ff27a2bddec0baedf972eac4101bd5d23b91e7e"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"Layout_SignOut"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"signOut"}}]}}]} as unknown as DocumentNode<Layout_SignOutMutation, Layout_SignOutMutationVariables>;
export const LiveChanges_CursorDocument = {"__meta__":{"hash":"879d9ea1a343152b114741518aff33706e8b73b3e0561130e398120562ef561a"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"LiveChanges_Cursor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"changeCursor"}}]}}]} as unknown as DocumentNode<LiveChanges_CursorQuery, LiveChanges_CursorQueryVariables>;
export const LiveChanges_StreamDocument = {"__meta__":{"hash":"8d3ae0bee653156362d1d2eaca6a0ebd2e0aa72240d66f2e020c859f4e52091e"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"LiveChanges_Stream"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"changes"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"op"}},{"kind":"Field","name":{"kind":"Name","value":"entityId"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PersonaChange"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"persona"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PersonasPage_Persona"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"KeywordSetChange"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"keywordSet"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"KeywordSetsPage_KeywordSet"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ProxyChange"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"proxy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ProxiesPage_Proxy"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ProxyPoolChange"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"proxyPool"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ProxiesPage_Pool"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CampaignChange"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"campaign"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CampaignsPage_Campaign"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"CampaignDetailPage_Detail"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ActivityChange"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"activity"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DashboardPage_Activity"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"DashboardChange"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"dashboard"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DashboardPage_Dashboard"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SettingsChange"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"settings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"workerConcurrency"}},{"kind":"Field","name":{"kind":"Name","value":"proxyHealthCheckIntervalSeconds"}},{"kind":"Field","name":{"kind":"Name","value":"progressPushPerSecond"}},{"kind":"Field","name":{"kind":"Name","value":"changeRetentionHours"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"NotificationChange"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"notification"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"NotificationsPage_Notification"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CountsChange"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"counts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"unreadMessages"}},{"kind":"Field","name":{"kind":"Name","value":"unreadNotifications"}},{"kind":"Field","name":{"kind":"Name","value":"incomingConnectionRequests"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ConnectionChange"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"connection"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ConnectionsPage_Connection"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ChatChange"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"chat"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ChatsPage_Chat"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MessageChange"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"message"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ChatsPage_Message"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PostChange"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"post"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"FeedPage_Post"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CommentChange"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"comment"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"FeedPage_Comment"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserChange"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MembersPage_Member"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"InvitationChange"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"invitation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MembersPage_Invitation"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ApiKeyChange"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"apiKey"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ApiKeysPage_Key"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"WebhookChange"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"webhook"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"WebhooksSection_Webhook"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"FeedPage_Comment"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Comment"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"postId"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"author"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PersonasPage_Persona"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Persona"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"enabled"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"config"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"DnsPersonaConfig"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"resolvers"}},{"kind":"Field","name":{"kind":"Name","value":"timeoutMs"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"HttpPersonaConfig"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"userAgent"}},{"kind":"Field","name":{"kind":"Name","value":"timeoutMs"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"KeywordSetsPage_KeywordSet"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"KeywordSet"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"enabled"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"rules"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"pattern"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"caseSensitive"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ProxiesPage_Proxy"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Proxy"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"protocol"}},{"kind":"Field","name":{"kind":"Name","value":"host"}},{"kind":"Field","name":{"kind":"Name","value":"port"}},{"kind":"Field","name":{"kind":"Name","value":"username"}},{"kind":"Field","name":{"kind":"Name","value":"hasPassword"}},{"kind":"Field","name":{"kind":"Name","value":"enabled"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"pool"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"health"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"latencyMs"}},{"kind":"Field","name":{"kind":"Name","value":"checkedAt"}},{"kind":"Field","name":{"kind":"Name","value":"error"}},{"kind":"Field","name":{"kind":"Name","value":"history"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"latencyMs"}},{"kind":"Field","name":{"kind":"Name","value":"checkedAt"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ProxiesPage_Pool"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ProxyPool"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"strategy"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"proxies"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"health"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"latencyMs"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CampaignsPage_Campaign"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Campaign"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"progress"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"processed"}},{"kind":"Field","name":{"kind":"Name","value":"percent"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CampaignDetailPage_Detail"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Campaign"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"error"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"startedAt"}},{"kind":"Field","name":{"kind":"Name","value":"finishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"progress"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"processed"}},{"kind":"Field","name":{"kind":"Name","value":"succeeded"}},{"kind":"Field","name":{"kind":"Name","value":"failed"}},{"kind":"Field","name":{"kind":"Name","value":"percent"}}]}},{"kind":"Field","name":{"kind":"Name","value":"source"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"Field","name":{"kind":"Name","value":"persona"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"keywordSet"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"proxyPool"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"params"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"DomainGenerationParams"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"pattern"}},{"kind":"Field","name":{"kind":"Name","value":"constant"}},{"kind":"Field","name":{"kind":"Name","value":"characterSet"}},{"kind":"Field","name":{"kind":"Name","value":"minLength"}},{"kind":"Field","name":{"kind":"Name","value":"maxLength"}},{"kind":"Field","name":{"kind":"Name","value":"tlds"}},{"kind":"Field","name":{"kind":"Name","value":"maxDomains"}},{"kind":"Field","name":{"kind":"Name","value":"domainCount"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"DnsValidationParams"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordType"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"HttpKeywordValidationParams"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"scheme"}},{"kind":"Field","name":{"kind":"Name","value":"port"}},{"kind":"Field","name":{"kind":"Name","value":"path"}},{"kind":"Field","name":{"kind":"Name","value":"concurrency"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DashboardPage_Activity"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Activity"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"verb"}},{"kind":"Field","name":{"kind":"Name","value":"entityType"}},{"kind":"Field","name":{"kind":"Name","value":"entityId"}},{"kind":"Field","name":{"kind":"Name","value":"actor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DashboardPage_Dashboard"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Dashboard"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"campaignsByStatus"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}},{"kind":"Field","name":{"kind":"Name","value":"proxiesByHealth"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}},{"kind":"Field","name":{"kind":"Name","value":"resultsByStatus"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}},{"kind":"Field","name":{"kind":"Name","value":"totals"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"campaigns"}},{"kind":"Field","name":{"kind":"Name","value":"proxies"}},{"kind":"Field","name":{"kind":"Name","value":"proxyPools"}},{"kind":"Field","name":{"kind":"Name","value":"personas"}},{"kind":"Field","name":{"kind":"Name","value":"keywordSets"}}]}},{"kind":"Field","name":{"kind":"Name","value":"throughput"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"results"}},{"kind":"Field","name":{"kind":"Name","value":"perSecond"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"NotificationsPage_Notification"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Notification"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"read"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"entityType"}},{"kind":"Field","name":{"kind":"Name","value":"entityId"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ConnectionsPage_Connection"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Connection"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"requester"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"online"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ChatsPage_Chat"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Chat"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"unreadCount"}},{"kind":"Field","name":{"kind":"Name","value":"lastMessageAt"}},{"kind":"Field","name":{"kind":"Name","value":"members"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"online"}},{"kind":"Field","name":{"kind":"Name","value":"lastSeenAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"lastMessage"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"deleted"}},{"kind":"Field","name":{"kind":"Name","value":"author"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ChatsPage_Message"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Message"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"chatId"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"deleted"}},{"kind":"Field","name":{"kind":"Name","value":"edited"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"author"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"FeedPage_Post"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Post"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"edited"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"commentCount"}},{"kind":"Field","name":{"kind":"Name","value":"author"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"comments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"FeedPage_Comment"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MembersPage_Member"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"User"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"removedAt"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MembersPage_Invitation"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Invitation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"acceptedAt"}},{"kind":"Field","name":{"kind":"Name","value":"revokedAt"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ApiKeysPage_Key"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ApiKey"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"prefix"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"lastUsedAt"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"revokedAt"}},{"kind":"Field","name":{"kind":"Name","value":"trustedDocumentsOnly"}},{"kind":"Field","name":{"kind":"Name","value":"capabilities"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"read"}},{"kind":"Field","name":{"kind":"Name","value":"write"}},{"kind":"Field","name":{"kind":"Name","value":"topics"}},{"kind":"Field","name":{"kind":"Name","value":"entityIds"}}]}},{"kind":"Field","name":{"kind":"Name","value":"usage"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"requests"}},{"kind":"Field","name":{"kind":"Name","value":"subscriptions"}},{"kind":"Field","name":{"kind":"Name","value":"deliveries"}},{"kind":"Field","name":{"kind":"Name","value":"bytes"}},{"kind":"Field","name":{"kind":"Name","value":"cutOffs"}},{"kind":"Field","name":{"kind":"Name","value":"perMinute"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"requests"}},{"kind":"Field","name":{"kind":"Name","value":"deliveries"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"WebhooksSection_Webhook"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Webhook"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"query"}},{"kind":"Field","name":{"kind":"Name","value":"topics"}},{"kind":"Field","name":{"kind":"Name","value":"entityIds"}},{"kind":"Field","name":{"kind":"Name","value":"enabled"}},{"kind":"Field","name":{"kind":"Name","value":"disabledReason"}},{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"failingSince"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"apiKey"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"deliveries"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"20"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"attempt"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"responseStatus"}},{"kind":"Field","name":{"kind":"Name","value":"durationMs"}},{"kind":"Field","name":{"kind":"Name","value":"error"}},{"kind":"Field","name":{"kind":"Name","value":"at"}}]}}]}}]}}]}}]} as unknown as DocumentNode<LiveChanges_StreamSubscription, LiveChanges_StreamSubscriptionVariables>;
export const MembersPage_MeDocument = {"__meta__":{"hash":"d9c7b448d8bfeefb0e2b97f473b952386d7cdbe8035a55f9a65d2640f1b71350"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MembersPage_Me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"role"}}]}}]}}]} as unknown as DocumentNode<MembersPage_MeQuery, MembersPage_MeQueryVariables>;
export const MembersPage_InviteDocument = {"__meta__":{"hash":"936f76a6051c1f3269af9a7d5c6cbee98892b71cee70eb778e772ee9441993ad"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"MembersPage_Invite"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateInvitationInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createInvitation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"token"}},{"kind":"Field","name":{"kind":"Name","value":"invitation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MembersPage_Invitation"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MembersPage_Invitation"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Invitation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"acceptedAt"}},{"kind":"Field","name":{"kind":"Name","value":"revokedAt"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]} as unknown as DocumentNode<MembersPage_InviteMutation, MembersPage_InviteMutationVariables>;
export const MembersPage_WithdrawDocument = {"__meta__":{"hash":"0bbdd889e43c353c524e4fc265256e2ea01a38a62e77dd46bcd72fcc4dec7619"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"MembersPage_Withdraw"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"revokeInvitation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MembersPage_Invitation"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MembersPage_Invitation"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Invitation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"acceptedAt"}},{"kind":"Field","name":{"kind":"Name","value":"revokedAt"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]} as unknown as DocumentNode<MembersPage_WithdrawMutation, MembersPage_WithdrawMutationVariables>;
export const MembersPage_SetRoleDocument = {"__meta__":{"hash":"3f75c393972d66d855840eba54f3e75ed705d7543e40e0d3c7b64a093a795d74"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"MembersPage_SetRole"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"userId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"role"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Role"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setMemberRole"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"userId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"userId"}}},{"kind":"Argument","name":{"kind":"Name","value":"role"},"value":{"kind":"Variable","name":{"kind":"Name","value":"role"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MembersPage_Member"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MembersPage_Member"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"User"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"removedAt"}}]}}]} as unknown as DocumentNode<MembersPage_SetRoleMutation, MembersPage_SetRoleMutationVariables>;
export const MembersPage_RemoveDocument = {"__meta__":{"hash":"866d3405f0bad11a4655de7e9b01047e862deb4c95bfc82646fe2ccb94f23092"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"MembersPage_Remove"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"userId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"removeMember"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"userId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"userId"}}}]}]}}]} as unknown as DocumentNode<MembersPage_RemoveMutation, MembersPage_RemoveMutationVariables>;
export const MembersPage_ListDocument = {"__meta__":{"hash":"f60ecee275fd13079f859dbd6b3eaaafb218d8167496acfc6dece1487204762f"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MembersPage_List"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"directives":[{"kind":"Directive","name":{"kind":"Name","value":"live"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"patches"},"value":{"kind":"BooleanValue","value":true}}]}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"members"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MembersPage_Member"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MembersPage_Member"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"User"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"removedAt"}}]}}]} as unknown as DocumentNode<MembersPage_ListQuery, MembersPage_ListQueryVariables>;
export const MembersPage_InvitationsDocument = {"__meta__":{"hash":"0b4d2b07d7d00a3d9b098565768e57f6a4997dac0a117251a8e6f6efcd8ed8df"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MembersPage_Invitations"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"directives":[{"kind":"Directive","name":{"kind":"Name","value":"live"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"patches"},"value":{"kind":"BooleanValue","value":true}}]}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"invitations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MembersPage_Invitation"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MembersPage_Invitation"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Invitation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"acceptedAt"}},{"kind":"Field","name":{"kind":"Name","value":"revokedAt"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]} as unknown as DocumentNode<MembersPage_InvitationsQuery, MembersPage_InvitationsQueryVariables>;
export const NotificationsPage_ListDocument = {"__meta__":{"hash":"baafe8fee3a48ee0c9e54f0b4428cb6e56040c7fe55a78a16ca2271e83d13ba0"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"NotificationsPage_List"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"directives":[{"kind":"Directive","name":{"kind":"Name","value":"live"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"patches"},"value":{"kind":"BooleanValue","value":true}}]}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"notifications"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"50"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"NotificationsPage_Notification"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"NotificationsPage_Notification"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Notification"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"read"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"entityType"}},{"kind":"Field","name":{"kind":"Name","value":"entityId"}}]}}]} as unknown as DocumentNode<NotificationsPage_ListQuery, NotificationsPage_ListQueryVariables>;
export const NotificationsPage_ReadDocument = {"__meta__":{"hash":"a2d89c015039dc1eeb942725c03dc6755d8b9c1a3c85c520f9651f177c742aaa"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"NotificationsPage_Read"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"markNotificationRead"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"read"}}]}}]}}]} as unknown as DocumentNode<NotificationsPage_ReadMutation, NotificationsPage_ReadMutationVariables>;
export const NotificationsPage_ReadAllDocument = {"__meta__":{"hash":"0dd82f475bf7d15f83402745b488e5449b349c5708353b567aff1ee8ed03dbd7"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"NotificationsPage_ReadAll"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"markAllNotificationsRead"}}]}}]} as unknown as DocumentNode<NotificationsPage_ReadAllMutation, NotificationsPage_ReadAllMutationVariables>;
export const PersonasPage_ListDocument = {"__meta__":{"hash":"e96bc3b9e56257acabd4a751cba1b4a5ebf11c3cfe99401af3e28401d1a87a69"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PersonasPage_List"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"personas"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PersonasPage_Persona"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PersonasPage_Persona"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Persona"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"enabled"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"config"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"DnsPersonaConfig"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"resolvers"}},{"kind":"Field","name":{"kind":"Name","value":"timeoutMs"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"HttpPersonaConfig"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"userAgent"}},{"kind":"Field","name":{"kind":"Name","value":"timeoutMs"}}]}}]}}]}}]} as unknown as DocumentNode<PersonasPage_ListQuery, PersonasPage_ListQueryVariables>;
export const PersonasPage_CreateDocument = {"__meta__":{"hash":"e9bf5adf63efbfe06fa822c993d016a6bc5146fe429b7dd8da694d8787b28556"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PersonasPage_Create"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreatePersonaInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createPersona"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"enabled"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]} as unknown as DocumentNode<PersonasPage_CreateMutation, PersonasPage_CreateMutationVariables>;
export const PersonasPage_UpdateDocument = {"__meta__":{"hash":"871dad0e504cfa0c5ab056bf86679e811ed37face09fb8cae2639a9288da06b5"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PersonasPage_Update"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdatePersonaInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updatePersona"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"enabled"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"config"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"DnsPersonaConfig"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"resolvers"}},{"kind":"Field","name":{"kind":"Name","value":"timeoutMs"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"HttpPersonaConfig"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"userAgent"}},{"kind":"Field","name":{"kind":"Name","value":"timeoutMs"}}]}}]}}]}}]}}]} as unknown as DocumentNode<PersonasPage_UpdateMutation, PersonasPage_UpdateMutationVariables>;
export const PersonasPage_DeleteDocument = {"__meta__":{"hash":"24585b91ab12f8f79dcc86d5aaf669046950084f96d3ede766934ac5ce1c490a"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PersonasPage_Delete"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deletePersona"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}]}]}}]} as unknown as DocumentNode<PersonasPage_DeleteMutation, PersonasPage_DeleteMutationVariables>;
export const ProxiesPage_UpdatePoolDocument = {"__meta__":{"hash":"a9a5c1d2d123a563017c9f7a2f2e5cbf8ef116b5983018c4a51b052bc13b3ce0"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ProxiesPage_UpdatePool"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateProxyPoolInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateProxyPool"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"strategy"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]} as unknown as DocumentNode<ProxiesPage_UpdatePoolMutation, ProxiesPage_UpdatePoolMutationVariables>;
export const ProxiesPage_DeletePoolDocument = {"__meta__":{"hash":"f2535d6f8b04f85f975efe1334b20995d8367fa28431ac3500a2b18d25923905"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ProxiesPage_DeletePool"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deleteProxyPool"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}]}]}}]} as unknown as DocumentNode<ProxiesPage_DeletePoolMutation, ProxiesPage_DeletePoolMutationVariables>;
export const ProxiesPage_CreatePoolDocument = {"__meta__":{"hash":"79f58cda2116ded4376a62246fb866194ed095420908882488076e9735a76fdc"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ProxiesPage_CreatePool"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateProxyPoolInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createProxyPool"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<ProxiesPage_CreatePoolMutation, ProxiesPage_CreatePoolMutationVariables>;
export const ProxiesPage_DataDocument = {"__meta__":{"hash":"528a9123fa6d8fd5ae458daf39cdd9120c16a63b9cbca7eeb65b023b026533b3"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ProxiesPage_Data"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"proxies"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ProxiesPage_Proxy"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"proxyPools"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ProxiesPage_Pool"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ProxiesPage_Proxy"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Proxy"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"protocol"}},{"kind":"Field","name":{"kind":"Name","value":"host"}},{"kind":"Field","name":{"kind":"Name","value":"port"}},{"kind":"Field","name":{"kind":"Name","value":"username"}},{"kind":"Field","name":{"kind":"Name","value":"hasPassword"}},{"kind":"Field","name":{"kind":"Name","value":"enabled"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"pool"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"health"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"latencyMs"}},{"kind":"Field","name":{"kind":"Name","value":"checkedAt"}},{"kind":"Field","name":{"kind":"Name","value":"error"}},{"kind":"Field","name":{"kind":"Name","value":"history"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"latencyMs"}},{"kind":"Field","name":{"kind":"Name","value":"checkedAt"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ProxiesPage_Pool"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ProxyPool"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"strategy"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"proxies"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"health"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"latencyMs"}}]}}]}}]}}]} as unknown as DocumentNode<ProxiesPage_DataQuery, ProxiesPage_DataQueryVariables>;
export const ProxiesPage_DeleteDocument = {"__meta__":{"hash":"2ab7b443123c675bc4293882ff927e5af858f2274f953e69d55bd53d6df7f12e"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ProxiesPage_Delete"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deleteProxy"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}]}]}}]} as unknown as DocumentNode<ProxiesPage_DeleteMutation, ProxiesPage_DeleteMutationVariables>;
export const ProxiesPage_RemoveFromPoolDocument = {"__meta__":{"hash":"3ebcb28326d80e3e116c3e8f1de163e3d3e1e4b7d623b583d1f070d9d030dfbd"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ProxiesPage_RemoveFromPool"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"poolId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"proxyId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"removeProxyFromPool"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"poolId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"poolId"}}},{"kind":"Argument","name":{"kind":"Name","value":"proxyId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"proxyId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"proxies"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<ProxiesPage_RemoveFromPoolMutation, ProxiesPage_RemoveFromPoolMutationVariables>;
export const ProxiesPage_CheckDocument = {"__meta__":{"hash":"380956304b9c4f136b2ad3fedb75f2e215633307eec9d1f12d997db9568fa972"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ProxiesPage_Check"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"checkProxy"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"health"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"latencyMs"}},{"kind":"Field","name":{"kind":"Name","value":"checkedAt"}},{"kind":"Field","name":{"kind":"Name","value":"error"}},{"kind":"Field","name":{"kind":"Name","value":"history"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"latencyMs"}},{"kind":"Field","name":{"kind":"Name","value":"checkedAt"}}]}}]}}]}}]}}]} as unknown as DocumentNode<ProxiesPage_CheckMutation, ProxiesPage_CheckMutationVariables>;
export const ProxiesPage_AddToPoolDocument = {"__meta__":{"hash":"ea5138cb15e1fccdc4f18ca069a29a3475b9a6616cc2a067667d317a3bf44819"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ProxiesPage_AddToPool"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"poolId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"proxyId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"addProxyToPool"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"poolId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"poolId"}}},{"kind":"Argument","name":{"kind":"Name","value":"proxyId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"proxyId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<ProxiesPage_AddToPoolMutation, ProxiesPage_AddToPoolMutationVariables>;
export const ProxiesPage_CreateDocument = {"__meta__":{"hash":"c5dc3a1c612d47279d42b647a82435ef7503df731d81aedbe956c6cd3b259306"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ProxiesPage_Create"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateProxyInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createProxy"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<ProxiesPage_CreateMutation, ProxiesPage_CreateMutationVariables>;
export const ProxiesPage_UpdateDocument = {"__meta__":{"hash":"f028e065ecfd1aecf9bfd2ef56780e504c23ea408d09dfc30a7832500582a0a7"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ProxiesPage_Update"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateProxyInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateProxy"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"protocol"}},{"kind":"Field","name":{"kind":"Name","value":"host"}},{"kind":"Field","name":{"kind":"Name","value":"port"}},{"kind":"Field","name":{"kind":"Name","value":"username"}},{"kind":"Field","name":{"kind":"Name","value":"hasPassword"}},{"kind":"Field","name":{"kind":"Name","value":"enabled"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]} as unknown as DocumentNode<ProxiesPage_UpdateMutation, ProxiesPage_UpdateMutationVariables>;
export const SettingsPage_DataDocument = {"__meta__":{"hash":"a63dc7c292a367d4c2060682e1f552b66275d5aed1326e2d5b9aa0f37deeb7e8"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SettingsPage_Data"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"settings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"workerConcurrency"}},{"kind":"Field","name":{"kind":"Name","value":"proxyHealthCheckIntervalSeconds"}},{"kind":"Field","name":{"kind":"Name","value":"progressPushPerSecond"}},{"kind":"Field","name":{"kind":"Name","value":"changeRetentionHours"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}},{"kind":"Field","name":{"kind":"Name","value":"me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"role"}}]}}]}}]} as unknown as DocumentNode<SettingsPage_DataQuery, SettingsPage_DataQueryVariables>;
export const SettingsPage_UpdateDocument = {"__meta__":{"hash":"a7ad39a45440f1da6c826e8bfa98eca93909bd1be83dd3618b013af2fecf6650"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SettingsPage_Update"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateSettingsInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateSettings"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"workerConcurrency"}},{"kind":"Field","name":{"kind":"Name","value":"proxyHealthCheckIntervalSeconds"}},{"kind":"Field","name":{"kind":"Name","value":"progressPushPerSecond"}},{"kind":"Field","name":{"kind":"Name","value":"changeRetentionHours"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]} as unknown as DocumentNode<SettingsPage_UpdateMutation, SettingsPage_UpdateMutationVariables>;
export const StreamHealthPage_LiveDocument = {"__meta__":{"hash":"ab28ea98be8b5f2b7dbe07b6fe7f5df8b19ca8d59d407a9584ebc8c29e543f17"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"StreamHealthPage_Live"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"streamHealth"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"instance"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"webSocketClients"}},{"kind":"Field","name":{"kind":"Name","value":"sseClients"}},{"kind":"Field","name":{"kind":"Name","value":"subscriptions"}},{"kind":"Field","name":{"kind":"Name","value":"deliveriesPerSecond"}},{"kind":"Field","name":{"kind":"Name","value":"latencyP50Ms"}},{"kind":"Field","name":{"kind":"Name","value":"latencyP99Ms"}},{"kind":"Field","name":{"kind":"Name","value":"cutOffs"}},{"kind":"Field","name":{"kind":"Name","value":"eventLoopLagP99Ms"}}]}}]}}]} as unknown as DocumentNode<StreamHealthPage_LiveSubscription, StreamHealthPage_LiveSubscriptionVariables>;