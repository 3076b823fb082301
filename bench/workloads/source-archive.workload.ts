import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Document, Packer, Paragraph, TextRun } from 'docx';
import PDFDocument from 'pdfkit';
import { operator } from '../../core/access/actor.ts';
import type { Clock } from '../../core/shared/clock.ts';
import { prepareSource } from '../../core/sources/prepare-source.ts';
import type { DatabaseHandle } from '../../db/client.ts';
import { gazetteerOnce, storeSource } from '../../db/sources/source-seams.ts';
import { within, type WorkloadOutcome } from '../bench-results.ts';
import { createRandom, type Random } from '../rng.ts';

const REGIONS = ['Niederschlesien', 'Südböhmen', 'Lazio', 'Hubei', 'Oppeln', 'Charkiw', 'Bretagne', 'Ústí', 'Liberec'];
const EVENTS = [
  'empfängt eine Delegation aus',
  'reist mit einer Wirtschaftsdelegation nach',
  'unterzeichnet eine gemeinsame Erklärung mit',
  'eröffnet die Sitzung der Arbeitsgruppe mit',
  'stellt auf der Messe gemeinsame Projekte mit',
];
const WHO = [
  'Ministerpräsident',
  'Staatsministerin für Wissenschaft',
  'Staatsminister für Wirtschaft',
  'Chef der Staatskanzlei',
];
const FIELDS = [
  'Wasserstoff',
  'Hochschulen',
  'Berufsbildung',
  'Kultur',
  'Mikroelektronik',
  'Tourismus',
  'Katastrophenschutz',
];

/** A press release of about 2,500 characters, in the register's German. */
function pressRelease(random: Random, n: number): { title: string; paragraphs: string[] } {
  const region = random.pick(REGIONS);
  const day = `${random.int(1, 28)}.${random.int(1, 12)}.${random.int(2015, 2025)}`;
  const title = `${random.pick(WHO)} ${random.pick(EVENTS)} ${region} (Nr. ${n})`;
  const paragraphs = [title, `Dresden, ${day}. Der Freistaat Sachsen und ${region} vertiefen ihre Zusammenarbeit.`];
  while (paragraphs.join('\n\n').length < 2_500)
    paragraphs.push(
      `Im Mittelpunkt standen ${random.pick(FIELDS)} und ${random.pick(FIELDS)}. ` +
        `„Die Partnerschaft mit ${region} trägt Früchte“, sagte der ${random.pick(WHO)}. ` +
        `Vereinbart wurde, die Arbeitsgruppe im kommenden Jahr erneut einzuberufen und gemeinsame Projekte zu prüfen.`,
    );
  return { title, paragraphs };
}

const pdfOf = (paragraphs: string[]) =>
  new Promise<Buffer>((resolve) => {
    const doc = new PDFDocument();
    const chunks: Buffer[] = [];
    doc.on('data', (c: Buffer) => chunks.push(c));
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    for (const p of paragraphs) doc.text(p).moveDown();
    doc.end();
  });

/** 1,000 press releases as a coordinator's archive holds them: text, HTML, DOCX and PDF files. */
export async function writeArchive(folder: string, count: number, seed: number): Promise<void> {
  const random = createRandom(seed);
  for (let n = 1; n <= count; n++) {
    const { title, paragraphs } = pressRelease(random, n);
    const name = join(folder, String(2015 + (n % 11)), `pm-${String(n).padStart(4, '0')}`);
    mkdirSync(join(name, '..'), { recursive: true });
    if (n % 20 === 0) writeFileSync(`${name}.pdf`, await pdfOf(paragraphs));
    else if (n % 20 === 1)
      writeFileSync(
        `${name}.docx`,
        await Packer.toBuffer(
          new Document({
            sections: [{ children: paragraphs.map((p) => new Paragraph({ children: [new TextRun(p)] })) }],
          }),
        ),
      );
    else if (n % 5 === 2)
      writeFileSync(
        `${name}.html`,
        `<!DOCTYPE html><html><head><title>${title}</title><script>track()</script></head><body>${paragraphs.map((p) => `<p>${p}</p>`).join('')}</body></html>`,
      );
    else writeFileSync(`${name}.txt`, paragraphs.join('\n\n'));
  }
}

/**
 * W5 (source library): a press archive of 1,000 documents added as `sources add <folder>` adds
 * it (read by content, checked, stored with its SHA-256, repair and queue seams, audit entry), one
 * transaction per document; then the same folder again, where every document is already there.
 */
export async function sourceArchiveWorkload(args: { handle: DatabaseHandle; clock: Clock }): Promise<WorkloadOutcome> {
  const folder = mkdtempSync(join(tmpdir(), 'brueckenbauer-bench-archive-'));
  const count = 1_000;
  try {
    const t0 = performance.now();
    await writeArchive(folder, count, 5);
    const generateSeconds = (performance.now() - t0) / 1000;
    const files = readdirSync(folder, { recursive: true, withFileTypes: true })
      .filter((e) => e.isFile())
      .map((e) => join(e.parentPath, e.name))
      .sort();
    const actor = operator('bench');
    const addAll = async () => {
      const outcome = { added: 0, already: 0, refused: 0 };
      // One run of `sources add` over the folder: one gazetteer for all its documents.
      const gazetteer = gazetteerOnce();
      const start = performance.now();
      for (const file of files) {
        try {
          const source = await prepareSource(
            {
              upload: { fileName: file.split('/').pop()!, content: new Uint8Array(readFileSync(file)) },
              input: { kind: 'press_release' },
            },
            args.clock.today(),
          );
          const added = await storeSource(args.handle.db, actor, args.clock.now(), source, gazetteer);
          outcome[added.status === 'added' ? 'added' : 'already']++;
        } catch {
          outcome.refused++;
        }
      }
      return { ...outcome, seconds: (performance.now() - start) / 1000 };
    };
    const first = await addAll();
    const again = await addAll();
    const line = (measure: string, s: number) => ({
      measure,
      requestsPerSecond: Math.round((count / s) * 10) / 10,
      latency: { n: 1, p50: s, p95: s, p99: s, mean: s, max: s },
      target: { text: '1,000 documents in under 60 s', withinTarget: within(s, 60) },
    });
    return {
      lines: [
        line('add an archive of 1,000 documents (s; documents per second)', Math.round(first.seconds * 100) / 100),
        line('add the same archive again: every one already there (s)', Math.round(again.seconds * 100) / 100),
      ],
      details: { files: files.length, first, again, generateSeconds: Math.round(generateSeconds * 100) / 100 },
    };
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}
