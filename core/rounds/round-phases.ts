import type { RoundStatus } from '../shared/vocabulary.ts';

/**
 * The phases of an evaluation round as one table: which change is allowed in which phase.
 * Use-cases ask `mayChange` (through `managedRound` and `mustAllow` in round-guards.ts); pages
 * ask it to decide which forms to show. The database holds the locked phase on its own: a
 * trigger (db/migrations/0006_evaluation_rounds.sql) refuses every change to a closed round and
 * its parts; round-phases.test.ts holds this table against it.
 */

/** Every kind of change a use-case makes to a round. */
export const roundChanges = [
  'settings',
  'deadlines',
  'scope',
  'participants',
  'criteria',
  'weights',
  'start-scoring',
  'scores',
  'reminders',
  'end-scoring',
  'reopen-scoring',
  'recommendations',
  'close',
  'decisions',
  'correction',
] as const;
export type RoundChange = (typeof roundChanges)[number];

/** The parts a round is stored in (the round itself, and the records that belong to it). */
export const roundParts = [
  'round',
  'criteria',
  'scope',
  'ministries',
  'assessors',
  'scores',
  'recommendations',
  'reminders',
  'decisions',
] as const;
export type RoundPart = (typeof roundParts)[number];

interface Phase {
  /** A locked round and the parts in `LOCKED_PARTS` never change again. */
  locked: boolean;
  allows: readonly RoundChange[];
}

/** The table: for each phase, whether it is locked and which changes it allows. */
export const ROUND_PHASES: Readonly<Record<RoundStatus, Phase>> = {
  draft: {
    locked: false,
    allows: ['settings', 'deadlines', 'scope', 'participants', 'criteria', 'weights', 'start-scoring'],
  },
  // Criteria, weights and scope are fixed; a replacement assessor can still step in.
  scoring: { locked: false, allows: ['deadlines', 'participants', 'scores', 'reminders', 'end-scoring'] },
  review: { locked: false, allows: ['reopen-scoring', 'recommendations', 'close'] },
  // Immutable: the decisions taken on it are recorded beside it; a correction is a new, linked round.
  closed: { locked: true, allows: ['decisions', 'correction'] },
};

/** What each change writes of the round it is made to (a correction writes a new round only). */
export const WRITES: Readonly<Record<RoundChange, readonly RoundPart[]>> = {
  settings: ['round'],
  deadlines: ['round'],
  scope: ['scope'],
  participants: ['ministries', 'assessors'],
  criteria: ['criteria', 'round'],
  weights: ['criteria', 'round'],
  'start-scoring': ['round'],
  scores: ['scores'],
  reminders: ['reminders'],
  'end-scoring': ['round'],
  'reopen-scoring': ['round'],
  recommendations: ['recommendations'],
  close: ['round'],
  decisions: ['decisions'],
  correction: [],
};

/** The parts that never change once the round is locked (decisions and reminders sit beside it). */
export const LOCKED_PARTS: readonly RoundPart[] = [
  'round',
  'criteria',
  'scope',
  'ministries',
  'assessors',
  'scores',
  'recommendations',
];

/** Whether the round is locked: closed, and from then on immutable. */
export const isLocked = (round: { status: RoundStatus }): boolean => ROUND_PHASES[round.status].locked;

/** Whether the round's phase allows the change. */
export const mayChange = (round: { status: RoundStatus }, change: RoundChange): boolean =>
  ROUND_PHASES[round.status].allows.includes(change);

/** The phases in which a change is allowed (for the message that refuses it). */
export const phasesAllowing = (change: RoundChange): RoundStatus[] =>
  (Object.keys(ROUND_PHASES) as RoundStatus[]).filter((status) => ROUND_PHASES[status].allows.includes(change));
