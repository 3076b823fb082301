import { asc, eq, inArray } from 'drizzle-orm';
import type { Executor } from '../client.ts';
import * as t from '../schema.ts';

/** What a download of the activity list adds to a row of the list. */
export interface ActivityExportDetail {
  description: string | null;
  outcome: string | null;
  budgetPlannedCents: number | null;
  budgetActualCents: number | null;
  places: { name: string; nameEn: string; iso: string | null }[];
  participants: { name: string; abbreviation: string | null }[];
  sectors: { name: string; nameEn: string }[];
  /** Key of the working group whose meeting this is. */
  workingGroup: string | null;
  /** The strategy's instruments (numerals), goals and measures (keys) the activity serves. */
  instruments: string[];
  goals: string[];
  measures: string[];
}

/**
 * Description, outcome, budgets, working group, places, participants, sectors, instruments,
 * goals and measures of the given activities, by id (seven queries per 5,000 activities).
 */
export async function activityExportDetails(db: Executor, ids: number[]): Promise<Map<number, ActivityExportDetail>> {
  const out = new Map<number, ActivityExportDetail>();
  // In chunks, so a download of the whole register stays far below PostgreSQL's parameter limit.
  for (let i = 0; i < ids.length; i += CHUNK) await addDetails(db, ids.slice(i, i + CHUNK), out);
  return out;
}

const CHUNK = 5000;

async function addDetails(db: Executor, ids: number[], out: Map<number, ActivityExportDetail>) {
  const rows = await db
    .select({
      id: t.activities.id,
      description: t.activities.description,
      outcome: t.activities.outcome,
      budgetPlannedCents: t.activities.budgetPlannedCents,
      budgetActualCents: t.activities.budgetActualCents,
      workingGroup: t.workingGroups.key,
    })
    .from(t.activities)
    .leftJoin(t.workingGroups, eq(t.workingGroups.id, t.activities.workingGroupId))
    .where(inArray(t.activities.id, ids));
  for (const { id, ...row } of rows)
    out.set(id, { ...row, places: [], participants: [], sectors: [], instruments: [], goals: [], measures: [] });
  const places = await db
    .select({
      activityId: t.activityPlaces.activityId,
      name: t.places.nameDe,
      nameEn: t.places.nameEn,
      iso: t.places.iso3166_2,
      country: t.places.iso3166_1,
      kind: t.places.kind,
    })
    .from(t.activityPlaces)
    .innerJoin(t.places, eq(t.places.id, t.activityPlaces.targetId))
    .where(inArray(t.activityPlaces.activityId, ids))
    .orderBy(asc(t.places.nameDe));
  for (const p of places)
    out.get(p.activityId)?.places.push({
      name: p.name,
      nameEn: p.nameEn,
      iso: p.iso ?? (p.kind === 'country' ? p.country : null),
    });
  const participants = await db
    .select({
      activityId: t.activityParticipants.activityId,
      name: t.organisations.name,
      abbreviation: t.organisations.abbreviation,
    })
    .from(t.activityParticipants)
    .innerJoin(t.organisations, eq(t.organisations.id, t.activityParticipants.targetId))
    .where(inArray(t.activityParticipants.activityId, ids))
    .orderBy(asc(t.organisations.name));
  for (const { activityId, ...o } of participants) out.get(activityId)?.participants.push(o);
  const sectors = await db
    .select({ activityId: t.activitySectors.activityId, name: t.sectors.nameDe, nameEn: t.sectors.nameEn })
    .from(t.activitySectors)
    .innerJoin(t.sectors, eq(t.sectors.id, t.activitySectors.targetId))
    .where(inArray(t.activitySectors.activityId, ids))
    .orderBy(asc(t.sectors.nameDe));
  for (const { activityId, ...s } of sectors) out.get(activityId)?.sectors.push(s);
  const instruments = await db
    .select({ activityId: t.activityInstruments.activityId, key: t.instruments.numeral })
    .from(t.activityInstruments)
    .innerJoin(t.instruments, eq(t.instruments.id, t.activityInstruments.targetId))
    .where(inArray(t.activityInstruments.activityId, ids))
    .orderBy(asc(t.instruments.position));
  for (const { activityId, key } of instruments) out.get(activityId)?.instruments.push(key);
  const goals = await db
    .select({ activityId: t.activityGoals.activityId, key: t.goals.key })
    .from(t.activityGoals)
    .innerJoin(t.goals, eq(t.goals.id, t.activityGoals.targetId))
    .where(inArray(t.activityGoals.activityId, ids))
    .orderBy(asc(t.goals.position));
  for (const { activityId, key } of goals) out.get(activityId)?.goals.push(key);
  const measures = await db
    .select({ activityId: t.activityMeasures.activityId, key: t.measures.key })
    .from(t.activityMeasures)
    .innerJoin(t.measures, eq(t.measures.id, t.activityMeasures.targetId))
    .innerJoin(t.instruments, eq(t.instruments.id, t.measures.instrumentId))
    .where(inArray(t.activityMeasures.activityId, ids))
    .orderBy(asc(t.instruments.position), asc(t.measures.position));
  for (const { activityId, key } of measures) out.get(activityId)?.measures.push(key);
}
