import { eq } from 'drizzle-orm';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Actor } from '../../core/access/actor.ts';
import type { ActivityInput } from '../../core/activities/activity-input.ts';
import { createActivity, updateActivity } from '../../core/activities/activity-use-cases.ts';
import { changePartnershipStatus } from '../../core/partnerships/change-partnership-status.ts';
import { appendAudit } from '../../db/audit-log.ts';
import type { DatabaseHandle } from '../../db/client.ts';
import { recordHistory } from '../../db/history/history.queries.ts';
import * as t from '../../db/schema.ts';
import { withActivityStore } from '../../db/activities/activity.store.ts';
import { withStatusChangeStore } from '../../db/partnerships/status-change.store.ts';
import { buildApp } from '../../server/app.ts';
import { createTestDatabase, engines } from '../setup/test-database.ts';
import { buildUser, type TestUser } from '../support/users.ts';
import { testClock } from '../support/clock.ts';

const trip: ActivityInput = {
  kind: 'delegation_trip',
  title: 'Delegationsreise nach Prag',
  description: '',
  startsOn: '2027-04',
  endsOn: '',
  organiser: 'SMWK',
  partnership: '',
  places: 'CZ',
  participants: '',
  sectors: [],
  status: 'planned',
  visibility: 'restricted',
  budgetPlanned: '1.000,00',
  budgetActual: '',
  outcome: '',
};

/** The visible text of a page, tags removed, spaces collapsed. */
const textOf = (html: string) =>
  html
    .replace(/<script[\s\S]*?<\/script>/g, '')
    .replace(/<!--.*?-->/g, '')
    .replace(/<[^>]+>/g, ' ')
    .replace(/&gt;/g, '>')
    .replace(/\s+/g, ' ');

