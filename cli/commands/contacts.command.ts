import { userInfo } from 'node:os';
import { Argument, type Command } from 'commander';
import { operator } from '../../core/access/actor.ts';
import {
  addContact,
  exportContact,
  offerDueContactsToArchive,
  settleArchiveOffer,
} from '../../core/contacts/contact-persons.ts';
import { contactPort } from '../../db/contacts/contact.store.ts';
import { printJson, withDatabase } from '../database.ts';

const contactId = (value: string) => {
  if (!/^\d+$/.test(value)) throw new Error(`"${value}" is not a contact person id`);
  return Number(value);
};

export function registerContactCommands(program: Command) {
  const contacts = program.command('contacts').description('contact persons and their personal data');
  const me = () => operator(userInfo().username);

  contacts
    .command('add')
    .description('record a contact person (minimal data, with the date until which it may be kept)')
    .requiredOption('--organisation <key|abbreviation>', 'organisation')
    .requiredOption('--name <name>', 'name')
    .option('--function <function>', 'function or title')
    .option('--email <address>', 'e-mail address')
    .option('--phone <number>', 'telephone number')
    .requiredOption('--retention-until <YYYY-MM-DD>', 'keep the personal data until this date')
    .action(
      async (o: {
        organisation: string;
        name: string;
        function?: string;
        email?: string;
        phone?: string;
        retentionUntil: string;
      }) => {
        const id = await withDatabase(({ db, clock }) =>
          addContact(contactPort(db, clock.now()), me(), o, clock.today()),
        );
        process.stdout.write(`contact person ${id} recorded\n`);
      },
    );

  contacts
    .command('export')
    .description('everything stored about one person, as JSON (GDPR Art. 15)')
    .addArgument(new Argument('<id>', 'contact person id').argParser(contactId))
    .action(async (id: number) =>
      printJson(
        await withDatabase(({ db, clock }) => exportContact(contactPort(db, clock.now()), me(), id, clock.now())),
      ),
    );

  contacts
    .command('retention')
    .description('offer every contact person whose retention has ended to the state archive')
    .action(async () => {
      const offered = await withDatabase(({ db, clock }) =>
        offerDueContactsToArchive(contactPort(db, clock.now()), me(), clock.today()),
      );
      process.stdout.write(
        offered.length ? `offered to the state archive: ${offered.join(', ')}\n` : 'no contact person is due\n',
      );
    });

  contacts
    .command('archive-decision')
    .description("record the state archive's decision, then anonymise the contact person")
    .addArgument(new Argument('<id>', 'contact person id').argParser(contactId))
    .addArgument(
      new Argument('<decision>', 'the archive took the data, or declined it').choices(['accepted', 'declined']),
    )
    .action(async (id: number, decision: 'accepted' | 'declined') => {
      await withDatabase(({ db, clock }) => settleArchiveOffer(contactPort(db, clock.now()), me(), id, decision));
      process.stdout.write(`contact person ${id}: archive ${decision}, personal data removed\n`);
    });
}
