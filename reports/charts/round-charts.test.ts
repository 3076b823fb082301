import { DOMParser, onWarningStopParsing, type Document as XmlDocument, type Element } from '@xmldom/xmldom';
import { describe, expect, it } from 'vitest';
import type { RoundDossier } from '../../core/rounds/round.types.ts';
import { fixtureDossier } from '../../dev/fixtures/round-dossier.ts';
import { contrast, labelColour, PLOT_LEFT, PLOT_WIDTH } from './chart-svg.ts';
import { criteriaProfileChart, dodge, PROFILE_BAR } from './criteria-profile-chart.ts';
import {
  RANK_PALETTE,
  rankAcceptabilityChart,
  rankAcceptabilityCharts,
  rankClasses,
} from './rank-acceptability-chart.ts';

const dossier = fixtureDossier();

/** Parses with a real XML parser that stops at the first warning: a chart must be well-formed XML. */
function parse(svg: string): XmlDocument {
  return new DOMParser({ onError: onWarningStopParsing }).parseFromString(svg, 'image/svg+xml');
}

const elements = (node: XmlDocument | Element, name: string) => Array.from(node.getElementsByTagName(name));
const attr = (e: Element, name: string) => e.getAttribute(name) ?? '';

function withName(source: RoundDossier, key: string, name: string): RoundDossier {
  const copy = structuredClone(source);
  copy.partnerships = copy.partnerships.map((p) => (p.key === key ? { ...p, name, nameEn: name } : p));
  return copy;
}

describe('rank acceptability chart', () => {
  const chart = rankAcceptabilityChart(dossier, 'de')!;
  const svg = parse(chart.svg);
  const root = svg.documentElement!;

  it('is an image named by its title and described by its desc, scaling by its viewBox', () => {
    expect(attr(root, 'role')).toBe('img');
    expect(attr(root, 'viewBox')).toBe(`0 0 ${chart.width} ${chart.height}`);
    expect(chart.width).toBe(640);
    const [titleId, descId] = attr(root, 'aria-labelledby').split(' ');
    const title = elements(svg, 'title').find((t) => attr(t, 'id') === titleId)!;
    const desc = elements(svg, 'desc').find((d) => attr(d, 'id') === descId)!;
    expect(title.textContent).toBe(chart.title);
    expect(desc.textContent).toBe(chart.description);
  });

  it('has one bar per ranked partnership, in rank order, whose segments fill the full width', () => {
    const ranked = dossier.results.partnerships.filter((p) => p.rank !== null).map((p) => p.partnership);
    const bars = elements(svg, 'g').filter((g) => g.hasAttribute('data-partnership'));
    expect(bars.map((g) => attr(g, 'data-partnership'))).toEqual(ranked);
    expect(ranked).not.toContain('quebec');
    for (const bar of bars) {
      const segments = elements(bar, 'rect').filter((r) => attr(r, 'class') === 'segment');
      const widths = segments.map((r) => Number(attr(r, 'width')));
      expect(Number(attr(segments[0]!, 'x'))).toBe(PLOT_LEFT);
      expect(widths.reduce((s, w) => s + w, 0)).toBeCloseTo(PLOT_WIDTH, 1);
    }
  });

  it('draws each segment as wide as the probability of its ranks', () => {
    const key = 'tschechien';
    const row = dossier.results.robustness!.rankAcceptability[key]!;
    const bar = elements(svg, 'g').find((g) => attr(g, 'data-partnership') === key)!;
    for (const segment of elements(bar, 'rect')) {
      const [from, to] = attr(segment, 'data-ranks').split('-').map(Number) as [number, number];
      const share = row.slice(from - 1, to).reduce((s, b) => s + b, 0);
      expect(Number(attr(segment, 'width')) / PLOT_WIDTH).toBeCloseTo(share, 2);
    }
  });

  it('names the partnerships in the reader language and states the key figures in the alt text', () => {
    expect(chart.svg).toContain('Regionalpartnerschaft Sachsen – Latium');
    expect(chart.description).toMatch(/Niederschlesien: am wahrscheinlichsten Rang 1 \(\d+\s%\), erwarteter Rang 1,\d/);
    const en = rankAcceptabilityChart(dossier, 'en')!;
    expect(en.svg).toContain('Regional partnership Saxony – Lazio');
    expect(en.svg).not.toContain('Latium');
    expect(en.description).toMatch(/Lower Silesia: most likely rank 1 \(\d+%\), expected rank 1\.\d/);
  });

  it('escapes a partnership name with markup characters', () => {
    const name = 'Test <&> "Region" \'Nord\'';
    const escaped = rankAcceptabilityChart(withName(dossier, 'lazio', name), 'de')!;
    const texts = elements(parse(escaped.svg), 'text').map((t) => t.textContent);
    expect(texts.some((t) => t?.includes(name))).toBe(true);
    expect(escaped.svg).not.toContain('<&>');
    expect(escaped.description).toContain(name);
  });

  it('is missing when there is no robustness analysis', () => {
    const copy = structuredClone(dossier);
    copy.results.robustness = null;
    expect(rankAcceptabilityChart(copy, 'de')).toBeNull();
  });

  it('splits a long ranking into parts that fit a page', () => {
    const large = fixtureDossier({ partnerships: 30, assessorsPerMinistry: [2, 2, 2] });
    const parts = rankAcceptabilityCharts(large, 'de');
    expect(parts).toHaveLength(2);
    expect(parts.map((p) => p.title)).toEqual([
      'Rangwahrscheinlichkeiten bei variierenden Gewichten (Teil 1 von 2)',
      'Rangwahrscheinlichkeiten bei variierenden Gewichten (Teil 2 von 2)',
    ]);
    const rows = parts.map((p) => elements(parse(p.svg), 'g').filter((g) => g.hasAttribute('data-partnership')).length);
    expect(rows.reduce((s, n) => s + n, 0)).toBe(29);
    expect(parts[1]!.description).toContain('Gezeigt sind die Plätze 16 bis 29');
  });
});

