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
  axis,
  escapeXml,
  idPart,
  legend,
  mark,
  plotX,
  round2,
  svgDocument,
  textLines,
  wrapText,
  type ChartSvg,
} from './chart-svg.ts';
import { criterionName, decimal, ministryLabel, partnershipName } from './round-chart-labels.ts';

/** The bar of a criteria profile. */
export const PROFILE_BAR = '#0072B2';
/** The height of a criteria profile's bar: room for three ministries' marks at one value. */
const BAR = 24;

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
