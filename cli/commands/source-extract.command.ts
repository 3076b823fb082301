import Table from 'cli-table3';
import { readFile } from 'node:fs/promises';
import type { Command } from 'commander';
import { extractFacts } from '../../core/sources/extraction/extract-facts.ts';
import { readDocument } from '../../core/sources/read-document.ts';
import type { DocumentToRead } from '../../core/sources/fact.ts';
import { AppError } from '../../core/shared/errors.ts';
import { parsePartialDate } from '../../core/shared/partial-date.ts';
import { loadGazetteer } from '../../db/sources/gazetteer.queries.ts';
import { printJson, withDatabase } from '../database.ts';

const refuse = (message: string) => new AppError('INVALID_INPUT', message);

async function readStdin(): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

/**
 * The document's text, read as the source library reads it (core/sources/read-document.ts): a
 * PDF's text layer, a DOCX, an HTML page or UTF-8 plain text, told apart by content; "-" reads
 * standard input.
 */
export async function readDocumentText(path: string): Promise<string> {
  const content =
    path === '-'
      ? await readStdin()
      : await readFile(path).catch((error: NodeJS.ErrnoException) => {
          throw refuse(
            `${path}: cannot be read (${error.code === 'ENOENT' ? 'no such file' : (error.code ?? error.message)})`,
          );
        });
  return (await readDocument({ fileName: path === '-' ? 'stdin' : path, content })).text;
}

/** --published: a real date, YYYY-MM-DD (or YYYY-MM, YYYY where only that is known). */
export function parsePublished(value: string | undefined): string | null {
  if (value === undefined) return null;
  if (!parsePartialDate(value.trim())) {
    throw refuse(`--published: "${value}" is not a date written YYYY-MM-DD (or YYYY-MM, YYYY)`);
  }
  return value.trim();
}

/** `sources extract <file|->`: the facts a document proposes, printed, nothing stored. */
export function registerSourceExtract(sources: Command) {
  sources
    .command('extract <file>')
    .description('propose the facts a document states (plain text; "-" reads stdin); prints them, stores nothing')
    .option('--json', 'print JSON: {"facts":[…]}')
    .option('--published <date>', 'date of publication, YYYY-MM-DD: "heute", "am Freitag" are read against it')
    .option('--title <title>', 'the document title')
    .action(async (file: string, options: { json?: boolean; published?: string; title?: string }) => {
      const publishedOn = parsePublished(options.published);
      const text = await readDocumentText(file);
      const document: DocumentToRead = { text, publishedOn, ...(options.title ? { title: options.title } : {}) };
      const gazetteer = await withDatabase(({ db }) => loadGazetteer(db));
      const facts = extractFacts(document, gazetteer);
      if (options.json) return printJson({ facts });
      const table = new Table({
        head: ['Fact', 'Partner', 'Date', 'Main', 'Conf.', 'Passage'],
        style: { head: [], border: [] },
        colWidths: [30, 22, 12, 6, 7, 60],
        wordWrap: true,
      });
      for (const f of facts) {
        table.push([
          f.activityKind ? `${f.type} (${f.activityKind})` : f.type,
          f.partner ? `${f.partner.name}${f.partner.iso ? ` (${f.partner.iso})` : ''}` : '–',
          f.date ?? '–',
          f.primary ? 'yes' : '',
          f.confidence.toFixed(2),
          f.quote.length > 160 ? `${f.quote.slice(0, 157)}…` : f.quote,
        ]);
      }
      process.stdout.write(`${facts.length} facts proposed\n${table.toString()}\n`);
    });
}
