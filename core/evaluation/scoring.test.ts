import { describe, expect, it } from 'vitest';
import type { AppError } from '../shared/errors.ts';
import type { Score } from './evaluation.types.ts';
import { competitionRanks, fractionalRanks } from './ranking.ts';
import { performanceTable, scoreRound } from './scoring.ts';

const criteria = [
  { key: 'wirtschaft', scaleMin: 0, scaleMax: 4 },
  { key: 'wissenschaft', scaleMin: 0, scaleMax: 4 },
  { key: 'kultur', scaleMin: 1, scaleMax: 5 },
];
const weights = { wirtschaft: 0.5, wissenschaft: 0.3, kultur: 0.2 };
const s = (
  partnership: string,
  criterion: string,
  assessor: string,
  ministry: string,
  value: number | null,
): Score => ({
  partnership,
  criterion,
  assessor,
  ministry,
  value,
});

// Hand-computed below: normalised means, weighted sums, ministry scores and their spread.
const scores: Score[] = [
  s('lazio', 'wirtschaft', 'a1', 'SMWA', 4),
  s('lazio', 'wirtschaft', 'a2', 'SMWA', 3),
  s('lazio', 'wirtschaft', 'k1', 'SMWK', 2),
  s('lazio', 'wissenschaft', 'k1', 'SMWK', 4),
  s('lazio', 'kultur', 'k1', 'SMWK', 5),
  s('lazio', 'kultur', 'sk', 'SK', 3),
  s('kharkiv', 'wirtschaft', 'a1', 'SMWA', 2),
  s('kharkiv', 'wissenschaft', 'a1', 'SMWA', 1),
  s('kharkiv', 'kultur', 'a1', 'SMWA', 3),
  s('kharkiv', 'wirtschaft', 'k1', 'SMWK', 4),
  s('kharkiv', 'wissenschaft', 'k1', 'SMWK', 3),
  s('kharkiv', 'kultur', 'k1', 'SMWK', 5),
  s('silesia', 'wirtschaft', 'a1', 'SMWA', 4),
  s('silesia', 'wissenschaft', 'k1', 'SMWK', 0),
  s('silesia', 'kultur', 'k1', 'SMWK', null),
];
const round = scoreRound({ criteria, weights, partnerships: ['lazio', 'kharkiv', 'silesia', 'neu'], scores });
const result = (key: string) => round.partnerships.find((p) => p.partnership === key)!;

