import { desc, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Actor, operator } from '../../core/access/actor.ts';
import {
  addCriterion,
  closeRound,
  correctRound,
  createRound,
  moveRound,
  recordDecision,
  removeCriterion,
  saveScores,
  sendReminder,
  setRecommendation,
  setRoundParticipants,
  setRoundScope,
  setRoundWeights,
  startScoring,
  type RoundStore,
} from '../../core/rounds/round-use-cases.ts';
import type { DatabaseHandle } from '../../db/client.ts';
import { readRoundDossier } from '../../db/rounds/round-dossier.queries.ts';
import { readRound, readScores } from '../../db/rounds/rounds.queries.ts';
import { readProgress } from '../../db/rounds/round-coordination.queries.ts';
import * as t from '../../db/schema.ts';
import { withRoundStore } from '../../db/rounds/round.store.ts';
import { createTestDatabase, engines } from '../setup/test-database.ts';
import { buildUser } from '../support/users.ts';
import { testClock } from '../support/clock.ts';

const TODAY = '2026-11-21';
const SCOPE = ['lazio', 'charkiw', 'tatarstan', 'quebec'];

describe.each(engines)('an evaluation round through its use-cases on %s', (engine) => {
  let handle: DatabaseHandle;
  const coordinator = operator('test');
  const assessors: Record<string, Actor & { kind: 'user' }> = {};
  let reader: Actor;

  const run = <T>(work: (store: RoundStore) => Promise<T>) => withRoundStore(handle.db, testClock.now(), work);
  const issuesOf = async (promise: Promise<unknown>) => {
    const error = (await promise.then(
      () => null,
      (e: unknown) => e,
    )) as { code: string; issues: { field: string; message: string }[] } | null;
    expect(error, 'expected the use-case to refuse').not.toBeNull();
    return { code: error!.code, fields: error!.issues.map((i) => i.field) };
  };
  const score = async (who: string, partnership: string, values: number[], submit = true) => {
    // Read before the transaction: PGlite has one connection, which the transaction holds.
    const round = (await readRound(handle.db, 'lc-2026'))!;
    return run((store) =>
      saveScores({
        store,
        actor: assessors[who]!,
        key: 'lc-2026',
        partnership,
        input: {
          submit,
          scores: round.criteria.map((c, i) => ({
            criterion: c.key,
            value: values[i % values.length]!,
            justification: values[i % values.length] === 2 ? '' : `Begründung ${who} ${partnership} ${c.key}`,
          })),
        },
      }),
    );
  };

  beforeAll(async () => {
    handle = await createTestDatabase(engine);
    for (const [name, ministry] of [
      ['smwk', 'SMWK'],
      ['smwa', 'SMWA'],
      ['smi', 'SMI'],
    ] as const) {
      const u = await buildUser(handle.db, 'assessor', ministry);
      assessors[name] = {
        kind: 'user',
        userId: u.id,
        label: u.email,
        role: 'assessor',
        organisationId: u.organisationId,
      };
    }
    const r = await buildUser(handle.db, 'reader', 'SMWK', 'leser@test.sachsen.de');
    reader = { kind: 'user', userId: r.id, label: r.email, role: 'reader', organisationId: r.organisationId };
  });
  afterAll(async () => handle?.close());

  it('opens a round with the default scope (dormant included, no candidates) and the criteria of the strategy', async () => {
    await run((store) =>
      createRound({
        store,
        actor: coordinator,
        today: TODAY,
        seed: () => 20260,
        input: {
          key: 'lc-default',
          name: 'Leitlinien-Check 2026',
          occasion: 'cabinet_decision',
          periodFrom: '2022-01-01',
          periodTo: '2025-12-31',
          scoringDeadline: '2026-12-15',
          ministries: ['smwk', 'smwa', 'smi'],
        },
      }),
    );
    const round = (await readRound(handle.db, 'lc-default'))!;
    const keys = round.partnerships.map((p) => p.key);
    expect(keys).toEqual(expect.arrayContaining(['lazio', 'charkiw', 'tatarstan', 'tschechien', 'niederschlesien']));
    expect(keys).not.toContain('flandern');
    expect(keys).not.toContain('verbindungsbuero-prag');
    expect(round.partnerships.find((p) => p.key === 'tatarstan')).toMatchObject({ statusAtStart: 'dormant' });
    expect(round.criteria).toHaveLength(11);
    expect(round.criteria[0]).toMatchObject({
      key: 'ziel-z1',
      goalKey: 'Z1',
      basis: { documentKey: 'strategie-2025' },
    });
    expect(round.summary).toMatchObject({ status: 'draft', weightMethod: 'equal', smaa: { seed: 20260 } });
  });

  it('refuses bad input field by field and stores nothing', async () => {
    const before = await handle.db.$count(t.evaluationRounds);
    const refused = await issuesOf(
      run((store) =>
        createRound({
          store,
          actor: coordinator,
          today: TODAY,
          seed: () => 1,
          input: {
            key: 'Lc 2026',
            name: '',
            occasion: 'whim',
            periodFrom: '2025-12-31',
            periodTo: '2022-02-30',
            scoringDeadline: '2026-12-15',
          },
        }),
      ),
    );
    expect(refused.code).toBe('INVALID_INPUT');
    expect(refused.fields).toEqual(expect.arrayContaining(['key', 'name', 'occasion', 'periodTo']));
    const past = await issuesOf(
      run((store) =>
        createRound({
          store,
          actor: coordinator,
          today: TODAY,
          seed: () => 1,
          input: {
            key: 'lc-default',
            name: 'Zweiter',
            occasion: 'ad_hoc',
            periodFrom: '2022-01-01',
            periodTo: '2025-12-31',
            scoringDeadline: '2026-01-01',
            partnerships: ['lazio', 'atlantis'],
            ministries: ['ihk'],
          },
        }),
      ),
    );
    expect(past.fields).toEqual(expect.arrayContaining(['key', 'scoringDeadline', 'partnerships.1', 'ministries.0']));
    expect(await handle.db.$count(t.evaluationRounds)).toBe(before);
    const forbidden = await issuesOf(
      run((store) => createRound({ store, actor: reader, today: TODAY, seed: () => 1, input: {} })),
    );
    expect(forbidden.code).toBe('FORBIDDEN');
  });

  it('edits scope, participants, criteria and AHP weights in the draft, then fixes the round for scoring', async () => {
    await run((store) =>
      createRound({
        store,
        actor: coordinator,
        today: TODAY,
        seed: () => 4242,
        input: {
          key: 'lc-2026',
          name: 'Leitlinien-Check 2026',
          occasion: 'cabinet_decision',
          periodFrom: '2022-01-01',
          periodTo: '2025-12-31',
          scoringDeadline: '2026-12-15',
          partnerships: ['lazio'],
          ministries: ['smwk'],
        },
      }),
    );
    await run((store) => setRoundScope({ store, actor: coordinator, key: 'lc-2026', input: { partnerships: SCOPE } }));
    await run((store) =>
      setRoundParticipants({
        store,
        actor: coordinator,
        key: 'lc-2026',
        input: { ministries: ['smwk', 'smwa', 'smi'], assessors: Object.values(assessors).map((a) => a.userId) },
      }),
    );
    // Keep three criteria so the pairwise comparison stays short.
    for (const key of [
      'ziel-z1',
      'ziel-z2',
      'ziel-z3',
      'ziel-z5',
      'ziel-z6',
      'akteure',
      'kosteneffizienz',
      'schwerpunktsektoren',
    ])
      await run((store) => removeCriterion({ store, actor: coordinator, key: 'lc-2026', criterion: key }));
    await run((store) =>
      addCriterion({
        store,
        actor: coordinator,
        key: 'lc-2026',
        input: {
          key: 'sichtbarkeit',
          name: 'Sichtbarkeit in der Öffentlichkeit',
          guidance: 'Wie sichtbar ist die Partnerschaft in Sachsen und in der Partnerregion?',
          anchors: [
            { value: 0, label: 'nicht sichtbar' },
            { value: 4, label: 'sehr sichtbar' },
          ],
        },
      }),
    );
    const notReady = await issuesOf(
      run(async (store) => {
        await setRoundWeights({
          store,
          actor: coordinator,
          key: 'lc-2026',
          input: { method: 'ahp', judgements: [{ first: 'ziel-z4', second: 'intensitaet', value: 3 }] },
        });
        await startScoring({ store, actor: coordinator, key: 'lc-2026', now: testClock.now() });
      }),
    );
    expect(notReady.fields.some((f) => f.startsWith('judgements.'))).toBe(true);
    const weights = await run((store) =>
      setRoundWeights({
        store,
        actor: coordinator,
        key: 'lc-2026',
        input: {
          method: 'ahp',
          judgements: [
            { first: 'ziel-z4', second: 'intensitaet', value: 3 },
            { first: 'ziel-z4', second: 'politischer-rahmen', value: 2 },
            { first: 'ziel-z4', second: 'sichtbarkeit', value: 5 },
            { first: 'intensitaet', second: 'politischer-rahmen', value: 1 / 2 },
            { first: 'intensitaet', second: 'sichtbarkeit', value: 2 },
            { first: 'politischer-rahmen', second: 'sichtbarkeit', value: 3 },
          ],
        },
      }),
    );
    expect(weights.complete).toBe(true);
    expect(weights.consistencyRatio).toBeLessThan(0.1);
    const round = (await readRound(handle.db, 'lc-2026'))!;
    expect(round.criteria.map((c) => c.key)).toEqual(['ziel-z4', 'intensitaet', 'politischer-rahmen', 'sichtbarkeit']);
    expect(round.criteria.reduce((s, c) => s + c.weight, 0)).toBeCloseTo(1, 9);
    expect(round.criteria[0]!.weight).toBeGreaterThan(round.criteria[3]!.weight);
    await run((store) => startScoring({ store, actor: coordinator, key: 'lc-2026', now: testClock.now() }));
    expect((await readRound(handle.db, 'lc-2026'))!.summary.status).toBe('scoring');
    const fixed = await issuesOf(
      run((store) => removeCriterion({ store, actor: coordinator, key: 'lc-2026', criterion: 'sichtbarkeit' })),
    );
    expect(fixed.code).toBe('INVALID_TRANSITION');
  });

  it('takes drafts, demands a justification away from the middle, and keeps submitted scores final', async () => {
    await score('smwk', 'lazio', [4, 3, 2, 1], false);
    const missing = await issuesOf(
      run((store) =>
        saveScores({
          store,
          actor: assessors.smwk!,
          key: 'lc-2026',
          partnership: 'lazio',
          input: { submit: true, scores: [{ criterion: 'ziel-z4', value: 4, justification: '' }] },
        }),
      ),
    );
    expect(missing.fields).toEqual(['scores.ziel-z4.justification']);
    await score('smwk', 'lazio', [4, 3, 2, 1]);
    const final = await issuesOf(score('smwk', 'lazio', [0]));
    expect(final.fields).toContain('scores.ziel-z4');
    const outsider = await issuesOf(
      run((store) => saveScores({ store, actor: reader, key: 'lc-2026', partnership: 'lazio', input: { scores: [] } })),
    );
    expect(outsider.code).toBe('FORBIDDEN');
    const outOfScale = await issuesOf(
      run((store) =>
        saveScores({
          store,
          actor: assessors.smwa!,
          key: 'lc-2026',
          partnership: 'lazio',
          input: { scores: [{ criterion: 'ziel-z4', value: 7, justification: 'x' }] },
        }),
      ),
    );
    expect(outOfScale.fields).toEqual(['scores.ziel-z4.value']);
  });

  it('shows a ministry its own scores only until the round closes', async () => {
    const round = (await readRound(handle.db, 'lc-2026'))!;
    await score('smwa', 'lazio', [3, 3, 2, 2]);
    expect((await readScores(handle.db, assessors.smwk!, round)).map((s) => s.ministry)).toEqual(Array(4).fill('smwk'));
    expect(new Set((await readScores(handle.db, coordinator, round)).map((s) => s.ministry))).toEqual(
      new Set(['smwk', 'smwa']),
    );
    await expect(readRoundDossier(handle.db, assessors.smwk!, 'lc-2026', async () => ({}))).rejects.toMatchObject({
      code: 'FORBIDDEN',
    });
  });

  it('sends reminders, moves to review, recommends, closes and then refuses every change', async () => {
    await run((store) =>
      sendReminder({
        store,
        actor: coordinator,
        key: 'lc-2026',
        input: { ministry: 'smi', message: 'Bitte bis 15.12. bewerten.' },
      }),
    );
    const values: Record<string, number[][]> = {
      lazio: [[2, 2, 3, 3]],
      charkiw: [
        [4, 4, 3, 4],
        [3, 4, 4, 4],
        [4, 3, 4, 3],
      ],
      tatarstan: [
        [0, 0, 0, 1],
        [1, 0, 0, 0],
        [0, 1, 0, 0],
      ],
      quebec: [
        [3, 2, 3, 2],
        [2, 3, 3, 2],
        [3, 3, 2, 2],
      ],
    };
    for (const [partnership, rows] of Object.entries(values)) {
      const who = partnership === 'lazio' ? ['smi'] : ['smwk', 'smwa', 'smi'];
      for (const [i, name] of who.entries()) await score(name, partnership, rows[i]!);
    }
    const progress = await readProgress(handle.db, (await readRound(handle.db, 'lc-2026'))!.id);
    expect(progress.every((p) => p.submitted === 16 && p.drafts === 0)).toBe(true);

    await run((store) => moveRound({ store, actor: coordinator, key: 'lc-2026', to: 'review' }));
    const early = await issuesOf(
      run((store) => closeRound({ store, actor: coordinator, key: 'lc-2026', now: testClock.now() })),
    );
    expect(early.fields).toHaveLength(4);
    const wrong = await issuesOf(
      run((store) =>
        setRecommendation({
          store,
          actor: coordinator,
          key: 'lc-2026',
          partnership: 'tatarstan',
          input: { recommendation: 'continue', justification: 'x' },
        }),
      ),
    );
    expect(wrong.fields).toEqual(['recommendation']);
    const recommendations = {
      lazio: 'continue',
      charkiw: 'continue',
      tatarstan: 'keep_dormant',
      quebec: 'end',
    } as const;
    for (const [partnership, recommendation] of Object.entries(recommendations))
      await run((store) =>
        setRecommendation({
          store,
          actor: coordinator,
          key: 'lc-2026',
          partnership,
          input: { recommendation, justification: `Empfehlung für ${partnership}` },
        }),
      );
    await run((store) => closeRound({ store, actor: coordinator, key: 'lc-2026', now: testClock.now() }));

    const dossier = await readRoundDossier(handle.db, reader, 'lc-2026', async () => ({}));
    expect(dossier.results.partnerships.map((p) => p.partnership)).toEqual(['charkiw', 'lazio', 'quebec', 'tatarstan']);
    expect(dossier.results.robustness?.seed).toBe(4242);
    expect(Object.keys(dossier.results.agreement)).toHaveLength(4);
    expect(dossier.scores).toHaveLength(4 * 3 * 4);

    // The database itself refuses changes to a closed round.
    const round = (await readRound(handle.db, 'lc-2026'))!;
    await expect(
      handle.db.update(t.evaluationScores).set({ value: 0 }).where(eq(t.evaluationScores.roundId, round.id)),
    ).rejects.toMatchObject({ cause: { message: expect.stringMatching(/closed/) } });
    await expect(
      handle.db.update(t.evaluationRounds).set({ name: 'anders' }).where(eq(t.evaluationRounds.id, round.id)),
    ).rejects.toMatchObject({ cause: { message: expect.stringMatching(/closed/) } });
    const late = await issuesOf(score('smwk', 'quebec', [1]));
    expect(late.code).toBe('INVALID_TRANSITION');
  });

  it('records a decision that ends a partnership through the lifecycle with the round as its source', async () => {
    await run((store) =>
      recordDecision({
        store,
        actor: coordinator,
        key: 'lc-2026',
        partnership: 'quebec',
        today: TODAY,
        input: { decision: 'end', decidedOn: TODAY, body: 'Kabinett', note: '' },
      }),
    );
    const [quebec] = await handle.db.select().from(t.partnerships).where(eq(t.partnerships.key, 'quebec'));
    expect(quebec!.status).toBe('ended');
    const [change] = await handle.db
      .select()
      .from(t.partnershipStatusChanges)
      .where(eq(t.partnershipStatusChanges.partnershipId, quebec!.id))
      .orderBy(desc(t.partnershipStatusChanges.sequence))
      .limit(1);
    expect(change).toMatchObject({ fromStatus: 'active', toStatus: 'ended', effectiveOn: TODAY });
    expect(change!.evaluationRoundId).toBe((await readRound(handle.db, 'lc-2026'))!.id);
    const twice = await issuesOf(
      run((store) =>
        recordDecision({
          store,
          actor: coordinator,
          key: 'lc-2026',
          partnership: 'quebec',
          today: TODAY,
          input: { decision: 'end', decidedOn: TODAY, body: 'Kabinett' },
        }),
      ),
    );
    expect(twice.fields).toEqual(['decision']);
  });

  it('corrects a closed round with a new linked round carrying its scores as drafts', async () => {
    const key = await run((store) =>
      correctRound({
        store,
        actor: coordinator,
        key: 'lc-2026',
        newKey: 'lc-2026-korrektur',
        today: TODAY,
        seed: () => 7,
      }),
    );
    const correction = (await readRound(handle.db, key))!;
    expect(correction.summary).toMatchObject({ status: 'draft', correctsRound: { key: 'lc-2026' } });
    expect(correction.criteria.map((c) => c.key)).toEqual([
      'ziel-z4',
      'intensitaet',
      'politischer-rahmen',
      'sichtbarkeit',
    ]);
    const drafts = await readScores(handle.db, coordinator, correction);
    expect(drafts).toHaveLength(48);
    expect(drafts.every((s) => s.state === 'draft')).toBe(true);
    expect((await readRound(handle.db, 'lc-2026'))!.summary.correctedBy).toMatchObject({ key });
    const audit = await handle.db
      .select({ action: t.auditLog.action })
      .from(t.auditLog)
      .where(eq(t.auditLog.entityId, 'lc-2026'));
    expect(audit.map((a) => a.action)).toEqual(
      expect.arrayContaining(['round.create', 'round.weights', 'round.scores.submit', 'round.close', 'round.decide']),
    );
  });
});
