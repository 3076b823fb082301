import { desc, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Actor, operator } from '../../core/access/actor.ts';
import type { AgreementInput } from '../../core/agreements/agreement-input.ts';
import { MAX_DOCUMENT_BYTES } from '../../core/agreements/agreement-document.ts';
import { attachAgreementDocument, createAgreement, renewAgreement } from '../../core/agreements/agreement-use-cases.ts';
import type { DatabaseHandle } from '../../db/client.ts';
import { agreementDocumentContent, getAgreementDetail } from '../../db/agreements/agreements.queries.ts';
import { recordHistory } from '../../db/history/history.queries.ts';
import * as t from '../../db/schema.ts';
import { withAgreementStore } from '../../db/agreements/agreement.store.ts';
import { createTestDatabase, engines } from '../setup/test-database.ts';
import { docxDocument, pdfDocument, windowsProgram, xlsxDocument } from '../support/documents.ts';
import { useApi } from '../support/api.ts';
import { buildUser } from '../support/users.ts';
import { testClock } from '../support/clock.ts';

const TODAY = '2026-11-21';

/** Lazio's MoU of 4 Oct 2021 ran out on 4 Oct 2026; this renews it for another five years. */
const renewal: AgreementInput = {
  kind: 'memorandum_of_understanding',
  title: 'Memorandum of Understanding zwischen der Region Latium und dem Freistaat Sachsen (2026)',
  signedOn: '2026-11-20',
  signedAt: 'IT-62',
  termMonths: '60',
  expiresOn: '',
  saxonySignatory: 'Michael Kretschmer',
  saxonySignatoryRole: 'Ministerpräsident',
  partnerSignatory: 'Francesco Rocca',
  partnerSignatoryRole: 'Präsident der Region Lazio',
};

