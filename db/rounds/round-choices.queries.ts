import { and, asc, inArray, ne } from 'drizzle-orm';
import type { PartnershipKind, PartnershipStatus } from '../../core/shared/vocabulary.ts';
import type { Executor } from '../client.ts';
import * as t from '../schema.ts';

/** A partnership that may be put in a round's scope. */
export interface ScopeChoice {
  key: string;
  name: string;
  nameEn: string;
  kind: PartnershipKind;
  status: PartnershipStatus;
}

/**
 * The partnerships a round can score: the regional and cross-border ones that have not ended
 * (dormant ones and candidates under examination included), in German alphabetical order.
 */
export async function readScopeChoices(db: Executor): Promise<ScopeChoice[]> {
  const rows = await db
    .select({
      key: t.partnerships.key,
      name: t.partnerships.name,
      nameEn: t.partnerships.nameEn,
      kind: t.partnerships.kind,
      status: t.partnerships.status,
    })
    .from(t.partnerships)
    .where(and(inArray(t.partnerships.kind, ['regional', 'cross_border']), ne(t.partnerships.status, 'ended')))
    .orderBy(asc(t.partnerships.key));
  const collator = new Intl.Collator('de');
  return rows.sort((a, b) => collator.compare(a.name, b.name));
}
