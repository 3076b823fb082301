import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { gazetteerNames } from '../../core/sources/extraction/gazetteer.ts';
import { applyRepairs } from '../../core/sources/ocr-repair/apply-repairs.ts';
import { germanDictionary } from '../../core/sources/ocr-repair/german-dictionary.ts';
import { repairOcr } from '../../core/sources/ocr-repair/repair-ocr.ts';
import { gazetteerFromSeedFiles } from '../sources/gazetteer.queries.ts';
import { readDataFile } from './data-file.ts';
import { sourcesFileSchema } from './files.schemas.ts';
import { repairsFileOf } from './load-seed.ts';

const seedDir = import.meta.dirname;
const ocrd = readDataFile(join(seedDir, 'sources.yaml'), sourcesFileSchema).data.filter((s) => s.ocr);

/**
 * The seed stores its OCR'd sources repaired, from the changes kept beside each text
 * (sources/<file>.repairs.json) so that seeding need not run the repair. They are the changes the
 * repair an upload goes through makes with the register's names: `vitest -u` writes them anew
 * when the repair or the names change.
 */
describe.each(ocrd.map((s) => [s.key, s.file]))('the OCR repair of the seeded source %s', (_key, file) => {
  it('is the one an upload gets, and gives the repaired text from the text as received', async () => {
    const original = readFileSync(join(seedDir, 'sources', file), 'utf8');
    const names = gazetteerNames(gazetteerFromSeedFiles(seedDir));
    const repaired = repairOcr(original, { dictionary: await germanDictionary(), names });
    expect(repaired.damaged).toBe(true);
    expect(repaired.repairs.length).toBeGreaterThan(0);
    await expect(`${JSON.stringify(repaired.repairs, null, 2)}\n`).toMatchFileSnapshot(
      join(seedDir, 'sources', repairsFileOf(file)),
    );
    expect(applyRepairs(original, repaired.repairs)).toBe(repaired.text);
  });
});
