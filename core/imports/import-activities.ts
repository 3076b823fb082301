import { createHash } from 'node:crypto';
import { type Actor, actorUserId } from '../access/actor.ts';
import { canRecordActivities } from '../access/activity.policy.ts';
import { createActivity } from '../activities/activity-use-cases.ts';
import type { ActivityStore } from '../activities/activity.types.ts';
import { AppError, notFound } from '../shared/errors.ts';
import type { VocabularyNames } from './activity-columns.ts';
import { checkActivityTable, type ImportReport } from './check-activities.ts';
import { readTable } from './read-table.ts';

/** An uploaded or given file: its name, its media type as the browser said, its bytes. */
export interface ImportFile {
  name: string;
  mediaType: string;
  bytes: Uint8Array;
}

/** What an import writes besides the activities: one audit entry for the whole file. */
export interface ImportStore {
  activities: ActivityStore;
  recordImport(summary: {
    runId: number | null;
    fileName: string;
    sha256: string;
    imported: { row: number; id: number }[];
    skippedRows: number[];
  }): Promise<void>;
}

/** An import run: the file kept between its dry run and the decision, with its report. */
export interface StoredImportRun {
  id: number;
  userId: number;
  fileName: string;
  mediaType: string;
  sha256: string;
  content: Uint8Array;
  status: 'checked' | 'imported' | 'discarded';
}

/** Import runs, written in the same transaction as the activities they import. */
export interface ImportRunStore extends ImportStore {
  insertRun(run: Omit<StoredImportRun, 'id' | 'status'> & { rowCount: number; report: ImportReport }): Promise<number>;
  /** The run, locked until the transaction ends. */
  findRun(id: number): Promise<StoredImportRun | null>;
  finishRun(
    id: number,
    outcome:
      | { status: 'imported'; report: ImportReport; importedCount: number; skippedRows: number[] }
      | { status: 'discarded' },
  ): Promise<void>;
}

export const sha256Of = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

const forbidden = () =>
  new AppError('FORBIDDEN', 'Coordinators import activities of any ministry; a ministry editor those of its own.');

/** How a file is imported: only when every row is good, or only its good rows (the others skipped and listed). */
export type ImportMode = 'all' | 'valid';

/**
 * The dry run: reads the file and checks every row with the rules of the activity form,
 * writing nothing. Refuses a file that cannot be read (empty, too large, too many rows,
 * not CSV or XLSX, broken) with the reason.
 */
export async function dryRunActivities(args: {
  store: ActivityStore;
  actor: Actor;
  file: ImportFile;
  names: VocabularyNames;
}): Promise<ImportReport> {
  if (!canRecordActivities(args.actor)) throw forbidden();
  const table = await readTable(args.file.bytes);
  return (await checkActivityTable({ ...args, table })).report;
}

/**
 * Imports a file's activities through the activity use-case, each with its audit entry
 * (naming the file and row), plus one entry for the file; the caller runs it in one
 * transaction, so all of it is written or none. Mode "all" refuses a file with any bad row;
 * mode "valid" writes exactly the good rows and reports the skipped ones.
 */
export async function importActivities(args: {
  store: ImportStore;
  actor: Actor;
  file: ImportFile;
  names: VocabularyNames;
  mode: ImportMode;
  runId?: number | null;
}) {
  const { store, actor, file, mode } = args;
  if (!canRecordActivities(actor)) throw forbidden();
  const table = await readTable(file.bytes);
  const { report, inputs } = await checkActivityTable({ store: store.activities, actor, table, names: args.names });
  if (report.headerIssues.length)
    throw new AppError(
      'INVALID_INPUT',
      'The columns of the file cannot be used; nothing was imported.',
      report.headerIssues.map((i) => ({ field: i.column, message: i.issue })),
    );
  if (mode === 'all' && report.badRows.length)
    throw new AppError(
      'INVALID_INPUT',
      `${report.badRows.length} of ${report.rowCount} rows are not valid; nothing was imported.`,
      report.badRows.flatMap((r) => r.problems.map((p) => ({ field: `row ${r.row}: ${p.column}`, message: p.issue }))),
    );
  const sha256 = sha256Of(file.bytes);
  const imported: { row: number; id: number }[] = [];
  for (const [row, input] of inputs) {
    // The activity's own audit entry says which file and row it came from.
    const activities: ActivityStore = {
      ...store.activities,
      insert: (data, ids, note) =>
        store.activities.insert(data, ids, {
          ...note,
          after: { ...note.after, importedFrom: { file: file.name, sha256, row, run: args.runId ?? null } },
        }),
    };
    const created = await createActivity({ store: activities, actor, input });
    imported.push({ row, id: created.id });
  }
  const skippedRows = report.badRows.map((r) => r.row);
  await store.recordImport({ runId: args.runId ?? null, fileName: file.name, sha256, imported, skippedRows });
  return { report, imported, skippedRows };
}

/** The dry run of an upload, kept with the file as an import run of its user, so the decision can follow. */
export async function checkImportRun(args: {
  store: ImportRunStore;
  actor: Actor;
  file: ImportFile;
  names: VocabularyNames;
}) {
  const userId = actorUserId(args.actor);
  if (userId === null) throw forbidden();
  const report = await dryRunActivities({ ...args, store: args.store.activities });
  const id = await args.store.insertRun({
    userId,
    fileName: args.file.name,
    mediaType: args.file.mediaType,
    sha256: sha256Of(args.file.bytes),
    content: args.file.bytes,
    rowCount: report.rowCount,
    report,
  });
  return { id, report };
}

/**
 * The decision on a checked run of the actor's own: import every row (only if none is bad),
 * import only the valid rows, or discard the file. The rows are checked again, against the
 * register as it is now.
 */
export async function decideImportRun(args: {
  store: ImportRunStore;
  actor: Actor;
  id: number;
  decision: ImportMode | 'discard';
  names: VocabularyNames;
}) {
  const { store, actor, id, decision } = args;
  const run = await store.findRun(id);
  if (!run || run.userId !== actorUserId(actor)) throw notFound('Import run', String(id));
  if (run.status !== 'checked')
    throw new AppError('INVALID_TRANSITION', `Import run ${id} is ${run.status} already.`, [
      { field: 'run', message: `is ${run.status} already` },
    ]);
  if (decision === 'discard') {
    await store.finishRun(id, { status: 'discarded' });
    return { status: 'discarded' as const, imported: [], skippedRows: [] };
  }
  const file = { name: run.fileName, mediaType: run.mediaType, bytes: run.content };
  const result = await importActivities({ store, actor, file, names: args.names, mode: decision, runId: id });
  await store.finishRun(id, {
    status: 'imported',
    report: result.report,
    importedCount: result.imported.length,
    skippedRows: result.skippedRows,
  });
  return { status: 'imported' as const, imported: result.imported, skippedRows: result.skippedRows };
}
