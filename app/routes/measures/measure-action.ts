import { data } from 'react-router';
import { assignMeasure, updateMeasureStatus } from '../../../core/measures/measure-use-cases.ts';
import { addMilestone, reachMilestone, removeMilestone } from '../../../core/measures/milestone-use-cases.ts';
import { AppError, type FieldIssue } from '../../../core/shared/errors.ts';
import { withMeasureStore } from '../../../db/measures/measure.store.ts';
import { issueText, t, type Language } from '../../../text/i18n.ts';
import type { FormPost } from '../../lib/guarded-page.ts';
import type { SourceChoice } from '../../../core/sources/cite.ts';
import type { CitationValues } from '../../components/source-citation-field.tsx';
import { citationErrors, citationValues, isSourceSearch, pickerChoices } from '../../lib/source-citation.ts';

/** The forms of a measure's page; each posts its intent. */
export const MEASURE_INTENTS = ['report', 'assign', 'add-milestone', 'reach-milestone', 'remove-milestone'] as const;
export type MeasureIntent = (typeof MEASURE_INTENTS)[number];

/** What a refused form post returns to the page: the form, what was typed, and an error per field. */
export interface MeasureFormState {
  intent: MeasureIntent | null;
  milestoneId: number | null;
  values: Record<string, string | string[]>;
  errors: Record<string, string>;
  /** The status report's source field: what was posted and the documents its picker lists. */
  citation?: CitationValues;
  sources?: SourceChoice[];
}

/** After a successful post: the confirmation flag and where on the page to land. */
const DONE: Record<MeasureIntent, { flag: string; hash: string }> = {
  report: { flag: 'gemeldet', hash: 'measure-facts' },
  assign: { flag: 'zugeordnet', hash: 'measure-facts' },
  'add-milestone': { flag: 'meilenstein', hash: 'milestones' },
  'reach-milestone': { flag: 'erreicht', hash: 'milestones' },
  'remove-milestone': { flag: 'entfernt', hash: 'milestones' },
};
export const MEASURE_FLAGS = Object.values(DONE).map((d) => d.flag);

/** The use-case's refusals, worded for the page and put next to the field they concern. */
function errorsFromIssues(issues: FieldIssue[], lang: Language): Record<string, string> {
  const errors: Record<string, string> = { ...citationErrors(issues, lang) };
  for (const issue of issues) {
    const field = issue.field.split('.')[0]!;
    errors[field] ??= issueText(lang, 'measure', issue);
  }
  return errors;
}

const text = (form: FormData, name: string) => String(form.get(name) ?? '');

/**
 * Handles a post to a measure's page: runs the use-case of the form's intent in one transaction
 * with the request's actor. Refusals come back as errors per field (status 400) and nothing is
 * written; a forbidden write answers 403, an unknown milestone 404; success redirects (PRG).
 */
export async function submitMeasureForm(
  input: FormPost & {
    key: string;
  },
): Promise<{ ok: true; flag: string; hash: string } | { ok: false; state: MeasureFormState }> {
  const { db, actor, key, form, lang } = input;
  const intent = MEASURE_INTENTS.find((i) => i === text(form, 'intent')) ?? null;
  const rawId = text(form, 'milestone');
  const milestoneId = /^\d{1,9}$/.test(rawId) ? Number(rawId) : null;
  const values: MeasureFormState['values'] = {
    status: text(form, 'status'),
    progress: text(form, 'progress'),
    note: text(form, 'note'),
    lead: text(form, 'lead'),
    goals: form.getAll('goals').map(String),
    title: text(form, 'title'),
    dueOn: text(form, 'dueOn'),
    reachedOn: text(form, 'reachedOn'),
  };
  const citation = citationValues(form);
  const sources = intent === 'report' ? await pickerChoices(db, actor, citation) : undefined;
  const refuse = (errors: Record<string, string>) => ({
    ok: false as const,
    state: { intent, milestoneId, values, errors, citation, sources },
  });
  if (!intent) return refuse({ intent: t(lang, 'mErr_vocabulary') });
  // The report's source picker: its search only narrows the list of documents; nothing is written.
  if (intent === 'report' && isSourceSearch(form)) return refuse({});
  const needsMilestone = intent === 'reach-milestone' || intent === 'remove-milestone';
  if (needsMilestone && milestoneId === null) return refuse({ milestone: t(lang, 'mErr_unknown') });
  try {
    await withMeasureStore<unknown>(db, actor, input.clock.now(), (store) => {
      const args = { store, actor, key };
      switch (intent) {
        case 'report':
          return updateMeasureStatus({ ...args, input: values, citation });
        case 'assign':
          return assignMeasure({ ...args, input: values });
        case 'add-milestone':
          return addMilestone({ ...args, input: values });
        case 'reach-milestone':
          return reachMilestone({ ...args, id: milestoneId!, input: values, today: input.clock.today() });
        case 'remove-milestone':
          return removeMilestone({ ...args, id: milestoneId! });
      }
    });
    return { ok: true, ...DONE[intent] };
  } catch (error) {
    if (!(error instanceof AppError)) throw error;
    if (error.code === 'INVALID_INPUT' || error.code === 'INVALID_TRANSITION')
      return refuse(errorsFromIssues(error.issues, lang));
    if (error.code === 'FORBIDDEN') throw data(null, { status: 403 });
    if (error.code === 'NOT_FOUND') throw data(null, { status: 404 });
    throw error;
  }
}
