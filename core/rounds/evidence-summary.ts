import { formatEuro } from '../activities/money.ts';
import { parsePartialDate, formatPartialDate } from '../shared/partial-date.ts';
import type { OrganisationKind } from '../shared/vocabulary.ts';
import type { PartnershipEvidence } from './round.types.ts';

/** The organisers an activity is counted for "by ministry": the ministries and the State Chancellery. */
export const MINISTRY_KINDS = ['ministry', 'state_chancellery'] as const satisfies readonly OrganisationKind[];

/** Government on either side: participants of these kinds are not stakeholders. */
export const GOVERNMENT_KINDS = [
  'ministry',
  'state_chancellery',
  'state_authority',
  'interministerial_body',
  'partner_government',
] as const satisfies readonly OrganisationKind[];

/** How many of the period's latest activities the evidence lists. */
export const RECENT_ACTIVITIES = 5;

/** How many goals the one-line summary names (those with the most activities). */
const GOALS_NAMED = 3;

type Lang = 'de' | 'en';

const TEXT = {
  de: {
    activities: (n: string) => (n === '1' ? '1 Aktivität' : `${n} Aktivitäten`),
    noActivities: 'keine Aktivitäten im Zeitraum',
    group: (plural: boolean, day: string) => `${plural ? 'Arbeitsgruppen' : 'Arbeitsgruppe'} zuletzt am ${day}`,
    groupNever: (plural: boolean) => `${plural ? 'Arbeitsgruppen' : 'Arbeitsgruppe'} ohne Sitzung`,
    validUntil: (date: string) => `Vereinbarung gültig bis ${date}`,
    expired: (date: string) => `Vereinbarung abgelaufen (${date})`,
    openEnded: 'Vereinbarung ohne bekanntes Ablaufdatum',
    noAgreement: 'keine Vereinbarung',
    spent: (amount: string) => `${amount} ausgegeben`,
    noAmounts: 'keine Ausgaben angegeben',
  },
  en: {
    activities: (n: string) => (n === '1' ? '1 activity' : `${n} activities`),
    noActivities: 'no activities in the period',
    group: (plural: boolean, day: string) => `${plural ? 'working groups' : 'working group'} last met on ${day}`,
    groupNever: (plural: boolean) => `${plural ? 'working groups' : 'working group'} without a meeting`,
    validUntil: (date: string) => `agreement valid until ${date}`,
    expired: (date: string) => `agreement expired (${date})`,
    openEnded: 'agreement without a known expiry',
    noAgreement: 'no agreement',
    spent: (amount: string) => `${amount} spent`,
    noAmounts: 'no spending stated',
  },
} as const;

/** A date for the summary: a day as "12.05.2025" / "12 May 2025", a month or year at its precision. */
function formatDate(value: string, lang: Lang): string {
  const parsed = parsePartialDate(value);
  if (!parsed) return value;
  if (parsed.precision === 'day' && lang === 'de') return value.split('-').reverse().join('.');
  return formatPartialDate(value, lang);
}

/** The agreement the partnership rests on now: the latest signed one that no other renewed. */
function currentAgreement(agreements: PartnershipEvidence['agreements']) {
  const standing = agreements.filter((a) => !a.renewedBy);
  const signed = (a: (typeof standing)[number]) => (a.signedOn ? parsePartialDate(a.signedOn)?.first : undefined) ?? '';
  return standing.reduce<(typeof standing)[number] | null>(
    (latest, a) => (!latest || signed(a) >= signed(latest) ? a : latest),
    null,
  );
}

/**
 * The evidence in one line for the drafted justification of a recommendation, e.g. "12
 * Aktivitäten (Z4: 7, Z5: 3), Arbeitsgruppe zuletzt am 12.05.2025, Vereinbarung gültig bis
 * 04.10.2026, 18.400,00 € ausgegeben": the activities of the period with the goals they served
 * most, the working groups' last meeting, the validity of the agreement in force and the money
 * stated as spent. Parts the register knows nothing about are left out (no working group) or
 * said plainly (no agreement, no amounts).
 */
export function summariseEvidence(evidence: PartnershipEvidence, lang: Lang = 'de'): string {
  const text = TEXT[lang];
  const number = new Intl.NumberFormat(lang === 'de' ? 'de-DE' : 'en-GB');
  const parts: string[] = [];

  const { total, byGoal } = evidence.activities;
  if (total === 0) parts.push(text.noActivities);
  else {
    const goals = byGoal
      .filter((g) => g.count > 0)
      .sort((a, b) => b.count - a.count)
      .slice(0, GOALS_NAMED)
      .map((g) => `${g.key}: ${number.format(g.count)}`);
    parts.push(text.activities(number.format(total)) + (goals.length ? ` (${goals.join(', ')})` : ''));
  }

  const groups = evidence.workingGroups;
  if (groups.length) {
    const plural = groups.length > 1;
    const last = groups.reduce<string | null>(
      (l, g) => (g.lastMeeting && (!l || g.lastMeeting > l) ? g.lastMeeting : l),
      null,
    );
    parts.push(last ? text.group(plural, formatDate(last, lang)) : text.groupNever(plural));
  }

  const agreement = currentAgreement(evidence.agreements);
  if (!agreement) parts.push(text.noAgreement);
  else if (!agreement.expiresOn || agreement.validity === 'unknown') parts.push(text.openEnded);
  else if (agreement.validity === 'expired') parts.push(text.expired(formatDate(agreement.expiresOn, lang)));
  else parts.push(text.validUntil(formatDate(agreement.expiresOn, lang)));

  parts.push(evidence.activitiesWithAmount > 0 ? text.spent(formatEuro(evidence.spentCents, lang)) : text.noAmounts);
  const line = parts.join(', ');
  return line.charAt(0).toUpperCase() + line.slice(1);
}
