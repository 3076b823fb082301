import { eq } from 'drizzle-orm';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Actor, operator } from '../../core/access/actor.ts';
import { createActivity } from '../../core/activities/activity-use-cases.ts';
import { exportFormats, renderExport } from '../../core/exports/formats.ts';
import { activityTemplate } from '../../core/imports/activity-template.ts';
import {
  checkImportRun,
  dryRunActivities,
  importActivities,
  type ImportFile,
} from '../../core/imports/import-activities.ts';
import { AppError } from '../../core/shared/errors.ts';
import type { DatabaseHandle } from '../../db/client.ts';
import * as t from '../../db/schema.ts';
import { withActivityStore } from '../../db/activities/activity.store.ts';
import { withImportRunStore, withImportStore } from '../../db/imports/import.store.ts';
import { buildApp } from '../../server/app.ts';
import { vocabularyNames } from '../../text/import-names.ts';
import { createTestDatabase, engines } from '../setup/test-database.ts';
import { buildUser, type TestUser } from '../support/users.ts';
import { testClock } from '../support/clock.ts';

const names = vocabularyNames();
const HEADER = 'Art;Titel;Beginn;Veranstalter;Partnerschaft;Status;Sichtbarkeit;Budget geplant (Euro)';
const row = (title: string, amount: string, partnership = 'niederschlesien') =>
  `Delegationsreise;${title};12.05.2027;SMWK;${partnership};geplant;intern;${amount}`;
const csv = (lines: string[]): ImportFile => ({
  name: 'betraege.csv',
  mediaType: 'text/csv',
  bytes: new Uint8Array(Buffer.from(lines.join('\r\n'), 'utf8')),
});

