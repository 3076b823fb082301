import { afterEach, vi } from 'vitest';

// An error logged during a test is a failure, even if the assertions passed.
const errors: unknown[][] = [];
vi.spyOn(console, 'error').mockImplementation((...args: unknown[]) => {
  errors.push(args);
});
afterEach(() => {
  if (errors.length === 0) return;
  const logged = errors.splice(0).map((a) => a.map(String).join(' '));
  throw new Error(`console.error was called:\n${logged.join('\n')}`);
});
