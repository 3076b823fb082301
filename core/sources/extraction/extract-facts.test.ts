import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { projectRoot } from '../../../db/prepare.ts';
import { gazetteerFromSeedFiles } from '../../../db/sources/gazetteer.queries.ts';
import { extractFacts } from './extract-facts.ts';

const gazetteer = gazetteerFromSeedFiles(join(projectRoot, 'db/seed'));
const facts = (text: string, publishedOn: string | null = '2024-05-06') =>
  extractFacts({ text, publishedOn }, gazetteer);

describe('extractFacts', () => {
  it('names the partner a relation is with, not every place the sentence names', () => {
    const found = facts(
      'Nach dem Angriff Russlands auf die Ukraine hat die Staatsregierung die Zusammenarbeit mit der Stadt Sankt Petersburg ab sofort ausgesetzt.',
      '2022-02-25',
    );
    expect(found).toEqual([
      expect.objectContaining({
        type: 'status_changed',
        status: 'suspended',
        partner: { iso: 'RU-SPE', name: 'Sankt Petersburg' },
        date: '2022-02-25',
      }),
    ]);
  });

  it('reads a city for its region or country: the capital for its region, another city for the document’s partner', () => {
    expect(facts('Ministerpräsident Michael Kretschmer reiste heute nach Wuhan.')[0]).toMatchObject({
      activityKind: 'delegation_trip',
      partner: { iso: 'CN-HB' },
      date: '2024-05-06',
    });
    expect(facts('Staatsminister Schenk reiste am Montag nach Warschau.')[0]).toMatchObject({
      partner: { iso: 'PL' },
      date: '2024-05-06',
    });
  });

  it('tells a delegation received from a trip out by where it goes and where it comes from', () => {
    expect(
      facts('Staatsministerin Klepsch reist mit einer Delegation aus Hochschulen in die Region Liberec.')[0],
    ).toMatchObject({
      activityKind: 'delegation_trip',
      partner: { iso: 'CZ-51' },
    });
    expect(facts('Die Staatskanzlei empfing am Freitag eine Delegation aus der Provinz Hubei.')[0]).toMatchObject({
      activityKind: 'delegation_received',
      partner: { iso: 'CN-HB' },
      date: '2024-05-03',
    });
  });

  it('reads the date from the sentence, not from its dateline', () => {
    expect(
      facts(
        'Bratislava (9. Oktober 2019) – Am 8. Oktober 2019 tagte die Gemischte Kommission Sachsen-Slowakei.',
        '2019-10-09',
      )[0],
    ).toMatchObject({
      activityKind: 'working_group_meeting',
      partner: { iso: 'SK' },
      date: '2019-10-08',
      primary: true,
    });
  });

  it('dates a status by the status, not as a start: "ruht seit 2012"', () => {
    const found = facts('Die Partnerschaft mit der Bretagne ruht seit 2012.');
    expect(found.map((f) => [f.type, f.partner?.iso, f.date])).toEqual([['status_changed', 'FR-BRE', '2012']]);
  });

  it('reads English text with the English date parser', () => {
    const found = facts(
      'Rome, 4 October 2021 – The Minister-President of Saxony and the President of the Lazio Region signed a memorandum of understanding on 4 October 2021 in Rome.',
      '2021-10-04',
    );
    expect(found[0]).toMatchObject({ type: 'agreement_signed', partner: { iso: 'IT-62' }, date: '2021-10-04' });
  });

  it('leaves relative dates out without a publication date', () => {
    expect(facts('Die Arbeitsgruppe Sachsen-Niederschlesien tagte am Dienstag in Görlitz.', null)[0]).toMatchObject({
      partner: { iso: 'PL-02' },
      date: null,
    });
  });

  it('proposes an agreement of universities as a candidate, but not as a main event', () => {
    const [agreement] = facts(
      'Mit der Hochschule Zittau/Görlitz unterzeichnete die Technische Universität Liberec heute eine Kooperationsvereinbarung.',
    );
    expect(agreement).toMatchObject({ type: 'agreement_signed', partner: { iso: 'CZ-51' }, primary: false });
    expect(agreement!.confidence).toBeLessThan(0.6);
  });

  it('counts the guests of a conference in Saxony as a delegation received, beside the conference', () => {
    const found = facts(
      'Am 8. Oktober 2021 kamen in Dresden bei der Wissenschaftsplattform der polnische Ministerpräsident und der tschechische Vizeminister zusammen.',
      '2021-10-08',
    );
    expect(found.map((f) => [f.activityKind, f.partner?.iso, f.date, f.primary])).toEqual([
      ['delegation_received', 'PL', '2021-10-08', false],
      ['conference', 'PL', '2021-10-08', true],
    ]);
  });
});
