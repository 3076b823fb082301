import { Command } from 'commander';
import { registerAccountCommands } from './commands/accounts.ts';
import { registerActivityCommands } from './commands/activities.ts';
import { registerBenchCommands } from './commands/bench.ts';
import { registerContactCommands } from './commands/contacts.ts';
import { registerDbCommands } from './commands/db.ts';
import { registerDemoCommands } from './commands/demo.ts';
import { registerPartnershipCommands } from './commands/partnerships.ts';
import { registerServeCommand } from './commands/serve.ts';
import { registerStrategyCommands } from './commands/strategy.ts';
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

try {
  await program.parseAsync(process.argv);
} catch (error) {
  const report = reportError(error);
  for (const line of report.lines) process.stderr.write(`${line}\n`);
  process.exitCode = report.exitCode;
}
