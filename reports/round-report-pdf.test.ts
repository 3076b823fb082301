import { extractText, getDocumentProxy, getMeta } from 'unpdf';
import { beforeAll, describe, expect, it } from 'vitest';
import { fixtureDossier } from '../dev/fixtures/round-dossier.ts';
import { roundReportPdf } from './round-report.ts';

const dossier = fixtureDossier();
const ranked = dossier.results.partnerships.filter((p) => p.rank !== null);
const nameOf = (key: string) => dossier.partnerships.find((p) => p.key === key)!.name;

/** A node of pdf.js's structure tree of a page. */
interface StructNode {
  role?: string;
  alt?: string;
  children?: StructNode[];
}

const walk = (node: StructNode | null, visit: (n: StructNode) => void): void => {
  if (!node) return;
  visit(node);
  node.children?.forEach((child) => walk(child, visit));
};

describe('the cabinet report as PDF (German)', () => {
  let pdf: Buffer;
  let pages: string[];
  let raw: string;
  beforeAll(async () => {
    pdf = await roundReportPdf(dossier, { lang: 'de', generatedOn: '2026-11-21' });
    pages = (await extractText(new Uint8Array(pdf), { mergePages: false })).text;
    raw = pdf.toString('latin1');
  });

  it('carries its title, language and tagging', async () => {
    const { info } = await getMeta(new Uint8Array(pdf));
    expect(info.Title).toBe(
      'Leitlinien-Check 2026 – Bewertung der Partnerschaften nach den Leitlinien zur Internationalen Zusammenarbeit des Freistaates Sachsen',
    );
    expect(raw).toContain('/Lang (de-DE)');
    expect(raw).toMatch(/\/MarkInfo \d+ 0 R/);
    expect(raw).toMatch(/\/Marked true/);
    expect(raw).toMatch(/\/StructTreeRoot \d+ 0 R/);
    expect(raw).toContain('/DisplayDocTitle true');
    expect(raw).toContain('/FontFile2');
    expect(raw).toMatch(/\/BaseFont \/[A-Z]{6}\+FiraSans-Regular/);
  });

  it('lists the ranking in rank order on the ranking page, German-formatted', () => {
    // Names wrap inside their cells: compare with the line breaks as spaces.
    const page = pages.find((text) => text.startsWith('Rangfolge und Robustheit'))!.replace(/\s+/g, ' ');
    const positions = ranked.map((p) => page.indexOf(nameOf(p.partnership)));
    expect(positions.every((at, i) => at > 0 && (i === 0 || at > positions[i - 1]!))).toBe(true);
    expect(page).toContain((ranked[0]!.score! * 100).toFixed(1).replace('.', ','));
    expect(page).toContain('Regionalpartnerschaft Sachsen – Québec: ohne Rang');
  });

  it('repeats a table header row on the next page and numbers every page', () => {
    const header = 'Grundlage in den Leitlinien';
    expect(pages.filter((text) => text.includes(header)).length).toBeGreaterThan(1);
    pages.forEach((text, i) => expect(text).toContain(`Seite ${i + 1} von ${pages.length}`));
  });

  it('tags charts as figures with their alternative text, and tables with header cells', async () => {
    const document = await getDocumentProxy(new Uint8Array(pdf));
    const roles = new Map<string, number>();
    const alts: string[] = [];
    for (let i = 1; i <= document.numPages; i++) {
      const tree = (await (await document.getPage(i)).getStructTree()) as StructNode | null;
      walk(tree, (n) => {
        if (n.role) roles.set(n.role, (roles.get(n.role) ?? 0) + 1);
        if (n.role === 'Figure' && n.alt) alts.push(n.alt);
      });
    }
    expect(alts).toHaveLength(1 + dossier.partnerships.length);
    expect(alts[0]).toMatch(/^Gestapelte Balken: für jede der 12 Partnerschaften mit Rang/);
    expect(alts.some((a) => a.startsWith('Balkendiagramm: für Regionalpartnerschaft Sachsen – Latium'))).toBe(true);
    for (const role of ['H1', 'H2', 'H3', 'H4', 'P', 'L', 'LI', 'Table', 'TH', 'TD', 'Caption'])
      expect(roles.get(role)).toBeGreaterThan(0);
    expect(roles.get('H1')).toBe(1);
  });
});

describe('the cabinet report as PDF (English)', () => {
  it('is written in English with English names, numbers and dates', async () => {
    const pdf = await roundReportPdf(dossier, { lang: 'en', generatedOn: '2026-11-21' });
    const { text } = await extractText(new Uint8Array(pdf), { mergePages: true });
    expect(pdf.toString('latin1')).toContain('/Lang (en-GB)');
    expect(text).toContain('Ranking and robustness');
    expect(text).toContain('Regional partnership Saxony – Lower Silesia');
    expect(text).toContain('closed on 15 June 2026');
    expect(text).toContain(`${(ranked[0]!.score! * 100).toFixed(1)} points`);
    expect(text).toMatch(/Page 1 of \d+/);
  });
});
