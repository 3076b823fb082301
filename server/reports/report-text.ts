import type { Language } from '../../app/lib/i18n.ts';
import type { RoundOccasion, RoundRecommendation, RoundStatus, WeightMethod } from '../../core/shared/vocabulary.ts';

/**
 * Every text of the cabinet report of a Leitlinien-Check round, German first and English complete.
 * Figures come in already formatted (report-format.ts), so the sentences hold no number formatting.
 */
const de = {
  creator: 'Brückenbauer – Sächsische Staatskanzlei',
  subject: 'Bericht zur Bewertung der Partnerschaften nach den Leitlinien zur Internationalen Zusammenarbeit',
  subtitle:
    'Bewertung der Partnerschaften nach den Leitlinien zur Internationalen Zusammenarbeit des Freistaates Sachsen',
  occasion: {
    cabinet_decision: 'Kabinettsbeschluss zu den Leitlinien',
    legislative_period: 'Beginn einer Legislaturperiode',
    ad_hoc: 'anlassbezogen',
  } satisfies Record<RoundOccasion, string>,
  roundStatus: {
    draft: 'Entwurf',
    scoring: 'Bewertung läuft',
    review: 'in Auswertung',
    closed: 'abgeschlossen',
  } satisfies Record<RoundStatus, string>,
  recommendation: {
    continue: 'fortführen und vertiefen',
    convert_sectoral: 'in eine sektorale Zusammenarbeit überführen',
    keep_dormant: 'weiter ruhen lassen',
    examine_reactivation: 'Reaktivierung prüfen',
    end: 'beenden',
    establish: 'begründen',
    not_establish: 'nicht begründen',
  } satisfies Record<RoundRecommendation, string>,
  weightMethod: {
    equal: 'gleiche Gewichte für alle Kriterien',
    direct:
      'direkte Bewertung: jedes Gewicht ist die Punktzahl des Kriteriums geteilt durch die Summe aller Punktzahlen',
    ahp: 'paarweiser Vergleich nach dem Analytic Hierarchy Process (AHP, Saaty): das Gewicht ist der normierte Eigenvektor der Vergleichsmatrix',
  } satisfies Record<WeightMethod, string>,
  facts: {
    occasion: 'Anlass',
    period: 'Bewertungszeitraum',
    status: 'Stand der Runde',
    generatedOn: 'Berichtsdatum',
    previousRound: 'Vorherige Runde',
    correctsRound: 'Korrigiert die Runde',
    correctedBy: 'Korrigiert durch',
  },
  quote: (text: string) => `„${text}“`,
  closedOn: (date: string) => `abgeschlossen am ${date}`,
  provisional:
    'Vorläufiger Stand: Die Runde ist noch nicht abgeschlossen. Bewertungen, Ergebnisse und Empfehlungen können sich noch ändern.',
  corrected: (name: string) =>
    `Diese Runde wurde durch die Runde „${name}“ korrigiert; maßgeblich sind deren Ergebnisse.`,
  headings: {
    summary: 'Zusammenfassung',
    method: 'Methode',
    scale: 'Skala und Stufen',
    criteria: 'Kriterien und Gewichte',
    ranking: 'Rangfolge und Robustheit',
    stability: 'Gewichtsbereiche, in denen die Rangfolge bestehen bleibt',
    agreement: 'Übereinstimmung der Bewertenden je Kriterium',
    comparison: 'Vergleich mit der vorherigen Runde',
    partnerships: 'Die Partnerschaften im Einzelnen',
    evidence: 'Was das Register für den Bewertungszeitraum zeigt',
    profile: 'Kriterienprofil',
    justifications: 'Begründungen der Ressorts',
    recommendation: 'Empfehlung und Entscheidung',
    recommendations: 'Empfehlungen im Überblick',
  },
  summary: {
    rankingLead: 'Die Rangfolge auf einen Blick (Punkte von 0 bis 100):',
    rankingItem: (rank: number, name: string, points: string) => `${rank}. ${name} – ${points} Punkte`,
    noRanking: 'Es gibt keine Rangfolge: weniger als zwei Partnerschaften sind vollständig bewertet.',
    scope: (partnerships: number, dormant: number, candidates: number) =>
      `Bewertet wurden ${partnerships} Partnerschaften, davon ${dormant} ruhende und ${candidates} in Prüfung.`,
    scoring: (ministries: number, assessors: number, submitted: string, expected: string) =>
      `${ministries} Ressorts haben mit ${assessors} Bewertenden ${submitted} von ${expected} erwarteten Einzelbewertungen abgegeben.`,
    unranked: (names: string) => `Ohne vollständige Bewertung und daher ohne Rang: ${names}.`,
    robustness: (name: string, p: string, stable: number, ranked: number) =>
      `Bei um die gewählten Gewichte schwankenden Gewichten behält ${name} den ersten Rang in ${p} der Fälle; ` +
      `${stable} von ${ranked} Partnerschaften behalten ihren Rang in mindestens der Hälfte der Fälle.`,
    lowestAlpha: (criterion: string, alpha: string, reading: string) =>
      `Am wenigsten einig waren sich die Bewertenden beim Kriterium „${criterion}“ (Krippendorffs α = ${alpha}, ${reading}).`,
    recommendations: (counts: string) => `Empfehlungen: ${counts}.`,
    recommendationCount: (count: number, label: string) => `${count} × ${label}`,
    withoutRecommendation: (count: number) =>
      count === 1 ? '1 Partnerschaft noch ohne Empfehlung' : `${count} Partnerschaften noch ohne Empfehlung`,
    decisions: (count: number) =>
      `Entschieden ist über ${count === 1 ? 'eine Partnerschaft' : `${count} Partnerschaften`} (siehe Empfehlungen im Überblick).`,
  },
  method: {
    scale: (min: string, max: string, middle: string) =>
      `Jede bewertende Person bewertet jede Partnerschaft auf jedem Kriterium auf einer Skala von ${min} bis ${max} ` +
      `mit beschriebenen Stufen; eine Bewertung unter oder über der Mitte (${middle}) ist zu begründen. ` +
      `Es zählen nur abgegebene Bewertungen, Entwürfe nie.`,
    anchorsOf: (numbers: string, count: number) =>
      `Stufen für ${count === 1 ? 'Kriterium' : 'die Kriterien'} ${numbers}:`,
    aggregation:
      'Je Partnerschaft und Kriterium wird der Mittelwert aller Bewertungen auf 0 bis 1 umgerechnet (0 = unterste, ' +
      '1 = oberste Stufe). Die Punktzahl ist die mit den Gewichten gewichtete Summe dieser Werte (additive ' +
      'Gewichtung), hier auf 0 bis 100 angegeben. Dieselbe Rechnung je Ressort ergibt die Spannweite zwischen den ' +
      'Ressorts. Ein Kriterium, das niemand bewertet hat, zählt nie als 0: Die Partnerschaft erhält dann keinen Rang.',
    weights: (method: string) => `Gewichtung: ${method}.`,
    consistency: (cr: string) =>
      `Konsistenzverhältnis der paarweisen Vergleiche: CR = ${cr} (Saaty: bis 0,1 annehmbar).`,
    inconsistent: (cr: string) =>
      `Warnung: Das Konsistenzverhältnis CR = ${cr} liegt über 0,1. Die paarweisen Vergleiche widersprechen sich ` +
      'stärker als annehmbar; die Gewichte sollten überprüft werden.',
    agreement:
      'Übereinstimmung: Krippendorffs Alpha (ordinal) je Kriterium, über alle Partnerschaften mit mindestens zwei ' +
      'Bewertungen. 1 bedeutet volle Übereinstimmung, 0 Übereinstimmung wie zufällig; ab 0,8 gilt sie als ' +
      'verlässlich, ab 0,667 als ausreichend für vorläufige Schlüsse.',
    smaa: (samples: string, seed: string, kappa: string, example: string, error: string) =>
      `Robustheit: stochastische multikriterielle Akzeptabilitätsanalyse (SMAA-2). ${samples} Gewichtsvektoren ` +
      `werden aus einer Dirichlet-Verteilung um die gewählten Gewichte gezogen (Konzentration κ = ${kappa}; ein ` +
      `Gewicht von 10 % schwankt dann um ±${example} Prozentpunkte), Startwert des Zufallsgenerators ${seed}. ` +
      `Gezählt wird, wie oft jede Partnerschaft welchen Rang einnimmt; der Fehler jeder Wahrscheinlichkeit ist ` +
      `höchstens ±${error} Prozentpunkte. Mit denselben Bewertungen, Gewichten, Startwert und κ ergeben sich ` +
      `dieselben Zahlen.`,
    stability:
      'Gewichtsbereiche: Für jedes Kriterium der Bereich, in dem sein Gewicht liegen kann (die übrigen im gleichen ' +
      'Verhältnis), ohne dass sich die Rangfolge ändert, mit den beiden Partnerschaften, die an der Grenze die ' +
      'Plätze tauschen.',
    comparison:
      'Vergleich mit der vorherigen Runde: Kendalls τ_b und Spearmans ρ über die Partnerschaften, die in beiden ' +
      'Runden einen Rang haben (1 = gleiche Reihenfolge, 0 = kein Zusammenhang, −1 = umgekehrt).',
  },
  table: {
    number: 'Nr.',
    criterion: 'Kriterium',
    weight: 'Gewicht',
    rating: 'Punktzahl der direkten Bewertung',
    basis: 'Grundlage in den Leitlinien',
    noBasis: 'für diese Runde ergänzt',
    rank: 'Rang',
    partnership: 'Partnerschaft',
    points: 'Punkte (0–100)',
    spread: 'Spannweite zwischen Ressorts (Punkte)',
    rankProbability: 'Wahrscheinlichkeit dieses Rangs',
    expectedRank: 'Erwarteter Rang',
    range: 'Rangfolge bleibt zwischen',
    below: 'Wechsel an der unteren Grenze',
    above: 'Wechsel an der oberen Grenze',
    noChange: 'keiner',
    alpha: 'α (ordinal)',
    reading: 'Einordnung',
    units: 'Partnerschaften mit ≥ 2 Bewertungen',
    values: 'Bewertungen',
    previousRank: 'Rang vorher',
    currentRank: 'Rang jetzt',
    change: 'Veränderung',
    meanOnScale: (min: string, max: string) => `Mittelwert (${min}–${max})`,
    normalised: 'Umgerechnet (0–1)',
    ministry: 'Ressort',
    value: 'Wert',
    justification: 'Begründung',
    statusAtStart: 'Status zu Beginn',
    recommendation: 'Empfehlung',
    decision: 'Entscheidung',
  },
  captions: {
    criteria: 'Kriterien und ihre Gewichte',
    ranking: 'Rangfolge mit Punkten, Spannweite zwischen den Ressorts und Robustheit',
    stability: 'Gewichtsbereiche je Kriterium, in denen die Rangfolge gleich bleibt',
    agreement: 'Krippendorffs Alpha je Kriterium',
    comparison: (previous: string) => `Ränge in dieser und in der Runde „${previous}“`,
    profile: (name: string) => `Mittelwerte je Kriterium: ${name}`,
    justifications: (name: string) => `Bewertungen und Begründungen: ${name}`,
    recommendations: 'Empfehlungen und Entscheidungen je Partnerschaft',
  },
  alphaReading: {
    reliable: 'verlässlich',
    tentative: 'ausreichend für vorläufige Schlüsse',
    low: 'gering',
    none: 'nicht bestimmbar',
  },
  ranking: {
    unranked: (name: string, missing: string, count: number) =>
      `${name}: ohne Rang, nicht bewertet ${count === 1 ? 'wurde' : 'wurden'} ${missing}.`,
    provisional: (points: string, coverage: string) =>
      ` Vorläufig, nur über die bewerteten Kriterien: ${points} Punkte bei ${coverage} der Gewichte.`,
    swap: (ahead: string, behind: string) => `${behind} zieht an ${ahead} vorbei`,
    at: (weight: string, swap: string) => `bei ${weight}: ${swap}`,
  },
  comparison: {
    correlations: (common: number, tau: string, rho: string) =>
      `Über die ${common} Partnerschaften, die in beiden Runden einen Rang haben: Kendalls τ_b = ${tau}, Spearmans ρ = ${rho}.`,
    tooFew: (common: number) =>
      `Nur ${common} Partnerschaften haben in beiden Runden einen Rang; eine Rangkorrelation ist nicht bestimmbar.`,
    entered: (names: string) => `Neu mit Rang: ${names}.`,
    left: (names: string) => `In der vorherigen Runde mit Rang, jetzt ohne: ${names}.`,
    up: (n: number) => `${n} ${n === 1 ? 'Platz' : 'Plätze'} besser`,
    down: (n: number) => `${n} ${n === 1 ? 'Platz' : 'Plätze'} schlechter`,
    same: 'unverändert',
  },
  partnership: {
    kind: 'Art',
    status: 'Status zu Beginn der Runde',
    candidate: 'Kandidat (Begründung ja oder nein)',
    yes: 'ja',
    no: 'nein',
    result: 'Ergebnis',
    ranked: (rank: number, of: number, points: string) => `Rang ${rank} von ${of}, ${points} Punkte`,
    unranked: 'ohne Rang (keine vollständige Bewertung)',
    dormantNote: 'Die Partnerschaft ruht; sie zählt nirgends als aktiv.',
    activities: (total: number) => `Aktivitäten im Bewertungszeitraum: ${total}`,
    byGoal: 'nach Zielen',
    byMinistry: 'nach Ressorts',
    byInstrument: 'nach Instrumenten',
    recent: 'Jüngste Aktivitäten',
    workingGroup: (name: string, meetings: number, last: string) =>
      `${name}: ${meetings} ${meetings === 1 ? 'Sitzung' : 'Sitzungen'} im Zeitraum, zuletzt ${last}`,
    neverMet: 'keine Sitzung bekannt',
    workingGroups: 'Arbeitsgruppen',
    agreements: 'Vereinbarungen',
    agreement: (title: string, signed: string | null, expires: string | null, validity: string) =>
      `${title} (${signed ? `unterzeichnet am ${signed}` : 'Datum der Unterzeichnung nicht bekannt'}` +
      `${expires ? `, befristet bis ${expires}` : ''}; ${validity})`,
    sectors: 'Sektoren',
    prioritySector: 'Schwerpunktsektor',
    stakeholders: 'Beteiligte Akteure',
    stakeholder: (name: string, n: number) => `${name} (${n} ${n === 1 ? 'Aktivität' : 'Aktivitäten'})`,
    spent: (amount: string, n: number) =>
      `Ausgaben: ${amount} (Summe der ${n} Aktivitäten mit Angabe der Ist-Ausgaben)`,
    statusHistory: 'Statusverlauf',
    statusChange: (status: string, since: string, reason: string) => `${status} seit ${since}: ${reason}`,
    sinceUnknown: 'unbekanntem Datum',
    none: 'keine',
    noJustifications: 'Keine Begründungen abgegeben.',
    notScored: 'keine Bewertung',
    recommendation: (label: string) => `Empfehlung: ${label}.`,
    noRecommendation: 'Noch keine Empfehlung.',
    decision: (label: string, body: string, date: string) => `Entscheidung: ${label} (${body}, ${date}).`,
    statusChanged: (status: string) => `Der Status der Partnerschaft wurde daraufhin geändert in: ${status}.`,
    noDecision: 'Noch keine Entscheidung.',
  },
};

export type ReportText = typeof de;

const en: ReportText = {
  creator: 'Brückenbauer – Saxon State Chancellery',
  subject: 'Report on the evaluation of the partnerships under the guidelines for international cooperation',
  subtitle:
    'Evaluation of the partnerships under the Guidelines for the International Cooperation of the Free State of Saxony',
  occasion: {
    cabinet_decision: 'cabinet decision on the strategy',
    legislative_period: 'start of a legislative period',
    ad_hoc: 'ad hoc',
  },
  roundStatus: { draft: 'draft', scoring: 'scoring under way', review: 'under review', closed: 'closed' },
  recommendation: {
    continue: 'continue and deepen',
    convert_sectoral: 'convert into a sectoral cooperation',
    keep_dormant: 'keep dormant',
    examine_reactivation: 'examine reactivation',
    end: 'end',
    establish: 'establish',
    not_establish: 'do not establish',
  },
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

/** The report texts of a language. */
export const reportText = (lang: Language): ReportText => (lang === 'de' ? de : en);
