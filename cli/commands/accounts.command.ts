import { createInterface } from 'node:readline';
import { userInfo } from 'node:os';
import { Option, type Command } from 'commander';
import { operator } from '../../core/access/actor.ts';
import { createUser } from '../../core/accounts/create-user.ts';
import { roles } from '../../core/shared/vocabulary.ts';
import { verifyAuditChain } from '../../db/audit-log.ts';
import { createUserPort } from '../../db/accounts/account.store.ts';
import { withDatabase } from '../database.ts';

async function readPassword(fromStdin: boolean): Promise<string> {
  if (fromStdin) {
    const chunks: Buffer[] = [];
    for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
    return Buffer.concat(chunks)
      .toString('utf8')
      .replace(/\r?\n$/, '');
  }
  if (!process.stdin.isTTY)
    throw new Error('no terminal to ask for the password: pass it on standard input with --password-stdin');
  const ask = (prompt: string) =>
    new Promise<string>((resolve) => {
      const rl = createInterface({ input: process.stdin, output: process.stdout, terminal: true });
      // Echo nothing while the password is typed.
      (rl as unknown as { _writeToOutput: (s: string) => void })._writeToOutput = (s: string) => {
        if (s.startsWith(prompt)) process.stdout.write(prompt);
      };
      rl.question(prompt, (answer) => {
        rl.close();
        process.stdout.write('\n');
        resolve(answer);
      });
    });
  const first = await ask('Password: ');
  if ((await ask('Repeat password: ')) !== first) throw new Error('the passwords do not match');
  return first;
}

export function registerAccountCommands(program: Command) {
  const users = program.command('users').description('accounts');
  users
    .command('create')
    .description('create an account (asks for the password; there is no default password)')
    .requiredOption('--email <address>', 'e-mail address, used to log in')
    .requiredOption('--name <name>', 'display name')
    .addOption(new Option('--role <role>', 'role').choices(roles).makeOptionMandatory())
    .option(
      '--organisation <key|abbreviation>',
      'ministry or organisation, e.g. SMWK (required for ministry editors, assessors, stakeholders)',
    )
    .option('--password-stdin', 'read the password from standard input instead of asking')
    .option('--oidc-subject <subject>', 'log in through OpenID Connect only: "<issuer> <sub>"')
    .action(
      async (o: {
        email: string;
        name: string;
        role: string;
        organisation?: string;
        passwordStdin?: boolean;
        oidcSubject?: string;
      }) => {
        // The database is opened first, so a data directory in use is refused before the password is asked for.
        const created = await withDatabase(async ({ db, clock }) =>
          createUser(createUserPort(db, clock.now()), operator(userInfo().username), {
            email: o.email,
            displayName: o.name,
            role: o.role,
            organisation: o.organisation,
            password: o.oidcSubject && !o.passwordStdin ? undefined : await readPassword(Boolean(o.passwordStdin)),
            oidcSubject: o.oidcSubject,
          }),
        );
        process.stdout.write(`account ${created.email} created (id ${created.id})\n`);
      },
    );

  program
    .command('audit')
    .description('the audit log')
    .command('verify')
    .description('recompute the hash chain of the audit log; exits non-zero if any entry was changed or removed')
    .action(async () => {
      const result = await withDatabase(({ db }) => verifyAuditChain(db));
      if (result.brokenAt) {
        process.stderr.write(
          `error: audit log entry ${result.brokenAt.id} ${result.brokenAt.reason} (${result.entries} entries checked)\n`,
        );
        process.exitCode = 1;
        return;
      }
      process.stdout.write(`audit log intact: ${result.entries} entries, hash chain verified\n`);
    });
}
