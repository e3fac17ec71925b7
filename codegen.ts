import type { CodegenConfig } from '@graphql-codegen/cli';

/** schema.graphql (printed from Pothos) -> typed documents for the web app and the API tests. */
const config: CodegenConfig = {
  schema: 'schema.graphql',
  ignoreNoDocuments: false,
  emitLegacyCommonJSImports: false,
  generates: {
    'web/src/gql/': {
      preset: 'client',
      documents: ['web/src/**/*.{ts,tsx}', '!web/src/gql/**'],
      // persisted-documents.json: the web app's documents, which the server registers as trusted documents.
      presetConfig: { fragmentMasking: false, persistedDocuments: { hashAlgorithm: 'sha256' } },
      config: { useTypeImports: true, enumsAsTypes: true, scalars: { DateTime: 'string' } },
    },
    // The schema, minified, for graphcache: exact interface and fragment matching on the client.
    'web/src/gql/introspection.ts': {
      plugins: ['urql-introspection'],
      config: { module: 'es2015', useTypeImports: true, includeScalars: false, includeEnums: true, minify: true },
    },
    'api/test/gql/': {
      preset: 'client',
      documents: ['api/test/**/*.ts', 'api/src/**/*.test.ts', 'bench/**/*.ts', '!api/test/gql/**'],
      presetConfig: { fragmentMasking: false },
      config: { useTypeImports: true, enumsAsTypes: true, scalars: { DateTime: 'string' } },
    },
  },
};

export default config;
