import { pgEnum } from 'drizzle-orm/pg-core';
import {
  activityKinds,
  activityStatuses,
  agreementKinds,
  commitmentLevels,
  focusFields,
  importRunStatuses,
  measureStatuses,
  organisationKinds,
  partnershipKinds,
  partnershipStatuses,
  placeKinds,
  proposalKinds,
  proposalStatuses,
  roles,
  roundOccasions,
  roundRecommendations,
  roundStatuses,
  scoreStates,
  weightMethods,
  signatorySides,
  sourceKinds,
  visibilities,
  factTypes,
  candidateStatuses,
  candidateMatches,
} from '../../core/shared/vocabulary.ts';

export const sourceKind = pgEnum('source_kind', sourceKinds);
export const commitmentLevel = pgEnum('commitment_level', commitmentLevels);
export const measureStatus = pgEnum('measure_status', measureStatuses);
export const focusField = pgEnum('focus_field', focusFields);
export const placeKind = pgEnum('place_kind', placeKinds);
export const organisationKind = pgEnum('organisation_kind', organisationKinds);
export const partnershipKind = pgEnum('partnership_kind', partnershipKinds);
export const partnershipStatus = pgEnum('partnership_status', partnershipStatuses);
export const agreementKind = pgEnum('agreement_kind', agreementKinds);
export const signatorySide = pgEnum('signatory_side', signatorySides);
export const activityKind = pgEnum('activity_kind', activityKinds);
export const activityStatus = pgEnum('activity_status', activityStatuses);
export const visibility = pgEnum('visibility', visibilities);
export const role = pgEnum('role', roles);
export const factType = pgEnum('fact_type', factTypes);
export const candidateStatus = pgEnum('candidate_status', candidateStatuses);
export const candidateMatch = pgEnum('candidate_match', candidateMatches);
export const conflictStatus = pgEnum('conflict_status', ['open', 'resolved']);
export const proposalKind = pgEnum('proposal_kind', proposalKinds);
export const proposalStatus = pgEnum('proposal_status', proposalStatuses);
export const importRunStatus = pgEnum('import_run_status', importRunStatuses);
export const roundStatus = pgEnum('round_status', roundStatuses);
export const roundOccasion = pgEnum('round_occasion', roundOccasions);
export const weightMethod = pgEnum('weight_method', weightMethods);
export const roundRecommendation = pgEnum('round_recommendation', roundRecommendations);
export const scoreState = pgEnum('score_state', scoreStates);
