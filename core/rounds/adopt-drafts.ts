import type { Actor } from '../access/actor.ts';
import { canManageRounds } from '../access/round.policy.ts';
import { AppError, notFound } from '../shared/errors.ts';
import type { RoundRecommendation } from '../shared/vocabulary.ts';
import { setRecommendation, type RoundStore } from './round-use-cases.ts';

/** A drafted recommendation to store: the suggested option and the drafted text. */
export interface DraftToAdopt {
  partnership: string;
  recommendation: RoundRecommendation;
  justification: string;
}

/**
 * Stores the drafted recommendation of every partnership that has none yet, in the caller's one
 * transaction, each through `setRecommendation` (so each is checked and audited like one written
 * by hand). Recommendations already written stay as they are. Returns the partnerships adopted.
 */
export async function adoptDraftRecommendations(args: {
  store: RoundStore;
  actor: Actor;
  key: string;
  drafts: readonly DraftToAdopt[];
}): Promise<{ adopted: string[] }> {
  const { store, actor, key } = args;
  if (!canManageRounds(actor)) throw new AppError('FORBIDDEN', 'Only coordinators manage evaluation rounds.');
  const round = await store.lockRound(key);
  if (!round) throw notFound('Evaluation round', key);
  const open = args.drafts.filter((d) => !round.recommended.includes(d.partnership));
  for (const draft of open)
    await setRecommendation({
      store,
      actor,
      key,
      partnership: draft.partnership,
      input: { recommendation: draft.recommendation, justification: draft.justification },
    });
  return { adopted: open.map((d) => d.partnership) };
}
