import { saveScores } from '../../../core/rounds/round-use-cases.ts';
import { withRoundStore } from '../../../db/rounds/round.store.ts';
import { attemptRound, text, type RoundOutcome } from './round-form-action.ts';
import type { FormPost } from '../../lib/guarded-page.ts';

/** The form field of a criterion's score ("0" … "4", or "none" for "no basis for a judgement"). */
export const valueField = (criterion: string) => `value:${criterion}`;
/** The form field of a criterion's justification. */
export const justificationField = (criterion: string) => `justification:${criterion}`;
export const NO_BASIS = 'none';

/**
 * The scores typed into the sheet, for the criteria still open: a criterion counts once a point
 * (or "no basis") is chosen or a justification is written (then the draft keeps the text alone).
 */
export function sheetFromForm(form: FormData, openCriteria: readonly string[]) {
  return openCriteria.flatMap((criterion) => {
    const raw = text(form, valueField(criterion));
    const justification = text(form, justificationField(criterion));
    if (raw === '') return justification.trim() ? [{ criterion, justification }] : [];
    const value = raw === NO_BASIS ? null : /^-?\d{1,3}$/.test(raw) ? Number(raw) : Number.NaN;
    return [{ criterion, value: Number.isNaN(value) ? -1 : value, justification }];
  });
}

/** Saves an assessor's sheet as a draft or submits it; refusals come back per field. */
export async function submitScoreSheet(
  input: FormPost & {
    key: string;
    partnership: string;
    openCriteria: readonly string[];
  },
): Promise<{ submit: boolean; values: Record<string, string>; outcome: RoundOutcome<unknown> }> {
  const { form } = input;
  const submit = text(form, 'intent') === 'submit';
  const values: Record<string, string> = {};
  for (const c of input.openCriteria) {
    values[valueField(c)] = text(form, valueField(c));
    values[justificationField(c)] = text(form, justificationField(c));
  }
  const outcome = await attemptRound(
    () =>
      withRoundStore(input.db, input.clock.now(), (store) =>
        saveScores({
          store,
          actor: input.actor,
          key: input.key,
          partnership: input.partnership,
          input: { submit, scores: sheetFromForm(form, input.openCriteria) },
        }),
      ),
    input.lang,
  );
  return { submit, values, outcome };
}
