import Table from 'cli-table3';
import { readFile } from 'node:fs/promises';
import { extname } from 'node:path';
import type { Command } from 'commander';
import { extractFacts } from '../../core/sources/extraction/extract-facts.ts';
import type { DocumentToRead } from '../../core/sources/fact.ts';
import { AppError } from '../../core/shared/errors.ts';
import { parsePartialDate } from '../../core/shared/partial-date.ts';
import { loadGazetteer } from '../../db/sources/gazetteer.queries.ts';
import { printJson, withDatabase } from '../database.ts';

/** The largest document the command reads (a long press archive page is well under it). */
const MAX_BYTES = 5 * 2 ** 20;
/** Plain text only for now; PDF, DOCX and HTML come through core/sources/reading once it lands. */
const PLAIN_TEXT = new Set(['', '.txt', '.text']);

const refuse = (message: string) => new AppError('INVALID_INPUT', message);

async function readStdin(): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

/** The document's text: the file (or stdin for "-"), UTF-8 plain text, not empty, not too large. */
export async function readDocumentText(path: string): Promise<string> {
  const name = path === '-' ? 'stdin' : path;
  if (path !== '-' && !PLAIN_TEXT.has(extname(path).toLowerCase())) {
    throw refuse(`${name}: only plain text (.txt) can be read here so far; convert the document to text first`);
  }
  const bytes =
    path === '-'
      ? await readStdin()
      : await readFile(path).catch((error: NodeJS.ErrnoException) => {
          throw refuse(
            `${name}: cannot be read (${error.code === 'ENOENT' ? 'no such file' : (error.code ?? error.message)})`,
          );
        });
  if (bytes.length > MAX_BYTES) throw refuse(`${name}: larger than ${MAX_BYTES / 2 ** 20} MiB`);
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes).replace(/^\uFEFF/, '');
  } catch {
    throw refuse(`${name}: not UTF-8 text`);
  }
  if (!text.trim()) throw refuse(`${name}: the text is empty`);
  return text;
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
