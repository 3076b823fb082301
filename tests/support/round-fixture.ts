import { type Actor, operator } from '../../core/access/actor.ts';
import {
  closeRound,
  createRound,
  moveRound,
  removeCriterion,
  saveScores,
  setRecommendation,
  setRoundParticipants,
  startScoring,
  type RoundStore,
} from '../../core/rounds/round-use-cases.ts';
import type { Database } from '../../db/client.ts';
import { readRound } from '../../db/rounds/rounds.queries.ts';
import { withRoundStore } from '../../db/rounds/round.store.ts';
import { buildUser } from './users.ts';
import { testClock } from './clock.ts';

/** The criteria the fixture keeps, in order, and the scores 0–4 per partnership (null: "no basis"). */
export const FIXTURE_CRITERIA = ['ziel-z4', 'schwerpunktsektoren', 'politischer-rahmen', 'kosteneffizienz'];
const SCORES: Record<string, Record<string, (number | null)[]>> = {
  // Per partnership the score of each criterion, given by SMWK, SMWA and SMI.
  charkiw: {
    'ziel-z4': [4, 4, 3],
    schwerpunktsektoren: [4, 3, 4],
    'politischer-rahmen': [4, 4, 4],
    kosteneffizienz: [3, 3, 4],
  },
  lazio: {
    'ziel-z4': [3, 3, 2],
    schwerpunktsektoren: [2, 3, 3],
    'politischer-rahmen': [4, 3, 4],
    kosteneffizienz: [2, 2, 3],
  },
  niederschlesien: {
    'ziel-z4': [1, 0, 1],
    schwerpunktsektoren: [1, 1, 0],
    'politischer-rahmen': [2, 1, 1],
    kosteneffizienz: [1, 0, 1],
  },
  tatarstan: {
    'ziel-z4': [0, 0, 0],
    schwerpunktsektoren: [0, 1, 0],
    'politischer-rahmen': [0, 0, 1],
    kosteneffizienz: [0, 0, 0],
  },
  // Nobody can judge Québec's cost efficiency: no complete score, so no rank.
  quebec: {
    'ziel-z4': [2, 3, 2],
    schwerpunktsektoren: [2, 2, 2],
    'politischer-rahmen': [3, 2, 3],
    kosteneffizienz: [null, null, null],
  },
};
export const FIXTURE_PARTNERSHIPS = Object.keys(SCORES);
const MINISTRIES = ['SMWK', 'SMWA', 'SMI'] as const;

export interface RoundFixture {
  key: string;
  coordinator: Actor;
  assessors: (Actor & { kind: 'user'; cookie: string })[];
  /** Moves the round from review to closed, with a recommendation for every partnership still without one. */
  close(at?: Date): Promise<void>;
}

/**
 * A Leitlinien-Check through its use-cases, left in review: five partnerships (Charkiw, Lazio,
 * Niederschlesien active, Tatarstan dormant, Québec without a complete score), four criteria with
 * equal weights, three ministries with one assessor each who all submitted.
 */
export async function setUpRound(db: Database, key = 'lc-ergebnisse', today = '2026-11-21'): Promise<RoundFixture> {
  const coordinator = operator('test');
  const run = <T>(work: (store: RoundStore) => Promise<T>) => withRoundStore(db, testClock.now(), work);
  const assessors: RoundFixture['assessors'] = [];
  for (const ministry of MINISTRIES) {
    const u = await buildUser(db, 'assessor', ministry, `bewertung.${key}.${ministry}@test.sachsen.de`.toLowerCase());
    assessors.push({
      kind: 'user' as const,
      userId: u.id,
      label: u.email,
      role: 'assessor' as const,
      organisationId: u.organisationId,
      cookie: u.cookie,
    });
  }
  await run((store) =>
    createRound({
      store,
      actor: coordinator,
      today,
      seed: () => 2026,
      input: {
        key,
        name: 'Leitlinien-Check 2026',
        occasion: 'cabinet_decision',
        periodFrom: '2022-01-01',
        periodTo: '2025-12-31',
        scoringDeadline: '2026-12-15',
        partnerships: FIXTURE_PARTNERSHIPS,
        ministries: MINISTRIES.map((m) => m.toLowerCase()),
      },
    }),
  );
  await run((store) =>
    setRoundParticipants({
      store,
      actor: coordinator,
      key,
      input: { ministries: MINISTRIES.map((m) => m.toLowerCase()), assessors: assessors.map((a) => a.userId) },
    }),
  );
  const round = (await readRound(db, key))!;
  for (const c of round.criteria.filter((c) => !FIXTURE_CRITERIA.includes(c.key)))
    await run((store) => removeCriterion({ store, actor: coordinator, key, criterion: c.key }));
  await run((store) => startScoring({ store, actor: coordinator, key, now: testClock.now() }));
  for (const [partnership, byCriterion] of Object.entries(SCORES))
    for (const [i, actor] of assessors.entries())
      await run((store) =>
        saveScores({
          store,
          actor,
          key,
          partnership,
          input: {
            submit: true,
            scores: FIXTURE_CRITERIA.map((criterion) => ({
              criterion,
              value: byCriterion[criterion]![i]!,
              justification: `Begründung ${MINISTRIES[i]} zu ${partnership}, ${criterion}`,
            })),
          },
        }),
      );
  await run((store) => moveRound({ store, actor: coordinator, key, to: 'review' }));
  return {
    key,
    coordinator,
    assessors,
    async close(at = testClock.now()) {
      for (const partnership of FIXTURE_PARTNERSHIPS)
        await run(async (store) => {
          const state = (await store.lockRound(key))!;
          if (state.recommended.includes(partnership)) return;
          const dormant = state.partnerships.find((p) => p.key === partnership)!.statusAtStart === 'dormant';
          await setRecommendation({
            store,
            actor: coordinator,
            key,
            partnership,
            input: { recommendation: dormant ? 'keep_dormant' : 'continue', justification: 'Nach Aussprache.' },
          });
        });
      await withRoundStore(db, at, (store) => closeRound({ store, actor: coordinator, key, now: at }));
    },
  };
}
