import js from '@eslint/js';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['node_modules/', 'build/', 'data/', '.react-router/', 'test-results/', 'coverage/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { process: 'readonly', console: 'readonly', crypto: 'readonly', URL: 'readonly' } },
    rules: {
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_' },
      ],
      '@typescript-eslint/consistent-type-imports': 'error',
    },
  },
  {
    // core/ holds the rules: no HTTP, React or SQL.
    files: ['core/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['fastify*', '@fastify/*', 'react', 'react-*', 'react-router*', '@react-router/*'],
              message: 'core/ has no HTTP or React: keep it plain TypeScript.',
            },
            {
              group: ['drizzle-orm*', 'pg', '@electric-sql/*', '**/db/**'],
              message: 'core/ has no SQL: the db layer calls core, not the other way round.',
            },
          ],
        },
      ],
    },
  },
);
