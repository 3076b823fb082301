import { AppError } from '../../core/shared/errors.ts';

/** Runs `fn` and returns the AppError it throws; fails the test if it does not refuse. */
export function refusal(fn: () => unknown): AppError {
  try {
    fn();
  } catch (error) {
    if (error instanceof AppError) return error;
    throw error;
  }
  throw new Error('expected a refusal (AppError), but nothing was thrown');
}
