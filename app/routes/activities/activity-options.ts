import { type Actor, organisationOf } from '../../../core/access/actor.ts';
import { isCoordinator } from '../../../core/access/roles.ts';
import { activityKinds, activityStatuses, visibilities } from '../../../core/shared/vocabulary.ts';
import type { Executor } from '../../../db/client.ts';
import { activityFormChoices } from '../../../db/activities/activities.queries.ts';
import type { ActivityFormOptions } from './activity-form.tsx';
import { visibleChoices } from './activity-loader.ts';
import { label, t, type Language } from '../../../text/i18n.ts';

/** What the activity form offers this actor: a ministry editor only its own ministry as organiser. */
export async function activityFormOptions(db: Executor, actor: Actor, lang: Language): Promise<ActivityFormOptions> {
  const [choices, form] = await Promise.all([visibleChoices(db, actor), activityFormChoices(db)]);
  const own = organisationOf(actor);
  const visible = new Set(choices.partnerships.map((p) => p.key));
  const ministries = isCoordinator(actor) ? choices.ministries : choices.ministries.filter((m) => m.id === own);
  return {
    kind: activityKinds.map((k) => ({ value: k, label: label(lang, 'activityKind', k) })),
    status: activityStatuses.map((s) => ({ value: s, label: label(lang, 'activityStatus', s) })),
    visibility: visibilities.map((v) => ({ value: v, label: label(lang, 'visibility', v) })),
    organiser: [
      ...(isCoordinator(actor) ? [{ value: '', label: t(lang, 'noneChosen') }] : []),
      ...ministries.map((m) => ({ value: m.key, label: `${m.abbreviation ?? m.key} – ${m.name}` })),
    ],
    partnership: choices.partnerships.map((p) => ({ value: p.key, label: lang === 'en' ? p.nameEn : p.name })),
    sectors: choices.sectors.map((s) => ({ value: s.key, label: lang === 'en' ? s.nameEn : s.name })),
    workingGroup: form.workingGroups
      .filter((g) => visible.has(g.partnershipKey))
      .map((g) => ({ value: g.key, label: g.name })),
    instruments: form.instruments.map((i) => ({
      value: i.numeral,
      label: `${i.numeral}) ${lang === 'en' ? i.titleEn : i.title}`,
    })),
    goals: form.goals.map((g) => ({ value: g.key, label: lang === 'en' ? g.titleEn : g.title })),
  };
}
