import type { Actor } from '../../core/accounts/actor.ts';
import type { PartnershipEvidence } from '../../core/rounds/round.types.ts';
import type { Executor } from '../../db/client.ts';
import type { RoundRecord } from '../../db/queries/rounds.ts';

/**
 * The evidence of one partnership of a round for the viewer, or null while the register's
 * evidence reader (db/queries/round-evidence.ts readRoundEvidence) is not part of the build:
 * the scoring page then says that the evidence has not been compiled yet.
 */
export async function partnershipEvidence(args: {
  db: Executor;
  actor: Actor;
  record: RoundRecord;
  partnership: string;
  today: string;
}): Promise<PartnershipEvidence | null> {
  void args;
  return null;
}
