import { useEffect, useState } from 'react';
import { useClient, useSubscription } from 'urql';
import { graphql } from '../../gql';

const LiveChanges_Cursor = graphql(`
  query LiveChanges_Cursor {
    changeCursor
  }
`);

/** The one change stream of a session: every field a page shows, so the cache updates in place. */
const LiveChanges_Stream = graphql(`
  subscription LiveChanges_Stream($after: String) {
    changes(after: $after) {
      __typename
      cursor
      op
      entityId
      ... on PersonaChange {
        persona { id name kind description enabled version updatedAt }
      }
      ... on KeywordSetChange {
        keywordSet { id name description enabled version rules { pattern kind caseSensitive } }
      }
      ... on ProxyChange {
        proxy { id name protocol host port username hasPassword enabled version pool { id name } health { status latencyMs checkedAt error } }
      }
      ... on ProxyPoolChange {
        proxyPool { id name strategy version proxies { id name health { status latencyMs } } }
      }
      ... on CampaignChange {
        campaign {
          id name kind status error startedAt finishedAt version
          progress { total processed succeeded failed percent }
        }
      }
      ... on ActivityChange {
        activity { id at verb summary entityType entityId actor { id displayName } }
      }
      ... on DashboardChange {
        dashboard {
          id
          campaignsByStatus { status count }
          proxiesByHealth { status count }
          totals { campaigns proxies proxyPools personas keywordSets }
        }
      }
      ... on SettingsChange {
        settings { id workerConcurrency proxyHealthCheckIntervalSeconds progressPushPerSecond changeRetentionHours version }
      }
      ... on NotificationChange {
        notification { id kind title body read createdAt entityType entityId }
      }
      ... on CountsChange {
        counts { id unreadMessages unreadNotifications incomingConnectionRequests }
      }
      ... on ConnectionChange {
        connection { id status createdAt user { id displayName } }
      }
      ... on ChatChange {
        chat { id title kind unreadCount lastMessageAt lastMessage { id body deleted author { id displayName } } }
      }
      ... on MessageChange {
        message { id chatId body deleted edited createdAt author { id displayName } }
      }
      ... on PostChange {
        post { id body edited commentCount updatedAt author { id displayName } }
      }
      ... on CommentChange {
        comment { id postId body createdAt author { id displayName } }
      }
      ... on UserChange {
        user { id displayName }
      }
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
