import { createHash } from 'node:crypto';
import { beforeAll, describe, expect, it } from 'vitest';
import type { ExtractedFact } from '../../core/sources/fact.ts';
import { queueCandidates } from '../../db/review/queue-candidates.ts';
import * as t from '../../db/schema.ts';
import { pathOf, useE2E } from '../support/e2e.ts';
import { testClock } from '../support/clock.ts';
import type { TestUser } from '../support/users.ts';

const TEXT = `Medieninformation

Sachsen und Québec vereinbaren Zusammenarbeit

Québec (12. Mai 2025) – Sachsen und Québec haben heute eine Absichtserklärung zur Zusammenarbeit in der Forschung unterzeichnet.`;
const QUOTE =
  'Sachsen und Québec haben heute eine Absichtserklärung zur Zusammenarbeit in der Forschung unterzeichnet.';

/** Each mode gets its own server: the candidate is accepted once in each. */
describe.each([true, false])('the review queue (JavaScript: %s)', (javaScript) => {
  const e2e = useE2E();
  const { mode, open, scanAndShoot, pageErrors } = e2e.modes()[javaScript ? 0 : 1];
  const tag = javaScript ? 'js' : 'nojs';
  let coordinator: TestUser;

  beforeAll(async () => {
    coordinator = await e2e.user('coordinator', 'SK');
    const db = e2e.server.handle.db;
    const [doc] = await db
      .insert(t.sourceDocuments)
      .values({
        key: 'test-pm-quebec',
        fileName: 'test-pm-quebec.txt',
        kind: 'press_release',
        title: 'Sachsen und Québec vereinbaren Zusammenarbeit',
        publisher: 'Test',
        publishedOn: '2025-05-12',
        language: 'de',
        content: TEXT,
        sha256: createHash('sha256').update(TEXT).digest('hex'),
      })
      .returning({ id: t.sourceDocuments.id });
    const fact: ExtractedFact = {
      type: 'agreement_signed',
      partner: { iso: 'CA-QC', name: 'Québec' },
      date: '2025-05-12',
      endDate: null,
      quote: QUOTE,
      confidence: 0.8,
      agreementKind: 'Absichtserklärung',
      title: 'Absichtserklärung Sachsen – Québec',
    };
    await db.transaction((tx) => queueCandidates(tx, doc!.id, [fact], testClock.now()));
  });

  it(`lets a coordinator review a candidate and accept it onto the partnership page ${mode}`, async () => {
    const page = await open(coordinator);
    await page.goto(e2e.url());
    await page.getByRole('navigation', { name: 'Hauptnavigation' }).getByRole('link', { name: 'Prüfung' }).click();
    await expect.poll(() => pathOf(page)).toBe('/pruefung');
    await scanAndShoot(page, `review-queue-${tag}`);
    await page.getByRole('link', { name: /^Vereinbarung unterzeichnet: Québec/ }).click();
    await expect.poll(() => pathOf(page)).toMatch(/^\/pruefung\/\d+$/);
    expect(await page.locator('mark').innerText()).toBe(QUOTE);
    await page.getByLabel('Datum (Beginn)').fill('2025-13');
    await page.getByRole('button', { name: 'Korrektur speichern' }).click();
    const error = page.locator('#candidate-date-error');
    await expect.poll(() => error.innerText()).toBe('Bitte ein Datum als JJJJ, JJJJ-MM oder JJJJ-MM-TT angeben.');
    await scanAndShoot(page, `review-candidate-error-${tag}`);
    await page.getByLabel('Datum (Beginn)').fill('2025-05-12');
    await page.getByRole('button', { name: 'Korrektur speichern' }).click();
    await expect.poll(() => new URL(page.url()).searchParams.has('korrigiert')).toBe(true);
    await page.getByRole('button', { name: 'Annehmen: ins Register übernehmen' }).click();
    await expect.poll(() => new URL(page.url()).searchParams.has('entschieden')).toBe(true);
    await scanAndShoot(page, `review-candidate-decided-${tag}`);
    await page.goto(e2e.url('/partnerschaften/quebec'));
    expect(await page.locator('main').innerText()).toContain('Absichtserklärung Sachsen – Québec');
    await page.goto(e2e.url('/pruefung?lang=en'));
    await scanAndShoot(page, `review-queue-en-${tag}`);
    expect(pageErrors).toEqual([]);
  });
});
