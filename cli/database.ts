import { stopClock, type Clock } from '../core/shared/clock.ts';
import { openDatabase, type DatabaseHandle } from '../db/client.ts';
import { prepareDatabase } from '../db/prepare.ts';
import { loadConfig } from '../server/config.ts';
import { systemClock } from '../server/system-clock.ts';

/**
 * Runs a command against the configured database (migrated and seeded), and closes it afterwards.
 * The command gets the register's clock stopped at its start: one command, one moment.
 */
export async function withDatabase<T>(
  run: (handle: DatabaseHandle & { clock: Clock }) => Promise<T>,
  options: { prepare?: boolean } = {},
): Promise<T> {
  const config = loadConfig();
  const clock = stopClock(systemClock);
  const handle = options.prepare === false ? await openDatabase(config) : (await prepareDatabase(config, clock)).handle;
  try {
    return await run({ ...handle, clock });
  } finally {
    await handle.close();
  }
}

export function printJson(value: unknown): void {
  process.stdout.write(`${JSON.stringify(value, null, 2)}\n`);
}
