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
    "\n  mutation Keys_Create($input: CreateApiKeyInput!) {\n    createApiKey(input: $input) {\n      secret\n      apiKey {\n        id\n        name\n        prefix\n        capabilities {\n          read\n          write\n          topics\n          entityIds\n        }\n        expiresAt\n        lastUsedAt\n      }\n    }\n  }\n": typeof types.Keys_CreateDocument,
    "\n  mutation Keys_Revoke($id: ID!) {\n    revokeApiKey(id: $id) {\n      id\n      revokedAt\n    }\n  }\n": typeof types.Keys_RevokeDocument,
    "\n  query Keys_List {\n    apiKeys {\n      id\n      prefix\n      lastUsedAt\n      usage {\n        requests\n        subscriptions\n        deliveries\n        bytes\n        cutOffs\n        perMinute {\n          at\n          requests\n          deliveries\n        }\n      }\n    }\n  }\n": typeof types.Keys_ListDocument,
    "\n  query Keys_Me {\n    me {\n      id\n    }\n  }\n": typeof types.Keys_MeDocument,
    "\n      mutation Keys_UpdatePersona($id: ID!, $input: UpdatePersonaInput!) {\n        updatePersona(id: $id, input: $input) {\n          id\n        }\n      }\n    ": typeof types.Keys_UpdatePersonaDocument,
    "\n  query Auth_Me {\n    me {\n      id\n      email\n      role\n    }\n  }\n": typeof types.Auth_MeDocument,
    "\n  mutation Auth_SignIn($input: SignInInput!) {\n    signIn(input: $input) {\n      token\n      user {\n        id\n        email\n      }\n    }\n  }\n": typeof types.Auth_SignInDocument,
    "\n  mutation Auth_SignOut {\n    signOut\n  }\n": typeof types.Auth_SignOutDocument,
    "\n  mutation Auth_SignUp($input: SignUpInput!) {\n    signUp(input: $input) {\n      user {\n        role\n      }\n    }\n  }\n": typeof types.Auth_SignUpDocument,
    "\n  query BadInput_Persona($id: ID!) {\n    persona(id: $id) {\n      id\n    }\n  }\n": typeof types.BadInput_PersonaDocument,
    "\n  mutation BadInput_UpdateSettings($input: UpdateSettingsInput!) {\n    updateSettings(input: $input) {\n      progressPushPerSecond\n    }\n  }\n": typeof types.BadInput_UpdateSettingsDocument,
    "\n  mutation Duplicate_Campaign($id: ID!, $input: DuplicateCampaignInput) {\n    duplicateCampaign(id: $id, input: $input) {\n      id\n      name\n      kind\n      status\n      version\n      persona {\n        id\n      }\n      source {\n        id\n      }\n      progress {\n        total\n        processed\n      }\n      params {\n        __typename\n        ... on DomainGenerationParams {\n          pattern\n          constant\n          characterSet\n          minLength\n          maxLength\n          tlds\n          maxDomains\n        }\n        ... on DnsValidationParams {\n          recordType\n        }\n      }\n    }\n  }\n": typeof types.Duplicate_CampaignDocument,
    "\n  query Duplicate_Params($id: ID!) {\n    campaign(id: $id) {\n      params {\n        __typename\n        ... on DomainGenerationParams {\n          pattern\n          constant\n          characterSet\n          minLength\n          maxLength\n          tlds\n          maxDomains\n        }\n      }\n    }\n  }\n": typeof types.Duplicate_ParamsDocument,
    "\n  query Console_Results($id: ID!, $status: CampaignResultStatus, $search: String, $after: String) {\n    campaign(id: $id) {\n      id\n      status\n      results(first: 500, status: $status, search: $search, after: $after) {\n        edges { node { position domain status } }\n        pageInfo { hasNextPage endCursor }\n      }\n    }\n  }\n": typeof types.Console_ResultsDocument,
    "\n  query Console_ResultCounts {\n    dashboard { resultsByStatus { status count } }\n  }\n": typeof types.Console_ResultCountsDocument,
    "\n  mutation Console_CheckProxy($id: ID!) {\n    checkProxy(id: $id) { id health { status history { status latencyMs checkedAt error } } }\n  }\n": typeof types.Console_CheckProxyDocument,
    "\n  query Console_StreamHealth {\n    streamHealth { instance webSocketClients sseClients subscriptions deliveriesPerSecond latencyP50Ms latencyP99Ms cutOffs eventLoopLagP99Ms }\n  }\n": typeof types.Console_StreamHealthDocument,
    "\n  subscription Console_StreamHealthLive {\n    streamHealth { instance webSocketClients subscriptions }\n  }\n": typeof types.Console_StreamHealthLiveDocument,
    "\n  query Console_DemoAccounts {\n    demoAccounts { email displayName password }\n  }\n": typeof types.Console_DemoAccountsDocument,
    "\n  mutation Console_CreateKey($input: CreateApiKeyInput!) {\n    createApiKey(input: $input) { secret }\n  }\n": typeof types.Console_CreateKeyDocument,
    "\n  mutation Console_ExportLink($campaignId: ID!) {\n    createResultsExportLink(campaignId: $campaignId) { url expiresAt }\n  }\n": typeof types.Console_ExportLinkDocument,
    "\n  mutation Console_SignOut {\n    signOut\n  }\n": typeof types.Console_SignOutDocument,
    "\n  mutation DemoLab_SignIn($input: SignInInput!) {\n    signIn(input: $input) {\n      token\n      user {\n        id\n      }\n    }\n  }\n": typeof types.DemoLab_SignInDocument,
    "\n  query DemoLab_Setup {\n    personas {\n      edges {\n        node {\n          id\n          name\n          enabled\n          version\n          config {\n            __typename\n            ... on DnsPersonaConfig {\n              resolvers\n            }\n          }\n        }\n      }\n    }\n    campaigns {\n      edges {\n        node {\n          id\n          name\n          kind\n          status\n          version\n          params {\n            __typename\n            ... on HttpKeywordValidationParams {\n              scheme\n              port\n            }\n          }\n        }\n      }\n    }\n  }\n": typeof types.DemoLab_SetupDocument,
    "\n  subscription Test_Changes($after: String, $topics: [ChangeTopic!]) {\n    changes(after: $after, topics: $topics) {\n      __typename\n      cursor\n      op\n      entityId\n      ... on PersonaChange {\n        persona {\n          id\n          name\n          version\n        }\n      }\n      ... on KeywordSetChange {\n        keywordSet {\n          id\n          name\n        }\n      }\n      ... on ActivityChange {\n        activity {\n          summary\n          entityId\n        }\n      }\n      ... on SettingsChange {\n        settings {\n          progressPushPerSecond\n        }\n      }\n      ... on UserChange {\n        user {\n          id\n          displayName\n        }\n      }\n    }\n  }\n": typeof types.Test_ChangesDocument,
    "\n  mutation Test_CreatePersona($input: CreatePersonaInput!) {\n    createPersona(input: $input) {\n      id\n      name\n      version\n    }\n  }\n": typeof types.Test_CreatePersonaDocument,
    "\n  mutation Test_UpdatePersona($id: ID!, $input: UpdatePersonaInput!) {\n    updatePersona(id: $id, input: $input) {\n      id\n      name\n      version\n    }\n  }\n": typeof types.Test_UpdatePersonaDocument,
    "\n  mutation Test_DeletePersona($id: ID!) {\n    deletePersona(id: $id)\n  }\n": typeof types.Test_DeletePersonaDocument,
    "\n  mutation Test_CreateKeywordSet($input: CreateKeywordSetInput!) {\n    createKeywordSet(input: $input) {\n      id\n      name\n    }\n  }\n": typeof types.Test_CreateKeywordSetDocument,
    "\n  mutation Fanout_CreateSet($name: String!, $description: String) {\n    createKeywordSet(input: { name: $name, description: $description, rules: [{ pattern: \"x\", kind: STRING }] }) {\n      id\n    }\n  }\n": typeof types.Fanout_CreateSetDocument,
    "\n  mutation Fanout_RenameSet($id: ID!, $name: String!) {\n    updateKeywordSet(id: $id, input: { name: $name }) {\n      id\n    }\n  }\n": typeof types.Fanout_RenameSetDocument,
    "\n  subscription Fanout_SetNames($after: String, $topics: [ChangeTopic!], $entityIds: [ID!]) {\n    changes(after: $after, topics: $topics, entityIds: $entityIds) {\n      __typename\n      cursor\n      op\n      entityId\n      ... on KeywordSetChange {\n        keywordSet {\n          name\n        }\n      }\n    }\n  }\n": typeof types.Fanout_SetNamesDocument,
    "\n  mutation Harness_SignUp($input: SignUpInput!) {\n    signUp(input: $input) {\n      token\n      user {\n        id\n      }\n    }\n  }\n": typeof types.Harness_SignUpDocument,
    "\n  query Harness_ChangeCursor {\n    changeCursor\n  }\n": typeof types.Harness_ChangeCursorDocument,
    "\n  mutation Members_SignUp($input: SignUpInput!) {\n    signUp(input: $input) {\n      token\n      user {\n        id\n        role\n      }\n    }\n  }\n": typeof types.Members_SignUpDocument,
    "\n  mutation Members_CreateInvitation($input: CreateInvitationInput!) {\n    createInvitation(input: $input) {\n      token\n      invitation {\n        id\n        email\n        role\n        expiresAt\n      }\n    }\n  }\n": typeof types.Members_CreateInvitationDocument,
    "\n  mutation Members_RevokeInvitation($id: ID!) {\n    revokeInvitation(id: $id) {\n      id\n      revokedAt\n    }\n  }\n": typeof types.Members_RevokeInvitationDocument,
    "\n  query Members_Invitations {\n    invitations {\n      id\n      email\n      role\n    }\n  }\n": typeof types.Members_InvitationsDocument,
    "\n  mutation Members_SetRole($userId: ID!, $role: Role!) {\n    setMemberRole(userId: $userId, role: $role) {\n      id\n      role\n    }\n  }\n": typeof types.Members_SetRoleDocument,
    "\n  mutation Members_Remove($userId: ID!) {\n    removeMember(userId: $userId)\n  }\n": typeof types.Members_RemoveDocument,
    "\n  query Members_List {\n    members(first: 100) {\n      edges {\n        node {\n          id\n          email\n          role\n          removedAt\n        }\n      }\n    }\n  }\n": typeof types.Members_ListDocument,
    "\n  mutation Members_CreateKey($input: CreateApiKeyInput!) {\n    createApiKey(input: $input) {\n      secret\n    }\n  }\n": typeof types.Members_CreateKeyDocument,
    "\n  subscription MembersScaleOut_Changes {\n    changes {\n      cursor\n    }\n  }\n": typeof types.MembersScaleOut_ChangesDocument,
    "\n  query MembersScaleOut_Me {\n    me {\n      id\n    }\n  }\n": typeof types.MembersScaleOut_MeDocument,
    "\n  query Members_Me {\n    me {\n      id\n      role\n    }\n  }\n": typeof types.Members_MeDocument,
    "\n  subscription Members_InvitationChanges($after: String) {\n    changes(after: $after, topics: [INVITATION, USER]) {\n      __typename\n      op\n      entityId\n      ... on InvitationChange {\n        invitation {\n          id\n          email\n          acceptedAt\n        }\n      }\n      ... on UserChange {\n        user {\n          id\n          role\n          removedAt\n        }\n      }\n    }\n  }\n": typeof types.Members_InvitationChangesDocument,
    "subscription Members_Sse { changes { cursor } }": typeof types.Members_SseDocument,
    "\n  mutation Ops_CreateProxy($input: CreateProxyInput!) {\n    createProxy(input: $input) {\n      id\n      name\n      username\n      hasPassword\n      health {\n        status\n      }\n    }\n  }\n": typeof types.Ops_CreateProxyDocument,
    "\n  mutation Ops_UpdateProxy($id: ID!, $input: UpdateProxyInput!) {\n    updateProxy(id: $id, input: $input) {\n      id\n      hasPassword\n      health {\n        status\n      }\n    }\n  }\n": typeof types.Ops_UpdateProxyDocument,
    "\n  mutation Ops_DeleteProxy($id: ID!) {\n    deleteProxy(id: $id)\n  }\n": typeof types.Ops_DeleteProxyDocument,
    "\n  mutation Ops_CheckProxy($id: ID!) {\n    checkProxy(id: $id) {\n      id\n      health {\n        status\n        latencyMs\n        checkedAt\n        error\n      }\n    }\n  }\n": typeof types.Ops_CheckProxyDocument,
    "\n  query Ops_ProxyDetails($id: ID!) {\n    proxy(id: $id) {\n      id\n      name\n      protocol\n      host\n      port\n      username\n      hasPassword\n      enabled\n      version\n      pool {\n        id\n        name\n      }\n      health {\n        status\n        latencyMs\n        checkedAt\n        error\n      }\n    }\n  }\n": typeof types.Ops_ProxyDetailsDocument,
    "\n  mutation Ops_CreateProxyPool($input: CreateProxyPoolInput!) {\n    createProxyPool(input: $input) {\n      id\n      name\n      strategy\n    }\n  }\n": typeof types.Ops_CreateProxyPoolDocument,
    "\n  mutation Ops_UpdateProxyPool($id: ID!, $input: UpdateProxyPoolInput!) {\n    updateProxyPool(id: $id, input: $input) {\n      id\n      strategy\n    }\n  }\n": typeof types.Ops_UpdateProxyPoolDocument,
    "\n  mutation Ops_DeleteProxyPool($id: ID!) {\n    deleteProxyPool(id: $id)\n  }\n": typeof types.Ops_DeleteProxyPoolDocument,
    "\n  mutation Ops_AddProxyToPool($poolId: ID!, $proxyId: ID!) {\n    addProxyToPool(poolId: $poolId, proxyId: $proxyId) {\n      id\n      proxies {\n        id\n      }\n    }\n  }\n": typeof types.Ops_AddProxyToPoolDocument,
    "\n  mutation Ops_RemoveProxyFromPool($poolId: ID!, $proxyId: ID!) {\n    removeProxyFromPool(poolId: $poolId, proxyId: $proxyId) {\n      id\n      proxies {\n        id\n      }\n    }\n  }\n": typeof types.Ops_RemoveProxyFromPoolDocument,
    "\n  subscription Ops_Changes($after: String, $topics: [ChangeTopic!]) {\n    changes(after: $after, topics: $topics) {\n      __typename\n      cursor\n      op\n      entityId\n      at\n      ... on ProxyChange {\n        proxy {\n          id\n          username\n          hasPassword\n          health {\n            status\n            latencyMs\n            error\n          }\n        }\n      }\n      ... on ProxyPoolChange {\n        proxyPool {\n          id\n          strategy\n          proxies {\n            id\n          }\n        }\n      }\n      ... on CampaignChange {\n        campaign {\n          id\n          status\n          error\n          startedAt\n          finishedAt\n          progress {\n            total\n            processed\n            succeeded\n            failed\n            percent\n          }\n        }\n      }\n      ... on DashboardChange {\n        dashboard {\n          campaignsByStatus {\n            status\n            count\n          }\n          proxiesByHealth {\n            status\n            count\n          }\n          totals {\n            campaigns\n            proxies\n            proxyPools\n            personas\n            keywordSets\n          }\n        }\n      }\n      ... on NotificationChange {\n        notification {\n          id\n          kind\n          title\n          entityId\n          read\n        }\n      }\n      ... on ActivityChange {\n        activity {\n          summary\n          entityId\n        }\n      }\n    }\n  }\n": typeof types.Ops_ChangesDocument,
    "\n  mutation Ops_CreateCampaign($input: CreateCampaignInput!) {\n    createCampaign(input: $input) {\n      id\n      name\n      status\n      progress {\n        total\n      }\n    }\n  }\n": typeof types.Ops_CreateCampaignDocument,
    "\n  mutation Ops_UpdateCampaign($id: ID!, $input: UpdateCampaignInput!) {\n    updateCampaign(id: $id, input: $input) {\n      id\n      name\n    }\n  }\n": typeof types.Ops_UpdateCampaignDocument,
    "\n  mutation Ops_DeleteCampaign($id: ID!) {\n    deleteCampaign(id: $id)\n  }\n": typeof types.Ops_DeleteCampaignDocument,
    "\n  mutation Ops_StartCampaign($id: ID!) {\n    startCampaign(id: $id) {\n      id\n      status\n    }\n  }\n": typeof types.Ops_StartCampaignDocument,
    "\n  mutation Ops_PauseCampaign($id: ID!) {\n    pauseCampaign(id: $id) {\n      id\n      status\n    }\n  }\n": typeof types.Ops_PauseCampaignDocument,
    "\n  mutation Ops_ResumeCampaign($id: ID!) {\n    resumeCampaign(id: $id) {\n      id\n      status\n    }\n  }\n": typeof types.Ops_ResumeCampaignDocument,
    "\n  mutation Ops_CancelCampaign($id: ID!) {\n    cancelCampaign(id: $id) {\n      id\n      status\n    }\n  }\n": typeof types.Ops_CancelCampaignDocument,
    "\n  query Ops_CampaignStatus($id: ID!) {\n    campaign(id: $id) {\n      id\n      status\n      error\n      note\n      startedAt\n      finishedAt\n      progress {\n        total\n        processed\n        succeeded\n        failed\n        percent\n      }\n    }\n  }\n": typeof types.Ops_CampaignStatusDocument,
    "\n  query Ops_CampaignResults($id: ID!, $first: Int, $after: String, $status: CampaignResultStatus) {\n    campaign(id: $id) {\n      id\n      results(first: $first, after: $after, status: $status) {\n        edges {\n          cursor\n          node {\n            position\n            domain\n            status\n            records\n            httpStatus\n            matchedKeywords\n            error\n          }\n        }\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n      }\n    }\n  }\n": typeof types.Ops_CampaignResultsDocument,
    "\n  query Ops_Dashboard {\n    dashboard {\n      campaignsByStatus {\n        status\n        count\n      }\n      proxiesByHealth {\n        status\n        count\n      }\n      totals {\n        campaigns\n        proxies\n        proxyPools\n        personas\n        keywordSets\n      }\n    }\n  }\n": typeof types.Ops_DashboardDocument,
    "\n  query Ops_MyNotifications($unreadOnly: Boolean) {\n    notifications(first: 50, unreadOnly: $unreadOnly) {\n      edges {\n        node {\n          id\n          kind\n          title\n          body\n          entityId\n          read\n        }\n      }\n    }\n  }\n": typeof types.Ops_MyNotificationsDocument,
    "\n  mutation Ops_MarkNotificationRead($id: ID!) {\n    markNotificationRead(id: $id) {\n      id\n      read\n    }\n  }\n": typeof types.Ops_MarkNotificationReadDocument,
    "\n  mutation Ops_MarkAllNotificationsRead {\n    markAllNotificationsRead\n  }\n": typeof types.Ops_MarkAllNotificationsReadDocument,
    "\n  mutation Ops_UpdateSettings($input: UpdateSettingsInput!) {\n    updateSettings(input: $input) {\n      id\n      progressPushPerSecond\n      proxyHealthCheckIntervalSeconds\n      workerConcurrency\n    }\n  }\n": typeof types.Ops_UpdateSettingsDocument,
    "\n  mutation Ops_CreateHttpPersona($input: CreatePersonaInput!) {\n    createPersona(input: $input) {\n      id\n    }\n  }\n": typeof types.Ops_CreateHttpPersonaDocument,
    "\n  mutation Coverage_UpdateKeywordSet($id: ID!, $input: UpdateKeywordSetInput!) {\n    updateKeywordSet(id: $id, input: $input) {\n      id\n    }\n  }\n": typeof types.Coverage_UpdateKeywordSetDocument,
    "\n  mutation Coverage_DeleteKeywordSet($id: ID!) {\n    deleteKeywordSet(id: $id)\n  }\n": typeof types.Coverage_DeleteKeywordSetDocument,
    "\n  mutation Coverage_DuplicateCampaign($id: ID!) {\n    duplicateCampaign(id: $id) {\n      id\n    }\n  }\n": typeof types.Coverage_DuplicateCampaignDocument,
    "\n  mutation Coverage_UpdateSettings($input: UpdateSettingsInput!) {\n    updateSettings(input: $input) {\n      id\n    }\n  }\n": typeof types.Coverage_UpdateSettingsDocument,
    "\n  mutation Coverage_CreateApiKey($input: CreateApiKeyInput!) {\n    createApiKey(input: $input) {\n      apiKey {\n        id\n      }\n    }\n  }\n": typeof types.Coverage_CreateApiKeyDocument,
    "\n  mutation Coverage_RevokeApiKey($id: ID!) {\n    revokeApiKey(id: $id) {\n      id\n    }\n  }\n": typeof types.Coverage_RevokeApiKeyDocument,
    "\n  mutation Coverage_CreateWebhook($input: CreateWebhookInput!) {\n    createWebhook(input: $input) {\n      webhook {\n        id\n        cursor\n      }\n    }\n  }\n": typeof types.Coverage_CreateWebhookDocument,
    "\n  mutation Coverage_UpdateWebhook($id: ID!, $input: UpdateWebhookInput!) {\n    updateWebhook(id: $id, input: $input) {\n      id\n    }\n  }\n": typeof types.Coverage_UpdateWebhookDocument,
    "\n  mutation Coverage_DeleteWebhook($id: ID!) {\n    deleteWebhook(id: $id)\n  }\n": typeof types.Coverage_DeleteWebhookDocument,
    "\n  mutation Coverage_PingWebhook($id: ID!) {\n    pingWebhook(id: $id) {\n      status\n    }\n  }\n": typeof types.Coverage_PingWebhookDocument,
    "\n  mutation Coverage_ReplayWebhook($id: ID!, $after: String!) {\n    replayWebhook(id: $id, after: $after) {\n      id\n    }\n  }\n": typeof types.Coverage_ReplayWebhookDocument,
    "\n  query RateLimit_Me {\n    me {\n      id\n    }\n  }\n": typeof types.RateLimit_MeDocument,
    "\n  mutation ScaleOut_CreateKey($input: CreateApiKeyInput!) {\n    createApiKey(input: $input) {\n      secret\n      apiKey {\n        id\n      }\n    }\n  }\n": typeof types.ScaleOut_CreateKeyDocument,
    "\n  mutation ScaleOut_RevokeKey($id: ID!) {\n    revokeApiKey(id: $id) {\n      id\n    }\n  }\n": typeof types.ScaleOut_RevokeKeyDocument,
    "\n  query ScaleOut_KeyUsage {\n    apiKeys {\n      id\n      usage {\n        requests\n        subscriptions\n      }\n    }\n  }\n": typeof types.ScaleOut_KeyUsageDocument,
    "\n  subscription ScaleOut_StreamHealth {\n    streamHealth {\n      instance\n      webSocketClients\n    }\n  }\n": typeof types.ScaleOut_StreamHealthDocument,
    "\n  mutation Seed_SignIn($input: SignInInput!) {\n    signIn(input: $input) {\n      token\n      user {\n        id\n        role\n      }\n    }\n  }\n": typeof types.Seed_SignInDocument,
    "\n  query Seed_Workspace {\n    personas {\n      edges {\n        node {\n          kind\n        }\n      }\n    }\n    keywordSets {\n      edges {\n        node {\n          id\n        }\n      }\n    }\n    proxyPools {\n      edges {\n        node {\n          proxies {\n            name\n          }\n        }\n      }\n    }\n    connections(status: ACCEPTED) {\n      id\n    }\n    chats {\n      id\n      unreadCount\n    }\n    feed {\n      edges {\n        node {\n          commentCount\n        }\n      }\n    }\n    campaigns {\n      edges {\n        node {\n          id\n          kind\n          status\n          source {\n            id\n          }\n        }\n      }\n    }\n  }\n": typeof types.Seed_WorkspaceDocument,
    "\n  mutation Shutdown_SignUp($input: SignUpInput!) {\n    signUp(input: $input) {\n      token\n    }\n  }\n": typeof types.Shutdown_SignUpDocument,
    "\n  mutation Social_SendConnectionRequest($userId: ID!) {\n    sendConnectionRequest(userId: $userId) {\n      id\n      status\n    }\n  }\n": typeof types.Social_SendConnectionRequestDocument,
    "\n  mutation Social_AcceptConnectionRequest($id: ID!) {\n    acceptConnectionRequest(id: $id) {\n      id\n      status\n    }\n  }\n": typeof types.Social_AcceptConnectionRequestDocument,
    "\n  mutation Social_DeclineConnectionRequest($id: ID!) {\n    declineConnectionRequest(id: $id)\n  }\n": typeof types.Social_DeclineConnectionRequestDocument,
    "\n  mutation Social_CancelConnectionRequest($id: ID!) {\n    cancelConnectionRequest(id: $id)\n  }\n": typeof types.Social_CancelConnectionRequestDocument,
    "\n  mutation Social_RemoveConnection($id: ID!) {\n    removeConnection(id: $id)\n  }\n": typeof types.Social_RemoveConnectionDocument,
    "\n  mutation Social_CreateChat($input: CreateChatInput!) {\n    createChat(input: $input) {\n      id\n      kind\n    }\n  }\n": typeof types.Social_CreateChatDocument,
    "\n  mutation Social_SendMessage($chatId: ID!, $body: String!) {\n    sendMessage(chatId: $chatId, body: $body) {\n      id\n      body\n    }\n  }\n": typeof types.Social_SendMessageDocument,
    "\n  mutation Social_EditMessage($id: ID!, $body: String!) {\n    editMessage(id: $id, body: $body) {\n      id\n      body\n      edited\n    }\n  }\n": typeof types.Social_EditMessageDocument,
    "\n  mutation Social_DeleteMessage($id: ID!) {\n    deleteMessage(id: $id) {\n      id\n      body\n      deleted\n    }\n  }\n": typeof types.Social_DeleteMessageDocument,
    "\n  mutation Social_MarkChatRead($chatId: ID!, $messageId: ID!) {\n    markChatRead(chatId: $chatId, messageId: $messageId) {\n      id\n      unreadCount\n    }\n  }\n": typeof types.Social_MarkChatReadDocument,
    "\n  mutation Social_SetTyping($chatId: ID!, $typing: Boolean!) {\n    setTyping(chatId: $chatId, typing: $typing)\n  }\n": typeof types.Social_SetTypingDocument,
    "\n  mutation Social_CreatePost($body: String!) {\n    createPost(body: $body) {\n      id\n    }\n  }\n": typeof types.Social_CreatePostDocument,
    "\n  mutation Social_UpdatePost($id: ID!, $body: String!) {\n    updatePost(id: $id, body: $body) {\n      id\n      body\n    }\n  }\n": typeof types.Social_UpdatePostDocument,
    "\n  mutation Social_DeletePost($id: ID!) {\n    deletePost(id: $id)\n  }\n": typeof types.Social_DeletePostDocument,
    "\n  mutation Social_AddComment($postId: ID!, $body: String!) {\n    addComment(postId: $postId, body: $body) {\n      id\n    }\n  }\n": typeof types.Social_AddCommentDocument,
    "\n  mutation Social_DeleteComment($id: ID!) {\n    deleteComment(id: $id)\n  }\n": typeof types.Social_DeleteCommentDocument,
    "\n  subscription Social_Changes($after: String, $topics: [ChangeTopic!]) {\n    changes(after: $after, topics: $topics) {\n      __typename\n      cursor\n      op\n      entityId\n      ... on ConnectionChange {\n        connection {\n          id\n          status\n          requester {\n            id\n          }\n          addressee {\n            id\n          }\n        }\n      }\n      ... on ChatChange {\n        chat {\n          id\n          unreadCount\n          lastMessage {\n            id\n          }\n        }\n      }\n      ... on MessageChange {\n        message {\n          id\n          chatId\n          body\n          deleted\n          author {\n            id\n          }\n        }\n      }\n      ... on PostChange {\n        post {\n          id\n          body\n          commentCount\n          author {\n            id\n          }\n        }\n      }\n      ... on CommentChange {\n        comment {\n          id\n          postId\n          body\n        }\n      }\n      ... on NotificationChange {\n        notification {\n          id\n          kind\n          read\n          entityId\n        }\n      }\n      ... on CountsChange {\n        counts {\n          id\n          unreadMessages\n          unreadNotifications\n          incomingConnectionRequests\n        }\n      }\n      ... on UserChange {\n        user {\n          id\n        }\n      }\n    }\n  }\n": typeof types.Social_ChangesDocument,
    "\n  subscription Social_Typing($chatId: ID!) {\n    typing(chatId: $chatId) {\n      chatId\n      typing\n      at\n      expiresAt\n      user {\n        id\n      }\n    }\n  }\n": typeof types.Social_TypingDocument,
    "\n  subscription Social_Presence {\n    presence {\n      online\n      at\n      lastSeenAt\n      user {\n        id\n      }\n    }\n  }\n": typeof types.Social_PresenceDocument,
    "\n  query Social_State {\n    me {\n      id\n      counts {\n        unreadMessages\n        unreadNotifications\n        incomingConnectionRequests\n      }\n    }\n    chats {\n      id\n      unreadCount\n    }\n    connections {\n      id\n      status\n      user {\n        id\n      }\n    }\n    notifications(first: 100) {\n      edges {\n        node {\n          id\n          read\n        }\n      }\n    }\n    feed(first: 100) {\n      edges {\n        node {\n          id\n          body\n          commentCount\n        }\n      }\n    }\n  }\n": typeof types.Social_StateDocument,
    "\n  query Social_ChatThread($id: ID!, $last: Int, $before: String) {\n    chat(id: $id) {\n      id\n      kind\n      unreadCount\n      members {\n        id\n        online\n      }\n      messages(last: $last, before: $before) {\n        edges {\n          cursor\n          node {\n            id\n            body\n            deleted\n            edited\n          }\n        }\n        pageInfo {\n          hasPreviousPage\n          startCursor\n        }\n      }\n    }\n  }\n": typeof types.Social_ChatThreadDocument,
    "\n  query Social_UserPresence($search: String) {\n    users(search: $search) {\n      id\n      online\n      lastSeenAt\n    }\n  }\n": typeof types.Social_UserPresenceDocument,
    "\n  mutation Social_SignOut {\n    signOut\n  }\n": typeof types.Social_SignOutDocument,
    "\n  mutation ThirdParties_CreateKey($input: CreateApiKeyInput!) {\n    createApiKey(input: $input) {\n      secret\n    }\n  }\n": typeof types.ThirdParties_CreateKeyDocument,
    "\n      query ThirdParties_Node($id: ID!) {\n        node(id: $id) {\n          __typename\n          id\n        }\n      }\n    ": typeof types.ThirdParties_NodeDocument,
    "\n  mutation Webhooks_CreateKey($input: CreateApiKeyInput!) {\n    createApiKey(input: $input) {\n      apiKey {\n        id\n      }\n    }\n  }\n": typeof types.Webhooks_CreateKeyDocument,
    "\n  mutation Webhooks_Create($input: CreateWebhookInput!) {\n    createWebhook(input: $input) {\n      secret\n      webhook {\n        id\n        cursor\n        enabled\n      }\n    }\n  }\n": typeof types.Webhooks_CreateDocument,
    "\n  mutation Webhooks_Update($id: ID!, $input: UpdateWebhookInput!) {\n    updateWebhook(id: $id, input: $input) {\n      id\n      enabled\n    }\n  }\n": typeof types.Webhooks_UpdateDocument,
    "\n  mutation Webhooks_Replay($id: ID!, $after: String!) {\n    replayWebhook(id: $id, after: $after) {\n      id\n      cursor\n    }\n  }\n": typeof types.Webhooks_ReplayDocument,
    "\n  mutation Webhooks_Ping($id: ID!) {\n    pingWebhook(id: $id) {\n      status\n      responseStatus\n    }\n  }\n": typeof types.Webhooks_PingDocument,
    "\n  query Webhooks_Deliveries {\n    webhooks {\n      id\n      cursor\n      failingSince\n      deliveries(first: 50) {\n        edges {\n          node {\n            cursor\n            status\n            responseStatus\n            attempt\n          }\n        }\n      }\n    }\n  }\n": typeof types.Webhooks_DeliveriesDocument,
    "\n  mutation Webhooks_Delete($id: ID!) {\n    deleteWebhook(id: $id)\n  }\n": typeof types.Webhooks_DeleteDocument,
    "\n  query Webhooks_State {\n    webhooks {\n      id\n      enabled\n      disabledReason\n    }\n  }\n": typeof types.Webhooks_StateDocument,
    "\n  query Webhooks_Notifications {\n    notifications(first: 20) {\n      edges {\n        node {\n          kind\n          entityId\n        }\n      }\n    }\n  }\n": typeof types.Webhooks_NotificationsDocument,
};
const documents: Documents = {
    "\n  mutation Keys_Create($input: CreateApiKeyInput!) {\n    createApiKey(input: $input) {\n      secret\n      apiKey {\n        id\n        name\n        prefix\n        capabilities {\n          read\n          write\n          topics\n          entityIds\n        }\n        expiresAt\n        lastUsedAt\n      }\n    }\n  }\n": types.Keys_CreateDocument,
    "\n  mutation Keys_Revoke($id: ID!) {\n    revokeApiKey(id: $id) {\n      id\n      revokedAt\n    }\n  }\n": types.Keys_RevokeDocument,
    "\n  query Keys_List {\n    apiKeys {\n      id\n      prefix\n      lastUsedAt\n      usage {\n        requests\n        subscriptions\n        deliveries\n        bytes\n        cutOffs\n        perMinute {\n          at\n          requests\n          deliveries\n        }\n      }\n    }\n  }\n": types.Keys_ListDocument,
    "\n  query Keys_Me {\n    me {\n      id\n    }\n  }\n": types.Keys_MeDocument,
    "\n      mutation Keys_UpdatePersona($id: ID!, $input: UpdatePersonaInput!) {\n        updatePersona(id: $id, input: $input) {\n          id\n        }\n      }\n    ": types.Keys_UpdatePersonaDocument,
    "\n  query Auth_Me {\n    me {\n      id\n      email\n      role\n    }\n  }\n": types.Auth_MeDocument,
    "\n  mutation Auth_SignIn($input: SignInInput!) {\n    signIn(input: $input) {\n      token\n      user {\n        id\n        email\n      }\n    }\n  }\n": types.Auth_SignInDocument,
    "\n  mutation Auth_SignOut {\n    signOut\n  }\n": types.Auth_SignOutDocument,
    "\n  mutation Auth_SignUp($input: SignUpInput!) {\n    signUp(input: $input) {\n      user {\n        role\n      }\n    }\n  }\n": types.Auth_SignUpDocument,
    "\n  query BadInput_Persona($id: ID!) {\n    persona(id: $id) {\n      id\n    }\n  }\n": types.BadInput_PersonaDocument,
    "\n  mutation BadInput_UpdateSettings($input: UpdateSettingsInput!) {\n    updateSettings(input: $input) {\n      progressPushPerSecond\n    }\n  }\n": types.BadInput_UpdateSettingsDocument,
    "\n  mutation Duplicate_Campaign($id: ID!, $input: DuplicateCampaignInput) {\n    duplicateCampaign(id: $id, input: $input) {\n      id\n      name\n      kind\n      status\n      version\n      persona {\n        id\n      }\n      source {\n        id\n      }\n      progress {\n        total\n        processed\n      }\n      params {\n        __typename\n        ... on DomainGenerationParams {\n          pattern\n          constant\n          characterSet\n          minLength\n          maxLength\n          tlds\n          maxDomains\n        }\n        ... on DnsValidationParams {\n          recordType\n        }\n      }\n    }\n  }\n": types.Duplicate_CampaignDocument,
    "\n  query Duplicate_Params($id: ID!) {\n    campaign(id: $id) {\n      params {\n        __typename\n        ... on DomainGenerationParams {\n          pattern\n          constant\n          characterSet\n          minLength\n          maxLength\n          tlds\n          maxDomains\n        }\n      }\n    }\n  }\n": types.Duplicate_ParamsDocument,
    "\n  query Console_Results($id: ID!, $status: CampaignResultStatus, $search: String, $after: String) {\n    campaign(id: $id) {\n      id\n      status\n      results(first: 500, status: $status, search: $search, after: $after) {\n        edges { node { position domain status } }\n        pageInfo { hasNextPage endCursor }\n      }\n    }\n  }\n": types.Console_ResultsDocument,
    "\n  query Console_ResultCounts {\n    dashboard { resultsByStatus { status count } }\n  }\n": types.Console_ResultCountsDocument,
    "\n  mutation Console_CheckProxy($id: ID!) {\n    checkProxy(id: $id) { id health { status history { status latencyMs checkedAt error } } }\n  }\n": types.Console_CheckProxyDocument,
    "\n  query Console_StreamHealth {\n    streamHealth { instance webSocketClients sseClients subscriptions deliveriesPerSecond latencyP50Ms latencyP99Ms cutOffs eventLoopLagP99Ms }\n  }\n": types.Console_StreamHealthDocument,
    "\n  subscription Console_StreamHealthLive {\n    streamHealth { instance webSocketClients subscriptions }\n  }\n": types.Console_StreamHealthLiveDocument,
    "\n  query Console_DemoAccounts {\n    demoAccounts { email displayName password }\n  }\n": types.Console_DemoAccountsDocument,
    "\n  mutation Console_CreateKey($input: CreateApiKeyInput!) {\n    createApiKey(input: $input) { secret }\n  }\n": types.Console_CreateKeyDocument,
    "\n  mutation Console_ExportLink($campaignId: ID!) {\n    createResultsExportLink(campaignId: $campaignId) { url expiresAt }\n  }\n": types.Console_ExportLinkDocument,
    "\n  mutation Console_SignOut {\n    signOut\n  }\n": types.Console_SignOutDocument,
    "\n  mutation DemoLab_SignIn($input: SignInInput!) {\n    signIn(input: $input) {\n      token\n      user {\n        id\n      }\n    }\n  }\n": types.DemoLab_SignInDocument,
    "\n  query DemoLab_Setup {\n    personas {\n      edges {\n        node {\n          id\n          name\n          enabled\n          version\n          config {\n            __typename\n            ... on DnsPersonaConfig {\n              resolvers\n            }\n          }\n        }\n      }\n    }\n    campaigns {\n      edges {\n        node {\n          id\n          name\n          kind\n          status\n          version\n          params {\n            __typename\n            ... on HttpKeywordValidationParams {\n              scheme\n              port\n            }\n          }\n        }\n      }\n    }\n  }\n": types.DemoLab_SetupDocument,
    "\n  subscription Test_Changes($after: String, $topics: [ChangeTopic!]) {\n    changes(after: $after, topics: $topics) {\n      __typename\n      cursor\n      op\n      entityId\n      ... on PersonaChange {\n        persona {\n          id\n          name\n          version\n        }\n      }\n      ... on KeywordSetChange {\n        keywordSet {\n          id\n          name\n        }\n      }\n      ... on ActivityChange {\n        activity {\n          summary\n          entityId\n        }\n      }\n      ... on SettingsChange {\n        settings {\n          progressPushPerSecond\n        }\n      }\n      ... on UserChange {\n        user {\n          id\n          displayName\n        }\n      }\n    }\n  }\n": types.Test_ChangesDocument,
    "\n  mutation Test_CreatePersona($input: CreatePersonaInput!) {\n    createPersona(input: $input) {\n      id\n      name\n      version\n    }\n  }\n": types.Test_CreatePersonaDocument,
    "\n  mutation Test_UpdatePersona($id: ID!, $input: UpdatePersonaInput!) {\n    updatePersona(id: $id, input: $input) {\n      id\n      name\n      version\n    }\n  }\n": types.Test_UpdatePersonaDocument,
    "\n  mutation Test_DeletePersona($id: ID!) {\n    deletePersona(id: $id)\n  }\n": types.Test_DeletePersonaDocument,
    "\n  mutation Test_CreateKeywordSet($input: CreateKeywordSetInput!) {\n    createKeywordSet(input: $input) {\n      id\n      name\n    }\n  }\n": types.Test_CreateKeywordSetDocument,
    "\n  mutation Fanout_CreateSet($name: String!, $description: String) {\n    createKeywordSet(input: { name: $name, description: $description, rules: [{ pattern: \"x\", kind: STRING }] }) {\n      id\n    }\n  }\n": types.Fanout_CreateSetDocument,
    "\n  mutation Fanout_RenameSet($id: ID!, $name: String!) {\n    updateKeywordSet(id: $id, input: { name: $name }) {\n      id\n    }\n  }\n": types.Fanout_RenameSetDocument,
    "\n  subscription Fanout_SetNames($after: String, $topics: [ChangeTopic!], $entityIds: [ID!]) {\n    changes(after: $after, topics: $topics, entityIds: $entityIds) {\n      __typename\n      cursor\n      op\n      entityId\n      ... on KeywordSetChange {\n        keywordSet {\n          name\n        }\n      }\n    }\n  }\n": types.Fanout_SetNamesDocument,
    "\n  mutation Harness_SignUp($input: SignUpInput!) {\n    signUp(input: $input) {\n      token\n      user {\n        id\n      }\n    }\n  }\n": types.Harness_SignUpDocument,
    "\n  query Harness_ChangeCursor {\n    changeCursor\n  }\n": types.Harness_ChangeCursorDocument,
    "\n  mutation Members_SignUp($input: SignUpInput!) {\n    signUp(input: $input) {\n      token\n      user {\n        id\n        role\n      }\n    }\n  }\n": types.Members_SignUpDocument,
    "\n  mutation Members_CreateInvitation($input: CreateInvitationInput!) {\n    createInvitation(input: $input) {\n      token\n      invitation {\n        id\n        email\n        role\n        expiresAt\n      }\n    }\n  }\n": types.Members_CreateInvitationDocument,
    "\n  mutation Members_RevokeInvitation($id: ID!) {\n    revokeInvitation(id: $id) {\n      id\n      revokedAt\n    }\n  }\n": types.Members_RevokeInvitationDocument,
    "\n  query Members_Invitations {\n    invitations {\n      id\n      email\n      role\n    }\n  }\n": types.Members_InvitationsDocument,
    "\n  mutation Members_SetRole($userId: ID!, $role: Role!) {\n    setMemberRole(userId: $userId, role: $role) {\n      id\n      role\n    }\n  }\n": types.Members_SetRoleDocument,
    "\n  mutation Members_Remove($userId: ID!) {\n    removeMember(userId: $userId)\n  }\n": types.Members_RemoveDocument,
    "\n  query Members_List {\n    members(first: 100) {\n      edges {\n        node {\n          id\n          email\n          role\n          removedAt\n        }\n      }\n    }\n  }\n": types.Members_ListDocument,
    "\n  mutation Members_CreateKey($input: CreateApiKeyInput!) {\n    createApiKey(input: $input) {\n      secret\n    }\n  }\n": types.Members_CreateKeyDocument,
    "\n  subscription MembersScaleOut_Changes {\n    changes {\n      cursor\n    }\n  }\n": types.MembersScaleOut_ChangesDocument,
    "\n  query MembersScaleOut_Me {\n    me {\n      id\n    }\n  }\n": types.MembersScaleOut_MeDocument,
    "\n  query Members_Me {\n    me {\n      id\n      role\n    }\n  }\n": types.Members_MeDocument,
    "\n  subscription Members_InvitationChanges($after: String) {\n    changes(after: $after, topics: [INVITATION, USER]) {\n      __typename\n      op\n      entityId\n      ... on InvitationChange {\n        invitation {\n          id\n          email\n          acceptedAt\n        }\n      }\n      ... on UserChange {\n        user {\n          id\n          role\n          removedAt\n        }\n      }\n    }\n  }\n": types.Members_InvitationChangesDocument,
    "subscription Members_Sse { changes { cursor } }": types.Members_SseDocument,
    "\n  mutation Ops_CreateProxy($input: CreateProxyInput!) {\n    createProxy(input: $input) {\n      id\n      name\n      username\n      hasPassword\n      health {\n        status\n      }\n    }\n  }\n": types.Ops_CreateProxyDocument,
    "\n  mutation Ops_UpdateProxy($id: ID!, $input: UpdateProxyInput!) {\n    updateProxy(id: $id, input: $input) {\n      id\n      hasPassword\n      health {\n        status\n      }\n    }\n  }\n": types.Ops_UpdateProxyDocument,
    "\n  mutation Ops_DeleteProxy($id: ID!) {\n    deleteProxy(id: $id)\n  }\n": types.Ops_DeleteProxyDocument,
    "\n  mutation Ops_CheckProxy($id: ID!) {\n    checkProxy(id: $id) {\n      id\n      health {\n        status\n        latencyMs\n        checkedAt\n        error\n      }\n    }\n  }\n": types.Ops_CheckProxyDocument,
    "\n  query Ops_ProxyDetails($id: ID!) {\n    proxy(id: $id) {\n      id\n      name\n      protocol\n      host\n      port\n      username\n      hasPassword\n      enabled\n      version\n      pool {\n        id\n        name\n      }\n      health {\n        status\n        latencyMs\n        checkedAt\n        error\n      }\n    }\n  }\n": types.Ops_ProxyDetailsDocument,
    "\n  mutation Ops_CreateProxyPool($input: CreateProxyPoolInput!) {\n    createProxyPool(input: $input) {\n      id\n      name\n      strategy\n    }\n  }\n": types.Ops_CreateProxyPoolDocument,
    "\n  mutation Ops_UpdateProxyPool($id: ID!, $input: UpdateProxyPoolInput!) {\n    updateProxyPool(id: $id, input: $input) {\n      id\n      strategy\n    }\n  }\n": types.Ops_UpdateProxyPoolDocument,
    "\n  mutation Ops_DeleteProxyPool($id: ID!) {\n    deleteProxyPool(id: $id)\n  }\n": types.Ops_DeleteProxyPoolDocument,
    "\n  mutation Ops_AddProxyToPool($poolId: ID!, $proxyId: ID!) {\n    addProxyToPool(poolId: $poolId, proxyId: $proxyId) {\n      id\n      proxies {\n        id\n      }\n    }\n  }\n": types.Ops_AddProxyToPoolDocument,
    "\n  mutation Ops_RemoveProxyFromPool($poolId: ID!, $proxyId: ID!) {\n    removeProxyFromPool(poolId: $poolId, proxyId: $proxyId) {\n      id\n      proxies {\n        id\n      }\n    }\n  }\n": types.Ops_RemoveProxyFromPoolDocument,
    "\n  subscription Ops_Changes($after: String, $topics: [ChangeTopic!]) {\n    changes(after: $after, topics: $topics) {\n      __typename\n      cursor\n      op\n      entityId\n      at\n      ... on ProxyChange {\n        proxy {\n          id\n          username\n          hasPassword\n          health {\n            status\n            latencyMs\n            error\n          }\n        }\n      }\n      ... on ProxyPoolChange {\n        proxyPool {\n          id\n          strategy\n          proxies {\n            id\n          }\n        }\n      }\n      ... on CampaignChange {\n        campaign {\n          id\n          status\n          error\n          startedAt\n          finishedAt\n          progress {\n            total\n            processed\n            succeeded\n            failed\n            percent\n          }\n        }\n      }\n      ... on DashboardChange {\n        dashboard {\n          campaignsByStatus {\n            status\n            count\n          }\n          proxiesByHealth {\n            status\n            count\n          }\n          totals {\n            campaigns\n            proxies\n            proxyPools\n            personas\n            keywordSets\n          }\n        }\n      }\n      ... on NotificationChange {\n        notification {\n          id\n          kind\n          title\n          entityId\n          read\n        }\n      }\n      ... on ActivityChange {\n        activity {\n          summary\n          entityId\n        }\n      }\n    }\n  }\n": types.Ops_ChangesDocument,
    "\n  mutation Ops_CreateCampaign($input: CreateCampaignInput!) {\n    createCampaign(input: $input) {\n      id\n      name\n      status\n      progress {\n        total\n      }\n    }\n  }\n": types.Ops_CreateCampaignDocument,
    "\n  mutation Ops_UpdateCampaign($id: ID!, $input: UpdateCampaignInput!) {\n    updateCampaign(id: $id, input: $input) {\n      id\n      name\n    }\n  }\n": types.Ops_UpdateCampaignDocument,
    "\n  mutation Ops_DeleteCampaign($id: ID!) {\n    deleteCampaign(id: $id)\n  }\n": types.Ops_DeleteCampaignDocument,
    "\n  mutation Ops_StartCampaign($id: ID!) {\n    startCampaign(id: $id) {\n      id\n      status\n    }\n  }\n": types.Ops_StartCampaignDocument,
    "\n  mutation Ops_PauseCampaign($id: ID!) {\n    pauseCampaign(id: $id) {\n      id\n      status\n    }\n  }\n": types.Ops_PauseCampaignDocument,
    "\n  mutation Ops_ResumeCampaign($id: ID!) {\n    resumeCampaign(id: $id) {\n      id\n      status\n    }\n  }\n": types.Ops_ResumeCampaignDocument,
    "\n  mutation Ops_CancelCampaign($id: ID!) {\n    cancelCampaign(id: $id) {\n      id\n      status\n    }\n  }\n": types.Ops_CancelCampaignDocument,
    "\n  query Ops_CampaignStatus($id: ID!) {\n    campaign(id: $id) {\n      id\n      status\n      error\n      note\n      startedAt\n      finishedAt\n      progress {\n        total\n        processed\n        succeeded\n        failed\n        percent\n      }\n    }\n  }\n": types.Ops_CampaignStatusDocument,
    "\n  query Ops_CampaignResults($id: ID!, $first: Int, $after: String, $status: CampaignResultStatus) {\n    campaign(id: $id) {\n      id\n      results(first: $first, after: $after, status: $status) {\n        edges {\n          cursor\n          node {\n            position\n            domain\n            status\n            records\n            httpStatus\n            matchedKeywords\n            error\n          }\n        }\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n      }\n    }\n  }\n": types.Ops_CampaignResultsDocument,
    "\n  query Ops_Dashboard {\n    dashboard {\n      campaignsByStatus {\n        status\n        count\n      }\n      proxiesByHealth {\n        status\n        count\n      }\n      totals {\n        campaigns\n        proxies\n        proxyPools\n        personas\n        keywordSets\n      }\n    }\n  }\n": types.Ops_DashboardDocument,
    "\n  query Ops_MyNotifications($unreadOnly: Boolean) {\n    notifications(first: 50, unreadOnly: $unreadOnly) {\n      edges {\n        node {\n          id\n          kind\n          title\n          body\n          entityId\n          read\n        }\n      }\n    }\n  }\n": types.Ops_MyNotificationsDocument,
    "\n  mutation Ops_MarkNotificationRead($id: ID!) {\n    markNotificationRead(id: $id) {\n      id\n      read\n    }\n  }\n": types.Ops_MarkNotificationReadDocument,
    "\n  mutation Ops_MarkAllNotificationsRead {\n    markAllNotificationsRead\n  }\n": types.Ops_MarkAllNotificationsReadDocument,
    "\n  mutation Ops_UpdateSettings($input: UpdateSettingsInput!) {\n    updateSettings(input: $input) {\n      id\n      progressPushPerSecond\n      proxyHealthCheckIntervalSeconds\n      workerConcurrency\n    }\n  }\n": types.Ops_UpdateSettingsDocument,
    "\n  mutation Ops_CreateHttpPersona($input: CreatePersonaInput!) {\n    createPersona(input: $input) {\n      id\n    }\n  }\n": types.Ops_CreateHttpPersonaDocument,
    "\n  mutation Coverage_UpdateKeywordSet($id: ID!, $input: UpdateKeywordSetInput!) {\n    updateKeywordSet(id: $id, input: $input) {\n      id\n    }\n  }\n": types.Coverage_UpdateKeywordSetDocument,
    "\n  mutation Coverage_DeleteKeywordSet($id: ID!) {\n    deleteKeywordSet(id: $id)\n  }\n": types.Coverage_DeleteKeywordSetDocument,
    "\n  mutation Coverage_DuplicateCampaign($id: ID!) {\n    duplicateCampaign(id: $id) {\n      id\n    }\n  }\n": types.Coverage_DuplicateCampaignDocument,
    "\n  mutation Coverage_UpdateSettings($input: UpdateSettingsInput!) {\n    updateSettings(input: $input) {\n      id\n    }\n  }\n": types.Coverage_UpdateSettingsDocument,
    "\n  mutation Coverage_CreateApiKey($input: CreateApiKeyInput!) {\n    createApiKey(input: $input) {\n      apiKey {\n        id\n      }\n    }\n  }\n": types.Coverage_CreateApiKeyDocument,
    "\n  mutation Coverage_RevokeApiKey($id: ID!) {\n    revokeApiKey(id: $id) {\n      id\n    }\n  }\n": types.Coverage_RevokeApiKeyDocument,
    "\n  mutation Coverage_CreateWebhook($input: CreateWebhookInput!) {\n    createWebhook(input: $input) {\n      webhook {\n        id\n        cursor\n      }\n    }\n  }\n": types.Coverage_CreateWebhookDocument,
    "\n  mutation Coverage_UpdateWebhook($id: ID!, $input: UpdateWebhookInput!) {\n    updateWebhook(id: $id, input: $input) {\n      id\n    }\n  }\n": types.Coverage_UpdateWebhookDocument,
    "\n  mutation Coverage_DeleteWebhook($id: ID!) {\n    deleteWebhook(id: $id)\n  }\n": types.Coverage_DeleteWebhookDocument,
    "\n  mutation Coverage_PingWebhook($id: ID!) {\n    pingWebhook(id: $id) {\n      status\n    }\n  }\n": types.Coverage_PingWebhookDocument,
    "\n  mutation Coverage_ReplayWebhook($id: ID!, $after: String!) {\n    replayWebhook(id: $id, after: $after) {\n      id\n    }\n  }\n": types.Coverage_ReplayWebhookDocument,
    "\n  query RateLimit_Me {\n    me {\n      id\n    }\n  }\n": types.RateLimit_MeDocument,
    "\n  mutation ScaleOut_CreateKey($input: CreateApiKeyInput!) {\n    createApiKey(input: $input) {\n      secret\n      apiKey {\n        id\n      }\n    }\n  }\n": types.ScaleOut_CreateKeyDocument,
    "\n  mutation ScaleOut_RevokeKey($id: ID!) {\n    revokeApiKey(id: $id) {\n      id\n    }\n  }\n": types.ScaleOut_RevokeKeyDocument,
    "\n  query ScaleOut_KeyUsage {\n    apiKeys {\n      id\n      usage {\n        requests\n        subscriptions\n      }\n    }\n  }\n": types.ScaleOut_KeyUsageDocument,
    "\n  subscription ScaleOut_StreamHealth {\n    streamHealth {\n      instance\n      webSocketClients\n    }\n  }\n": types.ScaleOut_StreamHealthDocument,
    "\n  mutation Seed_SignIn($input: SignInInput!) {\n    signIn(input: $input) {\n      token\n      user {\n        id\n        role\n      }\n    }\n  }\n": types.Seed_SignInDocument,
    "\n  query Seed_Workspace {\n    personas {\n      edges {\n        node {\n          kind\n        }\n      }\n    }\n    keywordSets {\n      edges {\n        node {\n          id\n        }\n      }\n    }\n    proxyPools {\n      edges {\n        node {\n          proxies {\n            name\n          }\n        }\n      }\n    }\n    connections(status: ACCEPTED) {\n      id\n    }\n    chats {\n      id\n      unreadCount\n    }\n    feed {\n      edges {\n        node {\n          commentCount\n        }\n      }\n    }\n    campaigns {\n      edges {\n        node {\n          id\n          kind\n          status\n          source {\n            id\n          }\n        }\n      }\n    }\n  }\n": types.Seed_WorkspaceDocument,
    "\n  mutation Shutdown_SignUp($input: SignUpInput!) {\n    signUp(input: $input) {\n      token\n    }\n  }\n": types.Shutdown_SignUpDocument,
    "\n  mutation Social_SendConnectionRequest($userId: ID!) {\n    sendConnectionRequest(userId: $userId) {\n      id\n      status\n    }\n  }\n": types.Social_SendConnectionRequestDocument,
    "\n  mutation Social_AcceptConnectionRequest($id: ID!) {\n    acceptConnectionRequest(id: $id) {\n      id\n      status\n    }\n  }\n": types.Social_AcceptConnectionRequestDocument,
    "\n  mutation Social_DeclineConnectionRequest($id: ID!) {\n    declineConnectionRequest(id: $id)\n  }\n": types.Social_DeclineConnectionRequestDocument,
    "\n  mutation Social_CancelConnectionRequest($id: ID!) {\n    cancelConnectionRequest(id: $id)\n  }\n": types.Social_CancelConnectionRequestDocument,
    "\n  mutation Social_RemoveConnection($id: ID!) {\n    removeConnection(id: $id)\n  }\n": types.Social_RemoveConnectionDocument,
    "\n  mutation Social_CreateChat($input: CreateChatInput!) {\n    createChat(input: $input) {\n      id\n      kind\n    }\n  }\n": types.Social_CreateChatDocument,
    "\n  mutation Social_SendMessage($chatId: ID!, $body: String!) {\n    sendMessage(chatId: $chatId, body: $body) {\n      id\n      body\n    }\n  }\n": types.Social_SendMessageDocument,
    "\n  mutation Social_EditMessage($id: ID!, $body: String!) {\n    editMessage(id: $id, body: $body) {\n      id\n      body\n      edited\n    }\n  }\n": types.Social_EditMessageDocument,
    "\n  mutation Social_DeleteMessage($id: ID!) {\n    deleteMessage(id: $id) {\n      id\n      body\n      deleted\n    }\n  }\n": types.Social_DeleteMessageDocument,
    "\n  mutation Social_MarkChatRead($chatId: ID!, $messageId: ID!) {\n    markChatRead(chatId: $chatId, messageId: $messageId) {\n      id\n      unreadCount\n    }\n  }\n": types.Social_MarkChatReadDocument,
    "\n  mutation Social_SetTyping($chatId: ID!, $typing: Boolean!) {\n    setTyping(chatId: $chatId, typing: $typing)\n  }\n": types.Social_SetTypingDocument,
    "\n  mutation Social_CreatePost($body: String!) {\n    createPost(body: $body) {\n      id\n    }\n  }\n": types.Social_CreatePostDocument,
    "\n  mutation Social_UpdatePost($id: ID!, $body: String!) {\n    updatePost(id: $id, body: $body) {\n      id\n      body\n    }\n  }\n": types.Social_UpdatePostDocument,
    "\n  mutation Social_DeletePost($id: ID!) {\n    deletePost(id: $id)\n  }\n": types.Social_DeletePostDocument,
    "\n  mutation Social_AddComment($postId: ID!, $body: String!) {\n    addComment(postId: $postId, body: $body) {\n      id\n    }\n  }\n": types.Social_AddCommentDocument,
    "\n  mutation Social_DeleteComment($id: ID!) {\n    deleteComment(id: $id)\n  }\n": types.Social_DeleteCommentDocument,
    "\n  subscription Social_Changes($after: String, $topics: [ChangeTopic!]) {\n    changes(after: $after, topics: $topics) {\n      __typename\n      cursor\n      op\n      entityId\n      ... on ConnectionChange {\n        connection {\n          id\n          status\n          requester {\n            id\n          }\n          addressee {\n            id\n          }\n        }\n      }\n      ... on ChatChange {\n        chat {\n          id\n          unreadCount\n          lastMessage {\n            id\n          }\n        }\n      }\n      ... on MessageChange {\n        message {\n          id\n          chatId\n          body\n          deleted\n          author {\n            id\n          }\n        }\n      }\n      ... on PostChange {\n        post {\n          id\n          body\n          commentCount\n          author {\n            id\n          }\n        }\n      }\n      ... on CommentChange {\n        comment {\n          id\n          postId\n          body\n        }\n      }\n      ... on NotificationChange {\n        notification {\n          id\n          kind\n          read\n          entityId\n        }\n      }\n      ... on CountsChange {\n        counts {\n          id\n          unreadMessages\n          unreadNotifications\n          incomingConnectionRequests\n        }\n      }\n      ... on UserChange {\n        user {\n          id\n        }\n      }\n    }\n  }\n": types.Social_ChangesDocument,
    "\n  subscription Social_Typing($chatId: ID!) {\n    typing(chatId: $chatId) {\n      chatId\n      typing\n      at\n      expiresAt\n      user {\n        id\n      }\n    }\n  }\n": types.Social_TypingDocument,
    "\n  subscription Social_Presence {\n    presence {\n      online\n      at\n      lastSeenAt\n      user {\n        id\n      }\n    }\n  }\n": types.Social_PresenceDocument,
    "\n  query Social_State {\n    me {\n      id\n      counts {\n        unreadMessages\n        unreadNotifications\n        incomingConnectionRequests\n      }\n    }\n    chats {\n      id\n      unreadCount\n    }\n    connections {\n      id\n      status\n      user {\n        id\n      }\n    }\n    notifications(first: 100) {\n      edges {\n        node {\n          id\n          read\n        }\n      }\n    }\n    feed(first: 100) {\n      edges {\n        node {\n          id\n          body\n          commentCount\n        }\n      }\n    }\n  }\n": types.Social_StateDocument,
    "\n  query Social_ChatThread($id: ID!, $last: Int, $before: String) {\n    chat(id: $id) {\n      id\n      kind\n      unreadCount\n      members {\n        id\n        online\n      }\n      messages(last: $last, before: $before) {\n        edges {\n          cursor\n          node {\n            id\n            body\n            deleted\n            edited\n          }\n        }\n        pageInfo {\n          hasPreviousPage\n          startCursor\n        }\n      }\n    }\n  }\n": types.Social_ChatThreadDocument,
    "\n  query Social_UserPresence($search: String) {\n    users(search: $search) {\n      id\n      online\n      lastSeenAt\n    }\n  }\n": types.Social_UserPresenceDocument,
    "\n  mutation Social_SignOut {\n    signOut\n  }\n": types.Social_SignOutDocument,
    "\n  mutation ThirdParties_CreateKey($input: CreateApiKeyInput!) {\n    createApiKey(input: $input) {\n      secret\n    }\n  }\n": types.ThirdParties_CreateKeyDocument,
    "\n      query ThirdParties_Node($id: ID!) {\n        node(id: $id) {\n          __typename\n          id\n        }\n      }\n    ": types.ThirdParties_NodeDocument,
    "\n  mutation Webhooks_CreateKey($input: CreateApiKeyInput!) {\n    createApiKey(input: $input) {\n      apiKey {\n        id\n      }\n    }\n  }\n": types.Webhooks_CreateKeyDocument,
    "\n  mutation Webhooks_Create($input: CreateWebhookInput!) {\n    createWebhook(input: $input) {\n      secret\n      webhook {\n        id\n        cursor\n        enabled\n      }\n    }\n  }\n": types.Webhooks_CreateDocument,
    "\n  mutation Webhooks_Update($id: ID!, $input: UpdateWebhookInput!) {\n    updateWebhook(id: $id, input: $input) {\n      id\n      enabled\n    }\n  }\n": types.Webhooks_UpdateDocument,
    "\n  mutation Webhooks_Replay($id: ID!, $after: String!) {\n    replayWebhook(id: $id, after: $after) {\n      id\n      cursor\n    }\n  }\n": types.Webhooks_ReplayDocument,
    "\n  mutation Webhooks_Ping($id: ID!) {\n    pingWebhook(id: $id) {\n      status\n      responseStatus\n    }\n  }\n": types.Webhooks_PingDocument,
    "\n  query Webhooks_Deliveries {\n    webhooks {\n      id\n      cursor\n      failingSince\n      deliveries(first: 50) {\n        edges {\n          node {\n            cursor\n            status\n            responseStatus\n            attempt\n          }\n        }\n      }\n    }\n  }\n": types.Webhooks_DeliveriesDocument,
    "\n  mutation Webhooks_Delete($id: ID!) {\n    deleteWebhook(id: $id)\n  }\n": types.Webhooks_DeleteDocument,
    "\n  query Webhooks_State {\n    webhooks {\n      id\n      enabled\n      disabledReason\n    }\n  }\n": types.Webhooks_StateDocument,
    "\n  query Webhooks_Notifications {\n    notifications(first: 20) {\n      edges {\n        node {\n          kind\n          entityId\n        }\n      }\n    }\n  }\n": types.Webhooks_NotificationsDocument,
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
export function graphql(source: "\n  mutation Keys_Create($input: CreateApiKeyInput!) {\n    createApiKey(input: $input) {\n      secret\n      apiKey {\n        id\n        name\n        prefix\n        capabilities {\n          read\n          write\n          topics\n          entityIds\n        }\n        expiresAt\n        lastUsedAt\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation Keys_Create($input: CreateApiKeyInput!) {\n    createApiKey(input: $input) {\n      secret\n      apiKey {\n        id\n        name\n        prefix\n        capabilities {\n          read\n          write\n          topics\n          entityIds\n        }\n        expiresAt\n        lastUsedAt\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Keys_Revoke($id: ID!) {\n    revokeApiKey(id: $id) {\n      id\n      revokedAt\n    }\n  }\n"): (typeof documents)["\n  mutation Keys_Revoke($id: ID!) {\n    revokeApiKey(id: $id) {\n      id\n      revokedAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Keys_List {\n    apiKeys {\n      id\n      prefix\n      lastUsedAt\n      usage {\n        requests\n        subscriptions\n        deliveries\n        bytes\n        cutOffs\n        perMinute {\n          at\n          requests\n          deliveries\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query Keys_List {\n    apiKeys {\n      id\n      prefix\n      lastUsedAt\n      usage {\n        requests\n        subscriptions\n        deliveries\n        bytes\n        cutOffs\n        perMinute {\n          at\n          requests\n          deliveries\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Keys_Me {\n    me {\n      id\n    }\n  }\n"): (typeof documents)["\n  query Keys_Me {\n    me {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      mutation Keys_UpdatePersona($id: ID!, $input: UpdatePersonaInput!) {\n        updatePersona(id: $id, input: $input) {\n          id\n        }\n      }\n    "): (typeof documents)["\n      mutation Keys_UpdatePersona($id: ID!, $input: UpdatePersonaInput!) {\n        updatePersona(id: $id, input: $input) {\n          id\n        }\n      }\n    "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Auth_Me {\n    me {\n      id\n      email\n      role\n    }\n  }\n"): (typeof documents)["\n  query Auth_Me {\n    me {\n      id\n      email\n      role\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Auth_SignIn($input: SignInInput!) {\n    signIn(input: $input) {\n      token\n      user {\n        id\n        email\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation Auth_SignIn($input: SignInInput!) {\n    signIn(input: $input) {\n      token\n      user {\n        id\n        email\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Auth_SignOut {\n    signOut\n  }\n"): (typeof documents)["\n  mutation Auth_SignOut {\n    signOut\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Auth_SignUp($input: SignUpInput!) {\n    signUp(input: $input) {\n      user {\n        role\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation Auth_SignUp($input: SignUpInput!) {\n    signUp(input: $input) {\n      user {\n        role\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query BadInput_Persona($id: ID!) {\n    persona(id: $id) {\n      id\n    }\n  }\n"): (typeof documents)["\n  query BadInput_Persona($id: ID!) {\n    persona(id: $id) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation BadInput_UpdateSettings($input: UpdateSettingsInput!) {\n    updateSettings(input: $input) {\n      progressPushPerSecond\n    }\n  }\n"): (typeof documents)["\n  mutation BadInput_UpdateSettings($input: UpdateSettingsInput!) {\n    updateSettings(input: $input) {\n      progressPushPerSecond\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Duplicate_Campaign($id: ID!, $input: DuplicateCampaignInput) {\n    duplicateCampaign(id: $id, input: $input) {\n      id\n      name\n      kind\n      status\n      version\n      persona {\n        id\n      }\n      source {\n        id\n      }\n      progress {\n        total\n        processed\n      }\n      params {\n        __typename\n        ... on DomainGenerationParams {\n          pattern\n          constant\n          characterSet\n          minLength\n          maxLength\n          tlds\n          maxDomains\n        }\n        ... on DnsValidationParams {\n          recordType\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation Duplicate_Campaign($id: ID!, $input: DuplicateCampaignInput) {\n    duplicateCampaign(id: $id, input: $input) {\n      id\n      name\n      kind\n      status\n      version\n      persona {\n        id\n      }\n      source {\n        id\n      }\n      progress {\n        total\n        processed\n      }\n      params {\n        __typename\n        ... on DomainGenerationParams {\n          pattern\n          constant\n          characterSet\n          minLength\n          maxLength\n          tlds\n          maxDomains\n        }\n        ... on DnsValidationParams {\n          recordType\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Duplicate_Params($id: ID!) {\n    campaign(id: $id) {\n      params {\n        __typename\n        ... on DomainGenerationParams {\n          pattern\n          constant\n          characterSet\n          minLength\n          maxLength\n          tlds\n          maxDomains\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query Duplicate_Params($id: ID!) {\n    campaign(id: $id) {\n      params {\n        __typename\n        ... on DomainGenerationParams {\n          pattern\n          constant\n          characterSet\n          minLength\n          maxLength\n          tlds\n          maxDomains\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Console_Results($id: ID!, $status: CampaignResultStatus, $search: String, $after: String) {\n    campaign(id: $id) {\n      id\n      status\n      results(first: 500, status: $status, search: $search, after: $after) {\n        edges { node { position domain status } }\n        pageInfo { hasNextPage endCursor }\n      }\n    }\n  }\n"): (typeof documents)["\n  query Console_Results($id: ID!, $status: CampaignResultStatus, $search: String, $after: String) {\n    campaign(id: $id) {\n      id\n      status\n      results(first: 500, status: $status, search: $search, after: $after) {\n        edges { node { position domain status } }\n        pageInfo { hasNextPage endCursor }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Console_ResultCounts {\n    dashboard { resultsByStatus { status count } }\n  }\n"): (typeof documents)["\n  query Console_ResultCounts {\n    dashboard { resultsByStatus { status count } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Console_CheckProxy($id: ID!) {\n    checkProxy(id: $id) { id health { status history { status latencyMs checkedAt error } } }\n  }\n"): (typeof documents)["\n  mutation Console_CheckProxy($id: ID!) {\n    checkProxy(id: $id) { id health { status history { status latencyMs checkedAt error } } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Console_StreamHealth {\n    streamHealth { instance webSocketClients sseClients subscriptions deliveriesPerSecond latencyP50Ms latencyP99Ms cutOffs eventLoopLagP99Ms }\n  }\n"): (typeof documents)["\n  query Console_StreamHealth {\n    streamHealth { instance webSocketClients sseClients subscriptions deliveriesPerSecond latencyP50Ms latencyP99Ms cutOffs eventLoopLagP99Ms }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription Console_StreamHealthLive {\n    streamHealth { instance webSocketClients subscriptions }\n  }\n"): (typeof documents)["\n  subscription Console_StreamHealthLive {\n    streamHealth { instance webSocketClients subscriptions }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Console_DemoAccounts {\n    demoAccounts { email displayName password }\n  }\n"): (typeof documents)["\n  query Console_DemoAccounts {\n    demoAccounts { email displayName password }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Console_CreateKey($input: CreateApiKeyInput!) {\n    createApiKey(input: $input) { secret }\n  }\n"): (typeof documents)["\n  mutation Console_CreateKey($input: CreateApiKeyInput!) {\n    createApiKey(input: $input) { secret }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Console_ExportLink($campaignId: ID!) {\n    createResultsExportLink(campaignId: $campaignId) { url expiresAt }\n  }\n"): (typeof documents)["\n  mutation Console_ExportLink($campaignId: ID!) {\n    createResultsExportLink(campaignId: $campaignId) { url expiresAt }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Console_SignOut {\n    signOut\n  }\n"): (typeof documents)["\n  mutation Console_SignOut {\n    signOut\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DemoLab_SignIn($input: SignInInput!) {\n    signIn(input: $input) {\n      token\n      user {\n        id\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation DemoLab_SignIn($input: SignInInput!) {\n    signIn(input: $input) {\n      token\n      user {\n        id\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DemoLab_Setup {\n    personas {\n      edges {\n        node {\n          id\n          name\n          enabled\n          version\n          config {\n            __typename\n            ... on DnsPersonaConfig {\n              resolvers\n            }\n          }\n        }\n      }\n    }\n    campaigns {\n      edges {\n        node {\n          id\n          name\n          kind\n          status\n          version\n          params {\n            __typename\n            ... on HttpKeywordValidationParams {\n              scheme\n              port\n            }\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query DemoLab_Setup {\n    personas {\n      edges {\n        node {\n          id\n          name\n          enabled\n          version\n          config {\n            __typename\n            ... on DnsPersonaConfig {\n              resolvers\n            }\n          }\n        }\n      }\n    }\n    campaigns {\n      edges {\n        node {\n          id\n          name\n          kind\n          status\n          version\n          params {\n            __typename\n            ... on HttpKeywordValidationParams {\n              scheme\n              port\n            }\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription Test_Changes($after: String, $topics: [ChangeTopic!]) {\n    changes(after: $after, topics: $topics) {\n      __typename\n      cursor\n      op\n      entityId\n      ... on PersonaChange {\n        persona {\n          id\n          name\n          version\n        }\n      }\n      ... on KeywordSetChange {\n        keywordSet {\n          id\n          name\n        }\n      }\n      ... on ActivityChange {\n        activity {\n          summary\n          entityId\n        }\n      }\n      ... on SettingsChange {\n        settings {\n          progressPushPerSecond\n        }\n      }\n      ... on UserChange {\n        user {\n          id\n          displayName\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  subscription Test_Changes($after: String, $topics: [ChangeTopic!]) {\n    changes(after: $after, topics: $topics) {\n      __typename\n      cursor\n      op\n      entityId\n      ... on PersonaChange {\n        persona {\n          id\n          name\n          version\n        }\n      }\n      ... on KeywordSetChange {\n        keywordSet {\n          id\n          name\n        }\n      }\n      ... on ActivityChange {\n        activity {\n          summary\n          entityId\n        }\n      }\n      ... on SettingsChange {\n        settings {\n          progressPushPerSecond\n        }\n      }\n      ... on UserChange {\n        user {\n          id\n          displayName\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Test_CreatePersona($input: CreatePersonaInput!) {\n    createPersona(input: $input) {\n      id\n      name\n      version\n    }\n  }\n"): (typeof documents)["\n  mutation Test_CreatePersona($input: CreatePersonaInput!) {\n    createPersona(input: $input) {\n      id\n      name\n      version\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Test_UpdatePersona($id: ID!, $input: UpdatePersonaInput!) {\n    updatePersona(id: $id, input: $input) {\n      id\n      name\n      version\n    }\n  }\n"): (typeof documents)["\n  mutation Test_UpdatePersona($id: ID!, $input: UpdatePersonaInput!) {\n    updatePersona(id: $id, input: $input) {\n      id\n      name\n      version\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Test_DeletePersona($id: ID!) {\n    deletePersona(id: $id)\n  }\n"): (typeof documents)["\n  mutation Test_DeletePersona($id: ID!) {\n    deletePersona(id: $id)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Test_CreateKeywordSet($input: CreateKeywordSetInput!) {\n    createKeywordSet(input: $input) {\n      id\n      name\n    }\n  }\n"): (typeof documents)["\n  mutation Test_CreateKeywordSet($input: CreateKeywordSetInput!) {\n    createKeywordSet(input: $input) {\n      id\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Fanout_CreateSet($name: String!, $description: String) {\n    createKeywordSet(input: { name: $name, description: $description, rules: [{ pattern: \"x\", kind: STRING }] }) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation Fanout_CreateSet($name: String!, $description: String) {\n    createKeywordSet(input: { name: $name, description: $description, rules: [{ pattern: \"x\", kind: STRING }] }) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Fanout_RenameSet($id: ID!, $name: String!) {\n    updateKeywordSet(id: $id, input: { name: $name }) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation Fanout_RenameSet($id: ID!, $name: String!) {\n    updateKeywordSet(id: $id, input: { name: $name }) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription Fanout_SetNames($after: String, $topics: [ChangeTopic!], $entityIds: [ID!]) {\n    changes(after: $after, topics: $topics, entityIds: $entityIds) {\n      __typename\n      cursor\n      op\n      entityId\n      ... on KeywordSetChange {\n        keywordSet {\n          name\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  subscription Fanout_SetNames($after: String, $topics: [ChangeTopic!], $entityIds: [ID!]) {\n    changes(after: $after, topics: $topics, entityIds: $entityIds) {\n      __typename\n      cursor\n      op\n      entityId\n      ... on KeywordSetChange {\n        keywordSet {\n          name\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Harness_SignUp($input: SignUpInput!) {\n    signUp(input: $input) {\n      token\n      user {\n        id\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation Harness_SignUp($input: SignUpInput!) {\n    signUp(input: $input) {\n      token\n      user {\n        id\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Harness_ChangeCursor {\n    changeCursor\n  }\n"): (typeof documents)["\n  query Harness_ChangeCursor {\n    changeCursor\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Members_SignUp($input: SignUpInput!) {\n    signUp(input: $input) {\n      token\n      user {\n        id\n        role\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation Members_SignUp($input: SignUpInput!) {\n    signUp(input: $input) {\n      token\n      user {\n        id\n        role\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Members_CreateInvitation($input: CreateInvitationInput!) {\n    createInvitation(input: $input) {\n      token\n      invitation {\n        id\n        email\n        role\n        expiresAt\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation Members_CreateInvitation($input: CreateInvitationInput!) {\n    createInvitation(input: $input) {\n      token\n      invitation {\n        id\n        email\n        role\n        expiresAt\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Members_RevokeInvitation($id: ID!) {\n    revokeInvitation(id: $id) {\n      id\n      revokedAt\n    }\n  }\n"): (typeof documents)["\n  mutation Members_RevokeInvitation($id: ID!) {\n    revokeInvitation(id: $id) {\n      id\n      revokedAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Members_Invitations {\n    invitations {\n      id\n      email\n      role\n    }\n  }\n"): (typeof documents)["\n  query Members_Invitations {\n    invitations {\n      id\n      email\n      role\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Members_SetRole($userId: ID!, $role: Role!) {\n    setMemberRole(userId: $userId, role: $role) {\n      id\n      role\n    }\n  }\n"): (typeof documents)["\n  mutation Members_SetRole($userId: ID!, $role: Role!) {\n    setMemberRole(userId: $userId, role: $role) {\n      id\n      role\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Members_Remove($userId: ID!) {\n    removeMember(userId: $userId)\n  }\n"): (typeof documents)["\n  mutation Members_Remove($userId: ID!) {\n    removeMember(userId: $userId)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Members_List {\n    members(first: 100) {\n      edges {\n        node {\n          id\n          email\n          role\n          removedAt\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query Members_List {\n    members(first: 100) {\n      edges {\n        node {\n          id\n          email\n          role\n          removedAt\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Members_CreateKey($input: CreateApiKeyInput!) {\n    createApiKey(input: $input) {\n      secret\n    }\n  }\n"): (typeof documents)["\n  mutation Members_CreateKey($input: CreateApiKeyInput!) {\n    createApiKey(input: $input) {\n      secret\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription MembersScaleOut_Changes {\n    changes {\n      cursor\n    }\n  }\n"): (typeof documents)["\n  subscription MembersScaleOut_Changes {\n    changes {\n      cursor\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MembersScaleOut_Me {\n    me {\n      id\n    }\n  }\n"): (typeof documents)["\n  query MembersScaleOut_Me {\n    me {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Members_Me {\n    me {\n      id\n      role\n    }\n  }\n"): (typeof documents)["\n  query Members_Me {\n    me {\n      id\n      role\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription Members_InvitationChanges($after: String) {\n    changes(after: $after, topics: [INVITATION, USER]) {\n      __typename\n      op\n      entityId\n      ... on InvitationChange {\n        invitation {\n          id\n          email\n          acceptedAt\n        }\n      }\n      ... on UserChange {\n        user {\n          id\n          role\n          removedAt\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  subscription Members_InvitationChanges($after: String) {\n    changes(after: $after, topics: [INVITATION, USER]) {\n      __typename\n      op\n      entityId\n      ... on InvitationChange {\n        invitation {\n          id\n          email\n          acceptedAt\n        }\n      }\n      ... on UserChange {\n        user {\n          id\n          role\n          removedAt\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "subscription Members_Sse { changes { cursor } }"): (typeof documents)["subscription Members_Sse { changes { cursor } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Ops_CreateProxy($input: CreateProxyInput!) {\n    createProxy(input: $input) {\n      id\n      name\n      username\n      hasPassword\n      health {\n        status\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation Ops_CreateProxy($input: CreateProxyInput!) {\n    createProxy(input: $input) {\n      id\n      name\n      username\n      hasPassword\n      health {\n        status\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Ops_UpdateProxy($id: ID!, $input: UpdateProxyInput!) {\n    updateProxy(id: $id, input: $input) {\n      id\n      hasPassword\n      health {\n        status\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation Ops_UpdateProxy($id: ID!, $input: UpdateProxyInput!) {\n    updateProxy(id: $id, input: $input) {\n      id\n      hasPassword\n      health {\n        status\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Ops_DeleteProxy($id: ID!) {\n    deleteProxy(id: $id)\n  }\n"): (typeof documents)["\n  mutation Ops_DeleteProxy($id: ID!) {\n    deleteProxy(id: $id)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Ops_CheckProxy($id: ID!) {\n    checkProxy(id: $id) {\n      id\n      health {\n        status\n        latencyMs\n        checkedAt\n        error\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation Ops_CheckProxy($id: ID!) {\n    checkProxy(id: $id) {\n      id\n      health {\n        status\n        latencyMs\n        checkedAt\n        error\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Ops_ProxyDetails($id: ID!) {\n    proxy(id: $id) {\n      id\n      name\n      protocol\n      host\n      port\n      username\n      hasPassword\n      enabled\n      version\n      pool {\n        id\n        name\n      }\n      health {\n        status\n        latencyMs\n        checkedAt\n        error\n      }\n    }\n  }\n"): (typeof documents)["\n  query Ops_ProxyDetails($id: ID!) {\n    proxy(id: $id) {\n      id\n      name\n      protocol\n      host\n      port\n      username\n      hasPassword\n      enabled\n      version\n      pool {\n        id\n        name\n      }\n      health {\n        status\n        latencyMs\n        checkedAt\n        error\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Ops_CreateProxyPool($input: CreateProxyPoolInput!) {\n    createProxyPool(input: $input) {\n      id\n      name\n      strategy\n    }\n  }\n"): (typeof documents)["\n  mutation Ops_CreateProxyPool($input: CreateProxyPoolInput!) {\n    createProxyPool(input: $input) {\n      id\n      name\n      strategy\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Ops_UpdateProxyPool($id: ID!, $input: UpdateProxyPoolInput!) {\n    updateProxyPool(id: $id, input: $input) {\n      id\n      strategy\n    }\n  }\n"): (typeof documents)["\n  mutation Ops_UpdateProxyPool($id: ID!, $input: UpdateProxyPoolInput!) {\n    updateProxyPool(id: $id, input: $input) {\n      id\n      strategy\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Ops_DeleteProxyPool($id: ID!) {\n    deleteProxyPool(id: $id)\n  }\n"): (typeof documents)["\n  mutation Ops_DeleteProxyPool($id: ID!) {\n    deleteProxyPool(id: $id)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Ops_AddProxyToPool($poolId: ID!, $proxyId: ID!) {\n    addProxyToPool(poolId: $poolId, proxyId: $proxyId) {\n      id\n      proxies {\n        id\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation Ops_AddProxyToPool($poolId: ID!, $proxyId: ID!) {\n    addProxyToPool(poolId: $poolId, proxyId: $proxyId) {\n      id\n      proxies {\n        id\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Ops_RemoveProxyFromPool($poolId: ID!, $proxyId: ID!) {\n    removeProxyFromPool(poolId: $poolId, proxyId: $proxyId) {\n      id\n      proxies {\n        id\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation Ops_RemoveProxyFromPool($poolId: ID!, $proxyId: ID!) {\n    removeProxyFromPool(poolId: $poolId, proxyId: $proxyId) {\n      id\n      proxies {\n        id\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription Ops_Changes($after: String, $topics: [ChangeTopic!]) {\n    changes(after: $after, topics: $topics) {\n      __typename\n      cursor\n      op\n      entityId\n      at\n      ... on ProxyChange {\n        proxy {\n          id\n          username\n          hasPassword\n          health {\n            status\n            latencyMs\n            error\n          }\n        }\n      }\n      ... on ProxyPoolChange {\n        proxyPool {\n          id\n          strategy\n          proxies {\n            id\n          }\n        }\n      }\n      ... on CampaignChange {\n        campaign {\n          id\n          status\n          error\n          startedAt\n          finishedAt\n          progress {\n            total\n            processed\n            succeeded\n            failed\n            percent\n          }\n        }\n      }\n      ... on DashboardChange {\n        dashboard {\n          campaignsByStatus {\n            status\n            count\n          }\n          proxiesByHealth {\n            status\n            count\n          }\n          totals {\n            campaigns\n            proxies\n            proxyPools\n            personas\n            keywordSets\n          }\n        }\n      }\n      ... on NotificationChange {\n        notification {\n          id\n          kind\n          title\n          entityId\n          read\n        }\n      }\n      ... on ActivityChange {\n        activity {\n          summary\n          entityId\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  subscription Ops_Changes($after: String, $topics: [ChangeTopic!]) {\n    changes(after: $after, topics: $topics) {\n      __typename\n      cursor\n      op\n      entityId\n      at\n      ... on ProxyChange {\n        proxy {\n          id\n          username\n          hasPassword\n          health {\n            status\n            latencyMs\n            error\n          }\n        }\n      }\n      ... on ProxyPoolChange {\n        proxyPool {\n          id\n          strategy\n          proxies {\n            id\n          }\n        }\n      }\n      ... on CampaignChange {\n        campaign {\n          id\n          status\n          error\n          startedAt\n          finishedAt\n          progress {\n            total\n            processed\n            succeeded\n            failed\n            percent\n          }\n        }\n      }\n      ... on DashboardChange {\n        dashboard {\n          campaignsByStatus {\n            status\n            count\n          }\n          proxiesByHealth {\n            status\n            count\n          }\n          totals {\n            campaigns\n            proxies\n            proxyPools\n            personas\n            keywordSets\n          }\n        }\n      }\n      ... on NotificationChange {\n        notification {\n          id\n          kind\n          title\n          entityId\n          read\n        }\n      }\n      ... on ActivityChange {\n        activity {\n          summary\n          entityId\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Ops_CreateCampaign($input: CreateCampaignInput!) {\n    createCampaign(input: $input) {\n      id\n      name\n      status\n      progress {\n        total\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation Ops_CreateCampaign($input: CreateCampaignInput!) {\n    createCampaign(input: $input) {\n      id\n      name\n      status\n      progress {\n        total\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Ops_UpdateCampaign($id: ID!, $input: UpdateCampaignInput!) {\n    updateCampaign(id: $id, input: $input) {\n      id\n      name\n    }\n  }\n"): (typeof documents)["\n  mutation Ops_UpdateCampaign($id: ID!, $input: UpdateCampaignInput!) {\n    updateCampaign(id: $id, input: $input) {\n      id\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Ops_DeleteCampaign($id: ID!) {\n    deleteCampaign(id: $id)\n  }\n"): (typeof documents)["\n  mutation Ops_DeleteCampaign($id: ID!) {\n    deleteCampaign(id: $id)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Ops_StartCampaign($id: ID!) {\n    startCampaign(id: $id) {\n      id\n      status\n    }\n  }\n"): (typeof documents)["\n  mutation Ops_StartCampaign($id: ID!) {\n    startCampaign(id: $id) {\n      id\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Ops_PauseCampaign($id: ID!) {\n    pauseCampaign(id: $id) {\n      id\n      status\n    }\n  }\n"): (typeof documents)["\n  mutation Ops_PauseCampaign($id: ID!) {\n    pauseCampaign(id: $id) {\n      id\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Ops_ResumeCampaign($id: ID!) {\n    resumeCampaign(id: $id) {\n      id\n      status\n    }\n  }\n"): (typeof documents)["\n  mutation Ops_ResumeCampaign($id: ID!) {\n    resumeCampaign(id: $id) {\n      id\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Ops_CancelCampaign($id: ID!) {\n    cancelCampaign(id: $id) {\n      id\n      status\n    }\n  }\n"): (typeof documents)["\n  mutation Ops_CancelCampaign($id: ID!) {\n    cancelCampaign(id: $id) {\n      id\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Ops_CampaignStatus($id: ID!) {\n    campaign(id: $id) {\n      id\n      status\n      error\n      note\n      startedAt\n      finishedAt\n      progress {\n        total\n        processed\n        succeeded\n        failed\n        percent\n      }\n    }\n  }\n"): (typeof documents)["\n  query Ops_CampaignStatus($id: ID!) {\n    campaign(id: $id) {\n      id\n      status\n      error\n      note\n      startedAt\n      finishedAt\n      progress {\n        total\n        processed\n        succeeded\n        failed\n        percent\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Ops_CampaignResults($id: ID!, $first: Int, $after: String, $status: CampaignResultStatus) {\n    campaign(id: $id) {\n      id\n      results(first: $first, after: $after, status: $status) {\n        edges {\n          cursor\n          node {\n            position\n            domain\n            status\n            records\n            httpStatus\n            matchedKeywords\n            error\n          }\n        }\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query Ops_CampaignResults($id: ID!, $first: Int, $after: String, $status: CampaignResultStatus) {\n    campaign(id: $id) {\n      id\n      results(first: $first, after: $after, status: $status) {\n        edges {\n          cursor\n          node {\n            position\n            domain\n            status\n            records\n            httpStatus\n            matchedKeywords\n            error\n          }\n        }\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Ops_Dashboard {\n    dashboard {\n      campaignsByStatus {\n        status\n        count\n      }\n      proxiesByHealth {\n        status\n        count\n      }\n      totals {\n        campaigns\n        proxies\n        proxyPools\n        personas\n        keywordSets\n      }\n    }\n  }\n"): (typeof documents)["\n  query Ops_Dashboard {\n    dashboard {\n      campaignsByStatus {\n        status\n        count\n      }\n      proxiesByHealth {\n        status\n        count\n      }\n      totals {\n        campaigns\n        proxies\n        proxyPools\n        personas\n        keywordSets\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Ops_MyNotifications($unreadOnly: Boolean) {\n    notifications(first: 50, unreadOnly: $unreadOnly) {\n      edges {\n        node {\n          id\n          kind\n          title\n          body\n          entityId\n          read\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query Ops_MyNotifications($unreadOnly: Boolean) {\n    notifications(first: 50, unreadOnly: $unreadOnly) {\n      edges {\n        node {\n          id\n          kind\n          title\n          body\n          entityId\n          read\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Ops_MarkNotificationRead($id: ID!) {\n    markNotificationRead(id: $id) {\n      id\n      read\n    }\n  }\n"): (typeof documents)["\n  mutation Ops_MarkNotificationRead($id: ID!) {\n    markNotificationRead(id: $id) {\n      id\n      read\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Ops_MarkAllNotificationsRead {\n    markAllNotificationsRead\n  }\n"): (typeof documents)["\n  mutation Ops_MarkAllNotificationsRead {\n    markAllNotificationsRead\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Ops_UpdateSettings($input: UpdateSettingsInput!) {\n    updateSettings(input: $input) {\n      id\n      progressPushPerSecond\n      proxyHealthCheckIntervalSeconds\n      workerConcurrency\n    }\n  }\n"): (typeof documents)["\n  mutation Ops_UpdateSettings($input: UpdateSettingsInput!) {\n    updateSettings(input: $input) {\n      id\n      progressPushPerSecond\n      proxyHealthCheckIntervalSeconds\n      workerConcurrency\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Ops_CreateHttpPersona($input: CreatePersonaInput!) {\n    createPersona(input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation Ops_CreateHttpPersona($input: CreatePersonaInput!) {\n    createPersona(input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Coverage_UpdateKeywordSet($id: ID!, $input: UpdateKeywordSetInput!) {\n    updateKeywordSet(id: $id, input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation Coverage_UpdateKeywordSet($id: ID!, $input: UpdateKeywordSetInput!) {\n    updateKeywordSet(id: $id, input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Coverage_DeleteKeywordSet($id: ID!) {\n    deleteKeywordSet(id: $id)\n  }\n"): (typeof documents)["\n  mutation Coverage_DeleteKeywordSet($id: ID!) {\n    deleteKeywordSet(id: $id)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Coverage_DuplicateCampaign($id: ID!) {\n    duplicateCampaign(id: $id) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation Coverage_DuplicateCampaign($id: ID!) {\n    duplicateCampaign(id: $id) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Coverage_UpdateSettings($input: UpdateSettingsInput!) {\n    updateSettings(input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation Coverage_UpdateSettings($input: UpdateSettingsInput!) {\n    updateSettings(input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Coverage_CreateApiKey($input: CreateApiKeyInput!) {\n    createApiKey(input: $input) {\n      apiKey {\n        id\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation Coverage_CreateApiKey($input: CreateApiKeyInput!) {\n    createApiKey(input: $input) {\n      apiKey {\n        id\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Coverage_RevokeApiKey($id: ID!) {\n    revokeApiKey(id: $id) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation Coverage_RevokeApiKey($id: ID!) {\n    revokeApiKey(id: $id) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Coverage_CreateWebhook($input: CreateWebhookInput!) {\n    createWebhook(input: $input) {\n      webhook {\n        id\n        cursor\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation Coverage_CreateWebhook($input: CreateWebhookInput!) {\n    createWebhook(input: $input) {\n      webhook {\n        id\n        cursor\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Coverage_UpdateWebhook($id: ID!, $input: UpdateWebhookInput!) {\n    updateWebhook(id: $id, input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation Coverage_UpdateWebhook($id: ID!, $input: UpdateWebhookInput!) {\n    updateWebhook(id: $id, input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Coverage_DeleteWebhook($id: ID!) {\n    deleteWebhook(id: $id)\n  }\n"): (typeof documents)["\n  mutation Coverage_DeleteWebhook($id: ID!) {\n    deleteWebhook(id: $id)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Coverage_PingWebhook($id: ID!) {\n    pingWebhook(id: $id) {\n      status\n    }\n  }\n"): (typeof documents)["\n  mutation Coverage_PingWebhook($id: ID!) {\n    pingWebhook(id: $id) {\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Coverage_ReplayWebhook($id: ID!, $after: String!) {\n    replayWebhook(id: $id, after: $after) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation Coverage_ReplayWebhook($id: ID!, $after: String!) {\n    replayWebhook(id: $id, after: $after) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RateLimit_Me {\n    me {\n      id\n    }\n  }\n"): (typeof documents)["\n  query RateLimit_Me {\n    me {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ScaleOut_CreateKey($input: CreateApiKeyInput!) {\n    createApiKey(input: $input) {\n      secret\n      apiKey {\n        id\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation ScaleOut_CreateKey($input: CreateApiKeyInput!) {\n    createApiKey(input: $input) {\n      secret\n      apiKey {\n        id\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ScaleOut_RevokeKey($id: ID!) {\n    revokeApiKey(id: $id) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation ScaleOut_RevokeKey($id: ID!) {\n    revokeApiKey(id: $id) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ScaleOut_KeyUsage {\n    apiKeys {\n      id\n      usage {\n        requests\n        subscriptions\n      }\n    }\n  }\n"): (typeof documents)["\n  query ScaleOut_KeyUsage {\n    apiKeys {\n      id\n      usage {\n        requests\n        subscriptions\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription ScaleOut_StreamHealth {\n    streamHealth {\n      instance\n      webSocketClients\n    }\n  }\n"): (typeof documents)["\n  subscription ScaleOut_StreamHealth {\n    streamHealth {\n      instance\n      webSocketClients\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Seed_SignIn($input: SignInInput!) {\n    signIn(input: $input) {\n      token\n      user {\n        id\n        role\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation Seed_SignIn($input: SignInInput!) {\n    signIn(input: $input) {\n      token\n      user {\n        id\n        role\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Seed_Workspace {\n    personas {\n      edges {\n        node {\n          kind\n        }\n      }\n    }\n    keywordSets {\n      edges {\n        node {\n          id\n        }\n      }\n    }\n    proxyPools {\n      edges {\n        node {\n          proxies {\n            name\n          }\n        }\n      }\n    }\n    connections(status: ACCEPTED) {\n      id\n    }\n    chats {\n      id\n      unreadCount\n    }\n    feed {\n      edges {\n        node {\n          commentCount\n        }\n      }\n    }\n    campaigns {\n      edges {\n        node {\n          id\n          kind\n          status\n          source {\n            id\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query Seed_Workspace {\n    personas {\n      edges {\n        node {\n          kind\n        }\n      }\n    }\n    keywordSets {\n      edges {\n        node {\n          id\n        }\n      }\n    }\n    proxyPools {\n      edges {\n        node {\n          proxies {\n            name\n          }\n        }\n      }\n    }\n    connections(status: ACCEPTED) {\n      id\n    }\n    chats {\n      id\n      unreadCount\n    }\n    feed {\n      edges {\n        node {\n          commentCount\n        }\n      }\n    }\n    campaigns {\n      edges {\n        node {\n          id\n          kind\n          status\n          source {\n            id\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Shutdown_SignUp($input: SignUpInput!) {\n    signUp(input: $input) {\n      token\n    }\n  }\n"): (typeof documents)["\n  mutation Shutdown_SignUp($input: SignUpInput!) {\n    signUp(input: $input) {\n      token\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Social_SendConnectionRequest($userId: ID!) {\n    sendConnectionRequest(userId: $userId) {\n      id\n      status\n    }\n  }\n"): (typeof documents)["\n  mutation Social_SendConnectionRequest($userId: ID!) {\n    sendConnectionRequest(userId: $userId) {\n      id\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Social_AcceptConnectionRequest($id: ID!) {\n    acceptConnectionRequest(id: $id) {\n      id\n      status\n    }\n  }\n"): (typeof documents)["\n  mutation Social_AcceptConnectionRequest($id: ID!) {\n    acceptConnectionRequest(id: $id) {\n      id\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Social_DeclineConnectionRequest($id: ID!) {\n    declineConnectionRequest(id: $id)\n  }\n"): (typeof documents)["\n  mutation Social_DeclineConnectionRequest($id: ID!) {\n    declineConnectionRequest(id: $id)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Social_CancelConnectionRequest($id: ID!) {\n    cancelConnectionRequest(id: $id)\n  }\n"): (typeof documents)["\n  mutation Social_CancelConnectionRequest($id: ID!) {\n    cancelConnectionRequest(id: $id)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Social_RemoveConnection($id: ID!) {\n    removeConnection(id: $id)\n  }\n"): (typeof documents)["\n  mutation Social_RemoveConnection($id: ID!) {\n    removeConnection(id: $id)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Social_CreateChat($input: CreateChatInput!) {\n    createChat(input: $input) {\n      id\n      kind\n    }\n  }\n"): (typeof documents)["\n  mutation Social_CreateChat($input: CreateChatInput!) {\n    createChat(input: $input) {\n      id\n      kind\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Social_SendMessage($chatId: ID!, $body: String!) {\n    sendMessage(chatId: $chatId, body: $body) {\n      id\n      body\n    }\n  }\n"): (typeof documents)["\n  mutation Social_SendMessage($chatId: ID!, $body: String!) {\n    sendMessage(chatId: $chatId, body: $body) {\n      id\n      body\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Social_EditMessage($id: ID!, $body: String!) {\n    editMessage(id: $id, body: $body) {\n      id\n      body\n      edited\n    }\n  }\n"): (typeof documents)["\n  mutation Social_EditMessage($id: ID!, $body: String!) {\n    editMessage(id: $id, body: $body) {\n      id\n      body\n      edited\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Social_DeleteMessage($id: ID!) {\n    deleteMessage(id: $id) {\n      id\n      body\n      deleted\n    }\n  }\n"): (typeof documents)["\n  mutation Social_DeleteMessage($id: ID!) {\n    deleteMessage(id: $id) {\n      id\n      body\n      deleted\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Social_MarkChatRead($chatId: ID!, $messageId: ID!) {\n    markChatRead(chatId: $chatId, messageId: $messageId) {\n      id\n      unreadCount\n    }\n  }\n"): (typeof documents)["\n  mutation Social_MarkChatRead($chatId: ID!, $messageId: ID!) {\n    markChatRead(chatId: $chatId, messageId: $messageId) {\n      id\n      unreadCount\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Social_SetTyping($chatId: ID!, $typing: Boolean!) {\n    setTyping(chatId: $chatId, typing: $typing)\n  }\n"): (typeof documents)["\n  mutation Social_SetTyping($chatId: ID!, $typing: Boolean!) {\n    setTyping(chatId: $chatId, typing: $typing)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Social_CreatePost($body: String!) {\n    createPost(body: $body) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation Social_CreatePost($body: String!) {\n    createPost(body: $body) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Social_UpdatePost($id: ID!, $body: String!) {\n    updatePost(id: $id, body: $body) {\n      id\n      body\n    }\n  }\n"): (typeof documents)["\n  mutation Social_UpdatePost($id: ID!, $body: String!) {\n    updatePost(id: $id, body: $body) {\n      id\n      body\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Social_DeletePost($id: ID!) {\n    deletePost(id: $id)\n  }\n"): (typeof documents)["\n  mutation Social_DeletePost($id: ID!) {\n    deletePost(id: $id)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Social_AddComment($postId: ID!, $body: String!) {\n    addComment(postId: $postId, body: $body) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation Social_AddComment($postId: ID!, $body: String!) {\n    addComment(postId: $postId, body: $body) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Social_DeleteComment($id: ID!) {\n    deleteComment(id: $id)\n  }\n"): (typeof documents)["\n  mutation Social_DeleteComment($id: ID!) {\n    deleteComment(id: $id)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription Social_Changes($after: String, $topics: [ChangeTopic!]) {\n    changes(after: $after, topics: $topics) {\n      __typename\n      cursor\n      op\n      entityId\n      ... on ConnectionChange {\n        connection {\n          id\n          status\n          requester {\n            id\n          }\n          addressee {\n            id\n          }\n        }\n      }\n      ... on ChatChange {\n        chat {\n          id\n          unreadCount\n          lastMessage {\n            id\n          }\n        }\n      }\n      ... on MessageChange {\n        message {\n          id\n          chatId\n          body\n          deleted\n          author {\n            id\n          }\n        }\n      }\n      ... on PostChange {\n        post {\n          id\n          body\n          commentCount\n          author {\n            id\n          }\n        }\n      }\n      ... on CommentChange {\n        comment {\n          id\n          postId\n          body\n        }\n      }\n      ... on NotificationChange {\n        notification {\n          id\n          kind\n          read\n          entityId\n        }\n      }\n      ... on CountsChange {\n        counts {\n          id\n          unreadMessages\n          unreadNotifications\n          incomingConnectionRequests\n        }\n      }\n      ... on UserChange {\n        user {\n          id\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  subscription Social_Changes($after: String, $topics: [ChangeTopic!]) {\n    changes(after: $after, topics: $topics) {\n      __typename\n      cursor\n      op\n      entityId\n      ... on ConnectionChange {\n        connection {\n          id\n          status\n          requester {\n            id\n          }\n          addressee {\n            id\n          }\n        }\n      }\n      ... on ChatChange {\n        chat {\n          id\n          unreadCount\n          lastMessage {\n            id\n          }\n        }\n      }\n      ... on MessageChange {\n        message {\n          id\n          chatId\n          body\n          deleted\n          author {\n            id\n          }\n        }\n      }\n      ... on PostChange {\n        post {\n          id\n          body\n          commentCount\n          author {\n            id\n          }\n        }\n      }\n      ... on CommentChange {\n        comment {\n          id\n          postId\n          body\n        }\n      }\n      ... on NotificationChange {\n        notification {\n          id\n          kind\n          read\n          entityId\n        }\n      }\n      ... on CountsChange {\n        counts {\n          id\n          unreadMessages\n          unreadNotifications\n          incomingConnectionRequests\n        }\n      }\n      ... on UserChange {\n        user {\n          id\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription Social_Typing($chatId: ID!) {\n    typing(chatId: $chatId) {\n      chatId\n      typing\n      at\n      expiresAt\n      user {\n        id\n      }\n    }\n  }\n"): (typeof documents)["\n  subscription Social_Typing($chatId: ID!) {\n    typing(chatId: $chatId) {\n      chatId\n      typing\n      at\n      expiresAt\n      user {\n        id\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription Social_Presence {\n    presence {\n      online\n      at\n      lastSeenAt\n      user {\n        id\n      }\n    }\n  }\n"): (typeof documents)["\n  subscription Social_Presence {\n    presence {\n      online\n      at\n      lastSeenAt\n      user {\n        id\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Social_State {\n    me {\n      id\n      counts {\n        unreadMessages\n        unreadNotifications\n        incomingConnectionRequests\n      }\n    }\n    chats {\n      id\n      unreadCount\n    }\n    connections {\n      id\n      status\n      user {\n        id\n      }\n    }\n    notifications(first: 100) {\n      edges {\n        node {\n          id\n          read\n        }\n      }\n    }\n    feed(first: 100) {\n      edges {\n        node {\n          id\n          body\n          commentCount\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query Social_State {\n    me {\n      id\n      counts {\n        unreadMessages\n        unreadNotifications\n        incomingConnectionRequests\n      }\n    }\n    chats {\n      id\n      unreadCount\n    }\n    connections {\n      id\n      status\n      user {\n        id\n      }\n    }\n    notifications(first: 100) {\n      edges {\n        node {\n          id\n          read\n        }\n      }\n    }\n    feed(first: 100) {\n      edges {\n        node {\n          id\n          body\n          commentCount\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Social_ChatThread($id: ID!, $last: Int, $before: String) {\n    chat(id: $id) {\n      id\n      kind\n      unreadCount\n      members {\n        id\n        online\n      }\n      messages(last: $last, before: $before) {\n        edges {\n          cursor\n          node {\n            id\n            body\n            deleted\n            edited\n          }\n        }\n        pageInfo {\n          hasPreviousPage\n          startCursor\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query Social_ChatThread($id: ID!, $last: Int, $before: String) {\n    chat(id: $id) {\n      id\n      kind\n      unreadCount\n      members {\n        id\n        online\n      }\n      messages(last: $last, before: $before) {\n        edges {\n          cursor\n          node {\n            id\n            body\n            deleted\n            edited\n          }\n        }\n        pageInfo {\n          hasPreviousPage\n          startCursor\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Social_UserPresence($search: String) {\n    users(search: $search) {\n      id\n      online\n      lastSeenAt\n    }\n  }\n"): (typeof documents)["\n  query Social_UserPresence($search: String) {\n    users(search: $search) {\n      id\n      online\n      lastSeenAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Social_SignOut {\n    signOut\n  }\n"): (typeof documents)["\n  mutation Social_SignOut {\n    signOut\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ThirdParties_CreateKey($input: CreateApiKeyInput!) {\n    createApiKey(input: $input) {\n      secret\n    }\n  }\n"): (typeof documents)["\n  mutation ThirdParties_CreateKey($input: CreateApiKeyInput!) {\n    createApiKey(input: $input) {\n      secret\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      query ThirdParties_Node($id: ID!) {\n        node(id: $id) {\n          __typename\n          id\n        }\n      }\n    "): (typeof documents)["\n      query ThirdParties_Node($id: ID!) {\n        node(id: $id) {\n          __typename\n          id\n        }\n      }\n    "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Webhooks_CreateKey($input: CreateApiKeyInput!) {\n    createApiKey(input: $input) {\n      apiKey {\n        id\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation Webhooks_CreateKey($input: CreateApiKeyInput!) {\n    createApiKey(input: $input) {\n      apiKey {\n        id\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Webhooks_Create($input: CreateWebhookInput!) {\n    createWebhook(input: $input) {\n      secret\n      webhook {\n        id\n        cursor\n        enabled\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation Webhooks_Create($input: CreateWebhookInput!) {\n    createWebhook(input: $input) {\n      secret\n      webhook {\n        id\n        cursor\n        enabled\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Webhooks_Update($id: ID!, $input: UpdateWebhookInput!) {\n    updateWebhook(id: $id, input: $input) {\n      id\n      enabled\n    }\n  }\n"): (typeof documents)["\n  mutation Webhooks_Update($id: ID!, $input: UpdateWebhookInput!) {\n    updateWebhook(id: $id, input: $input) {\n      id\n      enabled\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Webhooks_Replay($id: ID!, $after: String!) {\n    replayWebhook(id: $id, after: $after) {\n      id\n      cursor\n    }\n  }\n"): (typeof documents)["\n  mutation Webhooks_Replay($id: ID!, $after: String!) {\n    replayWebhook(id: $id, after: $after) {\n      id\n      cursor\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Webhooks_Ping($id: ID!) {\n    pingWebhook(id: $id) {\n      status\n      responseStatus\n    }\n  }\n"): (typeof documents)["\n  mutation Webhooks_Ping($id: ID!) {\n    pingWebhook(id: $id) {\n      status\n      responseStatus\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Webhooks_Deliveries {\n    webhooks {\n      id\n      cursor\n      failingSince\n      deliveries(first: 50) {\n        edges {\n          node {\n            cursor\n            status\n            responseStatus\n            attempt\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query Webhooks_Deliveries {\n    webhooks {\n      id\n      cursor\n      failingSince\n      deliveries(first: 50) {\n        edges {\n          node {\n            cursor\n            status\n            responseStatus\n            attempt\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Webhooks_Delete($id: ID!) {\n    deleteWebhook(id: $id)\n  }\n"): (typeof documents)["\n  mutation Webhooks_Delete($id: ID!) {\n    deleteWebhook(id: $id)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Webhooks_State {\n    webhooks {\n      id\n      enabled\n      disabledReason\n    }\n  }\n"): (typeof documents)["\n  query Webhooks_State {\n    webhooks {\n      id\n      enabled\n      disabledReason\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Webhooks_Notifications {\n    notifications(first: 20) {\n      edges {\n        node {\n          kind\n          entityId\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query Webhooks_Notifications {\n    notifications(first: 20) {\n      edges {\n        node {\n          kind\n          entityId\n        }\n      }\n    }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;