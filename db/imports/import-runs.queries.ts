import { eq } from 'drizzle-orm';
import type { ImportReport } from '../../core/imports/check-activities.ts';
import type { Executor } from '../client.ts';
import * as t from '../schema.ts';

/** An import run with its report, without the file; null when there is none. */
export async function getImportRun(db: Executor, id: number) {
  const [row] = await db
    .select({
      id: t.importRuns.id,
      userId: t.importRuns.userId,
      fileName: t.importRuns.fileName,
      mediaType: t.importRuns.mediaType,
      rowCount: t.importRuns.rowCount,
      report: t.importRuns.report,
      status: t.importRuns.status,
      importedCount: t.importRuns.importedCount,
      skippedRows: t.importRuns.skippedRows,
      createdAt: t.importRuns.createdAt,
      finishedAt: t.importRuns.finishedAt,
    })
    .from(t.importRuns)
    .where(eq(t.importRuns.id, id));
  return row
    ? { ...row, report: row.report as ImportReport, skippedRows: (row.skippedRows ?? null) as number[] | null }
    : null;
}
