import type {
  AlphaResult,
  PairwiseJudgement,
  PartnershipScore,
  RankingComparison,
  SmaaResult,
  WeightStability,
} from '../evaluation/index.ts';
import type {
  PartnershipKind,
  PartnershipStatus,
  RoundOccasion,
  RoundRecommendation,
  RoundStatus,
  ScoreState,
  WeightMethod,
} from '../shared/vocabulary.ts';

/** A described point of a criterion's scale (e.g. 0 "kein Bezug" … 4 "prägend"). */
export interface ScaleAnchor {
  value: number;
  label: string;
  labelEn: string | null;
}

/** Where a criterion comes from in the strategy (a passage of a stored source document). */
export interface CriterionBasis {
  documentKey: string;
  locator: string;
  quote: string;
}

/** A criterion of a round as coordinators edit it. */
export interface CriterionInput {
  key: string;
  name: string;
  nameEn: string | null;
  guidance: string;
  guidanceEn: string | null;
  anchors: ScaleAnchor[];
  /** The goal of the strategy the criterion asks about (Z1…Z6), if it is one of those. */
  goalKey: string | null;
}

/** A criterion as stored, with its weight. */
export interface RoundCriterion extends CriterionInput {
  position: number;
  /** The coordinators' direct rating (method "direct"), otherwise null. */
  rating: number | null;
  /** Normalised weight (the weights of a round sum to 1). */
  weight: number;
  basis: CriterionBasis | null;
}

/** One pairwise judgement of the AHP: how much more important `first` is than `second` (1/9 … 9). */
export type StoredJudgement = PairwiseJudgement;

/** The settings of a round, as created and edited while it is a draft. */
export interface RoundSettings {
  name: string;
  occasion: RoundOccasion;
  /** The period under review, ISO dates. */
  periodFrom: string;
  periodTo: string;
  scoringDeadline: string;
  reportDeadline: string | null;
}

/** A round as the pages, the API and the report show it. */
export interface RoundSummary extends RoundSettings {
  key: string;
  status: RoundStatus;
  scaleMin: number;
  scaleMax: number;
  weightMethod: WeightMethod;
  judgements: StoredJudgement[];
  /** The AHP's consistency ratio (null for other methods or fewer than three criteria). */
  consistencyRatio: number | null;
  smaa: { seed: number; samples: number; concentration: number };
  previousRound: { key: string; name: string } | null;
  correctsRound: { key: string; name: string } | null;
  /** The round that corrects this one, once there is one. */
  correctedBy: { key: string; name: string } | null;
  scoringStartedAt: string | null;
  closedAt: string | null;
}

/** A partnership in a round's scope. */
export interface RoundPartnership {
  key: string;
  name: string;
  nameEn: string;
  kind: PartnershipKind;
  /** The status when the round was set up (dormant partnerships are in scope, never counted active). */
  statusAtStart: PartnershipStatus;
  /** Under examination when the round was set up: a candidate, for which "establish or not" is asked. */
  candidate: boolean;
}

/** A participating ministry with its assessors. */
export interface RoundMinistry {
  key: string;
  name: string;
  abbreviation: string | null;
  assessors: { userId: number; displayName: string }[];
}

/** One score as stored. */
export interface StoredScore {
  partnership: string;
  criterion: string;
  assessorUserId: number;
  assessorName: string;
  ministry: string;
  value: number | null;
  /** False for a draft that holds only a justification so far (no point chosen; value null). */
  scored: boolean;
  justification: string;
  state: ScoreState;
}

/** What the register knows about a partnership for the period under review. */
export interface PartnershipEvidence {
  partnership: string;
  period: { from: string; to: string };
  activities: {
    total: number;
    byGoal: { key: string; title: string; titleEn?: string; count: number }[];
    byInstrument: { numeral: string; title: string; titleEn?: string; count: number }[];
    byMinistry: { key: string; name: string; nameEn?: string | null; abbreviation?: string | null; count: number }[];
    /** The most recent activities of the period (title, date as stored, kind). */
    recent: { id: number; title: string; startsOn: string | null; kind: string }[];
    /** Activities of the partnership without a date: they cannot be placed in the period and do not count. */
    undated?: number;
  };
  workingGroups: { name: string; meetings: number; lastMeeting: string | null }[];
  /** `validity` is the validity class the agreement pages show (valid, expiring, expired, unknown). */
  agreements: {
    key: string;
    title: string;
    signedOn: string | null;
    expiresOn: string | null;
    validity: string;
    /** The key of the agreement that renewed this one (it is then no longer the one in force). */
    renewedBy?: string | null;
  }[];
  sectors: { key: string; name: string; nameEn?: string; priority: boolean }[];
  /** Organisations outside the government that took part in the period's activities. */
  stakeholders: { key: string; name: string; nameEn?: string | null; kind: string; activities: number }[];
  /** Money actually spent on the period's activities (sum of their stated actual budgets), in euro cents. */
  spentCents: number;
  /** Activities of the period that state an actual budget (the sum rests on them only). */
  activitiesWithAmount: number;
  statusHistory: {
    from: PartnershipStatus | null;
    to: PartnershipStatus;
    effectiveOn: string | null;
    reason: string;
  }[];
}

/** The coordinators' recommendation for one partnership. */
export interface RoundRecommendationEntry {
  partnership: string;
  recommendation: RoundRecommendation;
  justification: string;
}

/** The decision taken on a partnership after the round closed. */
export interface RoundDecisionEntry {
  partnership: string;
  decision: RoundRecommendation;
  decidedOn: string;
  body: string;
  note: string;
  /** The status the partnership moved to because of the decision, if it changed. */
  statusChangedTo: PartnershipStatus | null;
}

/** The results of a round computed from its submitted scores. */
export interface RoundResults {
  /** Submitted scores only count; drafts never do. */
  submittedScores: number;
  expectedScores: number;
  /** Ranked partnerships first (by rank), then those without a complete score. */
  partnerships: PartnershipScore[];
  ministries: string[];
  /** Krippendorff's alpha (ordinal) per criterion key. */
  agreement: Record<string, AlphaResult>;
  /** Rank acceptability under uncertain weights; null with fewer than two complete partnerships. */
  robustness: SmaaResult | null;
  /** Weight ranges within which the ranking stays the same, per criterion; empty as for robustness. */
  stability: WeightStability[];
  /** Comparison with the previous round's ranking; null without a previous closed round. */
  comparison: RankingComparison | null;
}

/** Everything about a round the results page, the API and the cabinet report need. */
export interface RoundDossier {
  round: RoundSummary;
  criteria: RoundCriterion[];
  partnerships: RoundPartnership[];
  ministries: RoundMinistry[];
  results: RoundResults;
  evidence: Record<string, PartnershipEvidence>;
  /** The submitted scores with their justifications (who scored is shown by ministry). */
  scores: StoredScore[];
  recommendations: Record<string, RoundRecommendationEntry>;
  decisions: Record<string, RoundDecisionEntry>;
}
