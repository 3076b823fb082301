import { createHash } from 'node:crypto';
import { desc, eq } from 'drizzle-orm';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DatabaseHandle } from '../../db/client.ts';
import * as t from '../../db/schema.ts';
import { buildApp } from '../../server/app.ts';
import { createTestDatabase, engines } from '../setup/test-database.ts';
import { buildUser, type TestUser } from '../support/users.ts';
import { testClock } from '../support/clock.ts';

/**
 * Every form that records a fact cites any document of the library, with its passage, through
 * one source field and one rule: the status change, a new agreement, the renewal (which needs
 * one), an activity (optional), a measure's report. Over HTTP, as a browser without JavaScript.
 */
const PUBLIC_TEXT = `Dresden/Rom (5. November 2026) – Sachsen und die Region Latium haben ihre
Zusammenarbeit   um weitere fünf Jahre verlängert. Das neue Memorandum wurde in Rom unterzeichnet.
Die Partnerschaft mit Tatarstan ruht weiterhin.`;
const PASSAGE = 'Sachsen und die Region Latium haben ihre Zusammenarbeit um weitere fünf Jahre verlängert.';
const RESTRICTED_TEXT = 'Vermerk des SMWA: Die Delegationsreise nach Tatarstan findet vertraulich im Herbst statt.';
const RESTRICTED_PASSAGE = 'Die Delegationsreise nach Tatarstan findet vertraulich im Herbst statt.';

