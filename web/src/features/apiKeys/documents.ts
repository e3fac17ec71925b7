import { graphql } from '../../gql';

// Apart from the page, so the cache and the change stream use them without loading the page's chart library.

/** What this page shows of a key, usage included; the change stream carries the same (features/live). */
export const ApiKeysPage_Key = graphql(`
  fragment ApiKeysPage_Key on ApiKey {
    id name prefix createdAt lastUsedAt expiresAt revokedAt trustedDocumentsOnly
    capabilities { read write topics entityIds }
    usage {
      requests subscriptions deliveries bytes cutOffs
      perMinute { at requests deliveries }
    }
  }
`);

export const ApiKeysPage_List = graphql(`
  query ApiKeysPage_List {
    apiKeys { ...ApiKeysPage_Key }
  }
`);

/** What the webhooks section shows of an endpoint, its latest deliveries included; the stream carries the same. */
export const WebhooksSection_Webhook = graphql(`
  fragment WebhooksSection_Webhook on Webhook {
    id url query topics entityIds enabled disabledReason cursor failingSince version
    apiKey { id name }
    deliveries(first: 20) {
      edges { node { id cursor attempt status responseStatus durationMs error at } }
    }
  }
`);

export const WebhooksSection_List = graphql(`
  query WebhooksSection_List {
    webhooks { ...WebhooksSection_Webhook }
  }
`);
