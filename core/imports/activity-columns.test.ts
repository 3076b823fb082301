import { describe, expect, it } from 'vitest';
import { isoDate, mapHeader, rowInput, type VocabularyNames } from './activity-columns.ts';
import { readTable } from './read-table.ts';

const names: VocabularyNames = {
  kind: { delegation_trip: ['Delegationsreise', 'delegation trip'], fair: ['Messe', 'fair'] },
  status: { planned: ['geplant', 'planned'] },
  visibility: { internal: ['intern', 'internal'], public: ['öffentlich', 'public'] },
};

describe('mapHeader', () => {
  it('knows the German, English and usual headers, whatever their case and spacing', () => {
    expect(
      mapHeader(['Art', 'TITEL', 'Budget geplant (Euro)', 'budget_actual', 'Starts on', 'Sichtbarkeit', 'status', ''])
        .fields,
    ).toEqual(['kind', 'title', 'budgetPlanned', 'budgetActual', 'startsOn', 'visibility', 'status', null]);
  });

  it('names unknown, doubled and missing required columns', () => {
    expect(mapHeader(['Titel', 'Bemerkung', 'Title']).issues).toEqual([
      { column: 'Bemerkung', issue: 'unknownColumn' },
      { column: 'Title', issue: 'duplicateColumn' },
      { column: 'Art', issue: 'missingColumn' },
      { column: 'Status', issue: 'missingColumn' },
      { column: 'Sichtbarkeit', issue: 'missingColumn' },
    ]);
  });
});

describe('rowInput', () => {
  it('turns names into keys and German dates into ISO 8601, and leaves the rest for the rules to judge', () => {
    const { fields } = mapHeader(['Art', 'Titel', 'Beginn', 'Ende', 'Status', 'Sichtbarkeit', 'Orte']);
    expect(
      rowInput(['messe', ' Messe ', '1.6.2027', '06.2027', 'Geplant', 'geheim', 'PL-DS; CZ'], fields, names),
    ).toEqual({
      kind: 'fair',
      title: ' Messe ',
      startsOn: '2027-06-01',
      endsOn: '2027-06',
      status: 'planned',
      visibility: 'geheim',
      places: 'PL-DS; CZ',
    });
  });

  it('keeps what is not a German date as written', () => {
    expect([isoDate('2027-06-01'), isoDate('2027'), isoDate('32.13.2027'), isoDate('nächste Woche')]).toEqual([
      '2027-06-01',
      '2027',
      '2027-13-32',
      'nächste Woche',
    ]);
  });
});

describe('readTable', () => {
  const table = (text: string, encoding: BufferEncoding = 'utf8') =>
    readTable(new Uint8Array(Buffer.from(text, encoding)));

  it('detects Windows-1252, the separator, and keeps the numbers of the rows as a spreadsheet shows them', async () => {
    const read = await table('Art;Titel\r\n\r\nMesse;Übergabe in Görlitz\r\n;\r\nMesse;"Mit; Semikolon"\r\n', 'latin1');
    expect(read).toMatchObject({ format: 'csv', encoding: 'windows-1252', delimiter: ';', header: ['Art', 'Titel'] });
    expect(read.rows).toEqual([
      { row: 3, cells: ['Messe', 'Übergabe in Görlitz'] },
      { row: 5, cells: ['Messe', 'Mit; Semikolon'] },
    ]);
  });

  it('reads UTF-8 with byte order mark and a comma-separated header', async () => {
    const read = await table('\uFEFFKind,Title\n"fair","Posen, Messe"\n');
    expect(read).toMatchObject({ encoding: 'utf-8', delimiter: ',', header: ['Kind', 'Title'] });
    expect(read.rows[0]!.cells).toEqual(['fair', 'Posen, Messe']);
  });
});