describe.each(engines)('amounts in the import of activities on %s', (engine) => {
  let handle: DatabaseHandle;
  const actor: Actor = operator('test');
  beforeAll(async () => {
    handle = await createTestDatabase(engine);
  });
  afterAll(async () => handle?.close());

  const dryRun = (file: ImportFile) =>
    withActivityStore(handle.db, actor, testClock.now(), (store) => dryRunActivities({ store, actor, file, names }));

  it.each(
    exportFormats
      .filter((format) => format !== 'json')
      .flatMap((format) => (['de', 'en'] as const).map((lang) => [format, lang] as const)),
  )('accepts its own template downloaded as %s (%s) without a single error', async (format, lang) => {
    const template = await renderExport(format, activityTemplate(lang), { lang, today: testClock.today() });
    const report = await dryRun({ name: template.fileName, mediaType: template.contentType, bytes: template.body });
    expect(report).toMatchObject({ headerIssues: [], badRows: [], validRows: [2], rowCount: 1 });
  });

  it('reads amounts as people write them, says which reading it took, and refuses the ambiguous ones', async () => {
    const report = await dryRun(
      csv([
        HEADER,
        row('Kanonisch', '12.500,50'),
        row('Ohne Punkt', '12500,50'),
        row('Mit Dezimalpunkt', '12500.50'),
        row('Mit Leerzeichen', '12 500 €'),
        row('Tausender', '12.500'),
        row('Komma', '12,5'),
        row('Million', '1.250.000'),
        row('Mehrdeutig', '12.500.5'),
        row('Gemischt', '1,250.5,0'),
      ]),
    );
    expect(report.validRows).toEqual([2, 3, 4, 5, 6, 7, 8]);
    expect(report.badRows).toEqual([
      {
        row: 9,
        problems: [{ column: 'Budget geplant (Euro)', field: 'budgetPlanned', issue: 'amount', value: '12.500.5' }],
      },
      {
        row: 10,
        problems: [{ column: 'Budget geplant (Euro)', field: 'budgetPlanned', issue: 'amount', value: '1,250.5,0' }],
      },
    ]);
    const column = 'Budget geplant (Euro)';
    expect(report.amountReadings).toEqual([
      { row: 3, column, written: '12500,50', cents: 1_250_050 },
      { row: 4, column, written: '12500.50', cents: 1_250_050 },
      { row: 5, column, written: '12 500 €', cents: 1_250_000 },
      { row: 7, column, written: '12,5', cents: 1_250 },
    ]);
  });

  it('reports an unknown partnership in the same pass as a bad amount of the same row', async () => {
    const report = await dryRun(csv([HEADER, row('Zwei Fehler', '12.500.5', 'atlantis')]));
    expect(report.badRows).toEqual([
      {
        row: 2,
        problems: [
          { column: 'Budget geplant (Euro)', field: 'budgetPlanned', issue: 'amount', value: '12.500.5' },
          { column: 'Partnerschaft', field: 'partnership', issue: 'unknown', value: 'atlantis' },
        ],
      },
    ]);
  });

  it('stores the amount it read, for the import and for the activity form alike', async () => {
    const title = `Dezimalpunkt ${engine}`;
    await withImportStore(handle.db, actor, testClock.now(), (store) =>
      importActivities({ store, actor, file: csv([HEADER, row(title, '12500.50')]), names, mode: 'all' }),
    );
    const [imported] = await handle.db
      .select({ cents: t.activities.budgetPlannedCents })
      .from(t.activities)
      .where(eq(t.activities.title, title));
    expect(imported).toEqual({ cents: 1_250_050 });

    const input = { kind: 'fair', title: `Formular ${engine}`, status: 'planned', visibility: 'internal' };
    const created = await withActivityStore(handle.db, actor, testClock.now(), (store) =>
      createActivity({ store, actor, input: { ...input, budgetPlanned: '12500.50', budgetActual: '1.250.000' } }),
    );
    expect([created.budgetPlannedCents, created.budgetActualCents]).toEqual([1_250_050, 125_000_000]);
    const refused = await withActivityStore(handle.db, actor, testClock.now(), (store) =>
      createActivity({ store, actor, input: { ...input, budgetPlanned: '12.500.5', partnership: 'atlantis' } }),
    ).catch((error: unknown) => error);
    expect(refused).toBeInstanceOf(AppError);
    expect((refused as AppError).issues.map((i) => i.field)).toEqual(['budgetPlanned', 'partnership']);
  });

  describe('on the pages', () => {
    let app: FastifyInstance;
    let user: TestUser;
    let csrf = '';
    const userActor = (): Actor => ({
      kind: 'user',
      userId: user.id,
      label: user.email,
      role: user.role,
      organisationId: user.organisationId,
    });
    const get = (url: string) => app.inject({ method: 'GET', url, headers: { cookie: user.cookie } });
    /** The text a person reads: tags and the page's markup left out. */
    const textOf = (html: string) => html.replace(/<!--.*?-->|<[^>]+>/g, '').replace(/\s+/g, ' ');
    beforeAll(async () => {
      app = await buildApp({ services: { db: handle.db, clock: testClock }, rateLimit: false });
      user = await buildUser(handle.db, 'coordinator', 'SK', `betraege.${engine}@test.sachsen.de`);
      csrf = (await get('/api/v1/me')).json().csrfToken;
    });
    afterAll(async () => app?.close());

    it('the confirmation of a saved activity says how an amount not in the German form was read', async () => {
      const form = {
        csrf,
        kind: 'fair',
        title: `Bestätigung ${engine}`,
        status: 'planned',
        visibility: 'internal',
        budgetPlanned: '12500.50',
        budgetActual: '12.500,00',
        // Saved although it serves no measure yet ("Trotzdem speichern").
        intent: 'confirm',
      };
      const saved = await app.inject({
        method: 'POST',
        url: '/aktivitaeten/neu',
        headers: { cookie: user.cookie, 'content-type': 'application/x-www-form-urlencoded' },
        payload: new URLSearchParams(form).toString(),
      });
      expect(saved.statusCode).toBe(302);
      const page = textOf((await get(saved.headers.location as string)).body);
      expect(page).toContain(
        'Die Aktivität wurde gespeichert. Budget geplant (Euro): „12500.50“ gelesen als 12.500,50 €.',
      );
      expect(page).not.toContain('„12.500,00“');
    });

    it('the dry run lists each amount with the reading taken', async () => {
      const { id } = await withImportRunStore(handle.db, userActor(), testClock.now(), (store) =>
        checkImportRun({ store, actor: userActor(), file: csv([HEADER, row('Seite', '12 500 €')]), names }),
      );
      const page = textOf((await get(`/aktivitaeten/import/${id}`)).body);
      expect(page).toContain('Gelesene Beträge');
      expect(page).toContain('Zeile 2, Budget geplant (Euro): „12 500 €“ gelesen als 12.500,00 €');
      expect(textOf((await get(`/aktivitaeten/import/${id}?lang=en`)).body)).toContain(
        'Row 2, Budget geplant (Euro): „12 500 €“ read as €12,500.00',
      );
    });
  });
});