describe.each(engines)('citing library documents on %s', (engine) => {
  let handle: DatabaseHandle;
  let app: FastifyInstance;
  let coordinator: TestUser;
  let smwa: TestUser;
  let smk: TestUser;
  const csrf = new Map<TestUser, string>();

  async function addDocument(key: string, content: string, visibility: 'public' | 'restricted', org: string | null) {
    const [o] = org
      ? await handle.db.select({ id: t.organisations.id }).from(t.organisations).where(eq(t.organisations.key, org))
      : [];
    await handle.db.insert(t.sourceDocuments).values({
      key,
      fileName: `${key}.txt`,
      kind: 'press_release',
      title:
        key === 'pm-lazio-verlaengerung'
          ? 'Latium und Sachsen verlängern die Zusammenarbeit'
          : 'Vermerk Delegationsreise',
      publisher: 'Sächsische Staatskanzlei',
      publishedOn: '2026-11',
      language: 'de',
      content,
      sha256: createHash('sha256').update(content).digest('hex'),
      visibility,
      organisationId: o?.id ?? null,
    });
  }

  beforeAll(async () => {
    handle = await createTestDatabase(engine);
    app = await buildApp({ services: { db: handle.db, clock: testClock }, rateLimit: false });
    coordinator = await buildUser(handle.db, 'coordinator', 'SK');
    smwa = await buildUser(handle.db, 'ministry_editor', 'SMWA');
    smk = await buildUser(handle.db, 'ministry_editor', 'SMK');
    for (const user of [coordinator, smwa, smk]) {
      const me = await app.inject({ method: 'GET', url: '/api/v1/me', headers: { cookie: user.cookie } });
      csrf.set(user, me.json().csrfToken as string);
    }
    await addDocument('pm-lazio-verlaengerung', PUBLIC_TEXT, 'public', null);
    await addDocument('vermerk-smwa-reise', RESTRICTED_TEXT, 'restricted', 'smwa');
  });
  afterAll(async () => {
    await app?.close();
    await handle?.close();
  });

  const post = (user: TestUser, url: string, fields: Record<string, string>) =>
    app.inject({
      method: 'POST',
      url,
      headers: { cookie: user.cookie, 'content-type': 'application/x-www-form-urlencoded' },
      payload: new URLSearchParams({ csrf: csrf.get(user)!, ...fields }).toString(),
    });
  const page = (url: string, user: TestUser) => app.inject({ url, headers: { cookie: user.cookie } });
  const errorOf = (html: string, prefix: string, field: string) =>
    new RegExp(`id="${prefix}-${field}-error"[^>]*>([^<]*)<`).exec(html)?.[1];
  const citationsCount = () => handle.db.$count(t.citations);
  const cited = { source: 'pm-lazio-verlaengerung', locator: 'Absatz 1', quote: PASSAGE };
  const renewal = {
    kind: 'memorandum_of_understanding',
    title: 'Memorandum of Understanding Sachsen – Latium (2026)',
    signedOn: '2026-11-05',
    termMonths: '60',
  };

  it('refuses a renewal without a source, naming the field, and writes nothing', async () => {
    const before = await handle.db.$count(t.agreements);
    const res = await post(coordinator, '/vereinbarungen/lazio-2021/erneuern', renewal);
    expect(res.statusCode).toBe(400);
    expect(errorOf(res.body, 'agreement', 'source')).toBe('Bitte wählen Sie das Dokument, auf dem die Angabe beruht.');
    expect(res.body).toContain('href="#agreement-source"');
    expect(await handle.db.$count(t.agreements)).toBe(before);
  });

  it('refuses a passage that is not in the document, at the passage field', async () => {
    const before = await citationsCount();
    const res = await post(coordinator, '/vereinbarungen/lazio-2021/erneuern', {
      ...renewal,
      ...cited,
      quote: 'Sachsen und Latium beenden ihre Zusammenarbeit.',
    });
    expect(res.statusCode).toBe(400);
    expect(errorOf(res.body, 'agreement', 'quote')).toBe('Die Textstelle kommt im Dokument nicht vor.');
    expect(await citationsCount()).toBe(before);
  });

  it('renews the Lazio agreement citing a library document, shown on its page and audited', async () => {
    const res = await post(coordinator, '/vereinbarungen/lazio-2021/erneuern', {
      ...renewal,
      ...cited,
      // The passage as copied from a wrapped text: its line breaks count as spaces.
      quote: 'Sachsen und die Region Latium haben ihre\nZusammenarbeit um weitere fünf Jahre verlängert.',
    });
    expect(res.statusCode).toBe(302);
    const [agreement] = await handle.db
      .select({ id: t.agreements.id, key: t.agreements.key })
      .from(t.agreements)
      .orderBy(desc(t.agreements.id))
      .limit(1);
    const [citation] = await handle.db.select().from(t.citations).where(eq(t.citations.agreementId, agreement!.id));
    expect(citation).toMatchObject({ locator: 'Absatz 1', claim: 'renewal' });
    const shown = await page(`/vereinbarungen/${agreement!.key}`, coordinator);
    expect(shown.body).toContain('Sachsen und die Region Latium haben ihre');
    expect(shown.body).toContain('Latium und Sachsen verlängern die Zusammenarbeit');
    const partnership = await page('/partnerschaften/lazio', coordinator);
    expect(partnership.body).toContain('Latium und Sachsen verlängern die Zusammenarbeit');
    const [audit] = await handle.db
      .select()
      .from(t.auditLog)
      .where(eq(t.auditLog.action, 'agreement.renew'))
      .orderBy(desc(t.auditLog.id))
      .limit(1);
    expect(audit!.after).toMatchObject({ citation: { source: 'pm-lazio-verlaengerung', locator: 'Absatz 1' } });
  });

  it('records a new agreement citing a library document', async () => {
    const res = await post(coordinator, '/vereinbarungen/neu', {
      kind: 'memorandum_of_understanding',
      title: 'Absichtserklärung Sachsen – Latium, Rom',
      partnership: 'lazio',
      signedOn: '2026-11-05',
      ...cited,
      quote: 'Das neue Memorandum wurde in Rom unterzeichnet.',
    });
    expect(res.statusCode).toBe(302);
    const shown = await page(res.headers.location!, coordinator);
    expect(shown.body).toContain('Das neue Memorandum wurde in Rom unterzeichnet.');
  });

  it('changes a status citing a library document; the picker lists the library', async () => {
    const form = await page('/partnerschaften/tatarstan', coordinator);
    expect(form.body).toContain('value="pm-lazio-verlaengerung"');
    const res = await post(coordinator, '/partnerschaften/tatarstan', {
      to: 'ended',
      effectiveOn: '2026-11',
      reason: 'Die Partnerschaft ruht weiter und wird beendet.',
      ...cited,
      quote: 'Die Partnerschaft mit Tatarstan ruht weiterhin.',
    });
    expect(res.statusCode).toBe(302);
    const shown = await page('/partnerschaften/tatarstan', coordinator);
    expect(shown.body).toContain('Die Partnerschaft mit Tatarstan ruht weiterhin.');
  });

  it('lists a restricted document only to those who may see it, and refuses it to the others', async () => {
    const own = await page('/aktivitaeten/neu', smwa);
    expect(own.body).toContain('value="vermerk-smwa-reise"');
    const other = await page('/aktivitaeten/neu', smk);
    expect(other.body).not.toContain('vermerk-smwa-reise');
    expect(other.body).toContain('value="pm-lazio-verlaengerung"');
    // Not found by a search either.
    const searched = await post(smk, '/aktivitaeten/neu', {
      sourceStep: 'search',
      sourceSearch: 'Vermerk Delegationsreise',
    });
    expect(searched.statusCode).toBe(200);
    expect(searched.body).not.toContain('vermerk-smwa-reise');
    expect(searched.body).toContain('Kein Dokument, das Sie sehen dürfen, passt zu dieser Suche.');

    const activity = {
      kind: 'delegation_trip',
      title: 'Delegationsreise nach Tatarstan',
      status: 'planned',
      visibility: 'internal',
      source: 'vermerk-smwa-reise',
      quote: RESTRICTED_PASSAGE,
      // Saved although it serves no measure yet ("Trotzdem speichern").
      intent: 'confirm',
    };
    const before = await handle.db.$count(t.activities);
    const refused = await post(smk, '/aktivitaeten/neu', { ...activity, organiser: 'smk' });
    expect(refused.statusCode).toBe(400);
    expect(errorOf(refused.body, 'activity', 'source')).toBe(
      'Bitte wählen Sie ein Dokument der Quellenbibliothek, das Sie sehen dürfen.',
    );
    expect(await handle.db.$count(t.activities)).toBe(before);

    // Its passage would show to everyone who sees the activity: an internal one may not quote it.
    const tooWide = await post(smwa, '/aktivitaeten/neu', { ...activity, organiser: 'smwa' });
    expect(tooWide.statusCode).toBe(400);
    expect(errorOf(tooWide.body, 'activity', 'source')).toMatch(/^Nicht jeder, der diesen Eintrag sieht/);
    expect(await handle.db.$count(t.activities)).toBe(before);
    const accepted = await post(smwa, '/aktivitaeten/neu', {
      ...activity,
      organiser: 'smwa',
      visibility: 'restricted',
    });
    expect(accepted.statusCode).toBe(302);
    const shown = await page(accepted.headers.location!, smwa);
    expect(shown.body).toContain(RESTRICTED_PASSAGE);
  });

  it('records an activity by hand without a document, but wants the passage once one is chosen', async () => {
    const activity = {
      kind: 'delegation_trip',
      title: 'Besuch in Rom',
      status: 'planned',
      visibility: 'internal',
      intent: 'confirm',
    };
    const plain = await post(coordinator, '/aktivitaeten/neu', activity);
    expect(plain.statusCode).toBe(302);
    const noPassage = await post(coordinator, '/aktivitaeten/neu', { ...activity, source: 'pm-lazio-verlaengerung' });
    expect(noPassage.statusCode).toBe(400);
    expect(errorOf(noPassage.body, 'activity', 'quote')).toBe(
      'Bitte geben Sie die Textstelle an, auf der die Angabe beruht.',
    );
    const id = /\/aktivitaeten\/(\d+)/.exec(plain.headers.location!)![1];
    const edited = await post(coordinator, `/aktivitaeten/${id}/bearbeiten`, {
      ...activity,
      ...cited,
      quote: 'Das neue Memorandum wurde in Rom unterzeichnet.',
    });
    expect(edited.statusCode).toBe(302);
    const [row] = await handle.db
      .select()
      .from(t.citations)
      .where(eq(t.citations.activityId, Number(id)));
    expect(row).toMatchObject({ quote: 'Das neue Memorandum wurde in Rom unterzeichnet.' });
  });

  it('cites a library document with a measure’s report', async () => {
    const [measure] = await handle.db.select({ key: t.measures.key }).from(t.measures).limit(1);
    const url = `/massnahmen/${measure!.key}`;
    const report = { intent: 'report', status: 'in_progress', note: 'Memorandum verlängert.', ...cited };
    const wrong = await post(coordinator, url, { ...report, quote: 'Nichts davon steht dort.' });
    expect(wrong.statusCode).toBe(400);
    expect(errorOf(wrong.body, 'report', 'quote')).toBe('Die Textstelle kommt im Dokument nicht vor.');
    const res = await post(coordinator, url, report);
    expect(res.statusCode).toBe(302);
    const shown = await page(url, coordinator);
    expect(shown.body).toContain('Quellen der Berichte');
    expect(shown.body).toContain(PASSAGE);
  });

  it('narrows the picker by a search without writing anything', async () => {
    const before = await handle.db.$count(t.partnershipStatusChanges);
    const res = await post(coordinator, '/partnerschaften/lazio', {
      to: 'dormant',
      sourceStep: 'search',
      sourceSearch: 'Delegationsreise',
    });
    expect(res.statusCode).toBe(200);
    expect(res.body).toContain('value="vermerk-smwa-reise"');
    expect(res.body).not.toContain('value="pm-lazio-verlaengerung"');
    expect(await handle.db.$count(t.partnershipStatusChanges)).toBe(before);
  });
});
