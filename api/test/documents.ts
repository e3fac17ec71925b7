import { graphql } from './gql/index.js';

/** Documents shared by several test files. */

export const ChangesSubscription = graphql(`
  subscription Test_Changes($after: String, $topics: [ChangeTopic!]) {
    changes(after: $after, topics: $topics) {
      __typename
      cursor
      op
      entityId
      ... on PersonaChange {
        persona {
          id
          name
          version
        }
      }
      ... on KeywordSetChange {
        keywordSet {
          id
          name
        }
      }
      ... on ActivityChange {
        activity {
          summary
          entityId
        }
      }
      ... on SettingsChange {
        settings {
          progressPushPerSecond
        }
      }
      ... on UserChange {
        user {
          id
          displayName
        }
      }
    }
  }
`);

export const CreatePersona = graphql(`
  mutation Test_CreatePersona($input: CreatePersonaInput!) {
    createPersona(input: $input) {
      id
      name
      version
    }
  }
`);

export const UpdatePersona = graphql(`
  mutation Test_UpdatePersona($id: ID!, $input: UpdatePersonaInput!) {
    updatePersona(id: $id, input: $input) {
      id
      name
      version
    }
  }
`);

export const DeletePersona = graphql(`
  mutation Test_DeletePersona($id: ID!) {
    deletePersona(id: $id)
  }
`);

export const CreateKeywordSet = graphql(`
  mutation Test_CreateKeywordSet($input: CreateKeywordSetInput!) {
    createKeywordSet(input: $input) {
      id
      name
    }
  }
`);

export const dnsPersona = (name: string) => ({
  kind: 'DNS' as const,
  name,
  dns: { resolvers: ['127.0.0.1:5353'] },
});
