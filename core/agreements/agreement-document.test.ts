import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { docxDocument, pdfDocument, windowsProgram, xlsxDocument, zipArchive } from '../../tests/support/documents.ts';
import { checkDocumentFile, MAX_DOCUMENT_BYTES } from './agreement-document.ts';

const refused = (fileName: string, content: Uint8Array) =>
  checkDocumentFile({ fileName, content }).then(
    () => 'accepted',
    (e: { issues: { message: string }[] }) => e.issues[0]!.message,
  );

describe('a document checked by its content', () => {
  it('accepts a PDF and a DOCX, with type, size and SHA-256, and drops a folder the browser sends', async () => {
    const pdf = pdfDocument('MoU');
    expect(await checkDocumentFile({ fileName: 'C:\\fakepath\\MoU.PDF', content: pdf })).toMatchObject({
      fileName: 'MoU.PDF',
      mediaType: 'application/pdf',
      sizeBytes: pdf.length,
      sha256: createHash('sha256').update(pdf).digest('hex'),
    });
    expect((await checkDocumentFile({ fileName: 'mou.docx', content: docxDocument('MoU') })).mediaType).toBe(
      'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    );
  });

  it('refuses a program named .pdf, a spreadsheet or a plain ZIP named .docx, text, and a mismatched name', async () => {
    const type = 'is neither a PDF nor a Word document (DOCX)';
    expect(await refused('vertrag.pdf', windowsProgram())).toBe(type);
    expect(await refused('vertrag.docx', xlsxDocument())).toBe(type);
    expect(await refused('vertrag.docx', zipArchive({ 'word/document.xml': '<w:document/>' }))).toBe(type);
    expect(await refused('vertrag.pdf', Buffer.from('%PD nicht ganz'))).toBe(type);
    expect(await refused('vertrag.docx', pdfDocument('MoU'))).toBe(
      'has a name whose extension does not match its content',
    );
    expect(await refused('vertrag', pdfDocument('MoU'))).toBe('has a name whose extension does not match its content');
  });

  it('refuses an empty file and one over 20 MiB, and a name with control characters', async () => {
    expect(await refused('leer.pdf', new Uint8Array())).toBe('choose a file');
    expect(await refused('', pdfDocument('x'))).toBe('choose a file');
    const justTooLarge = Buffer.concat([pdfDocument('x')]);
    const big = Buffer.alloc(MAX_DOCUMENT_BYTES + 1);
    justTooLarge.copy(big);
    expect(await refused('gross.pdf', big)).toBe('is larger than the limit of 20 MiB');
    const limit = Buffer.alloc(MAX_DOCUMENT_BYTES);
    justTooLarge.copy(limit);
    expect(await refused('genau.pdf', limit)).toBe('accepted');
    for (const name of ['mou\u0000.pdf', 'Vertrag\u202efdp.exe.pdf', 'mou\u200b.pdf'])
      expect(await refused(name, pdfDocument('x'))).toBe(
        'has a name that is too long or contains control or invisible characters',
      );
  });
});
