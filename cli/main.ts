import { Command, CommanderError } from 'commander';
import { AppError } from '../core/shared/errors.ts';
import { registerAccountCommands } from './commands/accounts.ts';
import { registerActivityCommands } from './commands/activities.ts';
import { registerBenchCommands } from './commands/bench.ts';
import { registerContactCommands } from './commands/contacts.ts';
import { registerDbCommands } from './commands/db.ts';
import { registerDemoCommands } from './commands/demo.ts';
import { registerPartnershipCommands } from './commands/partnerships.ts';
import { registerServeCommand } from './commands/serve.ts';
import { registerStrategyCommands } from './commands/strategy.ts';

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
  if (error instanceof CommanderError) {
    process.exitCode = error.exitCode;
  } else if (error instanceof AppError) {
    process.stderr.write(`error: ${error.message}\n`);
    if (error.code !== 'SEED_FILE_INVALID' && error.issues.length > 0) {
      process.stderr.write(`  ${error.issues.map((i) => `${i.field}: ${i.message}`).join('; ')}\n`);
    }
    if (error.code === 'SEED_FILE_INVALID' && error.issues.length > 1) {
      for (const issue of error.issues) process.stderr.write(`  ${issue.field}: ${issue.message}\n`);
    }
    process.exitCode = error.code === 'NOT_FOUND' ? 3 : 1;
  } else {
    process.stderr.write(`error: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exitCode = 1;
  }
}
