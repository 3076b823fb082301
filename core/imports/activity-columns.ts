import { ACTIVITY_INPUT_FIELDS, type ActivityInput } from '../activities/activity-input.ts';
import { activityKinds, activityStatuses, visibilities } from '../shared/vocabulary.ts';

/** The fields of an activity a file can fill (all of them), in the order of the template. */
export const IMPORT_FIELDS = ACTIVITY_INPUT_FIELDS;
export type ImportField = (typeof IMPORT_FIELDS)[number];

/** The columns every file must have (the same fields the activity form requires). */
export const REQUIRED_FIELDS: readonly ImportField[] = ['kind', 'title', 'status', 'visibility'];

/**
 * The German column headers of the template (what the import expects first), the English
 * ones (also accepted), and further spellings people use. Headers are compared without
 * case, spaces, hyphens, brackets and "(Euro)".
 */
export const COLUMN_HEADERS: Record<ImportField, { de: string; en: string; also?: string[] }> = {
  kind: { de: 'Art', en: 'Kind', also: ['Typ', 'Aktivitätsart'] },
  title: { de: 'Titel', en: 'Title' },
  description: { de: 'Beschreibung', en: 'Description' },
  startsOn: { de: 'Beginn', en: 'Start', also: ['Von', 'Datum', 'Startdatum', 'Starts on'] },
  endsOn: { de: 'Ende', en: 'End', also: ['Bis', 'Enddatum', 'Ends on'] },
  organiser: { de: 'Veranstalter', en: 'Organiser', also: ['Ministerium', 'Organizer'] },
  partnership: { de: 'Partnerschaft', en: 'Partnership' },
  places: { de: 'Orte', en: 'Places', also: ['Ort'] },
  participants: { de: 'Beteiligte', en: 'Participants' },
  sectors: { de: 'Sektoren', en: 'Sectors', also: ['Sektor'] },
  workingGroup: { de: 'Arbeitsgruppe', en: 'Working group' },
  instruments: { de: 'Instrumente', en: 'Instruments', also: ['Instrument'] },
  goals: { de: 'Ziele', en: 'Goals', also: ['Ziel'] },
  measures: { de: 'Maßnahmen', en: 'Measures', also: ['Massnahmen', 'Maßnahme'] },
  status: { de: 'Status', en: 'Status' },
  visibility: { de: 'Sichtbarkeit', en: 'Visibility' },
  budgetPlanned: { de: 'Budget geplant (Euro)', en: 'Budget planned (euros)', also: ['Budget geplant'] },
  budgetActual: { de: 'Budget tatsächlich (Euro)', en: 'Budget actual (euros)', also: ['Budget tatsächlich'] },
  outcome: { de: 'Ergebnis', en: 'Outcome' },
};

const simplify = (header: string) =>
  header
    .toLowerCase()
    .replace(/\((euro|euros|eur|€)\)/g, '')
    .replace(/[\s_\-()]/g, '');

const FIELD_BY_HEADER = new Map<string, ImportField>(
  IMPORT_FIELDS.flatMap((f) =>
    [COLUMN_HEADERS[f].de, COLUMN_HEADERS[f].en, f, ...(COLUMN_HEADERS[f].also ?? [])].map(
      (h) => [simplify(h), f] as const,
    ),
  ),
);

/** A header that cannot be used: unknown, named twice, or a required one missing. */
export interface HeaderIssue {
  column: string;
  issue: 'unknownColumn' | 'duplicateColumn' | 'missingColumn';
}

/** Which field each column of the file fills (null for an empty header), and what is wrong with the header. */
export function mapHeader(header: readonly string[]): { fields: (ImportField | null)[]; issues: HeaderIssue[] } {
  const issues: HeaderIssue[] = [];
  const seen = new Set<ImportField>();
  const fields = header.map((column) => {
    if (!column.trim()) return null;
    const field = FIELD_BY_HEADER.get(simplify(column));
    if (!field) issues.push({ column, issue: 'unknownColumn' });
    else if (seen.has(field)) issues.push({ column, issue: 'duplicateColumn' });
    else {
      seen.add(field);
      return field;
    }
    return null;
  });
  for (const field of REQUIRED_FIELDS)
    if (!seen.has(field)) issues.push({ column: COLUMN_HEADERS[field].de, issue: 'missingColumn' });
  return { fields, issues };
}

/** The names people write for the values of a vocabulary (German and English labels), by key. */
export type VocabularyNames = Record<'kind' | 'status' | 'visibility', Record<string, readonly string[]>>;

const VOCABULARIES = { kind: activityKinds, status: activityStatuses, visibility: visibilities } as const;

/** A vocabulary value written as its key or one of its names; anything else stays as written (and is refused). */
function vocabularyKey(field: keyof VocabularyNames, value: string, names: VocabularyNames): string {
  const wanted = value.trim().toLowerCase();
  for (const key of VOCABULARIES[field]) {
    if (key === wanted || (names[field][key] ?? []).some((n) => n.toLowerCase() === wanted)) return key;
  }
  return value;
}

/** A date as German spreadsheets write it (12.05.2027, 05.2027) as ISO 8601; anything else stays as written. */
export function isoDate(value: string): string {
  const text = value.trim();
  const day = /^(\d{1,2})\.(\d{1,2})\.(\d{4})$/.exec(text);
  if (day) return `${day[3]}-${day[2]!.padStart(2, '0')}-${day[1]!.padStart(2, '0')}`;
  const month = /^(\d{1,2})\.(\d{4})$/.exec(text);
  if (month) return `${month[2]}-${month[1]!.padStart(2, '0')}`;
  return text;
}

/**
 * One row of the file as the input the activity form would post: vocabulary names turned
 * into keys, German dates into ISO 8601, everything else as written. The activity rules
 * then check it exactly as they check the form.
 */
export function rowInput(cells: readonly string[], fields: readonly (ImportField | null)[], names: VocabularyNames) {
  const input: Record<string, string> = {};
  fields.forEach((field, i) => {
    if (!field) return;
    const value = cells[i] ?? '';
    if (field === 'kind' || field === 'status' || field === 'visibility')
      input[field] = vocabularyKey(field, value, names);
    else if (field === 'startsOn' || field === 'endsOn') input[field] = isoDate(value);
    else input[field] = value;
  });
  return input as ActivityInput;
}
