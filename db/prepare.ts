import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { count } from 'drizzle-orm';
import { parse } from 'yaml';
import type { Clock } from '../core/shared/clock.ts';
import { openDatabase, type Database, type DatabaseConfig, type DatabaseHandle } from './client.ts';
import { sourceDocuments, strategyVersions } from './schema.ts';
import { applySeed, type SeedResult } from './seed/apply-seed.ts';
import { defaultSeedPaths, loadSeed, type SeedPaths } from './seed/load-seed.ts';

export const projectRoot = fileURLToPath(new URL('..', import.meta.url));

/** What is already stored, so a restart skips reading and checking the seed files. */
async function storedSeed(db: Database, paths: SeedPaths): Promise<SeedResult | null> {
  const [{ n }] = (await db.select({ n: count() }).from(sourceDocuments)) as [{ n: number }];
  if (n === 0) return null;
  const stored = new Set((await db.select({ slug: strategyVersions.slug }).from(strategyVersions)).map((s) => s.slug));
  const slugs = paths.strategyFiles.map((file) => (parse(readFileSync(file, 'utf8')) as { slug?: unknown }).slug);
  if (!slugs.every((slug) => typeof slug === 'string' && stored.has(slug))) return null;
  return {
    register: 'already-present',
    strategies: slugs.map((slug) => ({ slug: slug as string, result: 'already-present' })),
  };
}

/**
 * Opens the database, applies pending migrations and seeds what is not there yet; the clock
 * gives the day the seed's dates are checked against and the time its audit entries carry.
 */
export async function prepareDatabase(
  config: DatabaseConfig,
  clock: Clock,
): Promise<{ handle: DatabaseHandle; seed: SeedResult }> {
  const handle = await openDatabase(config);
  try {
    await handle.migrate();
    const paths = defaultSeedPaths(projectRoot);
    const seed =
      (await storedSeed(handle.db, paths)) ?? (await applySeed(handle.db, loadSeed(paths, clock.today()), clock.now()));
    return { handle, seed };
  } catch (error) {
    await handle.close();
    throw error;
  }
}
