import { createHash } from 'node:crypto';
import { zipf, type Random } from './rng.ts';
import { csvRow } from './sql.ts';
import { closings, connectives, sentence, topic } from './bench-vocabulary.ts';
import { benchPrefix, pad, referenceYear } from './bench-data-set.ts';
import type { GenerationStep, Org, Partnership } from './bench-reference.ts';

const documentKindWeights = {
  decision: 35,
  other: 30,
  press_release: 15,
  evaluation: 10,
  agreement_text: 10,
} as const;

/** Source documents in German, each cited by one to three activities. */
export async function generateDocuments(
  { tx, random, ref, size, rows, bar }: GenerationStep,
  partnerships: Partnership[],
  orgs: Org[],
): Promise<void> {
  const saxonOrgs = orgs.filter((o) => o.saxon);
  const organiserRank = zipf(random, saxonOrgs.length, 1.2);
  let citationId = ref.maxIds.citations;
  const docBatch = 2_000;
  for (let start = 0; start < size.documents; start += docBatch) {
    const end = Math.min(size.documents, start + docBatch);
    let dCsv = '';
    let cCsv = '';
    let citations = 0;
    for (let j = start; j < end; j++) {
      const id = ref.maxIds.source_documents + 1 + j;
      const kind = random.weighted(documentKindWeights);
      const year = referenceYear - random.int(0, size.years - 1);
      const publishedOn = `${year}-${pad(random.int(1, 12))}-${pad(random.int(1, 28))}`;
      const subject = topic(random, ref.sectorNames);
      const partnership = random.pick(partnerships);
      const title = documentTitle(random, kind, { subject, partnership, year });
      const publisher = saxonOrgs[organiserRank()]!.name;
      const paragraphs = Math.max(1, Math.round(random.logNormal(4, 0.6)));
      const text: string[] = [];
      for (let k = 0; k < paragraphs; k++) {
        const sentences = [
          sentence(random.pick(ref.measures).text),
          `${random.pick(connectives)} ${topic(random, ref.sectorNames)} mit Partnern aus ${random.pick(ref.foreignPlaces).name}.`,
          `Dies dient dem Ziel: ${random.pick(ref.goals).title}.`,
        ];
        if (random.chance(0.5)) sentences.push(random.pick(closings));
        text.push(random.sample(sentences, sentences.length).join(' '));
      }
      const content = `${title}\n\n${text.join('\n\n')}\n`;
      const sha256 = createHash('sha256').update(content).digest('hex');
      dCsv += csvRow([
        id,
        `${benchPrefix}doc-${j}`,
        `${benchPrefix}doc-${j}.txt`,
        kind,
        title,
        publisher,
        publishedOn,
        'de',
        false,
        content,
        sha256,
      ]);
      const quote = text[0]!.split(/(?<=\.) /)[0]!;
      const cited = random.int(1, 3);
      for (let k = 0; k < cited; k++) {
        const activityId = ref.maxIds.activities + 1 + random.int(0, size.activities - 1);
        cCsv += csvRow([++citationId, id, `Abschnitt ${k + 1}`, quote, 'other', activityId]);
        citations++;
      }
    }
    await tx.copyCsv(
      'source_documents',
      ['id', 'key', 'file_name', 'kind', 'title', 'publisher', 'published_on', 'language', 'ocr', 'content', 'sha256'],
      dCsv,
    );
    await tx.copyCsv('citations', ['id', 'source_document_id', 'locator', 'quote', 'claim', 'activity_id'], cCsv);
    rows.source_documents = end;
    rows.citations = (rows.citations ?? 0) + citations;
    bar.increment(end - start, { phase: 'documents' });
  }
}

function documentTitle(random: Random, kind: string, c: { subject: string; partnership: Partnership; year: number }) {
  switch (kind) {
    case 'decision':
      return `Kabinettsbeschluss zu ${c.subject} (${c.year})`;
    case 'press_release':
      return `Medieninformation: ${c.subject} – ${c.partnership.name}`;
    case 'evaluation':
      return `Evaluierungsbericht ${c.partnership.name} ${c.year}`;
    case 'agreement_text':
      return `Gemeinsame Erklärung zu ${c.subject} (${c.partnership.name})`;
    default:
      return random.pick([
        `Ergebnisvermerk der Arbeitsgruppe ${c.subject} ${c.year}`,
        `Reisebericht ${c.subject} ${c.year}`,
        `Vermerk der Staatskanzlei zu ${c.subject}`,
      ]);
  }
}
