import type { Actor } from '../../../core/access/actor.ts';
import type { Clock } from '../../../core/shared/clock.ts';
import { adoptDraftRecommendations } from '../../../core/rounds/adopt-drafts.ts';
import { draftRecommendations } from '../../../core/rounds/draft-recommendation.ts';
import { recordDecision, setRecommendation } from '../../../core/rounds/round-use-cases.ts';
import type { RoundDossier } from '../../../core/rounds/round.types.ts';
import { AppError, type FieldIssue } from '../../../core/shared/errors.ts';
import type { Database } from '../../../db/client.ts';
import { withRoundStore } from '../../../db/rounds/round.store.ts';
import { issueText, type Language } from '../../../text/i18n.ts';

export const RECOMMENDATION_FIELDS = ['recommendation', 'justification'] as const;
export const DECISION_FIELDS = ['decision', 'decidedOn', 'body', 'note'] as const;
export type FormErrors = Record<string, string>;
export type Outcome = { ok: true } | { ok: false; values: Record<string, string>; errors: FormErrors };

/** The use-case's refusals, worded for the page and put next to the field they concern. */
export function errorsFromIssues(issues: readonly FieldIssue[], fields: readonly string[], lang: Language): FormErrors {
  const errors: FormErrors = {};
  for (const issue of issues) {
    const text = issueText(lang, 'recommendation', issue);
    const field = fields.includes(issue.field) ? issue.field : fields[0]!;
    errors[field] ??= text;
  }
  return errors;
}

const valuesOf = (form: FormData, fields: readonly string[]) =>
  Object.fromEntries(fields.map((f) => [f, String(form.get(f) ?? '')]));

/** Runs a write; refusals (wrong input, wrong phase) come back as errors per field, anything else is thrown on. */
async function attempt(
  values: Record<string, string>,
  fields: readonly string[],
  lang: Language,
  work: () => Promise<unknown>,
): Promise<Outcome> {
  try {
    await work();
    return { ok: true };
  } catch (error) {
    if (error instanceof AppError && (error.code === 'INVALID_INPUT' || error.code === 'INVALID_TRANSITION'))
      return { ok: false, values, errors: errorsFromIssues(error.issues, fields, lang) };
    throw error;
  }
}

/** Saves the recommendation for one partnership from the posted form. */
export function submitRecommendation(args: {
  db: Database;
  clock: Clock;
  actor: Actor;
  key: string;
  partnership: string;
  form: FormData;
  lang: Language;
}) {
  const values = valuesOf(args.form, RECOMMENDATION_FIELDS);
  return attempt(values, RECOMMENDATION_FIELDS, args.lang, () =>
    withRoundStore(args.db, args.clock.now(), (store) =>
      setRecommendation({ store, actor: args.actor, key: args.key, partnership: args.partnership, input: values }),
    ),
  );
}

/** Records the decision on one partnership from the posted form. */
export function submitDecision(args: {
  db: Database;
  clock: Clock;
  actor: Actor;
  key: string;
  partnership: string;
  form: FormData;
  lang: Language;
}) {
  const values = valuesOf(args.form, DECISION_FIELDS);
  return attempt(values, DECISION_FIELDS, args.lang, () =>
    withRoundStore(args.db, args.clock.now(), (store) =>
      recordDecision({
        store,
        actor: args.actor,
        key: args.key,
        partnership: args.partnership,
        today: args.clock.today(),
        input: values,
      }),
    ),
  );
}

/**
 * Adopts the drafts of every partnership without a recommendation that has a suggestion, in one
 * transaction; the drafts are computed from the dossier read before it (PGlite has one connection).
 */
export async function adoptAllDrafts(args: {
  db: Database;
  clock: Clock;
  actor: Actor;
  dossier: RoundDossier;
  lang: Language;
}) {
  const drafts = Object.values(draftRecommendations(args.dossier)).flatMap((d) =>
    d.suggestion && !args.dossier.recommendations[d.partnership]
      ? [{ partnership: d.partnership, recommendation: d.suggestion, justification: d.justification[args.lang] }]
      : [],
  );
  return withRoundStore(args.db, args.clock.now(), (store) =>
    adoptDraftRecommendations({ store, actor: args.actor, key: args.dossier.round.key, drafts }),
  );
}
