import { sql } from 'drizzle-orm';
import type { Actor } from '../../core/access/actor.ts';
import { canSee } from '../../core/access/visibility.ts';
import type { SourceCitationUse } from '../../core/sources/source.presenter.ts';
import type { Visibility } from '../../core/shared/vocabulary.ts';
import type { Executor } from '../client.ts';

interface UseRow extends SourceCitationUse {
  visibility: Visibility;
  owner: number | null;
}

/**
 * The citations that rest on a document, each with the record it supports (a status change, a
 * working group or a conflict counts for its partnership; an agreement follows its partnership's
 * visibility). Only those whose record the actor may see are given.
 */
export async function sourceCitationUses(db: Executor, actor: Actor, sourceId: number): Promise<SourceCitationUse[]> {
  const result = (await db.execute(sql`
    select c.locator, c.quote, c.claim,
      case when c.activity_id is not null then 'activity'
           when c.agreement_id is not null then 'agreement'
           when p.id is not null then 'partnership'
           when c.measure_id is not null then 'measure'
           when c.evaluation_criterion_id is not null then 'criterion'
           when c.organisation_id is not null then 'organisation'
           when coalesce(c.strategy_version_id, c.goal_id, c.instrument_id, c.focus_designation_id) is not null then 'strategy'
           else 'other' end as subject,
      coalesce(a.id::text, ag.key, p.key, m.key, o.key) as ref,
      coalesce(a.title, ag.title, p.name, m.key, o.name) as label,
      case when c.activity_id is not null then a.visibility::text
           when c.agreement_id is not null then coalesce(p.visibility::text, 'internal')
           when p.id is not null then p.visibility::text
           when c.evaluation_criterion_id is not null then 'internal'
           else 'public' end as visibility,
      case when c.activity_id is not null then a.organiser_id else p.lead_organisation_id end as owner
    from citations c
      left join partnership_status_changes sc on sc.id = c.status_change_id
      left join working_groups wg on wg.id = c.working_group_id
      left join conflict_claims cc on cc.id = c.conflict_claim_id
      left join conflicts cf on cf.id = cc.conflict_id
      left join agreements ag on ag.id = c.agreement_id
      left join partnerships p on p.id = coalesce(c.partnership_id, sc.partnership_id, wg.partnership_id, cf.partnership_id, ag.partnership_id)
      left join activities a on a.id = c.activity_id
      left join measures m on m.id = c.measure_id
      left join organisations o on o.id = c.organisation_id
    where c.source_document_id = ${sourceId}
    order by c.id`)) as unknown as { rows: UseRow[] };
  return result.rows
    .filter((r) => canSee(actor, { visibility: r.visibility, ownerOrganisationId: r.owner }))
    .map(({ visibility: _v, owner: _o, ...use }) => use);
}
