import { organisationOf, type Actor } from '../../core/accounts/actor.ts';
import { canEditActivity } from '../../core/accounts/policy.ts';
import { FILE_ISSUES, type FileIssue } from '../../core/imports/read-table.ts';
import { AppError } from '../../core/shared/errors.ts';
import { t, type Language } from './i18n.ts';

/** Whether the actor may import activities: whoever may record one (coordinators, editors for their ministry). */
export const mayImport = (actor: Actor): boolean => canEditActivity(actor, { organiserId: organisationOf(actor) });

/** A file refused before any row was checked, worded for the page; null for any other error. */
export function fileProblem(error: unknown, lang: Language): string | null {
  if (!(error instanceof AppError) || error.code !== 'INVALID_INPUT') return null;
  const issue = error.issues.find((i) => i.field === 'file')?.message;
  return issue && (FILE_ISSUES as readonly string[]).includes(issue) ? t(lang, `impErr_${issue as FileIssue}`) : null;
}

/** The import pages' addresses, in the reader's language. */
export const importHref = (lang: Language, run?: number, flag?: string): string => {
  const params = new URLSearchParams();
  if (flag) params.set(flag, '1');
  if (lang === 'en') params.set('lang', 'en');
  return `/aktivitaeten/import${run ? `/${run}` : ''}${params.size ? `?${params}` : ''}`;
};
