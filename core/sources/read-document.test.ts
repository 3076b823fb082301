import { Document, Packer, Paragraph, TextRun } from 'docx';
import PDFDocument from 'pdfkit';
import { describe, expect, it } from 'vitest';
import { AppError } from '../shared/errors.ts';
import { MAX_SOURCE_BYTES, readDocument, readPastedText } from './read-document.ts';
import { sourceKeyBase } from './source-key.ts';
import { detectLanguage, sourceInputIssues } from './source-input.ts';

/** A real PDF made with pdfkit: its text layer, or only a drawing (an image-only scan), or encrypted. */
const pdf = (draw: (doc: PDFKit.PDFDocument) => void, options: PDFKit.PDFDocumentOptions = {}) =>
  new Promise<Uint8Array>((resolve) => {
    const doc = new PDFDocument(options);
    const chunks: Buffer[] = [];
    doc.on('data', (c: Buffer) => chunks.push(c));
    doc.on('end', () => resolve(new Uint8Array(Buffer.concat(chunks))));
    draw(doc);
    doc.end();
  });

const docx = async (paragraphs: string[]) =>
  new Uint8Array(
    await Packer.toBuffer(
      new Document({ sections: [{ children: paragraphs.map((p) => new Paragraph({ children: [new TextRun(p)] })) }] }),
    ),
  );

const refusal = async (work: Promise<unknown>) => {
  const error = await work.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(AppError);
  return error as AppError;
};

const LAZIO = 'Sachsen und die italienische Region Latium erneuern ihre Regionalpartnerschaft für fünf Jahre.';

describe('reading a document by its content', () => {
  it('reads the text layer of a PDF, page by page', async () => {
    const file = await pdf((d) => {
      d.text(LAZIO);
      d.addPage().text('Die Arbeitsgruppe tagt jährlich.');
    });
    const doc = await readDocument({ fileName: 'pm-lazio.pdf', content: file });
    expect(doc).toMatchObject({ format: 'pdf', mediaType: 'application/pdf', fileName: 'pm-lazio.pdf' });
    // pdfkit wraps the long line; the pages stay apart.
    const [first, second] = doc.text.split('\n\n');
    expect(first!.replace(/\s+/g, ' ')).toBe(LAZIO);
    expect(second).toBe('Die Arbeitsgruppe tagt jährlich.');
    expect(doc.sha256).toMatch(/^[0-9a-f]{64}$/);
  });

  it('says an image-only PDF has no text layer, and an encrypted one is encrypted', async () => {
    const scan = await pdf((d) => d.rect(50, 50, 300, 400).fill('#333'));
    expect((await refusal(readDocument({ fileName: 'scan.pdf', content: scan }))).issues).toEqual([
      expect.objectContaining({ field: 'file', code: 'noTextLayer' }),
    ]);
    const locked = await pdf((d) => d.text(LAZIO), { userPassword: 'geheim', ownerPassword: 'geheimer' });
    const error = await refusal(readDocument({ fileName: 'locked.pdf', content: locked }));
    expect(error.message).toBe('file: "locked.pdf" is an encrypted PDF: its text cannot be read');
  });

  it('reads a Word document (docx) paragraph by paragraph', async () => {
    const doc = await readDocument({ fileName: 'mou.docx', content: await docx(['Memorandum', LAZIO]) });
    expect(doc).toMatchObject({ format: 'docx', text: `Memorandum\n\n${LAZIO}` });
  });

  it('reads HTML without its scripts, styles, images or link targets, and takes its title', async () => {
    const html =
      '<!DOCTYPE html><html><head><title>Medieninformation  Lazio</title><style>p{color:red}</style>' +
      '<script>fetch("https://example.org/x")</script></head><body><nav>Menü</nav><h1>Lazio</h1>' +
      `<p>${LAZIO} <a href="https://example.org/mehr">Mehr</a></p><img src="https://example.org/x.png" alt="Bild"></body></html>`;
    const doc = await readDocument({ fileName: 'pm.html', content: new TextEncoder().encode(html) });
    expect(doc).toMatchObject({ format: 'html', ownTitle: 'Medieninformation Lazio', text: `Lazio\n\n${LAZIO} Mehr` });
  });

  it('refuses a file whose extension lies about its content', async () => {
    const word = await docx([LAZIO]);
    const error = await refusal(readDocument({ fileName: 'vertrag.pdf', content: word }));
    expect(error.message).toBe(
      'file: "vertrag.pdf" has a name whose extension does not match its content (the content is a Word document)',
    );
    const text = new TextEncoder().encode(LAZIO);
    expect((await refusal(readDocument({ fileName: 'pm.docx', content: text }))).issues[0]!.code).toBe('extension');
    expect((await readDocument({ fileName: 'pm', content: text })).format).toBe('text');
  });

  it('refuses other formats, binary data, empty and oversized files, naming the file', async () => {
    const png = Uint8Array.from(Buffer.from('89504e470d0a1a0a0000000d49484452', 'hex'));
    expect((await refusal(readDocument({ fileName: 'x.png', content: png }))).issues[0]!.code).toBe('type');
    const latin1 = Uint8Array.from([0x53, 0x61, 0x63, 0x68, 0x73, 0x65, 0x6e, 0xe4, 0x00]);
    expect((await refusal(readDocument({ fileName: 'x.txt', content: latin1 }))).issues[0]!.code).toBe('encoding');
    expect((await refusal(readDocument({ fileName: 'leer.txt', content: new Uint8Array() }))).message).toBe(
      'file: "leer.txt" contains no text',
    );
    const spaces = new TextEncoder().encode(' \n\t ');
    expect((await refusal(readDocument({ fileName: 'leer.txt', content: spaces }))).issues[0]!.code).toBe('empty');
    const big = new Uint8Array(MAX_SOURCE_BYTES + 1).fill(0x61);
    expect((await refusal(readDocument({ fileName: 'gross.txt', content: big }))).issues[0]!.code).toBe('tooLarge');
  });

  it('reads pasted text with its line breaks normalised, so the same text pasted twice has one SHA-256', () => {
    const a = readPastedText(`${LAZIO}\r\nZweite Zeile\r\n`);
    const b = readPastedText(`\uFEFF${LAZIO}\nZweite Zeile`);
    expect(a.text).toBe(`${LAZIO}\nZweite Zeile`);
    expect(a.sha256).toBe(b.sha256);
  });
});