describe('weighted scores of a round', () => {
  it('takes the mean of the assessors per criterion, rescales it by the scale, then weights it', () => {
    const lazio = result('lazio');
    // wirtschaft (4 + 3 + 2) / 3 = 3 → 0.75; wissenschaft 4 → 1; kultur (5 + 3) / 2 = 4 → (4 − 1) / 4 = 0.75
    expect(lazio.byCriterion.wirtschaft).toEqual({ onScale: 3, normalised: 0.75, assessors: 3 });
    expect(lazio.byCriterion.kultur).toEqual({ onScale: 4, normalised: 0.75, assessors: 2 });
    expect(lazio.score).toBeCloseTo(0.5 * 0.75 + 0.3 * 1 + 0.2 * 0.75, 12);
    expect(lazio).toMatchObject({ rank: 1, missingCriteria: [], coverage: 1 });
    expect(result('kharkiv').score).toBeCloseTo(0.5 * 0.75 + 0.3 * 0.5 + 0.2 * 0.75, 12);
    expect(result('kharkiv').rank).toBe(2);
  });

  it('scores per ministry and gives the spread between the ministries that scored completely', () => {
    const kharkiv = result('kharkiv');
    expect(kharkiv.byMinistry.SMWA!.score).toBeCloseTo(0.5 * 0.5 + 0.3 * 0.25 + 0.2 * 0.5, 12); // 0.425
    expect(kharkiv.byMinistry.SMWK!.score).toBeCloseTo(0.5 * 1 + 0.3 * 0.75 + 0.2 * 1, 12); // 0.925
    expect(kharkiv.spread!.ministries).toBe(2);
    expect(kharkiv.spread!.min).toBeCloseTo(0.425, 12);
    expect(kharkiv.spread!.max).toBeCloseTo(0.925, 12);
    expect(kharkiv.spread!.range).toBeCloseTo(0.5, 12);
    expect(kharkiv.spread!.standardDeviation).toBeCloseTo(0.25, 12);

    // Lazio: SMWA scored only wirtschaft, SK only kultur; only SMWK's score is complete.
    const lazio = result('lazio');
    expect(lazio.byMinistry.SMWA).toMatchObject({ score: null, missingCriteria: ['wissenschaft', 'kultur'] });
    expect(lazio.byMinistry.SMWA!.coverage).toBeCloseTo(0.5, 12);
    expect(lazio.byMinistry.SMWA!.partialScore).toBeCloseTo(0.875, 12);
    expect(lazio.spread).toEqual({ ministries: 1, min: 0.75, max: 0.75, range: 0, standardDeviation: 0 });
    expect(round.ministries).toEqual(['SK', 'SMWA', 'SMWK']);
  });

  it('never counts a criterion nobody scored as 0: no score, no rank, the criterion named', () => {
    const silesia = result('silesia');
    expect(silesia).toMatchObject({ score: null, rank: null, missingCriteria: ['kultur'] });
    expect(silesia.coverage).toBeCloseTo(0.8, 12);
    expect(silesia.partialScore).toBeCloseTo((0.5 * 1 + 0.3 * 0) / 0.8, 12);
    expect(result('neu')).toMatchObject({
      score: null,
      rank: null,
      missingCriteria: ['wirtschaft', 'wissenschaft', 'kultur'],
      coverage: 0,
      partialScore: null,
      byMinistry: {},
      spread: null,
    });
    expect(round.partnerships.map((p) => p.partnership)).toEqual(['lazio', 'kharkiv', 'neu', 'silesia']);
  });

  it('lets a criterion of weight 0 go unscored', () => {
    const r = scoreRound({
      criteria,
      weights: { wirtschaft: 1, wissenschaft: 0, kultur: 0 },
      partnerships: ['silesia'],
      scores: scores.filter((x) => x.partnership === 'silesia' && x.criterion !== 'wissenschaft'),
    });
    expect(r.partnerships[0]).toMatchObject({ score: 1, rank: 1, missingCriteria: [] });
  });

  it('gives equal scores the same rank', () => {
    const r = scoreRound({
      criteria,
      weights,
      partnerships: ['b', 'a', 'c'],
      scores: ['a', 'b', 'c'].flatMap((p) =>
        criteria.map((c) => s(p, c.key, 'x', 'SK', p === 'c' ? c.scaleMin : c.scaleMax)),
      ),
    });
    expect(r.partnerships.map((p) => [p.partnership, p.rank])).toEqual([
      ['a', 1],
      ['b', 1],
      ['c', 3],
    ]);
  });

  it('names scores of a partnership not in the round and weights that miss a criterion', () => {
    const issues = (action: () => unknown) => {
      try {
        action();
      } catch (error) {
        return (error as AppError).issues;
      }
      return [];
    };
    expect(
      issues(() => scoreRound({ criteria, weights, partnerships: ['lazio'], scores: scores.slice(0, 7) })),
    ).toEqual([{ field: 'scores.kharkiv.wirtschaft.a1', message: 'names no partnership of the round' }]);
    expect(
      issues(() => scoreRound({ criteria, weights: { wirtschaft: 1, wissenschaft: 1 }, partnerships: [], scores: [] })),
    ).toEqual([{ field: 'weights.kultur', message: 'has no value for this criterion' }]);
    expect(
      issues(() =>
        scoreRound({
          criteria: [{ key: 'x', scaleMin: 4, scaleMax: 4 }],
          weights: { x: 1 },
          partnerships: [],
          scores: [],
        }),
      ),
    ).toEqual([{ field: 'criteria.x', message: 'must have a scale maximum above its minimum' }]);
  });

  it('hands the complete partnerships to the robustness analysis as a performance table', () => {
    expect(performanceTable(criteria, round)).toEqual({
      partnerships: ['lazio', 'kharkiv'],
      criteria: ['wirtschaft', 'wissenschaft', 'kultur'],
      values: [
        [0.75, 1, 0.75],
        [0.75, 0.5, 0.75],
      ],
    });
  });
});

describe('ranks', () => {
  it('ranks competition style and fractionally, treating rounding noise as a tie', () => {
    const scores = { a: 0.3, b: 0.1 + 0.2, c: 0.9, d: 0.1 };
    expect(competitionRanks(scores)).toEqual({ c: 1, a: 2, b: 2, d: 4 });
    expect(fractionalRanks(scores)).toEqual({ c: 1, a: 2.5, b: 2.5, d: 4 });
  });
});
