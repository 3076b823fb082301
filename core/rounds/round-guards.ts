import type { Actor } from '../access/actor.ts';
import { canManageRounds } from '../access/round.policy.ts';
import { AppError, notFound, withCodes, type FieldIssue } from '../shared/errors.ts';
import type { OrganisationKind } from '../shared/vocabulary.ts';
import { ROUND_ISSUES } from './round-input.ts';
import { mayChange, phasesAllowing, type RoundChange } from './round-phases.ts';
import type { RoundState, RoundStore } from './round-store.types.ts';

// The checks every round use-case starts with: who may, which round, which phase.

/** The organisation kinds that take part in a round as a "ministry". */
export const MINISTRY_KINDS: readonly OrganisationKind[] = ['ministry', 'state_chancellery'];

/** A refusal of wrong input, naming each field. */
export const invalid = (message: string, issues: FieldIssue[]) =>
  new AppError('INVALID_INPUT', message, withCodes(ROUND_ISSUES, issues));
/** Refuses the input if anything is wrong with it. */
export const refuseIf = (
  issues: FieldIssue[],
  message = 'The input for the evaluation round is incomplete or wrong.',
) => {
  if (issues.length > 0) throw invalid(message, issues);
};

/** Refuses anyone who may not manage rounds (core/access/round.policy.ts). */
export function mustManage(actor: Actor) {
  if (!canManageRounds(actor)) throw new AppError('FORBIDDEN', 'Only coordinators manage evaluation rounds.');
}

/** The round, locked for the change in the caller's transaction; NOT_FOUND if there is none. */
export async function lockedRound(store: RoundStore, key: string): Promise<RoundState> {
  const round = await store.lockRound(key);
  if (!round) throw notFound('Evaluation round', key);
  return round;
}

/** Refuses the change unless the round's phase allows it (core/rounds/round-phases.ts). */
export function mustAllow(round: RoundState, change: RoundChange) {
  if (!mayChange(round, change))
    throw new AppError(
      'INVALID_TRANSITION',
      `The round is ${round.status}; this needs it ${phasesAllowing(change).join(' or ')}.`,
      [{ field: 'status', message: ROUND_ISSUES.status, code: 'status' }],
    );
}

/** A coordinator's round, locked for the change, in a phase that allows the change. */
export async function managedRound(store: RoundStore, actor: Actor, key: string, change: RoundChange) {
  mustManage(actor);
  const round = await lockedRound(store, key);
  mustAllow(round, change);
  return round;
}

/** Random 32-bit seed for the robustness analysis; stored with the round so its figures can be reproduced. */
export type SeedSource = () => number;
