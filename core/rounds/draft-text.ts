import { formatPartialDate } from '../shared/partial-date.ts';
import type { DraftRule } from './draft-recommendation.ts';
import type { PartnershipEvidence } from './round.types.ts';

type Lang = 'de' | 'en';
type Named = { key: string; name: string; nameEn: string };

/** What the drafted justification of one partnership states. */
export interface DraftFacts {
  rule: DraftRule;
  rank: number | null;
  /** How many partnerships have a rank. */
  ranked: number;
  score: number | null;
  coverage: number;
  strengths: Named[];
  weaknesses: Named[];
  missing: Named[];
  /** The lowest and highest complete ministry score, when they lie far apart. */
  spread: { min: number; max: number; lowest: string; highest: string } | null;
  /** The probability of the partnership's rank under slightly different weights. */
  acceptability: number | null;
  evidence: PartnershipEvidence | null;
}

const LOCALE = { de: 'de-DE', en: 'en-GB' } as const;
const points = (value: number, lang: Lang) =>
  new Intl.NumberFormat(LOCALE[lang], { maximumFractionDigits: 1 }).format(value * 100);
const percent = (value: number, lang: Lang) =>
  new Intl.NumberFormat(LOCALE[lang], { style: 'percent', maximumFractionDigits: 0 }).format(value);
const euros = (cents: number, lang: Lang) =>
  new Intl.NumberFormat(LOCALE[lang], { style: 'currency', currency: 'EUR', maximumFractionDigits: 0 }).format(
    cents / 100,
  );
const names = (list: Named[], lang: Lang) => list.map((c) => (lang === 'en' ? c.nameEn : c.name)).join('; ');

/** The sentence of each rule: why this option is suggested, or why none is. */
const RULE_TEXT: Record<DraftRule, Record<Lang, (f: DraftFacts) => string>> = {
  'no-score': {
    de: (f) =>
      `Kein Vorschlag: Die Bewertung ist unvollständig, es fehlen Punkte für ${names(f.missing, 'de') || 'einzelne Kriterien'}. Die Partnerschaft hat daher keinen Rang.`,
    en: (f) =>
      `No suggestion: the scores are incomplete; nobody scored ${names(f.missing, 'en') || 'some criteria'}. The partnership therefore has no rank.`,
  },
  establish: {
    de: () => 'Vorschlag: begründen, weil die Gesamtbewertung mindestens 60 von 100 Punkten erreicht.',
    en: () => 'Suggested: establish, because the overall score reaches at least 60 out of 100.',
  },
  'not-establish': {
    de: () => 'Vorschlag: nicht begründen, weil die Gesamtbewertung unter 60 von 100 Punkten bleibt.',
    en: () => 'Suggested: do not establish, because the overall score stays below 60 out of 100.',
  },
  'examine-reactivation': {
    de: () =>
      'Vorschlag: Reaktivierung prüfen, weil der politische Rahmen mit mindestens 50 von 100 Punkten bewertet wird.',
    en: () => 'Suggested: examine reactivation, because the political framework is scored at least 50 out of 100.',
  },
  'keep-dormant': {
    de: () => 'Vorschlag: ruhen lassen, weil der politische Rahmen mit unter 50 von 100 Punkten bewertet wird.',
    en: () => 'Suggested: keep dormant, because the political framework is scored below 50 out of 100.',
  },
  'keep-dormant-no-criterion': {
    de: () =>
      'Vorschlag: ruhen lassen, weil diese Runde kein Kriterium zum politischen Rahmen hat, nach dem eine Reaktivierung zu prüfen wäre.',
    en: () =>
      'Suggested: keep dormant, because this round has no criterion on the political framework by which to examine reactivation.',
  },
  continue: {
    de: () => 'Vorschlag: fortführen und vertiefen, weil die Gesamtbewertung mindestens 50 von 100 Punkten erreicht.',
    en: () => 'Suggested: continue and deepen, because the overall score reaches at least 50 out of 100.',
  },
  'convert-sectoral': {
    de: () =>
      'Vorschlag: in eine sektorale Zusammenarbeit überführen, weil die Gesamtbewertung unter 50 Punkten bleibt, die Schwerpunktsektoren aber mit mindestens 50 Punkten bewertet werden.',
    en: () =>
      'Suggested: convert into a sectoral cooperation, because the overall score stays below 50 while the priority sectors are scored at least 50.',
  },
  end: {
    de: () =>
      'Vorschlag: beenden, weil die Gesamtbewertung unter 50 Punkten bleibt und auch die Schwerpunktsektoren unter 50 Punkten bewertet werden.',
    en: () =>
      'Suggested: end, because the overall score stays below 50 and the priority sectors are scored below 50 as well.',
  },
  'end-no-criterion': {
    de: () =>
      'Vorschlag: beenden, weil die Gesamtbewertung unter 50 Punkten bleibt; eine Überführung in eine sektorale Zusammenarbeit ließ sich nicht prüfen, weil diese Runde kein Kriterium zu den Schwerpunktsektoren hat.',
    en: () =>
      'Suggested: end, because the overall score stays below 50; conversion into a sectoral cooperation could not be examined, as this round has no criterion on the priority sectors.',
  },
};

