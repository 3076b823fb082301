import { eq } from 'drizzle-orm';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DatabaseHandle } from '../../db/client.ts';
import * as t from '../../db/schema.ts';
import { buildApp } from '../../server/app.ts';
import { createTestDatabase, engines } from '../setup/test-database.ts';
import { testClock } from '../support/clock.ts';
import { buildUser, type TestUser } from '../support/users.ts';

const TITLE = 'Delegationsreise zur Wasserstoffkonferenz nach Breslau';
const base = {
  kind: 'delegation_trip',
  title: TITLE,
  description: 'Unternehmen der Wasserstoffwirtschaft reisen mit dem Staatsminister nach Niederschlesien.',
  startsOn: '2027-05-10',
  organiser: 'sk',
  partnership: 'niederschlesien',
  status: 'planned',
  visibility: 'internal',
};

describe.each(engines)('asking before saving an activity on %s', (engine) => {
  let handle: DatabaseHandle;
  let app: FastifyInstance;
  let coordinator: TestUser;
  let csrf = '';
  beforeAll(async () => {
    handle = await createTestDatabase(engine);
    app = await buildApp({ services: { db: handle.db, clock: testClock }, rateLimit: false });
    coordinator = await buildUser(handle.db, 'coordinator', 'SK');
    csrf = (await app.inject({ url: '/api/v1/me', headers: { cookie: coordinator.cookie } })).json().csrfToken;
  });
  afterAll(async () => {
    await app?.close();
    await handle?.close();
  });

  const post = (fields: Record<string, string | string[]>) => {
    const body = new URLSearchParams({ csrf });
    for (const [k, v] of Object.entries(fields)) for (const x of [v].flat()) body.append(k, x);
    return app.inject({
      method: 'POST',
      url: '/aktivitaeten/neu',
      headers: { cookie: coordinator.cookie, 'content-type': 'application/x-www-form-urlencoded' },
      payload: body.toString(),
    });
  };
  const stored = (title: string) => handle.db.select().from(t.activities).where(eq(t.activities.title, title));

  it('asks once before saving an activity that serves nothing, and saves after confirmation', async () => {
    const asked = await post(base);
    expect(asked.statusCode).toBe(200);
    expect(asked.body).toContain('dient keinem Ziel, keinem Instrument und keiner Maßnahme');
    expect(asked.body).toContain('Trotzdem speichern');
    expect(asked.body).toMatch(new RegExp(`name="title"[^>]*value="${TITLE}"`));
    expect(await stored(TITLE)).toHaveLength(0);

    const saved = await post({ ...base, intent: 'confirm' });
    expect(saved.statusCode).toBe(302);
    expect(await stored(TITLE)).toHaveLength(1);
  });

  it('fills in the suggestions with one button, saving nothing, and saves them without a question', async () => {
    const title = `${TITLE} (2)`;
    const filled = await post({ ...base, title, goals: 'Z3', intent: 'suggest' });
    expect(filled.statusCode).toBe(200);
    expect(filled.body).toContain('Die Vorschläge sind übernommen');
    expect(filled.body).toContain('weil der Text „Wasserstoffkonferenz“ nennt');
    expect(filled.body).toMatch(/id="activity-instruments-III"[^>]*checked=""/);
    expect(filled.body).toMatch(/id="activity-goals-Z3"[^>]*checked=""/);
    expect(filled.body).toMatch(
      /name="measures"[^>]*value="[^"]*III-03[^"]*VII-03|name="measures"[^>]*value="[^"]*VII-03[^"]*III-03/,
    );
    expect(await stored(title)).toHaveLength(0);

    const saved = await post({ ...base, title, goals: 'Z3', instruments: ['III', 'VII'], measures: 'III-03, VII-03' });
    expect(saved.statusCode).toBe(302);
    const [row] = await stored(title);
    const links = await handle.db.select().from(t.activityMeasures).where(eq(t.activityMeasures.activityId, row!.id));
    expect(links).toHaveLength(2);
  });

  it('asks before taking a date before 1990 or more than five years ahead', async () => {
    const title = `${TITLE} (1899)`;
    const linked = { ...base, title, instruments: 'III' };
    const early = await post({ ...linked, startsOn: '1899-01-01' });
    expect(early.statusCode).toBe(200);
    expect(early.body).toContain('1899-01-01 liegt vor 1990');
    expect(early.body).not.toContain('dient keinem Ziel');
    expect(await stored(title)).toHaveLength(0);
    const far = await post({ ...linked, startsOn: '2040-05' });
    expect(far.body).toContain('2040-05 liegt mehr als fünf Jahre in der Zukunft');

    const saved = await post({ ...linked, startsOn: '1899-01-01', intent: 'confirm' });
    expect(saved.statusCode).toBe(302);
    expect((await stored(title))[0]!.startsOn).toBe('1899-01-01');
  });
});
