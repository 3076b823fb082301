import {
  addCriterion,
  removeCriterion,
  setRoundParticipants,
  setRoundScope,
  setRoundWeights,
  updateCriterion,
  updateRoundSettings,
} from '../../../core/rounds/round-use-cases.ts';
import { withRoundStore } from '../../../db/rounds/round.store.ts';
import { t } from '../../../text/i18n.ts';
import { attemptRound, checked, text } from './round-form-action.ts';
import type { FormPost } from '../../lib/guarded-page.ts';

/** The forms of the setup page; each posts its intent and lands back on its section. */
export const SETUP_INTENTS = [
  'settings',
  'scope',
  'participants',
  'criterion-add',
  'criterion-update',
  'criterion-remove',
  'weights',
] as const;
export type SetupIntent = (typeof SETUP_INTENTS)[number];

/** The section of the page each form belongs to (its anchor). */
export const SECTION_OF: Record<SetupIntent, string> = {
  settings: 'einstellungen',
  scope: 'umfang',
  participants: 'beteiligte',
  'criterion-add': 'kriterien',
  'criterion-update': 'kriterien',
  'criterion-remove': 'kriterien',
  weights: 'gewichte',
};

export interface SetupRefusal {
  intent: SetupIntent | null;
  criterion: string | null;
  values: Record<string, string | string[]>;
  errors: Record<string, string>;
}

/** Saaty's scale as the form sends it ("9" … "1" … "1/9"). */
export const SAATY_VALUES = [
  '9',
  '8',
  '7',
  '6',
  '5',
  '4',
  '3',
  '2',
  '1',
  '1/2',
  '1/3',
  '1/4',
  '1/5',
  '1/6',
  '1/7',
  '1/8',
  '1/9',
];
export const saatyNumber = (v: string): number => (v.startsWith('1/') ? 1 / Number(v.slice(2)) : Number(v));
/** A stored judgement as the form shows it. */
export const saatyText = (value: number): string =>
  value >= 1 ? String(Math.round(value)) : `1/${Math.round(1 / value)}`;

/** The form field of the pairwise judgement of two criteria. */
export const pairField = (a: string, b: string) => `pair:${a}:${b}`;
/** The form field of a criterion's direct rating. */
export const ratingField = (key: string) => `rating:${key}`;

const RATING = /^\d{1,3}([.,]\d{1,4})?$/;

/** The criterion form: texts, goal, and one described anchor per point of the scale that has a label. */
function criterionInput(form: FormData, scale: { min: number; max: number }) {
  const anchors = [];
  for (let v = scale.min; v <= scale.max; v++) {
    const label = text(form, `anchor:${v}`).trim();
    const labelEn = text(form, `anchorEn:${v}`).trim();
    if (label || labelEn) anchors.push({ value: v, label, labelEn });
  }
  return {
    key: text(form, 'key'),
    name: text(form, 'name'),
    nameEn: text(form, 'nameEn'),
    guidance: text(form, 'guidance'),
    guidanceEn: text(form, 'guidanceEn'),
    goalKey: text(form, 'goalKey'),
    anchors,
  };
}

/** Everything typed into the posted form, to show it again after a refusal. */
function typed(form: FormData): Record<string, string | string[]> {
  const values: Record<string, string | string[]> = {};
  for (const name of new Set(form.keys())) {
    if (name === 'csrf') continue;
    const all = form.getAll(name).map(String);
    values[name] = ['ministries', 'assessors', 'partnerships'].includes(name) ? all : (all[0] ?? '');
  }
  return values;
}

/**
 * Handles a post to a round's setup page: runs the use-case of the form's intent in one
 * transaction. Refusals come back per field (nothing is written); success lands on the section.
 */
export async function submitSetupForm(
  input: FormPost & {
    key: string;
    scale: { min: number; max: number };
    criteria: string[];
  },
): Promise<{ ok: true; section: string } | { ok: false; state: SetupRefusal }> {
  const { db, actor, key, form, lang } = input;
  const intent = SETUP_INTENTS.find((i) => i === text(form, 'intent')) ?? null;
  const criterion = text(form, 'criterion') || null;
  const values = typed(form);
  const refuse = (errors: Record<string, string>) => ({
    ok: false as const,
    state: { intent, criterion, values, errors },
  });
  if (!intent) return refuse({ intent: t(lang, 'rndErr_vocabulary') });

  let weights: { method: string; ratings: Record<string, number>; judgements: object[] } | null = null;
  if (intent === 'weights') {
    const errors: Record<string, string> = {};
    const ratings: Record<string, number> = {};
    const judgements: { first: string; second: string; value: number }[] = [];
    const method = text(form, 'method');
    for (const c of input.criteria) {
      const raw = text(form, ratingField(c)).trim();
      if (method !== 'direct' || raw === '') continue;
      if (RATING.test(raw)) ratings[c] = Number(raw.replace(',', '.'));
      else errors[`ratings.${c}`] = t(lang, 'rndNotInt');
    }
    if (method === 'ahp')
      input.criteria.forEach((a, i) =>
        input.criteria.slice(i + 1).forEach((b) => {
          const raw = text(form, pairField(a, b));
          if (raw === '') return;
          if (SAATY_VALUES.includes(raw)) judgements.push({ first: a, second: b, value: saatyNumber(raw) });
          else errors.judgements = t(lang, 'rndErr_judgement');
        }),
      );
    if (Object.keys(errors).length) return refuse(errors);
    weights = { method, ratings, judgements };
  }

  const outcome = await attemptRound(
    () =>
      withRoundStore<unknown>(db, input.clock.now(), (store) => {
        const args = { store, actor, key };
        switch (intent) {
          case 'settings':
            return updateRoundSettings({ ...args, input: values });
          case 'scope':
            return setRoundScope({ ...args, input: { partnerships: checked(form, 'partnerships') } });
          case 'participants':
            return setRoundParticipants({
              ...args,
              input: {
                ministries: checked(form, 'ministries'),
                assessors: checked(form, 'assessors')
                  .filter((v) => /^\d{1,9}$/.test(v))
                  .map(Number),
              },
            });
          case 'criterion-add':
            return addCriterion({ ...args, input: criterionInput(form, input.scale) });
          case 'criterion-update':
            return updateCriterion({
              ...args,
              criterion: criterion ?? '',
              input: criterionInput(form, input.scale),
            });
          case 'criterion-remove':
            return removeCriterion({ ...args, criterion: criterion ?? '' });
          case 'weights':
            return setRoundWeights({ ...args, input: weights });
        }
      }),
    lang,
  );
  if (!outcome.ok) return refuse(outcome.errors);
  return { ok: true, section: SECTION_OF[intent] };
}
