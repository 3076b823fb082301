import { inArray } from 'drizzle-orm';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { operator } from '../../core/access/actor.ts';
import {
  cancelActivity,
  copyActivity,
  createActivity,
  updateActivity,
} from '../../core/activities/activity-use-cases.ts';
import type { ActivityInput } from '../../core/activities/activity-input.ts';
import { attachAgreementDocument, createAgreement, renewAgreement } from '../../core/agreements/agreement-use-cases.ts';
import { historyTypes } from '../../core/history/history-subjects.ts';
import { assignMeasure, updateMeasureStatus } from '../../core/measures/measure-use-cases.ts';
import { addMilestone, reachMilestone, removeMilestone } from '../../core/measures/milestone-use-cases.ts';
import { changePartnershipStatus } from '../../core/partnerships/change-partnership-status.ts';
import { shownChanges } from '../../core/shared/history.ts';
import { addSourceDocument } from '../../core/sources/add-source-document.ts';
import { prepareSource } from '../../core/sources/prepare-source.ts';
import { withActivityStore } from '../../db/activities/activity.store.ts';
import { withAgreementStore } from '../../db/agreements/agreement.store.ts';
import type { DatabaseHandle } from '../../db/client.ts';
import { withMeasureStore } from '../../db/measures/measure.store.ts';
import { withStatusChangeStore } from '../../db/partnerships/status-change.store.ts';
import * as t from '../../db/schema.ts';
import { withSourceStore } from '../../db/sources/source.store.ts';
import { buildApp } from '../../server/app.ts';
import { fieldLabel } from '../../app/lib/history-format.ts';
import { createTestDatabase } from '../setup/test-database.ts';
import { buildUser } from '../support/users.ts';
import { pdfDocument } from '../support/documents.ts';
import { setUpRound } from '../support/round-fixture.ts';
import { TEST_DAY, testClock } from '../support/clock.ts';

/** The records whose history a page shows: the history pages' types, the library's documents, the rounds. */
const SHOWN = [...historyTypes, 'source_document', 'evaluation_round'];

const trip: ActivityInput = {
  kind: 'delegation_trip',
  title: 'Delegationsreise nach Breslau',
  description: 'Gespräche zur Fachkräftegewinnung',
  startsOn: '2027-04',
  endsOn: '',
  organiser: 'SMWA',
  partnership: 'niederschlesien',
  places: 'PL-DS',
  participants: 'SK',
  sectors: [],
  status: 'planned',
  visibility: 'public',
  budgetPlanned: '1.000,00',
  budgetActual: '',
  outcome: '',
};

/**
 * Every field the code writes to the audit log of a record whose history is shown has a name
 * in German and in English: the register's writes run here (seed, status change, agreements
 * with renewal and document, activities, measures with milestones, a source document, an
 * evaluation round), and every field of every entry they left is looked up.
 */
