import { desc, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Actor, operator, PUBLIC } from '../../core/access/actor.ts';
import { addSourceDocument } from '../../core/sources/add-source-document.ts';
import { prepareSource, type SourceSubmission } from '../../core/sources/prepare-source.ts';
import type { QueueCandidates, RepairText } from '../../core/sources/source.types.ts';
import type { DatabaseHandle } from '../../db/client.ts';
import * as t from '../../db/schema.ts';
import { searchRegister } from '../../db/search/search-register.queries.ts';
import { parseSearchQuery } from '../../core/search/search-query.ts';
import { withSourceStore } from '../../db/sources/source.store.ts';
import { countVisibleSources, findVisibleSources, getVisibleSource } from '../../db/sources/sources.queries.ts';
import { createTestDatabase, engines } from '../setup/test-database.ts';
import { testClock } from '../support/clock.ts';
import { docxDocument, pdfDocument } from '../support/documents.ts';
import { buildUser } from '../support/users.ts';

const TODAY = testClock.today();
const PRESS =
  'Sachsen und Südmähren vertiefen Zusammenarbeit\n\nDresden, 12. März 2024. Der Freistaat Sachsen und die Region Südmähren haben heute in Brünn eine gemeinsame Erklärung über die Zusammenarbeit bei Wasserstoff unterzeichnet.';

const asUser = (u: {
  id: number;
  email: string;
  role: Actor extends infer A ? (A extends { role: infer R } ? R : never) : never;
  organisationId: number | null;
}): Actor => ({
  kind: 'user',
  userId: u.id,
  label: u.email,
  role: u.role,
  organisationId: u.organisationId,
});