describe('the metadata of a document', () => {
  it('checks the date with its precision, the kind, the address and the language', () => {
    expect(sourceInputIssues({ publishedOn: '2021-10' }, '2026-11-21').issues).toEqual([]);
    const { issues } = sourceInputIssues(
      { publishedOn: '2021-02-30', kind: 'memo', url: 'file:///etc/passwd', language: 'xx', visibility: 'secret' },
      '2026-11-21',
    );
    expect(issues.map((i) => i.field).sort()).toEqual(['kind', 'language', 'publishedOn', 'url', 'visibility']);
    expect(sourceInputIssues({ kind: 'strategy' }, '2026-11-21').issues[0]!.message).toMatch(/data files/);
  });

  it('recognises German and English text, and not a few words', () => {
    expect(detectLanguage(LAZIO)).toBe('de');
    expect(
      detectLanguage('Saxony and the Italian region of Lazio renew their regional partnership for five years.'),
    ).toBe('en');
    expect(detectLanguage('Lazio 2021')).toBeNull();
  });

  it('derives a key in the style of the seeded sources', () => {
    expect(
      sourceKeyBase({
        kind: 'press_release',
        publishedOn: '2021-10-04',
        title: 'Sachsen und Lazio erneuern ihre Partnerschaft',
      }),
    ).toBe('pm-2021-10-04-lazio-erneuern-partnerschaft');
    expect(
      sourceKeyBase({ kind: 'parliamentary_paper', publishedOn: null, title: 'Kleine Anfrage: Büro in Prag' }),
    ).toBe('drucksache-ohne-datum-kleine-anfrage-buero');
  });
});
