/** The kinds of record a field of an audit entry may name by its key. */
export type ReferenceKind = 'organisation' | 'partnership' | 'agreement' | 'source' | 'place';

/**
 * Fields of audit entries that name another record by its key ("sk", "lazio", "PL-02"): the
 * history shows that record's name instead. Lists ("participants": ["sk"]) name one per item.
 */
export const REFERENCE_FIELDS: Readonly<Record<string, ReferenceKind>> = {
  organiser: 'organisation',
  participants: 'organisation',
  lead: 'organisation',
  leadOrganisation: 'organisation',
  ministry: 'organisation',
  ministries: 'organisation',
  partnership: 'partnership',
  partnerships: 'partnership',
  renews: 'agreement',
  renewedBy: 'agreement',
  source: 'source',
  'source.documentKey': 'source',
  places: 'place',
  signedAt: 'place',
};

/** A referenced record's name in both languages. */
export interface ReferenceName {
  de: string;
  en: string;
}

/** The keys that the given changes name, by kind of record (to look their names up at once). */
export function referencedKeys(changes: readonly { field: string; from: unknown; to: unknown }[]) {
  const keys = new Map<ReferenceKind, Set<string>>();
  for (const c of changes) {
    const kind = REFERENCE_FIELDS[c.field];
    if (!kind) continue;
    for (const value of [c.from, c.to].flat())
      if (typeof value === 'string' && value) keys.set(kind, (keys.get(kind) ?? new Set()).add(value));
  }
  return keys;
}
