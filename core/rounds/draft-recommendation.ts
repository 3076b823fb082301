import type { PartnershipScore } from '../evaluation/index.ts';
import type { RoundRecommendation } from '../shared/vocabulary.ts';
import { draftText, type DraftFacts } from './draft-text.ts';
import type { RoundDossier } from './round.types.ts';
import { optionsFor } from './round-rules.ts';

/**
 * The documented rules behind a suggested recommendation. They only draft: the coordinators
 * decide what they recommend, and edit the text.
 */
export const DRAFT_RULES = {
  /** A candidate is suggested for establishing from this weighted score (0–1) on. */
  establishFrom: 0.6,
  /** A partnership is suggested for continuing from this weighted score on. */
  continueFrom: 0.5,
  /** Below `continueFrom`, conversion into a sectoral cooperation is suggested from this mean on the priority sectors. */
  sectoralFrom: 0.5,
  /** A dormant partnership is suggested for examining reactivation from this mean on the political framework. */
  reactivationFrom: 0.5,
  /** A criterion with a normalised mean from here on is named a strength … */
  strengthFrom: 0.75,
  /** … and up to here a weakness. */
  weaknessUpTo: 0.25,
  /** The ministries' scores are called far apart from this range on. */
  largeSpread: 0.2,
} as const;

/** The criteria the rules look at, by their key in the default catalogue. */
export const RULE_CRITERIA = { political: 'politischer-rahmen', sectors: 'schwerpunktsektoren' } as const;

/** Which rule gave the suggestion, or why there is none. */
export type DraftRule =
  | 'no-score'
  | 'establish'
  | 'not-establish'
  | 'examine-reactivation'
  | 'keep-dormant'
  | 'keep-dormant-no-criterion'
  | 'continue'
  | 'convert-sectoral'
  | 'end'
  | 'end-no-criterion';

/** A drafted recommendation for one partnership: the suggestion, its rule and an editable text. */
export interface DraftRecommendation {
  partnership: string;
  /** One of `optionsFor(statusAtStart)`; null when the partnership has no complete score. */
  suggestion: RoundRecommendation | null;
  rule: DraftRule;
  justification: { de: string; en: string };
}

const normalisedMean = (score: PartnershipScore, criterion: string) => {
  const mean = score.byCriterion[criterion]?.normalised;
  return mean === undefined ? null : mean;
};

/** The suggestion under the documented rules, from a complete score. */
function suggest(
  statusAtStart: RoundDossier['partnerships'][number]['statusAtStart'],
  score: PartnershipScore & { score: number },
): { suggestion: RoundRecommendation; rule: DraftRule } {
  if (statusAtStart === 'under_examination')
    return score.score >= DRAFT_RULES.establishFrom
      ? { suggestion: 'establish', rule: 'establish' }
      : { suggestion: 'not_establish', rule: 'not-establish' };
  if (statusAtStart === 'dormant') {
    const political = normalisedMean(score, RULE_CRITERIA.political);
    if (political === null) return { suggestion: 'keep_dormant', rule: 'keep-dormant-no-criterion' };
    return political >= DRAFT_RULES.reactivationFrom
      ? { suggestion: 'examine_reactivation', rule: 'examine-reactivation' }
      : { suggestion: 'keep_dormant', rule: 'keep-dormant' };
  }
  if (score.score >= DRAFT_RULES.continueFrom) return { suggestion: 'continue', rule: 'continue' };
  const sectors = normalisedMean(score, RULE_CRITERIA.sectors);
  if (sectors === null) return { suggestion: 'end', rule: 'end-no-criterion' };
  return sectors >= DRAFT_RULES.sectoralFrom
    ? { suggestion: 'convert_sectoral', rule: 'convert-sectoral' }
    : { suggestion: 'end', rule: 'end' };
}

