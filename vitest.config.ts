import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    setupFiles: ['./tests/setup/fail-on-console-error.ts', './tests/setup/property-seed.ts'],
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          // Some unit tests open an embedded database or render a report; on a busy 2-core machine
          // that takes longer than the default 5 s. Speed is measured in bench/, not here.
          testTimeout: 30_000,
          hookTimeout: 60_000,
          include: [
            'core/**/*.test.ts',
            'db/**/*.test.ts',
            'server/**/*.test.ts',
            'cli/**/*.test.ts',
            'app/**/*.test.ts',
            'reports/**/*.test.ts',
            'text/**/*.test.ts',
            'tests/architecture/**/*.test.ts',
          ],
        },
      },
      {
        extends: true,
        test: {
          name: 'integration',
          include: ['tests/integration/**/*.test.ts'],
          globalSetup: ['./tests/setup/global-postgres.ts'],
          testTimeout: 60_000,
          hookTimeout: 120_000,
        },
      },
      {
        extends: true,
        test: {
          name: 'e2e',
          include: ['tests/e2e/**/*.test.ts'],
          // A browser test that hangs once in a while under load gets one more try; one that is
          // broken fails both. (An intermittent 60 s hang of a page load is under investigation.)
          retry: 1,
          // A page that answers a form post may take a moment under load; a wrong answer still fails.
          expect: { poll: { timeout: 10_000 } },
          testTimeout: 60_000,
          hookTimeout: 120_000,
          fileParallelism: false,
        },
      },
    ],
  },
});
