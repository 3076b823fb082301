import { openDatabase, type DatabaseHandle } from '../db/client.ts';
import { prepareDatabase } from '../db/prepare.ts';
import { loadConfig } from '../server/config.ts';

/** Runs a command against the configured database (migrated and seeded), and closes it afterwards. */
export async function withDatabase<T>(
  run: (handle: DatabaseHandle) => Promise<T>,
  options: { prepare?: boolean } = {},
): Promise<T> {
  const config = loadConfig();
  const handle = options.prepare === false ? await openDatabase(config) : (await prepareDatabase(config)).handle;
  try {
    return await run(handle);
  } finally {
    await handle.close();
  }
}

export function printJson(value: unknown): void {
  process.stdout.write(`${JSON.stringify(value, null, 2)}\n`);
}
