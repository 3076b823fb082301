import { label } from '../text/labels.ts';
import { rankAcceptabilityCharts } from './charts/rank-acceptability-chart.ts';
import type { WeightStability } from '../core/evaluation/index.ts';
import type { PartnershipStatus } from '../core/shared/vocabulary.ts';
import { column, heading, paragraph, table, type Block, type ReportContext } from './report-blocks.ts';
import { alphaReading } from './report-summary.ts';

/**
 * The ranking with its robustness (table and rank-acceptability chart), the partnerships left
 * without a rank, and the weight ranges within which the ranking stays the same.
 */
export function rankingBlocks(ctx: ReportContext): Block[] {
  const { dossier, text: t, format: f } = ctx;
  const robustness = dossier.results.robustness;
  const blocks: Block[] = [heading(1, t.headings.ranking, true)];
  if (ctx.ranked.length < 2) blocks.push(paragraph(t.summary.noRanking), ...unrankedBlocks(ctx));
  else {
    const rows = ctx.ranked.map((p) => {
      const acceptability = robustness?.rankAcceptability[p.partnership];
      const expected = robustness?.expectedRank[p.partnership];
      return [
        String(p.rank),
        ctx.name(p.partnership),
        f.points(p.score!),
        p.spread ? f.points(p.spread.range) : '–',
        acceptability ? f.percent(acceptability[p.rank! - 1] ?? 0) : '–',
        expected === undefined ? '–' : f.number(expected, 1),
      ];
    });
    blocks.push(
      table(
        t.captions.ranking,
        [
          column(t.table.rank, 1, 'right'),
          column(t.table.partnership, 6),
          column(t.table.points, 2, 'right'),
          column(t.table.spread, 2, 'right'),
          column(t.table.rankProbability, 2, 'right'),
          column(t.table.expectedRank, 2, 'right'),
        ],
        rows,
      ),
      ...unrankedBlocks(ctx),
      ...rankAcceptabilityCharts(dossier, ctx.lang).map((chart): Block => ({ kind: 'figure', chart })),
    );
  }
  if (dossier.results.stability.length > 0) blocks.push(...stabilityBlocks(ctx));
  return blocks;
}

/** Partnerships without a complete score: what is missing, and the provisional score beside its coverage. */
function unrankedBlocks(ctx: ReportContext): Block[] {
  const { text: t, format: f } = ctx;
  return ctx.unranked.map((p) => {
    const missing = f.list(p.missingCriteria.map((c) => t.quote(ctx.criterionName(c))));
    const provisional =
      p.partialScore === null ? '' : t.ranking.provisional(f.points(p.partialScore), f.percent(p.coverage));
    return paragraph(t.ranking.unranked(ctx.name(p.partnership), missing, p.missingCriteria.length) + provisional);
  });
}

function stabilityBlocks(ctx: ReportContext): Block[] {
  const { text: t, format: f } = ctx;
  const change = (at: number, swap: [string, string] | null) =>
    swap ? t.ranking.at(f.weight(at), t.ranking.swap(ctx.name(swap[0]), ctx.name(swap[1]))) : t.table.noChange;
  const rows = ctx.dossier.results.stability.map((s: WeightStability) => [
    ctx.criterionName(s.criterion),
    f.weight(s.weight),
    `${f.weight(s.lower)} – ${f.weight(s.upper)}`,
    change(s.lower, s.lowerSwap),
    change(s.upper, s.upperSwap),
  ]);
  return [
    heading(2, t.headings.stability),
    table(
      t.captions.stability,
      [
        column(t.table.criterion, 5),
        column(t.table.weight, 2, 'right'),
        column(t.table.range, 3, 'right'),
        column(t.table.below, 4),
        column(t.table.above, 4),
      ],
      rows,
    ),
  ];
}

