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
    "\n  query Auth_Me {\n    me {\n      id\n      email\n      role\n    }\n  }\n": typeof types.Auth_MeDocument,
    "\n  mutation Auth_SignIn($input: SignInInput!) {\n    signIn(input: $input) {\n      token\n      user {\n        id\n        email\n      }\n    }\n  }\n": typeof types.Auth_SignInDocument,
    "\n  mutation Auth_SignOut {\n    signOut\n  }\n": typeof types.Auth_SignOutDocument,
    "\n  mutation Auth_SignUp($input: SignUpInput!) {\n    signUp(input: $input) {\n      user {\n        role\n      }\n    }\n  }\n": typeof types.Auth_SignUpDocument,
    "\n  query BadInput_Persona($id: ID!) {\n    persona(id: $id) {\n      id\n    }\n  }\n": typeof types.BadInput_PersonaDocument,
    "\n  mutation BadInput_UpdateSettings($input: UpdateSettingsInput!) {\n    updateSettings(input: $input) {\n      progressPushPerSecond\n    }\n  }\n": typeof types.BadInput_UpdateSettingsDocument,
    "\n  subscription Test_Changes($after: String, $topics: [ChangeTopic!]) {\n    changes(after: $after, topics: $topics) {\n      __typename\n      cursor\n      op\n      entityId\n      ... on PersonaChange {\n        persona {\n          id\n          name\n          version\n        }\n      }\n      ... on KeywordSetChange {\n        keywordSet {\n          id\n          name\n        }\n      }\n      ... on ActivityChange {\n        activity {\n          summary\n          entityId\n        }\n      }\n      ... on SettingsChange {\n        settings {\n          progressPushPerSecond\n        }\n      }\n      ... on UserChange {\n        user {\n          id\n          displayName\n        }\n      }\n    }\n  }\n": typeof types.Test_ChangesDocument,
    "\n  mutation Test_CreatePersona($input: CreatePersonaInput!) {\n    createPersona(input: $input) {\n      id\n      name\n      version\n    }\n  }\n": typeof types.Test_CreatePersonaDocument,
    "\n  mutation Test_UpdatePersona($id: ID!, $input: UpdatePersonaInput!) {\n    updatePersona(id: $id, input: $input) {\n      id\n      name\n      version\n    }\n  }\n": typeof types.Test_UpdatePersonaDocument,
    "\n  mutation Test_DeletePersona($id: ID!) {\n    deletePersona(id: $id)\n  }\n": typeof types.Test_DeletePersonaDocument,
    "\n  mutation Test_CreateKeywordSet($input: CreateKeywordSetInput!) {\n    createKeywordSet(input: $input) {\n      id\n      name\n    }\n  }\n": typeof types.Test_CreateKeywordSetDocument,
    "\n  mutation Harness_SignUp($input: SignUpInput!) {\n    signUp(input: $input) {\n      token\n      user {\n        id\n      }\n    }\n  }\n": typeof types.Harness_SignUpDocument,
    "\n  query Harness_ChangeCursor {\n    changeCursor\n  }\n": typeof types.Harness_ChangeCursorDocument,
    "\n  mutation Coverage_UpdateKeywordSet($id: ID!, $input: UpdateKeywordSetInput!) {\n    updateKeywordSet(id: $id, input: $input) {\n      id\n    }\n  }\n": typeof types.Coverage_UpdateKeywordSetDocument,
    "\n  mutation Coverage_DeleteKeywordSet($id: ID!) {\n    deleteKeywordSet(id: $id)\n  }\n": typeof types.Coverage_DeleteKeywordSetDocument,
    "\n  mutation Coverage_UpdateSettings($input: UpdateSettingsInput!) {\n    updateSettings(input: $input) {\n      id\n    }\n  }\n": typeof types.Coverage_UpdateSettingsDocument,
    "\n  query RateLimit_Me {\n    me {\n      id\n    }\n  }\n": typeof types.RateLimit_MeDocument,
};
const documents: Documents = {
    "\n  query Auth_Me {\n    me {\n      id\n      email\n      role\n    }\n  }\n": types.Auth_MeDocument,
    "\n  mutation Auth_SignIn($input: SignInInput!) {\n    signIn(input: $input) {\n      token\n      user {\n        id\n        email\n      }\n    }\n  }\n": types.Auth_SignInDocument,
    "\n  mutation Auth_SignOut {\n    signOut\n  }\n": types.Auth_SignOutDocument,
    "\n  mutation Auth_SignUp($input: SignUpInput!) {\n    signUp(input: $input) {\n      user {\n        role\n      }\n    }\n  }\n": types.Auth_SignUpDocument,
    "\n  query BadInput_Persona($id: ID!) {\n    persona(id: $id) {\n      id\n    }\n  }\n": types.BadInput_PersonaDocument,
    "\n  mutation BadInput_UpdateSettings($input: UpdateSettingsInput!) {\n    updateSettings(input: $input) {\n      progressPushPerSecond\n    }\n  }\n": types.BadInput_UpdateSettingsDocument,
    "\n  subscription Test_Changes($after: String, $topics: [ChangeTopic!]) {\n    changes(after: $after, topics: $topics) {\n      __typename\n      cursor\n      op\n      entityId\n      ... on PersonaChange {\n        persona {\n          id\n          name\n          version\n        }\n      }\n      ... on KeywordSetChange {\n        keywordSet {\n          id\n          name\n        }\n      }\n      ... on ActivityChange {\n        activity {\n          summary\n          entityId\n        }\n      }\n      ... on SettingsChange {\n        settings {\n          progressPushPerSecond\n        }\n      }\n      ... on UserChange {\n        user {\n          id\n          displayName\n        }\n      }\n    }\n  }\n": types.Test_ChangesDocument,
    "\n  mutation Test_CreatePersona($input: CreatePersonaInput!) {\n    createPersona(input: $input) {\n      id\n      name\n      version\n    }\n  }\n": types.Test_CreatePersonaDocument,
    "\n  mutation Test_UpdatePersona($id: ID!, $input: UpdatePersonaInput!) {\n    updatePersona(id: $id, input: $input) {\n      id\n      name\n      version\n    }\n  }\n": types.Test_UpdatePersonaDocument,
    "\n  mutation Test_DeletePersona($id: ID!) {\n    deletePersona(id: $id)\n  }\n": types.Test_DeletePersonaDocument,
    "\n  mutation Test_CreateKeywordSet($input: CreateKeywordSetInput!) {\n    createKeywordSet(input: $input) {\n      id\n      name\n    }\n  }\n": types.Test_CreateKeywordSetDocument,
    "\n  mutation Harness_SignUp($input: SignUpInput!) {\n    signUp(input: $input) {\n      token\n      user {\n        id\n      }\n    }\n  }\n": types.Harness_SignUpDocument,
    "\n  query Harness_ChangeCursor {\n    changeCursor\n  }\n": types.Harness_ChangeCursorDocument,
    "\n  mutation Coverage_UpdateKeywordSet($id: ID!, $input: UpdateKeywordSetInput!) {\n    updateKeywordSet(id: $id, input: $input) {\n      id\n    }\n  }\n": types.Coverage_UpdateKeywordSetDocument,
    "\n  mutation Coverage_DeleteKeywordSet($id: ID!) {\n    deleteKeywordSet(id: $id)\n  }\n": types.Coverage_DeleteKeywordSetDocument,
    "\n  mutation Coverage_UpdateSettings($input: UpdateSettingsInput!) {\n    updateSettings(input: $input) {\n      id\n    }\n  }\n": types.Coverage_UpdateSettingsDocument,
    "\n  query RateLimit_Me {\n    me {\n      id\n    }\n  }\n": types.RateLimit_MeDocument,
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
export function graphql(source: "\n  mutation Harness_SignUp($input: SignUpInput!) {\n    signUp(input: $input) {\n      token\n      user {\n        id\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation Harness_SignUp($input: SignUpInput!) {\n    signUp(input: $input) {\n      token\n      user {\n        id\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Harness_ChangeCursor {\n    changeCursor\n  }\n"): (typeof documents)["\n  query Harness_ChangeCursor {\n    changeCursor\n  }\n"];
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
export function graphql(source: "\n  mutation Coverage_UpdateSettings($input: UpdateSettingsInput!) {\n    updateSettings(input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation Coverage_UpdateSettings($input: UpdateSettingsInput!) {\n    updateSettings(input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RateLimit_Me {\n    me {\n      id\n    }\n  }\n"): (typeof documents)["\n  query RateLimit_Me {\n    me {\n      id\n    }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;