import { data } from 'react-router';
import type { Actor } from '../../../core/access/actor.ts';
import { editCandidate } from '../../../core/review/candidate-edit.ts';
import { CANDIDATE_FIELDS } from '../../../core/review/candidate-input.ts';
import { acceptCandidate, mergeCandidate, rejectCandidate } from '../../../core/review/review-use-cases.ts';
import type { Clock } from '../../../core/shared/clock.ts';
import { AppError } from '../../../core/shared/errors.ts';
import type { Database } from '../../../db/client.ts';
import { withReviewStore } from '../../../db/review/review.store.ts';
import { issueText, type Language } from '../../../text/i18n.ts';

export const INTENTS = ['edit', 'accept', 'merge', 'reject'] as const;
export type Intent = (typeof INTENTS)[number];
export type CandidateFormValues = Record<(typeof CANDIDATE_FIELDS)[number] | 'into' | 'reason', string>;

/** What a refused form gives back to the page: which form, what was typed, and a message per field. */
export interface ReviewActionData {
  intent: Intent;
  values: Partial<CandidateFormValues>;
  errors: Record<string, string>;
}

/** The fields the form posted (a field the form does not show keeps its value). */
const fields = (form: FormData, names: readonly string[]) =>
  Object.fromEntries(
    names.filter((n) => form.has(n)).map((n) => [n, String(form.get(n))]),
  ) as Partial<CandidateFormValues>;

/**
 * Runs the decision a form posts (correct, accept, merge, reject) through the review use-cases
 * in one transaction. Refusals come back worded for the page, next to their field; a forbidden
 * decision is 403 and a candidate the reader may not see 404.
 */
export async function runReviewAction(args: {
  db: Database;
  clock: Clock;
  actor: Actor;
  lang: Language;
  id: number;
  form: FormData;
}): Promise<{ ok: true; intent: Intent } | { ok: false; data: ReviewActionData }> {
  const { db, clock, actor, lang, id, form } = args;
  const intent = (INTENTS as readonly string[]).includes(String(form.get('intent')))
    ? (form.get('intent') as Intent)
    : null;
  if (!intent) throw data(null, { status: 400 });
  const values = fields(
    form,
    intent === 'edit' ? CANDIDATE_FIELDS : intent === 'merge' ? ['into'] : intent === 'reject' ? ['reason'] : [],
  );
  try {
    await withReviewStore<unknown>(db, actor, clock.now(), (store) => {
      if (intent === 'edit') return editCandidate({ store, actor, id, input: values });
      if (intent === 'accept') return acceptCandidate({ store, actor, id, today: clock.today() });
      if (intent === 'merge') return mergeCandidate({ store, actor, id, into: values.into ?? null });
      return rejectCandidate({ store, actor, id, reason: values.reason ?? '' });
    });
    return { ok: true, intent };
  } catch (error) {
    if (!(error instanceof AppError)) throw error;
    if (error.code === 'FORBIDDEN') throw data(null, { status: 403 });
    if (error.code === 'NOT_FOUND') throw data(null, { status: 404 });
    if (error.code !== 'INVALID_INPUT' && error.code !== 'INVALID_TRANSITION') throw error;
    const errors: Record<string, string> = {};
    for (const issue of error.issues) {
      const field = issue.field.split('.')[0]!;
      errors[field] ??= issueText(lang, 'review', issue);
    }
    if (!Object.keys(errors).length) errors.status = error.message;
    return { ok: false, data: { intent, values, errors } };
  }
}