/** The facts of a partnership's result the drafted text states. */
function factsOf(dossier: RoundDossier, score: PartnershipScore): Omit<DraftFacts, 'rule'> {
  const criteria = dossier.criteria.map((c) => ({ key: c.key, name: c.name, nameEn: c.nameEn ?? c.name }));
  const named = (keep: (mean: number) => boolean) =>
    criteria.filter((c) => {
      const mean = normalisedMean(score, c.key);
      return mean !== null && keep(mean);
    });
  const ministry = (key: string) => {
    const m = dossier.ministries.find((x) => x.key === key);
    return m?.abbreviation ?? m?.name ?? key;
  };
  const complete = Object.entries(score.byMinistry).flatMap(([key, s]) =>
    s.score === null ? [] : [{ key, score: s.score }],
  );
  complete.sort((a, b) => a.score - b.score);
  const spread =
    score.spread && score.spread.range >= DRAFT_RULES.largeSpread && complete.length >= 2
      ? {
          min: score.spread.min,
          max: score.spread.max,
          lowest: ministry(complete[0]!.key),
          highest: ministry(complete[complete.length - 1]!.key),
        }
      : null;
  const robustness = dossier.results.robustness;
  const acceptability =
    score.rank !== null && robustness
      ? (robustness.rankAcceptability[score.partnership]?.[score.rank - 1] ?? null)
      : null;
  return {
    rank: score.rank,
    ranked: dossier.results.partnerships.filter((p) => p.rank !== null).length,
    score: score.score,
    coverage: score.coverage,
    strengths: named((m) => m >= DRAFT_RULES.strengthFrom),
    weaknesses: named((m) => m <= DRAFT_RULES.weaknessUpTo),
    missing: criteria.filter((c) => score.missingCriteria.includes(c.key)),
    spread,
    acceptability,
    evidence: dossier.evidence[score.partnership] ?? null,
  };
}

/**
 * Drafts the recommendation for one partnership of a round from its results: a suggested option
 * among those the strategy gives for its status at the start (candidates: establish from a score
 * of 0.6; dormant: examine reactivation from a mean of 0.5 on the political framework, otherwise
 * keep dormant; the others: continue from 0.5, below that convert to a sectoral cooperation from a
 * mean of 0.5 on the priority sectors, otherwise end), and a justification in German and English
 * for the coordinators to edit: rank and score with coverage, strengths and weaknesses, a large
 * spread between the ministries, the robustness of the rank, and the evidence of the register.
 * Without a complete score there is no suggestion, and the text says which criteria are missing.
 * A round without the criterion a rule looks at falls back to the cautious option and says so.
 */
export function draftRecommendation(dossier: RoundDossier, partnershipKey: string): DraftRecommendation | null {
  const partnership = dossier.partnerships.find((p) => p.key === partnershipKey);
  const score = dossier.results.partnerships.find((p) => p.partnership === partnershipKey);
  if (!partnership || !score) return null;
  const facts = factsOf(dossier, score);
  if (score.score === null) {
    return {
      partnership: partnershipKey,
      suggestion: null,
      rule: 'no-score',
      justification: draftText({ ...facts, rule: 'no-score' }),
    };
  }
  const { suggestion, rule } = suggest(partnership.statusAtStart, { ...score, score: score.score });
  // The rules only ever pick among the options of the status; this guards a future change of either.
  if (!optionsFor(partnership.statusAtStart).includes(suggestion))
    return {
      partnership: partnershipKey,
      suggestion: null,
      rule: 'no-score',
      justification: draftText({ ...facts, rule: 'no-score' }),
    };
  return { partnership: partnershipKey, suggestion, rule, justification: draftText({ ...facts, rule }) };
}

/** The drafts of every partnership of a round, by partnership key. */
export const draftRecommendations = (dossier: RoundDossier): Record<string, DraftRecommendation> =>
  Object.fromEntries(
    dossier.partnerships.flatMap((p) => {
      const draft = draftRecommendation(dossier, p.key);
      return draft ? [[p.key, draft]] : [];
    }),
  );
