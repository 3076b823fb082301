import type { Actor } from '../../core/accounts/actor.ts';
import type { RoundDossier } from '../../core/rounds/round.types.ts';
import type { Executor } from '../client.ts';
import type { RoundRecord } from './rounds.ts';

/**
 * The evidence of the register beside a round's results, compiled for the viewer: the one place
 * the pages, the API and the report take it from. The read model of the evidence is not part of
 * the register yet; until it is, the results come without it (the drafted texts then leave the
 * evidence sentence out).
 */
export const roundEvidence =
  (_db: Executor, _actor: Actor, _today: string) =>
  async (_record: RoundRecord): Promise<RoundDossier['evidence']> => ({});
