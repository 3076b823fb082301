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
  // Fences: every layer imports only downwards (docs/adr/0021-feature-folders-and-fences.md).
  // core ← db ← server / app (through #app-context only) ← cli; text and reports sit beside core;
  // production code never imports tests/, dev/ or bench/; bench/ and dev/ never import tests/.
  ...fence(
    'core/**/*.{ts,tsx}',
    ['db', 'server', 'app', 'cli', 'reports', 'text', 'tests', 'bench'],
    [
      {
        group: ['fastify*', '@fastify/*', 'react', 'react-*', 'react-router*', '@react-router/*'],
        message: 'core/ has no HTTP or React: keep it plain TypeScript.',
      },
      {
        group: ['drizzle-orm*', 'pg', '@electric-sql/*'],
        message: 'core/ has no SQL: the db layer calls core, not the other way round.',
      },
    ],
  ),
  ...fence('text/**/*.{ts,tsx}', ['db', 'server', 'app', 'cli', 'reports', 'tests', 'dev', 'bench']),
  ...fence('reports/**/*.{ts,tsx}', ['db', 'server', 'app', 'cli', 'tests', 'dev', 'bench']),
  ...fence('db/**/*.{ts,tsx}', ['server', 'app', 'cli', 'reports', 'text', 'tests', 'dev', 'bench']),
  ...fence('server/**/*.{ts,tsx}', ['app', 'cli', 'tests', 'dev', 'bench']),
  ...fence('app/**/*.{ts,tsx}', ['server', 'cli', 'tests', 'dev', 'bench']),
  ...fence('cli/**/*.{ts,tsx}', ['app', 'tests', 'dev']),
  ...fence('bench/**/*.{ts,tsx}', ['tests']),
  ...fence('dev/**/*.{ts,tsx}', ['tests', 'bench']),
);

/** An ESLint block that keeps the files of one layer from importing the named top-level folders. */
function fence(files, forbidden, extra = []) {
  return [
    {
      files: [files],
      ignores: ['**/*.test.ts', '**/*.test.tsx'],
      rules: {
        'no-restricted-imports': [
          'error',
          {
            patterns: [
              ...forbidden.map((folder) => ({
                // Relative imports only: a package such as @react-router/dev is not the dev/ folder.
                regex: `^(\\.\\.?/)+(.*/)?${folder}/`,
                message: `${files.split('/')[0]}/ does not import ${folder}/: see docs/ARCHITECTURE.md, "Layers".`,
              })),
              ...extra,
            ],
          },
        ],
      },
    },
  ];
}
