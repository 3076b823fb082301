import { parsePartialDate } from '../shared/partial-date.ts';
import type { ActivityKind, AgreementKind, CandidateMatch, PartnershipStatus } from '../shared/vocabulary.ts';
import type { ExtractedFact } from '../sources/fact.ts';

/** What the register states about one partnership, as far as a candidate can agree or disagree with it. */
export interface RegisterPartnership {
  key: string;
  /** ISO codes of its partner places (ISO 3166-2, or 3166-1 for a country), former codes included. */
  placeIsos: string[];
  /** Names of its partner places (German, English, local, aliases), for partners without an ISO code. */
  placeNames: string[];
  since: string | null;
  agreements: { key: string; kind: AgreementKind; signedOn: string | null }[];
  statusHistory: { sequence: number; to: PartnershipStatus; effectiveOn: string | null }[];
  activities: { id: number; kind: ActivityKind; startsOn: string | null }[];
}

/** How a candidate compares with the register, and the record it agrees or disagrees with. */
export interface Comparison {
  match: CandidateMatch;
  /** "partnership:lazio", "agreement:lazio-2021", "status:lazio:2", "activity:12"; null for a new fact. */
  matchRef: string | null;
  /** The partnership the fact concerns, where the register has one with that partner place. */
  partnership: string | null;
  /** What the register says where it disagrees (a date), for the conflict's claim. */
  registerSays: string | null;
}

/** The status a fact names, in the register's words. */
export const STATUS_OF_FACT: Record<NonNullable<ExtractedFact['status']>, PartnershipStatus> = {
  suspended: 'dormant',
  active: 'active',
  ended: 'ended',
};

/** The agreement kinds the extraction's words name ("Absichtserklärung", "memorandum" …). */
export function agreementKindOf(words: string | undefined | null): AgreementKind | null {
  const w = (words ?? '').toLowerCase();
  if (!w) return null;
  if (/absicht|intent/.test(w)) return 'declaration_of_intent';
  if (/memorand|mou|verständigung/.test(w)) return 'memorandum_of_understanding';
  if (/gemeinsame erklärung|joint declaration|erklärung|declaration/.test(w)) return 'joint_declaration';
  if (/vereinbarung|vertrag|abkommen|agreement/.test(w)) return 'partnership_agreement';
  if (
    (
      ['joint_declaration', 'memorandum_of_understanding', 'declaration_of_intent', 'partnership_agreement'] as string[]
    ).includes(w)
  )
    return w as AgreementKind;
  return null;
}

/** Whether two partial dates can name the same day ("2021" and "2021-10-04" can; "2021-10" and "2021-11" cannot). */
export function datesOverlap(a: string, b: string): boolean {
  const x = parsePartialDate(a);
  const y = parsePartialDate(b);
  return x !== null && y !== null && x.first <= y.last && y.first <= x.last;
}

const sameYear = (a: string, b: string) => a.slice(0, 4) === b.slice(0, 4);
const fold = (s: string) => s.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().trim();

/** The register's partnership with the fact's partner place: by ISO code, else by name. */
export function partnershipOf(
  fact: ExtractedFact,
  register: readonly RegisterPartnership[],
): RegisterPartnership | null {
  const partner = fact.partner;
  if (!partner) return null;
  const iso = partner.iso?.toUpperCase();
  if (iso) {
    const found = register.find((p) => p.placeIsos.some((code) => code.toUpperCase() === iso));
    if (found) return found;
  }
  const name = fold(partner.name);
  return name ? (register.find((p) => p.placeNames.some((n) => fold(n) === name)) ?? null) : null;
}

const result = (
  match: CandidateMatch,
  matchRef: string | null,
  partnership: RegisterPartnership | null,
  registerSays: string | null = null,
): Comparison => ({ match, matchRef, partnership: partnership?.key ?? null, registerSays });

/**
 * Compares a proposed fact with what the register states about its partnership:
 * - `recorded` when the register already has it (an agreement of that partnership signed that
 *   day, whatever the text calls it, the partnership's start date, a status change to that status then, an activity of that
 *   kind with that partner then): accepting it cites the document for the existing fact;
 * - `conflict` when the register says otherwise (another start date; an agreement of the same
 *   kind signed in the same year on another day; the same status change on another date);
 * - `new` otherwise, and always when the fact has no date to compare.
 * Dates compare at the precision both give: "1992" agrees with "1992-05-12".
 */
