import { eq, inArray } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { operator } from '../../core/access/actor.ts';
import { parseSearchQuery } from '../../core/search/search-query.ts';
import { applyRepairs } from '../../core/sources/ocr-repair/apply-repairs.ts';
import type { OcrRepair } from '../../core/sources/ocr-repair/repair-ocr.ts';
import type { DatabaseHandle } from '../../db/client.ts';
import * as t from '../../db/schema.ts';
import { searchRegister } from '../../db/search/search-register.queries.ts';
import { createTestDatabase, engines } from '../setup/test-database.ts';

/** The seed's OCR'd strategy and cabinet press release are stored repaired, as an upload is. */
describe.each(engines)('the seeded OCR’d sources on %s', (engine) => {
  let handle: DatabaseHandle;
  beforeAll(async () => {
    handle = await createTestDatabase(engine);
  });
  afterAll(() => handle?.close());

  const OCRD = ['strategie-2025', 'pm-2025-10-29-strategie'];

  it('hold the repaired text, with the text as received and every change beside it', async () => {
    const rows = await handle.db.select().from(t.sourceDocuments).where(inArray(t.sourceDocuments.key, OCRD));
    expect(rows.map((r) => r.key).sort()).toEqual([...OCRD].sort());
    for (const row of rows) {
      expect(row.ocr).toBe(true);
      expect(row.content).toContain('Außenwirtschaft');
      expect(row.content).not.toContain('AuRenwirtschaft');
      expect(row.originalContent).toContain('AuRenwirtschaft');
      const repairs = row.repairs as OcrRepair[];
      expect(repairs).toContainEqual(
        expect.objectContaining({
          original: expect.stringMatching(/^AuRenwirtschaft/),
          repaired: expect.stringMatching(/^Außenwirtschaft/),
        }),
      );
      // Each change is marked where it stands in the text shown.
      for (const r of repairs) expect(row.content.slice(r.at, r.at + r.repaired.length)).toBe(r.repaired);
      expect(applyRepairs(row.originalContent!, repairs)).toBe(row.content);
    }
    const [lazio] = await handle.db
      .select()
      .from(t.sourceDocuments)
      .where(eq(t.sourceDocuments.key, 'pm-2021-10-04-lazio'));
    expect(lazio!.originalContent).toBeNull();
    expect(lazio!.repairs).toEqual([]);
  });

  const found = async (words: string) => {
    const parsed = parseSearchQuery(words);
    if (!parsed.ok) throw new Error('the query is valid');
    const out = await searchRegister(handle.db, operator('test'), {
      query: parsed.query,
      selection: { type: 'source' },
      page: 1,
    });
    return out.state === 'results' ? out.hits.map((h) => h.key) : [];
  };

  it('are found by the search for words the OCR damaged', async () => {
    expect(await found('Außenwirtschaft')).toContain('strategie-2025');
    expect(await found('Außenwirtschaftsbeziehungen')).toContain('pm-2025-10-29-strategie');
  });
});