describe('rank classes', () => {
  it('colour each rank up to six, then ranks 1–3 and three bands covering the rest without gaps', () => {
    expect(rankClasses(4)).toEqual([1, 2, 3, 4].map((r) => ({ from: r, to: r })));
    for (const n of [7, 12, 13, 30]) {
      const classes = rankClasses(n);
      expect(classes).toHaveLength(6);
      expect(classes[0]!.from).toBe(1);
      expect(classes.at(-1)!.to).toBe(n);
      classes.slice(1).forEach((c, i) => expect(c.from).toBe(classes[i]!.to + 1));
    }
  });
});

describe('colours', () => {
  it('have a contrast of at least 3:1 against white, and labels of at least 4.5:1 on their segment', () => {
    for (const colour of [...RANK_PALETTE, PROFILE_BAR]) {
      expect(contrast(colour, '#ffffff')).toBeGreaterThanOrEqual(3);
      expect(contrast(colour, labelColour(colour))).toBeGreaterThanOrEqual(4.5);
    }
  });
});

describe('criteria profile chart', () => {
  it('draws one bar per criterion as wide as its normalised mean, with the ministries as marks', () => {
    const chart = criteriaProfileChart(dossier, 'lazio', 'de');
    const svg = parse(chart.svg);
    const score = dossier.results.partnerships.find((p) => p.partnership === 'lazio')!;
    const groups = elements(svg, 'g').filter((g) => g.hasAttribute('data-criterion'));
    expect(groups.map((g) => attr(g, 'data-criterion'))).toEqual(dossier.criteria.map((c) => c.key));
    for (const g of groups) {
      const bar = elements(g, 'rect').find((r) => attr(r, 'class') === 'bar')!;
      const mean = score.byCriterion[attr(g, 'data-criterion')]!.normalised!;
      expect(Number(attr(bar, 'width'))).toBeCloseTo(mean * PLOT_WIDTH, 1);
    }
    expect(chart.title).toBe('Kriterienprofil: Regionalpartnerschaft Sachsen – Latium');
    expect(chart.description).toContain('Markierungen zeigen die Mittelwerte der einzelnen Ressorts (SK, SMWA, SMWK)');
    expect(chart.svg).toContain('>0,25<');
    expect(criteriaProfileChart(dossier, 'lazio', 'en').svg).toContain('>0.25<');
  });

  it('says "not scored" instead of drawing a criterion nobody scored as 0', () => {
    const chart = criteriaProfileChart(dossier, 'quebec', 'de');
    const svg = parse(chart.svg);
    const cost = elements(svg, 'g').find((g) => attr(g, 'data-criterion') === 'kosteneffizienz')!;
    expect(elements(cost, 'rect')).toHaveLength(0);
    expect(cost.textContent).toContain('nicht bewertet');
    expect(chart.description).toContain('Nicht bewertet: Kosteneffizienz.');
  });

  it('refuses a partnership that is not in the round', () => {
    expect(() => criteriaProfileChart(dossier, 'atlantis', 'de')).toThrow(/atlantis/);
  });
});

describe('dodge', () => {
  it('moves marks that would cover each other apart vertically, never horizontally', () => {
    const marks = dodge([{ x: 100 }, { x: 100 }, { x: 104 }, { x: 300 }]);
    expect(marks.map((m) => m.x)).toEqual([100, 100, 104, 300]);
    expect(new Set(marks.slice(0, 3).map((m) => m.dy)).size).toBe(3);
    expect(marks[3]!.dy).toBe(0);
  });
});
