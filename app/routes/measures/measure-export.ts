import type { Actor } from '../../../core/access/actor.ts';
import { seesInternalRecords } from '../../../core/access/visibility.ts';
import type { Column, Sheet } from '../../../core/exports/columns.ts';
import { filterMeasures, parseMeasureQuery } from '../../../core/measures/measure-list.ts';
import type { MeasureView } from '../../../core/measures/measure.presenter.ts';
import type { Executor } from '../../../db/client.ts';
import { findMeasures, measureChoices } from '../../../db/measures/measures.queries.ts';
import { berlinDay } from '../../../core/shared/clock.ts';
import { label, t, type Language } from '../../../text/i18n.ts';
import { measureStatusLabel } from '../../../text/measures.messages.ts';

/**
 * The measures of the list page for these URL parameters (same filters, the strategy's order),
 * with the choices the filters offer and the refused filter values. The page and its download share this.
 */
export async function listedMeasures(db: Executor, actor: Actor, params: URLSearchParams, today: string) {
  const internal = seesInternalRecords(actor);
  const [all, choices] = await Promise.all([findMeasures(db), measureChoices(db)]);
  const { filter, issues } = parseMeasureQuery(params, {
    instruments: choices.instruments.map((i) => i.numeral),
    goals: choices.goals.map((g) => g.key),
    leads: choices.leads.map((l) => l.key),
    stale: internal,
  });
  return { internal, choices, issues, shown: filterMeasures(all, filter, today) };
}

/** The columns of the measure download; the status note and report date only for internal readers. */
export function measureSheet(rows: MeasureView[], lang: Language, origin: string): Sheet<MeasureView> {
  const h = (key: Parameters<typeof t>[1]) => t(lang, key);
  const internal = rows.some((m) => 'statusNote' in m);
  const columns: Column<MeasureView>[] = [
    { key: 'key', header: h('measureKey'), type: 'text', value: (m) => m.key },
    { key: 'instrument', header: h('instrument'), type: 'text', value: (m) => m.instrument },
    { key: 'text', header: h('measureText'), type: 'text', value: (m) => m.text },
    {
      key: 'commitment',
      header: h('commitment'),
      type: 'text',
      value: (m) => label(lang, 'commitment', m.commitment),
      code: (m) => m.commitment,
    },
    {
      key: 'lead',
      header: h('lead'),
      type: 'text',
      value: (m) => m.leadOrganisation?.abbreviation ?? m.leadOrganisation?.name ?? null,
      code: (m) => m.leadOrganisation?.key ?? null,
    },
    { key: 'goals', header: h('activityGoals'), type: 'list', value: (m) => m.goals },
    {
      key: 'status',
      header: h('status'),
      type: 'text',
      value: (m) => (m.status ? measureStatusLabel(lang, m.status) : null),
      code: (m) => m.status,
    },
    { key: 'progressPercent', header: h('progress'), type: 'integer', value: (m) => m.progress?.percent ?? null },
    ...(internal
      ? ([
          {
            key: 'statusNote',
            header: h('exportStatusNote'),
            type: 'text',
            value: (m) => ('statusNote' in m ? m.statusNote : null),
          },
          {
            key: 'lastReport',
            header: h('lastReport'),
            type: 'date',
            value: (m) => ('statusUpdatedAt' in m && m.statusUpdatedAt ? berlinDay(new Date(m.statusUpdatedAt)) : null),
          },
        ] satisfies Column<MeasureView>[])
      : []),
    {
      key: 'url',
      header: h('exportAddress'),
      type: 'text',
      value: (m) => `${origin}/massnahmen/${encodeURIComponent(m.key)}`,
    },
  ];
  return { name: lang === 'en' ? 'measures' : 'massnahmen', title: h('measuresTitle'), columns, rows };
}
