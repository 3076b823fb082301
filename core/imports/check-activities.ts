import type { Actor } from '../access/actor.ts';
import { ACTIVITY_ISSUES, type ActivityInput } from '../activities/activity-input.ts';
import { checkNewActivity } from '../activities/activity-use-cases.ts';
import type { ActivityStore } from '../activities/activity.types.ts';
import { readEuroAmount } from '../shared/amount.ts';
import { AppError } from '../shared/errors.ts';
import {
  COLUMN_HEADERS,
  mapHeader,
  rowInput,
  type HeaderIssue,
  type ImportField,
  type VocabularyNames,
} from './activity-columns.ts';
import type { Table } from './read-table.ts';

/** Why a cell is refused: a reason of the activity rules, or one of the file's shape. */
export type CellIssue = keyof typeof ACTIVITY_ISSUES | 'tooManyCells';

/** One refused cell: the column as the file names it, the field, the reason and what was written. */
export interface RowProblem {
  column: string;
  field: ImportField | null;
  issue: CellIssue;
  value: string;
}

/** An amount written in another form than the German one, and the amount it was read as. */
export interface AmountReading {
  row: number;
  column: string;
  written: string;
  cents: number;
}

/** The dry run of a file: how it was read, what is wrong with its header, and every bad row. */
export interface ImportReport {
  format: Table['format'];
  encoding: Table['encoding'];
  delimiter: Table['delimiter'];
  columns: string[];
  headerIssues: HeaderIssue[];
  /** Data rows that are not empty. */
  rowCount: number;
  /** Row numbers (header = 1) that can be imported. */
  validRows: number[];
  badRows: { row: number; problems: RowProblem[] }[];
  /** Amounts not written in the German form, with their reading (absent in reports kept before it was added). */
  amountReadings?: AmountReading[];
}

const AMOUNT_FIELDS = ['budgetPlanned', 'budgetActual'] as const;

/** The amounts of a row that were read from another form than "12.500,50", so people can see the reading taken. */
function amountReadings(row: number, input: ActivityInput, columnOf: Map<ImportField, string>): AmountReading[] {
  return AMOUNT_FIELDS.flatMap((field) => {
    const read = typeof input[field] === 'string' ? readEuroAmount(input[field]) : null;
    return read?.readOtherwise
      ? [{ row, column: columnOf.get(field) ?? COLUMN_HEADERS[field].de, written: read.written, cents: read.cents }]
      : [];
  });
}

const issueOf = (message: string): CellIssue =>
  (Object.keys(ACTIVITY_ISSUES) as (keyof typeof ACTIVITY_ISSUES)[]).find((k) => ACTIVITY_ISSUES[k] === message) ??
  'unknown';
const clip = (value: string) => (value.length > 120 ? `${value.slice(0, 119)}…` : value);

/** The rows of the file as inputs, with the column each field came from. */
export function tableInputs(table: Table, names: VocabularyNames) {
  const { fields, issues } = mapHeader(table.header);
  const columnOf = new Map<ImportField, string>();
  fields.forEach((f, i) => f && columnOf.set(f, table.header[i]!));
  const inputs = table.rows.map(({ row, cells }) => ({
    row,
    input: rowInput(cells, fields, names),
    extraCells: cells.slice(table.header.length).filter((c) => c.trim() !== '').length,
  }));
  return { headerIssues: issues, columnOf, inputs };
}

/** The problems of one refused input, each named by the file's column and the value written there. */
function problemsOf(error: AppError, input: ActivityInput, columnOf: Map<ImportField, string>): RowProblem[] {
  return error.issues.map(({ field: path, message }) => {
    const [name, index] = path.split('.') as [ImportField, string | undefined];
    const raw = input[name];
    const written =
      index !== undefined
        ? ((Array.isArray(raw) ? raw : String(raw ?? '').split(/[,;\n]/)).map((s) => s.trim()).filter(Boolean)[
            Number(index)
          ] ?? '')
        : Array.isArray(raw)
          ? raw.join(', ')
          : String(raw ?? '');
    return {
      column: columnOf.get(name) ?? COLUMN_HEADERS[name]?.de ?? name,
      field: name in COLUMN_HEADERS ? name : null,
      issue: issueOf(message),
      value: clip(written),
    };
  });
}

/**
 * Checks every row of a file with the rules of the activity form (through the same store
 * lookups, nothing written) and reports each bad row with its number, column and reason. A
 * header that is not usable (unknown, doubled or missing columns) makes every row unusable.
 */
export async function checkActivityTable(args: {
  store: ActivityStore;
  actor: Actor;
  table: Table;
  names: VocabularyNames;
}): Promise<{ report: ImportReport; inputs: Map<number, ActivityInput> }> {
  const { store, actor, table } = args;
  const { headerIssues, columnOf, inputs } = tableInputs(table, args.names);
  const report: ImportReport = {
    format: table.format,
    encoding: table.encoding,
    delimiter: table.delimiter,
    columns: table.header,
    headerIssues,
    rowCount: table.rows.length,
    validRows: [],
    badRows: [],
    amountReadings: [],
  };
  const valid = new Map<number, ActivityInput>();
  if (headerIssues.length) return { report, inputs: valid };
  for (const { row, input, extraCells } of inputs) {
    const problems: RowProblem[] = [];
    report.amountReadings!.push(...amountReadings(row, input, columnOf));
    if (extraCells)
      problems.push({ column: `${table.header.length + 1}+`, field: null, issue: 'tooManyCells', value: '' });
    try {
      await checkNewActivity({ store, actor, input });
    } catch (error) {
      if (!(error instanceof AppError) || error.code !== 'INVALID_INPUT') throw error;
      problems.push(...problemsOf(error, input, columnOf));
    }
    if (problems.length) report.badRows.push({ row, problems });
    else {
      report.validRows.push(row);
      valid.set(row, input);
    }
  }
  return { report, inputs: valid };
}
