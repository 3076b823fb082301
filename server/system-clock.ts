import { berlinDay, type Clock } from '../core/shared/clock.ts';

/**
 * The machine's clock: the one place where the product reads the wall clock. The server, the
 * command line and the benchmark hand it (or a clock stopped at one of its instants) down.
 */
export const systemClock: Clock = {
  now: () => new Date(),
  today: () => berlinDay(new Date()),
};
