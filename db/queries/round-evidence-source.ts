import type { Actor } from '../../core/accounts/actor.ts';
import type { RoundDossier } from '../../core/rounds/round.types.ts';
import type { Executor } from '../client.ts';
import { readRoundEvidence } from './round-evidence.ts';
import type { RoundRecord } from './rounds.ts';

/**
 * The evidence of the register beside a round's results, compiled for the viewer over the
 * round's period: the one place the results pages, the API and the report take it from.
 */
export const roundEvidence =
  (db: Executor, actor: Actor, today: string) =>
  (record: RoundRecord): Promise<RoundDossier['evidence']> =>
    readRoundEvidence(
      db,
      actor,
      record.partnerships.map((p) => p.key),
      { from: record.summary.periodFrom, to: record.summary.periodTo },
      today,
    );