describe.each(engines)('the source library on %s', (engine) => {
  let handle: DatabaseHandle;
  let smwa: Actor;
  let smk: Actor;
  let reader: Actor;
  let stakeholder: Actor;
  const coordinator = operator('test');

  beforeAll(async () => {
    handle = await createTestDatabase(engine);
    smwa = asUser(await buildUser(handle.db, 'ministry_editor', 'SMWA'));
    smk = asUser(await buildUser(handle.db, 'ministry_editor', 'SMK'));
    reader = asUser(await buildUser(handle.db, 'reader', null));
    stakeholder = asUser(await buildUser(handle.db, 'stakeholder', 'IHK'));
  });
  afterAll(async () => handle?.close());

  const add = async (
    actor: Actor,
    submission: SourceSubmission,
    seams: { repair?: RepairText; queue?: QueueCandidates } = {},
  ) => {
    const source = await prepareSource(submission, TODAY);
    return withSourceStore(handle.db, actor, testClock.now(), (store) =>
      addSourceDocument({ store, actor, source, ...seams }),
    );
  };
  const counts = async () => ({
    documents: await handle.db.$count(t.sourceDocuments),
    audit: await handle.db.$count(t.auditLog),
  });

  it('adds a pasted press release under a derived key, with its SHA-256 and an audit entry', async () => {
    const added = await add(coordinator, {
      text: PRESS,
      input: { kind: 'press_release', publishedOn: '2024-03-12', publisher: 'Sächsische Staatskanzlei' },
    });
    expect(added).toMatchObject({
      status: 'added',
      key: 'pm-2024-03-12-suedmaehren-vertiefen-zusammenarbeit',
      candidates: 0,
    });
    const doc = await getVisibleSource(handle.db, PUBLIC, 'pm-2024-03-12-suedmaehren-vertiefen-zusammenarbeit');
    expect(doc).toMatchObject({
      title: 'Sachsen und Südmähren vertiefen Zusammenarbeit',
      language: 'de',
      publishedOn: '2024-03-12',
      text: PRESS,
      originalText: null,
      visibility: 'public',
    });
    expect(doc.sha256).toMatch(/^[0-9a-f]{64}$/);
    const [audit] = await handle.db.select().from(t.auditLog).orderBy(desc(t.auditLog.id)).limit(1);
    expect(audit).toMatchObject({ action: 'source.add', entityType: 'source_document' });
    expect(JSON.stringify(audit!.after)).not.toContain('Wasserstoff');
  });

  it('recognises the same document twice and names its key, storing nothing', async () => {
    const before = await counts();
    const again = await add(smwa, { text: `${PRESS}\r\n`.replace(/\n/g, '\r\n'), input: { title: 'Anders betitelt' } });
    expect(again).toEqual({ status: 'duplicate', key: 'pm-2024-03-12-suedmaehren-vertiefen-zusammenarbeit' });
    expect(await counts()).toEqual(before);
  });

  it('reads uploaded PDF and DOCX files, and a second document with the same title gets its own key', async () => {
    const pdf = await add(coordinator, {
      upload: {
        fileName: 'lazio.pdf',
        content: pdfDocument('Sachsen und Latium erneuern ihre Partnerschaft fuer fuenf Jahre'),
      },
      input: { kind: 'press_release', publishedOn: '2021-10', title: 'Partnerschaft erneuert', language: 'de' },
    });
    const docx = await add(coordinator, {
      upload: { fileName: 'lazio.docx', content: docxDocument('Die Arbeitsgruppe tagt in Rom zum dritten Mal.') },
      input: { kind: 'press_release', publishedOn: '2021-10', title: 'Partnerschaft erneuert', language: 'de' },
    });
    expect(pdf).toMatchObject({ status: 'added', key: 'pm-2021-10-partnerschaft-erneuert' });
    expect(docx).toMatchObject({ status: 'added', key: 'pm-2021-10-partnerschaft-erneuert-2' });
    const stored = await getVisibleSource(handle.db, coordinator, 'pm-2021-10-partnerschaft-erneuert-2');
    expect(stored).toMatchObject({ fileName: 'lazio.docx', mediaType: expect.stringContaining('wordprocessingml') });
    expect(stored.text).toBe('Die Arbeitsgruppe tagt in Rom zum dritten Mal.');
  });

  it('refuses bad input with every field and the file named, storing nothing', async () => {
    const before = await counts();
    const refusal = add(coordinator, {
      upload: { fileName: 'bericht.pdf', content: docxDocument('x') },
      input: { publishedOn: '2024-02-30', kind: 'memo', language: 'xx', url: 'ftp://x' },
    });
    await expect(refusal).rejects.toMatchObject({
      code: 'INVALID_INPUT',
      message: expect.stringContaining('bericht.pdf'),
    });
    const fields = (
      (await refusal.catch((e: { issues: { field: string }[] }) => e)) as { issues: { field: string }[] }
    ).issues.map((i) => i.field);
    expect(fields.sort()).toEqual(['file', 'kind', 'language', 'publishedOn', 'url']);
    await expect(add(coordinator, { text: '   \n ', input: {} })).rejects.toMatchObject({ code: 'INVALID_INPUT' });
    await expect(add(coordinator, { text: PRESS, input: { publishedOn: '2099' } })).rejects.toMatchObject({
      issues: [{ field: 'publishedOn', code: 'future' }],
    });
    await expect(add(coordinator, { text: 'zu kurz', input: {} })).rejects.toMatchObject({
      issues: [{ field: 'language', code: 'undetected' }],
    });
    expect(await counts()).toEqual(before);
  });

  it('lets only coordinators and ministry editors add documents', async () => {
    const before = await counts();
    for (const actor of [reader, stakeholder, PUBLIC])
      await expect(add(actor, { text: `${PRESS} (${actor.kind})`, input: {} })).rejects.toMatchObject({
        code: 'FORBIDDEN',
      });
    expect(await counts()).toEqual(before);
  });

  it('keeps the repaired text beside the original and counts the queued candidates, in the same transaction', async () => {
    const repair: RepairText = (text) => ({
      text: text.replace('fiir', 'für'),
      repairs: [{ at: text.indexOf('fiir'), original: 'fiir', repaired: 'für' }],
      damaged: true,
    });
    let queued: string | null = null;
    const queue: QueueCandidates = async (doc) => {
      queued = doc.text;
      return 3;
    };
    const added = await add(
      coordinator,
      {
        text: 'Neue Impulse fiir die Zusammenarbeit mit Niederschlesien und Tschechien im Jahr 2025.',
        input: { language: 'de' },
      },
      { repair, queue },
    );
    expect(added).toMatchObject({ status: 'added', repaired: true, candidates: 3 });
    expect(queued).toContain('für');
    const doc = await getVisibleSource(handle.db, coordinator, (added as { key: string }).key);
    expect(doc).toMatchObject({ ocr: true, repaired: true, originalText: expect.stringContaining('fiir') });
    expect(doc.text).toContain('für die Zusammenarbeit');
    expect(doc.repairs).toEqual([{ at: 13, original: 'fiir', repaired: 'für' }]);

    const before = await counts();
    const failing: QueueCandidates = async () => {
      throw new Error('extraction failed');
    };
    await expect(
      add(
        coordinator,
        { text: 'Ein weiterer Text über die Partnerschaft mit der Region Hubei in China.', input: { language: 'de' } },
        { queue: failing },
      ),
    ).rejects.toThrow('extraction failed');
    expect(await counts()).toEqual(before);
  });

  it('shows a restricted document only to coordinators and its ministry: list, detail, counts and search', async () => {
    const added = await add(smwa, {
      text: 'Vertraulicher Vermerk: Die Wirtschaftsdelegation nach Taipeh wird verschoben, Quokkaprojekt ruht.',
      input: { visibility: 'restricted', kind: 'letter', language: 'de' },
    });
    const key = (added as { key: string }).key;
    const [row] = await handle.db.select().from(t.sourceDocuments).where(eq(t.sourceDocuments.key, key));
    expect(row!.organisationId).toBe((smwa as { organisationId: number }).organisationId);
    const internal = await add(coordinator, {
      text: 'Interner Vermerk zur Vorbereitung der IMAG-Sitzung über die Quokkapartnerschaft im Herbst.',
      input: { visibility: 'internal', language: 'de' },
    });
    const internalKey = (internal as { key: string }).key;
    const keysFor = async (actor: Actor) =>
      (await findVisibleSources(handle.db, actor, { page: 1 }, 1000)).rows.map((r) => r.key);
    const found = async (actor: Actor) => {
      const parsed = parseSearchQuery('Quokkaprojekt');
      if (!parsed.ok) throw new Error('the query is valid');
      const out = await searchRegister(handle.db, actor, { query: parsed.query, selection: {}, page: 1 });
      return out.state === 'results' ? out.hits.map((h) => h.key) : [];
    };
    for (const actor of [coordinator, smwa]) {
      expect(await keysFor(actor)).toContain(key);
      await expect(getVisibleSource(handle.db, actor, key)).resolves.toMatchObject({ key });
      expect(await found(actor)).toEqual([key]);
    }
    for (const actor of [smk, reader, stakeholder, PUBLIC]) {
      expect(await keysFor(actor)).not.toContain(key);
      await expect(getVisibleSource(handle.db, actor, key)).rejects.toMatchObject({ code: 'NOT_FOUND' });
      expect(await found(actor)).toEqual([]);
    }
    expect(await keysFor(reader)).toContain(internalKey);
    expect(await keysFor(PUBLIC)).not.toContain(internalKey);
    const all = await countVisibleSources(handle.db, coordinator);
    expect(await countVisibleSources(handle.db, smwa)).toBe(all);
    expect(await countVisibleSources(handle.db, smk)).toBe(all - 1);
    expect(await countVisibleSources(handle.db, PUBLIC)).toBe(all - 2);
    expect((await findVisibleSources(handle.db, smk, { page: 1 })).total).toBe(all - 1);
  });

  it('filters the list by kind, year and words, and names the citations that rest on a document', async () => {
    const byKind = await findVisibleSources(handle.db, PUBLIC, { kind: 'press_release', year: '2021', page: 1 });
    expect(byKind.rows.map((r) => r.key)).toEqual(
      expect.arrayContaining(['pm-2021-10-04-lazio', 'pm-2021-10-partnerschaft-erneuert']),
    );
    expect(byKind.rows.every((r) => r.kind === 'press_release' && r.publishedOn!.startsWith('2021'))).toBe(true);
    const byWords = await findVisibleSources(handle.db, PUBLIC, { q: 'Wasserstoff', page: 1 });
    expect(byWords.rows.map((r) => r.key)).toEqual(['pm-2024-03-12-suedmaehren-vertiefen-zusammenarbeit']);
    const lazio = await getVisibleSource(handle.db, PUBLIC, 'pm-2021-10-04-lazio');
    expect(lazio.citations.some((c) => c.subject === 'agreement' || c.subject === 'partnership')).toBe(true);
  });
});
