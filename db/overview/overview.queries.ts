import {
  aliasedTable,
  and,
  asc,
  count,
  eq,
  gte,
  inArray,
  isNotNull,
  lt,
  lte,
  ne,
  notExists,
  or,
  sql,
} from 'drizzle-orm';
import type { Actor } from '../../core/access/actor.ts';
import { canSeeProposalsAwaitingReview } from '../../core/access/proposal.policy.ts';
import { agreementHorizon, WATCHED_STATUSES } from '../../core/overview/attention.ts';
import type { DueActivity, OverviewData, OverviewFocus } from '../../core/overview/overview.ts';
import type { Executor } from '../client.ts';
import * as t from '../schema.ts';
import { activityVisibilitySql } from '../activities/activity-visibility.queries.ts';
import { currentStrategyVersionId, findMeasures } from '../measures/measures.queries.ts';

const partnershipRef = {
  key: t.partnerships.key,
  name: t.partnerships.name,
  nameEn: t.partnerships.nameEn,
  status: t.partnerships.status,
};
const owner = {
  partnershipVisibility: t.partnerships.visibility,
  partnershipLeadId: t.partnerships.leadOrganisationId,
};

/** Agreements of watched partnerships that are not renewed and run out by the horizon (or have run out). */
function agreementCandidates(db: Executor, today: string) {
  const renewal = aliasedTable(t.agreements, 'renewal');
  return db
    .select({
      key: t.agreements.key,
      kind: t.agreements.kind,
      title: t.agreements.title,
      expiresOn: t.agreements.expiresOn,
      renewed: sql<boolean>`false`,
      partnership: partnershipRef,
      ...owner,
    })
    .from(t.agreements)
    .innerJoin(t.partnerships, eq(t.partnerships.id, t.agreements.partnershipId))
    .where(
      and(
        isNotNull(t.agreements.expiresOn),
        // partial dates compare as text: "2027-05" and "2027" lie on or before "2027-05-21"
        lte(t.agreements.expiresOn, agreementHorizon(today)),
        inArray(t.partnerships.status, [...WATCHED_STATUSES]),
        notExists(
          db
            .select({ one: sql`1` })
            .from(renewal)
            .where(eq(renewal.renewsAgreementId, t.agreements.id)),
        ),
      ),
    );
}

/** Working groups of watched partnerships with their last and next meeting the viewer may see. */
function workingGroupCandidates(db: Executor, actor: Actor, today: string) {
  const meetings = (when: 'last' | 'next') =>
    db
      .select({
        day: when === 'last' ? sql<string | null>`max(${t.activities.startsOn})` : sql`min(${t.activities.startsOn})`,
      })
      .from(t.activities)
      .where(
        and(
          eq(t.activities.workingGroupId, t.workingGroups.id),
          eq(t.activities.kind, 'working_group_meeting'),
          ne(t.activities.status, 'cancelled'),
          when === 'last' ? lte(t.activities.startsOn, today) : sql`${t.activities.startsOn} > ${today}`,
          activityVisibilitySql(actor),
        ),
      );
  return db
    .select({
      key: t.workingGroups.key,
      name: t.workingGroups.name,
      partnership: partnershipRef,
      lastMeeting: sql<string | null>`(${meetings('last')})`,
      nextMeeting: sql<string | null>`(${meetings('next')})`,
      ...owner,
    })
    .from(t.workingGroups)
    .innerJoin(t.partnerships, eq(t.partnerships.id, t.workingGroups.partnershipId))
    .where(inArray(t.partnerships.status, [...WATCHED_STATUSES]))
    .orderBy(asc(t.workingGroups.name));
}

function proposalsAwaitingReview(db: Executor) {
  return db
    .select({
      id: t.proposals.id,
      kind: t.proposals.kind,
      title: t.proposals.title,
      submittedAt: t.proposals.createdAt,
      organisation: {
        key: t.organisations.key,
        name: t.organisations.name,
        abbreviation: t.organisations.abbreviation,
      },
      organisationId: t.proposals.organisationId,
    })
    .from(t.proposals)
    .leftJoin(t.organisations, eq(t.organisations.id, t.proposals.organisationId))
    .where(eq(t.proposals.status, 'submitted'))
    .orderBy(asc(t.proposals.createdAt), asc(t.proposals.id));
}

/**
 * The three aggregate queries over the activities the viewer may see: by status and kind (all
 * of them), and per instrument and per goal (without cancelled ones). The benchmark (W1) runs
 * the same queries.
 */
export function activityCountQueries(db: Executor, actor: Actor) {
  const visible = activityVisibilitySql(actor);
  const held = and(ne(t.activities.status, 'cancelled'), visible);
  const perLink = (link: typeof t.activityInstruments | typeof t.activityGoals) =>
    db
      .select({ id: link.targetId, count: count() })
      .from(link)
      .innerJoin(t.activities, eq(t.activities.id, link.activityId))
      .where(held)
      .groupBy(link.targetId);
  return {
    byStatusAndKind: db
      .select({ status: t.activities.status, kind: t.activities.kind, count: count() })
      .from(t.activities)
      .where(visible)
      .groupBy(t.activities.status, t.activities.kind),
    perInstrument: perLink(t.activityInstruments),
    perGoal: perLink(t.activityGoals),
  };
}