describe('the names of the fields in a record’s history', () => {
  let handle: DatabaseHandle;
  let activityId = 0;
  const actor = operator('test');
  const at = testClock.now();

  beforeAll(async () => {
    handle = await createTestDatabase('pglite');
    const db = handle.db;
    await withStatusChangeStore(db, at, (store) =>
      changePartnershipStatus({
        store,
        ref: 'tatarstan',
        actor,
        today: TEST_DAY,
        request: {
          to: 'ended',
          effectiveOn: '2026-11',
          reason: 'Partnerschaft beendet',
          source: {
            documentKey: 'strategie-2025',
            locator: 'Maßnahme 9',
            quote: 'Prüfung einer möglichen Reaktivierung',
          },
        },
      }),
    );
    const agreements = <T>(work: Parameters<typeof withAgreementStore<T>>[3]) =>
      withAgreementStore(db, actor, at, work);
    await agreements((store) =>
      createAgreement({
        store,
        actor,
        today: TEST_DAY,
        input: {
          kind: 'joint_declaration',
          title: 'Gemeinsame Erklärung Sachsen – Charkiw',
          partnership: 'charkiw',
          signedOn: '2026-05-04',
          signedAt: 'UA-63',
          expiresOn: '2031-05-04',
          saxonySignatory: 'Michael Kretschmer',
          saxonySignatoryRole: 'Ministerpräsident',
          partnerSignatory: 'Oleh Synjehubow',
          partnerSignatoryRole: 'Gouverneur',
        },
      }),
    );
    await agreements((store) =>
      renewAgreement({
        store,
        actor,
        key: 'lazio-2021',
        today: TEST_DAY,
        input: {
          kind: 'memorandum_of_understanding',
          title: 'MoU Sachsen – Latium',
          signedOn: '2026-11-20',
          termMonths: '60',
        },
        citation: {
          source: 'pm-2021-10-04-lazio',
          quote: 'Sachsen und italienische Region Lazio erneuern ihre Regionalpartnerschaft',
        },
      }),
    );
    await agreements((store) =>
      attachAgreementDocument({
        store,
        actor,
        key: 'lazio-2021',
        upload: { fileName: 'mou.pdf', content: pdfDocument('Memorandum of Understanding') },
      }),
    );
    const activities = <T>(work: Parameters<typeof withActivityStore<T>>[3]) => withActivityStore(db, actor, at, work);
    const { id } = await activities((store) => createActivity({ store, actor, input: trip }));
    activityId = id;
    await activities((store) =>
      updateActivity({ store, actor, id, input: { ...trip, status: 'done', budgetActual: '900,00', outcome: 'Gut' } }),
    );
    const { id: copy } = await activities((store) => copyActivity({ store, actor, id }));
    await activities((store) => cancelActivity({ store, actor, id: copy, reason: 'Termin entfällt' }));
    const [measure] = await db.select({ key: t.measures.key }).from(t.measures).limit(1);
    const key = measure!.key;
    const measures = <T>(work: Parameters<typeof withMeasureStore<T>>[3]) => withMeasureStore(db, actor, at, work);
    await measures((store) => assignMeasure({ store, actor, key, input: { lead: 'SMWA', goals: ['Z1', 'Z4'] } }));
    await measures((store) =>
      updateMeasureStatus({ store, actor, key, input: { status: 'in_progress', progress: '40', note: 'läuft' } }),
    );
    await measures((store) => addMilestone({ store, actor, key, input: { title: 'Förderaufruf', dueOn: '2027-03' } }));
    const [milestone] = await db.select({ id: t.measureMilestones.id }).from(t.measureMilestones).limit(1);
    await measures((store) =>
      reachMilestone({ store, actor, key, id: milestone!.id, input: { reachedOn: '2026-11-20' }, today: TEST_DAY }),
    );
    await measures((store) => removeMilestone({ store, actor, key, id: milestone!.id }));
    const source = await prepareSource(
      {
        text: 'Sachsen und Niederschlesien vertiefen ihre Zusammenarbeit in der Forschung.',
        input: { kind: 'press_release', publishedOn: '2026-11-02', publisher: 'Sächsische Staatskanzlei' },
      },
      TEST_DAY,
    );
    await withSourceStore(db, actor, at, (store) => addSourceDocument({ store, actor, source }));
    await setUpRound(db);
  });
  afterAll(async () => handle?.close());

  let readers = 0;
  /** The visible text of a history page as a coordinator reads it. */
  const historyText = async (path: string) => {
    const app: FastifyInstance = await buildApp({ services: { db: handle.db, clock: testClock }, rateLimit: false });
    try {
      const coordinator = await buildUser(handle.db, 'coordinator', 'SK', `sk.${++readers}@test.sachsen.de`);
      const res = await app.inject({ method: 'GET', url: path, headers: { cookie: coordinator.cookie } });
      expect(res.statusCode).toBe(200);
      const main = res.body.slice(res.body.indexOf('<main'), res.body.indexOf('</main>'));
      return main
        .replace(/<[^>]+>/g, ' ')
        .replace(/\s+/g, ' ')
        .replace(/ ([:,])/g, '$1');
    } finally {
      await app.close();
    }
  };

  it('names records, not keys: organisations, partnerships, places, agreements and the document’s checksum', async () => {
    const activity = await historyText(`/verlauf/aktivitaet/${activityId}`);
    expect(activity).toMatch(/Veranstalter vorher: – →, nachher: Sächsisches Staatsministerium für Wirtschaft/);
    expect(activity).toMatch(/Beteiligte vorher: – →, nachher: Sächsische Staatskanzlei/);
    expect(activity).toMatch(/Partnerschaft vorher: – →, nachher: Regionalpartnerschaft Sachsen – Niederschlesien/);
    expect(activity).toMatch(/Orte vorher: – →, nachher: Niederschlesien/);
    for (const key of [' smwa ', ' sk ', ' niederschlesien ', 'PL-02']) expect(activity).not.toContain(key);
    const mou = await historyText('/verlauf/vereinbarung/lazio-2021');
    expect(mou).toMatch(/erneuert durch vorher: – →, nachher: MoU Sachsen – Latium/);
    expect(mou).toMatch(/Prüfsumme des Dokuments vorher: – →, nachher: [0-9a-f]{64}/);
    expect(mou).not.toMatch(/renewedBy|document\.sha256|lazio-2026/);
    const english = await historyText('/verlauf/vereinbarung/lazio-2021?lang=en');
    expect(english).toMatch(/renewed by before: – →, after: MoU Sachsen – Latium/);
    expect(english).toMatch(/Checksum of the document before/);
    const tatarstan = await historyText('/verlauf/partnerschaft/tatarstan');
    expect(tatarstan).toMatch(
      /Beleg: Quelldokument vorher: – →, nachher: Leitlinien zur Internationalen Zusammenarbeit/,
    );
    const renewal = await historyText('/verlauf/vereinbarung/lazio-2026');
    expect(renewal).toMatch(/Partnerschaft vorher: – →, nachher: Regionalpartnerschaft Sachsen – Latium/);
    expect(renewal).toMatch(
      /erneuert die Vereinbarung vorher: – →, nachher: Memorandum of Understanding zwischen der Region Latium/,
    );
  });

  it('has a German and an English name for every field the audit log holds', async () => {
    const rows = await handle.db
      .select({
        type: t.auditLog.entityType,
        action: t.auditLog.action,
        before: t.auditLog.before,
        after: t.auditLog.after,
      })
      .from(t.auditLog)
      .where(inArray(t.auditLog.entityType, SHOWN));
    const fields = new Map<string, string>();
    for (const r of rows) for (const c of shownChanges(r.before, r.after)) fields.set(c.field, `${r.type} ${r.action}`);
    // The writes above reach every kind of record whose history is shown.
    expect(new Set(rows.map((r) => r.type))).toEqual(new Set(SHOWN.filter((type) => type !== 'organisation')));
    expect(fields.size).toBeGreaterThan(40);
    const unnamed = [...fields].filter(
      ([field]) => fieldLabel('de', field) === field || fieldLabel('en', field) === field,
    );
    expect(unnamed.map(([field, where]) => `${field} (${where})`)).toEqual([]);
  });
});
