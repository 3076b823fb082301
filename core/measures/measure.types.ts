import type { CitedPassage, FindCitableDocument } from '../sources/cite.ts';
import type { OrganisationRef } from '../partnerships/partnership.types.ts';
import type { Citation } from '../sources/citation.ts';
import type { CommitmentLevel, MeasureStatus } from '../shared/vocabulary.ts';

/** A measure as the use-cases see it, every reference by its key (what the audit log records). */
export interface StoredMeasure {
  id: number;
  key: string;
  strategyVersionId: number;
  /** The lead ministry (it keeps the measure current). */
  leadOrganisationId: number | null;
  lead: string | null;
  goals: string[];
  status: MeasureStatus | null;
  progressPercent: number | null;
  statusNote: string | null;
}

export interface StoredMilestone {
  id: number;
  measureId: number;
  position: number;
  title: string;
  dueOn: string | null;
  reachedOn: string | null;
}

/** The status of a measure as the lead ministry reports it. */
export interface MeasureStatusData {
  status: MeasureStatus;
  progressPercent: number | null;
  statusNote: string;
}

/** A reference resolved to a row: its id and its canonical key. */
export type Resolved = { id: number; key: string } | null;

/** The audit entry a use-case asks the store to write with the change. */
export interface MeasureAuditNote {
  action:
    | 'measure.status.update'
    | 'measure.assign'
    | 'measure.milestone.add'
    | 'measure.milestone.reach'
    | 'measure.milestone.remove';
  before: Record<string, unknown> | null;
  after: Record<string, unknown>;
}

/** What the measure use-cases need from storage; the db layer implements it inside one transaction. */
export interface MeasureStore {
  /** The measure, locked against concurrent changes until the transaction ends. */
  find(key: string): Promise<StoredMeasure | null>;
  /** A ministry or the State Chancellery by key or abbreviation (the organisations that lead measures). */
  leadOrganisation(ref: string): Promise<Resolved>;
  goal(strategyVersionId: number, key: string): Promise<Resolved>;
  milestone(measureId: number, id: number): Promise<StoredMilestone | null>;
  /** A library document by its key, for the citation rule. */
  citableDocument: FindCitableDocument;
  /** Writes the status report, its citation (if any) and the audit entry. */
  updateStatus(
    id: number,
    data: MeasureStatusData,
    audit: MeasureAuditNote,
    cited?: CitedPassage | null,
  ): Promise<void>;
  assign(id: number, leadOrganisationId: number | null, goalIds: number[], audit: MeasureAuditNote): Promise<void>;
  addMilestone(
    measureId: number,
    milestone: { title: string; dueOn: string | null },
    audit: MeasureAuditNote,
  ): Promise<number>;
  reachMilestone(measureId: number, id: number, reachedOn: string, audit: MeasureAuditNote): Promise<void>;
  removeMilestone(measureId: number, id: number, audit: MeasureAuditNote): Promise<void>;
}

/** A measure as the register reads it (db/measures/measures.queries.ts), before presenting. */
export interface MeasureRecord {
  id: number;
  key: string;
  position: number;
  instrument: { numeral: string; position: number; title: string; titleEn: string };
  subArea: { key: string; position: number; title: string; titleEn: string } | null;
  text: string;
  commitment: CommitmentLevel;
  leadOrganisationId: number | null;
  lead: OrganisationRef | null;
  goals: string[];
  status: MeasureStatus | null;
  progressPercent: number | null;
  statusNote: string | null;
  statusUpdatedAt: Date | null;
  budgetReservation: boolean;
  footnote: string | null;
  citation: Citation | null;
  /** The documents the status reports rest on (after the strategy's own wording). */
  reportCitations?: Citation[];
}