describe.each(engines)('the history of a record on %s', (engine) => {
  let handle: DatabaseHandle;
  let app: FastifyInstance;
  const users = {} as Record<'coordinator' | 'smwk' | 'smi' | 'stakeholder', TestUser>;
  const actorOf = (u: TestUser): Actor => ({
    kind: 'user',
    userId: u.id,
    label: u.email,
    role: u.role,
    organisationId: u.organisationId,
  });
  let activityId = 0;

  beforeAll(async () => {
    handle = await createTestDatabase(engine);
    app = await buildApp({ services: { db: handle.db, clock: testClock }, rateLimit: false });
    users.coordinator = await buildUser(handle.db, 'coordinator', 'SK');
    users.smwk = await buildUser(handle.db, 'ministry_editor', 'SMWK');
    users.smi = await buildUser(handle.db, 'reader', 'SMI');
    users.stakeholder = await buildUser(handle.db, 'stakeholder', 'IHK');
    const editor = actorOf(users.smwk);
    const run = <T>(work: Parameters<typeof withActivityStore<T>>[3]) =>
      withActivityStore(handle.db, editor, testClock.now(), work);
    activityId = (await run((store) => createActivity({ store, actor: editor, input: trip }))).id;
    await run((store) =>
      updateActivity({
        store,
        actor: editor,
        id: activityId,
        input: { ...trip, status: 'confirmed', budgetPlanned: '1.250,00' },
      }),
    );
  });
  afterAll(async () => {
    await app?.close();
    await handle?.close();
  });

  const page = (path: string, user?: TestUser) =>
    app.inject({ method: 'GET', url: path, headers: user ? { cookie: user.cookie } : {} });

  it('shows a status change field by field, with German labels, who and when', async () => {
    const coordinator = actorOf(users.coordinator);
    await withStatusChangeStore(handle.db, testClock.now(), (store) =>
      changePartnershipStatus({
        store,
        ref: 'tatarstan',
        actor: coordinator,
        today: '2026-11-21',
        request: {
          to: 'active',
          effectiveOn: '2026-11',
          reason: 'Reaktivierung beschlossen',
          source: {
            documentKey: 'strategie-2025',
            locator: 'II) Regionale und sektorale Partnerschaften, Maßnahme 9',
            quote:
              'Prüfung einer möglichen Reaktivierung der Partnerschaften mit russischen Regionen, sobald es die Rahmenbedingungen zulassen',
          },
        },
      }),
    );
    const res = await page('/verlauf/partnerschaft/tatarstan', users.smi);
    expect(res.statusCode).toBe(200);
    const text = textOf(res.body);
    expect(text).toMatch(/Änderungsverlauf: /);
    expect(text).toMatch(/Status geändert – Test coordinator/);
    expect(text).toMatch(/Status vorher: ruhend → , nachher: aktiv/);
    expect(text).toMatch(/wirksam seit vorher: – → , nachher: 2026-11/);
    expect(text).toMatch(/Begründung vorher: – → , nachher: Reaktivierung beschlossen/);
    expect(text).not.toContain(users.coordinator.email);
    // The newest entry comes first; the seed's "created" entry last.
    expect(text.indexOf('Status geändert')).toBeLessThan(text.indexOf('angelegt'));
    const english = textOf((await page('/verlauf/partnerschaft/tatarstan?lang=en', users.smi)).body);
    expect(english).toMatch(/status changed – Test coordinator/);
    expect(english).toMatch(/Status before: dormant → , after: active/);
  });

  it('shows an activity’s edits with amounts in euros, and links to it from the activity page', async () => {
    const res = await page(`/verlauf/aktivitaet/${activityId}`, users.smwk);
    expect(res.statusCode).toBe(200);
    const text = textOf(res.body);
    expect(text).toMatch(/bearbeitet – Test ministry_editor/);
    expect(text).toMatch(/Status vorher: geplant → , nachher: bestätigt/);
    expect(text).toMatch(/Budget geplant vorher: 1\.000,00\s€ → , nachher: 1\.250,00\s€/);
    const record = await page(`/aktivitaeten/${activityId}`, users.smwk);
    expect(record.body).toContain(`href="/verlauf/aktivitaet/${activityId}"`);
    const partnership = await page('/partnerschaften/lazio', users.smi);
    expect(partnership.body).toContain('href="/verlauf/partnerschaft/lazio"');
  });

  it('never shows personal data of contact persons, even when an entry holds some', async () => {
    await handle.db.transaction((tx) =>
      appendAudit(
        tx,
        [
          {
            actorUserId: users.coordinator.id,
            actorLabel: users.coordinator.email,
            action: 'activity.update',
            entityType: 'activity',
            entityId: String(activityId),
            before: { outcome: null },
            after: {
              outcome: 'Gespräche geführt',
              contactPerson: { name: 'Erika Mustermann', email: 'erika@example.org', phone: '+49 351 123' },
            },
          },
        ],
        testClock.now(),
      ),
    );
    const history = await recordHistory(handle.db, 'activity', activityId);
    expect(history.at(-1)!.changes).toEqual([{ field: 'outcome', from: null, to: 'Gespräche geführt' }]);
    const text = textOf((await page(`/verlauf/aktivitaet/${activityId}`, users.coordinator)).body);
    expect(text).toContain('Gespräche geführt');
    for (const personal of ['Erika', 'erika@example.org', '+49 351 123']) expect(text).not.toContain(personal);
  });

  it('opens the history of agreements, measures and organisations', async () => {
    const [measure] = await handle.db.select().from(t.measures).where(eq(t.measures.key, 'II-01'));
    await handle.db.transaction((tx) =>
      appendAudit(
        tx,
        [
          {
            actorUserId: null,
            actorLabel: 'cli:test',
            action: 'measure.status.change',
            entityType: 'measure',
            entityId: String(measure!.id),
            before: { status: null },
            after: { status: 'in_progress', progressPercent: 40 },
          },
        ],
        testClock.now(),
      ),
    );
    const text = textOf((await page('/verlauf/massnahme/II-01', users.smi)).body);
    expect(text).toMatch(/Status vorher: – → , nachher: in Umsetzung/);
    expect(text).toMatch(/Fortschritt \(Prozent\) vorher: – → , nachher: 40/);
    expect((await page('/verlauf/vereinbarung/lazio-2016', users.smi)).statusCode).toBe(200);
    expect((await page('/verlauf/organisation/smwk', users.smi)).statusCode).toBe(200);
  });

  it('is internal: the public logs in first, stakeholders are refused, hidden and unknown records are 404', async () => {
    const path = `/verlauf/aktivitaet/${activityId}`;
    const anonymous = await page(path);
    expect(anonymous.statusCode).toBe(302);
    expect(anonymous.headers.location).toMatch(/^\/anmelden\?zurueck=/);
    expect((await page(path, users.stakeholder)).statusCode).toBe(403);
    // Restricted to its ministry (SMWK): a reader of another ministry does not learn it exists.
    expect((await page(path, users.smi)).statusCode).toBe(404);
    expect((await page(path, users.coordinator)).statusCode).toBe(200);
    expect((await page('/verlauf/aktivitaet/999999', users.smi)).statusCode).toBe(404);
    expect((await page('/verlauf/aktivitaet/abc', users.smi)).statusCode).toBe(404);
    expect((await page('/verlauf/benutzer/1', users.coordinator)).statusCode).toBe(404);
    expect((await page('/verlauf/partnerschaft/gibt-es-nicht', users.coordinator)).statusCode).toBe(404);
  });
});
