import { beforeAll, describe, expect, it } from 'vitest';
import { operator } from '../../core/access/actor.ts';
import { assignMeasure } from '../../core/measures/measure-use-cases.ts';
import * as t from '../../db/schema.ts';
import { withMeasureStore } from '../../db/measures/measure.store.ts';
import { pathOf, useE2E } from '../support/e2e.ts';
import type { TestUser } from '../support/users.ts';
import { testClock } from '../support/clock.ts';

const e2e = useE2E();
let editor: TestUser;
let coordinator: TestUser;
let reader: TestUser;

beforeAll(async () => {
  editor = await e2e.user('ministry_editor', 'SMWK');
  coordinator = await e2e.user('coordinator', 'SK');
  reader = await e2e.user('reader', 'SMI');
  const db = e2e.server.handle.db;
  // A second measure led by SMWK, so each browser mode reports on one of its own.
  const admin = operator('e2e');
  await withMeasureStore(db, admin, testClock.now(), (store) =>
    assignMeasure({ store, actor: admin, key: 'V-03', input: { lead: 'SMWK', goals: ['Z5'] } }),
  );
  const stakeholder = await e2e.user('stakeholder', 'IHK');
  await db.insert(t.proposals).values({
    kind: 'new_activity',
    title: 'Gemeinschaftsstand auf der Expo Real',
    body: 'Vorschlag der Kammer',
    submittedByUserId: stakeholder.id,
    organisationId: stakeholder.organisationId,
  });
});

const [withJs, withoutJs] = e2e.modes();

