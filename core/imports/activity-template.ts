import type { Column, ExportLanguage, Sheet } from '../exports/columns.ts';
import { COLUMN_HEADERS, IMPORT_FIELDS, type ImportField } from './activity-columns.ts';

type Example = Record<ImportField, string | number | null>;

/** One example row that the register accepts as it stands (for a coordinator or an editor of the SMWK). */
const EXAMPLE: Example = {
  kind: 'Delegationsreise',
  title: 'Beispiel: Delegationsreise nach Breslau',
  description: 'Hochschulkooperationen in Niederschlesien',
  startsOn: '2027-05-12',
  endsOn: '2027-05-13',
  organiser: 'SMWK',
  partnership: 'niederschlesien',
  places: 'PL-DS',
  participants: 'SMWK, SK',
  workingGroup: null,
  sectors: 'wissenschaft',
  instruments: 'II, V',
  goals: null,
  measures: 'II-01',
  status: 'geplant',
  visibility: 'intern',
  budgetPlanned: 12500,
  budgetActual: null,
  outcome: null,
};

const TYPES: Partial<Record<ImportField, Column<Example>['type']>> = {
  startsOn: 'date',
  endsOn: 'date',
  budgetPlanned: 'decimal',
  budgetActual: 'decimal',
};

/**
 * The template for an import of activities: the columns the import reads, headed in the
 * reader's language (the German headers are the ones documented), with one example row.
 * Downloaded as Excel CSV or XLSX, it can be filled in and uploaded as it is.
 */
export function activityTemplate(lang: ExportLanguage): Sheet<Example> {
  return {
    name: lang === 'en' ? 'activities-template' : 'vorlage-aktivitaeten',
    title: lang === 'en' ? 'Activities' : 'Aktivitäten',
    columns: IMPORT_FIELDS.map((field) => ({
      key: field,
      header: COLUMN_HEADERS[field][lang],
      type: TYPES[field] ?? 'text',
      fractionDigits: 2,
      value: (row: Example) => row[field],
    })),
    rows: [EXAMPLE],
  };
}
