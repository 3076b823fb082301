import type { Citation } from '../sources/citation.ts';
import type { AgreementKind, PartnershipKind, PartnershipStatus, PlaceKind, Visibility } from '../shared/vocabulary.ts';
import type { ListedActivity } from '../activities/activity.types.ts';

export interface PlaceRef {
  key: string;
  kind: PlaceKind;
  /** ISO 3166-2 code, or ISO 3166-1 for a country; null where none exists (Greater Manchester). */
  iso: string | null;
  name: string;
  nameEn: string;
}

export interface OrganisationRef {
  key: string;
  name: string;
  abbreviation: string | null;
}

export interface AgreementRecord {
  key: string;
  kind: AgreementKind;
  title: string;
  signedOn: string | null;
  signedAt: PlaceRef | null;
  termMonths: number | null;
  expiresOn: string | null;
  renews: string | null;
  renewedBy: string | null;
  signatories: { name: string; role: string; side: 'saxony' | 'partner'; organisation: OrganisationRef | null }[];
  citations: Citation[];
}

export interface PartnershipRecord {
  id: number;
  key: string;
  name: string;
  nameEn: string;
  kind: PartnershipKind;
  status: PartnershipStatus;
  since: string | null;
  visibility: Visibility;
  leadOrganisationId: number | null;
  leadOrganisation: OrganisationRef | null;
  places: PlaceRef[];
  sectors: { key: string; name: string; nameEn: string }[];
  agreements: AgreementRecord[];
  citations: Citation[];
  openConflicts: number;
}

export interface StatusChangeRecord {
  sequence: number;
  from: PartnershipStatus | null;
  to: PartnershipStatus;
  effectiveOn: string | null;
  reason: string;
  recordedAt: string;
  citations: Citation[];
  /** The Leitlinien-Check whose decision made the change: its source instead of a document citation. */
  evaluationRound: { key: string; name: string } | null;
}

export interface ConflictRecord {
  key: string;
  topic: string;
  summary: string;
  status: 'open' | 'resolved';
  claims: { statement: string; place: PlaceRef | null; citations: Citation[] }[];
}

export interface PartnershipDetailRecord extends PartnershipRecord {
  statusHistory: StatusChangeRecord[];
  workingGroups: {
    id: number;
    key: string;
    name: string;
    purpose: string | null;
    establishedBy: string | null;
    citations: Citation[];
  }[];
  conflicts: ConflictRecord[];
  activities: PartnershipActivity[];
}

/** An activity as the partnership page lists it, with what decides who may see it. */
export interface PartnershipActivity extends ListedActivity {
  key: string | null;
  workingGroupId: number | null;
  /** The strategy's measures the activity serves. */
  measures: { key: string; text: string }[];
}

export interface PartnershipFilter {
  status?: PartnershipStatus | undefined;
  kind?: PartnershipKind | undefined;
  /** ISO 3166-1 alpha-2 code of a partner country. */
  country?: string | undefined;
  /** Only what the public may see. */
  publicOnly: boolean;
}
