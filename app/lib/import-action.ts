import { organisationOf, type Actor } from '../../core/accounts/actor.ts';
import { canEditActivity } from '../../core/accounts/policy.ts';
import type { Language } from '../../text/i18n.ts';

/** Whether the actor may import activities: whoever may record one (coordinators, editors for their ministry). */
export const mayImport = (actor: Actor): boolean => canEditActivity(actor, { organiserId: organisationOf(actor) });

/** The import pages' addresses, in the reader's language. */
export const importHref = (lang: Language, run?: number, flag?: string): string => {
  const params = new URLSearchParams();
  if (flag) params.set(flag, '1');
  if (lang === 'en') params.set('lang', 'en');
  return `/aktivitaeten/import${run ? `/${run}` : ''}${params.size ? `?${params}` : ''}`;
};
