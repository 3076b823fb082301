import { eq } from 'drizzle-orm';
import { type Actor, actorLabel, actorUserId } from '../../core/access/actor.ts';
import type { ImportRunStore, ImportStore, StoredImportRun } from '../../core/imports/import-activities.ts';
import { appendAudit } from '../audit-log.ts';
import type { Database, Transaction } from '../client.ts';
import * as t from '../schema.ts';
import { activityStore } from '../activities/activity.store.ts';

function importStore(tx: Transaction, actor: Actor, at: Date): ImportStore {
  return {
    activities: activityStore(tx, actor, at),
    async recordImport(summary) {
      await appendAudit(
        tx,
        [
          {
            actorUserId: actorUserId(actor),
            actorLabel: actorLabel(actor),
            action: 'activities.import',
            entityType: summary.runId === null ? 'activity_file' : 'import_run',
            entityId: summary.runId === null ? summary.sha256 : String(summary.runId),
            before: null,
            after: {
              fileName: summary.fileName,
              sha256: summary.sha256,
              imported: summary.imported,
              skippedRows: summary.skippedRows,
            },
          },
        ],
        at,
      );
    },
  };
}

function importRunStore(tx: Transaction, actor: Actor, at: Date): ImportRunStore {
  return {
    ...importStore(tx, actor, at),
    async insertRun(run) {
      const [row] = await tx
        .insert(t.importRuns)
        .values({ ...run, content: Buffer.from(run.content) })
        .returning({ id: t.importRuns.id });
      return row!.id;
    },
    async findRun(id): Promise<StoredImportRun | null> {
      const [row] = await tx
        .select({
          id: t.importRuns.id,
          userId: t.importRuns.userId,
          fileName: t.importRuns.fileName,
          mediaType: t.importRuns.mediaType,
          sha256: t.importRuns.sha256,
          content: t.importRuns.content,
          status: t.importRuns.status,
        })
        .from(t.importRuns)
        .where(eq(t.importRuns.id, id))
        .for('update');
      return row ?? null;
    },
    async finishRun(id, outcome) {
      await tx
        .update(t.importRuns)
        .set(
          outcome.status === 'imported'
            ? {
                status: 'imported',
                report: outcome.report,
                importedCount: outcome.importedCount,
                skippedRows: outcome.skippedRows,
                finishedAt: at,
              }
            : { status: 'discarded', finishedAt: at },
        )
        .where(eq(t.importRuns.id, id));
    },
  };
}

/** Runs `work` with an import store (activities and the file's audit entry) in one transaction. */
export function withImportStore<T>(
  db: Database,
  actor: Actor,
  at: Date,
  work: (store: ImportStore) => Promise<T>,
): Promise<T> {
  return db.transaction((tx) => work(importStore(tx, actor, at)));
}

/** Runs `work` with an import-run store in one transaction: the run and the activities it imports, or nothing. */
export function withImportRunStore<T>(
  db: Database,
  actor: Actor,
  at: Date,
  work: (store: ImportRunStore) => Promise<T>,
): Promise<T> {
  return db.transaction((tx) => work(importRunStore(tx, actor, at)));
}