/**
 * The activities the viewer may see, counted by status and kind and by instrument and goal of
 * the current strategy (every instrument and goal, with 0 where none). On PostgreSQL the
 * queries run side by side.
 */
export async function activityCounts(db: Executor, actor: Actor): Promise<OverviewData['activities']> {
  const version = (await currentStrategyVersionId(db)) ?? 0;
  const queries = activityCountQueries(db, actor);
  const [byStatusAndKind, instruments, goals, perInstrument, perGoal] = await Promise.all([
    queries.byStatusAndKind,
    db
      .select({
        id: t.instruments.id,
        numeral: t.instruments.numeral,
        title: t.instruments.title,
        titleEn: t.instruments.titleEn,
      })
      .from(t.instruments)
      .where(eq(t.instruments.strategyVersionId, version))
      .orderBy(asc(t.instruments.position)),
    db
      .select({ id: t.goals.id, key: t.goals.key, title: t.goals.title, titleEn: t.goals.titleEn })
      .from(t.goals)
      .where(eq(t.goals.strategyVersionId, version))
      .orderBy(asc(t.goals.position)),
    queries.perInstrument,
    queries.perGoal,
  ]);
  const counted = (rows: { id: number; count: number }[]) => new Map(rows.map((r) => [r.id, r.count]));
  const [instrumentCount, goalCount] = [counted(perInstrument), counted(perGoal)];
  const byInstrument = instruments.map(({ id, ...i }) => ({ ...i, count: instrumentCount.get(id) ?? 0 }));
  const byGoal = goals.map(({ id, ...g }) => ({ ...g, count: goalCount.get(id) ?? 0 }));
  return { byStatusAndKind, byInstrument, byGoal };
}

/** A ministry by id, as the overview names it. */
async function focusOrganisation(db: Executor, id: number): Promise<OverviewFocus | null> {
  const [row] = await db
    .select({
      id: t.organisations.id,
      key: t.organisations.key,
      name: t.organisations.name,
      abbreviation: t.organisations.abbreviation,
    })
    .from(t.organisations)
    .where(eq(t.organisations.id, id));
  return row ?? null;
}

/**
 * The activities a ministry organises that the viewer may see and that are due: still to come, or
 * past their day while still planned or confirmed (partial dates compare as text), soonest first.
 */
function dueActivities(db: Executor, actor: Actor, organisationId: number, today: string): Promise<DueActivity[]> {
  return db
    .select({
      id: t.activities.id,
      title: t.activities.title,
      kind: t.activities.kind,
      status: t.activities.status,
      startsOn: t.activities.startsOn,
      endsOn: t.activities.endsOn,
    })
    .from(t.activities)
    .where(
      and(
        eq(t.activities.organiserId, organisationId),
        ne(t.activities.status, 'cancelled'),
        or(
          gte(t.activities.startsOn, today),
          and(lt(t.activities.startsOn, today), inArray(t.activities.status, ['planned', 'confirmed'])),
        ),
        activityVisibilitySql(actor),
      ),
    )
    .orderBy(asc(t.activities.startsOn), asc(t.activities.id))
    .limit(DUE_ACTIVITIES_SHOWN);
}

/** How many due activities of a ministry the overview lists at most. */
export const DUE_ACTIVITIES_SHOWN = 20;

/**
 * Everything the overview is built from, read in parallel where the engine allows; with a focus
 * ministry also that ministry and its due activities.
 */
export async function readOverview(
  db: Executor,
  actor: Actor,
  today: string,
  focusId: number | null = null,
): Promise<OverviewData> {
  const [focus, due, agreements, workingGroups, measures, proposals, partnerships, activities] = await Promise.all([
    focusId === null ? null : focusOrganisation(db, focusId),
    focusId === null ? [] : dueActivities(db, actor, focusId, today),
    agreementCandidates(db, today),
    workingGroupCandidates(db, actor, today),
    findMeasures(db),
    canSeeProposalsAwaitingReview(actor) ? proposalsAwaitingReview(db) : null,
    db
      .select({
        status: t.partnerships.status,
        kind: t.partnerships.kind,
        visibility: t.partnerships.visibility,
        leadOrganisationId: t.partnerships.leadOrganisationId,
      })
      .from(t.partnerships),
    activityCounts(db, actor),
  ]);
  return {
    focus,
    dueActivities: due,
    agreements,
    workingGroups,
    measures,
    proposals:
      proposals?.map(({ organisationId, organisation, ...p }) => ({
        ...p,
        organisation: organisationId ? organisation : null,
      })) ?? null,
    partnerships,
    activities,
  };
}
