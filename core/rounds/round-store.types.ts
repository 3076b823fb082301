import type { Actor } from '../access/actor.ts';
import type { StatusChangeStore } from '../partnerships/change-partnership-status.ts';
import type {
  OrganisationKind,
  PartnershipStatus,
  RoundRecommendation,
  RoundStatus,
  Role,
  WeightMethod,
} from '../shared/vocabulary.ts';
import { type GoalTitle } from './criteria-catalogue.ts';
import { type CriterionEntry, type RoundSettingsInput } from './round-input.ts';
import type { CriterionBasis, StoredJudgement } from './round.types.ts';

/** A round as the use-cases check it, read and locked inside the writing transaction. */
export interface RoundState {
  id: number;
  key: string;
  name: string;
  status: RoundStatus;
  scaleMin: number;
  scaleMax: number;
  weightMethod: WeightMethod;
  judgements: StoredJudgement[];
  closedAt: string | null;
  correctedBy: string | null;
  criteria: { id: number; key: string; position: number; rating: number | null; weight: number }[];
  partnerships: { id: number; key: string; statusAtStart: PartnershipStatus; status: PartnershipStatus }[];
  ministries: { id: number; key: string }[];
  assessors: { userId: number; organisationId: number }[];
  /** Partnership keys with a recommendation. */
  recommended: string[];
  /** Partnership keys with a recorded decision. */
  decided: string[];
}

export interface CriterionRow extends CriterionEntry {
  position: number;
  rating: number | null;
  weight: number;
  basis: CriterionBasis | null;
}

export interface ScoreRow {
  criterionId: number;
  value: number | null;
  /** False while only the justification is there (a draft without a chosen point; value null). */
  scored: boolean;
  justification: string;
  submitted: boolean;
}

/** The audit entry of a change to a round. */
export interface RoundAuditNote {
  action: string;
  before: Record<string, unknown> | null;
  after: Record<string, unknown>;
}

/** What the round use-cases need from storage; the db layer implements it inside one transaction. */
export interface RoundStore {
  lockRound(key: string): Promise<RoundState | null>;
  roundExists(key: string): Promise<boolean>;
  latestClosedRound(): Promise<{ id: number; key: string } | null>;
  closedRound(key: string): Promise<{ id: number; key: string } | null>;
  roundSettings(id: number): Promise<RoundSettingsInput & { previousRoundId: number | null }>;
  /** Regional and cross-border partnerships that have not ended (candidates under examination if asked). */
  defaultScope(includeCandidates: boolean): Promise<{ id: number; key: string; status: PartnershipStatus }[]>;
  partnerships(keys: readonly string[]): Promise<{ id: number; key: string; status: PartnershipStatus }[]>;
  organisations(keys: readonly string[]): Promise<{ id: number; key: string; kind: OrganisationKind }[]>;
  users(
    ids: readonly number[],
  ): Promise<{ id: number; role: Role; organisationId: number | null; disabled: boolean }[]>;
  goals(): Promise<(GoalTitle & { id: number })[]>;
  insertRound(round: {
    key: string;
    settings: RoundSettingsInput;
    scaleMin: number;
    scaleMax: number;
    smaaSeed: number;
    previousRoundId: number | null;
    correctsRoundId: number | null;
    weightMethod: WeightMethod;
    judgements: StoredJudgement[];
    createdByUserId: number | null;
  }): Promise<number>;
  updateRound(
    id: number,
    patch: Partial<RoundSettingsInput> & {
      status?: RoundStatus;
      weightMethod?: WeightMethod;
      judgements?: StoredJudgement[];
      scoringStartedAt?: Date;
      closedAt?: Date;
    },
  ): Promise<void>;
  replaceScope(roundId: number, partnerships: { id: number; status: PartnershipStatus }[]): Promise<void>;
  replaceParticipants(
    roundId: number,
    ministryIds: number[],
    assessors: { userId: number; organisationId: number }[],
  ): Promise<void>;
  insertCriteria(roundId: number, criteria: (CriterionRow & { goalId: number | null })[]): Promise<void>;
  updateCriterion(roundId: number, key: string, criterion: CriterionEntry & { goalId: number | null }): Promise<void>;
  deleteCriterion(roundId: number, key: string): Promise<void>;
  setCriterionWeights(
    roundId: number,
    weights: { key: string; rating: number | null; weight: number }[],
  ): Promise<void>;
  /** The roundʼs criteria in full (for copying into a correction). */
  criteriaOf(roundId: number): Promise<(CriterionRow & { goalId: number | null })[]>;
  scoresOf(roundId: number, assessorUserId: number, partnershipId: number): Promise<ScoreRow[]>;
  /** Assessors (by user id) who have given any score in the round. */
  assessorsWithScores(roundId: number): Promise<number[]>;
  saveScores(
    roundId: number,
    partnershipId: number,
    assessor: { userId: number; organisationId: number },
    scores: ScoreRow[],
  ): Promise<void>;
  /** Copies every submitted score of one round into another as drafts, criteria matched by key. */
  copyScoresAsDrafts(fromRoundId: number, toRoundId: number): Promise<number>;
  insertReminder(roundId: number, organisationId: number, message: string, sentByUserId: number | null): Promise<void>;
  saveRecommendation(
    roundId: number,
    partnershipId: number,
    recommendation: { recommendation: RoundRecommendation; justification: string },
    userId: number | null,
  ): Promise<void>;
  insertDecision(decision: {
    roundId: number;
    partnershipId: number;
    decision: RoundRecommendation;
    decidedOn: string;
    body: string;
    note: string;
    statusChangeId: number | null;
    recordedByUserId: number | null;
  }): Promise<void>;
  statusChanges: StatusChangeStore;
  audit(roundKey: string, actor: Actor, note: RoundAuditNote): Promise<void>;
}
