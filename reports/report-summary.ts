import { roundRecommendations } from '../core/shared/vocabulary.ts';
import { fact, heading, paragraph, warning, type Block, type ReportContext } from './report-blocks.ts';

/** The title page: the round's name, occasion, period, state and the date of the report. */
export function titleBlocks(ctx: ReportContext): Block[] {
  const { round } = ctx.dossier;
  const { text: t, format: f } = ctx;
  const status =
    round.status === 'closed' && round.closedAt ? t.closedOn(f.date(round.closedAt)) : t.roundStatus[round.status];
  const blocks: Block[] = [
    { kind: 'title', text: round.name, subtitle: t.subtitle },
    fact(t.facts.occasion, t.occasion[round.occasion]),
    fact(t.facts.period, `${f.date(round.periodFrom)} – ${f.date(round.periodTo)}`),
    fact(t.facts.status, status),
    fact(t.facts.generatedOn, f.date(ctx.generatedOn)),
  ];
  if (round.previousRound) blocks.push(fact(t.facts.previousRound, round.previousRound.name));
  if (round.correctsRound) blocks.push(fact(t.facts.correctsRound, round.correctsRound.name));
  if (round.correctedBy) {
    blocks.push(fact(t.facts.correctedBy, round.correctedBy.name));
    blocks.push(warning(t.corrected(round.correctedBy.name)));
  }
  // A cabinet paper must never pass off an open round's figures as final.
  if (round.status !== 'closed') blocks.push(warning(t.provisional));
  return blocks;
}

/**
 * The summary: the ranking at a glance, what was scored by whom, the robustness in one sentence,
 * the criterion with the least agreement and the recommendations by option.
 */
export function summaryBlocks(ctx: ReportContext): Block[] {
  const { dossier, text: t, format: f } = ctx;
  const s = t.summary;
  const blocks: Block[] = [heading(1, t.headings.summary)];
  if (ctx.ranked.length >= 2) {
    blocks.push(paragraph(s.rankingLead), {
      kind: 'list',
      numbered: true,
      items: ctx.ranked.map((p) => [s.rankingItem(p.rank!, ctx.name(p.partnership), f.points(p.score!))]),
    });
  } else blocks.push(paragraph(s.noRanking));
  const dormant = dossier.partnerships.filter((p) => p.statusAtStart === 'dormant').length;
  const candidates = dossier.partnerships.filter((p) => p.candidate).length;
  const assessors = dossier.ministries.reduce((n, m) => n + m.assessors.length, 0);
  const { submittedScores, expectedScores } = dossier.results;
  blocks.push(
    paragraph(
      s.scope(dossier.partnerships.length, dormant, candidates),
      ' ',
      s.scoring(dossier.ministries.length, assessors, f.number(submittedScores), f.number(expectedScores)),
    ),
  );
  if (ctx.unranked.length > 0)
    blocks.push(paragraph(s.unranked(f.list(ctx.unranked.map((p) => ctx.name(p.partnership))))));
  const robustness = robustnessSentence(ctx);
  if (robustness) blocks.push(paragraph(robustness));
  const alpha = lowestAlphaSentence(ctx);
  if (alpha) blocks.push(paragraph(alpha));
  blocks.push(paragraph(recommendationCounts(ctx)));
  const decided = Object.keys(dossier.decisions).length;
  if (decided > 0) blocks.push(paragraph(s.decisions(decided)));
  return blocks;
}

function robustnessSentence(ctx: ReportContext): string | null {
  const robustness = ctx.dossier.results.robustness;
  const top = ctx.ranked[0];
  if (!robustness || !top) return null;
  const probabilityOfOwnRank = (key: string, rank: number) => robustness.rankAcceptability[key]?.[rank - 1] ?? 0;
  const stable = ctx.ranked.filter((p) => probabilityOfOwnRank(p.partnership, p.rank!) >= 0.5).length;
  return ctx.text.summary.robustness(
    ctx.name(top.partnership),
    ctx.format.percent(probabilityOfOwnRank(top.partnership, 1)),
    stable,
    ctx.ranked.length,
  );
}

function lowestAlphaSentence(ctx: ReportContext): string | null {
  const lowest = ctx.criteria
    .map((c) => ({ c, alpha: ctx.dossier.results.agreement[c.key]?.alpha ?? null }))
    .filter((x): x is { c: (typeof x)['c']; alpha: number } => x.alpha !== null)
    .sort((a, b) => a.alpha - b.alpha)[0];
  if (!lowest) return null;
  return ctx.text.summary.lowestAlpha(
    ctx.criterionName(lowest.c),
    ctx.format.number(lowest.alpha, 2),
    alphaReading(ctx, lowest.alpha),
  );
}

/** Krippendorff's reading of an alpha: reliable from 0.8, tentative from 0.667. */
export function alphaReading(ctx: ReportContext, alpha: number | null): string {
  const r = ctx.text.alphaReading;
  if (alpha === null) return r.none;
  return alpha >= 0.8 ? r.reliable : alpha >= 0.667 ? r.tentative : r.low;
}

function recommendationCounts(ctx: ReportContext): string {
  const s = ctx.text.summary;
  const given = Object.values(ctx.dossier.recommendations);
  const counts = roundRecommendations.flatMap((option) => {
    const n = given.filter((r) => r.recommendation === option).length;
    return n > 0 ? [s.recommendationCount(n, ctx.text.recommendation[option])] : [];
  });
  const without = ctx.dossier.partnerships.filter((p) => !ctx.dossier.recommendations[p.key]).length;
  if (without > 0) counts.push(s.withoutRecommendation(without));
  return s.recommendations(counts.join('; '));
}
