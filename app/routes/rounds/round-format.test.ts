import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import type { PageDossier } from './round-dossier-loader.ts';
import { decimal, percent, points, pointsRange } from './round-format.ts';
import { RankingTable } from './round-ranking.tsx';

describe('the numbers of the results page', () => {
  it('always show the same decimals, with the reader’s marks', () => {
    expect([points(0.725, 'de'), points(0.55, 'de'), pointsRange(0.679, 0.77, 'de')]).toEqual([
      '72,5',
      '55,0',
      '67,9–77,0',
    ]);
    expect([points(0.725, 'en'), points(0.55, 'en'), pointsRange(0.679, 0.77, 'en')]).toEqual([
      '72.5',
      '55.0',
      '67.9–77.0',
    ]);
    expect([decimal(0.8, 'de', 3), decimal(1, 'en', 2), decimal(12345.6, 'de', 1)]).toEqual([
      '0,800',
      '1.00',
      '12.345,6',
    ]);
    expect([percent(0.5, 'de'), percent(0.125, 'de', 1), percent(0.1, 'en', 1)]).toEqual([
      '50\u00a0%',
      '12,5\u00a0%',
      '10.0%',
    ]);
  });

  it('line up in a column of the ranking: every score, spread and expected rank with as many decimals as the others', () => {
    const partnership = (key: string, rank: number, score: number, spread: [number, number]) => ({
      partnership: key,
      rank,
      score,
      coverage: 1,
      spread: { min: spread[0], max: spread[1], range: spread[1] - spread[0] },
    });
    const d = {
      partnerships: ['lazio', 'charkiw'].map((key) => ({ key, name: key, nameEn: key, statusAtStart: 'active' })),
      results: {
        partnerships: [partnership('lazio', 1, 0.725, [0.679, 0.77]), partnership('charkiw', 2, 0.55, [0.5, 0.6])],
        robustness: {
          rankAcceptability: { lazio: [0.75, 0.25], charkiw: [0.25, 0.75] },
          expectedRank: { lazio: 1.25, charkiw: 1.75 },
        },
      },
    } as unknown as PageDossier;
    for (const lang of ['de', 'en'] as const) {
      const html = renderToStaticMarkup(createElement(RankingTable, { d, lang }));
      const rows = [...html.matchAll(/<tr class="kern-table__row">(.*?)<\/tr>/g)]
        .slice(1)
        .map((r) => [...r[1]!.matchAll(/<t[dh][^>]*>(.*?)<\/t[dh]>/g)].map((c) => c[1]));
      const mark = lang === 'de' ? ',' : '.';
      expect(rows.map((r) => [r[3], r[5], r[7]])).toEqual([
        [`72${mark}5`, `67${mark}9–77${mark}0`, `1${mark}25`],
        [`55${mark}0`, `50${mark}0–60${mark}0`, `1${mark}75`],
      ]);
    }
  });
});
