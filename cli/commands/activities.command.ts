import { readFile } from 'node:fs/promises';
import { basename } from 'node:path';
import { userInfo } from 'node:os';
import type { Command } from 'commander';
import { operator } from '../../core/access/actor.ts';
import { ACTIVITY_ISSUES } from '../../core/activities/activity-input.ts';
import type { ImportReport } from '../../core/imports/check-activities.ts';
import { formatEuro } from '../../core/activities/money.ts';
import { dryRunActivities, importActivities } from '../../core/imports/import-activities.ts';
import { MAX_FILE_BYTES } from '../../core/imports/read-table.ts';
import { AppError } from '../../core/shared/errors.ts';
import { withActivityStore } from '../../db/activities/activity.store.ts';
import { withImportStore } from '../../db/imports/import.store.ts';
import { vocabularyNames } from '../../text/import-names.ts';
import { withDatabase } from '../database.ts';

const reason = (issue: string) =>
  issue === 'tooManyCells'
    ? 'has more cells than the header has columns'
    : (ACTIVITY_ISSUES[issue as keyof typeof ACTIVITY_ISSUES] ?? issue);

/** The report as lines: how the file was read, header problems, one line per bad cell. */
function reportLines(report: ImportReport): string[] {
  const read =
    report.format === 'xlsx'
      ? 'XLSX'
      : `CSV, ${report.encoding}, separator ${report.delimiter === '\t' ? 'tab' : `"${report.delimiter}"`}`;
  return [
    `${report.rowCount} rows (${read}): ${report.validRows.length} valid, ${report.badRows.length} bad`,
    ...report.headerIssues.map((h) => `  column "${h.column}": ${h.issue}`),
    ...report.badRows.flatMap((r) =>
      r.problems.map(
        (p) => `  row ${r.row}, column "${p.column}": ${reason(p.issue)}${p.value ? ` (value "${p.value}")` : ''}`,
      ),
    ),
    ...(report.amountReadings ?? []).map(
      (a) => `  row ${a.row}, column "${a.column}": "${a.written}" read as ${formatEuro(a.cents, 'en')}`,
    ),
  ];
}

export function registerActivityCommands(program: Command) {
  const activities = program.command('activities').description('the register of activities');

  activities
    .command('import <file>')
    .description(
      'import activities from a CSV or XLSX file (the columns of the template on /aktivitaeten/import); ' +
        'all rows or none, unless --only-valid',
    )
    .option('--dry-run', 'only check every row and report the bad ones; write nothing')
    .option('--only-valid', 'import the valid rows and skip (and list) the bad ones')
    .action(async (path: string, options: { dryRun?: boolean; onlyValid?: boolean }) => {
      const bytes = await readFile(path).catch((error: NodeJS.ErrnoException) => {
        throw new AppError('INVALID_INPUT', `Cannot read ${path}: ${error.code ?? error.message}`);
      });
      if (bytes.length > MAX_FILE_BYTES) throw new AppError('INVALID_INPUT', `${path} is larger than 2 MiB.`);
      const file = { name: basename(path), mediaType: '', bytes: new Uint8Array(bytes) };
      const actor = operator(userInfo().username);
      const names = vocabularyNames();
      await withDatabase(async ({ db, clock }) => {
        if (options.dryRun) {
          const report = await withActivityStore(db, actor, clock.now(), (store) =>
            dryRunActivities({ store, actor, file, names }),
          );
          process.stdout.write(`${reportLines(report).join('\n')}\n`);
          if (report.headerIssues.length || report.badRows.length) process.exitCode = 1;
          return;
        }
        try {
          const result = await withImportStore(db, actor, clock.now(), (store) =>
            importActivities({ store, actor, file, names, mode: options.onlyValid ? 'valid' : 'all' }),
          );
          process.stdout.write(
            `${reportLines(result.report).join('\n')}\n` +
              `imported ${result.imported.length} activities` +
              (result.skippedRows.length ? `; skipped rows ${result.skippedRows.join(', ')}` : '') +
              '\n',
          );
        } catch (error) {
          if (
            error instanceof AppError &&
            error.code === 'INVALID_INPUT' &&
            !error.issues.some((i) => i.field === 'file')
          ) {
            const report = await withActivityStore(db, actor, clock.now(), (store) =>
              dryRunActivities({ store, actor, file, names }),
            );
            process.stderr.write(`${reportLines(report).join('\n')}\n`);
            throw new AppError('INVALID_INPUT', `${error.message} Use --only-valid to import the valid rows.`);
          }
          throw error;
        }
      });
    });
}
