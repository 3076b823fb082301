import { label } from '../text/labels.ts';
import { criteriaProfileChart } from './charts/criteria-profile-chart.ts';
import type { PartnershipScore } from '../core/evaluation/index.ts';
import { column, fact, heading, paragraph, table, type Block, type ReportContext } from './report-blocks.ts';
import { evidenceBlocks } from './report-evidence.ts';
import { statusLabel } from './report-ranking.ts';

/** One section per partnership, each on a new page: ranked ones by rank, then those without a rank. */
export function partnershipsBlocks(ctx: ReportContext): Block[] {
  return [
    heading(1, ctx.text.headings.partnerships, true),
    ...ctx.dossier.results.partnerships.flatMap((score, i) => partnershipBlocks(ctx, score, i > 0)),
  ];
}

/**
 * A partnership's section: its status at the start (a dormant one says so), whether it is a
 * candidate, its result, the evidence, the criteria profile (chart and table), the ministries'
 * justifications, the recommendation and the decision.
 */
function partnershipBlocks(ctx: ReportContext, score: PartnershipScore, newPage: boolean): Block[] {
  const { dossier, text: t } = ctx;
  const p = t.partnership;
  const key = score.partnership;
  const partnership = dossier.partnerships.find((x) => x.key === key);
  const blocks: Block[] = [heading(2, ctx.name(key), newPage)];
  if (partnership) {
    blocks.push(
      fact(p.kind, label(ctx.lang, 'kind', partnership.kind)),
      fact(p.status, statusLabel(ctx, partnership.statusAtStart)),
      fact(p.candidate, partnership.candidate ? p.yes : p.no),
    );
  }
  blocks.push(
    fact(
      p.result,
      score.rank === null ? p.unranked : p.ranked(score.rank, ctx.ranked.length, ctx.format.points(score.score!)),
    ),
  );
  if (partnership?.statusAtStart === 'dormant') blocks.push(paragraph(p.dormantNote));
  blocks.push(heading(3, t.headings.evidence), ...evidenceBlocks(ctx, dossier.evidence[key]));
  blocks.push(heading(3, t.headings.profile), { kind: 'figure', chart: criteriaProfileChart(dossier, key, ctx.lang) });
  blocks.push(profileTable(ctx, score));
  blocks.push(heading(3, t.headings.justifications), justificationsTable(ctx, key));
  blocks.push(heading(3, t.headings.recommendation), ...recommendationBlocks(ctx, key));
  return blocks;
}

/** The numbers of the profile chart: the mean on the round's scale, rescaled, and per ministry. */
function profileTable(ctx: ReportContext, score: PartnershipScore): Block {
  const { dossier, text: t, format: f } = ctx;
  const ministries = dossier.results.ministries.filter((m) => score.byMinistry[m]);
  const scale = [f.number(dossier.round.scaleMin), f.number(dossier.round.scaleMax)] as const;
  const value = (v: number | null | undefined, digits: number) =>
    v === null || v === undefined ? t.partnership.notScored : f.number(v, digits);
  return table(
    t.captions.profile(ctx.name(score.partnership)),
    [
      column(t.table.number, 1, 'right'),
      column(t.table.criterion, 7),
      column(t.table.meanOnScale(...scale), 2, 'right'),
      column(t.table.normalised, 2, 'right'),
      ...ministries.map((m) => column(`${ctx.ministry(m)} (0–1)`, 2, 'right')),
    ],
    ctx.criteria.map((c, i) => [
      String(i + 1),
      ctx.criterionName(c),
      value(score.byCriterion[c.key]?.onScale, 2),
      value(score.byCriterion[c.key]?.normalised, 2),
      ...ministries.map((m) => value(score.byMinistry[m]?.byCriterion[c.key]?.normalised, 2)),
    ]),
  );
}

/** The submitted scores that carry a justification (or have no value), by criterion and ministry; who scored is shown by ministry only. */
function justificationsTable(ctx: ReportContext, partnership: string): Block {
  const { dossier, text: t, format: f } = ctx;
  const position = new Map(ctx.criteria.map((c, i) => [c.key, i]));
  const rows = dossier.scores
    .filter((s) => s.partnership === partnership && s.state === 'submitted')
    .filter((s) => s.justification.trim() !== '' || s.value === null)
    .sort(
      (a, b) =>
        (position.get(a.criterion) ?? 0) - (position.get(b.criterion) ?? 0) ||
        ctx.ministry(a.ministry).localeCompare(ctx.ministry(b.ministry), 'de'),
    )
    .map((s) => [
      String((position.get(s.criterion) ?? 0) + 1),
      ctx.ministry(s.ministry),
      s.value === null ? t.partnership.notScored : f.number(s.value),
      s.justification.trim() || '–',
    ]);
  if (rows.length === 0) return paragraph(t.partnership.noJustifications);
  return table(
    t.captions.justifications(ctx.name(partnership)),
    [
      column(t.table.number, 1, 'right'),
      column(t.table.ministry, 2),
      column(t.table.value, 2, 'right'),
      column(t.table.justification, 12),
    ],
    rows,
  );
}

function recommendationBlocks(ctx: ReportContext, partnership: string): Block[] {
  const { dossier, text: t, format: f } = ctx;
  const p = t.partnership;
  const recommendation = dossier.recommendations[partnership];
  const decision = dossier.decisions[partnership];
  const blocks: Block[] = recommendation
    ? [
        paragraph({ text: p.recommendation(t.recommendation[recommendation.recommendation]), bold: true }),
        ...(recommendation.justification.trim() ? [paragraph(recommendation.justification)] : []),
      ]
    : [paragraph(p.noRecommendation)];
  if (!decision) blocks.push(paragraph(p.noDecision));
  else {
    blocks.push(
      paragraph({
        text: p.decision(t.recommendation[decision.decision], decision.body, f.date(decision.decidedOn)),
        bold: true,
      }),
    );
    if (decision.note.trim()) blocks.push(paragraph(decision.note));
    if (decision.statusChangedTo)
      blocks.push(paragraph(p.statusChanged(label(ctx.lang, 'status', decision.statusChangedTo))));
  }
  return blocks;
}
