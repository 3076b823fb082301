import type { PartnershipScore } from '../../core/evaluation/index.ts';
import type { RoundDossier } from '../../core/rounds/round.types.ts';
import type { Language } from '../../text/i18n.ts';
import { chartText as text } from '../../text/chart.messages.ts';
import {
  CHART_WIDTH,
  FONT,
  LINE,
  PLOT_LEFT,
  PLOT_RIGHT,
  PLOT_WIDTH,
  SMALL,
  axis,
  escapeXml,
  labelColour,
  legend,
  plotX,
  round2,
  svgDocument,
  textLines,
  wrapText,
  type ChartSvg,
} from './chart-svg.ts';
import { decimal, locale, partnershipName, percent } from './round-chart-labels.ts';

/**
 * Colours of the rank classes, best first: Okabe–Ito and Tol colours that stay apart for the common
 * colour-vision deficiencies, each with a contrast of at least 3:1 against white (WCAG 1.4.11);
 * white gaps between the segments separate neighbours further.
 */
export const RANK_PALETTE = ['#0072B2', '#009E73', '#882255', '#D55E00', '#332288', '#666666'] as const;
/** More rows than this make a rank chart taller than a printed page: the report splits it. */
export const RANK_CHART_ROWS = 20;

/** Ranks grouped for colouring: each rank up to six ranks, else ranks 1–3 and three bands of the rest. */
export function rankClasses(ranks: number): { from: number; to: number }[] {
  if (ranks <= RANK_PALETTE.length) return Array.from({ length: ranks }, (_, i) => ({ from: i + 1, to: i + 1 }));
  const rest = ranks - 3;
  const first = Math.ceil(rest / 3);
  const second = Math.ceil((rest - first) / 2);
  const bands = [first, second, rest - first - second];
  const classes = [1, 2, 3].map((r) => ({ from: r, to: r }));
  let from = 4;
  for (const size of bands) {
    classes.push({ from, to: from + size - 1 });
    from += size;
  }
  return classes;
}

const rankLabel = (lang: Language, c: { from: number; to: number }) =>
  text[lang].rank(c.from === c.to ? String(c.from) : `${c.from}–${c.to}`);

/** The ranked partnerships of a round, best first. */
const rankedOf = (dossier: RoundDossier) => dossier.results.partnerships.filter((p) => p.rank !== null);

/**
 * Rank acceptability (SMAA): per ranked partnership a horizontal bar stacked from the probabilities
 * of taking rank 1, 2, 3, … when the weights vary around the chosen ones. `rows` limits the chart
 * to a slice of the ranking (a printed page holds {@link RANK_CHART_ROWS}). Null when the round has
 * no robustness analysis (fewer than two ranked partnerships).
 */
