import type { ExtractedFact, GazetteerPlace } from '../fact.ts';
import type { Proposal } from './sentence-facts.ts';

/** A proposal tied to its sentence and partner, before the document's facts are merged. */
export interface Draft extends Proposal {
  partner: GazetteerPlace | null;
  others: GazetteerPlace[];
  fromMain: boolean;
  quote: string;
  quoteAt: number;
  order: number;
  inLead: boolean;
  /** Not the first partner of a list ("Québec, Alberta und British Columbia"). */
  listed: boolean;
  organiser: ExtractedFact['organiser'];
  location: ExtractedFact['location'];
  people: { name: string; role: string | null }[];
}

const DAY = 86_400_000;
const dayOf = (date: string) => Date.parse(`${date.padEnd(10, '-01').slice(0, 10)}T00:00:00Z`);
/** The last day a date with its precision covers ("2021" → 31 Dec 2021). */
function lastDayOf(date: string): number {
  if (date.length === 4) return Date.parse(`${date}-12-31T00:00:00Z`);
  if (date.length === 7) {
    const [y, m] = date.split('-').map(Number) as [number, number];
    return Date.UTC(y, m, 0);
  }
  return dayOf(date);
}
const kindOf = (d: Draft) => `${d.type}/${d.activityKind ?? ''}`;
/** One partner is the other or lies in it (Hubei in China). */
const related = (a: GazetteerPlace | null, b: GazetteerPlace | null) =>
  !!a &&
  !!b &&
  (a.key === b.key || a.parentKey === b.key || b.parentKey === a.key || a.country === b.iso || b.country === a.iso);
/** One date is the other or a less precise reading of it ("2023-07" and "2023-07-10"). */
const compatible = (a: string | null, b: string | null) => !!a && !!b && (a.startsWith(b) || b.startsWith(a));
/** A day inside the span of another event ("vom 24. bis zum 26. September"). */
const within = (day: string | null, from: string | null, to: string | null) =>
  !!day && !!from && !!to && day >= from && day <= to;
const specificity = (p: GazetteerPlace | null) => (!p ? 0 : p.kind === 'region' ? 3 : p.kind === 'city' ? 2 : 1);

/**
 * Merges what several sentences say of one event (the trip announced, dated, and its stations;
 * the office named three times), derives a partnership's start from its earliest agreement where
 * the text gives none, and marks the document's primary events: recent ones (from two weeks
 * before publication to the day after) told in the title or lead, not merely announced.
 */
export function finishFacts(drafts: Draft[], publishedOn: string | null, renewalInTitle = false): ExtractedFact[] {
  const kept: Draft[] = [];
  const published = publishedOn ? dayOf(publishedOn) : null;
  // A sentence without a date of its own tells of the dated event only where that is recent or
  // coming ("Unser Gegenbesuch ist in Planung" and "vom 10. bis zum 14. Juli"), not of one years ago.
  const current = (k: Draft) => !k.date || published === null || lastDayOf(k.date) >= published - 31 * DAY;
  const sorted = [...drafts].sort(
    (a, b) => Number(b.dated) - Number(a.dated) || specificity(b.partner) - specificity(a.partner) || a.order - b.order,
  );
  for (const d of sorted) {
    const same = kept.find(
      (k) =>
        kindOf(k) === kindOf(d) &&
        (k.partner?.key === d.partner?.key ||
          (related(k.partner, d.partner) && specificity(k.partner) >= specificity(d.partner))) &&
        (k.date === d.date ||
          (!d.dated && current(k)) ||
          (d.type === 'activity' && (compatible(k.date, d.date) || within(d.date, k.date, k.endDate))) ||
          within(k.date, d.date, d.endDate) ||
          d.type === 'partnership_established'),
    );
    if (same) {
      if (same.type !== 'partnership_established') same.inLead ||= d.inLead;
      if (same.type === 'agreement_signed') {
        same.renewal ||= d.renewal;
        same.termYears ??= d.termYears;
      }
      continue;
    }
    kept.push({ ...d });
  }
  // A country-level reading of an event the text also gives for a region ("nach China" and "Wuhan") goes.
  const covered = (d: Draft) =>
    kept.some(
      (k) =>
        k !== d &&
        kindOf(k) === kindOf(d) &&
        specificity(k.partner) > specificity(d.partner) &&
        related(k.partner, d.partner) &&
        ((!d.dated && current(k)) || compatible(k.date, d.date)),
    );
  for (const d of kept.filter(covered)) kept.splice(kept.indexOf(d), 1);

  for (const agreement of kept.filter((k) => k.type === 'agreement_signed')) {
    const partner = agreement.partner;
    if (!partner || kept.some((k) => k.type === 'partnership_established' && k.partner?.key === partner.key)) continue;
    const earliest = kept
      .filter(
        (k) =>
          k.type === 'agreement_signed' &&
          k.partner?.key === partner.key &&
          k.date &&
          k.date < (publishedOn ?? '').slice(0, 4),
      )
      .sort((a, b) => a.date!.localeCompare(b.date!))[0];
    if (earliest)
      kept.push({
        ...earliest,
        type: 'partnership_established',
        derived: true,
        confidence: 0.5,
        order: earliest.order + 0.5,
      });
  }

  return kept
    .sort((a, b) => a.order - b.order)
    .map((d) => {
      const recent =
        published !== null &&
        !!d.date &&
        d.date.length === 10 &&
        dayOf(d.date) >= published - 14 * DAY &&
        dayOf(d.date) <= published + DAY;
      const primary =
        recent &&
        d.type !== 'partnership_established' &&
        !d.planned &&
        !d.secondary &&
        !d.listed &&
        (d.inLead || d.dated);
      if (primary && renewalInTitle && d.type === 'agreement_signed') d.renewal = true;
      return toFact(d, primary);
    });
}

function toFact(d: Draft, primary: boolean): ExtractedFact {
  const confidence = Math.round(Math.min(1, d.confidence + (d.dated ? 0.1 : 0) - (d.fromMain ? 0.15 : 0)) * 100) / 100;
  return {
    type: d.type,
    ...(d.type === 'activity' ? { activityKind: d.activityKind } : {}),
    partner: d.partner ? { iso: d.partner.iso, name: d.partner.names[0]! } : null,
    date: d.date,
    endDate: d.endDate && d.endDate !== d.date ? d.endDate : null,
    quote: d.quote,
    quoteAt: d.quoteAt,
    confidence,
    primary,
    ...(d.status ? { status: d.status } : {}),
    ...(d.agreementKind
      ? { agreementKind: d.agreementKind, renewal: !!d.renewal, termYears: d.termYears ?? null }
      : {}),
    ...(d.derived ? { derived: true } : {}),
    organiser: d.organiser,
    location: d.location,
    people: d.people,
    places: d.others.map((p) => ({ iso: p.iso, name: p.names[0]! })),
  };
}
