import type { PartnershipScore } from '../../core/evaluation/index.ts';
import type { RoundCriterion, RoundDossier } from '../../core/rounds/round.types.ts';
import type { Language } from '../../text/i18n.ts';
import { chartText as text } from '../../text/chart.messages.ts';
import {
  CHART_WIDTH,
  FONT,
  LINE,
  MARK_SHAPES,
  MUTED,
  PLOT_LEFT,
  PLOT_RIGHT,
  PLOT_WIDTH,
  SMALL,
  axis,
  escapeXml,
  idPart,
  labelColour,
  legend,
  mark,
  plotX,
  round2,
  svgDocument,
  textLines,
  wrapText,
  type ChartSvg,
} from './chart-svg.ts';

export type { ChartSvg } from './chart-svg.ts';

/**
 * The charts of a Leitlinien-Check round as accessible SVG strings: the same markup goes into the
 * results page (next to tables with the same numbers), into the PDF as vectors and, rendered to
 * PNG, into the DOCX.
 */

/**
 * Colours of the rank classes, best first: Okabe–Ito and Tol colours that stay apart for the common
 * colour-vision deficiencies, each with a contrast of at least 3:1 against white (WCAG 1.4.11);
 * white gaps between the segments separate neighbours further.
 */
export const RANK_PALETTE = ['#0072B2', '#009E73', '#882255', '#D55E00', '#332288', '#666666'] as const;
/** The bar of a criteria profile. */
export const PROFILE_BAR = '#0072B2';
/** The height of a criteria profile's bar: room for three ministries' marks at one value. */
const BAR = 24;
/** More rows than this make a rank chart taller than a printed page: the report splits it. */
export const RANK_CHART_ROWS = 20;

const locale = (lang: Language) => (lang === 'de' ? 'de-DE' : 'en-GB');
const decimal = (lang: Language, value: number, digits: number) =>
  new Intl.NumberFormat(locale(lang), { minimumFractionDigits: digits, maximumFractionDigits: digits }).format(value);
const percent = (lang: Language, share: number) =>
  new Intl.NumberFormat(locale(lang), { style: 'percent', maximumFractionDigits: 0 }).format(share);

/** The partnership's name in the reader's language. */
export function partnershipName(dossier: RoundDossier, key: string, lang: Language): string {
  const p = dossier.partnerships.find((x) => x.key === key);
  if (!p) return key;
  return lang === 'en' && p.nameEn ? p.nameEn : p.name;
}

/** The criterion's name in the reader's language. */
export const criterionName = (c: Pick<RoundCriterion, 'name' | 'nameEn'>, lang: Language) =>
  lang === 'en' && c.nameEn ? c.nameEn : c.name;

/** The ministry's short name (its abbreviation where it has one). */
export function ministryLabel(dossier: RoundDossier, key: string): string {
  const m = dossier.ministries.find((x) => x.key === key);
  return m?.abbreviation ?? m?.name ?? key;
}

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

/**
 * The criteria profile of one partnership: per criterion a bar of the normalised mean of all its
 * scores (0–1), with each ministry's mean as a mark, told apart by shape. A criterion nobody scored
 * says so instead of showing a bar: a missing score is never drawn as 0.
 */
