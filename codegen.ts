import type { CodegenConfig } from '@graphql-codegen/cli';

/** schema.graphql (printed from Pothos) -> typed documents for the API tests (and, later, the web app). */
const config: CodegenConfig = {
  schema: 'schema.graphql',
  ignoreNoDocuments: false,
  emitLegacyCommonJSImports: false,
  generates: {
    'api/test/gql/': {
      preset: 'client',
      documents: ['api/test/**/*.ts', 'api/src/**/*.test.ts', 'bench/**/*.ts', '!api/test/gql/**'],
      presetConfig: { fragmentMasking: false },
      config: { useTypeImports: true, enumsAsTypes: true, scalars: { DateTime: 'string' } },
    },
  },
};

export default config;
