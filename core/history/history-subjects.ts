/**
 * The records whose history the audit log tells, each with the German path segment of its
 * history page (/verlauf/<segment>/<key>). The audit log names a record by its entity type (the
 * type's English name) and its id.
 */
export const historyTypes = ['partnership', 'agreement', 'activity', 'measure', 'organisation'] as const;
export type HistoryType = (typeof historyTypes)[number];

const SEGMENTS: Record<HistoryType, string> = {
  partnership: 'partnerschaft',
  agreement: 'vereinbarung',
  activity: 'aktivitaet',
  measure: 'massnahme',
  organisation: 'organisation',
};

/** The type a path segment names ("aktivitaet" → activity), or null. */
export const historyTypeOf = (segment: string): HistoryType | null =>
  historyTypes.find((type) => SEGMENTS[type] === segment) ?? null;

/** The address of a record's full history: by key, or by id for an activity. */
export const historyPath = (type: HistoryType, key: string | number): string =>
  `/verlauf/${SEGMENTS[type]}/${encodeURIComponent(String(key))}`;