describe.each(engines)('the agreement use-cases on %s', (engine) => {
  let handle: DatabaseHandle;
  let editor: Actor;
  let stakeholder: Actor;
  const coordinator = operator('test');
  beforeAll(async () => {
    handle = await createTestDatabase(engine);
    const e = await buildUser(handle.db, 'ministry_editor', 'SK');
    editor = { kind: 'user', userId: e.id, label: e.email, role: 'ministry_editor', organisationId: e.organisationId };
    const s = await buildUser(handle.db, 'stakeholder', 'IHK');
    stakeholder = { kind: 'user', userId: s.id, label: s.email, role: 'stakeholder', organisationId: s.organisationId };
  });
  afterAll(async () => handle?.close());

  const run = <T>(actor: Actor, work: Parameters<typeof withAgreementStore<T>>[3]) =>
    withAgreementStore(handle.db, actor, testClock.now(), work);
  const renew = (actor: Actor, key: string, input: AgreementInput) =>
    run(actor, (store) => renewAgreement({ store, actor, key, input, today: TODAY, citation: LAZIO_CITATION }));
  /** A renewal rests on a library document, like every other fact. */
  const LAZIO_CITATION = {
    source: 'pm-2021-10-04-lazio',
    locator: 'Absatz 3',
    quote: 'Sachsen und die Region Lazio hatten am 18. Oktober 2016 ihre Regionalpartnerschaft vereinbart.',
  };
  const create = (actor: Actor, input: AgreementInput) =>
    run(actor, (store) => createAgreement({ store, actor, input, today: TODAY }));
  const attach = (actor: Actor, key: string, fileName: string, content: Uint8Array) =>
    run(actor, (store) => attachAgreementDocument({ store, actor, key, upload: { fileName, content } }));
  const counts = async () => ({
    agreements: await handle.db.$count(t.agreements),
    signatories: await handle.db.$count(t.agreementSignatories),
    documents: await handle.db.$count(t.agreementDocuments),
    audit: await handle.db.$count(t.auditLog),
  });
  const lastAudit = async (n = 1) => handle.db.select().from(t.auditLog).orderBy(desc(t.auditLog.id)).limit(n);
  const fieldsOf = (error: unknown) => (error as { issues: { field: string }[] }).issues.map((i) => i.field).sort();

  it('refuses ministry editors and stakeholders, and writes nothing', async () => {
    const before = await counts();
    for (const actor of [editor, stakeholder]) {
      await expect(renew(actor, 'lazio-2021', renewal)).rejects.toMatchObject({ code: 'FORBIDDEN' });
      await expect(create(actor, { ...renewal, partnership: 'lazio' })).rejects.toMatchObject({ code: 'FORBIDDEN' });
      await expect(attach(actor, 'lazio-2021', 'mou.pdf', pdfDocument('MoU'))).rejects.toMatchObject({
        code: 'FORBIDDEN',
      });
    }
    expect(await counts()).toEqual(before);
  });

  it('refuses a renewal signed before its predecessor and every bad field at once, writing nothing', async () => {
    const before = await counts();
    await expect(renew(coordinator, 'lazio-2021', { ...renewal, signedOn: '2021-10-03' })).rejects.toMatchObject({
      code: 'INVALID_INPUT',
      issues: [{ field: 'signedOn', message: 'must not lie before the signing of the agreement it renews' }],
    });
    const error = await renew(coordinator, 'lazio-2021', {
      kind: 'vertrag',
      title: ' ',
      signedOn: '2026-13-01',
      signedAt: 'XX-99',
      termMonths: 'fünf Jahre',
      expiresOn: '2031-02-30',
      saxonySignatory: 'Michael Kretschmer',
      saxonySignatoryRole: '',
      partnerSignatory: '',
      partnerSignatoryRole: 'Präsident\u0000',
    }).catch((e: unknown) => e);
    expect(error).toMatchObject({ code: 'INVALID_INPUT' });
    expect(fieldsOf(error)).toEqual(
      [
        'expiresOn',
        'kind',
        'partnerSignatory',
        'partnerSignatoryRole',
        'saxonySignatoryRole',
        'signedOn',
        'termMonths',
        'title',
      ].sort(),
    );
    await expect(renew(coordinator, 'lazio-2021', { ...renewal, signedOn: '' })).rejects.toMatchObject({
      issues: [
        { field: 'termMonths', message: 'needs a signing date' },
        { field: 'signedOn', message: 'is required' },
      ],
    });
    await expect(renew(coordinator, 'lazio-2021', { ...renewal, expiresOn: '2031-11-20' })).rejects.toMatchObject({
      issues: [{ field: 'expiresOn', message: 'give either a term or an expiry date, not both' }],
    });
    await expect(
      renew(coordinator, 'lazio-2021', { ...renewal, termMonths: '', expiresOn: '2026-11' }),
    ).rejects.toMatchObject({ issues: [{ field: 'expiresOn', message: 'must lie after the signing date' }] });
    await expect(renew(coordinator, 'lazio-2021', { ...renewal, signedOn: '2026-12-01' })).rejects.toMatchObject({
      issues: [{ field: 'signedOn', message: 'must not lie in the future' }],
    });
    await expect(renew(coordinator, 'lazio-2021', { ...renewal, signedAt: 'XX-99' })).rejects.toMatchObject({
      issues: [{ field: 'signedAt', message: 'names nothing the register knows' }],
    });
    await expect(renew(coordinator, 'atlantis-1990', renewal)).rejects.toMatchObject({ code: 'NOT_FOUND' });
    expect(await counts()).toEqual(before);
  });

  it('renews Lazio’s MoU: the new term, the link to its predecessor, signatories and both audit entries', async () => {
    const result = await renew(coordinator, 'lazio-2021', renewal);
    expect(result).toMatchObject({ key: 'lazio-2026', expiresOn: '2031-11-20', renews: 'lazio-2021' });
    const detail = (await getAgreementDetail(handle.db, 'lazio-2026'))!;
    expect(detail).toMatchObject({
      kind: 'memorandum_of_understanding',
      signedOn: '2026-11-20',
      termMonths: 60,
      expiresOn: '2031-11-20',
      renews: 'lazio-2021',
      renewedBy: null,
      partnership: { key: 'lazio' },
      signedAt: { iso: 'IT-62' },
    });
    expect(detail.signatories.map((s) => [s.name, s.side])).toEqual([
      ['Michael Kretschmer', 'saxony'],
      ['Francesco Rocca', 'partner'],
    ]);
    expect(detail.chain.map((c) => c.key)).toEqual(['lazio-2016', 'lazio-2021', 'lazio-2026']);
    expect((await getAgreementDetail(handle.db, 'lazio-2021'))!.renewedBy).toBe('lazio-2026');
    const [predecessorEntry, entry] = await lastAudit(2);
    expect(entry).toMatchObject({
      action: 'agreement.renew',
      entityType: 'agreement',
      entityId: String(result.id),
      actorLabel: 'cli:test',
      after: { key: 'lazio-2026', renews: 'lazio-2021', termMonths: 60 },
    });
    expect(predecessorEntry).toMatchObject({ action: 'agreement.renewed', after: { renewedBy: 'lazio-2026' } });
    expect((await recordHistory(handle.db, 'agreement', detail.id))[0]!.action).toBe('agreement.renew');
  });

  it('renews an agreement once only, and takes an explicit expiry instead of a term', async () => {
    const before = await counts();
    await expect(renew(coordinator, 'lazio-2021', renewal)).rejects.toMatchObject({
      code: 'INVALID_INPUT',
      issues: [{ field: 'renews', message: 'has been renewed already' }],
    });
    expect(await counts()).toEqual(before);
    const result = await renew(coordinator, 'charkiw-2024', {
      kind: 'declaration_of_intent',
      title: 'Fortschreibung der Absichtserklärung Sachsen – Charkiw',
      signedOn: '2026-03',
      expiresOn: '2028',
    });
    expect(result).toMatchObject({ key: 'charkiw-2026', termMonths: null, expiresOn: '2028', signatories: [] });
  });

  it('records a new agreement for a partnership, with a free key', async () => {
    const input: AgreementInput = {
      kind: 'joint_declaration',
      title: 'Gemeinsame Erklärung zur Zusammenarbeit in der Berufsausbildung',
      partnership: 'niederschlesien',
      signedOn: '2025',
    };
    expect(await create(coordinator, input)).toMatchObject({ key: 'niederschlesien-2025', expiresOn: null });
    expect(await create(coordinator, input)).toMatchObject({ key: 'niederschlesien-2025-2' });
    expect((await lastAudit())[0]).toMatchObject({
      action: 'agreement.create',
      after: { partnership: 'niederschlesien' },
    });
    await expect(create(coordinator, { ...input, partnership: '' })).rejects.toMatchObject({
      issues: [{ field: 'partnership', message: 'is required' }],
    });
    await expect(create(coordinator, { ...input, partnership: 'atlantis' })).rejects.toMatchObject({
      issues: [{ field: 'partnership', message: 'names nothing the register knows' }],
    });
  });

  it('stores a PDF and a DOCX with size and SHA-256, and audits name, size and hash, never the content', async () => {
    const pdf = pdfDocument('Memorandum of Understanding Sachsen – Latium');
    const result = await attach(coordinator, 'lazio-2021', 'C:\\fakepath\\MoU Sachsen–Latium ü.pdf', pdf);
    expect(result).toMatchObject({ fileName: 'MoU Sachsen–Latium ü.pdf', mediaType: 'application/pdf' });
    const detail = (await getAgreementDetail(handle.db, 'lazio-2021'))!;
    const stored = (await agreementDocumentContent(handle.db, detail.id, result.id))!;
    expect(Buffer.compare(stored.content, pdf)).toBe(0);
    expect(stored).toMatchObject({ sizeBytes: pdf.length, sha256: expect.stringMatching(/^[0-9a-f]{64}$/) });
    const [entry] = await lastAudit();
    expect(entry).toMatchObject({
      action: 'agreement.document.attach',
      entityId: String(detail.id),
      after: { document: { fileName: 'MoU Sachsen–Latium ü.pdf', sizeBytes: pdf.length, sha256: stored.sha256 } },
    });
    expect(JSON.stringify(entry)).not.toContain('Memorandum of Understanding Sachsen');
    const docx = await attach(coordinator, 'lazio-2021', 'Vereinbarung.docx', docxDocument('Vereinbarung'));
    expect(docx.mediaType).toBe('application/vnd.openxmlformats-officedocument.wordprocessingml.document');
    expect((await getAgreementDetail(handle.db, 'lazio-2021'))!.documents).toHaveLength(2);
  });

  it('refuses what is not a PDF or DOCX by its content, a wrong extension, an empty and a too large file', async () => {
    const before = await counts();
    const refused = (name: string, content: Uint8Array) =>
      attach(coordinator, 'lazio-2021', name, content).then(
        () => null,
        (e: { code: string; issues: { field: string; message: string }[] }) => [e.code, e.issues[0]],
      );
    const type = [
      'INVALID_INPUT',
      { field: 'document', code: 'type', message: 'is neither a PDF nor a Word document (DOCX)' },
    ];
    expect(await refused('vertrag.pdf', windowsProgram())).toEqual(type);
    expect(await refused('tabelle.docx', xlsxDocument())).toEqual(type);
    expect(await refused('notiz.pdf', Buffer.from('Nur Text, kein PDF.'))).toEqual(type);
    expect(await refused('mou.docx', pdfDocument('MoU'))).toEqual([
      'INVALID_INPUT',
      { field: 'document', code: 'extension', message: 'has a name whose extension does not match its content' },
    ]);
    expect(await refused('leer.pdf', new Uint8Array())).toEqual([
      'INVALID_INPUT',
      { field: 'document', code: 'missing', message: 'choose a file' },
    ]);
    const large = Buffer.concat([pdfDocument('groß'), Buffer.alloc(MAX_DOCUMENT_BYTES)]);
    expect(await refused('gross.pdf', large)).toEqual([
      'INVALID_INPUT',
      { field: 'document', code: 'tooLarge', message: 'is larger than the limit of 20 MiB' },
    ]);
    expect(await counts()).toEqual(before);
    const [row] = await handle.db
      .select({ id: t.agreements.id })
      .from(t.agreements)
      .where(eq(t.agreements.key, 'lazio-2021'));
    expect(row).toBeDefined();
  });
});

