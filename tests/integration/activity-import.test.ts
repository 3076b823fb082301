import ExcelJS from 'exceljs';
import { desc, eq, inArray } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Actor, operator } from '../../core/access/actor.ts';
import { toExcelCsv } from '../../core/exports/excel-csv.ts';
import { toXlsx } from '../../core/exports/xlsx.ts';
import { activityTemplate } from '../../core/imports/activity-template.ts';
import {
  checkImportRun,
  decideImportRun,
  dryRunActivities,
  importActivities,
  type ImportFile,
} from '../../core/imports/import-activities.ts';
import { MAX_ROWS } from '../../core/imports/read-table.ts';
import type { DatabaseHandle } from '../../db/client.ts';
import * as t from '../../db/schema.ts';
import { withActivityStore } from '../../db/activities/activity.store.ts';
import { withImportRunStore, withImportStore } from '../../db/imports/import.store.ts';
import { vocabularyNames } from '../../text/import-names.ts';
import { createTestDatabase, engines } from '../setup/test-database.ts';
import { buildUser } from '../support/users.ts';
import { testClock } from '../support/clock.ts';

const names = vocabularyNames();
const HEADER =
  'Art;Titel;Beginn;Ende;Veranstalter;Partnerschaft;Orte;Sektoren;Status;Sichtbarkeit;Budget geplant (Euro)';
/** Rows 2 and 5 are good; row 3 has four bad cells, row 4 an unknown place (the second one). */
const CSV_WITH_ERRORS = [
  HEADER,
  'Delegationsreise;Import: Reise nach Breslau;12.05.2027;13.05.2027;SMWK;niederschlesien;PL-DS;wissenschaft;geplant;intern;12.500,50',
  'Messe;;2027-13-01;;SMWK;;;;geplant;geheim;zwölf',
  'Konferenz;Import: Tagung;05.2027;;SMWK;;PL-DS, XX-99;;bestätigt;öffentlich;',
  '',
  'conference;Import: Übergabe in Görlitz;2027;;SMWK;;;;confirmed;public;0',
].join('\r\n');

const csv = (text: string, name = 'aktivitaeten.csv'): ImportFile => ({
  name,
  mediaType: 'text/csv',
  bytes: new Uint8Array(Buffer.from(text, 'utf8')),
});