describe.each([
  [withJs, 'V-02', '', '50 %', 1, '50 %'],
  [withoutJs, 'V-03', '30', '30 %', 2, '40 %'],
] as const)(
  'measures and the overview $mode',
  ({ mode, open, scanAndShoot, pageErrors }, key, progress, shownProgress, counted, mean) => {
    const rollUpRow = async (page: Awaited<ReturnType<typeof open>>, label: RegExp) =>
      (
        await page
          .getByRole('region', { name: 'Tabelle: Fortschritt je Instrument' })
          .getByRole('row', { name: label })
          .allInnerTexts()
      )[0]!;

    it('lists the measures by instrument with their source, and no status as “noch kein Status”', async () => {
      const page = await open(null);
      await page.goto(e2e.url());
      await page.getByRole('navigation', { name: 'Hauptnavigation' }).getByRole('link', { name: 'Maßnahmen' }).click();
      await expect.poll(() => pathOf(page)).toBe('/massnahmen');
      expect(
        await page
          .getByRole('navigation', { name: 'Hauptnavigation' })
          .getByRole('link', { name: 'Übersicht' })
          .count(),
      ).toBe(0);
      expect(await page.locator('#result-count').innerText()).toBe('66 Maßnahmen');
      const first = page.getByRole('region', { name: 'Tabelle: I) Grenzüberschreitende Zusammenarbeit' });
      expect(await first.getByRole('row', { name: /^I-01/ }).innerText()).toMatch(
        /Europäischen Territorialen Zusammenarbeit[\s\S]*Beleg: Leitlinien[\s\S]*Maßnahme 1[\s\S]*noch kein Status/,
      );
      expect(await rollUpRow(page, /^I\) /)).toMatch(/12\s+0\s+12\s+0\s+noch kein Status/);
      expect(await page.getByRole('columnheader', { name: 'letzter Bericht' }).count()).toBe(0);
      await page.getByLabel('Instrument', { exact: true }).selectOption('III');
      await page.getByLabel('Status', { exact: true }).selectOption('none');
      await page.getByRole('button', { name: 'Filter anwenden' }).click();
      await expect.poll(() => new URL(page.url()).searchParams.get('instrument')).toBe('III');
      expect(await page.locator('#result-count').innerText()).toBe('15 Maßnahmen');
      expect(await page.getByRole('heading', { level: 3, name: 'Fachkräfte' }).count()).toBe(1);
      await scanAndShoot(page, 'measures-filtered');
    });

    it('lets a ministry editor report on a measure of their ministry, refusing the first attempt by field', async () => {
      const page = await open(editor);
      await page.goto(e2e.url(`/massnahmen`));
      const before = await rollUpRow(page, /^V\) /);
      await page.goto(e2e.url(`/massnahmen/${key}`));
      expect(await page.getByRole('heading', { level: 1 }).innerText()).toBe(`Maßnahme ${key}`);
      await page.getByLabel('Status', { exact: true }).selectOption('in_progress');
      await page.getByLabel('Fortschritt in Prozent (freiwillig)').fill('120');
      await page.getByRole('button', { name: 'Status melden' }).click();

      const noteError = page.locator('#report-note-error');
      await expect.poll(() => noteError.innerText()).toBe('Bitte ausfüllen.');
      expect(await noteError.getAttribute('role')).toBe('alert');
      expect(await page.getByLabel('Kurzbericht').getAttribute('aria-describedby')).toBe(
        'report-note-error report-note-hint',
      );
      expect(await page.locator('#report-progress-error').innerText()).toMatch(/ganze Zahl von 0 bis 100/);
      expect(await page.locator('#report-errors').innerText()).toMatch(/Kurzbericht: Bitte ausfüllen/);
      expect(await page.getByLabel('Fortschritt in Prozent (freiwillig)').inputValue()).toBe('120');
      await scanAndShoot(page, 'measure-report-error');

      await page.getByLabel('Fortschritt in Prozent (freiwillig)').fill(progress);
      await page.getByLabel('Kurzbericht').fill(`Förderaufruf veröffentlicht (${mode})`);
      await page.getByRole('button', { name: 'Status melden' }).click();
      await expect.poll(() => new URL(page.url()).searchParams.get('gemeldet')).toBe('1');
      expect(await page.getByRole('status').first().innerText()).toBe('Der Status wurde gemeldet.');
      const facts = await page.getByRole('region', { name: 'Auf einen Blick' }).innerText();
      expect(facts).toMatch(/in Umsetzung/);
      expect(facts).toContain(shownProgress);
      expect(facts).toMatch(progress ? /von der Federführung angegeben/ : /Standard für den Status/);
      expect(facts).toContain(`Förderaufruf veröffentlicht (${mode})`);
      expect(await page.getByRole('region', { name: 'Änderungsverlauf' }).innerText()).toMatch(/Status gemeldet/);

      await page.getByLabel('Bezeichnung').fill('Jury benannt');
      await page.getByLabel('Fällig am').fill('2026-11');
      await page.getByRole('button', { name: 'Hinzufügen' }).click();
      await expect.poll(() => new URL(page.url()).searchParams.get('meilenstein')).toBe('1');
      await page.getByLabel('Erreicht am: Jury benannt').fill('2026-11-20');
      await page.getByRole('button', { name: 'Als erreicht vermerken' }).click();
      await expect.poll(() => new URL(page.url()).searchParams.get('erreicht')).toBe('1');
      expect(await page.getByRole('region', { name: 'Tabelle: Meilensteine' }).innerText()).toMatch(
        /Jury benannt\s+November 2026\s+20\. November 2026/,
      );
      await scanAndShoot(page, 'measure-reported');

      await page.goto(e2e.url(`/massnahmen`));
      const after = await rollUpRow(page, /^V\) /);
      expect(after).not.toBe(before);
      expect(after).toMatch(
        new RegExp(`^V\\) Kunst, Kultur und Tourismus\\s+11\\s+${counted}\\s+${11 - counted}\\s+0\\s+${mean}$`),
      );
    });

    it('shows the overview to a coordinator: Lazio’s expired MoU, the silent working group, stale measures, proposals', async () => {
      const page = await open(coordinator);
      await page.goto(e2e.url());
      await page.getByRole('link', { name: 'Zur Übersicht: was heute Aufmerksamkeit braucht' }).click();
      await expect.poll(() => pathOf(page)).toBe('/uebersicht');
      const nav = page.getByRole('navigation', { name: 'Hauptnavigation' });
      expect(await nav.getByRole('link', { name: 'Übersicht' }).getAttribute('aria-current')).toBe('page');
      const agreements = page.getByRole('region', { name: /^Tabelle: Vereinbarungen/ });
      expect(await agreements.getByRole('row', { name: /Memorandum of Understanding/ }).innerText()).toMatch(
        /Latium[\s\S]*4\. Oktober 2026\s+abgelaufen/,
      );
      const groups = page.getByRole('region', { name: /^Tabelle: Arbeitsgruppen/ });
      expect(await groups.getByRole('row', { name: /Arbeitsgruppe Sachsen-Lazio/ }).innerText()).toMatch(/noch keine/);
      const stale = page.getByRole('region', { name: /^Tabelle: Maßnahmen ohne Statusbericht/ });
      expect(await stale.locator('tbody tr').count()).toBe(10);
      expect(await stale.innerText()).not.toMatch(new RegExp(`\\b${key}\\b`));
      expect(await page.getByRole('link', { name: /Alle Maßnahmen ohne aktuellen Bericht/ }).getAttribute('href')).toBe(
        '/massnahmen?stale=1',
      );
      expect(await page.getByRole('region', { name: /^Tabelle: Vorschläge/ }).innerText()).toMatch(
        /Gemeinschaftsstand auf der Expo Real[\s\S]*neue Aktivität[\s\S]*IHK/,
      );
      const partnerships = await page.getByRole('region', { name: 'Tabelle: Partnerschaften nach Status' }).innerText();
      expect(partnerships).toMatch(/ruhend\s+3/);
      expect(await page.locator('#counts ~ p, #counts + h3 + p').first().innerText()).toMatch(/davon aktiv \d+/);
      await scanAndShoot(page, 'overview-coordinator');
      await page.getByRole('link', { name: /Alle Maßnahmen ohne aktuellen Bericht/ }).click();
      await expect.poll(() => new URL(page.url()).searchParams.get('stale')).toBe('1');
      expect(await page.locator('#result-count').innerText()).toMatch(/^6\d Maßnahmen$/);
      await page.goto(e2e.url('/uebersicht?lang=en'));
      expect(await page.getByRole('heading', { level: 1 }).innerText()).toBe('Overview');
      await scanAndShoot(page, 'overview-en');
    });

    it('lets a coordinator assign a lead ministry and goals; the roll-up by goal follows', async () => {
      const assigned = key === 'V-02' ? 'I-05' : 'I-06';
      const page = await open(coordinator);
      await page.goto(e2e.url(`/massnahmen/${assigned}`));
      await page.getByLabel('Federführendes Ressort').selectOption('smi');
      await page.getByLabel(/^Z1 – /).check();
      await page.getByRole('button', { name: 'Zuordnung speichern' }).click();
      await expect.poll(() => new URL(page.url()).searchParams.get('zugeordnet')).toBe('1');
      const facts = await page.getByRole('region', { name: 'Auf einen Blick' }).innerText();
      expect(facts).toMatch(/SMI – /);
      expect(facts).toMatch(/Z1 – Transformation des Grenzraums/);
      expect(await page.getByRole('region', { name: 'Änderungsverlauf' }).innerText()).toMatch(
        /Federführung und Ziele zugeordnet/,
      );
      await scanAndShoot(page, 'measure-coordinator');
      await page.goto(e2e.url('/massnahmen?goal=Z1'));
      expect(await page.locator('#result-count').innerText()).toBe(key === 'V-02' ? '1 Maßnahme' : '2 Maßnahmen');
    });

    it('shows a reader no report form and no review queue, and sends the public to the login', async () => {
      const page = await open(reader);
      await page.goto(e2e.url(`/massnahmen/${key}`));
      expect(await page.getByRole('button', { name: 'Status melden' }).count()).toBe(0);
      expect(await page.getByRole('region', { name: 'Auf einen Blick' }).innerText()).toContain('Förderaufruf');
      await page.goto(e2e.url('/uebersicht'));
      expect(await page.getByRole('heading', { name: /Vorschläge/ }).count()).toBe(0);
      await scanAndShoot(page, 'overview-reader');

      const anonymous = await open(null);
      await anonymous.goto(e2e.url('/uebersicht'));
      await expect.poll(() => pathOf(anonymous)).toBe('/anmelden');
      await anonymous.goto(e2e.url(`/massnahmen/${key}`));
      const facts = await anonymous.getByRole('region', { name: 'Auf einen Blick' }).innerText();
      expect(facts).toMatch(/in Umsetzung/);
      expect(facts).not.toContain('Förderaufruf');
      expect(await anonymous.getByRole('heading', { name: 'Meilensteine' }).count()).toBe(0);
      await scanAndShoot(anonymous, 'measure-public');
    });

    it('logs no errors in the browser', () => {
      expect(pageErrors, mode).toEqual([]);
    });
  },
);
