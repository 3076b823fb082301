import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ExtractedFact } from '../../core/sources/fact.ts';
import type { DatabaseHandle } from '../../db/client.ts';
import { registerFacts } from '../../db/review/register-facts.queries.ts';
import * as t from '../../db/schema.ts';
import { createTestDatabase, engines } from '../setup/test-database.ts';

/** The register as a candidate is compared with: only the activities it could be recorded as are read. */
describe.each(engines)('the register facts a comparison reads, on %s', (engine) => {
  let handle: DatabaseHandle;
  const ids: Record<string, number> = {};
  const trip: ExtractedFact = {
    type: 'activity',
    activityKind: 'delegation_trip',
    partner: { iso: 'IT-62', name: 'Lazio' },
    date: '2025-05-12',
    endDate: null,
    quote: 'Eine Delegation reiste am 12. Mai 2025 nach Rom.',
    confidence: 0.9,
  };

  beforeAll(async () => {
    handle = await createTestDatabase(engine);
    const [lazio] = await handle.db
      .select({ id: t.partnerships.id })
      .from(t.partnerships)
      .where(eq(t.partnerships.key, 'lazio'));
    const add = async (key: string, kind: 'delegation_trip' | 'conference', startsOn: string) => {
      const [row] = await handle.db
        .insert(t.activities)
        .values({ key, kind, title: key, startsOn, partnershipId: lazio!.id, status: 'done' })
        .returning({ id: t.activities.id });
      ids[key] = row!.id;
    };
    await add('test-trip-that-day', 'delegation_trip', '2025-05-12');
    await add('test-trip-that-year', 'delegation_trip', '2025');
    await add('test-trip-that-month', 'delegation_trip', '2025-05');
    await add('test-trip-next-day', 'delegation_trip', '2025-05-13');
    await add('test-trip-month-before', 'delegation_trip', '2025-04');
    await add('test-trip-years-before', 'delegation_trip', '2019-05-12');
    await add('test-conference-that-day', 'conference', '2025-05-12');
  });
  afterAll(() => handle?.close());

  const lazioActivities = async (facts: ExtractedFact[]) =>
    (await registerFacts(handle.db, facts)).find((p) => p.key === 'lazio')!.activities.map((a) => a.id);

  it('reads the activities of the fact’s partnership and kind whose start can fall on its date, and no others', async () => {
    const read = await lazioActivities([trip]);
    expect(read).toEqual(
      expect.arrayContaining([ids['test-trip-that-day'], ids['test-trip-that-year'], ids['test-trip-that-month']]),
    );
    expect(read).not.toContain(ids['test-trip-years-before']);
    expect(read).not.toContain(ids['test-trip-next-day']);
    expect(read).not.toContain(ids['test-conference-that-day']);
    // Within the window as text ("2025" ≤ "2025-04" ≤ "2025-05-12"), though not on the date: the comparison tells it apart.
    expect(read).toContain(ids['test-trip-month-before']);
  });

  it('reads no activity for facts that are not activities, and still states the rest of the register', async () => {
    const register = await registerFacts(handle.db, [{ ...trip, type: 'agreement_signed', activityKind: undefined }]);
    const lazio = register.find((p) => p.key === 'lazio')!;
    expect(lazio.activities).toEqual([]);
    expect(lazio.agreements.length).toBeGreaterThan(0);
    expect(lazio.placeIsos).toContain('IT-62');
    expect(register.every((p) => p.activities.length === 0)).toBe(true);
  });
});
