import { graphql } from './gql/index.js';

/** Documents for the operations console tests (proxies, pools, campaigns, dashboard). */

export const CreateProxy = graphql(`
  mutation Ops_CreateProxy($input: CreateProxyInput!) {
    createProxy(input: $input) {
      id
      name
      username
      hasPassword
      health {
        status
      }
    }
  }
`);

export const UpdateProxy = graphql(`
  mutation Ops_UpdateProxy($id: ID!, $input: UpdateProxyInput!) {
    updateProxy(id: $id, input: $input) {
      id
      hasPassword
      health {
        status
      }
    }
  }
`);

export const DeleteProxy = graphql(`
  mutation Ops_DeleteProxy($id: ID!) {
    deleteProxy(id: $id)
  }
`);

export const CheckProxy = graphql(`
  mutation Ops_CheckProxy($id: ID!) {
    checkProxy(id: $id) {
      id
      health {
        status
        latencyMs
        checkedAt
        error
      }
    }
  }
`);

export const ProxyDetails = graphql(`
  query Ops_ProxyDetails($id: ID!) {
    proxy(id: $id) {
      id
      name
      protocol
      host
      port
      username
      hasPassword
      enabled
      version
      pool {
        id
        name
      }
      health {
        status
        latencyMs
        checkedAt
        error
      }
    }
  }
`);

export const CreateProxyPool = graphql(`
  mutation Ops_CreateProxyPool($input: CreateProxyPoolInput!) {
    createProxyPool(input: $input) {
      id
      name
      strategy
    }
  }
`);

export const UpdateProxyPool = graphql(`
  mutation Ops_UpdateProxyPool($id: ID!, $input: UpdateProxyPoolInput!) {
    updateProxyPool(id: $id, input: $input) {
      id
      strategy
    }
  }
`);

export const DeleteProxyPool = graphql(`
  mutation Ops_DeleteProxyPool($id: ID!) {
    deleteProxyPool(id: $id)
  }
`);

export const AddProxyToPool = graphql(`
  mutation Ops_AddProxyToPool($poolId: ID!, $proxyId: ID!) {
    addProxyToPool(poolId: $poolId, proxyId: $proxyId) {
      id
      proxies {
        id
      }
    }
  }
`);

export const RemoveProxyFromPool = graphql(`
  mutation Ops_RemoveProxyFromPool($poolId: ID!, $proxyId: ID!) {
    removeProxyFromPool(poolId: $poolId, proxyId: $proxyId) {
      id
      proxies {
        id
      }
    }
  }
`);

export const OpsChanges = graphql(`
  subscription Ops_Changes($after: String, $topics: [ChangeTopic!]) {
    changes(after: $after, topics: $topics) {
      __typename
      cursor
      op
      entityId
      at
      ... on ProxyChange {
        proxy {
          id
          username
          hasPassword
          health {
            status
            latencyMs
            error
          }
        }
      }
      ... on ProxyPoolChange {
        proxyPool {
          id
          strategy
          proxies {
            id
          }
        }
      }
      ... on CampaignChange {
        campaign {
          id
          status
          error
          startedAt
          finishedAt
          progress {
            total
            processed
            succeeded
            failed
            percent
          }
        }
      }
      ... on DashboardChange {
        dashboard {
          campaignsByStatus {
            status
            count
          }
          proxiesByHealth {
            status
            count
          }
          totals {
            campaigns
            proxies
            proxyPools
            personas
            keywordSets
          }
        }
      }
      ... on NotificationChange {
        notification {
          id
          kind
          title
          entityId
          read
        }
      }
      ... on ActivityChange {
        activity {
          summary
          entityId
        }
      }
    }
  }
`);

export const CreateCampaign = graphql(`
  mutation Ops_CreateCampaign($input: CreateCampaignInput!) {
    createCampaign(input: $input) {
      id
      name
      status
      progress {
        total
      }
    }
  }
`);

export const UpdateCampaign = graphql(`
  mutation Ops_UpdateCampaign($id: ID!, $input: UpdateCampaignInput!) {
    updateCampaign(id: $id, input: $input) {
      id
      name
    }
  }
`);

export const DeleteCampaign = graphql(`
  mutation Ops_DeleteCampaign($id: ID!) {
    deleteCampaign(id: $id)
  }
`);

export const StartCampaign = graphql(`
  mutation Ops_StartCampaign($id: ID!) {
    startCampaign(id: $id) {
      id
      status
    }
  }
`);

export const PauseCampaign = graphql(`
  mutation Ops_PauseCampaign($id: ID!) {
    pauseCampaign(id: $id) {
      id
      status
    }
  }
`);

export const ResumeCampaign = graphql(`
  mutation Ops_ResumeCampaign($id: ID!) {
    resumeCampaign(id: $id) {
      id
      status
    }
  }
`);

export const CancelCampaign = graphql(`
  mutation Ops_CancelCampaign($id: ID!) {
    cancelCampaign(id: $id) {
      id
      status
    }
  }
`);

export const CampaignStatus = graphql(`
  query Ops_CampaignStatus($id: ID!) {
    campaign(id: $id) {
      id
      status
      error
      note
      startedAt
      finishedAt
      progress {
        total
        processed
        succeeded
        failed
        percent
      }
    }
  }
`);

export const CampaignResults = graphql(`
  query Ops_CampaignResults($id: ID!, $first: Int, $after: String, $status: CampaignResultStatus) {
    campaign(id: $id) {
      id
      results(first: $first, after: $after, status: $status) {
        edges {
          cursor
          node {
            position
            domain
            status
            records
            httpStatus
            matchedKeywords
            error
          }
        }
        pageInfo {
          hasNextPage
          endCursor
        }
      }
    }
  }
`);

export const Dashboard = graphql(`
  query Ops_Dashboard {
    dashboard {
      campaignsByStatus {
        status
        count
      }
      proxiesByHealth {
        status
        count
      }
      totals {
        campaigns
        proxies
        proxyPools
        personas
        keywordSets
      }
    }
  }
`);

export const MyNotifications = graphql(`
  query Ops_MyNotifications($unreadOnly: Boolean) {
    notifications(first: 50, unreadOnly: $unreadOnly) {
      edges {
        node {
          id
          kind
          title
          body
          entityId
          read
        }
      }
    }
  }
`);

export const MarkNotificationRead = graphql(`
  mutation Ops_MarkNotificationRead($id: ID!) {
    markNotificationRead(id: $id) {
      id
      read
    }
  }
`);

export const MarkAllNotificationsRead = graphql(`
  mutation Ops_MarkAllNotificationsRead {
    markAllNotificationsRead
  }
`);

export const UpdateSettings = graphql(`
  mutation Ops_UpdateSettings($input: UpdateSettingsInput!) {
    updateSettings(input: $input) {
      id
      progressPushPerSecond
      proxyHealthCheckIntervalSeconds
      workerConcurrency
    }
  }
`);

export const CreateHttpPersona = graphql(`
  mutation Ops_CreateHttpPersona($input: CreatePersonaInput!) {
    createPersona(input: $input) {
      id
    }
  }
`);
