import type { CitedPassage, FindCitableDocument } from '../sources/cite.ts';
import type { ActivityKind, ActivityStatus, Visibility } from '../shared/vocabulary.ts';

/** An activity as the register states it, every reference by its key (what the audit log records). */
export interface ActivityData {
  kind: ActivityKind;
  title: string;
  description: string | null;
  startsOn: string | null;
  endsOn: string | null;
  /** Key of the organising ministry (it owns the activity). */
  organiser: string | null;
  partnership: string | null;
  /** Key of the working group whose meeting this is (only for working group meetings). */
  workingGroup: string | null;
  places: string[];
  participants: string[];
  sectors: string[];
  /** The strategy's instruments (numerals), goals and measures (keys) the activity serves. */
  instruments: string[];
  goals: string[];
  measures: string[];
  status: ActivityStatus;
  visibility: Visibility;
  budgetPlannedCents: number | null;
  budgetActualCents: number | null;
  outcome: string | null;
}

/** The ids behind the keys of an activity, as the store writes them. */
export interface ActivityIds {
  organiserId: number | null;
  partnershipId: number | null;
  workingGroupId: number | null;
  placeIds: number[];
  participantIds: number[];
  sectorIds: number[];
  instrumentIds: number[];
  goalIds: number[];
  measureIds: number[];
}

/** A stored activity: its data, its id and the id of its organiser (for the ownership rule). */
export type StoredActivity = ActivityData & { id: number; organiserId: number | null };

/** A reference resolved to a row: its id and its canonical key. */
export type Resolved = { id: number; key: string } | null;

/** A working group resolved: with the partnership it belongs to. */
export type ResolvedGroup = { id: number; key: string; partnershipId: number; partnershipKey: string } | null;

/** What the activity use-cases need from storage; the db layer implements it inside one transaction. */
export interface ActivityStore {
  organisation(ref: string): Promise<Resolved>;
  partnership(ref: string): Promise<Resolved>;
  place(ref: string): Promise<Resolved>;
  sector(key: string): Promise<Resolved>;
  workingGroup(key: string): Promise<ResolvedGroup>;
  /** Instruments, goals and measures of the current strategy. */
  instrument(numeral: string): Promise<Resolved>;
  goal(key: string): Promise<Resolved>;
  measure(key: string): Promise<Resolved>;
  /** The activity, locked against concurrent changes until the transaction ends. */
  find(id: number): Promise<StoredActivity | null>;
  /** A library document by its key, for the citation rule. */
  citableDocument: FindCitableDocument;
  /** Writes the activity with its links, its citation (if any) and the audit entry; returns its id. */
  insert(data: ActivityData, ids: ActivityIds, audit: AuditNote, cited?: CitedPassage | null): Promise<number>;
  /** Replaces the activity's data and links and writes the audit entry. */
  update(
    id: number,
    data: ActivityData,
    ids: ActivityIds,
    audit: AuditNote,
    cited?: CitedPassage | null,
  ): Promise<void>;
}

/** The audit entry a use-case asks the store to write with the change. */
export interface AuditNote {
  action: 'activity.create' | 'activity.update' | 'activity.cancel' | 'activity.copy';
  before: Record<string, unknown> | null;
  after: Record<string, unknown>;
}

/** An activity as a list shows it: what it is, when, how far along. */
export interface ActivitySummary {
  id: number;
  kind: ActivityKind;
  title: string;
  startsOn: string | null;
  endsOn: string | null;
  status: ActivityStatus;
}

/** An activity summary with what the visibility rule needs (core/access/activity.policy.ts). */
export interface ListedActivity extends ActivitySummary {
  visibility: Visibility;
  organiserId: number | null;
}
