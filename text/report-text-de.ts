import { vocabularyLabels } from './labels.ts';
import type { WeightMethod } from '../core/shared/vocabulary.ts';

/**
 * The German texts of the cabinet report of a Leitlinien-Check round (the cabinet's language).
 * Figures come in already formatted (report-format.ts), so the sentences hold no number formatting.
 */
export const de = {
  creator: 'Brückenbauer – Sächsische Staatskanzlei',
  subject: 'Bericht zur Bewertung der Partnerschaften nach den Leitlinien zur Internationalen Zusammenarbeit',
  subtitle:
    'Bewertung der Partnerschaften nach den Leitlinien zur Internationalen Zusammenarbeit des Freistaates Sachsen',
  occasion: vocabularyLabels('de', 'roundOccasion'),
  roundStatus: vocabularyLabels('de', 'roundStatus'),
  recommendation: vocabularyLabels('de', 'roundRecommendation'),
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
