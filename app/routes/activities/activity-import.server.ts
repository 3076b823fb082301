import { data, redirect } from 'react-router';
import type { Actor } from '../../../core/access/actor.ts';
import { checkImportRun, decideImportRun } from '../../../core/imports/import-activities.ts';
import { FILE_ISSUES, MAX_FILE_BYTES, type FileIssue } from '../../../core/imports/read-table.ts';
import { AppError } from '../../../core/shared/errors.ts';
import type { AppServices } from '../../context.ts';
import { withImportRunStore } from '../../../db/imports/import.store.ts';
import { t, type Language } from '../../../text/i18n.ts';
import { importHref } from './import-action.ts';
import { canRecordActivities } from '../../../core/access/activity.policy.ts';
import { vocabularyNames } from '../../../text/import-names.ts';

/** A file refused before any row was checked, worded for the page; null for any other error. */
export function fileProblem(error: unknown, lang: Language): string | null {
  if (!(error instanceof AppError) || error.code !== 'INVALID_INPUT') return null;
  const issue = error.issues.find((i) => i.field === 'file')?.message;
  if (!issue || !(FILE_ISSUES as readonly string[]).includes(issue)) return null;
  const row = error.issues.find((i) => i.field === 'row')?.message;
  return `${t(lang, `impErr_${issue as FileIssue}`)}${row ? ` (${t(lang, 'runRow')} ${row})` : ''}`;
}

/**
 * The upload of a file: checks it (a dry run) and keeps it with its report as an import run,
 * then sends the browser to the report (Post/Redirect/Get). A missing, empty, too large or
 * unreadable file is answered with the reason for the page.
 */
export async function uploadForDryRun({ db, clock }: AppServices, actor: Actor, request: Request, lang: Language) {
  const form = await request.formData().catch(() => null);
  const file = form?.get('datei');
  if (!(file instanceof File) || file.size === 0 || !file.name)
    return data(
      { error: t(lang, file instanceof File && file.name ? 'impErr_empty' : 'impErr_noFile') },
      { status: 400 },
    );
  if (!canRecordActivities(actor)) throw data(null, { status: 403 });
  if (file.size > MAX_FILE_BYTES) return data({ error: t(lang, 'impErr_tooLarge') }, { status: 413 });
  try {
    const upload = {
      name: file.name.slice(0, 255),
      mediaType: file.type || 'application/octet-stream',
      bytes: new Uint8Array(await file.arrayBuffer()),
    };
    const { id } = await withImportRunStore(db, actor, clock.now(), (store) =>
      checkImportRun({ store, actor, file: upload, names: vocabularyNames() }),
    );
    // Post/Redirect/Get: the report has its own address, and the decision works without JavaScript.
    throw redirect(importHref(lang, id));
  } catch (error) {
    const problem = fileProblem(error, lang);
    if (problem) return data({ error: problem }, { status: 400 });
    throw error;
  }
}

const DECISIONS = { all: 'all', valid: 'valid', discard: 'discard' } as const;

/** The decision on a run (import all, only the valid rows, or discard), then back to its report. */
export async function decideRun(
  { db, clock }: AppServices,
  actor: Actor,
  runId: number,
  request: Request,
  lang: Language,
) {
  const intent = String((await request.formData()).get('intent') ?? '');
  const decision = DECISIONS[intent as keyof typeof DECISIONS];
  if (!decision) return data({ error: t(lang, 'aErr_vocabulary') }, { status: 400 });
  try {
    await withImportRunStore(db, actor, clock.now(), (store) =>
      decideImportRun({ store, actor, id: runId, decision, names: vocabularyNames() }),
    );
  } catch (error) {
    if (error instanceof AppError && error.code === 'INVALID_TRANSITION')
      return data({ error: t(lang, 'runDecided') }, { status: 409 });
    if (error instanceof AppError && error.code === 'INVALID_INPUT')
      return data({ error: t(lang, 'runChanged') }, { status: 400 });
    if (error instanceof AppError && error.code === 'FORBIDDEN') throw data(null, { status: 403 });
    throw error;
  }
  // Post/Redirect/Get: the run's page shows what was imported and what was skipped.
  throw redirect(importHref(lang, runId, decision === 'discard' ? 'verworfen' : 'importiert'));
}