export function criteriaProfileChart(dossier: RoundDossier, partnershipKey: string, lang: Language): ChartSvg {
  const score = dossier.results.partnerships.find((p) => p.partnership === partnershipKey);
  if (!score) throw new RangeError(`The round has no partnership "${partnershipKey}"`);
  const t = text[lang];
  const criteria = [...dossier.criteria].sort((a, b) => a.position - b.position);
  const ministries = dossier.results.ministries.filter((m) => score.byMinistry[m]);
  const shapeOf = (i: number) => MARK_SHAPES[i % MARK_SHAPES.length]!;
  const key = legend(
    [
      { label: t.overall, swatch: (x, y) => `<rect x="${x}" y="${y}" width="14" height="14" fill="${PROFILE_BAR}"/>` },
      ...ministries.map((m, i) => ({
        label: ministryLabel(dossier, m),
        swatch: (x: number, y: number) => mark(shapeOf(i), x + 7, y + 7, 5),
      })),
    ],
    8,
  );
  let y = 8 + key.height + 8;
  const bands: [number, number][] = [];
  const body: string[] = [];
  criteria.forEach((c, index) => {
    const mean = score.byCriterion[c.key]?.normalised ?? null;
    const lines = wrapText(`${index + 1}. ${criterionName(c, lang)}`, PLOT_WIDTH - 48, FONT);
    const value = mean === null ? '' : decimal(lang, mean, 2);
    body.push(`<g data-criterion="${escapeXml(c.key)}">${textLines(lines, PLOT_LEFT, y + FONT)}`);
    body.push(
      `<text x="${PLOT_RIGHT}" y="${y + FONT}" text-anchor="end" font-weight="bold">${escapeXml(value)}</text>`,
    );
    y += lines.length * LINE + 4;
    if (mean === null)
      body.push(
        `<text x="${PLOT_LEFT}" y="${y + 13}" fill="${MUTED}" font-style="italic">${escapeXml(t.notScored)}</text>`,
      );
    else {
      body.push(
        `<rect class="bar" x="${PLOT_LEFT}" y="${y}" width="${round2(mean * PLOT_WIDTH)}" height="${BAR}" fill="${PROFILE_BAR}"/>`,
      );
      const marks = ministries.flatMap((m, i) => {
        const own = score.byMinistry[m]?.byCriterion[c.key]?.normalised;
        return own === null || own === undefined ? [] : [{ shape: shapeOf(i), x: plotX(own) }];
      });
      for (const m of dodge(marks)) body.push(mark(m.shape, m.x, y + BAR / 2 + m.dy, 4));
    }
    body.push('</g>');
    bands.push([y - 3, y + BAR + 3]);
    y += BAR + 12;
  });
  const xAxis = axis(
    bands,
    y - 6,
    [0, 0.25, 0.5, 0.75, 1].map((at) => ({ at, label: decimal(lang, at, at === 0 || at === 1 ? 0 : 2) })),
    t.axisNormalised,
  );
  const name = partnershipName(dossier, partnershipKey, lang);
  return svgDocument(
    `chart-profile-${idPart(partnershipKey)}`,
    {
      width: CHART_WIDTH,
      height: Math.ceil(y - 6 + xAxis.height),
      title: t.profileTitle(name),
      description: profileDescription(dossier, score, criteria, ministries, lang),
    },
    `${key.markup}${xAxis.grid}${body.join('')}${xAxis.markup}`,
  );
}

/**
 * Marks that would cover each other (closer than a mark's width) move up and down in turn, so
 * equal means stay visible; their horizontal position, the value, never moves.
 */
export function dodge<T extends { x: number }>(marks: readonly T[]): (T & { dy: number })[] {
  const sorted = [...marks].sort((a, b) => a.x - b.x);
  const offsets = [0, -9, 9, -4.5, 4.5];
  let group = 0;
  return sorted.map((m, i) => {
    group = i > 0 && m.x - sorted[i - 1]!.x < 10 ? group + 1 : 0;
    return { ...m, dy: offsets[group % offsets.length]! };
  });
}

/** The alternative text of a criteria profile: what it shows, the highest and lowest criterion, where ministries differ most. */
function profileDescription(
  dossier: RoundDossier,
  score: PartnershipScore,
  criteria: RoundCriterion[],
  ministries: string[],
  lang: Language,
): string {
  const t = text[lang];
  const n = (v: number) => decimal(lang, v, 2);
  const scored = criteria.flatMap((c) => {
    const v = score.byCriterion[c.key]?.normalised;
    return v === null || v === undefined ? [] : [{ name: criterionName(c, lang), value: v, key: c.key }];
  });
  const unscored = criteria.filter((c) => (score.byCriterion[c.key]?.normalised ?? null) === null);
  let description = t.profileDescription(partnershipName(dossier, score.partnership, lang), criteria.length);
  if (ministries.length > 1)
    description += t.ministryMarks(ministries.map((m) => ministryLabel(dossier, m)).join(', '));
  if (scored.length > 0) {
    const sorted = [...scored].sort((a, b) => b.value - a.value);
    description += t.strongest(sorted[0]!.name, n(sorted[0]!.value));
    description += t.weakest(sorted.at(-1)!.name, n(sorted.at(-1)!.value));
  }
  const gaps = scored.map((c) => {
    const values = ministries.flatMap((m) => {
      const v = score.byMinistry[m]?.byCriterion[c.key]?.normalised;
      return v === null || v === undefined ? [] : [v];
    });
    return { ...c, lo: Math.min(...values), hi: Math.max(...values), count: values.length };
  });
  const widest = gaps.filter((g) => g.count > 1).sort((a, b) => b.hi - b.lo - (a.hi - a.lo))[0];
  if (widest && widest.hi > widest.lo) description += t.widestGap(widest.name, n(widest.lo), n(widest.hi));
  if (unscored.length > 0) description += t.unscored(unscored.map((c) => criterionName(c, lang)).join('; '));
  return description;
}
