/**
 * The closed vocabularies of the domain. The database enums, the seed-file schemas and the
 * API schemas are all built from these lists, so a new value is added in one place.
 */
export const sourceKinds = [
  'strategy',
  'press_release',
  'newspaper_article',
  'agreement_text',
  'decision',
  'evaluation',
  'other',
  'letter',
  'parliamentary_paper',
] as const;

/** "sollen" (shall), "könnten aus gegenwärtiger Sicht" (could, from today's view), "werden" (indicative: is being done). */
export const commitmentLevels = ['sollen', 'koennten', 'werden'] as const;

export const measureStatuses = [
  'not_started',
  'planned',
  'in_progress',
  'ongoing',
  'completed',
  'discontinued',
] as const;

export const focusFields = [
  'skilled_worker_countries',
  'trade_partners',
  'development_cooperation',
  'sectoral_partnership_sectors',
  'investment_sectors',
  'development_economic_sectors',
  'dialogue_formats',
] as const;

export const placeKinds = ['country', 'region', 'city', 'macro_region'] as const;

export const organisationKinds = [
  'state_chancellery',
  'ministry',
  'state_authority',
  'agency',
  'chamber',
  'business_association',
  'university',
  'research_institution',
  'cultural_institution',
  'foundation',
  'municipality',
  'ngo',
  'partner_government',
  'interministerial_body',
  'network',
  'other',
] as const;

export const partnershipKinds = [
  'cross_border',
  'regional',
  'sectoral',
  'liaison_office',
  'representative_office',
  'administrative_cooperation',
] as const;

export const partnershipStatuses = ['under_examination', 'active', 'dormant', 'ended'] as const;

export const agreementKinds = [
  'joint_declaration',
  'memorandum_of_understanding',
  'declaration_of_intent',
  'partnership_agreement',
] as const;

export const signatorySides = ['saxony', 'partner'] as const;

export const activityKinds = [
  'delegation_trip',
  'delegation_received',
  'fair',
  'conference',
  'project',
  'working_group_meeting',
  'exchange',
  'aid_delivery',
  'signing',
  'training',
] as const;

export const activityStatuses = ['planned', 'confirmed', 'done', 'cancelled'] as const;

export const visibilities = ['public', 'internal', 'restricted'] as const;

/** The kinds of fact the extraction proposes from a document. */
export const factTypes = [
  'partnership_established',
  'agreement_signed',
  'status_changed',
  'activity',
  'office_opened',
] as const;
/** A candidate fact in the review queue: open, or decided (accepted, merged into a recorded fact, rejected). */
export const candidateStatuses = ['open', 'accepted', 'merged', 'rejected'] as const;
/** How a candidate compares with the register when it is queued. */
export const candidateMatches = ['new', 'recorded', 'conflict'] as const;

/** What a stakeholder may propose: a new activity for the register, or a correction of a record. */
export const proposalKinds = ['new_activity', 'correction'] as const;
export const proposalStatuses = ['submitted', 'accepted', 'rejected'] as const;

/** A staged import: checked (dry run done), imported, or discarded by its user. */
export const importRunStatuses = ['checked', 'imported', 'discarded'] as const;

/**
 * An evaluation round (Leitlinien-Check): set up (criteria and weights editable), scoring by the
 * ministries' assessors, review (scores frozen, recommendations drafted), closed (immutable).
 */
export const roundStatuses = ['draft', 'scoring', 'review', 'closed'] as const;

/** Why a round is held: after the cabinet decision on the strategy, at the start of a legislative period, or ad hoc. */
export const roundOccasions = ['cabinet_decision', 'legislative_period', 'ad_hoc'] as const;

/** How a round's criteria are weighted: equally, by direct rating, or by pairwise comparison (AHP). */
export const weightMethods = ['equal', 'direct', 'ahp'] as const;

/** The options the strategy gives for a partnership; the last two for candidates under examination. */
export const roundRecommendations = [
  'continue',
  'convert_sectoral',
  'keep_dormant',
  'examine_reactivation',
  'end',
  'establish',
  'not_establish',
] as const;

/** A draft score can still be changed by its assessor; a submitted one is final for the round. */
export const scoreStates = ['draft', 'submitted'] as const;

export const roles = ['coordinator', 'ministry_editor', 'assessor', 'stakeholder', 'reader'] as const;

export type SourceKind = (typeof sourceKinds)[number];
export type CommitmentLevel = (typeof commitmentLevels)[number];
export type MeasureStatus = (typeof measureStatuses)[number];
export type FocusField = (typeof focusFields)[number];
export type PlaceKind = (typeof placeKinds)[number];
export type OrganisationKind = (typeof organisationKinds)[number];
export type PartnershipKind = (typeof partnershipKinds)[number];
export type PartnershipStatus = (typeof partnershipStatuses)[number];
export type AgreementKind = (typeof agreementKinds)[number];
export type ActivityKind = (typeof activityKinds)[number];
export type ActivityStatus = (typeof activityStatuses)[number];
export type Visibility = (typeof visibilities)[number];
export type FactType = (typeof factTypes)[number];
export type CandidateStatus = (typeof candidateStatuses)[number];
export type CandidateMatch = (typeof candidateMatches)[number];
export type ProposalKind = (typeof proposalKinds)[number];
export type ProposalStatus = (typeof proposalStatuses)[number];
export type ImportRunStatus = (typeof importRunStatuses)[number];
export type Role = (typeof roles)[number];
export type RoundStatus = (typeof roundStatuses)[number];
export type RoundOccasion = (typeof roundOccasions)[number];
export type WeightMethod = (typeof weightMethods)[number];
export type RoundRecommendation = (typeof roundRecommendations)[number];
export type ScoreState = (typeof scoreStates)[number];
