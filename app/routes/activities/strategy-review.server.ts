import { activityDoubts, type ActivityDoubt } from '../../../core/activities/activity-doubts.ts';
import { parseActivityInput } from '../../../core/activities/activity-input.ts';
import { activityKinds, type ActivityKind } from '../../../core/shared/vocabulary.ts';
import { suggestStrategyLinks, type SuggestionReason } from '../../../core/strategy/suggest-links.ts';
import type { Executor } from '../../../db/client.ts';
import { suggestionContext, type SuggestionContext } from '../../../db/strategy/suggestion-context.queries.ts';
import type { Language } from '../../../text/i18n.ts';
import type { ActivityFormValues } from './activity-form-action.ts';

/** One suggestion as the form shows it. */
export interface SuggestionView {
  target: 'goal' | 'instrument' | 'measure';
  key: string;
  label: string;
  reasons: SuggestionReason[];
}

/** What the form shows above its buttons: the suggestions, whether they were just accepted, the doubts to confirm. */
export interface StrategyReview {
  suggestions: SuggestionView[];
  applied: boolean;
  doubts: ActivityDoubt[];
}

const keyList = (text: string) =>
  text
    .split(/[,;\n]/)
    .map((s) => s.trim())
    .filter(Boolean);

function suggestionsFor(values: ActivityFormValues, context: SuggestionContext, lang: Language): SuggestionView[] {
  const kind = (activityKinds as readonly string[]).includes(values.kind) ? (values.kind as ActivityKind) : null;
  const s = suggestStrategyLinks(
    {
      kind,
      title: values.title,
      description: values.description,
      partnership: context.partnerships.get(values.partnership) ?? null,
      sectors: values.sectors.map((k) => context.sectors.get(k)).filter((n): n is string => !!n),
    },
    context.strategy,
  );
  const title = (key: string, de: string) => (lang === 'en' ? (context.titlesEn.get(key) ?? de) : de);
  const { goals, instruments, measures } = context.strategy;
  return [
    ...s.goals.map((g) => ({
      target: 'goal' as const,
      key: g.key,
      label: title(g.key, goals.find((x) => x.key === g.key)!.title),
      reasons: g.reasons,
    })),
    ...s.instruments.map((i) => ({
      target: 'instrument' as const,
      key: i.key,
      label: `${i.key}) ${title(i.key, instruments.find((x) => x.numeral === i.key)!.title)}`,
      reasons: i.reasons,
    })),
    ...s.measures.map((m) => ({
      target: 'measure' as const,
      key: m.key,
      label: `${m.key}: ${measures.find((x) => x.key === m.key)!.text}`,
      reasons: m.reasons,
    })),
  ];
}

/** The form's values with the suggestions ticked and the suggested measures added to those entered. */
function accept(values: ActivityFormValues, suggestions: SuggestionView[]): ActivityFormValues {
  const of = (target: SuggestionView['target']) => suggestions.filter((s) => s.target === target).map((s) => s.key);
  const union = (a: string[], b: string[]) => [...new Set([...a, ...b])];
  return {
    ...values,
    goals: union(values.goals, of('goal')),
    instruments: union(values.instruments, of('instrument')),
    measures: union(keyList(values.measures), of('measure')).join(', '),
  };
}

/**
 * The step before saving an activity form, by the button pressed: "Vorschläge übernehmen"
 * (`intent=suggest`) returns the form with the suggestions accepted, saving nothing; saving
 * returns the form once more when the activity serves nothing of the strategy or has a doubtful
 * date, with the suggestions and a "Trotzdem speichern" button (`intent=confirm`), which saves.
 * Null when the form is to be saved now (or is refused by the input check, which says why).
 */
export async function reviewActivityForm(
  db: Executor,
  values: ActivityFormValues,
  intent: FormDataEntryValue | null,
  today: string,
  lang: Language,
): Promise<{ values: ActivityFormValues; review: StrategyReview } | null> {
  if (intent === 'confirm') return null;
  if (intent === 'suggest') {
    const suggestions = suggestionsFor(values, await suggestionContext(db), lang);
    return { values: accept(values, suggestions), review: { suggestions, applied: true, doubts: [] } };
  }
  let parsed;
  try {
    parsed = parseActivityInput(values);
  } catch {
    return null;
  }
  const doubts = activityDoubts(parsed, today);
  if (!doubts.length) return null;
  const suggestions = suggestionsFor(values, await suggestionContext(db), lang);
  return { values, review: { suggestions, applied: false, doubts } };
}