export function compareWithRegister(fact: ExtractedFact, register: readonly RegisterPartnership[]): Comparison {
  const p = partnershipOf(fact, register);
  if (!p) return result('new', null, null);
  const date = fact.date;
  switch (fact.type) {
    case 'partnership_established': {
      if (!p.since) return result('new', null, p);
      if (!date || datesOverlap(date, p.since)) return result('recorded', `partnership:${p.key}`, p);
      return result('conflict', `partnership:${p.key}`, p, p.since);
    }
    case 'agreement_signed': {
      if (!date) return result('new', null, p);
      const kind = agreementKindOf(fact.agreementKind);
      // Signed that very day: the same agreement, whatever a text calls it (a press release may say
      // "Absichtserklärung" and "Memorandum of Understanding" of one document); at a coarser
      // precision, only one of the same kind.
      const same =
        p.agreements.find((a) => a.signedOn !== null && a.signedOn.length === 10 && a.signedOn === date) ??
        p.agreements.find(
          (a) => a.signedOn !== null && datesOverlap(a.signedOn, date) && (kind === null || a.kind === kind),
        );
      if (same) return result('recorded', `agreement:${same.key}`, p);
      const other = kind
        ? p.agreements.find((a) => a.kind === kind && a.signedOn !== null && sameYear(a.signedOn, date))
        : undefined;
      return other ? result('conflict', `agreement:${other.key}`, p, other.signedOn) : result('new', null, p);
    }
    case 'status_changed': {
      const to = fact.status ? STATUS_OF_FACT[fact.status] : null;
      if (!to || !date) return result('new', null, p);
      const changes = p.statusHistory.filter((h) => h.to === to);
      const same = changes.find((h) => h.effectiveOn !== null && datesOverlap(h.effectiveOn, date));
      if (same) return result('recorded', `status:${p.key}:${same.sequence}`, p);
      // The register has this very change on another date: the newest before the fact's date disagrees.
      const latest = p.statusHistory.at(-1);
      const other = latest && latest.to === to && latest.effectiveOn ? latest : undefined;
      return other
        ? result('conflict', `status:${p.key}:${other.sequence}`, p, other.effectiveOn)
        : result('new', null, p);
    }
    case 'activity': {
      if (!date || !fact.activityKind) return result('new', null, p);
      const same = p.activities.find(
        (a) => a.kind === fact.activityKind && a.startsOn !== null && datesOverlap(a.startsOn, date),
      );
      return same ? result('recorded', `activity:${same.id}`, p) : result('new', null, p);
    }
    case 'office_opened':
      return result('new', null, p);
  }
}

/**
 * What makes two candidates of one document the same proposed fact: its kind, partner, date,
 * activity kind and passage. The same document queued twice does not queue a fact twice.
 */
export function candidateFingerprint(fact: ExtractedFact): string {
  return [
    fact.type,
    fact.activityKind ?? '',
    fact.partner?.iso ?? fold(fact.partner?.name ?? ''),
    fact.date ?? '',
    fact.endDate ?? '',
    fact.status ?? '',
    fold(fact.quote),
  ].join('|');
}

/** The activities of one partnership a candidate could be recorded as: its kind, starting within the window. */
export interface ActivityWindow {
  partnership: string;
  kind: ActivityKind;
  /** Start dates as the register writes them (partial dates), compared as text: `from` ≤ starts_on ≤ `to`. */
  from: string;
  to: string;
}

/**
 * Which activities the comparison can need for these facts: for an activity fact with a date and a
 * kind, those of its partnership and kind whose start date can overlap the fact's date. A start
 * date that overlaps it lies in the fact's year ("2021", "2021-10", "2021-10-04" for
 * "2021-10-04"), and as text it sorts between that year and the fact's last day; the comparison
 * sorts out the rest. Any other activity cannot match, so it need not be read.
 */
export function activityWindows(
  facts: readonly ExtractedFact[],
  register: readonly RegisterPartnership[],
): ActivityWindow[] {
  const windows = new Map<string, ActivityWindow>();
  for (const fact of facts) {
    if (fact.type !== 'activity' || !fact.date || !fact.activityKind) continue;
    const date = parsePartialDate(fact.date);
    const partnership = partnershipOf(fact, register);
    if (!date || !partnership) continue;
    const window = {
      partnership: partnership.key,
      kind: fact.activityKind,
      from: date.first.slice(0, 4),
      to: date.last,
    };
    windows.set(Object.values(window).join('|'), window);
  }
  return [...windows.values()];
}
