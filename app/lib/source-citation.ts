import type { Actor } from '../../core/access/actor.ts';
import { CITATION_FIELDS, CITATION_ISSUES, type CitationField, type SourceChoice } from '../../core/sources/cite.ts';
import type { FieldIssue } from '../../core/shared/errors.ts';
import type { Executor } from '../../db/client.ts';
import { sourceChoices } from '../../db/sources/cite.queries.ts';
import { issueText, type Language } from '../../text/i18n.ts';
import type { CitationErrors, CitationValues } from '../components/source-citation-field.tsx';

/** What the form posted in its source field (document, locator, passage and the picker's search). */
export function citationValues(form: FormData): Required<CitationValues> {
  const value = (name: string) => String(form.get(name) ?? '').trim();
  return {
    source: value('source'),
    locator: value('locator'),
    quote: value('quote'),
    sourceSearch: value('sourceSearch').slice(0, 200),
  };
}

/** Whether the post only searched the library for the picker (nothing is written then). */
export const isSourceSearch = (form: FormData): boolean => form.get('sourceStep') === 'search';

/** The documents the picker lists for the actor: those the search finds, or the most recent, and the chosen one. */
export const pickerChoices = (db: Executor, actor: Actor, values: CitationValues = {}): Promise<SourceChoice[]> =>
  sourceChoices(db, actor, { q: values.sourceSearch, selected: values.source });

/** The citation rule's refusals, worded for the page and put next to the citation's fields. */
export function citationErrors(issues: readonly FieldIssue[], lang: Language): CitationErrors {
  const errors: CitationErrors = {};
  for (const issue of issues) {
    const field = issue.field as CitationField;
    if (!(CITATION_FIELDS as readonly string[]).includes(field) || errors[field]) continue;
    if (!issue.code || !(issue.code in CITATION_ISSUES)) continue;
    errors[field] = issueText(lang, 'cite', issue);
  }
  return errors;
}

/** The citation's own refusals among a form's errors (to show at the source field). */
export function pickCitationErrors(errors: Readonly<Record<string, string | undefined>> | undefined): CitationErrors {
  const picked: CitationErrors = {};
  for (const field of CITATION_FIELDS) if (errors?.[field]) picked[field] = errors[field];
  return picked;
}
