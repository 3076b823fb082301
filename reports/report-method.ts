import { CONSISTENCY_THRESHOLD } from '../core/evaluation/index.ts';
import { column, heading, paragraph, table, warning, type Block, type ReportContext } from './report-blocks.ts';

/**
 * The method: the scale with its levels, the aggregation, the weights (for AHP the consistency
 * ratio, with a warning above 0.1), the agreement measure, and SMAA with its samples, seed and κ,
 * so that every figure of the report can be reproduced.
 */
export function methodBlocks(ctx: ReportContext): Block[] {
  const { round } = ctx.dossier;
  const { text: t, format: f } = ctx;
  const m = t.method;
  const blocks: Block[] = [
    heading(1, t.headings.method, true),
    paragraph(
      m.scale(f.number(round.scaleMin), f.number(round.scaleMax), f.number((round.scaleMin + round.scaleMax) / 2, 1)),
    ),
    paragraph(m.aggregation),
    paragraph(m.weights(t.weightMethod[round.weightMethod])),
  ];
  if (round.weightMethod === 'ahp' && round.consistencyRatio !== null) {
    const cr = f.number(round.consistencyRatio, 3);
    blocks.push(
      round.consistencyRatio > CONSISTENCY_THRESHOLD ? warning(m.inconsistent(cr)) : paragraph(m.consistency(cr)),
    );
  }
  blocks.push(paragraph(m.agreement));
  const { samples, seed, concentration } = round.smaa;
  // How far a weight of 10 % varies: the standard deviation of Dir(κ·w) is √(w(1 − w)/(κ + 1)).
  const example = Math.sqrt((0.1 * 0.9) / (concentration + 1)) * 100;
  blocks.push(
    paragraph(
      m.smaa(
        f.number(samples),
        String(seed),
        f.number(concentration),
        f.number(example, 1),
        f.number((0.5 / Math.sqrt(samples)) * 100, 1),
      ),
    ),
    paragraph(m.stability),
  );
  if (ctx.dossier.results.comparison) blocks.push(paragraph(m.comparison));
  blocks.push(heading(2, t.headings.scale), ...scaleBlocks(ctx));
  return blocks;
}

/** The levels of the scale, once for each group of criteria that share them. */
function scaleBlocks(ctx: ReportContext): Block[] {
  const groups = new Map<string, { numbers: number[]; anchors: string[] }>();
  ctx.criteria.forEach((c, i) => {
    const anchors = [...c.anchors]
      .sort((a, b) => a.value - b.value)
      .map((a) => `${ctx.format.number(a.value)} – ${ctx.lang === 'en' && a.labelEn ? a.labelEn : a.label}`);
    const key = JSON.stringify(anchors);
    const group = groups.get(key) ?? { numbers: [], anchors };
    group.numbers.push(i + 1);
    groups.set(key, group);
  });
  return [...groups.values()].flatMap((g): Block[] => [
    paragraph({
      text: ctx.text.method.anchorsOf(ctx.format.list(g.numbers.map(String)), g.numbers.length),
      bold: true,
    }),
    { kind: 'list', items: g.anchors.map((a) => [a]) },
  ]);
}

/** The criteria with their weights and where each comes from in the strategy. */
export function criteriaBlocks(ctx: ReportContext): Block[] {
  const { text: t, format: f } = ctx;
  const direct = ctx.dossier.round.weightMethod === 'direct';
  const columns = [
    column(t.table.number, 1, 'right'),
    column(t.table.criterion, 8),
    column(t.table.weight, 2, 'right'),
    ...(direct ? [column(t.table.rating, 2, 'right')] : []),
    column(t.table.basis, 5),
  ];
  const rows = ctx.criteria.map((c, i) => [
    String(i + 1),
    ctx.criterionName(c),
    f.weight(c.weight),
    ...(direct ? [c.rating === null ? '–' : f.number(c.rating, c.rating % 1 === 0 ? 0 : 1)] : []),
    c.basis ? c.basis.locator : t.table.noBasis,
  ]);
  return [heading(1, t.headings.criteria), table(t.captions.criteria, columns, rows)];
}
