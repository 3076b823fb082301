import type { Actor } from '../access/actor.ts';
import { canKeepAgreements } from '../access/agreement.policy.ts';
import { AppError, notFound, type FieldIssue } from '../shared/errors.ts';
import { parsePartialDate } from '../shared/partial-date.ts';
import { checkDocumentFile } from './agreement-document.ts';
import {
  AGREEMENT_ISSUES,
  invalidAgreement,
  parseAgreementInput,
  type AgreementInput,
  type ParsedAgreementInput,
} from './agreement-input.ts';
import {
  auditedCitation,
  checkCitation,
  withCitationIssues,
  type CitationInput,
  PUBLIC_RECORD,
  requireCitableWith,
} from '../sources/cite.ts';
import { expiryOf } from './agreement-validity.ts';
import type { AgreementData, AgreementIds, AgreementStore, SignatoryData, StoredAgreement } from './agreement.types.ts';

const forbidden = () =>
  new AppError('FORBIDDEN', 'Coordinators keep the agreements: record, renew and attach their documents.');

function signatoriesOf(a: ParsedAgreementInput): SignatoryData[] {
  const list: SignatoryData[] = [];
  if (a.saxonySignatory && a.saxonySignatoryRole)
    list.push({ name: a.saxonySignatory, role: a.saxonySignatoryRole, side: 'saxony' });
  if (a.partnerSignatory && a.partnerSignatoryRole)
    list.push({ name: a.partnerSignatory, role: a.partnerSignatoryRole, side: 'partner' });
  return list;
}

/** A key not yet taken: the partnership's key and the year of signing ("lazio-2026", then "lazio-2026-2"). */
async function freeKey(store: AgreementStore, partnershipKey: string, signedOn: string | null): Promise<string> {
  const base = `${partnershipKey}-${signedOn ? signedOn.slice(0, 4) : 'ohne-datum'}`;
  for (let n = 1; ; n++) {
    const key = n === 1 ? base : `${base}-${n}`;
    if (!(await store.keyTaken(key))) return key;
  }
}

/** Resolves partnership and place, computes the expiry and a free key; unknown references are refused together. */
async function resolve(
  store: AgreementStore,
  a: ParsedAgreementInput,
  partnershipRef: string | null,
  issues: FieldIssue[],
): Promise<[Omit<AgreementData, 'renews'>, Omit<AgreementIds, 'renewsAgreementId'>]> {
  const partnership = partnershipRef ? await store.partnership(partnershipRef) : null;
  if (partnershipRef && !partnership) issues.push({ field: 'partnership', message: AGREEMENT_ISSUES.unknown });
  const place = a.signedAt ? await store.place(a.signedAt) : null;
  if (a.signedAt && !place) issues.push({ field: 'signedAt', message: AGREEMENT_ISSUES.unknown });
  if (issues.length) throw invalidAgreement(issues);
  const data = {
    key: await freeKey(store, partnership!.key, a.signedOn),
    kind: a.kind,
    title: a.title,
    partnership: partnership!.key,
    signedOn: a.signedOn,
    signedAt: place?.key ?? null,
    termMonths: a.termMonths,
    expiresOn: expiryOf({ signedOn: a.signedOn, termMonths: a.termMonths, statedExpiresOn: a.expiresOn }),
    signatories: signatoriesOf(a),
  };
  return [data, { partnershipId: partnership!.id, signedAtPlaceId: place?.id ?? null }];
}

/**
 * Records a new agreement of a partnership (coordinators). The expiry is the signing date plus
 * the term, or the end date the document states. Written with its audit entry in one transaction.
 */
export async function createAgreement(args: {
  store: AgreementStore;
  actor: Actor;
  input: AgreementInput;
  today: string;
  /** The library document the agreement is recorded from, with the passage (optional here). */
  citation?: CitationInput | null;
}) {
  const { store, actor, input, today } = args;
  if (!canKeepAgreements(actor)) throw forbidden();
  const check = await checkCitation(store.citableDocument, actor, args.citation, { required: false });
  const [data, ids] = await withCitationIssues(check.issues, () => {
    const a = parseAgreementInput(input, today);
    const issues: FieldIssue[] = a.partnership ? [] : [{ field: 'partnership', message: AGREEMENT_ISSUES.required }];
    return resolve(store, a, a.partnership, issues);
  });
  requireCitableWith(check.cited, PUBLIC_RECORD);
  const full: AgreementData = { ...data, renews: null };
  const id = await store.insert(
    full,
    { ...ids, renewsAgreementId: null },
    { action: 'agreement.create', before: null, after: { ...full, citation: auditedCitation(check.cited) } },
    check.cited,
  );
  return { id, ...full };
}