describe.each(engines)('the agreements API on %s', (engine) => {
  const api = useApi(engine);

  it('lists the agreements with their validity today, filtered and sorted as asked', async () => {
    const { status, body } = await api.get('/api/v1/agreements?validity=expired');
    expect(status).toBe(200);
    expect(body.data).toEqual([
      expect.objectContaining({
        key: 'lazio-2021',
        expiresOn: '2026-10-04',
        validity: 'expired',
        validityClass: 'expired',
        renews: 'lazio-2016',
        partnership: { key: 'lazio', name: 'Regionalpartnerschaft Sachsen – Latium', nameEn: expect.any(String) },
        documents: 0,
      }),
    ]);
    const lazio = await api.get('/api/v1/agreements?partnership=lazio&sort=signed');
    expect(lazio.body.data.map((a: { key: string }) => a.key)).toEqual(['lazio-2021', 'lazio-2016']);
    const byTitle = (await api.get('/api/v1/agreements?sort=title')).body.data.map((a: { title: string }) => a.title);
    expect(byTitle).toEqual([...byTitle].sort(new Intl.Collator('de').compare));
  });

  it('shows one agreement with its chain, and refuses bad parameters naming them', async () => {
    const { status, body } = await api.get('/api/v1/agreements/lazio-2021');
    expect(status).toBe(200);
    expect(body.chain.map((c: { key: string; validityClass: string }) => [c.key, c.validityClass])).toEqual([
      ['lazio-2016', 'unknown'],
      ['lazio-2021', 'expired'],
    ]);
    expect(body.signatories.map((s: { name: string }) => s.name)).toEqual(['Michael Kretschmer', 'Nicola Zingaretti']);
    expect(body.citations.length).toBeGreaterThan(3);
    expect((await api.get('/api/v1/agreements/atlantis-1990')).status).toBe(404);
    const bad = await api.get('/api/v1/agreements?validity=bald');
    expect(bad.status).toBe(400);
    expect(bad.type).toMatch(/problem\+json/);
    expect(bad.body.errors[0].pointer).toBe('validity');
  });
});
