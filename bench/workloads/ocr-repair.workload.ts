import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { repairOcr } from '../../core/sources/ocr-repair/repair-ocr.ts';
import { simulateOcrDamage } from '../../core/sources/ocr-repair/simulate-ocr-damage.ts';
import { projectRoot } from '../../db/prepare.ts';
import { germanDictionary } from '../../core/sources/ocr-repair/german-dictionary.ts';

/**
 * OCR repair of a document of about 100 pages (the OCR'd strategy and correct texts damaged the
 * same way with several seeds, about 3,000 characters a page): loading the dictionary, the first
 * repair in the process (no word checked yet) and a second one (every word checked before).
 * Not yet wired into bench/run.ts: run it on its own with `node bench/workloads/ocr-repair.workload.ts`.
 */
export async function ocrRepairWorkload(): Promise<{ pages: number; loadMs: number; coldMs: number; warmMs: number }> {
  const clean = join(projectRoot, 'core/sources/ocr-repair/fixtures/clean-texts');
  const texts = readdirSync(clean).map((file) => readFileSync(join(clean, file), 'utf8'));
  const parts = [readFileSync(join(projectRoot, 'db/seed/sources/004_b48cdbbe0bfc60ca.txt'), 'utf8')];
  for (let seed = 1; parts.join('').length < 300_000; seed++) {
    parts.push(...texts.map((text) => simulateOcrDamage(text, seed).text));
  }
  const document = parts.join('\n\n');
  let start = performance.now();
  const dictionary = await germanDictionary();
  const loadMs = performance.now() - start;
  const options = { dictionary, names: [] };
  start = performance.now();
  repairOcr(document, options);
  const coldMs = performance.now() - start;
  start = performance.now();
  repairOcr(document, options);
  const warmMs = performance.now() - start;
  const round = (ms: number) => Math.round(ms);
  return {
    pages: Math.round(document.length / 3000),
    loadMs: round(loadMs),
    coldMs: round(coldMs),
    warmMs: round(warmMs),
  };
}

if (import.meta.url === `file://${process.argv[1]}`) console.log(await ocrRepairWorkload());
