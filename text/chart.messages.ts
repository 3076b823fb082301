import type { Language } from './i18n.ts';

/** The texts of the round charts (reports/charts/rank-acceptability-chart.ts, criteria-profile-chart.ts), German first and English complete. */
export const chartText = {
  de: {
    rankTitle: 'Rangwahrscheinlichkeiten bei variierenden Gewichten',
    part: (part: number, parts: number) => ` (Teil ${part} von ${parts})`,
    rank: (ranks: string) => `Rang ${ranks}`,
    rankDescription: (n: number, samples: string) =>
      `Gestapelte Balken: für jede der ${n} Partnerschaften mit Rang die Wahrscheinlichkeit, mit der sie bei ` +
      `um die gewählten Gewichte variierenden Gewichten (${samples} Stichproben) Rang 1, 2, 3 usw. einnimmt; ` +
      `jeder Balken ergibt 100 %.`,
    rankShown: (from: number, to: number) => ` Gezeigt sind die Plätze ${from} bis ${to} der Rangfolge.`,
    mostLikely: (name: string, rank: number, p: string, expected: string) =>
      `${name}: am wahrscheinlichsten Rang ${rank} (${p}), erwarteter Rang ${expected}`,
    axisProbability: 'Wahrscheinlichkeit des Rangs',
    profileTitle: (name: string) => `Kriterienprofil: ${name}`,
    profileDescription: (name: string, n: number) =>
      `Balkendiagramm: für ${name} der Mittelwert der Bewertungen je Kriterium (${n} Kriterien), umgerechnet ` +
      `auf 0 (schlechteste Stufe) bis 1 (beste Stufe).`,
    ministryMarks: (names: string) => ` Markierungen zeigen die Mittelwerte der einzelnen Ressorts (${names}).`,
    strongest: (c: string, v: string) => ` Am höchsten: ${c} (${v}).`,
    weakest: (c: string, v: string) => ` Am niedrigsten: ${c} (${v}).`,
    widestGap: (c: string, lo: string, hi: string) =>
      ` Am weitesten auseinander liegen die Ressorts bei ${c} (${lo} bis ${hi}).`,
    unscored: (list: string) => ` Nicht bewertet: ${list}.`,
    notScored: 'nicht bewertet',
    axisNormalised: 'Mittelwert, umgerechnet auf 0 (schlechteste) bis 1 (beste Stufe)',
    overall: 'alle Bewertenden',
  },
  en: {
    rankTitle: 'Rank probabilities under varying weights',
    part: (part: number, parts: number) => ` (part ${part} of ${parts})`,
    rank: (ranks: string) => `rank ${ranks}`,
    rankDescription: (n: number, samples: string) =>
      `Stacked bars: for each of the ${n} ranked partnerships the probability of taking rank 1, 2, 3 and so on ` +
      `when the weights vary around the chosen ones (${samples} samples); each bar adds up to 100%.`,
    rankShown: (from: number, to: number) => ` Shown are places ${from} to ${to} of the ranking.`,
    mostLikely: (name: string, rank: number, p: string, expected: string) =>
      `${name}: most likely rank ${rank} (${p}), expected rank ${expected}`,
    axisProbability: 'probability of the rank',
    profileTitle: (name: string) => `Criteria profile: ${name}`,
    profileDescription: (name: string, n: number) =>
      `Bar chart: for ${name} the mean of the scores on each criterion (${n} criteria), rescaled from 0 ` +
      `(worst level) to 1 (best level).`,
    ministryMarks: (names: string) => ` Marks show the means of the individual ministries (${names}).`,
    strongest: (c: string, v: string) => ` Highest: ${c} (${v}).`,
    weakest: (c: string, v: string) => ` Lowest: ${c} (${v}).`,
    widestGap: (c: string, lo: string, hi: string) => ` The ministries lie furthest apart on ${c} (${lo} to ${hi}).`,
    unscored: (list: string) => ` Not scored: ${list}.`,
    notScored: 'not scored',
    axisNormalised: 'mean, rescaled from 0 (worst) to 1 (best level)',
    overall: 'all assessors',
  },
} satisfies Record<Language, unknown>;
