import { create, type Font } from 'fontkit';
import { describe, expect, it } from 'vitest';
import type { Language } from '../text/i18n.ts';
import type { RoundDossier } from '../core/rounds/round.types.ts';
import { fixtureDossier } from '../dev/fixtures/round-dossier.ts';
import { reportFonts } from './report-assets.ts';
import type { Block } from './report-blocks.ts';
import { reportFormat } from './report-format.ts';
import { buildReport } from './report-model.ts';

const dossier = fixtureDossier();
const options = { lang: 'de' as const, generatedOn: '2026-11-21' };

const textOf = (block: Block): string[] => {
  switch (block.kind) {
    case 'title':
      return [block.text, block.subtitle];
    case 'heading':
      return [block.text];
    case 'paragraph':
      return [block.runs.map((r) => (typeof r === 'string' ? r : r.text)).join('')];
    case 'list':
      return block.items.map((item) => item.map((r) => (typeof r === 'string' ? r : r.text)).join(''));
    case 'table':
      return [block.caption, ...block.columns.map((c) => c.header), ...block.rows.flat()];
    case 'figure':
      return [block.chart.title, block.chart.description, block.chart.svg];
  }
};
const allText = (d: RoundDossier, lang: Language = 'de') =>
  buildReport(d, { ...options, lang })
    .blocks.flatMap(textOf)
    .join('\n');
const headings = (d: RoundDossier, level: number) =>
  buildReport(d, options).blocks.flatMap((b) => (b.kind === 'heading' && b.level === level ? [b.text] : []));

function changed(change: (copy: RoundDossier) => void): RoundDossier {
  const copy = structuredClone(dossier);
  change(copy);
  return copy;
}

describe('the report model', () => {
  it('orders the partnership sections by rank, then those without a rank', () => {
    const sections = headings(dossier, 2).filter((h) => dossier.partnerships.some((p) => p.name === h));
    const expected = dossier.results.partnerships.map(
      (p) => dossier.partnerships.find((x) => x.key === p.partnership)!.name,
    );
    expect(sections).toEqual(expected);
    expect(sections.at(-1)).toBe('Regionalpartnerschaft Sachsen – Québec');
  });

  it('never ranks a partnership without a complete score, and says what is missing', () => {
    const ranking = buildReport(dossier, options).blocks.find(
      (b): b is Extract<Block, { kind: 'table' }> => b.kind === 'table' && b.caption.startsWith('Rangfolge'),
    )!;
    expect(ranking.rows.map((r) => r[1])).not.toContain('Regionalpartnerschaft Sachsen – Québec');
    expect(allText(dossier)).toMatch(
      /Québec: ohne Rang, nicht bewertet wurde „Kosteneffizienz“\. Vorläufig, nur über die bewerteten Kriterien: \d+,\d Punkte bei 9\d\s%/,
    );
  });

  it('says a dormant partnership is dormant and never active', () => {
    const text = allText(dossier);
    expect(text).toContain('Die Partnerschaft ruht; sie zählt nirgends als aktiv.');
    expect(text).toMatch(/Status zu Beginn der Runde: ruhend/);
  });

  it('warns when the AHP judgements are inconsistent (CR above 0.1), and shows CR otherwise', () => {
    expect(allText(dossier)).toMatch(/Konsistenzverhältnis der paarweisen Vergleiche: CR = 0,0\d\d/);
    const inconsistent = changed((d) => (d.round.consistencyRatio = 0.137));
    const warning = buildReport(inconsistent, options).blocks.find(
      (b) => b.kind === 'paragraph' && b.tone === 'warning',
    );
    expect(warning && textOf(warning)[0]).toContain('Warnung: Das Konsistenzverhältnis CR = 0,137 liegt über 0,1.');
  });

  it('states the SMAA samples, seed and κ so that the figures can be reproduced', () => {
    expect(allText(dossier)).toContain('10.000 Gewichtsvektoren');
    expect(allText(dossier)).toContain('Konzentration κ = 100');
    expect(allText(dossier)).toContain('Startwert des Zufallsgenerators 20260211');
  });

  it('marks the figures of a round that is not closed as provisional', () => {
    const open = changed((d) => {
      d.round.status = 'review';
      d.round.closedAt = null;
    });
    expect(allText(open)).toContain('Vorläufiger Stand: Die Runde ist noch nicht abgeschlossen.');
    expect(allText(dossier)).not.toContain('Vorläufiger Stand');
  });

  it('leaves out the comparison without a previous round, and gives τ_b and ρ with one', () => {
    expect(allText(dossier)).toMatch(/Kendalls τ_b = 0,\d\d, Spearmans ρ = 0,\d\d/);
    const first = changed((d) => {
      d.results.comparison = null;
      d.round.previousRound = null;
    });
    expect(headings(first, 1)).not.toContain('Vergleich mit der vorherigen Runde');
  });

  it('counts the recommendations by option and the partnerships still without one', () => {
    expect(allText(dossier)).toContain(
      'Empfehlungen: 5 × fortführen und vertiefen; 2 × in eine sektorale Zusammenarbeit überführen; 2 × ruhen lassen; ' +
        '1 × beenden; 1 × begründen; 1 × nicht begründen; 1 Partnerschaft noch ohne Empfehlung.',
    );
  });

  it('prints only characters that Fira Sans has, in both languages', () => {
    const font = create(reportFonts().regular) as Font;
    for (const lang of ['de', 'en'] as const) {
      const missing = [...new Set(allText(dossier, lang))].filter(
        (c) => c >= ' ' && !font.hasGlyphForCodePoint(c.codePointAt(0)!),
      );
      expect(missing).toEqual([]);
    }
  });
});

describe('report formats', () => {
  it('writes German numbers with a decimal comma and dates as dd.mm.yyyy at their precision', () => {
    const de = reportFormat('de');
    expect(de.points(0.7834)).toBe('78,3');
    expect(de.number(12345.5, 1)).toBe('12.345,5');
    expect(de.date('2021-10-04')).toBe('04.10.2021');
    expect(de.date('2025-10')).toBe('10.2025');
    expect(de.date('1999')).toBe('1999');
    expect(de.date('2026-06-14T22:30:00.000Z')).toBe('15.06.2026');
    expect(de.euros(9_760_900)).toBe('97.609\u00a0€');
  });

  it('writes English dates with the month in words, so day and month cannot be confused', () => {
    const en = reportFormat('en');
    expect(en.points(0.7834)).toBe('78.3');
    expect(en.date('2021-10-04')).toBe('4 October 2021');
    expect(en.date('2025-10')).toBe('October 2025');
    expect(en.list(['a', 'b', 'c'])).toBe('a, b and c');
  });
});