/** Krippendorff's alpha per criterion with its reading and the counts it rests on. */
export function agreementBlocks(ctx: ReportContext): Block[] {
  const { text: t, format: f } = ctx;
  const rows = ctx.criteria.map((c) => {
    const a = ctx.dossier.results.agreement[c.key];
    return [
      ctx.criterionName(c),
      a?.alpha === null || a?.alpha === undefined ? '–' : f.number(a.alpha, 2),
      alphaReading(ctx, a?.alpha ?? null),
      f.number(a?.pairableUnits ?? 0),
      f.number(a?.pairableValues ?? 0),
    ];
  });
  return [
    heading(1, t.headings.agreement),
    table(
      t.captions.agreement,
      [
        column(t.table.criterion, 6),
        column(t.table.alpha, 2, 'right'),
        column(t.table.reading, 3),
        column(t.table.units, 2, 'right'),
        column(t.table.values, 2, 'right'),
      ],
      rows,
    ),
  ];
}

/** The comparison with the previous round: rank correlations, who moved, who entered and who left. */
export function comparisonBlocks(ctx: ReportContext): Block[] {
  const comparison = ctx.dossier.results.comparison;
  if (!comparison) return [];
  const { text: t, format: f } = ctx;
  const c = t.comparison;
  const blocks: Block[] = [heading(1, t.headings.comparison)];
  blocks.push(
    paragraph(
      comparison.kendallTauB === null || comparison.spearmanRho === null
        ? c.tooFew(comparison.common)
        : c.correlations(comparison.common, f.number(comparison.kendallTauB, 2), f.number(comparison.spearmanRho, 2)),
    ),
  );
  if (comparison.movements.length > 0) {
    const previous = ctx.dossier.round.previousRound?.name ?? '';
    blocks.push(
      table(
        t.captions.comparison(previous),
        [
          column(t.table.partnership, 6),
          column(t.table.previousRank, 2, 'right'),
          column(t.table.currentRank, 2, 'right'),
          column(t.table.change, 3),
        ],
        comparison.movements.map((m) => [
          ctx.name(m.partnership),
          String(m.previousRank),
          String(m.rank),
          m.change > 0 ? c.up(m.change) : m.change < 0 ? c.down(-m.change) : c.same,
        ]),
      ),
    );
  }
  if (comparison.entered.length > 0)
    blocks.push(paragraph(c.entered(f.list(comparison.entered.map((e) => ctx.name(e.partnership))))));
  if (comparison.left.length > 0)
    blocks.push(paragraph(c.left(f.list(comparison.left.map((e) => ctx.name(e.partnership))))));
  return blocks;
}

/** Every partnership with its status, rank, recommendation and decision. */
export function recommendationsBlocks(ctx: ReportContext): Block[] {
  const { dossier, text: t, format: f } = ctx;
  const rows = dossier.results.partnerships.map((p) => {
    const partnership = dossier.partnerships.find((x) => x.key === p.partnership);
    const recommendation = dossier.recommendations[p.partnership];
    const decision = dossier.decisions[p.partnership];
    return [
      ctx.name(p.partnership),
      partnership ? statusLabel(ctx, partnership.statusAtStart) : '–',
      p.rank === null ? '–' : String(p.rank),
      recommendation ? t.recommendation[recommendation.recommendation] : '–',
      decision ? `${t.recommendation[decision.decision]} (${decision.body}, ${f.date(decision.decidedOn)})` : '–',
    ];
  });
  return [
    heading(1, t.headings.recommendations, true),
    table(
      t.captions.recommendations,
      [
        column(t.table.partnership, 5),
        column(t.table.statusAtStart, 2),
        column(t.table.rank, 1, 'right'),
        column(t.table.recommendation, 3),
        column(t.table.decision, 4),
      ],
      rows,
    ),
  ];
}

/** A partnership status in the reader's language (dormant reads "ruhend", never "aktiv"). */
export const statusLabel = (ctx: ReportContext, status: PartnershipStatus) => label(ctx.lang, 'status', status);
