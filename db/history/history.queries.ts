import { and, asc, desc, eq, or, sql } from 'drizzle-orm';
import type { HistoryType } from '../../core/history/history-subjects.ts';
import { shownChanges } from '../../core/shared/history.ts';
import type { Visibility } from '../../core/shared/vocabulary.ts';
import type { Executor } from '../client.ts';
import * as t from '../schema.ts';
import { auditLog } from '../schema.ts';
import { resolvePartnershipId } from '../partnerships/partnerships.queries.ts';
import { withReferenceNames } from './history-names.queries.ts';

/**
 * The history of one record from the audit log: who changed what, when, field by field (oldest
 * first). A user is named by their display name, a record named by key by its name; personal
 * data of contact persons is left out.
 */
export async function recordHistory(db: Executor, entityType: string, entityId: string | number) {
  const rows = await db
    .select({ entry: auditLog, userName: t.users.displayName })
    .from(auditLog)
    .leftJoin(t.users, eq(t.users.id, auditLog.actorUserId))
    .where(and(eq(auditLog.entityType, entityType), eq(auditLog.entityId, String(entityId))))
    .orderBy(asc(auditLog.id));
  return withReferenceNames(
    db,
    rows.map(({ entry: r, userName }) => ({
      at: r.occurredAt.toISOString(),
      actor: userName ?? r.actorLabel,
      action: r.action,
      changes: shownChanges(r.before, r.after),
    })),
  );
}

/** A record whose history is asked for: what to call it, where its page is, and who may see it. */
export interface HistorySubject {
  type: HistoryType;
  id: number;
  key: string;
  title: string;
  titleEn: string | null;
  visibility: Visibility;
  ownerOrganisationId: number | null;
}

/** The record a history page names by type and key (an activity by id; a partnership also by ISO code); null if none. */
export async function findHistorySubject(db: Executor, type: HistoryType, ref: string): Promise<HistorySubject | null> {
  const one = <T>(rows: T[]) => rows[0] ?? null;
  switch (type) {
    case 'partnership': {
      const id = await resolvePartnershipId(db, ref, false);
      if (id === null) return null;
      const p = one(await db.select().from(t.partnerships).where(eq(t.partnerships.id, id)));
      return (
        p && {
          type,
          id: p.id,
          key: p.key,
          title: p.name,
          titleEn: p.nameEn,
          visibility: p.visibility,
          ownerOrganisationId: p.leadOrganisationId,
        }
      );
    }
    case 'activity': {
      if (!/^\d{1,9}$/.test(ref)) return null;
      const a = one(
        await db
          .select()
          .from(t.activities)
          .where(eq(t.activities.id, Number(ref))),
      );
      return (
        a && {
          type,
          id: a.id,
          key: String(a.id),
          title: a.title,
          titleEn: null,
          visibility: a.visibility,
          ownerOrganisationId: a.organiserId,
        }
      );
    }
    case 'agreement': {
      const g = one(
        await db
          .select({
            id: t.agreements.id,
            key: t.agreements.key,
            title: t.agreements.title,
            visibility: sql<Visibility>`coalesce(${t.partnerships.visibility}, 'public')`,
            owner: t.partnerships.leadOrganisationId,
          })
          .from(t.agreements)
          .leftJoin(t.partnerships, eq(t.partnerships.id, t.agreements.partnershipId))
          .where(eq(t.agreements.key, ref)),
      );
      return (
        g && {
          type,
          id: g.id,
          key: g.key,
          title: g.title,
          titleEn: null,
          visibility: g.visibility,
          ownerOrganisationId: g.owner,
        }
      );
    }
    case 'measure': {
      const m = one(await db.select().from(t.measures).where(eq(t.measures.key, ref)).orderBy(desc(t.measures.id)));
      return (
        m && {
          type,
          id: m.id,
          key: m.key,
          title: `${m.key}: ${m.text}`,
          titleEn: null,
          visibility: 'public',
          ownerOrganisationId: m.leadOrganisationId,
        }
      );
    }
    case 'organisation': {
      const o = one(
        await db
          .select()
          .from(t.organisations)
          .where(or(eq(t.organisations.key, ref), eq(t.organisations.abbreviation, ref))),
      );
      return (
        o && {
          type,
          id: o.id,
          key: o.key,
          title: o.name,
          titleEn: o.nameEn,
          visibility: 'public',
          ownerOrganisationId: null,
        }
      );
    }
  }
}
