import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Actor, operator } from '../../core/access/actor.ts';
import type { ActivityInput } from '../../core/activities/activity-input.ts';
import { cancelActivity, createActivity } from '../../core/activities/activity-use-cases.ts';
import type { PartnershipEvidence } from '../../core/rounds/round.types.ts';
import type { DatabaseHandle } from '../../db/client.ts';
import { readRoundEvidence } from '../../db/rounds/round-evidence.queries.ts';
import * as t from '../../db/schema.ts';
import { withActivityStore } from '../../db/activities/activity.store.ts';
import { createTestDatabase, engines } from '../setup/test-database.ts';
import { buildUser } from '../support/users.ts';
import { testClock } from '../support/clock.ts';

const TODAY = '2026-03-01';
/** The period under review: October 2024 to September 2025. */
const PERIOD = { from: '2024-10-01', to: '2025-09-30' };
const SCOPE = ['lazio', 'charkiw', 'st-petersburg'];

describe.each(engines)('the evidence of an evaluation round on %s', (engine) => {
  let handle: DatabaseHandle;
  const recorder = operator('test');
  const coordinator = operator('coordinator');
  let assessorSmi: Actor;
  let assessorSmwk: Actor;
  const titles = {} as Record<string, number>;

  const assessor = async (ministry: string): Promise<Actor> => {
    const u = await buildUser(handle.db, 'assessor', ministry);
    return { kind: 'user', userId: u.id, label: u.email, role: 'assessor', organisationId: u.organisationId };
  };
  /** An activity of the Lazio partnership, recorded through the register's use-case. */
  const record = async (input: ActivityInput) => {
    const { id } = await withActivityStore(handle.db, recorder, testClock.now(), (store) =>
      createActivity({
        store,
        actor: recorder,
        input: { partnership: 'lazio', status: 'done', visibility: 'internal', ...input },
      }),
    );
    titles[input.title as string] = id;
    return id;
  };
  const cancel = (id: number) =>
    withActivityStore(handle.db, recorder, testClock.now(), (store) =>
      cancelActivity({ store, actor: recorder, id, reason: 'Termin entfallen' }),
    );
  const evidence = (actor: Actor, period = PERIOD, today = TODAY) =>
    readRoundEvidence(handle.db, actor, SCOPE, period, today);
  const counts = (list: { count: number }[], key: 'key' | 'numeral' = 'key') =>
    Object.fromEntries(
      list.filter((e) => e.count > 0).map((e) => [(e as unknown as Record<string, string>)[key], e.count]),
    );

  beforeAll(async () => {
    handle = await createTestDatabase(engine);
    assessorSmi = await assessor('SMI');
    assessorSmwk = await assessor('SMWK');

    // In the period, at every precision, on both of its edges.
    await record({
      kind: 'fair',
      title: 'Messebesuch in Rom',
      startsOn: '2024-10',
      organiser: 'sk',
      goals: ['Z4'],
      instruments: ['III'],
      participants: ['ihk', 'regione-lazio', 'smwk'],
      budgetActual: '10.000,00',
      visibility: 'public',
    });
    await record({
      kind: 'exchange',
      title: 'Vernetzung von Startups',
      startsOn: '2024',
      organiser: 'smwa',
      goals: ['Z4', 'Z5'],
      instruments: ['III'],
      participants: ['ihk', 'wfs'],
      budgetActual: '8.400',
    });
    await record({
      kind: 'working_group_meeting',
      title: 'Sitzung der Arbeitsgruppe Sachsen-Lazio',
      startsOn: '2025-05-12',
      organiser: 'sk',
      workingGroup: 'ag-sachsen-lazio',
      goals: ['Z5'],
    });
    await record({
      kind: 'training',
      title: 'Workshop Denkmalpflege',
      startsOn: '2025-09-30',
      organiser: 'smwk',
      goals: ['Z6'],
      instruments: ['V'],
      participants: ['staatliche-museen'],
      budgetActual: '5.000',
      visibility: 'restricted',
    });
    await record({
      kind: 'delegation_trip',
      title: 'Reise über den Periodenbeginn',
      startsOn: '2024-09-28',
      endsOn: '2024-10-02',
      organiser: 'smi',
    });
    await record({ kind: 'project', title: 'Sommerschule', startsOn: '2025', organiser: 'smwk' });

    // Outside the period, cancelled, or undated: none of them counts.
    await record({
      kind: 'conference',
      title: 'Ausstellung am Tag danach',
      startsOn: '2025-10-01',
      organiser: 'sk',
      budgetActual: '1.000',
    });
    await record({
      kind: 'conference',
      title: 'Konferenz im Monat danach',
      startsOn: '2025-10',
      organiser: 'sk',
      goals: ['Z4'],
    });
    await record({
      kind: 'conference',
      title: 'Reise im Monat davor',
      startsOn: '2024-09',
      organiser: 'sk',
      goals: ['Z4'],
    });
    await record({ kind: 'exchange', title: 'Austausch im Jahr davor', startsOn: '2023', organiser: 'smwa' });
    await record({
      kind: 'working_group_meeting',
      title: 'Sitzung nach dem Zeitraum',
      startsOn: '2025-10-20',
      organiser: 'sk',
      workingGroup: 'ag-sachsen-lazio',
    });
    await cancel(
      await record({
        kind: 'conference',
        title: 'Abgesagte Konferenz',
        startsOn: '2025-03-01',
        organiser: 'sk',
        goals: ['Z4'],
        participants: ['ihk'],
        budgetActual: '99',
        status: 'planned',
      }),
    );
    await cancel(
      await record({
        kind: 'working_group_meeting',
        title: 'Abgesagte Sitzung',
        startsOn: '2025-06-15',
        organiser: 'sk',
        workingGroup: 'ag-sachsen-lazio',
        status: 'planned',
      }),
    );
    await record({ kind: 'exchange', title: 'Schulaustausch ohne Datum', organiser: 'smk' });

    // Lazio also works on a sector the strategy names for sectoral partnerships.
    const [lazio] = await handle.db.select().from(t.partnerships).where(eq(t.partnerships.key, 'lazio'));
    const [energy] = await handle.db.select().from(t.sectors).where(eq(t.sectors.key, 'energie'));
    await handle.db.insert(t.partnershipSectors).values({ partnershipId: lazio!.id, sectorId: energy!.id });
  });
  afterAll(async () => handle?.close());

  it('counts the activities whose dates overlap the period, at their precision, and not cancelled ones', async () => {
    const lazio = (await evidence(coordinator)).lazio!;
    expect(lazio.period).toEqual(PERIOD);
    expect(lazio.activities.total).toBe(6);
    expect(lazio.activities.undated).toBe(1);
    expect(counts(lazio.activities.byGoal)).toEqual({ Z4: 2, Z5: 2, Z6: 1 });
    // Every goal and instrument of the strategy is listed, in its order, with 0 where none.
    expect(lazio.activities.byGoal.map((g) => g.key)).toEqual(['Z1', 'Z2', 'Z3', 'Z4', 'Z5', 'Z6']);
    expect(lazio.activities.byGoal[3]).toMatchObject({
      key: 'Z4',
      title: expect.any(String),
      titleEn: expect.any(String),
    });
    expect(lazio.activities.byInstrument.map((i) => i.numeral)).toEqual(['I', 'II', 'III', 'IV', 'V', 'VI', 'VII']);
    expect(counts(lazio.activities.byInstrument, 'numeral')).toEqual({ III: 2, V: 1 });
    expect(lazio.activities.byMinistry.map((m) => [m.key, m.count])).toEqual([
      ['sk', 2],
      ['smwk', 2],
      ['smi', 1],
      ['smwa', 1],
    ]);
    expect(lazio.activities.byMinistry[0]).toMatchObject({ name: 'Sächsische Staatskanzlei', abbreviation: 'SK' });
  });

  it('lists the latest five activities of the period, newest first', async () => {
    const lazio = (await evidence(coordinator)).lazio!;
    expect(lazio.activities.recent.map((a) => a.title)).toEqual([
      'Workshop Denkmalpflege',
      'Sitzung der Arbeitsgruppe Sachsen-Lazio',
      'Sommerschule',
      'Messebesuch in Rom',
      'Reise über den Periodenbeginn',
    ]);
    expect(lazio.activities.recent[0]).toEqual({
      id: titles['Workshop Denkmalpflege'],
      title: 'Workshop Denkmalpflege',
      startsOn: '2025-09-30',
      kind: 'training',
    });
  });

  it('names the stakeholders outside the government and sums the money stated as spent', async () => {
    const lazio = (await evidence(coordinator)).lazio!;
    expect(lazio.stakeholders.map((s) => [s.key, s.kind, s.activities])).toEqual([
      ['ihk', 'chamber', 2],
      ['staatliche-museen', 'cultural_institution', 1],
      ['wfs', 'agency', 1],
    ]);
    expect(lazio.spentCents).toBe(1_000_000 + 840_000 + 500_000);
    expect(lazio.activitiesWithAmount).toBe(3);
  });

  it("keeps another ministry's restricted activity out of every figure an assessor sees, and counts it for its own ministry", async () => {
    const seen = (await evidence(assessorSmi)).lazio!;
    expect(seen.activities.total).toBe(5);
    expect(counts(seen.activities.byGoal)).toEqual({ Z4: 2, Z5: 2 });
    expect(counts(seen.activities.byInstrument, 'numeral')).toEqual({ III: 2 });
    expect(seen.activities.byMinistry.find((m) => m.key === 'smwk')?.count).toBe(1);
    expect(seen.activities.recent.map((a) => a.title)).not.toContain('Workshop Denkmalpflege');
    expect(seen.stakeholders.map((s) => s.key)).toEqual(['ihk', 'wfs']);
    expect(seen.spentCents).toBe(1_840_000);
    expect(seen.activitiesWithAmount).toBe(2);
    expect(JSON.stringify(seen)).not.toContain('Denkmalpflege');

    const own = (await evidence(assessorSmwk)).lazio!;
    expect(own.activities.total).toBe(6);
    expect(own.spentCents).toBe(2_340_000);
  });

  it("counts the working group's meetings in the period and gives its last meeting up to today", async () => {
    const lazio = (await evidence(coordinator)).lazio!;
    expect(lazio.workingGroups).toEqual([
      { name: 'Arbeitsgruppe Sachsen-Lazio', meetings: 1, lastMeeting: '2025-10-20' },
    ]);
    // Reviewed before the later meeting took place, the group had last met in May.
    const earlier = (await evidence(coordinator, PERIOD, '2025-10-01')).lazio!;
    expect(earlier.workingGroups[0]).toMatchObject({ meetings: 1, lastMeeting: '2025-05-12' });
  });

  it('gives the agreements with their validity on the day, the renewed one marked', async () => {
    const lazio = (await evidence(coordinator)).lazio!;
    expect(lazio.agreements.map((a) => [a.key, a.expiresOn, a.validity, a.renewedBy])).toEqual([
      ['lazio-2016', null, 'unknown', 'lazio-2021'],
      ['lazio-2021', '2026-10-04', 'valid', null],
    ]);
    const inMay = (await evidence(coordinator, PERIOD, '2026-05-01')).lazio!;
    expect(inMay.agreements[1]!.validity).toBe('expiring');
    const later = (await evidence(coordinator, PERIOD, '2026-10-04')).lazio!;
    expect(later.agreements[1]!.validity).toBe('expired');
  });

  it("marks the partnership's sectors the strategy names for sectoral partnerships", async () => {
    const lazio = (await evidence(coordinator)).lazio!;
    expect(lazio.sectors.map((s) => [s.key, s.priority])).toEqual([
      ['bildung', false],
      ['energie', true],
      ['kunst-und-kultur', false],
      ['wirtschaft', false],
      ['wissenschaft', false],
    ]);
    expect(lazio.sectors[1]).toMatchObject({ name: 'Energie', nameEn: 'Energy' });
  });

  it('gives the status history of a dormant partnership, and nothing counted for it', async () => {
    const dormant = (await evidence(coordinator))['st-petersburg']!;
    expect(dormant.statusHistory).toEqual([
      { from: null, to: 'active', effectiveOn: null, reason: expect.stringContaining('24. Februar 2022') },
      { from: 'active', to: 'dormant', effectiveOn: '2022-02-24', reason: expect.stringContaining('Ruht seit') },
    ]);
    expect(dormant).toMatchObject<Partial<PartnershipEvidence>>({
      workingGroups: [],
      agreements: [],
      sectors: [],
      stakeholders: [],
      spentCents: 0,
      activitiesWithAmount: 0,
    });
    expect(dormant.activities).toMatchObject({ total: 0, undated: 0, byMinistry: [], recent: [] });
    expect(counts(dormant.activities.byGoal)).toEqual({});
  });

  it("reads Kharkiv's seeded year: the signing trip, its stakeholders and the open-ended declaration", async () => {
    const inPeriod = (await evidence(coordinator)).charkiw!;
    expect(inPeriod.activities.total).toBe(0);
    const charkiw = (await evidence(assessorSmi, { from: '2024-01-01', to: '2024-12-31' })).charkiw!;
    expect(charkiw.activities.total).toBe(2);
    expect(charkiw.activities.byMinistry.map((m) => [m.key, m.count])).toEqual([['sk', 2]]);
    // The partner's government bodies are not stakeholders; the EU delegation and the Rada committee are.
    expect(charkiw.stakeholders.map((s) => [s.key, s.activities])).toEqual([
      ['rada-ausschuss-internationale-zusammenarbeit', 1],
      ['eu-delegation-ukraine', 1],
    ]);
    expect(charkiw.agreements).toEqual([
      {
        key: 'charkiw-2024',
        title: expect.stringContaining('Absichtserklärung'),
        signedOn: '2024-03-27',
        expiresOn: null,
        validity: 'unknown',
        renewedBy: null,
      },
    ]);
    expect(charkiw.statusHistory).toMatchObject([{ from: null, to: 'active', effectiveOn: '2024-03-27' }]);
  });

  it('answers for the partnerships it knows, in the order asked, and refuses a period that is not two days in order', async () => {
    const read = await readRoundEvidence(handle.db, coordinator, ['charkiw', 'unbekannt', 'lazio'], PERIOD, TODAY);
    expect(Object.keys(read)).toEqual(['charkiw', 'lazio']);
    expect(await readRoundEvidence(handle.db, coordinator, [], PERIOD, TODAY)).toEqual({});
    await expect(evidence(coordinator, { from: '2025-10', to: '2025-12-31' })).rejects.toMatchObject({
      code: 'INVALID_INPUT',
      issues: [{ field: 'period.from' }],
    });
    await expect(evidence(coordinator, { from: '2025-10-01', to: '2025-09-30' })).rejects.toMatchObject({
      code: 'INVALID_INPUT',
      issues: [{ field: 'period.to' }],
    });
  });
});
