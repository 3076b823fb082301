import { Command } from 'commander';
import { registerAccountCommands } from './commands/accounts.command.ts';
import { registerActivityCommands } from './commands/activities.command.ts';
import { registerBenchCommands } from './commands/bench.command.ts';
import { registerContactCommands } from './commands/contacts.command.ts';
import { registerDbCommands } from './commands/db.command.ts';
import { registerDemoCommands } from './commands/demo.command.ts';
import { registerPartnershipCommands } from './commands/partnerships.command.ts';
import { registerReviewCommands } from './commands/review.command.ts';
import { registerServeCommand } from './commands/serve.command.ts';
import { registerSourceCommands } from './commands/sources.command.ts';
import { registerStrategyCommands } from './commands/strategy.command.ts';
import { reportError } from './error-report.ts';

const program = new Command('brueckenbauer')
  .description(
    'Brückenbauer – register, coordination and evaluation of the International Strategy of the Free State of Saxony',
  )
  .exitOverride()
  .configureOutput({ outputError: (text, write) => write(text) });

registerServeCommand(program);
registerDbCommands(program);
registerStrategyCommands(program);
registerPartnershipCommands(program);
registerBenchCommands(program);
registerAccountCommands(program);
registerContactCommands(program);
registerActivityCommands(program);
registerDemoCommands(program);
registerSourceCommands(program);
registerReviewCommands(program);

try {
  await program.parseAsync(process.argv);
} catch (error) {
  const report = reportError(error);
  for (const line of report.lines) process.stderr.write(`${line}\n`);
  process.exitCode = report.exitCode;
}
