import type { Actor } from '../../../core/access/actor.ts';
import { agreementVisibleTo } from '../../../core/access/agreement.policy.ts';
import type { Executor } from '../../../db/client.ts';
import { agreementPartnerships } from '../../../db/agreements/agreements.queries.ts';
import { findVisibleAgreements } from '../../../db/agreements/visible-agreements.queries.ts';
import { agreementHref } from '../../lib/agreement-links.ts';
import type { Language } from '../../../text/i18n.ts';
import { partnershipHref } from '../../lib/links.ts';

export interface Subject {
  value: string;
  label: string;
  href: string;
}

/**
 * The records a proposal may refer to, as far as the actor may see them: partnerships and
 * agreements, each as "<type>:<key>" with its name and page, in German order.
 */
export async function proposalSubjects(db: Executor, actor: Actor, lang: Language) {
  const collator = new Intl.Collator('de');
  const partnerships = (await agreementPartnerships(db))
    .filter((p) => agreementVisibleTo(actor)({ partnership: p }))
    .map((p) => ({
      value: `partnership:${p.key}`,
      label: lang === 'en' ? p.nameEn : p.name,
      href: partnershipHref(p.key, lang),
    }))
    .sort((a, b) => collator.compare(a.label, b.label));
  const agreements = (await findVisibleAgreements(db, actor))
    .map((a) => ({ value: `agreement:${a.key}`, label: a.title, href: agreementHref(a.key, lang) }))
    .sort((a, b) => collator.compare(a.label, b.label));
  return { partnerships, agreements };
}
