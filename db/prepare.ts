import { fileURLToPath } from 'node:url';
import { berlinToday } from '../core/shared/partial-date.ts';
import { openDatabase, type DatabaseConfig, type DatabaseHandle } from './client.ts';
import { applySeed, type SeedResult } from './seed/apply-seed.ts';
import { defaultSeedPaths, loadSeed } from './seed/load-seed.ts';

export const projectRoot = fileURLToPath(new URL('..', import.meta.url));

/** Opens the database, applies pending migrations and seeds what is not there yet. */
export async function prepareDatabase(config: DatabaseConfig): Promise<{ handle: DatabaseHandle; seed: SeedResult }> {
  const handle = await openDatabase(config);
  try {
    await handle.migrate();
    const seed = await applySeed(handle.db, loadSeed(defaultSeedPaths(projectRoot), berlinToday()));
    return { handle, seed };
  } catch (error) {
    await handle.close();
    throw error;
  }
}
