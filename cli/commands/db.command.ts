import type { Command } from 'commander';
import { stopClock } from '../../core/shared/clock.ts';
import { applySeed } from '../../db/seed/apply-seed.ts';
import { defaultSeedPaths, loadSeed } from '../../db/seed/load-seed.ts';
import { projectRoot } from '../../db/prepare.ts';
import { withDatabase } from '../database.ts';
import { systemClock } from '../../server/system-clock.ts';

export function registerDbCommands(program: Command) {
  const db = program.command('db').description('database migrations and seed');

  db.command('migrate')
    .description('apply every committed migration not yet applied')
    .action(async () => {
      await withDatabase(
        async (handle) => {
          await handle.migrate();
          process.stdout.write(`migrations applied (${handle.engine})\n`);
        },
        { prepare: false },
      );
    });

  db.command('seed')
    .description('load the register and the strategy files; only what is not there yet is written, in one transaction')
    .option('--check', 'only read and check the files (shape, references, quotes against their sources); write nothing')
    .action(async (options: { check?: boolean }) => {
      const clock = stopClock(systemClock);
      const bundle = loadSeed(defaultSeedPaths(projectRoot), clock.today());
      if (options.check) {
        const measures = bundle.strategies.reduce(
          (n, s) => n + s.file.data.instruments.reduce((m, i) => m + i.measures.length, 0),
          0,
        );
        process.stdout.write(
          `seed files are valid: ${bundle.sources.data.length} sources, ${bundle.places.data.length} places, ${bundle.organisations.data.length} organisations, ` +
            `${bundle.partnerships.data.length} partnerships, ${bundle.activities.data.length} activities, ${bundle.conflicts.data.length} conflicts, ` +
            `${bundle.strategies.length} strategies with ${measures} measures\n`,
        );
        return;
      }
      await withDatabase(
        async (handle) => {
          await handle.migrate();
          const result = await applySeed(handle.db, bundle, clock.now());
          process.stdout.write(`register: ${result.register}\n`);
          for (const s of result.strategies) process.stdout.write(`strategy ${s.slug}: ${s.result}\n`);
        },
        { prepare: false },
      );
    });
}
