import type { Citation } from '../sources/citation.ts';
import type { OrganisationRef, PlaceRef } from '../partnerships/partnership.types.ts';
import type { AgreementKind, Visibility } from '../shared/vocabulary.ts';
import { validityClassOn } from './agreement-list.ts';
import { validityOn } from './agreement-validity.ts';

/** An agreement as the register lists it. */
export interface AgreementListRecord {
  id: number;
  key: string;
  kind: AgreementKind;
  title: string;
  signedOn: string | null;
  termMonths: number | null;
  expiresOn: string | null;
  renews: string | null;
  renewedBy: string | null;
  partnership: {
    key: string;
    name: string;
    nameEn: string;
    visibility: Visibility;
    leadOrganisationId: number | null;
  } | null;
  documents: number;
}

const timing = (expiresOn: string | null, today: string) => ({
  validity: validityOn(expiresOn, today),
  validityClass: validityClassOn(expiresOn, today),
});

/**
 * The one shape in which an agreement leaves the system (API, pages): the stored facts plus
 * whether it is in force today and whether it expires within six months.
 */
export function presentAgreement(a: AgreementListRecord, today: string) {
  const { id: _id, partnership, ...rest } = a;
  return {
    ...rest,
    ...timing(a.expiresOn, today),
    partnership: partnership ? { key: partnership.key, name: partnership.name, nameEn: partnership.nameEn } : null,
  };
}

type DetailInput = Omit<AgreementListRecord, 'documents'> & {
  signedAt: PlaceRef | null;
  signatories: { name: string; role: string; side: 'saxony' | 'partner'; organisation: OrganisationRef | null }[];
  citations: Citation[];
  documents: {
    id: number;
    fileName: string;
    mediaType: string;
    sizeBytes: number;
    sha256: string;
    uploadedAt: string;
  }[];
  chain: { key: string; kind: AgreementKind; title: string; signedOn: string | null; expiresOn: string | null }[];
};

/** One agreement with its signatories, sources, documents and renewal chain, each link with its validity today. */
export function presentAgreementDetail(a: DetailInput, today: string) {
  const { documents, chain, signedAt, signatories, citations, ...listed } = a;
  return {
    ...presentAgreement({ ...listed, documents: documents.length }, today),
    signedAt,
    signatories,
    citations,
    documents,
    chain: chain.map((c) => ({ ...c, ...timing(c.expiresOn, today) })),
  };
}

export type AgreementView = ReturnType<typeof presentAgreement>;
export type AgreementDetailView = ReturnType<typeof presentAgreementDetail>;
