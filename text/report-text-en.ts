import { vocabularyLabels } from './labels.ts';
import type { ReportText } from './report-text-de.ts';

/** The English texts of the cabinet report, complete: every German text has its counterpart. */
export const en: ReportText = {
  creator: 'Brückenbauer – Saxon State Chancellery',
  subject: 'Report on the evaluation of the partnerships under the guidelines for international cooperation',
  subtitle:
    'Evaluation of the partnerships under the Guidelines for the International Cooperation of the Free State of Saxony',
  occasion: vocabularyLabels('en', 'roundOccasion'),
  roundStatus: vocabularyLabels('en', 'roundStatus'),
  recommendation: vocabularyLabels('en', 'roundRecommendation'),
  weightMethod: {
    equal: 'equal weights for all criteria',
    direct: "direct rating: each weight is the criterion's rating divided by the sum of all ratings",
    ahp: 'pairwise comparison by the Analytic Hierarchy Process (AHP, Saaty): the weights are the normalised eigenvector of the comparison matrix',
  },
  facts: {
    occasion: 'Occasion',
    period: 'Period under review',
    status: 'State of the round',
    generatedOn: 'Date of the report',
    previousRound: 'Previous round',
    correctsRound: 'Corrects the round',
    correctedBy: 'Corrected by',
  },
  quote: (text: string) => `“${text}”`,
  closedOn: (date: string) => `closed on ${date}`,
  provisional: 'Provisional: the round is not closed yet. Scores, results and recommendations may still change.',
  corrected: (name: string) => `This round was corrected by the round “${name}”; its results apply.`,
  headings: {
    summary: 'Summary',
    method: 'Method',
    scale: 'Scale and levels',
    criteria: 'Criteria and weights',
    ranking: 'Ranking and robustness',
    stability: 'Weight ranges within which the ranking stays the same',
    agreement: 'Agreement between assessors per criterion',
    comparison: 'Comparison with the previous round',
    partnerships: 'The partnerships one by one',
    evidence: 'What the register shows for the period under review',
    profile: 'Criteria profile',
    justifications: "The ministries' justifications",
    recommendation: 'Recommendation and decision',
    recommendations: 'Recommendations at a glance',
  },
  summary: {
    rankingLead: 'The ranking at a glance (points from 0 to 100):',
    rankingItem: (rank: number, name: string, points: string) => `${rank}. ${name} – ${points} points`,
    noRanking: 'There is no ranking: fewer than two partnerships were scored completely.',
    scope: (partnerships: number, dormant: number, candidates: number) =>
      `${partnerships} partnerships were evaluated, ${dormant} of them dormant and ${candidates} under examination.`,
    scoring: (ministries: number, assessors: number, submitted: string, expected: string) =>
      `${ministries} ministries with ${assessors} assessors submitted ${submitted} of ${expected} expected scores.`,
    unranked: (names: string) => `Without a complete score and therefore without a rank: ${names}.`,
    robustness: (name: string, p: string, stable: number, ranked: number) =>
      `With the weights varying around the chosen ones, ${name} keeps first place in ${p} of cases; ` +
      `${stable} of ${ranked} partnerships keep their rank in at least half of the cases.`,
    lowestAlpha: (criterion: string, alpha: string, reading: string) =>
      `The assessors agreed least on the criterion “${criterion}” (Krippendorff's α = ${alpha}, ${reading}).`,
    recommendations: (counts: string) => `Recommendations: ${counts}.`,
    recommendationCount: (count: number, label: string) => `${count} × ${label}`,
    withoutRecommendation: (count: number) =>
      count === 1 ? '1 partnership without a recommendation yet' : `${count} partnerships without a recommendation yet`,
    decisions: (count: number) =>
      `Decisions have been taken on ${count} partnerships (see the recommendations at a glance).`,
  },
  method: {
    scale: (min: string, max: string, middle: string) =>
      `Each assessor scores each partnership on each criterion on a scale from ${min} to ${max} with described ` +
      `levels; a score below or above the middle (${middle}) needs a justification. Only submitted scores count, ` +
      `drafts never do.`,
    anchorsOf: (numbers: string, count: number) => `Levels of ${count === 1 ? 'criterion' : 'criteria'} ${numbers}:`,
    aggregation:
      'For each partnership and criterion the mean of all scores is rescaled to 0 to 1 (0 = lowest, 1 = highest ' +
      'level). The score is the sum of these values weighted by the weights (simple additive weighting), given ' +
      'here on 0 to 100. The same calculation per ministry gives the spread between the ministries. A criterion ' +
      'nobody scored never counts as 0: the partnership then gets no rank.',
    weights: (method: string) => `Weights: ${method}.`,
    consistency: (cr: string) =>
      `Consistency ratio of the pairwise comparisons: CR = ${cr} (Saaty: acceptable up to 0.1).`,
    inconsistent: (cr: string) =>
      `Warning: the consistency ratio CR = ${cr} is above 0.1. The pairwise comparisons contradict each other ` +
      'more than is acceptable; the weights should be reviewed.',
    agreement:
      "Agreement: Krippendorff's alpha (ordinal) per criterion, over all partnerships with at least two scores. " +
      '1 means full agreement, 0 agreement as by chance; from 0.8 it counts as reliable, from 0.667 as sufficient ' +
      'for tentative conclusions.',
    smaa: (samples: string, seed: string, kappa: string, example: string, error: string) =>
      `Robustness: stochastic multicriteria acceptability analysis (SMAA-2). ${samples} weight vectors are drawn ` +
      `from a Dirichlet distribution around the chosen weights (concentration κ = ${kappa}; a weight of 10% then ` +
      `varies by ±${example} percentage points), seed of the random generator ${seed}. It counts how often each ` +
      `partnership takes each rank; the error of each probability is at most ±${error} percentage points. The same ` +
      `scores, weights, seed and κ give the same figures.`,
    stability:
      'Weight ranges: for each criterion the range its weight can lie in (the others keeping their proportions) ' +
      'without the ranking changing, with the two partnerships that change places at the limit.',
    comparison:
      "Comparison with the previous round: Kendall's τ_b and Spearman's ρ over the partnerships ranked in both " +
      'rounds (1 = same order, 0 = no relation, −1 = reversed).',
  },
  table: {
    number: 'No.',
    criterion: 'Criterion',
    weight: 'Weight',
    rating: 'Rating (direct method)',
    basis: 'Basis in the strategy',
    noBasis: 'added for this round',
    rank: 'Rank',
    partnership: 'Partnership',
    points: 'Points (0–100)',
    spread: 'Spread between ministries (points)',
    rankProbability: 'Probability of this rank',
    expectedRank: 'Expected rank',
    range: 'Ranking stays between',
    below: 'Change at the lower limit',
    above: 'Change at the upper limit',
    noChange: 'none',
    alpha: 'α (ordinal)',
    reading: 'Reading',
    units: 'Partnerships with ≥ 2 scores',
    values: 'Scores',
    previousRank: 'Previous rank',
    currentRank: 'Rank now',
    change: 'Change',
    meanOnScale: (min: string, max: string) => `Mean (${min}–${max})`,
    normalised: 'Rescaled (0–1)',
    ministry: 'Ministry',
    value: 'Score',
    justification: 'Justification',
    statusAtStart: 'Status at start',
    recommendation: 'Recommendation',
    decision: 'Decision',
  },
  captions: {
    criteria: 'Criteria and their weights',
    ranking: 'Ranking with points, spread between the ministries and robustness',
    stability: 'Weight ranges per criterion within which the ranking stays the same',
    agreement: "Krippendorff's alpha per criterion",
    comparison: (previous: string) => `Ranks in this round and in the round “${previous}”`,
    profile: (name: string) => `Means per criterion: ${name}`,
    justifications: (name: string) => `Scores and justifications: ${name}`,
    recommendations: 'Recommendations and decisions per partnership',
  },
  alphaReading: {
    reliable: 'reliable',
    tentative: 'sufficient for tentative conclusions',
    low: 'low',
    none: 'not determinable',
  },
  ranking: {
    unranked: (name: string, missing: string, count: number) =>
      `${name}: no rank, ${missing} ${count === 1 ? 'was' : 'were'} not scored.`,
    provisional: (points: string, coverage: string) =>
      ` Provisional, over the scored criteria only: ${points} points covering ${coverage} of the weights.`,
    swap: (ahead: string, behind: string) => `${behind} overtakes ${ahead}`,
    at: (weight: string, swap: string) => `at ${weight}: ${swap}`,
  },
  comparison: {
    correlations: (common: number, tau: string, rho: string) =>
      `Over the ${common} partnerships ranked in both rounds: Kendall's τ_b = ${tau}, Spearman's ρ = ${rho}.`,
    tooFew: (common: number) =>
      `Only ${common} partnerships are ranked in both rounds; no rank correlation can be given.`,
    entered: (names: string) => `Newly ranked: ${names}.`,
    left: (names: string) => `Ranked in the previous round, without a rank now: ${names}.`,
    up: (n: number) => `up ${n} ${n === 1 ? 'place' : 'places'}`,
    down: (n: number) => `down ${n} ${n === 1 ? 'place' : 'places'}`,
    same: 'unchanged',
  },
  partnership: {
    kind: 'Kind',
    status: 'Status at the start of the round',
    candidate: 'Candidate (establish or not)',
    yes: 'yes',
    no: 'no',
    result: 'Result',
    ranked: (rank: number, of: number, points: string) => `rank ${rank} of ${of}, ${points} points`,
    unranked: 'no rank (no complete score)',
    dormantNote: 'The partnership is dormant; it never counts as active.',
    activities: (total: number) => `Activities in the period under review: ${total}`,
    byGoal: 'by goal',
    byMinistry: 'by ministry',
    byInstrument: 'by instrument',
    recent: 'Most recent activities',
    workingGroup: (name: string, meetings: number, last: string) =>
      `${name}: ${meetings} ${meetings === 1 ? 'meeting' : 'meetings'} in the period, last ${last}`,
    neverMet: 'no meeting known',
    workingGroups: 'Working groups',
    agreements: 'Agreements',
    agreement: (title: string, signed: string | null, expires: string | null, validity: string) =>
      `${title} (${signed ? `signed on ${signed}` : 'date of signing not known'}` +
      `${expires ? `, valid until ${expires}` : ''}; ${validity})`,
    sectors: 'Sectors',
    prioritySector: 'priority sector',
    stakeholders: 'Stakeholders involved',
    stakeholder: (name: string, n: number) => `${name} (${n} ${n === 1 ? 'activity' : 'activities'})`,
    spent: (amount: string, n: number) => `Spending: ${amount} (sum over the ${n} activities stating actual spending)`,
    statusHistory: 'Status history',
    statusChange: (status: string, since: string, reason: string) => `${status} since ${since}: ${reason}`,
    sinceUnknown: 'an unknown date',
    none: 'none',
    noJustifications: 'No justifications given.',
    notScored: 'no score',
    recommendation: (label: string) => `Recommendation: ${label}.`,
    noRecommendation: 'No recommendation yet.',
    decision: (label: string, body: string, date: string) => `Decision: ${label} (${body}, ${date}).`,
    statusChanged: (status: string) => `The partnership's status was changed accordingly to: ${status}.`,
    noDecision: 'No decision yet.',
  },
};
