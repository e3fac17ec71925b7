/* eslint-disable */
import * as types from './graphql.js';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  mutation ApiKeysPage_Create($input: CreateApiKeyInput!) {\n    createApiKey(input: $input) {\n      secret\n      apiKey { ...ApiKeysPage_Key }\n    }\n  }\n": typeof types.ApiKeysPage_CreateDocument,
    "\n  mutation ApiKeysPage_Revoke($id: ID!) {\n    revokeApiKey(id: $id) { ...ApiKeysPage_Key }\n  }\n": typeof types.ApiKeysPage_RevokeDocument,
    "\n  mutation WebhooksSection_Create($input: CreateWebhookInput!) {\n    createWebhook(input: $input) { secret webhook { ...WebhooksSection_Webhook } }\n  }\n": typeof types.WebhooksSection_CreateDocument,
    "\n  mutation WebhooksSection_Update($id: ID!, $input: UpdateWebhookInput!) {\n    updateWebhook(id: $id, input: $input) { ...WebhooksSection_Webhook }\n  }\n": typeof types.WebhooksSection_UpdateDocument,
    "\n  mutation WebhooksSection_Delete($id: ID!) {\n    deleteWebhook(id: $id)\n  }\n": typeof types.WebhooksSection_DeleteDocument,
    "\n  mutation WebhooksSection_Ping($id: ID!) {\n    pingWebhook(id: $id) { id status responseStatus }\n  }\n": typeof types.WebhooksSection_PingDocument,
    "\n  mutation WebhooksSection_Replay($id: ID!, $after: String!) {\n    replayWebhook(id: $id, after: $after) { ...WebhooksSection_Webhook }\n  }\n": typeof types.WebhooksSection_ReplayDocument,
    "\n  fragment ApiKeysPage_Key on ApiKey {\n    id name prefix createdAt lastUsedAt expiresAt revokedAt trustedDocumentsOnly\n    capabilities { read write topics entityIds }\n    usage {\n      requests subscriptions deliveries bytes cutOffs\n      perMinute { at requests deliveries }\n    }\n  }\n": typeof types.ApiKeysPage_KeyFragmentDoc,
    "\n  query ApiKeysPage_List {\n    apiKeys { ...ApiKeysPage_Key }\n  }\n": typeof types.ApiKeysPage_ListDocument,
    "\n  fragment WebhooksSection_Webhook on Webhook {\n    id url query topics entityIds enabled disabledReason cursor failingSince version\n    apiKey { id name }\n    deliveries(first: 20) {\n      edges { node { id cursor attempt status responseStatus durationMs error at } }\n    }\n  }\n": typeof types.WebhooksSection_WebhookFragmentDoc,
    "\n  query WebhooksSection_List {\n    webhooks { ...WebhooksSection_Webhook }\n  }\n": typeof types.WebhooksSection_ListDocument,
    "\n  mutation SignInPage_SignIn($input: SignInInput!) {\n    signIn(input: $input) {\n      token\n    }\n  }\n": typeof types.SignInPage_SignInDocument,
    "\n  mutation SignInPage_SignUp($input: SignUpInput!) {\n    signUp(input: $input) {\n      token\n    }\n  }\n": typeof types.SignInPage_SignUpDocument,
    "\n  query SignInPage_DemoAccounts {\n    demoAccounts { email displayName password }\n  }\n": typeof types.SignInPage_DemoAccountsDocument,
    "mutation CampaignActions_Start($id: ID!) { startCampaign(id: $id) { id status version } }": typeof types.CampaignActions_StartDocument,
    "mutation CampaignActions_Pause($id: ID!) { pauseCampaign(id: $id) { id status version } }": typeof types.CampaignActions_PauseDocument,
    "mutation CampaignActions_Resume($id: ID!) { resumeCampaign(id: $id) { id status version } }": typeof types.CampaignActions_ResumeDocument,
    "mutation CampaignActions_Cancel($id: ID!) { cancelCampaign(id: $id) { id status version } }": typeof types.CampaignActions_CancelDocument,
    "\n  fragment CampaignDetailPage_Detail on Campaign {\n      id name kind status error note startedAt finishedAt createdAt version\n      progress { total processed succeeded failed percent }\n      source { id name status }\n      persona { id name }\n      keywordSet { id name }\n      proxyPool { id name }\n      params {\n        __typename\n        ... on DomainGenerationParams { pattern constant characterSet minLength maxLength tlds maxDomains domainCount }\n        ... on DnsValidationParams { recordType }\n        ... on HttpKeywordValidationParams { scheme port path concurrency }\n      }\n  }\n": typeof types.CampaignDetailPage_DetailFragmentDoc,
    "\n  query CampaignDetailPage_Campaign($id: ID!) {\n    campaign(id: $id) {\n      ...CampaignDetailPage_Detail\n    }\n  }\n": typeof types.CampaignDetailPage_CampaignDocument,
    "\n  mutation CampaignDetailPage_Duplicate($id: ID!, $start: Boolean!) {\n    duplicateCampaign(id: $id, input: { start: $start }) {\n      ...CampaignDetailPage_Detail\n    }\n  }\n": typeof types.CampaignDetailPage_DuplicateDocument,
    "\n  query CampaignResults_Page($id: ID!, $after: String, $status: CampaignResultStatus, $search: String) {\n    campaign(id: $id) {\n      id\n      results(first: 50, after: $after, status: $status, search: $search) {\n        edges { node { position domain status records httpStatus matchedKeywords error } }\n        pageInfo { hasNextPage endCursor }\n      }\n    }\n  }\n": typeof types.CampaignResults_PageDocument,
    "\n  mutation CampaignResults_ExportLink($campaignId: ID!) {\n    createResultsExportLink(campaignId: $campaignId) { url }\n  }\n": typeof types.CampaignResults_ExportLinkDocument,
    "\n  fragment CampaignsPage_Campaign on Campaign {\n    id name kind status createdAt version progress { total processed percent }\n  }\n": typeof types.CampaignsPage_CampaignFragmentDoc,
    "\n  query CampaignsPage_Data {\n    campaigns(first: 100) {\n      edges { node { ...CampaignsPage_Campaign } }\n    }\n    personas(first: 100) { edges { node { ...PersonasPage_Persona } } }\n    keywordSets(first: 100) { edges { node { ...KeywordSetsPage_KeywordSet } } }\n    proxyPools(first: 100) { edges { node { ...ProxiesPage_Pool } } }\n  }\n": typeof types.CampaignsPage_DataDocument,
    "\n  mutation CampaignsPage_Create($input: CreateCampaignInput!) {\n    createCampaign(input: $input) { id }\n  }\n": typeof types.CampaignsPage_CreateDocument,
    "\n  mutation CampaignsPage_Rename($id: ID!, $name: String!) {\n    updateCampaign(id: $id, input: { name: $name }) { id name version }\n  }\n": typeof types.CampaignsPage_RenameDocument,
    "\n  mutation CampaignsPage_Delete($id: ID!) {\n    deleteCampaign(id: $id)\n  }\n": typeof types.CampaignsPage_DeleteDocument,
    "\n  subscription ChatsPage_Presence {\n    presence { online at user { id displayName online lastSeenAt } }\n  }\n": typeof types.ChatsPage_PresenceDocument,
    "\n  mutation ChatsPage_Send($chatId: ID!, $body: String!) {\n    sendMessage(chatId: $chatId, body: $body) { ...ChatsPage_Message }\n  }\n": typeof types.ChatsPage_SendDocument,
    "\n  mutation ChatsPage_SetTyping($chatId: ID!, $typing: Boolean!) {\n    setTyping(chatId: $chatId, typing: $typing)\n  }\n": typeof types.ChatsPage_SetTypingDocument,
    "\n  mutation ChatsPage_Create($input: CreateChatInput!) {\n    createChat(input: $input) { id }\n  }\n": typeof types.ChatsPage_CreateDocument,
    "\n  mutation ChatsPage_Edit($id: ID!, $body: String!) {\n    editMessage(id: $id, body: $body) { id body edited }\n  }\n": typeof types.ChatsPage_EditDocument,
    "\n  mutation ChatsPage_DeleteMessage($id: ID!) {\n    deleteMessage(id: $id) { id body deleted }\n  }\n": typeof types.ChatsPage_DeleteMessageDocument,
    "\n  mutation ChatsPage_MarkRead($chatId: ID!, $messageId: ID!) {\n    markChatRead(chatId: $chatId, messageId: $messageId) { id unreadCount }\n  }\n": typeof types.ChatsPage_MarkReadDocument,
    "\n  subscription ChatsPage_Typing($chatId: ID!) {\n    typing(chatId: $chatId) { chatId typing at expiresAt user { id displayName } }\n  }\n": typeof types.ChatsPage_TypingDocument,
    "\n  fragment ChatsPage_Chat on Chat {\n    id title kind unreadCount lastMessageAt\n    members { id displayName online lastSeenAt }\n    lastMessage { id body deleted author { id displayName } }\n  }\n": typeof types.ChatsPage_ChatFragmentDoc,
    "\n  fragment ChatsPage_Message on Message {\n    id chatId body deleted edited createdAt author { id displayName }\n  }\n": typeof types.ChatsPage_MessageFragmentDoc,
    "\n  query ChatsPage_List($after: String) @live(after: $after, patches: true) {\n    me { id }\n    chats { ...ChatsPage_Chat }\n  }\n": typeof types.ChatsPage_ListDocument,
    "\n  query ChatsPage_Thread($id: ID!, $last: Int!) {\n    chat(id: $id) {\n      id title kind unreadCount\n      lastMessage { id }\n      members { id displayName online lastSeenAt }\n      messages(last: $last) {\n        edges { node { ...ChatsPage_Message } }\n        pageInfo { hasPreviousPage }\n      }\n    }\n  }\n": typeof types.ChatsPage_ThreadDocument,
    "\n  query ChatsPage_Connections($after: String) @live(after: $after, patches: true) {\n    connections(status: ACCEPTED) { id status user { id displayName } }\n  }\n": typeof types.ChatsPage_ConnectionsDocument,
    "\n  fragment ConnectionsPage_Connection on Connection {\n    id status createdAt requester { id } user { id displayName online }\n  }\n": typeof types.ConnectionsPage_ConnectionFragmentDoc,
    "\n  query ConnectionsPage_Data($after: String) @live(after: $after, patches: true) {\n    me { id }\n    connections(status: ACCEPTED) { ...ConnectionsPage_Connection }\n    incomingConnectionRequests { ...ConnectionsPage_Connection }\n    outgoingConnectionRequests { ...ConnectionsPage_Connection }\n  }\n": typeof types.ConnectionsPage_DataDocument,
    "\n  query ConnectionsPage_Users($search: String) {\n    users(search: $search, first: 20) { id displayName }\n  }\n": typeof types.ConnectionsPage_UsersDocument,
    "mutation ConnectionsPage_Request($userId: ID!) { sendConnectionRequest(userId: $userId) { id status } }": typeof types.ConnectionsPage_RequestDocument,
    "mutation ConnectionsPage_Accept($id: ID!) { acceptConnectionRequest(id: $id) { id status } }": typeof types.ConnectionsPage_AcceptDocument,
    "mutation ConnectionsPage_Decline($id: ID!) { declineConnectionRequest(id: $id) }": typeof types.ConnectionsPage_DeclineDocument,
    "mutation ConnectionsPage_Cancel($id: ID!) { cancelConnectionRequest(id: $id) }": typeof types.ConnectionsPage_CancelDocument,
    "mutation ConnectionsPage_Remove($id: ID!) { removeConnection(id: $id) }": typeof types.ConnectionsPage_RemoveDocument,
    "mutation ConnectionsPage_Chat($input: CreateChatInput!) { createChat(input: $input) { id } }": typeof types.ConnectionsPage_ChatDocument,
    "\n  fragment DashboardPage_Dashboard on Dashboard {\n    id\n    campaignsByStatus { status count }\n    proxiesByHealth { status count }\n    resultsByStatus { status count }\n    totals { campaigns proxies proxyPools personas keywordSets }\n    throughput { at results perSecond }\n  }\n": typeof types.DashboardPage_DashboardFragmentDoc,
    "\n  fragment DashboardPage_Activity on Activity {\n    id at summary verb entityType entityId actor { id displayName }\n  }\n": typeof types.DashboardPage_ActivityFragmentDoc,
    "\n  query DashboardPage_Data {\n    dashboard { ...DashboardPage_Dashboard }\n    running: campaigns(status: RUNNING, first: 10) {\n      edges { node { ...CampaignsPage_Campaign } }\n    }\n    activity(first: 15) {\n      edges { node { ...DashboardPage_Activity } }\n    }\n  }\n": typeof types.DashboardPage_DataDocument,
    "\n  query FirstSteps_Data {\n    demoAccounts { email }\n    drafts: campaigns(status: DRAFT, first: 20) {\n      edges { node { ...CampaignsPage_Campaign source { id } } }\n    }\n  }\n": typeof types.FirstSteps_DataDocument,
    "\n  mutation FirstSteps_Start($id: ID!) {\n    startCampaign(id: $id) { id status version }\n  }\n": typeof types.FirstSteps_StartDocument,
    "\n  fragment FeedPage_Comment on Comment {\n    id postId body createdAt author { id displayName }\n  }\n": typeof types.FeedPage_CommentFragmentDoc,
    "\n  fragment FeedPage_Post on Post {\n    id body edited createdAt commentCount\n    author { id displayName }\n    comments { ...FeedPage_Comment }\n  }\n": typeof types.FeedPage_PostFragmentDoc,
    "\n  query FeedPage_Feed($after: String) @live(after: $after, patches: true) {\n    me { id }\n    feed(first: 50) {\n      edges { node { ...FeedPage_Post } }\n    }\n  }\n": typeof types.FeedPage_FeedDocument,
    "mutation FeedPage_Create($body: String!) { createPost(body: $body) { id } }": typeof types.FeedPage_CreateDocument,
    "mutation FeedPage_Delete($id: ID!) { deletePost(id: $id) }": typeof types.FeedPage_DeleteDocument,
    "mutation FeedPage_Update($id: ID!, $body: String!) { updatePost(id: $id, body: $body) { id body edited } }": typeof types.FeedPage_UpdateDocument,
    "mutation FeedPage_DeleteComment($id: ID!) { deleteComment(id: $id) }": typeof types.FeedPage_DeleteCommentDocument,
    "mutation FeedPage_AddComment($postId: ID!, $body: String!) { addComment(postId: $postId, body: $body) { id } }": typeof types.FeedPage_AddCommentDocument,
    "\n  fragment KeywordSetsPage_KeywordSet on KeywordSet {\n    id name description enabled version rules { pattern kind caseSensitive }\n  }\n": typeof types.KeywordSetsPage_KeywordSetFragmentDoc,
    "\n  query KeywordSetsPage_List {\n    keywordSets(first: 100) {\n      edges { node { ...KeywordSetsPage_KeywordSet } }\n    }\n  }\n": typeof types.KeywordSetsPage_ListDocument,
    "\n  mutation KeywordSetsPage_Create($input: CreateKeywordSetInput!) {\n    createKeywordSet(input: $input) { id name }\n  }\n": typeof types.KeywordSetsPage_CreateDocument,
    "\n  mutation KeywordSetsPage_Update($id: ID!, $input: UpdateKeywordSetInput!) {\n    updateKeywordSet(id: $id, input: $input) { id name description enabled version rules { pattern kind caseSensitive } }\n  }\n": typeof types.KeywordSetsPage_UpdateDocument,
    "\n  mutation KeywordSetsPage_Delete($id: ID!) {\n    deleteKeywordSet(id: $id)\n  }\n": typeof types.KeywordSetsPage_DeleteDocument,
    "\n  query Layout_Me {\n    me {\n      id\n      displayName\n      role\n      counts {\n        id\n        unreadMessages\n        unreadNotifications\n        incomingConnectionRequests\n      }\n    }\n  }\n": typeof types.Layout_MeDocument,
    "\n  mutation Layout_SignOut {\n    signOut\n  }\n": typeof types.Layout_SignOutDocument,
    "\n  query LiveChanges_Cursor {\n    changeCursor\n  }\n": typeof types.LiveChanges_CursorDocument,
    "\n  subscription LiveChanges_Stream($after: String) {\n    changes(after: $after) {\n      __typename\n      cursor\n      op\n      entityId\n      ... on PersonaChange { persona { ...PersonasPage_Persona } }\n      ... on KeywordSetChange { keywordSet { ...KeywordSetsPage_KeywordSet } }\n      ... on ProxyChange { proxy { ...ProxiesPage_Proxy } }\n      ... on ProxyPoolChange { proxyPool { ...ProxiesPage_Pool } }\n      ... on CampaignChange { campaign { ...CampaignsPage_Campaign ...CampaignDetailPage_Detail } }\n      ... on ActivityChange { activity { ...DashboardPage_Activity } }\n      ... on DashboardChange { dashboard { ...DashboardPage_Dashboard } }\n      ... on SettingsChange {\n        settings { id workerConcurrency proxyHealthCheckIntervalSeconds progressPushPerSecond changeRetentionHours version }\n      }\n      ... on NotificationChange { notification { ...NotificationsPage_Notification } }\n      ... on CountsChange { counts { id unreadMessages unreadNotifications incomingConnectionRequests } }\n      ... on ConnectionChange { connection { ...ConnectionsPage_Connection } }\n      ... on ChatChange { chat { ...ChatsPage_Chat } }\n      ... on MessageChange { message { ...ChatsPage_Message } }\n      ... on PostChange { post { ...FeedPage_Post } }\n      ... on CommentChange { comment { ...FeedPage_Comment } }\n      ... on UserChange { user { ...MembersPage_Member } }\n      ... on InvitationChange { invitation { ...MembersPage_Invitation } }\n      ... on ApiKeyChange { apiKey { ...ApiKeysPage_Key } }\n      ... on WebhookChange { webhook { ...WebhooksSection_Webhook } }\n    }\n  }\n": typeof types.LiveChanges_StreamDocument,
    "\n  query MembersPage_Me {\n    me { id role }\n  }\n": typeof types.MembersPage_MeDocument,
    "\n  mutation MembersPage_Invite($input: CreateInvitationInput!) {\n    createInvitation(input: $input) {\n      token\n      invitation { ...MembersPage_Invitation }\n    }\n  }\n": typeof types.MembersPage_InviteDocument,
    "\n  mutation MembersPage_Withdraw($id: ID!) {\n    revokeInvitation(id: $id) { ...MembersPage_Invitation }\n  }\n": typeof types.MembersPage_WithdrawDocument,
    "\n  mutation MembersPage_SetRole($userId: ID!, $role: Role!) {\n    setMemberRole(userId: $userId, role: $role) { ...MembersPage_Member }\n  }\n": typeof types.MembersPage_SetRoleDocument,
    "\n  mutation MembersPage_Remove($userId: ID!) {\n    removeMember(userId: $userId)\n  }\n": typeof types.MembersPage_RemoveDocument,
    "\n  fragment MembersPage_Member on User {\n    id displayName email role createdAt removedAt\n  }\n": typeof types.MembersPage_MemberFragmentDoc,
    "\n  query MembersPage_List($after: String) @live(after: $after, patches: true) {\n    members(first: 100) {\n      edges { node { ...MembersPage_Member } }\n    }\n  }\n": typeof types.MembersPage_ListDocument,
    "\n  fragment MembersPage_Invitation on Invitation {\n    id email role expiresAt acceptedAt revokedAt version\n  }\n": typeof types.MembersPage_InvitationFragmentDoc,
    "\n  query MembersPage_Invitations($after: String) @live(after: $after, patches: true) {\n    invitations { ...MembersPage_Invitation }\n  }\n": typeof types.MembersPage_InvitationsDocument,
    "\n  fragment NotificationsPage_Notification on Notification {\n    id kind title body read createdAt entityType entityId\n  }\n": typeof types.NotificationsPage_NotificationFragmentDoc,
    "\n  query NotificationsPage_List($after: String) @live(after: $after, patches: true) {\n    notifications(first: 50) {\n      edges { node { ...NotificationsPage_Notification } }\n    }\n  }\n": typeof types.NotificationsPage_ListDocument,
    "mutation NotificationsPage_Read($id: ID!) { markNotificationRead(id: $id) { id read } }": typeof types.NotificationsPage_ReadDocument,
    "mutation NotificationsPage_ReadAll { markAllNotificationsRead }": typeof types.NotificationsPage_ReadAllDocument,
    "\n  fragment PersonasPage_Persona on Persona {\n    id name kind description enabled version\n    config {\n      ... on DnsPersonaConfig { resolvers timeoutMs }\n      ... on HttpPersonaConfig { userAgent timeoutMs }\n    }\n  }\n": typeof types.PersonasPage_PersonaFragmentDoc,
    "\n  query PersonasPage_List {\n    personas(first: 100) {\n      edges { node { ...PersonasPage_Persona } }\n    }\n  }\n": typeof types.PersonasPage_ListDocument,
    "\n  mutation PersonasPage_Create($input: CreatePersonaInput!) {\n    createPersona(input: $input) { id name kind description enabled version }\n  }\n": typeof types.PersonasPage_CreateDocument,
    "\n  mutation PersonasPage_Update($id: ID!, $input: UpdatePersonaInput!) {\n    updatePersona(id: $id, input: $input) {\n      id name description enabled version\n      config {\n        ... on DnsPersonaConfig { resolvers timeoutMs }\n        ... on HttpPersonaConfig { userAgent timeoutMs }\n      }\n    }\n  }\n": typeof types.PersonasPage_UpdateDocument,
    "\n  mutation PersonasPage_Delete($id: ID!) {\n    deletePersona(id: $id)\n  }\n": typeof types.PersonasPage_DeleteDocument,
    "\n  mutation ProxiesPage_UpdatePool($id: ID!, $input: UpdateProxyPoolInput!) {\n    updateProxyPool(id: $id, input: $input) { id name strategy version }\n  }\n": typeof types.ProxiesPage_UpdatePoolDocument,
    "\n  mutation ProxiesPage_DeletePool($id: ID!) {\n    deleteProxyPool(id: $id)\n  }\n": typeof types.ProxiesPage_DeletePoolDocument,
    "\n  mutation ProxiesPage_CreatePool($input: CreateProxyPoolInput!) {\n    createProxyPool(input: $input) { id }\n  }\n": typeof types.ProxiesPage_CreatePoolDocument,
    "\n  fragment ProxiesPage_Proxy on Proxy {\n    id name protocol host port username hasPassword enabled version pool { id name } health { status latencyMs checkedAt error history { status latencyMs checkedAt } }\n  }\n": typeof types.ProxiesPage_ProxyFragmentDoc,
    "\n  fragment ProxiesPage_Pool on ProxyPool {\n    id name strategy version proxies { id name health { status latencyMs } }\n  }\n": typeof types.ProxiesPage_PoolFragmentDoc,
    "\n  query ProxiesPage_Data {\n    proxies(first: 100) {\n      edges { node { ...ProxiesPage_Proxy } }\n    }\n    proxyPools(first: 100) {\n      edges { node { ...ProxiesPage_Pool } }\n    }\n  }\n": typeof types.ProxiesPage_DataDocument,
    "\n  mutation ProxiesPage_Delete($id: ID!) {\n    deleteProxy(id: $id)\n  }\n": typeof types.ProxiesPage_DeleteDocument,
    "\n  mutation ProxiesPage_RemoveFromPool($poolId: ID!, $proxyId: ID!) {\n    removeProxyFromPool(poolId: $poolId, proxyId: $proxyId) { id proxies { id } }\n  }\n": typeof types.ProxiesPage_RemoveFromPoolDocument,
    "\n  mutation ProxiesPage_Check($id: ID!) {\n    checkProxy(id: $id) { id health { status latencyMs checkedAt error history { status latencyMs checkedAt } } }\n  }\n": typeof types.ProxiesPage_CheckDocument,
    "\n  mutation ProxiesPage_AddToPool($poolId: ID!, $proxyId: ID!) {\n    addProxyToPool(poolId: $poolId, proxyId: $proxyId) { id }\n  }\n": typeof types.ProxiesPage_AddToPoolDocument,
    "\n  mutation ProxiesPage_Create($input: CreateProxyInput!) {\n    createProxy(input: $input) { id }\n  }\n": typeof types.ProxiesPage_CreateDocument,
    "\n  mutation ProxiesPage_Update($id: ID!, $input: UpdateProxyInput!) {\n    updateProxy(id: $id, input: $input) { id name protocol host port username hasPassword enabled version }\n  }\n": typeof types.ProxiesPage_UpdateDocument,
    "\n  query SettingsPage_Data {\n    settings { id workerConcurrency proxyHealthCheckIntervalSeconds progressPushPerSecond changeRetentionHours version }\n    me { id role }\n  }\n": typeof types.SettingsPage_DataDocument,
    "\n  mutation SettingsPage_Update($input: UpdateSettingsInput!) {\n    updateSettings(input: $input) { id workerConcurrency proxyHealthCheckIntervalSeconds progressPushPerSecond changeRetentionHours version }\n  }\n": typeof types.SettingsPage_UpdateDocument,
    "\n  subscription StreamHealthPage_Live {\n    streamHealth {\n      instance at webSocketClients sseClients subscriptions deliveriesPerSecond latencyP50Ms latencyP99Ms cutOffs eventLoopLagP99Ms\n    }\n  }\n": typeof types.StreamHealthPage_LiveDocument,
};
const documents: Documents = {
    "\n  mutation ApiKeysPage_Create($input: CreateApiKeyInput!) {\n    createApiKey(input: $input) {\n      secret\n      apiKey { ...ApiKeysPage_Key }\n    }\n  }\n": types.ApiKeysPage_CreateDocument,
    "\n  mutation ApiKeysPage_Revoke($id: ID!) {\n    revokeApiKey(id: $id) { ...ApiKeysPage_Key }\n  }\n": types.ApiKeysPage_RevokeDocument,
    "\n  mutation WebhooksSection_Create($input: CreateWebhookInput!) {\n    createWebhook(input: $input) { secret webhook { ...WebhooksSection_Webhook } }\n  }\n": types.WebhooksSection_CreateDocument,
    "\n  mutation WebhooksSection_Update($id: ID!, $input: UpdateWebhookInput!) {\n    updateWebhook(id: $id, input: $input) { ...WebhooksSection_Webhook }\n  }\n": types.WebhooksSection_UpdateDocument,
    "\n  mutation WebhooksSection_Delete($id: ID!) {\n    deleteWebhook(id: $id)\n  }\n": types.WebhooksSection_DeleteDocument,
    "\n  mutation WebhooksSection_Ping($id: ID!) {\n    pingWebhook(id: $id) { id status responseStatus }\n  }\n": types.WebhooksSection_PingDocument,
    "\n  mutation WebhooksSection_Replay($id: ID!, $after: String!) {\n    replayWebhook(id: $id, after: $after) { ...WebhooksSection_Webhook }\n  }\n": types.WebhooksSection_ReplayDocument,
    "\n  fragment ApiKeysPage_Key on ApiKey {\n    id name prefix createdAt lastUsedAt expiresAt revokedAt trustedDocumentsOnly\n    capabilities { read write topics entityIds }\n    usage {\n      requests subscriptions deliveries bytes cutOffs\n      perMinute { at requests deliveries }\n    }\n  }\n": types.ApiKeysPage_KeyFragmentDoc,
    "\n  query ApiKeysPage_List {\n    apiKeys { ...ApiKeysPage_Key }\n  }\n": types.ApiKeysPage_ListDocument,
    "\n  fragment WebhooksSection_Webhook on Webhook {\n    id url query topics entityIds enabled disabledReason cursor failingSince version\n    apiKey { id name }\n    deliveries(first: 20) {\n      edges { node { id cursor attempt status responseStatus durationMs error at } }\n    }\n  }\n": types.WebhooksSection_WebhookFragmentDoc,
    "\n  query WebhooksSection_List {\n    webhooks { ...WebhooksSection_Webhook }\n  }\n": types.WebhooksSection_ListDocument,
    "\n  mutation SignInPage_SignIn($input: SignInInput!) {\n    signIn(input: $input) {\n      token\n    }\n  }\n": types.SignInPage_SignInDocument,
    "\n  mutation SignInPage_SignUp($input: SignUpInput!) {\n    signUp(input: $input) {\n      token\n    }\n  }\n": types.SignInPage_SignUpDocument,
    "\n  query SignInPage_DemoAccounts {\n    demoAccounts { email displayName password }\n  }\n": types.SignInPage_DemoAccountsDocument,
    "mutation CampaignActions_Start($id: ID!) { startCampaign(id: $id) { id status version } }": types.CampaignActions_StartDocument,
    "mutation CampaignActions_Pause($id: ID!) { pauseCampaign(id: $id) { id status version } }": types.CampaignActions_PauseDocument,
    "mutation CampaignActions_Resume($id: ID!) { resumeCampaign(id: $id) { id status version } }": types.CampaignActions_ResumeDocument,
    "mutation CampaignActions_Cancel($id: ID!) { cancelCampaign(id: $id) { id status version } }": types.CampaignActions_CancelDocument,
    "\n  fragment CampaignDetailPage_Detail on Campaign {\n      id name kind status error note startedAt finishedAt createdAt version\n      progress { total processed succeeded failed percent }\n      source { id name status }\n      persona { id name }\n      keywordSet { id name }\n      proxyPool { id name }\n      params {\n        __typename\n        ... on DomainGenerationParams { pattern constant characterSet minLength maxLength tlds maxDomains domainCount }\n        ... on DnsValidationParams { recordType }\n        ... on HttpKeywordValidationParams { scheme port path concurrency }\n      }\n  }\n": types.CampaignDetailPage_DetailFragmentDoc,
    "\n  query CampaignDetailPage_Campaign($id: ID!) {\n    campaign(id: $id) {\n      ...CampaignDetailPage_Detail\n    }\n  }\n": types.CampaignDetailPage_CampaignDocument,
    "\n  mutation CampaignDetailPage_Duplicate($id: ID!, $start: Boolean!) {\n    duplicateCampaign(id: $id, input: { start: $start }) {\n      ...CampaignDetailPage_Detail\n    }\n  }\n": types.CampaignDetailPage_DuplicateDocument,
    "\n  query CampaignResults_Page($id: ID!, $after: String, $status: CampaignResultStatus, $search: String) {\n    campaign(id: $id) {\n      id\n      results(first: 50, after: $after, status: $status, search: $search) {\n        edges { node { position domain status records httpStatus matchedKeywords error } }\n        pageInfo { hasNextPage endCursor }\n      }\n    }\n  }\n": types.CampaignResults_PageDocument,
    "\n  mutation CampaignResults_ExportLink($campaignId: ID!) {\n    createResultsExportLink(campaignId: $campaignId) { url }\n  }\n": types.CampaignResults_ExportLinkDocument,
    "\n  fragment CampaignsPage_Campaign on Campaign {\n    id name kind status createdAt version progress { total processed percent }\n  }\n": types.CampaignsPage_CampaignFragmentDoc,
    "\n  query CampaignsPage_Data {\n    campaigns(first: 100) {\n      edges { node { ...CampaignsPage_Campaign } }\n    }\n    personas(first: 100) { edges { node { ...PersonasPage_Persona } } }\n    keywordSets(first: 100) { edges { node { ...KeywordSetsPage_KeywordSet } } }\n    proxyPools(first: 100) { edges { node { ...ProxiesPage_Pool } } }\n  }\n": types.CampaignsPage_DataDocument,
    "\n  mutation CampaignsPage_Create($input: CreateCampaignInput!) {\n    createCampaign(input: $input) { id }\n  }\n": types.CampaignsPage_CreateDocument,
    "\n  mutation CampaignsPage_Rename($id: ID!, $name: String!) {\n    updateCampaign(id: $id, input: { name: $name }) { id name version }\n  }\n": types.CampaignsPage_RenameDocument,
    "\n  mutation CampaignsPage_Delete($id: ID!) {\n    deleteCampaign(id: $id)\n  }\n": types.CampaignsPage_DeleteDocument,
    "\n  subscription ChatsPage_Presence {\n    presence { online at user { id displayName online lastSeenAt } }\n  }\n": types.ChatsPage_PresenceDocument,
    "\n  mutation ChatsPage_Send($chatId: ID!, $body: String!) {\n    sendMessage(chatId: $chatId, body: $body) { ...ChatsPage_Message }\n  }\n": types.ChatsPage_SendDocument,
    "\n  mutation ChatsPage_SetTyping($chatId: ID!, $typing: Boolean!) {\n    setTyping(chatId: $chatId, typing: $typing)\n  }\n": types.ChatsPage_SetTypingDocument,
    "\n  mutation ChatsPage_Create($input: CreateChatInput!) {\n    createChat(input: $input) { id }\n  }\n": types.ChatsPage_CreateDocument,
    "\n  mutation ChatsPage_Edit($id: ID!, $body: String!) {\n    editMessage(id: $id, body: $body) { id body edited }\n  }\n": types.ChatsPage_EditDocument,
    "\n  mutation ChatsPage_DeleteMessage($id: ID!) {\n    deleteMessage(id: $id) { id body deleted }\n  }\n": types.ChatsPage_DeleteMessageDocument,
    "\n  mutation ChatsPage_MarkRead($chatId: ID!, $messageId: ID!) {\n    markChatRead(chatId: $chatId, messageId: $messageId) { id unreadCount }\n  }\n": types.ChatsPage_MarkReadDocument,
    "\n  subscription ChatsPage_Typing($chatId: ID!) {\n    typing(chatId: $chatId) { chatId typing at expiresAt user { id displayName } }\n  }\n": types.ChatsPage_TypingDocument,
    "\n  fragment ChatsPage_Chat on Chat {\n    id title kind unreadCount lastMessageAt\n    members { id displayName online lastSeenAt }\n    lastMessage { id body deleted author { id displayName } }\n  }\n": types.ChatsPage_ChatFragmentDoc,
    "\n  fragment ChatsPage_Message on Message {\n    id chatId body deleted edited createdAt author { id displayName }\n  }\n": types.ChatsPage_MessageFragmentDoc,
    "\n  query ChatsPage_List($after: String) @live(after: $after, patches: true) {\n    me { id }\n    chats { ...ChatsPage_Chat }\n  }\n": types.ChatsPage_ListDocument,
    "\n  query ChatsPage_Thread($id: ID!, $last: Int!) {\n    chat(id: $id) {\n      id title kind unreadCount\n      lastMessage { id }\n      members { id displayName online lastSeenAt }\n      messages(last: $last) {\n        edges { node { ...ChatsPage_Message } }\n        pageInfo { hasPreviousPage }\n      }\n    }\n  }\n": types.ChatsPage_ThreadDocument,
    "\n  query ChatsPage_Connections($after: String) @live(after: $after, patches: true) {\n    connections(status: ACCEPTED) { id status user { id displayName } }\n  }\n": types.ChatsPage_ConnectionsDocument,
    "\n  fragment ConnectionsPage_Connection on Connection {\n    id status createdAt requester { id } user { id displayName online }\n  }\n": types.ConnectionsPage_ConnectionFragmentDoc,
    "\n  query ConnectionsPage_Data($after: String) @live(after: $after, patches: true) {\n    me { id }\n    connections(status: ACCEPTED) { ...ConnectionsPage_Connection }\n    incomingConnectionRequests { ...ConnectionsPage_Connection }\n    outgoingConnectionRequests { ...ConnectionsPage_Connection }\n  }\n": types.ConnectionsPage_DataDocument,
    "\n  query ConnectionsPage_Users($search: String) {\n    users(search: $search, first: 20) { id displayName }\n  }\n": types.ConnectionsPage_UsersDocument,
    "mutation ConnectionsPage_Request($userId: ID!) { sendConnectionRequest(userId: $userId) { id status } }": types.ConnectionsPage_RequestDocument,
    "mutation ConnectionsPage_Accept($id: ID!) { acceptConnectionRequest(id: $id) { id status } }": types.ConnectionsPage_AcceptDocument,
    "mutation ConnectionsPage_Decline($id: ID!) { declineConnectionRequest(id: $id) }": types.ConnectionsPage_DeclineDocument,
    "mutation ConnectionsPage_Cancel($id: ID!) { cancelConnectionRequest(id: $id) }": types.ConnectionsPage_CancelDocument,
    "mutation ConnectionsPage_Remove($id: ID!) { removeConnection(id: $id) }": types.ConnectionsPage_RemoveDocument,
    "mutation ConnectionsPage_Chat($input: CreateChatInput!) { createChat(input: $input) { id } }": types.ConnectionsPage_ChatDocument,
    "\n  fragment DashboardPage_Dashboard on Dashboard {\n    id\n    campaignsByStatus { status count }\n    proxiesByHealth { status count }\n    resultsByStatus { status count }\n    totals { campaigns proxies proxyPools personas keywordSets }\n    throughput { at results perSecond }\n  }\n": types.DashboardPage_DashboardFragmentDoc,
    "\n  fragment DashboardPage_Activity on Activity {\n    id at summary verb entityType entityId actor { id displayName }\n  }\n": types.DashboardPage_ActivityFragmentDoc,
    "\n  query DashboardPage_Data {\n    dashboard { ...DashboardPage_Dashboard }\n    running: campaigns(status: RUNNING, first: 10) {\n      edges { node { ...CampaignsPage_Campaign } }\n    }\n    activity(first: 15) {\n      edges { node { ...DashboardPage_Activity } }\n    }\n  }\n": types.DashboardPage_DataDocument,
    "\n  query FirstSteps_Data {\n    demoAccounts { email }\n    drafts: campaigns(status: DRAFT, first: 20) {\n      edges { node { ...CampaignsPage_Campaign source { id } } }\n    }\n  }\n": types.FirstSteps_DataDocument,
    "\n  mutation FirstSteps_Start($id: ID!) {\n    startCampaign(id: $id) { id status version }\n  }\n": types.FirstSteps_StartDocument,
    "\n  fragment FeedPage_Comment on Comment {\n    id postId body createdAt author { id displayName }\n  }\n": types.FeedPage_CommentFragmentDoc,
    "\n  fragment FeedPage_Post on Post {\n    id body edited createdAt commentCount\n    author { id displayName }\n    comments { ...FeedPage_Comment }\n  }\n": types.FeedPage_PostFragmentDoc,
    "\n  query FeedPage_Feed($after: String) @live(after: $after, patches: true) {\n    me { id }\n    feed(first: 50) {\n      edges { node { ...FeedPage_Post } }\n    }\n  }\n": types.FeedPage_FeedDocument,
    "mutation FeedPage_Create($body: String!) { createPost(body: $body) { id } }": types.FeedPage_CreateDocument,
    "mutation FeedPage_Delete($id: ID!) { deletePost(id: $id) }": types.FeedPage_DeleteDocument,
    "mutation FeedPage_Update($id: ID!, $body: String!) { updatePost(id: $id, body: $body) { id body edited } }": types.FeedPage_UpdateDocument,
    "mutation FeedPage_DeleteComment($id: ID!) { deleteComment(id: $id) }": types.FeedPage_DeleteCommentDocument,
    "mutation FeedPage_AddComment($postId: ID!, $body: String!) { addComment(postId: $postId, body: $body) { id } }": types.FeedPage_AddCommentDocument,
    "\n  fragment KeywordSetsPage_KeywordSet on KeywordSet {\n    id name description enabled version rules { pattern kind caseSensitive }\n  }\n": types.KeywordSetsPage_KeywordSetFragmentDoc,
    "\n  query KeywordSetsPage_List {\n    keywordSets(first: 100) {\n      edges { node { ...KeywordSetsPage_KeywordSet } }\n    }\n  }\n": types.KeywordSetsPage_ListDocument,
    "\n  mutation KeywordSetsPage_Create($input: CreateKeywordSetInput!) {\n    createKeywordSet(input: $input) { id name }\n  }\n": types.KeywordSetsPage_CreateDocument,
    "\n  mutation KeywordSetsPage_Update($id: ID!, $input: UpdateKeywordSetInput!) {\n    updateKeywordSet(id: $id, input: $input) { id name description enabled version rules { pattern kind caseSensitive } }\n  }\n": types.KeywordSetsPage_UpdateDocument,
    "\n  mutation KeywordSetsPage_Delete($id: ID!) {\n    deleteKeywordSet(id: $id)\n  }\n": types.KeywordSetsPage_DeleteDocument,
    "\n  query Layout_Me {\n    me {\n      id\n      displayName\n      role\n      counts {\n        id\n        unreadMessages\n        unreadNotifications\n        incomingConnectionRequests\n      }\n    }\n  }\n": types.Layout_MeDocument,
    "\n  mutation Layout_SignOut {\n    signOut\n  }\n": types.Layout_SignOutDocument,
    "\n  query LiveChanges_Cursor {\n    changeCursor\n  }\n": types.LiveChanges_CursorDocument,
    "\n  subscription LiveChanges_Stream($after: String) {\n    changes(after: $after) {\n      __typename\n      cursor\n      op\n      entityId\n      ... on PersonaChange { persona { ...PersonasPage_Persona } }\n      ... on KeywordSetChange { keywordSet { ...KeywordSetsPage_KeywordSet } }\n      ... on ProxyChange { proxy { ...ProxiesPage_Proxy } }\n      ... on ProxyPoolChange { proxyPool { ...ProxiesPage_Pool } }\n      ... on CampaignChange { campaign { ...CampaignsPage_Campaign ...CampaignDetailPage_Detail } }\n      ... on ActivityChange { activity { ...DashboardPage_Activity } }\n      ... on DashboardChange { dashboard { ...DashboardPage_Dashboard } }\n      ... on SettingsChange {\n        settings { id workerConcurrency proxyHealthCheckIntervalSeconds progressPushPerSecond changeRetentionHours version }\n      }\n      ... on NotificationChange { notification { ...NotificationsPage_Notification } }\n      ... on CountsChange { counts { id unreadMessages unreadNotifications incomingConnectionRequests } }\n      ... on ConnectionChange { connection { ...ConnectionsPage_Connection } }\n      ... on ChatChange { chat { ...ChatsPage_Chat } }\n      ... on MessageChange { message { ...ChatsPage_Message } }\n      ... on PostChange { post { ...FeedPage_Post } }\n      ... on CommentChange { comment { ...FeedPage_Comment } }\n      ... on UserChange { user { ...MembersPage_Member } }\n      ... on InvitationChange { invitation { ...MembersPage_Invitation } }\n      ... on ApiKeyChange { apiKey { ...ApiKeysPage_Key } }\n      ... on WebhookChange { webhook { ...WebhooksSection_Webhook } }\n    }\n  }\n": types.LiveChanges_StreamDocument,
    "\n  query MembersPage_Me {\n    me { id role }\n  }\n": types.MembersPage_MeDocument,
    "\n  mutation MembersPage_Invite($input: CreateInvitationInput!) {\n    createInvitation(input: $input) {\n      token\n      invitation { ...MembersPage_Invitation }\n    }\n  }\n": types.MembersPage_InviteDocument,
    "\n  mutation MembersPage_Withdraw($id: ID!) {\n    revokeInvitation(id: $id) { ...MembersPage_Invitation }\n  }\n": types.MembersPage_WithdrawDocument,
    "\n  mutation MembersPage_SetRole($userId: ID!, $role: Role!) {\n    setMemberRole(userId: $userId, role: $role) { ...MembersPage_Member }\n  }\n": types.MembersPage_SetRoleDocument,
    "\n  mutation MembersPage_Remove($userId: ID!) {\n    removeMember(userId: $userId)\n  }\n": types.MembersPage_RemoveDocument,
    "\n  fragment MembersPage_Member on User {\n    id displayName email role createdAt removedAt\n  }\n": types.MembersPage_MemberFragmentDoc,
    "\n  query MembersPage_List($after: String) @live(after: $after, patches: true) {\n    members(first: 100) {\n      edges { node { ...MembersPage_Member } }\n    }\n  }\n": types.MembersPage_ListDocument,
    "\n  fragment MembersPage_Invitation on Invitation {\n    id email role expiresAt acceptedAt revokedAt version\n  }\n": types.MembersPage_InvitationFragmentDoc,
    "\n  query MembersPage_Invitations($after: String) @live(after: $after, patches: true) {\n    invitations { ...MembersPage_Invitation }\n  }\n": types.MembersPage_InvitationsDocument,
    "\n  fragment NotificationsPage_Notification on Notification {\n    id kind title body read createdAt entityType entityId\n  }\n": types.NotificationsPage_NotificationFragmentDoc,
    "\n  query NotificationsPage_List($after: String) @live(after: $after, patches: true) {\n    notifications(first: 50) {\n      edges { node { ...NotificationsPage_Notification } }\n    }\n  }\n": types.NotificationsPage_ListDocument,
    "mutation NotificationsPage_Read($id: ID!) { markNotificationRead(id: $id) { id read } }": types.NotificationsPage_ReadDocument,
    "mutation NotificationsPage_ReadAll { markAllNotificationsRead }": types.NotificationsPage_ReadAllDocument,
    "\n  fragment PersonasPage_Persona on Persona {\n    id name kind description enabled version\n    config {\n      ... on DnsPersonaConfig { resolvers timeoutMs }\n      ... on HttpPersonaConfig { userAgent timeoutMs }\n    }\n  }\n": types.PersonasPage_PersonaFragmentDoc,
    "\n  query PersonasPage_List {\n    personas(first: 100) {\n      edges { node { ...PersonasPage_Persona } }\n    }\n  }\n": types.PersonasPage_ListDocument,
    "\n  mutation PersonasPage_Create($input: CreatePersonaInput!) {\n    createPersona(input: $input) { id name kind description enabled version }\n  }\n": types.PersonasPage_CreateDocument,
    "\n  mutation PersonasPage_Update($id: ID!, $input: UpdatePersonaInput!) {\n    updatePersona(id: $id, input: $input) {\n      id name description enabled version\n      config {\n        ... on DnsPersonaConfig { resolvers timeoutMs }\n        ... on HttpPersonaConfig { userAgent timeoutMs }\n      }\n    }\n  }\n": types.PersonasPage_UpdateDocument,
    "\n  mutation PersonasPage_Delete($id: ID!) {\n    deletePersona(id: $id)\n  }\n": types.PersonasPage_DeleteDocument,
    "\n  mutation ProxiesPage_UpdatePool($id: ID!, $input: UpdateProxyPoolInput!) {\n    updateProxyPool(id: $id, input: $input) { id name strategy version }\n  }\n": types.ProxiesPage_UpdatePoolDocument,
    "\n  mutation ProxiesPage_DeletePool($id: ID!) {\n    deleteProxyPool(id: $id)\n  }\n": types.ProxiesPage_DeletePoolDocument,
    "\n  mutation ProxiesPage_CreatePool($input: CreateProxyPoolInput!) {\n    createProxyPool(input: $input) { id }\n  }\n": types.ProxiesPage_CreatePoolDocument,
    "\n  fragment ProxiesPage_Proxy on Proxy {\n    id name protocol host port username hasPassword enabled version pool { id name } health { status latencyMs checkedAt error history { status latencyMs checkedAt } }\n  }\n": types.ProxiesPage_ProxyFragmentDoc,
    "\n  fragment ProxiesPage_Pool on ProxyPool {\n    id name strategy version proxies { id name health { status latencyMs } }\n  }\n": types.ProxiesPage_PoolFragmentDoc,
    "\n  query ProxiesPage_Data {\n    proxies(first: 100) {\n      edges { node { ...ProxiesPage_Proxy } }\n    }\n    proxyPools(first: 100) {\n      edges { node { ...ProxiesPage_Pool } }\n    }\n  }\n": types.ProxiesPage_DataDocument,
    "\n  mutation ProxiesPage_Delete($id: ID!) {\n    deleteProxy(id: $id)\n  }\n": types.ProxiesPage_DeleteDocument,
    "\n  mutation ProxiesPage_RemoveFromPool($poolId: ID!, $proxyId: ID!) {\n    removeProxyFromPool(poolId: $poolId, proxyId: $proxyId) { id proxies { id } }\n  }\n": types.ProxiesPage_RemoveFromPoolDocument,
    "\n  mutation ProxiesPage_Check($id: ID!) {\n    checkProxy(id: $id) { id health { status latencyMs checkedAt error history { status latencyMs checkedAt } } }\n  }\n": types.ProxiesPage_CheckDocument,
    "\n  mutation ProxiesPage_AddToPool($poolId: ID!, $proxyId: ID!) {\n    addProxyToPool(poolId: $poolId, proxyId: $proxyId) { id }\n  }\n": types.ProxiesPage_AddToPoolDocument,
    "\n  mutation ProxiesPage_Create($input: CreateProxyInput!) {\n    createProxy(input: $input) { id }\n  }\n": types.ProxiesPage_CreateDocument,
    "\n  mutation ProxiesPage_Update($id: ID!, $input: UpdateProxyInput!) {\n    updateProxy(id: $id, input: $input) { id name protocol host port username hasPassword enabled version }\n  }\n": types.ProxiesPage_UpdateDocument,
    "\n  query SettingsPage_Data {\n    settings { id workerConcurrency proxyHealthCheckIntervalSeconds progressPushPerSecond changeRetentionHours version }\n    me { id role }\n  }\n": types.SettingsPage_DataDocument,
    "\n  mutation SettingsPage_Update($input: UpdateSettingsInput!) {\n    updateSettings(input: $input) { id workerConcurrency proxyHealthCheckIntervalSeconds progressPushPerSecond changeRetentionHours version }\n  }\n": types.SettingsPage_UpdateDocument,
    "\n  subscription StreamHealthPage_Live {\n    streamHealth {\n      instance at webSocketClients sseClients subscriptions deliveriesPerSecond latencyP50Ms latencyP99Ms cutOffs eventLoopLagP99Ms\n    }\n  }\n": types.StreamHealthPage_LiveDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ApiKeysPage_Create($input: CreateApiKeyInput!) {\n    createApiKey(input: $input) {\n      secret\n      apiKey { ...ApiKeysPage_Key }\n    }\n  }\n"): (typeof documents)["\n  mutation ApiKeysPage_Create($input: CreateApiKeyInput!) {\n    createApiKey(input: $input) {\n      secret\n      apiKey { ...ApiKeysPage_Key }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ApiKeysPage_Revoke($id: ID!) {\n    revokeApiKey(id: $id) { ...ApiKeysPage_Key }\n  }\n"): (typeof documents)["\n  mutation ApiKeysPage_Revoke($id: ID!) {\n    revokeApiKey(id: $id) { ...ApiKeysPage_Key }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation WebhooksSection_Create($input: CreateWebhookInput!) {\n    createWebhook(input: $input) { secret webhook { ...WebhooksSection_Webhook } }\n  }\n"): (typeof documents)["\n  mutation WebhooksSection_Create($input: CreateWebhookInput!) {\n    createWebhook(input: $input) { secret webhook { ...WebhooksSection_Webhook } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation WebhooksSection_Update($id: ID!, $input: UpdateWebhookInput!) {\n    updateWebhook(id: $id, input: $input) { ...WebhooksSection_Webhook }\n  }\n"): (typeof documents)["\n  mutation WebhooksSection_Update($id: ID!, $input: UpdateWebhookInput!) {\n    updateWebhook(id: $id, input: $input) { ...WebhooksSection_Webhook }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation WebhooksSection_Delete($id: ID!) {\n    deleteWebhook(id: $id)\n  }\n"): (typeof documents)["\n  mutation WebhooksSection_Delete($id: ID!) {\n    deleteWebhook(id: $id)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation WebhooksSection_Ping($id: ID!) {\n    pingWebhook(id: $id) { id status responseStatus }\n  }\n"): (typeof documents)["\n  mutation WebhooksSection_Ping($id: ID!) {\n    pingWebhook(id: $id) { id status responseStatus }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation WebhooksSection_Replay($id: ID!, $after: String!) {\n    replayWebhook(id: $id, after: $after) { ...WebhooksSection_Webhook }\n  }\n"): (typeof documents)["\n  mutation WebhooksSection_Replay($id: ID!, $after: String!) {\n    replayWebhook(id: $id, after: $after) { ...WebhooksSection_Webhook }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ApiKeysPage_Key on ApiKey {\n    id name prefix createdAt lastUsedAt expiresAt revokedAt trustedDocumentsOnly\n    capabilities { read write topics entityIds }\n    usage {\n      requests subscriptions deliveries bytes cutOffs\n      perMinute { at requests deliveries }\n    }\n  }\n"): (typeof documents)["\n  fragment ApiKeysPage_Key on ApiKey {\n    id name prefix createdAt lastUsedAt expiresAt revokedAt trustedDocumentsOnly\n    capabilities { read write topics entityIds }\n    usage {\n      requests subscriptions deliveries bytes cutOffs\n      perMinute { at requests deliveries }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ApiKeysPage_List {\n    apiKeys { ...ApiKeysPage_Key }\n  }\n"): (typeof documents)["\n  query ApiKeysPage_List {\n    apiKeys { ...ApiKeysPage_Key }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment WebhooksSection_Webhook on Webhook {\n    id url query topics entityIds enabled disabledReason cursor failingSince version\n    apiKey { id name }\n    deliveries(first: 20) {\n      edges { node { id cursor attempt status responseStatus durationMs error at } }\n    }\n  }\n"): (typeof documents)["\n  fragment WebhooksSection_Webhook on Webhook {\n    id url query topics entityIds enabled disabledReason cursor failingSince version\n    apiKey { id name }\n    deliveries(first: 20) {\n      edges { node { id cursor attempt status responseStatus durationMs error at } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query WebhooksSection_List {\n    webhooks { ...WebhooksSection_Webhook }\n  }\n"): (typeof documents)["\n  query WebhooksSection_List {\n    webhooks { ...WebhooksSection_Webhook }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SignInPage_SignIn($input: SignInInput!) {\n    signIn(input: $input) {\n      token\n    }\n  }\n"): (typeof documents)["\n  mutation SignInPage_SignIn($input: SignInInput!) {\n    signIn(input: $input) {\n      token\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SignInPage_SignUp($input: SignUpInput!) {\n    signUp(input: $input) {\n      token\n    }\n  }\n"): (typeof documents)["\n  mutation SignInPage_SignUp($input: SignUpInput!) {\n    signUp(input: $input) {\n      token\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SignInPage_DemoAccounts {\n    demoAccounts { email displayName password }\n  }\n"): (typeof documents)["\n  query SignInPage_DemoAccounts {\n    demoAccounts { email displayName password }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation CampaignActions_Start($id: ID!) { startCampaign(id: $id) { id status version } }"): (typeof documents)["mutation CampaignActions_Start($id: ID!) { startCampaign(id: $id) { id status version } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation CampaignActions_Pause($id: ID!) { pauseCampaign(id: $id) { id status version } }"): (typeof documents)["mutation CampaignActions_Pause($id: ID!) { pauseCampaign(id: $id) { id status version } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation CampaignActions_Resume($id: ID!) { resumeCampaign(id: $id) { id status version } }"): (typeof documents)["mutation CampaignActions_Resume($id: ID!) { resumeCampaign(id: $id) { id status version } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation CampaignActions_Cancel($id: ID!) { cancelCampaign(id: $id) { id status version } }"): (typeof documents)["mutation CampaignActions_Cancel($id: ID!) { cancelCampaign(id: $id) { id status version } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment CampaignDetailPage_Detail on Campaign {\n      id name kind status error note startedAt finishedAt createdAt version\n      progress { total processed succeeded failed percent }\n      source { id name status }\n      persona { id name }\n      keywordSet { id name }\n      proxyPool { id name }\n      params {\n        __typename\n        ... on DomainGenerationParams { pattern constant characterSet minLength maxLength tlds maxDomains domainCount }\n        ... on DnsValidationParams { recordType }\n        ... on HttpKeywordValidationParams { scheme port path concurrency }\n      }\n  }\n"): (typeof documents)["\n  fragment CampaignDetailPage_Detail on Campaign {\n      id name kind status error note startedAt finishedAt createdAt version\n      progress { total processed succeeded failed percent }\n      source { id name status }\n      persona { id name }\n      keywordSet { id name }\n      proxyPool { id name }\n      params {\n        __typename\n        ... on DomainGenerationParams { pattern constant characterSet minLength maxLength tlds maxDomains domainCount }\n        ... on DnsValidationParams { recordType }\n        ... on HttpKeywordValidationParams { scheme port path concurrency }\n      }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CampaignDetailPage_Campaign($id: ID!) {\n    campaign(id: $id) {\n      ...CampaignDetailPage_Detail\n    }\n  }\n"): (typeof documents)["\n  query CampaignDetailPage_Campaign($id: ID!) {\n    campaign(id: $id) {\n      ...CampaignDetailPage_Detail\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CampaignDetailPage_Duplicate($id: ID!, $start: Boolean!) {\n    duplicateCampaign(id: $id, input: { start: $start }) {\n      ...CampaignDetailPage_Detail\n    }\n  }\n"): (typeof documents)["\n  mutation CampaignDetailPage_Duplicate($id: ID!, $start: Boolean!) {\n    duplicateCampaign(id: $id, input: { start: $start }) {\n      ...CampaignDetailPage_Detail\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CampaignResults_Page($id: ID!, $after: String, $status: CampaignResultStatus, $search: String) {\n    campaign(id: $id) {\n      id\n      results(first: 50, after: $after, status: $status, search: $search) {\n        edges { node { position domain status records httpStatus matchedKeywords error } }\n        pageInfo { hasNextPage endCursor }\n      }\n    }\n  }\n"): (typeof documents)["\n  query CampaignResults_Page($id: ID!, $after: String, $status: CampaignResultStatus, $search: String) {\n    campaign(id: $id) {\n      id\n      results(first: 50, after: $after, status: $status, search: $search) {\n        edges { node { position domain status records httpStatus matchedKeywords error } }\n        pageInfo { hasNextPage endCursor }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CampaignResults_ExportLink($campaignId: ID!) {\n    createResultsExportLink(campaignId: $campaignId) { url }\n  }\n"): (typeof documents)["\n  mutation CampaignResults_ExportLink($campaignId: ID!) {\n    createResultsExportLink(campaignId: $campaignId) { url }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment CampaignsPage_Campaign on Campaign {\n    id name kind status createdAt version progress { total processed percent }\n  }\n"): (typeof documents)["\n  fragment CampaignsPage_Campaign on Campaign {\n    id name kind status createdAt version progress { total processed percent }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CampaignsPage_Data {\n    campaigns(first: 100) {\n      edges { node { ...CampaignsPage_Campaign } }\n    }\n    personas(first: 100) { edges { node { ...PersonasPage_Persona } } }\n    keywordSets(first: 100) { edges { node { ...KeywordSetsPage_KeywordSet } } }\n    proxyPools(first: 100) { edges { node { ...ProxiesPage_Pool } } }\n  }\n"): (typeof documents)["\n  query CampaignsPage_Data {\n    campaigns(first: 100) {\n      edges { node { ...CampaignsPage_Campaign } }\n    }\n    personas(first: 100) { edges { node { ...PersonasPage_Persona } } }\n    keywordSets(first: 100) { edges { node { ...KeywordSetsPage_KeywordSet } } }\n    proxyPools(first: 100) { edges { node { ...ProxiesPage_Pool } } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CampaignsPage_Create($input: CreateCampaignInput!) {\n    createCampaign(input: $input) { id }\n  }\n"): (typeof documents)["\n  mutation CampaignsPage_Create($input: CreateCampaignInput!) {\n    createCampaign(input: $input) { id }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CampaignsPage_Rename($id: ID!, $name: String!) {\n    updateCampaign(id: $id, input: { name: $name }) { id name version }\n  }\n"): (typeof documents)["\n  mutation CampaignsPage_Rename($id: ID!, $name: String!) {\n    updateCampaign(id: $id, input: { name: $name }) { id name version }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CampaignsPage_Delete($id: ID!) {\n    deleteCampaign(id: $id)\n  }\n"): (typeof documents)["\n  mutation CampaignsPage_Delete($id: ID!) {\n    deleteCampaign(id: $id)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription ChatsPage_Presence {\n    presence { online at user { id displayName online lastSeenAt } }\n  }\n"): (typeof documents)["\n  subscription ChatsPage_Presence {\n    presence { online at user { id displayName online lastSeenAt } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ChatsPage_Send($chatId: ID!, $body: String!) {\n    sendMessage(chatId: $chatId, body: $body) { ...ChatsPage_Message }\n  }\n"): (typeof documents)["\n  mutation ChatsPage_Send($chatId: ID!, $body: String!) {\n    sendMessage(chatId: $chatId, body: $body) { ...ChatsPage_Message }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ChatsPage_SetTyping($chatId: ID!, $typing: Boolean!) {\n    setTyping(chatId: $chatId, typing: $typing)\n  }\n"): (typeof documents)["\n  mutation ChatsPage_SetTyping($chatId: ID!, $typing: Boolean!) {\n    setTyping(chatId: $chatId, typing: $typing)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ChatsPage_Create($input: CreateChatInput!) {\n    createChat(input: $input) { id }\n  }\n"): (typeof documents)["\n  mutation ChatsPage_Create($input: CreateChatInput!) {\n    createChat(input: $input) { id }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ChatsPage_Edit($id: ID!, $body: String!) {\n    editMessage(id: $id, body: $body) { id body edited }\n  }\n"): (typeof documents)["\n  mutation ChatsPage_Edit($id: ID!, $body: String!) {\n    editMessage(id: $id, body: $body) { id body edited }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ChatsPage_DeleteMessage($id: ID!) {\n    deleteMessage(id: $id) { id body deleted }\n  }\n"): (typeof documents)["\n  mutation ChatsPage_DeleteMessage($id: ID!) {\n    deleteMessage(id: $id) { id body deleted }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ChatsPage_MarkRead($chatId: ID!, $messageId: ID!) {\n    markChatRead(chatId: $chatId, messageId: $messageId) { id unreadCount }\n  }\n"): (typeof documents)["\n  mutation ChatsPage_MarkRead($chatId: ID!, $messageId: ID!) {\n    markChatRead(chatId: $chatId, messageId: $messageId) { id unreadCount }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription ChatsPage_Typing($chatId: ID!) {\n    typing(chatId: $chatId) { chatId typing at expiresAt user { id displayName } }\n  }\n"): (typeof documents)["\n  subscription ChatsPage_Typing($chatId: ID!) {\n    typing(chatId: $chatId) { chatId typing at expiresAt user { id displayName } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ChatsPage_Chat on Chat {\n    id title kind unreadCount lastMessageAt\n    members { id displayName online lastSeenAt }\n    lastMessage { id body deleted author { id displayName } }\n  }\n"): (typeof documents)["\n  fragment ChatsPage_Chat on Chat {\n    id title kind unreadCount lastMessageAt\n    members { id displayName online lastSeenAt }\n    lastMessage { id body deleted author { id displayName } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ChatsPage_Message on Message {\n    id chatId body deleted edited createdAt author { id displayName }\n  }\n"): (typeof documents)["\n  fragment ChatsPage_Message on Message {\n    id chatId body deleted edited createdAt author { id displayName }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ChatsPage_List($after: String) @live(after: $after, patches: true) {\n    me { id }\n    chats { ...ChatsPage_Chat }\n  }\n"): (typeof documents)["\n  query ChatsPage_List($after: String) @live(after: $after, patches: true) {\n    me { id }\n    chats { ...ChatsPage_Chat }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ChatsPage_Thread($id: ID!, $last: Int!) {\n    chat(id: $id) {\n      id title kind unreadCount\n      lastMessage { id }\n      members { id displayName online lastSeenAt }\n      messages(last: $last) {\n        edges { node { ...ChatsPage_Message } }\n        pageInfo { hasPreviousPage }\n      }\n    }\n  }\n"): (typeof documents)["\n  query ChatsPage_Thread($id: ID!, $last: Int!) {\n    chat(id: $id) {\n      id title kind unreadCount\n      lastMessage { id }\n      members { id displayName online lastSeenAt }\n      messages(last: $last) {\n        edges { node { ...ChatsPage_Message } }\n        pageInfo { hasPreviousPage }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ChatsPage_Connections($after: String) @live(after: $after, patches: true) {\n    connections(status: ACCEPTED) { id status user { id displayName } }\n  }\n"): (typeof documents)["\n  query ChatsPage_Connections($after: String) @live(after: $after, patches: true) {\n    connections(status: ACCEPTED) { id status user { id displayName } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ConnectionsPage_Connection on Connection {\n    id status createdAt requester { id } user { id displayName online }\n  }\n"): (typeof documents)["\n  fragment ConnectionsPage_Connection on Connection {\n    id status createdAt requester { id } user { id displayName online }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ConnectionsPage_Data($after: String) @live(after: $after, patches: true) {\n    me { id }\n    connections(status: ACCEPTED) { ...ConnectionsPage_Connection }\n    incomingConnectionRequests { ...ConnectionsPage_Connection }\n    outgoingConnectionRequests { ...ConnectionsPage_Connection }\n  }\n"): (typeof documents)["\n  query ConnectionsPage_Data($after: String) @live(after: $after, patches: true) {\n    me { id }\n    connections(status: ACCEPTED) { ...ConnectionsPage_Connection }\n    incomingConnectionRequests { ...ConnectionsPage_Connection }\n    outgoingConnectionRequests { ...ConnectionsPage_Connection }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ConnectionsPage_Users($search: String) {\n    users(search: $search, first: 20) { id displayName }\n  }\n"): (typeof documents)["\n  query ConnectionsPage_Users($search: String) {\n    users(search: $search, first: 20) { id displayName }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ConnectionsPage_Request($userId: ID!) { sendConnectionRequest(userId: $userId) { id status } }"): (typeof documents)["mutation ConnectionsPage_Request($userId: ID!) { sendConnectionRequest(userId: $userId) { id status } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ConnectionsPage_Accept($id: ID!) { acceptConnectionRequest(id: $id) { id status } }"): (typeof documents)["mutation ConnectionsPage_Accept($id: ID!) { acceptConnectionRequest(id: $id) { id status } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ConnectionsPage_Decline($id: ID!) { declineConnectionRequest(id: $id) }"): (typeof documents)["mutation ConnectionsPage_Decline($id: ID!) { declineConnectionRequest(id: $id) }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ConnectionsPage_Cancel($id: ID!) { cancelConnectionRequest(id: $id) }"): (typeof documents)["mutation ConnectionsPage_Cancel($id: ID!) { cancelConnectionRequest(id: $id) }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ConnectionsPage_Remove($id: ID!) { removeConnection(id: $id) }"): (typeof documents)["mutation ConnectionsPage_Remove($id: ID!) { removeConnection(id: $id) }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ConnectionsPage_Chat($input: CreateChatInput!) { createChat(input: $input) { id } }"): (typeof documents)["mutation ConnectionsPage_Chat($input: CreateChatInput!) { createChat(input: $input) { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment DashboardPage_Dashboard on Dashboard {\n    id\n    campaignsByStatus { status count }\n    proxiesByHealth { status count }\n    resultsByStatus { status count }\n    totals { campaigns proxies proxyPools personas keywordSets }\n    throughput { at results perSecond }\n  }\n"): (typeof documents)["\n  fragment DashboardPage_Dashboard on Dashboard {\n    id\n    campaignsByStatus { status count }\n    proxiesByHealth { status count }\n    resultsByStatus { status count }\n    totals { campaigns proxies proxyPools personas keywordSets }\n    throughput { at results perSecond }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment DashboardPage_Activity on Activity {\n    id at summary verb entityType entityId actor { id displayName }\n  }\n"): (typeof documents)["\n  fragment DashboardPage_Activity on Activity {\n    id at summary verb entityType entityId actor { id displayName }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DashboardPage_Data {\n    dashboard { ...DashboardPage_Dashboard }\n    running: campaigns(status: RUNNING, first: 10) {\n      edges { node { ...CampaignsPage_Campaign } }\n    }\n    activity(first: 15) {\n      edges { node { ...DashboardPage_Activity } }\n    }\n  }\n"): (typeof documents)["\n  query DashboardPage_Data {\n    dashboard { ...DashboardPage_Dashboard }\n    running: campaigns(status: RUNNING, first: 10) {\n      edges { node { ...CampaignsPage_Campaign } }\n    }\n    activity(first: 15) {\n      edges { node { ...DashboardPage_Activity } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query FirstSteps_Data {\n    demoAccounts { email }\n    drafts: campaigns(status: DRAFT, first: 20) {\n      edges { node { ...CampaignsPage_Campaign source { id } } }\n    }\n  }\n"): (typeof documents)["\n  query FirstSteps_Data {\n    demoAccounts { email }\n    drafts: campaigns(status: DRAFT, first: 20) {\n      edges { node { ...CampaignsPage_Campaign source { id } } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation FirstSteps_Start($id: ID!) {\n    startCampaign(id: $id) { id status version }\n  }\n"): (typeof documents)["\n  mutation FirstSteps_Start($id: ID!) {\n    startCampaign(id: $id) { id status version }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment FeedPage_Comment on Comment {\n    id postId body createdAt author { id displayName }\n  }\n"): (typeof documents)["\n  fragment FeedPage_Comment on Comment {\n    id postId body createdAt author { id displayName }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment FeedPage_Post on Post {\n    id body edited createdAt commentCount\n    author { id displayName }\n    comments { ...FeedPage_Comment }\n  }\n"): (typeof documents)["\n  fragment FeedPage_Post on Post {\n    id body edited createdAt commentCount\n    author { id displayName }\n    comments { ...FeedPage_Comment }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query FeedPage_Feed($after: String) @live(after: $after, patches: true) {\n    me { id }\n    feed(first: 50) {\n      edges { node { ...FeedPage_Post } }\n    }\n  }\n"): (typeof documents)["\n  query FeedPage_Feed($after: String) @live(after: $after, patches: true) {\n    me { id }\n    feed(first: 50) {\n      edges { node { ...FeedPage_Post } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation FeedPage_Create($body: String!) { createPost(body: $body) { id } }"): (typeof documents)["mutation FeedPage_Create($body: String!) { createPost(body: $body) { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation FeedPage_Delete($id: ID!) { deletePost(id: $id) }"): (typeof documents)["mutation FeedPage_Delete($id: ID!) { deletePost(id: $id) }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation FeedPage_Update($id: ID!, $body: String!) { updatePost(id: $id, body: $body) { id body edited } }"): (typeof documents)["mutation FeedPage_Update($id: ID!, $body: String!) { updatePost(id: $id, body: $body) { id body edited } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation FeedPage_DeleteComment($id: ID!) { deleteComment(id: $id) }"): (typeof documents)["mutation FeedPage_DeleteComment($id: ID!) { deleteComment(id: $id) }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation FeedPage_AddComment($postId: ID!, $body: String!) { addComment(postId: $postId, body: $body) { id } }"): (typeof documents)["mutation FeedPage_AddComment($postId: ID!, $body: String!) { addComment(postId: $postId, body: $body) { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment KeywordSetsPage_KeywordSet on KeywordSet {\n    id name description enabled version rules { pattern kind caseSensitive }\n  }\n"): (typeof documents)["\n  fragment KeywordSetsPage_KeywordSet on KeywordSet {\n    id name description enabled version rules { pattern kind caseSensitive }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query KeywordSetsPage_List {\n    keywordSets(first: 100) {\n      edges { node { ...KeywordSetsPage_KeywordSet } }\n    }\n  }\n"): (typeof documents)["\n  query KeywordSetsPage_List {\n    keywordSets(first: 100) {\n      edges { node { ...KeywordSetsPage_KeywordSet } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation KeywordSetsPage_Create($input: CreateKeywordSetInput!) {\n    createKeywordSet(input: $input) { id name }\n  }\n"): (typeof documents)["\n  mutation KeywordSetsPage_Create($input: CreateKeywordSetInput!) {\n    createKeywordSet(input: $input) { id name }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation KeywordSetsPage_Update($id: ID!, $input: UpdateKeywordSetInput!) {\n    updateKeywordSet(id: $id, input: $input) { id name description enabled version rules { pattern kind caseSensitive } }\n  }\n"): (typeof documents)["\n  mutation KeywordSetsPage_Update($id: ID!, $input: UpdateKeywordSetInput!) {\n    updateKeywordSet(id: $id, input: $input) { id name description enabled version rules { pattern kind caseSensitive } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation KeywordSetsPage_Delete($id: ID!) {\n    deleteKeywordSet(id: $id)\n  }\n"): (typeof documents)["\n  mutation KeywordSetsPage_Delete($id: ID!) {\n    deleteKeywordSet(id: $id)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Layout_Me {\n    me {\n      id\n      displayName\n      role\n      counts {\n        id\n        unreadMessages\n        unreadNotifications\n        incomingConnectionRequests\n      }\n    }\n  }\n"): (typeof documents)["\n  query Layout_Me {\n    me {\n      id\n      displayName\n      role\n      counts {\n        id\n        unreadMessages\n        unreadNotifications\n        incomingConnectionRequests\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Layout_SignOut {\n    signOut\n  }\n"): (typeof documents)["\n  mutation Layout_SignOut {\n    signOut\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query LiveChanges_Cursor {\n    changeCursor\n  }\n"): (typeof documents)["\n  query LiveChanges_Cursor {\n    changeCursor\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription LiveChanges_Stream($after: String) {\n    changes(after: $after) {\n      __typename\n      cursor\n      op\n      entityId\n      ... on PersonaChange { persona { ...PersonasPage_Persona } }\n      ... on KeywordSetChange { keywordSet { ...KeywordSetsPage_KeywordSet } }\n      ... on ProxyChange { proxy { ...ProxiesPage_Proxy } }\n      ... on ProxyPoolChange { proxyPool { ...ProxiesPage_Pool } }\n      ... on CampaignChange { campaign { ...CampaignsPage_Campaign ...CampaignDetailPage_Detail } }\n      ... on ActivityChange { activity { ...DashboardPage_Activity } }\n      ... on DashboardChange { dashboard { ...DashboardPage_Dashboard } }\n      ... on SettingsChange {\n        settings { id workerConcurrency proxyHealthCheckIntervalSeconds progressPushPerSecond changeRetentionHours version }\n      }\n      ... on NotificationChange { notification { ...NotificationsPage_Notification } }\n      ... on CountsChange { counts { id unreadMessages unreadNotifications incomingConnectionRequests } }\n      ... on ConnectionChange { connection { ...ConnectionsPage_Connection } }\n      ... on ChatChange { chat { ...ChatsPage_Chat } }\n      ... on MessageChange { message { ...ChatsPage_Message } }\n      ... on PostChange { post { ...FeedPage_Post } }\n      ... on CommentChange { comment { ...FeedPage_Comment } }\n      ... on UserChange { user { ...MembersPage_Member } }\n      ... on InvitationChange { invitation { ...MembersPage_Invitation } }\n      ... on ApiKeyChange { apiKey { ...ApiKeysPage_Key } }\n      ... on WebhookChange { webhook { ...WebhooksSection_Webhook } }\n    }\n  }\n"): (typeof documents)["\n  subscription LiveChanges_Stream($after: String) {\n    changes(after: $after) {\n      __typename\n      cursor\n      op\n      entityId\n      ... on PersonaChange { persona { ...PersonasPage_Persona } }\n      ... on KeywordSetChange { keywordSet { ...KeywordSetsPage_KeywordSet } }\n      ... on ProxyChange { proxy { ...ProxiesPage_Proxy } }\n      ... on ProxyPoolChange { proxyPool { ...ProxiesPage_Pool } }\n      ... on CampaignChange { campaign { ...CampaignsPage_Campaign ...CampaignDetailPage_Detail } }\n      ... on ActivityChange { activity { ...DashboardPage_Activity } }\n      ... on DashboardChange { dashboard { ...DashboardPage_Dashboard } }\n      ... on SettingsChange {\n        settings { id workerConcurrency proxyHealthCheckIntervalSeconds progressPushPerSecond changeRetentionHours version }\n      }\n      ... on NotificationChange { notification { ...NotificationsPage_Notification } }\n      ... on CountsChange { counts { id unreadMessages unreadNotifications incomingConnectionRequests } }\n      ... on ConnectionChange { connection { ...ConnectionsPage_Connection } }\n      ... on ChatChange { chat { ...ChatsPage_Chat } }\n      ... on MessageChange { message { ...ChatsPage_Message } }\n      ... on PostChange { post { ...FeedPage_Post } }\n      ... on CommentChange { comment { ...FeedPage_Comment } }\n      ... on UserChange { user { ...MembersPage_Member } }\n      ... on InvitationChange { invitation { ...MembersPage_Invitation } }\n      ... on ApiKeyChange { apiKey { ...ApiKeysPage_Key } }\n      ... on WebhookChange { webhook { ...WebhooksSection_Webhook } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MembersPage_Me {\n    me { id role }\n  }\n"): (typeof documents)["\n  query MembersPage_Me {\n    me { id role }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MembersPage_Invite($input: CreateInvitationInput!) {\n    createInvitation(input: $input) {\n      token\n      invitation { ...MembersPage_Invitation }\n    }\n  }\n"): (typeof documents)["\n  mutation MembersPage_Invite($input: CreateInvitationInput!) {\n    createInvitation(input: $input) {\n      token\n      invitation { ...MembersPage_Invitation }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MembersPage_Withdraw($id: ID!) {\n    revokeInvitation(id: $id) { ...MembersPage_Invitation }\n  }\n"): (typeof documents)["\n  mutation MembersPage_Withdraw($id: ID!) {\n    revokeInvitation(id: $id) { ...MembersPage_Invitation }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MembersPage_SetRole($userId: ID!, $role: Role!) {\n    setMemberRole(userId: $userId, role: $role) { ...MembersPage_Member }\n  }\n"): (typeof documents)["\n  mutation MembersPage_SetRole($userId: ID!, $role: Role!) {\n    setMemberRole(userId: $userId, role: $role) { ...MembersPage_Member }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MembersPage_Remove($userId: ID!) {\n    removeMember(userId: $userId)\n  }\n"): (typeof documents)["\n  mutation MembersPage_Remove($userId: ID!) {\n    removeMember(userId: $userId)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment MembersPage_Member on User {\n    id displayName email role createdAt removedAt\n  }\n"): (typeof documents)["\n  fragment MembersPage_Member on User {\n    id displayName email role createdAt removedAt\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MembersPage_List($after: String) @live(after: $after, patches: true) {\n    members(first: 100) {\n      edges { node { ...MembersPage_Member } }\n    }\n  }\n"): (typeof documents)["\n  query MembersPage_List($after: String) @live(after: $after, patches: true) {\n    members(first: 100) {\n      edges { node { ...MembersPage_Member } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment MembersPage_Invitation on Invitation {\n    id email role expiresAt acceptedAt revokedAt version\n  }\n"): (typeof documents)["\n  fragment MembersPage_Invitation on Invitation {\n    id email role expiresAt acceptedAt revokedAt version\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MembersPage_Invitations($after: String) @live(after: $after, patches: true) {\n    invitations { ...MembersPage_Invitation }\n  }\n"): (typeof documents)["\n  query MembersPage_Invitations($after: String) @live(after: $after, patches: true) {\n    invitations { ...MembersPage_Invitation }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment NotificationsPage_Notification on Notification {\n    id kind title body read createdAt entityType entityId\n  }\n"): (typeof documents)["\n  fragment NotificationsPage_Notification on Notification {\n    id kind title body read createdAt entityType entityId\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query NotificationsPage_List($after: String) @live(after: $after, patches: true) {\n    notifications(first: 50) {\n      edges { node { ...NotificationsPage_Notification } }\n    }\n  }\n"): (typeof documents)["\n  query NotificationsPage_List($after: String) @live(after: $after, patches: true) {\n    notifications(first: 50) {\n      edges { node { ...NotificationsPage_Notification } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation NotificationsPage_Read($id: ID!) { markNotificationRead(id: $id) { id read } }"): (typeof documents)["mutation NotificationsPage_Read($id: ID!) { markNotificationRead(id: $id) { id read } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation NotificationsPage_ReadAll { markAllNotificationsRead }"): (typeof documents)["mutation NotificationsPage_ReadAll { markAllNotificationsRead }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment PersonasPage_Persona on Persona {\n    id name kind description enabled version\n    config {\n      ... on DnsPersonaConfig { resolvers timeoutMs }\n      ... on HttpPersonaConfig { userAgent timeoutMs }\n    }\n  }\n"): (typeof documents)["\n  fragment PersonasPage_Persona on Persona {\n    id name kind description enabled version\n    config {\n      ... on DnsPersonaConfig { resolvers timeoutMs }\n      ... on HttpPersonaConfig { userAgent timeoutMs }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PersonasPage_List {\n    personas(first: 100) {\n      edges { node { ...PersonasPage_Persona } }\n    }\n  }\n"): (typeof documents)["\n  query PersonasPage_List {\n    personas(first: 100) {\n      edges { node { ...PersonasPage_Persona } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PersonasPage_Create($input: CreatePersonaInput!) {\n    createPersona(input: $input) { id name kind description enabled version }\n  }\n"): (typeof documents)["\n  mutation PersonasPage_Create($input: CreatePersonaInput!) {\n    createPersona(input: $input) { id name kind description enabled version }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PersonasPage_Update($id: ID!, $input: UpdatePersonaInput!) {\n    updatePersona(id: $id, input: $input) {\n      id name description enabled version\n      config {\n        ... on DnsPersonaConfig { resolvers timeoutMs }\n        ... on HttpPersonaConfig { userAgent timeoutMs }\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation PersonasPage_Update($id: ID!, $input: UpdatePersonaInput!) {\n    updatePersona(id: $id, input: $input) {\n      id name description enabled version\n      config {\n        ... on DnsPersonaConfig { resolvers timeoutMs }\n        ... on HttpPersonaConfig { userAgent timeoutMs }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PersonasPage_Delete($id: ID!) {\n    deletePersona(id: $id)\n  }\n"): (typeof documents)["\n  mutation PersonasPage_Delete($id: ID!) {\n    deletePersona(id: $id)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ProxiesPage_UpdatePool($id: ID!, $input: UpdateProxyPoolInput!) {\n    updateProxyPool(id: $id, input: $input) { id name strategy version }\n  }\n"): (typeof documents)["\n  mutation ProxiesPage_UpdatePool($id: ID!, $input: UpdateProxyPoolInput!) {\n    updateProxyPool(id: $id, input: $input) { id name strategy version }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ProxiesPage_DeletePool($id: ID!) {\n    deleteProxyPool(id: $id)\n  }\n"): (typeof documents)["\n  mutation ProxiesPage_DeletePool($id: ID!) {\n    deleteProxyPool(id: $id)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ProxiesPage_CreatePool($input: CreateProxyPoolInput!) {\n    createProxyPool(input: $input) { id }\n  }\n"): (typeof documents)["\n  mutation ProxiesPage_CreatePool($input: CreateProxyPoolInput!) {\n    createProxyPool(input: $input) { id }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ProxiesPage_Proxy on Proxy {\n    id name protocol host port username hasPassword enabled version pool { id name } health { status latencyMs checkedAt error history { status latencyMs checkedAt } }\n  }\n"): (typeof documents)["\n  fragment ProxiesPage_Proxy on Proxy {\n    id name protocol host port username hasPassword enabled version pool { id name } health { status latencyMs checkedAt error history { status latencyMs checkedAt } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ProxiesPage_Pool on ProxyPool {\n    id name strategy version proxies { id name health { status latencyMs } }\n  }\n"): (typeof documents)["\n  fragment ProxiesPage_Pool on ProxyPool {\n    id name strategy version proxies { id name health { status latencyMs } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ProxiesPage_Data {\n    proxies(first: 100) {\n      edges { node { ...ProxiesPage_Proxy } }\n    }\n    proxyPools(first: 100) {\n      edges { node { ...ProxiesPage_Pool } }\n    }\n  }\n"): (typeof documents)["\n  query ProxiesPage_Data {\n    proxies(first: 100) {\n      edges { node { ...ProxiesPage_Proxy } }\n    }\n    proxyPools(first: 100) {\n      edges { node { ...ProxiesPage_Pool } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ProxiesPage_Delete($id: ID!) {\n    deleteProxy(id: $id)\n  }\n"): (typeof documents)["\n  mutation ProxiesPage_Delete($id: ID!) {\n    deleteProxy(id: $id)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ProxiesPage_RemoveFromPool($poolId: ID!, $proxyId: ID!) {\n    removeProxyFromPool(poolId: $poolId, proxyId: $proxyId) { id proxies { id } }\n  }\n"): (typeof documents)["\n  mutation ProxiesPage_RemoveFromPool($poolId: ID!, $proxyId: ID!) {\n    removeProxyFromPool(poolId: $poolId, proxyId: $proxyId) { id proxies { id } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ProxiesPage_Check($id: ID!) {\n    checkProxy(id: $id) { id health { status latencyMs checkedAt error history { status latencyMs checkedAt } } }\n  }\n"): (typeof documents)["\n  mutation ProxiesPage_Check($id: ID!) {\n    checkProxy(id: $id) { id health { status latencyMs checkedAt error history { status latencyMs checkedAt } } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ProxiesPage_AddToPool($poolId: ID!, $proxyId: ID!) {\n    addProxyToPool(poolId: $poolId, proxyId: $proxyId) { id }\n  }\n"): (typeof documents)["\n  mutation ProxiesPage_AddToPool($poolId: ID!, $proxyId: ID!) {\n    addProxyToPool(poolId: $poolId, proxyId: $proxyId) { id }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ProxiesPage_Create($input: CreateProxyInput!) {\n    createProxy(input: $input) { id }\n  }\n"): (typeof documents)["\n  mutation ProxiesPage_Create($input: CreateProxyInput!) {\n    createProxy(input: $input) { id }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ProxiesPage_Update($id: ID!, $input: UpdateProxyInput!) {\n    updateProxy(id: $id, input: $input) { id name protocol host port username hasPassword enabled version }\n  }\n"): (typeof documents)["\n  mutation ProxiesPage_Update($id: ID!, $input: UpdateProxyInput!) {\n    updateProxy(id: $id, input: $input) { id name protocol host port username hasPassword enabled version }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SettingsPage_Data {\n    settings { id workerConcurrency proxyHealthCheckIntervalSeconds progressPushPerSecond changeRetentionHours version }\n    me { id role }\n  }\n"): (typeof documents)["\n  query SettingsPage_Data {\n    settings { id workerConcurrency proxyHealthCheckIntervalSeconds progressPushPerSecond changeRetentionHours version }\n    me { id role }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SettingsPage_Update($input: UpdateSettingsInput!) {\n    updateSettings(input: $input) { id workerConcurrency proxyHealthCheckIntervalSeconds progressPushPerSecond changeRetentionHours version }\n  }\n"): (typeof documents)["\n  mutation SettingsPage_Update($input: UpdateSettingsInput!) {\n    updateSettings(input: $input) { id workerConcurrency proxyHealthCheckIntervalSeconds progressPushPerSecond changeRetentionHours version }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription StreamHealthPage_Live {\n    streamHealth {\n      instance at webSocketClients sseClients subscriptions deliveriesPerSecond latencyP50Ms latencyP99Ms cutOffs eventLoopLagP99Ms\n    }\n  }\n"): (typeof documents)["\n  subscription StreamHealthPage_Live {\n    streamHealth {\n      instance at webSocketClients sseClients subscriptions deliveriesPerSecond latencyP50Ms latencyP99Ms cutOffs eventLoopLagP99Ms\n    }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;