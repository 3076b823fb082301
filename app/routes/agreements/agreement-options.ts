import type { Actor } from '../../../core/access/actor.ts';
import { agreementVisibleTo } from '../../../core/access/agreement.policy.ts';
import { agreementKinds } from '../../../core/shared/vocabulary.ts';
import type { Executor } from '../../../db/client.ts';
import { agreementPartnerships } from '../../../db/agreements/agreements.queries.ts';
import { label, type Language } from '../../../text/i18n.ts';

/** The kinds and the partnerships (those the actor may see, in German order) the agreement form offers. */
export async function agreementFormOptions(db: Executor, actor: Actor, lang: Language) {
  const partnerships = (await agreementPartnerships(db)).filter((p) => agreementVisibleTo(actor)({ partnership: p }));
  const nameOf = (p: { name: string; nameEn: string }) => (lang === 'en' ? p.nameEn : p.name);
  return {
    kinds: agreementKinds.map((k) => ({ value: k, label: label(lang, 'agreementKind', k) })),
    partnerships: partnerships
      .map((p) => ({ value: p.key, label: nameOf(p) }))
      .sort((a, b) => a.label.localeCompare(b.label, 'de')),
  };
}
