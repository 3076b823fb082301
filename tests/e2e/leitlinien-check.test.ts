import { readFile } from 'node:fs/promises';
import mammoth from 'mammoth';
import { beforeAll, describe, expect, it } from 'vitest';
import { operator } from '../../core/access/actor.ts';
import { createRound, removeCriterion, setRoundParticipants, startScoring } from '../../core/rounds/round-use-cases.ts';
import { readRoundDossier } from '../../db/rounds/round-dossier.queries.ts';
import { readRound } from '../../db/rounds/rounds.queries.ts';
import { withRoundStore } from '../../db/rounds/round.store.ts';
import { pathOf, useE2E } from '../support/e2e.ts';
import type { TestUser } from '../support/users.ts';
import { testClock } from '../support/clock.ts';

/**
 * The Leitlinien-Check end to end: three assessors of different ministries score every partnership
 * of a round in the browser, the coordinator ends scoring, adopts the drafted recommendations,
 * closes the round and downloads the cabinet report, whose DOCX holds the ranking in rank order.
 */
const e2e = useE2E();
const SCOPE = ['lazio', 'charkiw', 'quebec'];
const CRITERIA = ['ziel-z4', 'intensitaet', 'politischer-rahmen'];
/** Each ministry's scores per partnership, on the criteria in the order above. */
const SCORES: Record<string, Record<string, number[]>> = {
  smwk: { lazio: [3, 2, 4], charkiw: [4, 3, 3], quebec: [1, 1, 4] },
  smwa: { lazio: [3, 3, 4], charkiw: [3, 4, 3], quebec: [2, 1, 3] },
  smi: { lazio: [2, 2, 4], charkiw: [4, 4, 2], quebec: [1, 0, 4] },
};

let coordinator: TestUser;
const assessors: Record<string, TestUser> = {};

const ahead = () => {
  const day = new Date(`${testClock.today()}T12:00:00Z`);
  day.setUTCDate(day.getUTCDate() + 30);
  return day.toISOString().slice(0, 10);
};

/** A round in scoring on three partnerships and three criteria, set up as a coordinator would. */
async function openRound(key: string) {
  const db = e2e.server.handle.db;
  const actor = operator('e2e');
  const run = <T>(work: Parameters<typeof withRoundStore<T>>[2]) => withRoundStore(db, testClock.now(), work);
  await run((store) =>
    createRound({
      store,
      actor,
      today: testClock.today(),
      seed: () => 2026,
      input: {
        key,
        name: `Leitlinien-Check ${key}`,
        occasion: 'cabinet_decision',
        periodFrom: '2022-01-01',
        periodTo: '2025-12-31',
        scoringDeadline: ahead(),
        partnerships: SCOPE,
        ministries: Object.keys(SCORES),
      },
    }),
  );
  const round = (await readRound(db, key))!;
  for (const c of round.criteria.filter((c) => !CRITERIA.includes(c.key)))
    await run((store) => removeCriterion({ store, actor, key, criterion: c.key }));
  await run((store) =>
    setRoundParticipants({
      store,
      actor,
      key,
      input: { ministries: Object.keys(SCORES), assessors: Object.values(assessors).map((a) => a.id) },
    }),
  );
  await run((store) => startScoring({ store, actor, key, now: testClock.now() }));
}

beforeAll(async () => {
  coordinator = await e2e.user('coordinator', 'SK');
  for (const ministry of Object.keys(SCORES))
    assessors[ministry] = await e2e.user('assessor', ministry.toUpperCase(), `bewertung.${ministry}@test.sachsen.de`);
});

const [withJs, withoutJs] = e2e.modes();

