import { Document, Packer, Paragraph } from 'docx';
import { agreementByCriterion, scoreRound, smaa, performanceTable, type Score } from '../../core/evaluation/index.ts';
import { computeRoundResults } from '../../core/rounds/round-results.ts';
import { fixtureRound } from '../../dev/fixtures/round-dossier.ts';
import { roundReportDocx, roundReportPdf } from '../../reports/round-report.ts';
import { measure, ratio } from '../measure.ts';

/**
 * The generated round of W4 and W6: 30 partnerships (the register's regional ones and generated
 * sectoral ones), the 12 criteria of the fixture, 3 ministries with 2 assessors each, SMAA with
 * 10,000 samples. Built once per run, deterministically; no database is involved.
 */
const largeRound = () => fixtureRound({ partnerships: 30, assessorsPerMinistry: [2, 2, 2] });

const mebibytes = (bytes: number) => Math.round((bytes / 2 ** 20) * 10) / 10;

/** Heap and resident memory after a workload, so a report that holds too much shows up. */
function memory() {
  const m = process.memoryUsage();
  return { heapUsedMiB: mebibytes(m.heapUsed), rssMiB: mebibytes(m.rss), externalMiB: mebibytes(m.external) };
}

/**
 * W4: the evaluation maths of a round, `computeRoundResults` as the results page and the report
 * call it — weighted scores per partnership and ministry, Krippendorff's alpha per criterion, SMAA
 * rank acceptability (10,000 samples), weight stability and the comparison with the previous
 * round. Baseline: `scoreRound` alone (the weighted scores, no robustness). SMAA and the alphas
 * are timed on their own too, to show where the time goes.
 */
export async function evaluationWorkload(args: { durationSeconds: number; target: { text: string; limitMs: number } }) {
  const { input, dossier } = largeRound();
  const timed = (run: () => unknown) => measure(async () => run(), { durationSeconds: args.durationSeconds });
  const criteria = input.criteria.map((c) => ({ key: c.key, scaleMin: input.scaleMin, scaleMax: input.scaleMax }));
  const weights = Object.fromEntries(input.criteria.map((c) => [c.key, c.weight]));
  const scores: Score[] = input.scores.map((s) => ({
    partnership: s.partnership,
    criterion: s.criterion,
    assessor: String(s.assessorUserId),
    ministry: s.ministry,
    value: s.value,
  }));
  const scoreInput = { criteria, weights, partnerships: input.partnerships, scores };
  const table = performanceTable(criteria, scoreRound(scoreInput));

  const results = await timed(() => computeRoundResults(input));
  const baseline = await timed(() => scoreRound(scoreInput));
  const robustness = await timed(() => smaa(table, weights, input.smaa));
  const agreement = await timed(() => agreementByCriterion(criteria, scores, 'ordinal'));
  const shape = `${input.partnerships.length} partnerships × ${criteria.length} criteria × ${input.smaa.samples} samples`;
  return {
    lines: [
      {
        measure: `computeRoundResults: ${shape}, ${input.scores.length} scores`,
        latency: results,
        baseline: { measure: 'scoreRound alone (weighted scores)', latency: baseline },
        ratio: ratio(results.p95, baseline.p95),
        target: { text: args.target.text, withinTarget: results.p95 <= args.target.limitMs },
      },
      { measure: `of which SMAA (${input.smaa.samples} samples)`, latency: robustness },
      { measure: `of which Krippendorff's alpha, ${criteria.length} criteria`, latency: agreement },
    ],
    details: {
      partnerships: input.partnerships.length,
      ranked: dossier.results.partnerships.filter((p) => p.rank !== null).length,
      criteria: criteria.length,
      assessors: input.assessors,
      scores: input.scores.length,
      smaa: input.smaa,
      memory: memory(),
    },
  };
}

/**
 * W6: the cabinet report of the same 30-partnership round, DOCX (charts rendered to PNG) and PDF
 * (charts as vectors), in German. Baseline: a DOCX with one paragraph, the fixed cost of the format.
 */
export async function reportWorkload(args: { durationSeconds: number }) {
  const { dossier } = largeRound();
  const options = { lang: 'de' as const, generatedOn: '2026-11-21' };
  const slow = { durationSeconds: args.durationSeconds, min: 3, warmup: 1 };
  let docxBytes = 0;
  let pdfBytes = 0;
  const docx = await measure(async () => {
    docxBytes = (await roundReportDocx(dossier, options)).length;
  }, slow);
  const pdf = await measure(async () => {
    pdfBytes = (await roundReportPdf(dossier, options)).length;
  }, slow);
  const baseline = await measure(
    () => Packer.toBuffer(new Document({ sections: [{ children: [new Paragraph('Leitlinien-Check')] }] })),
    { durationSeconds: Math.min(args.durationSeconds, 2) },
  );
  return {
    lines: [
      {
        measure: `cabinet report DOCX, ${dossier.partnerships.length} partnerships (${mebibytes(docxBytes)} MiB)`,
        latency: docx,
        baseline: { measure: 'DOCX with one paragraph', latency: baseline },
        ratio: ratio(docx.p95, baseline.p95),
      },
      {
        measure: `cabinet report PDF, ${dossier.partnerships.length} partnerships (${mebibytes(pdfBytes)} MiB)`,
        latency: pdf,
        baseline: { measure: 'DOCX with one paragraph', latency: baseline },
        ratio: ratio(pdf.p95, baseline.p95),
      },
    ],
    details: { docxBytes, pdfBytes, memory: memory() },
  };
}
