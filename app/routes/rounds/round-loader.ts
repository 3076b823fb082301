import { type Actor, actorUserId } from '../../../core/access/actor.ts';
import type { StoredScore } from '../../../core/rounds/round.types.ts';
import type { RoundRecord } from '../../../db/rounds/rounds.queries.ts';

export type SheetState = 'none' | 'draft' | 'submitted';

/** An assessor's sheet of one partnership: not started, a draft, or submitted in full. */
export function sheetState(scores: readonly StoredScore[], criteria: number): SheetState {
  if (scores.length === 0) return 'none';
  const submitted = scores.filter((s) => s.state === 'submitted').length;
  return submitted >= criteria ? 'submitted' : 'draft';
}

/** The actor's own partnerships in the round with the state of each sheet, in the round's order. */
export function ownSheets(actor: Actor, record: RoundRecord, visible: readonly StoredScore[]) {
  const me = actorUserId(actor);
  const own = visible.filter((s) => s.assessorUserId === me);
  return record.partnerships.map((p) => ({
    key: p.key,
    name: p.name,
    nameEn: p.nameEn,
    statusAtStart: p.statusAtStart,
    state: sheetState(
      own.filter((s) => s.partnership === p.key),
      record.criteria.length,
    ),
  }));
}

/** Progress per participating ministry and assessor (scores submitted and drafts). */
export function progressRows(
  record: RoundRecord,
  progress: readonly { ministry: string; assessorUserId: number; submitted: number; drafts: number }[],
) {
  return record.ministries.map((m) => ({
    ministry: { key: m.key, name: m.name, abbreviation: m.abbreviation },
    assessors: m.assessors.map((a) => {
      const p = progress.find((x) => x.ministry === m.key && x.assessorUserId === a.userId);
      return { userId: a.userId, displayName: a.displayName, submitted: p?.submitted ?? 0, drafts: p?.drafts ?? 0 };
    }),
  }));
}
