import type { ExtractedFact } from '../../core/sources/fact.ts';

/** An expected event, as extraction-dev/events.jsonl writes it. */
export interface ExpectedEvent {
  kind: string;
  partner_iso: string | null;
  date: string | null;
  primary: boolean;
  alt_dates?: string[];
}

/** The annotation's kinds in the register's words: "visit_outbound" is an activity of kind delegation_trip. */
const KIND_OF: Record<string, string> = {
  partnership_start: 'partnership_established',
  agreement: 'agreement_signed',
  status_change: 'status_changed',
  office: 'office_opened',
  visit_outbound: 'activity/delegation_trip',
  visit_inbound: 'activity/delegation_received',
  working_group_meeting: 'activity/working_group_meeting',
  other: 'activity/other',
};
const OTHER = new Set(['conference', 'fair', 'exchange', 'project', 'aid_delivery', 'signing', 'training']);

const factKind = (f: ExtractedFact) =>
  f.type !== 'activity' ? f.type : OTHER.has(f.activityKind ?? '') ? 'activity/other' : `activity/${f.activityKind}`;

const matches = (f: ExtractedFact, e: ExpectedEvent) =>
  factKind(f) === KIND_OF[e.kind] &&
  (f.partner?.iso ?? null) === e.partner_iso &&
  (f.date === e.date || (e.alt_dates ?? []).includes(f.date ?? ''));

export interface Score {
  truePositives: number;
  found: number;
  expected: number;
  precision: number;
  recall: number;
  f1: number;
}

/** Precision, recall and F1 of (kind, partner, date), each expected event matched at most once. */
export function score(docs: { facts: ExtractedFact[]; expected: ExpectedEvent[] }[]): Score {
  let tp = 0;
  let found = 0;
  let expected = 0;
  for (const { facts, expected: events } of docs) {
    const used = new Set<number>();
    for (const f of facts) {
      const i = events.findIndex((e, j) => !used.has(j) && matches(f, e));
      if (i >= 0) {
        used.add(i);
        tp++;
      }
    }
    found += facts.length;
    expected += events.length;
  }
  const precision = found ? tp / found : 1;
  const recall = expected ? tp / expected : 1;
  const f1 = precision + recall ? (2 * precision * recall) / (precision + recall) : 0;
  return { truePositives: tp, found, expected, precision, recall, f1 };
}

export { matches as factMatches };
