import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { findPassage, MAX_PASSAGE_RATIO } from '../sources/find-passage.ts';
import { defaultCriteria } from './criteria-catalogue.ts';

const strategy = readFileSync(new URL('../../db/seed/sources/004_b48cdbbe0bfc60ca.txt', import.meta.url), 'utf8');
const goals = ['Z1', 'Z2', 'Z3', 'Z4', 'Z5', 'Z6'].map((key) => ({ key, title: `Titel ${key}`, titleEn: null }));

describe('the default criteria of a Leitlinien-Check', () => {
  const catalogue = defaultCriteria(goals);

  it('asks about each of the six goals, the priority sectors, intensity, stakeholders, cost and politics', () => {
    expect(catalogue.map((c) => c.key)).toEqual([
      'ziel-z1',
      'ziel-z2',
      'ziel-z3',
      'ziel-z4',
      'ziel-z5',
      'ziel-z6',
      'schwerpunktsektoren',
      'intensitaet',
      'akteure',
      'kosteneffizienz',
      'politischer-rahmen',
    ]);
    expect(catalogue.filter((c) => c.goalKey).map((c) => c.goalKey)).toEqual(['Z1', 'Z2', 'Z3', 'Z4', 'Z5', 'Z6']);
  });

  it('describes every point of the 0–4 scale in German and English', () => {
    for (const criterion of catalogue) {
      expect(criterion.anchors.map((a) => a.value)).toEqual([0, 1, 2, 3, 4]);
      for (const anchor of criterion.anchors) {
        expect(anchor.label.length).toBeGreaterThan(5);
        expect(anchor.labelEn?.length).toBeGreaterThan(5);
      }
      expect(criterion.guidance.length).toBeGreaterThan(40);
      expect(criterion.guidanceEn?.length).toBeGreaterThan(40);
    }
  });

  it.each(defaultCriteria(goals).map((c) => [c.key, c.basis.quote] as const))(
    '%s rests on a passage that stands in the strategy',
    (_key, quote) => {
      expect(findPassage(strategy, quote).ratio).toBeLessThanOrEqual(MAX_PASSAGE_RATIO);
    },
  );
});
