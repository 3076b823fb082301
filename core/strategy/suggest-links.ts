import type { ActivityKind, FocusField, PartnershipKind } from '../shared/vocabulary.ts';
import { matchStrength, wordsOf, type Word } from './strategy-words.ts';

/** What of the strategy an activity can be matched against: goals, instruments, measures, focus places. */
export interface SuggestionStrategy {
  goals: { key: string; title: string }[];
  instruments: { numeral: string; title: string }[];
  measures: { key: string; instrument: string; text: string }[];
  /** The places the strategy names as focus of a field, by ISO 3166-1 code. */
  focus: { field: FocusField; iso: string; label: string }[];
}

/** The activity as entered: its texts, kind, the partnership's kind and places, the sectors' names. */
export interface SuggestionActivity {
  kind: ActivityKind | null;
  title: string;
  description: string;
  partnership: { kind: PartnershipKind; places: { iso: string | null; name: string; country: string | null }[] } | null;
  sectors: string[];
}

/** Why something is suggested, as the page explains it. */
export type SuggestionReason =
  | { type: 'word'; word: string }
  | { type: 'kind'; kind: ActivityKind }
  | { type: 'partnership'; kind: PartnershipKind }
  | { type: 'place'; place: string }
  | { type: 'sector'; sector: string }
  | { type: 'focus'; field: FocusField; place: string }
  | { type: 'measure'; key: string };

export interface Suggestion {
  key: string;
  score: number;
  reasons: SuggestionReason[];
}

export interface Suggestions {
  goals: Suggestion[];
  instruments: Suggestion[];
  measures: Suggestion[];
}

/**
 * The words in which the strategy describes what an activity of each kind is (matched against
 * the measures and instruments): a delegation trip is the "Delegationsreisen" of the
 * Außenwirtschaft measures, a fair their "Messen", a conference the instrument "Konferenzen".
 */
const KIND_WORDS: Partial<Record<ActivityKind, string>> = {
  delegation_trip: 'Delegationsreisen',
  delegation_received: 'Empfang',
  fair: 'Messen',
  conference: 'Konferenzen',
  exchange: 'Austausch',
  project: 'Projekte',
  training: 'Weiterbildung',
};

/** The words of an instrument's title that a kind of partnership belongs to. */
const PARTNERSHIP_WORDS: Partial<Record<PartnershipKind, string>> = {
  cross_border: 'Grenzüberschreitende',
  regional: 'Regionale',
  sectoral: 'Sektorale',
};

/** The words of an instrument's title that a focus field belongs to. */
const FOCUS_WORDS: Partial<Record<FocusField, string>> = {
  skilled_worker_countries: 'Fachkräfte',
  trade_partners: 'Wirtschaft',
  development_cooperation: 'Entwicklungszusammenarbeit',
};

/** A measure needs a word of the title or the kind, or two words of the description; a goal or an instrument less. */
const MEASURE_THRESHOLD = 1;
const LINK_THRESHOLD = 0.75;
const MAX_MEASURES = 3;

/** A signal: words of the activity, each with the reason it gives when it matches. */
interface Signal {
  words: Word[];
  reason: (w: Word) => SuggestionReason;
  weight?: number;
  /** A fact (the kind, the partner's place): only its exact word counts, however common and long the text. */
  category?: boolean;
}

/**
 * How much a word of the strategy's wording says: a stem that appears in one or two measures
 * counts fully, one that appears in many ("Partnerregionen", "Austausch") counts less.
 */
function rarity(measures: SuggestionStrategy['measures']) {
  const df = new Map<string, number>();
  for (const m of measures) for (const w of wordsOf(m.text)) df.set(w.stem, (df.get(w.stem) ?? 0) + 1);
  return (stem: string) => Math.min(1, 2 / (df.get(stem) ?? 1));
}

type Rarity = ReturnType<typeof rarity>;

/** The matches of the signals in one text of the strategy, long texts weighed down (they match more by chance). */
function score(text: string, signals: Signal[], rare: Rarity): { score: number; reasons: SuggestionReason[] } {
  const targets = wordsOf(text);
  const length = Math.max(1, Math.sqrt(targets.length / 6));
  let total = 0;
  const reasons: SuggestionReason[] = [];
  for (const signal of signals) {
    for (const word of signal.words) {
      const strength = (t: Word) =>
        signal.category ? Number(word.stem === t.stem) : matchStrength(word.stem, t.stem) * rare(t.stem);
      const best = Math.max(0, ...targets.map(strength));
      if (best === 0) continue;
      total += (best * (signal.weight ?? 1)) / (signal.category ? 1 : length);
      reasons.push(signal.reason(word));
    }
  }
  return { score: total, reasons: dedupe(reasons) };
}

