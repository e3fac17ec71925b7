import { useEffect, useState } from 'react';
import { useClient, useSubscription } from 'urql';
import { graphql } from '../../gql';

const LiveChanges_Cursor = graphql(`
  query LiveChanges_Cursor {
    changeCursor
  }
`);

/**
 * The one change stream of a session. Each page owns a fragment of what it shows and it is spread
 * here, so a change carries exactly what the page needs and the cache is written from it
 * (urql/cache.ts) without a request. A page that adds a field adds it to its fragment: nothing here.
 */
export const LiveChanges_Stream = graphql(`
  subscription LiveChanges_Stream($after: String) {
    changes(after: $after) {
      __typename
      cursor
      op
      entityId
      ... on PersonaChange { persona { ...PersonasPage_Persona } }
      ... on KeywordSetChange { keywordSet { ...KeywordSetsPage_KeywordSet } }
      ... on ProxyChange { proxy { ...ProxiesPage_Proxy } }
      ... on ProxyPoolChange { proxyPool { ...ProxiesPage_Pool } }
      ... on CampaignChange { campaign { ...CampaignsPage_Campaign ...CampaignDetailPage_Detail } }
      ... on ActivityChange { activity { ...DashboardPage_Activity } }
      ... on DashboardChange { dashboard { ...DashboardPage_Dashboard } }
      ... on SettingsChange {
        settings { id workerConcurrency proxyHealthCheckIntervalSeconds progressPushPerSecond changeRetentionHours version }
      }
      ... on NotificationChange { notification { ...NotificationsPage_Notification } }
      ... on CountsChange { counts { id unreadMessages unreadNotifications incomingConnectionRequests } }
      ... on ConnectionChange { connection { ...ConnectionsPage_Connection } }
      ... on ChatChange { chat { ...ChatsPage_Chat } }
      ... on MessageChange { message { ...ChatsPage_Message } }
      ... on PostChange { post { ...FeedPage_Post } }
      ... on CommentChange { comment { ...FeedPage_Comment } }
      ... on UserChange { user { ...MembersPage_Member } }
      ... on InvitationChange { invitation { ...MembersPage_Invitation } }
      ... on ApiKeyChange { apiKey { ...ApiKeysPage_Key } }
      ... on WebhookChange { webhook { ...WebhooksSection_Webhook } }
    }
  }
`);

/**
 * Reads the log head first, then subscribes after it: whatever the pages load next is at least that
 * new, and anything committed in between arrives on the stream. Reconnects resume after the last
 * cursor (see urql/client.ts).
 */
export function LiveChanges() {
  const client = useClient();
  const [after, setAfter] = useState<string | null>(null);
  useEffect(() => {
    void client
      .query(LiveChanges_Cursor, {}, { requestPolicy: 'network-only' })
      .toPromise()
      .then((result) => setAfter(result.data?.changeCursor ?? '0'));
  }, [client]);
  useSubscription({ query: LiveChanges_Stream, variables: { after }, pause: after === null });
  return null;
}