/** Refusals particular to a renewal: once only, with its own signing date not before the predecessor's. */
function renewalIssues(predecessor: StoredAgreement, signedOn: string): FieldIssue[] {
  const issues: FieldIssue[] = [];
  if (predecessor.renewedBy) issues.push({ field: 'renews', message: AGREEMENT_ISSUES.renewedAlready });
  const own = parsePartialDate(signedOn);
  const before = predecessor.signedOn ? parsePartialDate(predecessor.signedOn) : null;
  if (!own) issues.push({ field: 'signedOn', message: AGREEMENT_ISSUES.required });
  else if (before && own.last < before.first)
    issues.push({ field: 'signedOn', message: AGREEMENT_ISSUES.beforePredecessor });
  return issues;
}

/**
 * Renews an agreement (coordinators): a new agreement of the same partnership that points to
 * its predecessor, with its own signing date and a new term in months or a stated expiry. An
 * agreement is renewed once; the renewal is not signed before its predecessor. It cites the
 * library document it rests on (the citation rule of core/sources/cite.ts).
 */
export async function renewAgreement(args: {
  store: AgreementStore;
  actor: Actor;
  key: string;
  input: AgreementInput;
  today: string;
  /** The library document the renewal rests on, with the passage: required, like every other fact's. */
  citation?: CitationInput | null;
}) {
  const { store, actor, key, input, today } = args;
  if (!canKeepAgreements(actor)) throw forbidden();
  const predecessor = await store.find(key);
  if (!predecessor) throw notFound('Agreement', key);
  const signedOn = (input.signedOn ?? '').trim();
  const check = await checkCitation(store.citableDocument, actor, args.citation, { required: true });
  let a: ParsedAgreementInput;
  try {
    a = parseAgreementInput(input, today);
  } catch (error) {
    // Every refusal at once: the renewal's own rules and the citation's join the field checks.
    if (!(error instanceof AppError)) throw error;
    const refused = new Set(error.issues.map((i) => i.field));
    throw invalidAgreement([
      ...error.issues,
      ...renewalIssues(predecessor, signedOn).filter((i) => !refused.has(i.field)),
      ...check.issues,
    ]);
  }
  const issues = [...renewalIssues(predecessor, signedOn), ...check.issues];
  // A renewal belongs to its predecessor's partnership; one without a partnership cannot be renewed here.
  if (!predecessor.partnership) issues.push({ field: 'partnership', message: AGREEMENT_ISSUES.required });
  const [data, ids] = await resolve(store, a, predecessor.partnership, issues);
  requireCitableWith(check.cited, PUBLIC_RECORD);
  const full: AgreementData = { ...data, renews: predecessor.key };
  const id = await store.insert(
    full,
    { ...ids, renewsAgreementId: predecessor.id },
    {
      action: 'agreement.renew',
      before: null,
      after: { ...full, citation: auditedCitation(check.cited) },
      predecessor: { id: predecessor.id, before: { renewedBy: null }, after: { renewedBy: full.key } },
    },
    check.cited,
  );
  return { id, ...full };
}

/**
 * Attaches the signed document (PDF or DOCX, at most 20 MiB, checked by its content) to an
 * agreement (coordinators). The audit entry records file name, type, size and SHA-256, never the content.
 */
export async function attachAgreementDocument(args: {
  store: AgreementStore;
  actor: Actor;
  key: string;
  upload: { fileName: string; content: Uint8Array };
}) {
  const { store, actor, key, upload } = args;
  if (!canKeepAgreements(actor)) throw forbidden();
  const agreement = await store.find(key);
  if (!agreement) throw notFound('Agreement', key);
  const file = await checkDocumentFile(upload);
  const { content: _content, ...meta } = file;
  const id = await store.attachDocument(agreement.id, file, {
    action: 'agreement.document.attach',
    before: null,
    after: { document: meta },
  });
  return { id, agreement: agreement.key, ...meta };
}
