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
export type Activity = {
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

export type AuthPayload = {
  __typename?: 'AuthPayload';
  /** Send as "Authorization: Bearer <token>". */
  token: Scalars['String']['output'];
  user: User;
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
  | 'KEYWORD_SET'
  | 'PERSONA'
  | 'SETTINGS'
  | 'USER';

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

export type HttpHeader = {
  __typename?: 'HttpHeader';
  name: Scalars['String']['output'];
  value: Scalars['String']['output'];
};

export type HttpHeaderInput = {
  name: Scalars['String']['input'];
  value: Scalars['String']['input'];
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
export type KeywordSet = {
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

export type Mutation = {
  __typename?: 'Mutation';
  createKeywordSet: KeywordSet;
  createPersona: Persona;
  /** Returns the id of the deleted keyword set. */
  deleteKeywordSet: Scalars['ID']['output'];
  /** Returns the id of the deleted persona. */
  deletePersona: Scalars['ID']['output'];
  signIn: AuthPayload;
  /** Revokes this token and closes its open sockets (close code 4401). */
  signOut: Scalars['Boolean']['output'];
  /** Creates an account (the first of a workspace is ADMIN) and signs it in. */
  signUp: AuthPayload;
  updateKeywordSet: KeywordSet;
  updatePersona: Persona;
  /** ADMIN only. */
  updateSettings: Settings;
};


export type MutationCreateKeywordSetArgs = {
  input: CreateKeywordSetInput;
};


export type MutationCreatePersonaArgs = {
  input: CreatePersonaInput;
};


export type MutationDeleteKeywordSetArgs = {
  id: Scalars['ID']['input'];
};


export type MutationDeletePersonaArgs = {
  id: Scalars['ID']['input'];
};


export type MutationSignInArgs = {
  input: SignInInput;
};


export type MutationSignUpArgs = {
  input: SignUpInput;
};


export type MutationUpdateKeywordSetArgs = {
  id: Scalars['ID']['input'];
  input: UpdateKeywordSetInput;
};


export type MutationUpdatePersonaArgs = {
  id: Scalars['ID']['input'];
  input: UpdatePersonaInput;
};


export type MutationUpdateSettingsArgs = {
  input: UpdateSettingsInput;
};

export type PageInfo = {
  __typename?: 'PageInfo';
  endCursor?: Maybe<Scalars['String']['output']>;
  hasNextPage: Scalars['Boolean']['output'];
  hasPreviousPage: Scalars['Boolean']['output'];
  startCursor?: Maybe<Scalars['String']['output']>;
};

/** How campaigns resolve (DNS) or fetch (HTTP): resolvers, timeouts, headers, concurrency. */
export type Persona = {
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

export type Query = {
  __typename?: 'Query';
  /** Latest activity, newest first. */
  activity: QueryActivityConnection;
  /** The cursor of the latest committed change. Ask for it first in the query that loads your view, then subscribe with `changes(after:)` set to it: nothing committed in between is missed. */
  changeCursor: Scalars['String']['output'];
  keywordSet: KeywordSet;
  /** Newest first. */
  keywordSets: QueryKeywordSetsConnection;
  me?: Maybe<User>;
  persona: Persona;
  /** Newest first. */
  personas: QueryPersonasConnection;
  settings: Settings;
};


export type QueryActivityArgs = {
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

/** The cursor is older than the retained log: refetch what you show, then continue from this cursor. */
export type ResyncChange = Change & {
  __typename?: 'ResyncChange';
  at: Scalars['DateTime']['output'];
  cursor: Scalars['String']['output'];
  entityId: Scalars['ID']['output'];
  op: ChangeOp;
};

export type Role =
  | 'ADMIN'
  | 'MEMBER';

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
  /** At least 8 characters. */
  password: Scalars['String']['input'];
};

export type Subscription = {
  __typename?: 'Subscription';
  /** Every committed change you may read, in commit order, each once. With `after`, first replays what you missed. */
  changes: Change;
};


export type SubscriptionChangesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  topics?: InputMaybe<Array<ChangeTopic>>;
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

export type UpdateSettingsInput = {
  /** 1 to 8760. */
  changeRetentionHours?: InputMaybe<Scalars['Int']['input']>;
  /** 1 to 50. */
  progressPushPerSecond?: InputMaybe<Scalars['Int']['input']>;
  /** 5 to 86400. */
  proxyHealthCheckIntervalSeconds?: InputMaybe<Scalars['Int']['input']>;
  /** 1 to 64. */
  workerConcurrency?: InputMaybe<Scalars['Int']['input']>;
};

export type User = {
  __typename?: 'User';
  createdAt: Scalars['DateTime']['output'];
  displayName: Scalars['String']['output'];
  /** Visible to the user themself and to admins only. */
  email?: Maybe<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
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

export type Test_ChangesSubscriptionVariables = Exact<{
  after?: InputMaybe<Scalars['String']['input']>;
  topics?: InputMaybe<Array<ChangeTopic> | ChangeTopic>;
}>;


export type Test_ChangesSubscription = { __typename?: 'Subscription', changes:
    | { __typename: 'ActivityChange', cursor: string, op: ChangeOp, entityId: string, activity?: { __typename?: 'Activity', summary: string, entityId: string } | null }
    | { __typename: 'KeywordSetChange', cursor: string, op: ChangeOp, entityId: string, keywordSet?: { __typename?: 'KeywordSet', id: string, name: string } | null }
    | { __typename: 'PersonaChange', cursor: string, op: ChangeOp, entityId: string, persona?: { __typename?: 'Persona', id: string, name: string, version: number } | null }
    | { __typename: 'ResyncChange', cursor: string, op: ChangeOp, entityId: string }
    | { __typename: 'SettingsChange', cursor: string, op: ChangeOp, entityId: string, settings?: { __typename?: 'Settings', progressPushPerSecond: number } | null }
    | { __typename: 'UserChange', cursor: string, op: ChangeOp, entityId: string, user?: { __typename?: 'User', id: string, displayName: string } | null }
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

export type Harness_SignUpMutationVariables = Exact<{
  input: SignUpInput;
}>;


export type Harness_SignUpMutation = { __typename?: 'Mutation', signUp: { __typename?: 'AuthPayload', token: string, user: { __typename?: 'User', id: string } } };

export type Harness_ChangeCursorQueryVariables = Exact<{ [key: string]: never; }>;


export type Harness_ChangeCursorQuery = { __typename?: 'Query', changeCursor: string };

export type Coverage_UpdateKeywordSetMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  input: UpdateKeywordSetInput;
}>;


export type Coverage_UpdateKeywordSetMutation = { __typename?: 'Mutation', updateKeywordSet: { __typename?: 'KeywordSet', id: string } };

export type Coverage_DeleteKeywordSetMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type Coverage_DeleteKeywordSetMutation = { __typename?: 'Mutation', deleteKeywordSet: string };

export type Coverage_UpdateSettingsMutationVariables = Exact<{
  input: UpdateSettingsInput;
}>;


export type Coverage_UpdateSettingsMutation = { __typename?: 'Mutation', updateSettings: { __typename?: 'Settings', id: string } };

export type RateLimit_MeQueryVariables = Exact<{ [key: string]: never; }>;


export type RateLimit_MeQuery = { __typename?: 'Query', me?: { __typename?: 'User', id: string } | null };


export const Auth_MeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Auth_Me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"role"}}]}}]}}]} as unknown as DocumentNode<Auth_MeQuery, Auth_MeQueryVariables>;
export const Auth_SignInDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"Auth_SignIn"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SignInInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"signIn"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"token"}},{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"email"}}]}}]}}]}}]} as unknown as DocumentNode<Auth_SignInMutation, Auth_SignInMutationVariables>;
export const Auth_SignOutDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"Auth_SignOut"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"signOut"}}]}}]} as unknown as DocumentNode<Auth_SignOutMutation, Auth_SignOutMutationVariables>;
export const Auth_SignUpDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"Auth_SignUp"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SignUpInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"signUp"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"role"}}]}}]}}]}}]} as unknown as DocumentNode<Auth_SignUpMutation, Auth_SignUpMutationVariables>;
export const BadInput_PersonaDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"BadInput_Persona"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"persona"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<BadInput_PersonaQuery, BadInput_PersonaQueryVariables>;
export const BadInput_UpdateSettingsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"BadInput_UpdateSettings"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateSettingsInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateSettings"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"progressPushPerSecond"}}]}}]}}]} as unknown as DocumentNode<BadInput_UpdateSettingsMutation, BadInput_UpdateSettingsMutationVariables>;
export const Test_ChangesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"Test_Changes"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"topics"}},"type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ChangeTopic"}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"changes"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"topics"},"value":{"kind":"Variable","name":{"kind":"Name","value":"topics"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"op"}},{"kind":"Field","name":{"kind":"Name","value":"entityId"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PersonaChange"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"persona"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"KeywordSetChange"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"keywordSet"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ActivityChange"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"activity"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"entityId"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SettingsChange"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"settings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"progressPushPerSecond"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserChange"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}}]}}]}}]}}]} as unknown as DocumentNode<Test_ChangesSubscription, Test_ChangesSubscriptionVariables>;
export const Test_CreatePersonaDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"Test_CreatePersona"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreatePersonaInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createPersona"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]} as unknown as DocumentNode<Test_CreatePersonaMutation, Test_CreatePersonaMutationVariables>;
export const Test_UpdatePersonaDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"Test_UpdatePersona"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdatePersonaInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updatePersona"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]} as unknown as DocumentNode<Test_UpdatePersonaMutation, Test_UpdatePersonaMutationVariables>;
export const Test_DeletePersonaDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"Test_DeletePersona"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deletePersona"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}]}]}}]} as unknown as DocumentNode<Test_DeletePersonaMutation, Test_DeletePersonaMutationVariables>;
export const Test_CreateKeywordSetDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"Test_CreateKeywordSet"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateKeywordSetInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createKeywordSet"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<Test_CreateKeywordSetMutation, Test_CreateKeywordSetMutationVariables>;
export const Harness_SignUpDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"Harness_SignUp"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SignUpInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"signUp"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"token"}},{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<Harness_SignUpMutation, Harness_SignUpMutationVariables>;
export const Harness_ChangeCursorDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Harness_ChangeCursor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"changeCursor"}}]}}]} as unknown as DocumentNode<Harness_ChangeCursorQuery, Harness_ChangeCursorQueryVariables>;
export const Coverage_UpdateKeywordSetDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"Coverage_UpdateKeywordSet"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateKeywordSetInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateKeywordSet"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<Coverage_UpdateKeywordSetMutation, Coverage_UpdateKeywordSetMutationVariables>;
export const Coverage_DeleteKeywordSetDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"Coverage_DeleteKeywordSet"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deleteKeywordSet"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}]}]}}]} as unknown as DocumentNode<Coverage_DeleteKeywordSetMutation, Coverage_DeleteKeywordSetMutationVariables>;
export const Coverage_UpdateSettingsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"Coverage_UpdateSettings"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateSettingsInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateSettings"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<Coverage_UpdateSettingsMutation, Coverage_UpdateSettingsMutationVariables>;
export const RateLimit_MeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"RateLimit_Me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<RateLimit_MeQuery, RateLimit_MeQueryVariables>;