import js from '@eslint/js';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['**/node_modules/**', '**/dist/**', '**/gql/**', '**/__generated__/**', 'data/**', 'bench/results/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  { files: ['**/*.mjs', '**/*.js'], languageOptions: { globals: globals.node } },
  {
    // GraphiQL's boot script runs in the browser, before the GraphiQL and graphql-ws bundles, and renders after them.
    files: ['api/src/transport/graphiql/*.js'],
    languageOptions: { globals: { ...globals.browser, PulsegraphGraphiQL: 'readonly', graphqlWs: 'readonly' } },
  },
  {
    rules: {
      '@typescript-eslint/no-explicit-any': 'off',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    files: ['web/src/**/*.{ts,tsx}'],
    rules: {
      // Data arrives through the change stream, never on a timer.
      'no-restricted-globals': ['error', { name: 'setInterval', message: 'No timers in the web app: data comes from `changes`.' }],
      'no-restricted-properties': [
        'error',
        { object: 'window', property: 'setInterval', message: 'No timers in the web app: data comes from `changes`.' },
      ],
      'no-restricted-syntax': [
        'error',
        { selector: "Identifier[name=/^(pollInterval|refetchInterval|pollingInterval)$/]", message: 'No polling.' },
      ],
    },
  },
);
