import { readdir, readFile, stat } from 'node:fs/promises';
import { basename, join, relative } from 'node:path';
import { userInfo } from 'node:os';
import { SingleBar, Presets } from 'cli-progress';
import { Option, type Command } from 'commander';
import { operator } from '../../core/access/actor.ts';
import type { AddedSource } from '../../core/sources/add-source-document.ts';
import { prepareSource } from '../../core/sources/prepare-source.ts';
import { MAX_SOURCE_BYTES } from '../../core/sources/read-document.ts';
import type { SourceInput } from '../../core/sources/source-input.ts';
import { libraryKinds } from '../../core/sources/source-kinds.ts';
import { AppError } from '../../core/shared/errors.ts';
import { visibilities } from '../../core/shared/vocabulary.ts';
import { gazetteerOnce, storeSource } from '../../db/sources/source-seams.ts';
import { findVisibleSources, getVisibleSource } from '../../db/sources/sources.queries.ts';
import { printJson, withDatabase } from '../database.ts';
import { registerSourceExtract } from './source-extract.command.ts';

interface AddOptions {
  title?: string;
  publisher?: string;
  published?: string;
  kind?: string;
  url?: string;
  language?: string;
  visibility?: string;
}

/** Every file under the given paths (folders read recursively, hidden files left out), in a stable order. */
async function filesOf(paths: string[]): Promise<string[]> {
  const out: string[] = [];
  for (const path of paths) {
    const info = await stat(path).catch((error: NodeJS.ErrnoException) => {
      throw new AppError('INVALID_INPUT', `${path}: cannot be read (${error.code ?? error.message})`);
    });
    if (!info.isDirectory()) {
      out.push(path);
      continue;
    }
    const entries = await readdir(path, { recursive: true, withFileTypes: true });
    out.push(
      ...entries
        .filter((e) => e.isFile() && !e.name.startsWith('.'))
        .map((e) => join(e.parentPath, e.name))
        .filter(
          (f) =>
            !relative(path, f)
              .split('/')
              .some((part) => part.startsWith('.')),
        )
        .sort(),
    );
  }
  return out;
}

async function readStdin(): Promise<Uint8Array> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of process.stdin as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > MAX_SOURCE_BYTES) throw new AppError('INVALID_INPUT', 'stdin: is larger than the limit of 20 MiB');
    chunks.push(chunk);
  }
  return new Uint8Array(Buffer.concat(chunks));
}

/** "1 candidate queued", "3 candidates queued". */
const queuedText = (n: number) => `${n} ${n === 1 ? 'candidate' : 'candidates'} queued`;

const line = (name: string, added: AddedSource) =>
  added.status === 'added'
    ? `${added.key}\tadded from ${name}; ${queuedText(added.candidates)}${added.repaired ? `; ${added.repairs} repairs` : ''}`
    : `${added.key}\talready in the library (${name} is the same document); ${queuedText(0)}`;

