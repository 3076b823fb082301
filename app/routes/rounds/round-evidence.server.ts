import type { Actor } from '../../../core/access/actor.ts';
import type { PartnershipEvidence } from '../../../core/rounds/round.types.ts';
import type { Executor } from '../../../db/client.ts';
import { readRoundEvidence } from '../../../db/rounds/round-evidence.queries.ts';
import type { RoundRecord } from '../../../db/rounds/rounds.queries.ts';

/**
 * The evidence of one partnership of a round for the viewer: what the register knows about it for
 * the round's period, as the viewer may see it; null when the viewer may not see the partnership.
 */
export async function partnershipEvidence(args: {
  db: Executor;
  actor: Actor;
  record: RoundRecord;
  partnership: string;
  today: string;
}): Promise<PartnershipEvidence | null> {
  const { db, actor, record, partnership, today } = args;
  const evidence = await readRoundEvidence(
    db,
    actor,
    [partnership],
    { from: record.summary.periodFrom, to: record.summary.periodTo },
    today,
  );
  return evidence[partnership] ?? null;
}
