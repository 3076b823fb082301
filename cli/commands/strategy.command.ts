import type { Command } from 'commander';
import { presentStrategy } from '../../core/strategy/strategy.presenter.ts';
import { getStrategy } from '../../db/strategy/strategy.queries.ts';
import { printJson, withDatabase } from '../database.ts';

export function registerStrategyCommands(program: Command) {
  const strategy = program.command('strategy').description('the strategy: goals, instruments, measures');
  strategy
    .command('show')
    .description('show the current strategy (or the version named by --version)')
    .option('--version <slug>', 'a strategy version, e.g. sachsen-2025')
    .option('--json', 'print JSON')
    .action(async (options: { version?: string; json?: boolean }) => {
      const view = await withDatabase(async ({ db }) => presentStrategy(await getStrategy(db, options.version)));
      if (options.json) return printJson(view);
      const out: string[] = [
        `${view.title}`,
        `adopted ${view.adoptedOn ?? '–'} by ${view.adoptedBy}; ${view.measureCount} measures`,
        '',
        'Goals',
      ];
      for (const g of view.goals) out.push(`  ${g.key}  ${g.title}`);
      for (const i of view.instruments) {
        out.push('', `${i.numeral}) ${i.title} – ${i.measures.length} measures`);
        for (const m of i.measures) out.push(`  ${m.key.padEnd(7)} [${m.commitment.padEnd(8)}] ${m.text}`);
      }
      process.stdout.write(`${out.join('\n')}\n`);
    });
}
