import { DOMParser, type Element } from '@xmldom/xmldom';
import JSZip from 'jszip';
import mammoth from 'mammoth';
import { beforeAll, describe, expect, it } from 'vitest';
import { fixtureDossier } from '../dev/fixtures/round-dossier.ts';
import { roundReportDocx } from './round-report.ts';

const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';
const dossier = fixtureDossier();
const rankedNames = (lang: 'de' | 'en') =>
  dossier.results.partnerships
    .filter((p) => p.rank !== null)
    .map((p) => dossier.partnerships.find((x) => x.key === p.partnership)!)
    .map((p) => (lang === 'de' ? p.name : p.nameEn));

interface Unzipped {
  zip: JSZip;
  document: Document;
  documentXml: string;
  text: (name: string) => Promise<string>;
}

async function unzip(buffer: Buffer): Promise<Unzipped> {
  const zip = await JSZip.loadAsync(buffer);
  const text = (name: string) => zip.file(name)!.async('string');
  const documentXml = await text('word/document.xml');
  const document = new DOMParser().parseFromString(documentXml, 'application/xml') as unknown as Document;
  return { zip, document, documentXml, text };
}

const all = (node: Document | Element | globalThis.Element, name: string) =>
  Array.from((node as globalThis.Element).getElementsByTagNameNS(W, name));
const textOf = (node: globalThis.Element) =>
  all(node, 't')
    .map((t) => t.textContent)
    .join('');

describe('the cabinet report as DOCX (German)', () => {
  let docx: Buffer;
  let unzipped: Unzipped;
  beforeAll(async () => {
    docx = await roundReportDocx(dossier, { lang: 'de', generatedOn: '2026-11-21' });
    unzipped = await unzip(docx);
  });

  it('uses real heading styles for the title, the sections and the partnerships', () => {
    const styles = all(unzipped.document, 'pStyle').map((s) => s.getAttributeNS(W, 'val'));
    expect(styles).toContain('Title');
    const headings = (level: number) =>
      all(unzipped.document, 'p')
        .filter((p) => all(p, 'pStyle')[0]?.getAttributeNS(W, 'val') === `Heading${level}`)
        .map(textOf);
    expect(headings(1)).toEqual([
      'Zusammenfassung',
      'Methode',
      'Kriterien und Gewichte',
      'Rangfolge und Robustheit',
      'Übereinstimmung der Bewertenden je Kriterium',
      'Vergleich mit der vorherigen Runde',
      'Die Partnerschaften im Einzelnen',
      'Empfehlungen im Überblick',
    ]);
    expect(headings(2)).toEqual(expect.arrayContaining(dossier.partnerships.map((p) => p.name)));
    expect(headings(3)).toContain('Begründungen der Ressorts');
  });

  it('marks the header row of every table to repeat on each page', () => {
    const tables = all(unzipped.document, 'tbl');
    expect(tables.length).toBeGreaterThan(dossier.partnerships.length * 2);
    // <w:tblHeader/> is on; with w:val "off", "false" or "0" it is written but off.
    const repeats = (row: globalThis.Element) =>
      all(row, 'tblHeader').some((h) => !['off', 'false', '0'].includes(h.getAttributeNS(W, 'val') ?? ''));
    for (const table of tables) {
      const [header, ...rows] = all(table, 'tr');
      expect(repeats(header!)).toBe(true);
      for (const row of rows) expect(repeats(row)).toBe(false);
    }
  });

  it('sets the document language on the default run style and the core properties', async () => {
    const styles = await unzipped.text('word/styles.xml');
    expect(styles).toMatch(/<w:rPrDefault>.*<w:lang w:val="de-DE"\/>.*<\/w:rPrDefault>/s);
    const core = await unzipped.text('docProps/core.xml');
    expect(core).toContain('<dc:title>Leitlinien-Check 2026 – Bewertung der Partnerschaften');
    expect(core).toContain('<dc:subject>Bericht zur Bewertung der Partnerschaften');
    expect(core).toContain('<dc:creator>Brückenbauer – Sächsische Staatskanzlei</dc:creator>');
  });

  it('gives every chart a title and a real alternative text', () => {
    const drawings = unzipped.documentXml.match(/<wp:docPr [^>]*>/g) ?? [];
    // The rank chart and one criteria profile per partnership.
    expect(drawings).toHaveLength(1 + dossier.partnerships.length);
    for (const d of drawings) {
      expect(d).toMatch(/ descr="[^"]{80,}"/);
      expect(d).toMatch(/ title="[^"]+"/);
    }
    expect(drawings[0]).toContain('descr="Gestapelte Balken: für jede der 12 Partnerschaften mit Rang');
    const images = Object.keys(unzipped.zip.files).filter((f) => f.startsWith('word/media/') && f.endsWith('.png'));
    expect(images).toHaveLength(drawings.length);
  });

  it('lists the ranking in rank order, German-formatted, and the incomplete partnership without a rank', () => {
    const table = all(unzipped.document, 'tbl').find((t) => textOf(all(t, 'tr')[0]!).startsWith('RangPartnerschaft'))!;
    const rows = all(table, 'tr').slice(1);
    expect(rows.map((r) => textOf(all(r, 'tc')[1]!))).toEqual(rankedNames('de'));
    expect(rows.map((r) => textOf(all(r, 'tc')[2]!))).toEqual(
      dossier.results.partnerships
        .filter((p) => p.rank !== null)
        .map((p) => (p.score! * 100).toFixed(1).replace('.', ',')),
    );
    expect(textOf(table)).not.toContain('Québec');
    expect(unzipped.documentXml).toContain(
      'Regionalpartnerschaft Sachsen – Québec: ohne Rang, nicht bewertet wurde „Kosteneffizienz“.',
    );
    expect(unzipped.documentXml).toContain('abgeschlossen am 15.06.2026');
  });

  it('embeds Fira Sans, so it looks the same where the font is not installed', async () => {
    expect(Object.keys(unzipped.zip.files).filter((f) => f.startsWith('word/fonts/'))).toHaveLength(3);
    expect(await unzipped.text('word/fontTable.xml')).toContain('w:embedRegular');
  });

  it('opens in an independent reader with its headings and tables', async () => {
    const { value: html } = await mammoth.convertToHtml({ buffer: docx });
    expect(html).toContain('<h1>Zusammenfassung</h1>');
    expect(html).toContain('<h2>Regionalpartnerschaft Sachsen – Latium</h2>');
    const order = rankedNames('de').map((name) => html.indexOf(`<td><p>${name}</p></td>`));
    expect(order.every((at, i) => at > 0 && (i === 0 || at > order[i - 1]!))).toBe(true);
  });
});

describe('the cabinet report as DOCX (English)', () => {
  it('is complete in English: language, headings, names and numbers', async () => {
    const buffer = await roundReportDocx(dossier, { lang: 'en', generatedOn: '2026-11-21' });
    const { text, documentXml } = await unzip(buffer);
    expect(await text('word/styles.xml')).toContain('<w:lang w:val="en-GB"/>');
    expect(documentXml).toContain('Ranking and robustness');
    expect(documentXml).toContain('Regional partnership Saxony – Lower Silesia');
    expect(documentXml).toContain('closed on 15 June 2026');
    expect(documentXml).not.toMatch(/Rangfolge|Begründung|Empfehlung/);
  });
});