export function rankAcceptabilityChart(
  dossier: RoundDossier,
  lang: Language,
  rows: { offset: number; limit: number; part?: [number, number] } = { offset: 0, limit: Infinity },
): ChartSvg | null {
  const robustness = dossier.results.robustness;
  const ranked = rankedOf(dossier);
  if (!robustness || ranked.length === 0) return null;
  const t = text[lang];
  const shown = ranked.slice(rows.offset, rows.offset + rows.limit);
  const classes = rankClasses(ranked.length);
  const swatch = (i: number) => (x: number, y: number) =>
    `<rect x="${x}" y="${y}" width="14" height="14" fill="${RANK_PALETTE[i]}"/>`;
  const key = legend(
    classes.map((c, i) => ({ label: rankLabel(lang, c), swatch: swatch(i) })),
    8,
  );
  let y = 8 + key.height + 8;
  const bands: [number, number][] = [];
  const body: string[] = [];
  for (const p of shown) {
    const name = `${p.rank}. ${partnershipName(dossier, p.partnership, lang)}`;
    const lines = wrapText(name, PLOT_WIDTH, FONT);
    body.push(`<g data-partnership="${escapeXml(p.partnership)}">${textLines(lines, PLOT_LEFT, y + FONT)}`);
    y += lines.length * LINE + 4;
    body.push(stackedBar(dossier, p, classes, y, lang), '</g>');
    bands.push([y - 3, y + 23]);
    y += 20 + 12;
  }
  const xAxis = axis(
    bands,
    y - 6,
    [0, 0.25, 0.5, 0.75, 1].map((at) => ({ at, label: percent(lang, at) })),
    t.axisProbability,
  );
  const [part, parts] = rows.part ?? [1, 1];
  const title = t.rankTitle + (parts > 1 ? t.part(part, parts) : '');
  const samples = new Intl.NumberFormat(locale(lang)).format(robustness.samples);
  const figures = shown.map((p) => {
    const row = robustness.rankAcceptability[p.partnership] ?? [];
    const likeliest = row.indexOf(Math.max(...row));
    const expected = decimal(lang, robustness.expectedRank[p.partnership] ?? NaN, 1);
    return t.mostLikely(
      partnershipName(dossier, p.partnership, lang),
      likeliest + 1,
      percent(lang, row[likeliest] ?? 0),
      expected,
    );
  });
  const description =
    t.rankDescription(ranked.length, samples) +
    (shown.length < ranked.length ? t.rankShown(rows.offset + 1, rows.offset + shown.length) : '') +
    ` ${figures.join('; ')}.`;
  const height = Math.ceil(y - 6 + xAxis.height);
  return svgDocument(
    'chart-rank-acceptability' + (parts > 1 ? `-${part}` : ''),
    { width: CHART_WIDTH, height, title, description },
    `${key.markup}${xAxis.grid}${body.join('')}${xAxis.markup}`,
  );
}

/** One partnership's stacked bar: a segment per rank class, its width the class's probability. */
function stackedBar(
  dossier: RoundDossier,
  p: PartnershipScore,
  classes: { from: number; to: number }[],
  y: number,
  lang: Language,
): string {
  const row = dossier.results.robustness?.rankAcceptability[p.partnership] ?? [];
  const shares = classes.map((c) => row.slice(c.from - 1, c.to).reduce((s, b) => s + b, 0));
  const total = shares.reduce((s, b) => s + b, 0) || 1;
  const name = partnershipName(dossier, p.partnership, lang);
  let cumulative = 0;
  return shares
    .map((share, i) => {
      const x0 = plotX(cumulative / total);
      cumulative += share;
      // The last edge is the plot's edge exactly, so the segments always add up to the full bar.
      const x1 = i === shares.length - 1 ? PLOT_RIGHT : plotX(cumulative / total);
      const width = round2(x1 - x0);
      if (width <= 0) return '';
      const fill = RANK_PALETTE[i]!;
      const value = percent(lang, share);
      const label =
        width >= 36
          ? `<text x="${round2(x0 + width / 2)}" y="${y + 14}" font-size="${SMALL}" text-anchor="middle" fill="${labelColour(fill)}">${escapeXml(value)}</text>`
          : '';
      return (
        `<rect class="segment" data-ranks="${classes[i]!.from}-${classes[i]!.to}" x="${x0}" y="${y}" width="${width}" height="20" ` +
        `fill="${fill}" stroke="#ffffff" stroke-width="1"><title>${escapeXml(`${name} – ${rankLabel(lang, classes[i]!)}: ${value}`)}</title></rect>${label}`
      );
    })
    .join('');
}

/** The rank chart in parts of at most {@link RANK_CHART_ROWS} partnerships, so each fits a printed page. */
export function rankAcceptabilityCharts(dossier: RoundDossier, lang: Language, perPart = RANK_CHART_ROWS): ChartSvg[] {
  const ranked = rankedOf(dossier).length;
  const parts = Math.max(1, Math.ceil(ranked / perPart));
  const charts: ChartSvg[] = [];
  for (let i = 0; i < parts; i++) {
    const chart = rankAcceptabilityChart(dossier, lang, {
      offset: i * Math.ceil(ranked / parts),
      limit: Math.ceil(ranked / parts),
      part: [i + 1, parts],
    });
    if (chart) charts.push(chart);
  }
  return charts;
}