describe.each([
  { ...withJs, key: 'lc-e2e-js' },
  { ...withoutJs, key: 'lc-e2e-ohne-js' },
])('a Leitlinien-Check from scoring to the cabinet report $mode', ({ mode, open, scanAndShoot, pageErrors, key }) => {
  beforeAll(() => openRound(key));

  it('lets three assessors of different ministries score every partnership', async () => {
    for (const [ministry, sheet] of Object.entries(SCORES)) {
      const page = await open(assessors[ministry]!);
      await page.goto(e2e.url(`/evaluierung/${key}`));
      for (const partnership of SCOPE) {
        await page.goto(e2e.url(`/evaluierung/${key}/bewertung/${partnership}`));
        if (ministry === 'smi' && partnership === 'quebec') {
          // A too-long justification, typed before a point: the error names the criterion at its field.
          const field = page.locator(`#scores-${CRITERIA[0]}-justification`);
          await field.fill('x'.repeat(4001));
          await page.getByRole('button', { name: 'Entwurf speichern' }).click();
          const error = page.locator(`#scores-${CRITERIA[0]}-justification-error`);
          await expect.poll(() => error.count()).toBe(1);
          const legend = await page.locator(`#scores-${CRITERIA[0]}-value legend`).innerText();
          expect(await error.innerText()).toBe(`${legend}: Der Text ist zu lang.`);
          expect(await page.locator('#score-errors').innerText()).toContain(
            `Begründung zu „${legend}“: Der Text ist zu lang.`,
          );
          expect(await field.getAttribute('aria-invalid')).toBe('true');
          expect((await field.inputValue()).length).toBe(4001);
          await scanAndShoot(page, 'lc-e2e-score-too-long');
          await field.fill('');
        }
        for (const [i, criterion] of CRITERIA.entries()) {
          const value = sheet[partnership]![i]!;
          await page.locator(`input[name="value:${criterion}"][value="${value}"]`).check();
          if (value !== 2)
            await page
              .locator(`#scores-${criterion}-justification`)
              .fill(`${ministry.toUpperCase()}: Wert ${value}, begründet mit den Belegen des Registers.`);
        }
        if (ministry === 'smi' && partnership === 'quebec') await scanAndShoot(page, 'lc-e2e-score-sheet');
        await page.getByRole('button', { name: 'Abgeben' }).click();
        await expect.poll(() => new URL(page.url()).searchParams.get('abgegeben')).toBe('1');
      }
      await page.goto(e2e.url(`/evaluierung/${key}`));
      const own = await page.getByRole('region', { name: 'Tabelle: Ihre Partnerschaften' }).innerText();
      expect(own.match(/abgegeben/g), `${ministry} ${mode}`).toHaveLength(SCOPE.length);
    }
  });

  it('lets the coordinator end scoring, adopt the drafted recommendations and close the round', async () => {
    const page = await open(coordinator);
    await page.goto(e2e.url(`/evaluierung/${key}`));
    await page.getByRole('button', { name: 'Bewertung beenden' }).click();
    await expect.poll(() => page.locator('.kern-badge').first().innerText()).toBe('Auswertung');

    await page.goto(e2e.url(`/evaluierung/${key}/empfehlungen`));
    await page.getByRole('button', { name: 'Alle Entwürfe übernehmen' }).click();
    await expect.poll(() => pathOf(page)).toBe(`/evaluierung/${key}/empfehlungen`);
    await scanAndShoot(page, 'lc-e2e-recommendations');

    await page.goto(e2e.url(`/evaluierung/${key}`));
    await page.getByRole('button', { name: 'Runde abschließen' }).click();
    await expect.poll(() => page.locator('.kern-badge').first().innerText()).toBe('abgeschlossen');
    await scanAndShoot(page, 'lc-e2e-closed');
  });

  it('shows the ranking and gives the cabinet report as a DOCX that contains it', async () => {
    const dossier = await readRoundDossier(e2e.server.handle.db, operator('e2e'), key, async () => ({}));
    const ranked = dossier.results.partnerships.filter((p) => p.rank !== null);
    expect(ranked).toHaveLength(SCOPE.length);
    const names = ranked.map((p) => dossier.partnerships.find((x) => x.key === p.partnership)!.name);

    // An assessor sees the results once the round has closed.
    const page = await open(assessors.smwa!);
    await page.goto(e2e.url(`/evaluierung/${key}/ergebnisse`));
    const table = await page.locator('#ranking').locator('xpath=..').innerText();
    const positions = names.map((name) => table.indexOf(name));
    expect(positions.every((p) => p >= 0)).toBe(true);
    expect([...positions].sort((a, b) => a - b)).toEqual(positions);
    await scanAndShoot(page, 'lc-e2e-results');

    const download = page.waitForEvent('download');
    await page.getByRole('link', { name: 'Bericht als Word-Dokument (DOCX)' }).click();
    const file = await (await download).path();
    const { value: text } = await mammoth.extractRawText({ buffer: await readFile(file) });
    expect(text).toContain(dossier.round.name);
    const inReport = text.slice(text.indexOf('Rangfolge'));
    const order = names.map((name) => inReport.indexOf(name));
    expect(
      order.every((p) => p >= 0),
      `${names.join(', ')} in the report`,
    ).toBe(true);
    expect([...order].sort((a, b) => a - b)).toEqual(order);
  });

  it('logs no errors in the browser', () => {
    expect(pageErrors, mode).toEqual([]);
  });
});