export function registerSourceCommands(program: Command) {
  const sources = program.command('sources').description('the source library: documents the register rests on');

  sources
    .command('add <paths...>')
    .description(
      'add documents (PDF with a text layer, DOCX, HTML, plain text) from files, folders (a press archive) or - (standard input); stores each, queues its candidate facts, and prints its key',
    )
    .option('--title <title>', 'title (default: the document’s own title or first line)')
    .option('--publisher <publisher>', 'who published it')
    .option('--published <date>', 'date of publication: YYYY, YYYY-MM or YYYY-MM-DD')
    .addOption(new Option('--kind <kind>', 'kind of document').choices(libraryKinds))
    .option('--url <url>', 'where it was published')
    .option('--language <code>', 'language (ISO 639-1: de, en, cs, pl …; default: recognised from the text)')
    .addOption(new Option('--visibility <visibility>', 'who may see it').choices(visibilities).default('public'))
    .action(async (paths: string[], options: AddOptions) => {
      const input: SourceInput = {
        title: options.title ?? '',
        publisher: options.publisher ?? '',
        publishedOn: options.published ?? '',
        kind: options.kind ?? '',
        url: options.url ?? '',
        language: options.language ?? '',
        visibility: options.visibility ?? '',
      };
      const actor = operator(userInfo().username);
      const stdin = paths.includes('-');
      const files = await filesOf(paths.filter((p) => p !== '-'));
      const single = files.length + (stdin ? 1 : 0) === 1 && !(await isFolder(paths));
      await withDatabase(async ({ db, clock }) => {
        const gazetteer = gazetteerOnce();
        const add = async (name: string, content: Uint8Array) => {
          const source = await prepareSource({ upload: { fileName: name, content }, input }, clock.today());
          return storeSource(db, actor, clock.now(), source, gazetteer);
        };
        if (single) {
          const [name, content] = stdin ? ['', await readStdin()] : [basename(files[0]!), await readFile(files[0]!)];
          const added = await add(name, new Uint8Array(content)).catch((error: unknown) => {
            if (error instanceof AppError && error.code === 'INVALID_INPUT' && name && !error.message.includes(name))
              throw new AppError('INVALID_INPUT', `${name}: ${error.message}`, error.issues);
            throw error;
          });
          process.stdout.write(`${line(name || 'standard input', added)}\n`);
          return;
        }
        const summary = { added: 0, already: 0, candidates: 0, refused: [] as string[] };
        const bar = new SingleBar(
          { format: 'adding {bar} {value}/{total} {file}', stream: process.stderr, noTTYOutput: false },
          Presets.shades_classic,
        );
        bar.start(files.length + (stdin ? 1 : 0), 0, { file: '' });
        const entries: [string, () => Promise<Uint8Array>][] = [
          ...(stdin ? [['-', readStdin] as [string, () => Promise<Uint8Array>]] : []),
          ...files.map((f): [string, () => Promise<Uint8Array>] => [f, async () => new Uint8Array(await readFile(f))]),
        ];
        for (const [path, read] of entries) {
          bar.update({ file: basename(path) });
          try {
            const added = await add(path === '-' ? '' : basename(path), await read());
            if (added.status === 'added') {
              summary.added++;
              summary.candidates += added.candidates;
            } else summary.already++;
            process.stdout.write(`${line(path, added)}\n`);
          } catch (error) {
            if (!(error instanceof AppError) || error.code !== 'INVALID_INPUT') throw error;
            summary.refused.push(`${path}: ${error.message}`);
          }
          bar.increment();
        }
        bar.stop();
        process.stdout.write(
          [
            `${summary.added} added, ${summary.already} already in the library, ${summary.refused.length} refused; ${queuedText(summary.candidates)}`,
            ...summary.refused.map((r) => `  refused ${r}`),
          ].join('\n') + '\n',
        );
        if (summary.refused.length) process.exitCode = 1;
      });
    });

  sources
    .command('show <key>')
    .description('one document: metadata, text (repaired where repaired) and the text as received')
    .option('--json', 'print JSON')
    .action(async (key: string, options: { json?: boolean }) => {
      const actor = operator(userInfo().username);
      const doc = await withDatabase(({ db }) => getVisibleSource(db, actor, key));
      if (options.json) return printJson(doc);
      process.stdout.write(
        [
          doc.title,
          `key: ${doc.key}   kind: ${doc.kind}   published: ${doc.publishedOn ?? 'unknown'}   language: ${doc.language}   visibility: ${doc.visibility}`,
          `publisher: ${doc.publisher ?? '–'}   file: ${doc.fileName} (${doc.mediaType})   SHA-256: ${doc.sha256}`,
          doc.url ? `url: ${doc.url}` : null,
          `candidates: ${doc.candidates.open} open, ${doc.candidates.accepted} accepted, ${doc.candidates.merged} merged, ${doc.candidates.rejected} rejected`,
          `cited ${doc.citations.length} times${doc.repaired ? `; ${doc.repairs.length} repairs (the text as received: --json, originalText)` : ''}`,
          '',
          doc.text,
        ]
          .filter((l) => l !== null)
          .join('\n') + '\n',
      );
    });

  sources
    .command('list')
    .description('the documents of the library, newest publication first')
    .addOption(new Option('--kind <kind>', 'only this kind').choices(['strategy', ...libraryKinds]))
    .option('--year <year>', 'only those published in this year')
    .option('--json', 'print JSON')
    .action(async (options: { kind?: (typeof libraryKinds)[number]; year?: string; json?: boolean }) => {
      const actor = operator(userInfo().username);
      const filter = {
        page: 1,
        ...(options.kind ? { kind: options.kind } : {}),
        ...(options.year ? { year: options.year } : {}),
      };
      const found = await withDatabase(({ db }) => findVisibleSources(db, actor, filter, 1_000_000));
      if (options.json) return printJson({ items: found.rows, total: found.total });
      for (const s of found.rows)
        process.stdout.write(`${s.key}\t${s.publishedOn ?? 'undated'}\t${s.kind}\t${s.title}\n`);
      process.stdout.write(`${found.total} documents\n`);
    });

  // `sources extract` reads one document and prints its candidate facts, storing nothing.
  registerSourceExtract(sources);
}

async function isFolder(paths: string[]): Promise<boolean> {
  for (const p of paths) if (p !== '-' && (await stat(p)).isDirectory()) return true;
  return false;
}
