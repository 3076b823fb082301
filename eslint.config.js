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
    // One clock: core/ and db/ take the time from the Clock they are handed (core/shared/clock.ts),
    // never from the machine, so every action's "today" and its stored timestamps agree.
    files: ['core/**/*.ts', 'db/**/*.ts'],
    ignores: ['**/*.test.ts'],
    rules: {
      'no-restricted-syntax': [
        'error',
        {
          selector: "NewExpression[callee.name='Date'][arguments.length=0]",
          message: 'core/ and db/ never read the wall clock: take the time from the Clock handed in.',
        },
        {
          selector: "CallExpression[callee.object.name='Date'][callee.property.name='now']",
          message: 'core/ and db/ never read the wall clock: take the time from the Clock handed in.',
        },
      ],
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