function resultSentences(f: DraftFacts, lang: Lang): string[] {
  const de = lang === 'de';
  const out: string[] = [];
  if (f.score !== null && f.rank !== null)
    out.push(
      de
        ? `Rang ${f.rank} von ${f.ranked} mit ${points(f.score, lang)} von 100 Punkten (Abdeckung ${percent(f.coverage, lang)}).`
        : `Rank ${f.rank} of ${f.ranked} with ${points(f.score, lang)} out of 100 points (coverage ${percent(f.coverage, lang)}).`,
    );
  if (f.strengths.length) out.push(`${de ? 'Stärken' : 'Strengths'}: ${names(f.strengths, lang)}.`);
  if (f.weaknesses.length) out.push(`${de ? 'Schwächen' : 'Weaknesses'}: ${names(f.weaknesses, lang)}.`);
  if (f.spread)
    out.push(
      de
        ? `Die Ressorts bewerten unterschiedlich: von ${points(f.spread.min, lang)} (${f.spread.lowest}) bis ${points(f.spread.max, lang)} Punkten (${f.spread.highest}).`
        : `The ministries differ: from ${points(f.spread.min, lang)} (${f.spread.lowest}) to ${points(f.spread.max, lang)} points (${f.spread.highest}).`,
    );
  if (f.acceptability !== null && f.rank !== null)
    out.push(
      de
        ? `Bei leicht anderen Gewichten behält die Partnerschaft Rang ${f.rank} mit einer Wahrscheinlichkeit von ${percent(f.acceptability, lang)}.`
        : `Under slightly different weights the partnership keeps rank ${f.rank} with a probability of ${percent(f.acceptability, lang)}.`,
    );
  return out;
}

/** The evidence of the register in one sentence: activities, working group, agreement, money. */
function evidenceSentence(e: PartnershipEvidence, lang: Lang): string {
  const de = lang === 'de';
  const date = (d: string) => formatPartialDate(d, lang);
  const parts: string[] = [
    de ? `${e.activities.total} Aktivitäten im Zeitraum` : `${e.activities.total} activities in the period`,
  ];
  const meetings = e.workingGroups.flatMap((g) => (g.lastMeeting ? [g.lastMeeting] : [])).sort();
  const last = meetings[meetings.length - 1];
  if (e.workingGroups.length === 0) parts.push(de ? 'keine Arbeitsgruppe' : 'no working group');
  else if (last)
    parts.push(de ? `letzte Sitzung der Arbeitsgruppe ${date(last)}` : `last working-group meeting ${date(last)}`);
  else parts.push(de ? 'keine Sitzung der Arbeitsgruppe verzeichnet' : 'no working-group meeting recorded');
  const agreement = [...e.agreements].sort((a, b) => (b.signedOn ?? '').localeCompare(a.signedOn ?? ''))[0];
  if (!agreement) parts.push(de ? 'keine Vereinbarung' : 'no agreement');
  else
    parts.push(
      agreement.expiresOn
        ? de
          ? `Vereinbarung „${agreement.title}“ befristet bis ${date(agreement.expiresOn)}`
          : `agreement “${agreement.title}” runs until ${date(agreement.expiresOn)}`
        : de
          ? `Vereinbarung „${agreement.title}“ ohne Befristung`
          : `agreement “${agreement.title}” without a fixed term`,
    );
  parts.push(
    e.activitiesWithAmount === 0
      ? de
        ? 'keine Ausgaben angegeben'
        : 'no spending stated'
      : de
        ? `${euros(e.spentCents, lang)} ausgegeben (laut ${e.activitiesWithAmount} Aktivitäten mit Angabe)`
        : `${euros(e.spentCents, lang)} spent (as stated for ${e.activitiesWithAmount} activities)`,
  );
  const sentence = parts.join('; ');
  return `${sentence.charAt(0).toUpperCase()}${sentence.slice(1)}.`;
}

/** The drafted justification in German and English. */
export function draftText(f: DraftFacts): { de: string; en: string } {
  const compose = (lang: Lang) =>
    [
      ...resultSentences(f, lang),
      ...(f.evidence ? [evidenceSentence(f.evidence, lang)] : []),
      RULE_TEXT[f.rule][lang](f),
    ].join(' ');
  return { de: compose('de'), en: compose('en') };
}