const dedupe = (reasons: SuggestionReason[]) => {
  const seen = new Set<string>();
  return reasons.filter((r) => {
    const id = JSON.stringify(r);
    if (seen.has(id)) return false;
    seen.add(id);
    return true;
  });
};

/** The items at or above the threshold, best first. */
function ranked(items: Suggestion[], threshold: number, max = Infinity): Suggestion[] {
  return items
    .filter((s) => s.score >= threshold)
    .sort((a, b) => b.score - a.score)
    .slice(0, max);
}

/**
 * Suggests the goals, instruments and measures of the strategy an activity serves, each with
 * its reasons: the words its title and description share with the strategy's wording (German
 * stems, compounds found in either direction: "Wasserstoff" in "Wasserstoffkonferenz"), its
 * kind (a delegation trip → "Delegationsreisen"), its partnership's kind and places (a partner
 * in Poland → the goal naming Poland), the strategy's focus places, and its sectors. An
 * instrument is also suggested for each measure of it that is. Nothing is decided here: the
 * user accepts or not.
 */
export function suggestStrategyLinks(activity: SuggestionActivity, strategy: SuggestionStrategy): Suggestions {
  // The title says what the activity is about; a long description also names much else.
  const title = wordsOf(activity.title);
  const titled = new Set(title.map((w) => w.stem));
  const text: Signal[] = [
    { words: title, reason: (w) => ({ type: 'word', word: w.written }) },
    {
      words: wordsOf(activity.description).filter((w) => !titled.has(w.stem)),
      reason: (w) => ({ type: 'word', word: w.written }),
      weight: 0.5,
    },
  ];
  const sectors: Signal[] = activity.sectors.map((sector) => ({
    words: wordsOf(sector),
    reason: () => ({ type: 'sector', sector }),
  }));
  const places = (activity.partnership?.places ?? []).flatMap((p) =>
    [p.name, p.country].filter((n): n is string => !!n),
  );
  // A partner's place decides a goal ("Polen" → Z1); for a measure it is one hint among others.
  const placeSignal = (weight: number): Signal[] =>
    places.map((name) => ({
      words: wordsOf(name),
      reason: () => ({ type: 'place', place: name }),
      category: true,
      weight,
    }));
  const kind = activity.kind;
  const kindWords = kind && KIND_WORDS[kind];
  const kindSignal: Signal[] =
    kind && kindWords ? [{ words: wordsOf(kindWords), reason: () => ({ type: 'kind', kind }), weight: 2, category: true }] : [];
  const partnershipKind = activity.partnership?.kind;
  const partnershipWords = partnershipKind && PARTNERSHIP_WORDS[partnershipKind];
  const partnershipSignal: Signal[] =
    partnershipKind && partnershipWords
      ? [{ words: wordsOf(partnershipWords), reason: () => ({ type: 'partnership', kind: partnershipKind }) }]
      : [];
  const countries = new Set(
    (activity.partnership?.places ?? []).map((p) => p.iso?.slice(0, 2)).filter((c): c is string => !!c),
  );
  const focusSignal: Signal[] = strategy.focus
    .filter((f) => countries.has(f.iso) && FOCUS_WORDS[f.field])
    .map((f) => ({
      words: wordsOf(FOCUS_WORDS[f.field]!),
      reason: () => ({ type: 'focus', field: f.field, place: f.label }),
    }));

  const rare = rarity(strategy.measures);
  const measures = ranked(
    strategy.measures.map((m) => ({ key: m.key, ...score(m.text, [...text, ...sectors, ...placeSignal(0.5), ...kindSignal], rare) })),
    MEASURE_THRESHOLD,
    MAX_MEASURES,
  );
  const instruments = ranked(
    strategy.instruments.map((i) => {
      const own = score(i.title, [...text, ...sectors, ...kindSignal, ...partnershipSignal, ...focusSignal], rare);
      const fromMeasures = measures
        .filter((m) => strategy.measures.find((s) => s.key === m.key)?.instrument === i.numeral)
        .map((m): SuggestionReason => ({ type: 'measure', key: m.key }));
      return {
        key: i.numeral,
        score: own.score + fromMeasures.length,
        reasons: [...fromMeasures, ...own.reasons],
      };
    }),
    LINK_THRESHOLD,
  );
  const goals = ranked(
    strategy.goals.map((g) => ({ key: g.key, ...score(g.title, [...text, ...sectors, ...placeSignal(1)], rare) })),
    LINK_THRESHOLD,
  );
  return { goals, instruments, measures };
}