describe.each(engines)('the import of activities on %s', (engine) => {
  let handle: DatabaseHandle;
  let editor: Actor;
  let otherEditor: Actor;
  let reader: Actor;
  const coordinator = operator('test');
  const user = async (role: 'ministry_editor' | 'reader', org: string): Promise<Actor> => {
    const u = await buildUser(handle.db, role, org, `${role}.${org}.${engine}@test.sachsen.de`.toLowerCase());
    return { kind: 'user', userId: u.id, label: u.email, role, organisationId: u.organisationId };
  };
  beforeAll(async () => {
    handle = await createTestDatabase(engine);
    editor = await user('ministry_editor', 'SMWK');
    otherEditor = await user('ministry_editor', 'SMI');
    reader = await user('reader', 'SMWK');
  });
  afterAll(async () => handle?.close());

  const counts = async () => ({
    activities: await handle.db.$count(t.activities),
    audit: await handle.db.$count(t.auditLog),
    runs: await handle.db.$count(t.importRuns),
  });
  const dryRun = (actor: Actor, file: ImportFile) =>
    withActivityStore(handle.db, actor, testClock.now(), (store) => dryRunActivities({ store, actor, file, names }));
  const importFile = (actor: Actor, file: ImportFile, mode: 'all' | 'valid') =>
    withImportStore(handle.db, actor, testClock.now(), (store) =>
      importActivities({ store, actor, file, names, mode }),
    );
  const titled = (prefix: string) =>
    handle.db
      .select({ id: t.activities.id, title: t.activities.title, startsOn: t.activities.startsOn })
      .from(t.activities)
      .where(
        inArray(t.activities.title, [`${prefix}Reise nach Breslau`, `${prefix}Tagung`, `${prefix}Übergabe in Görlitz`]),
      );

  it('reports every bad row with its row number, column, reason and value in a dry run, and writes nothing', async () => {
    const before = await counts();
    const report = await dryRun(editor, csv(CSV_WITH_ERRORS));
    expect(report).toMatchObject({ format: 'csv', encoding: 'utf-8', delimiter: ';', rowCount: 4, headerIssues: [] });
    expect(report.validRows).toEqual([2, 6]);
    expect(report.badRows).toEqual([
      {
        row: 3,
        problems: [
          { column: 'Titel', field: 'title', issue: 'required', value: '' },
          { column: 'Beginn', field: 'startsOn', issue: 'date', value: '2027-13-01' },
          { column: 'Sichtbarkeit', field: 'visibility', issue: 'vocabulary', value: 'geheim' },
          { column: 'Budget geplant (Euro)', field: 'budgetPlanned', issue: 'amount', value: 'zwölf' },
        ],
      },
      { row: 4, problems: [{ column: 'Orte', field: 'places', issue: 'unknown', value: 'XX-99' }] },
    ]);
    expect(await counts()).toEqual(before);
  });

  it('imports all or nothing: a file with a bad row writes nothing; a good file writes every row with audit entries', async () => {
    const before = await counts();
    await expect(importFile(editor, csv(CSV_WITH_ERRORS), 'all')).rejects.toMatchObject({
      code: 'INVALID_INPUT',
      message: '2 of 4 rows are not valid; nothing was imported.',
    });
    expect(await counts()).toEqual(before);

    const good = [HEADER, ...CSV_WITH_ERRORS.split('\r\n').slice(1)]
      .filter((line, i) => i === 0 || line.includes('Breslau') || line.includes('Görlitz'))
      .join('\r\n')
      .replaceAll('Import: ', 'Alle: ');
    const result = await importFile(editor, csv(good, 'gut.csv'), 'all');
    expect(result.imported.map((r) => r.row)).toEqual([2, 3]);
    expect(result.skippedRows).toEqual([]);
    const rows = await titled('Alle: ');
    expect(rows.map((r) => [r.title, r.startsOn]).sort()).toEqual([
      ['Alle: Reise nach Breslau', '2027-05-12'],
      ['Alle: Übergabe in Görlitz', '2027'],
    ]);
    expect(await counts()).toEqual({ ...before, activities: before.activities + 2, audit: before.audit + 3 });
    const audit = await handle.db.select().from(t.auditLog).orderBy(desc(t.auditLog.id)).limit(3);
    expect(audit.map((a) => a.action)).toEqual(['activities.import', 'activity.create', 'activity.create']);
    expect(audit[0]).toMatchObject({
      entityType: 'activity_file',
      after: { fileName: 'gut.csv', skippedRows: [], imported: result.imported },
      actorLabel: editor.kind === 'user' ? editor.label : '',
    });
    expect(audit[2]!.after).toMatchObject({
      title: 'Alle: Reise nach Breslau',
      budgetPlannedCents: 1_250_050,
      places: ['PL-02'],
      importedFrom: { file: 'gut.csv', row: 2 },
    });
  });

  it('keeps the dry run as an import run; "only the valid rows" writes exactly those and records the skipped ones', async () => {
    const before = await counts();
    const file = csv(CSV_WITH_ERRORS.replaceAll('Import: ', 'Gültig: '), 'mit-fehlern.csv');
    const { id, report } = await withImportRunStore(handle.db, editor, testClock.now(), (store) =>
      checkImportRun({ store, actor: editor, file, names }),
    );
    expect(report.badRows.map((r) => r.row)).toEqual([3, 4]);
    expect(await counts()).toEqual({ ...before, runs: before.runs + 1 });
    const [stored] = await handle.db.select().from(t.importRuns).where(eq(t.importRuns.id, id));
    expect(stored).toMatchObject({ status: 'checked', rowCount: 4, fileName: 'mit-fehlern.csv', finishedAt: null });
    expect(Buffer.from(stored!.content).toString('utf8')).toContain('Gültig: Tagung');

    await expect(
      withImportRunStore(handle.db, editor, testClock.now(), (store) =>
        decideImportRun({ store, actor: editor, id, decision: 'all', names }),
      ),
    ).rejects.toMatchObject({ code: 'INVALID_INPUT' });
    await expect(
      withImportRunStore(handle.db, otherEditor, testClock.now(), (store) =>
        decideImportRun({ store, actor: otherEditor, id, decision: 'valid', names }),
      ),
    ).rejects.toMatchObject({ code: 'NOT_FOUND' });
    expect(await counts()).toEqual({ ...before, runs: before.runs + 1 });

    const result = await withImportRunStore(handle.db, editor, testClock.now(), (store) =>
      decideImportRun({ store, actor: editor, id, decision: 'valid', names }),
    );
    expect(result).toMatchObject({ status: 'imported', skippedRows: [3, 4] });
    expect((await titled('Gültig: ')).map((r) => r.title).sort()).toEqual([
      'Gültig: Reise nach Breslau',
      'Gültig: Übergabe in Görlitz',
    ]);
    const [finished] = await handle.db.select().from(t.importRuns).where(eq(t.importRuns.id, id));
    expect(finished).toMatchObject({ status: 'imported', importedCount: 2, skippedRows: [3, 4] });
    expect(finished!.finishedAt).toBeInstanceOf(Date);
    const [summary] = await handle.db.select().from(t.auditLog).orderBy(desc(t.auditLog.id)).limit(1);
    expect(summary).toMatchObject({ action: 'activities.import', entityType: 'import_run', entityId: String(id) });
    expect(await counts()).toEqual({
      ...before,
      runs: before.runs + 1,
      activities: before.activities + 2,
      audit: before.audit + 3,
    });

    await expect(
      withImportRunStore(handle.db, editor, testClock.now(), (store) =>
        decideImportRun({ store, actor: editor, id, decision: 'valid', names }),
      ),
    ).rejects.toMatchObject({ code: 'INVALID_TRANSITION' });
  });

  it('discards a run without writing an activity', async () => {
    const { id } = await withImportRunStore(handle.db, editor, testClock.now(), (store) =>
      checkImportRun({ store, actor: editor, file: csv(CSV_WITH_ERRORS), names }),
    );
    const before = await counts();
    await withImportRunStore(handle.db, editor, testClock.now(), (store) =>
      decideImportRun({ store, actor: editor, id, decision: 'discard', names }),
    );
    expect(await counts()).toEqual(before);
    const [run] = await handle.db.select().from(t.importRuns).where(eq(t.importRuns.id, id));
    expect(run!.status).toBe('discarded');
  });

  it('applies the rules of the activity form: own ministry only for editors, no import for readers', async () => {
    const report = await dryRun(otherEditor, csv(CSV_WITH_ERRORS));
    expect(report.validRows).toEqual([]);
    expect(report.badRows.find((r) => r.row === 2)!.problems).toEqual([
      { column: 'Veranstalter', field: 'organiser', issue: 'notOwnMinistry', value: 'SMWK' },
    ]);
    await expect(dryRun(reader, csv(CSV_WITH_ERRORS))).rejects.toMatchObject({ code: 'FORBIDDEN' });
    await expect(importFile(reader, csv(CSV_WITH_ERRORS), 'valid')).rejects.toMatchObject({ code: 'FORBIDDEN' });
    expect((await dryRun(coordinator, csv(CSV_WITH_ERRORS))).validRows).toEqual([2, 6]);
  });

  it('reads Windows-1252 and UTF-8 with byte order mark, ";" "," and tab, and reports an unusable header', async () => {
    const latin = await dryRun(editor, { ...csv(''), bytes: new Uint8Array(Buffer.from(CSV_WITH_ERRORS, 'latin1')) });
    expect(latin).toMatchObject({ encoding: 'windows-1252', validRows: [2, 6] });
    const bom = await dryRun(editor, csv(`\uFEFF${CSV_WITH_ERRORS}`));
    expect(bom).toMatchObject({ encoding: 'utf-8', validRows: [2, 6] });
    expect(bom.columns[0]).toBe('Art');
    const comma =
      'Kind,Title,Start,Organiser,Status,Visibility,Budget planned (euros)\nfair,"Messe, Posen",2027-06-01,SMWK,planned,internal,"1.000,00"\n';
    expect(await dryRun(editor, csv(comma))).toMatchObject({ delimiter: ',', validRows: [2], badRows: [] });
    const tab = 'Art\tTitel\tVeranstalter\tStatus\tSichtbarkeit\nMesse\tMesse in Brünn\tSMWK\tgeplant\tintern\n';
    expect(await dryRun(editor, csv(tab))).toMatchObject({ delimiter: '\t', validRows: [2] });
    const header = await dryRun(editor, csv('Art;Titel;Notiz;Titel\nMesse;Messe;x;y\n'));
    expect(header.headerIssues).toEqual([
      { column: 'Notiz', issue: 'unknownColumn' },
      { column: 'Titel', issue: 'duplicateColumn' },
      { column: 'Status', issue: 'missingColumn' },
      { column: 'Sichtbarkeit', issue: 'missingColumn' },
    ]);
    expect(header.validRows).toEqual([]);
    const extra = await dryRun(
      coordinator,
      csv('Art;Titel;Status;Sichtbarkeit\nMesse;Messe;geplant;intern;überzählig\n'),
    );
    expect(extra.badRows).toEqual([
      { row: 2, problems: [{ column: '5+', field: null, issue: 'tooManyCells', value: '' }] },
    ]);
  });

  it('reads XLSX with real dates and numbers, at the row numbers Excel shows', async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('Aktivitäten');
    sheet.addRow(['Art', 'Titel', 'Beginn', 'Ende', 'Veranstalter', 'Status', 'Sichtbarkeit', 'Budget geplant (Euro)']);
    sheet.addRow([
      'Messe',
      'XLSX: Messe in Posen',
      new Date(Date.UTC(2027, 5, 1)),
      new Date(Date.UTC(2027, 5, 3)),
      'SMWK',
      'geplant',
      'intern',
      1234.5,
    ]);
    sheet.addRow([]);
    sheet.addRow([
      'Messe',
      'XLSX: falsch',
      new Date(Date.UTC(2027, 5, 3)),
      new Date(Date.UTC(2027, 5, 1)),
      'SMWK',
      'geplant',
      'intern',
      -3,
    ]);
    sheet.getCell('B5').value = { richText: [{ text: 'XLSX: ' }, { text: 'fett', font: { bold: true } }] };
    sheet.getCell('A5').value = 'Messe';
    sheet.getCell('E5').value = 'SMWK';
    sheet.getCell('F5').value = 'geplant';
    sheet.getCell('G5').value = 'intern';
    const bytes = new Uint8Array(await workbook.xlsx.writeBuffer());
    const file = { name: 'messen.xlsx', mediaType: 'application/octet-stream', bytes };
    const report = await dryRun(editor, file);
    expect(report).toMatchObject({ format: 'xlsx', rowCount: 3, validRows: [2, 5] });
    expect(report.badRows).toEqual([
      {
        row: 4,
        problems: [
          { column: 'Budget geplant (Euro)', field: 'budgetPlanned', issue: 'amount', value: '-3' },
          { column: 'Ende', field: 'endsOn', issue: 'beforeStart', value: '2027-06-01' },
        ],
      },
    ]);
    const result = await importFile(editor, file, 'valid');
    expect(result.imported.map((r) => r.row)).toEqual([2, 5]);
    const [posen] = await handle.db.select().from(t.activities).where(eq(t.activities.title, 'XLSX: Messe in Posen'));
    expect(posen).toMatchObject({ startsOn: '2027-06-01', endsOn: '2027-06-03', budgetPlannedCents: 123_450 });
    expect(await handle.db.$count(t.activities, eq(t.activities.title, 'XLSX: fett'))).toBe(1);
  });

  it('accepts its own templates (Excel CSV and XLSX) as they are', async () => {
    const excel = await dryRun(coordinator, csv(toExcelCsv(activityTemplate('de'))));
    expect(excel).toMatchObject({ validRows: [2], badRows: [], headerIssues: [] });
    const xlsx = await dryRun(coordinator, {
      name: 'v.xlsx',
      mediaType: '',
      bytes: new Uint8Array(await toXlsx(activityTemplate('en'), 'en')),
    });
    expect(xlsx).toMatchObject({ format: 'xlsx', validRows: [2], badRows: [], headerIssues: [] });
  });

  it('refuses an empty, unsupported, broken or oversized file with the reason, never with a crash', async () => {
    const refusal = (bytes: Uint8Array) =>
      dryRun(editor, { name: 'x', mediaType: '', bytes }).then(
        () => 'accepted',
        (e: { code: string; issues: { field: string; message: string }[] }) => `${e.code} ${e.issues[0]?.message}`,
      );
    expect(await refusal(new Uint8Array())).toBe('INVALID_INPUT empty');
    expect(await refusal(new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 1, 2, 3]))).toBe('INVALID_INPUT unsupported');
    expect(await refusal(new Uint8Array(Buffer.from('%PDF-1.7 …')))).toBe('INVALID_INPUT unsupported');
    expect(await refusal(new Uint8Array(Buffer.from('PK\u0003\u0004 kaputt')))).toBe('INVALID_INPUT unreadable');
    expect(await refusal(new Uint8Array(Buffer.from('Art;Titel\n"offen;x\n')))).toBe('INVALID_INPUT unreadable');
    expect(await refusal(new Uint8Array(Buffer.from('\n\n;;\n')))).toBe('INVALID_INPUT noHeader');
    const quote = await dryRun(editor, csv('Art;Titel\r\nMesse;gut\r\nMesse;=HYPERLINK("x";"y")\r\n')).catch((e) => e);
    expect(quote.issues).toEqual([
      { field: 'file', message: 'unreadable' },
      { field: 'row', message: '3' },
    ]);
    expect(await refusal(new Uint8Array(3 * 1024 * 1024).fill(65))).toBe('INVALID_INPUT tooLarge');
    const many = [
      'Art;Titel;Status;Sichtbarkeit',
      ...Array.from({ length: MAX_ROWS + 1 }, (_, i) => `Messe;M${i};geplant;intern`),
    ];
    expect(await refusal(new Uint8Array(Buffer.from(many.join('\n'))))).toBe('INVALID_INPUT tooManyRows');
  });
});
