import type { Actor } from '../../../core/access/actor.ts';
import { parseActivityQuery } from '../../../core/activities/activity-list.ts';
import { activityVisibleTo } from '../../../core/access/activity.policy.ts';
import type { Column, Sheet } from '../../../core/exports/columns.ts';
import { publicOnlyFor } from '../../../core/access/visibility.ts';
import type { Executor } from '../../../db/client.ts';
import { findActivities, type ActivityRow } from '../../../db/activities/activities.queries.ts';
import { activityExportDetails, type ActivityExportDetail } from '../../../db/activities/activity-export.queries.ts';
import { visibleChoices } from './activity-loader.ts';
import { label, t, type Language } from '../../../text/i18n.ts';

type ExportRow = Omit<ActivityRow, 'organiserId'> & ActivityExportDetail;

/**
 * The activities of the list page for these URL parameters (same filters, same order, same
 * visibility rule), every one of them rather than one page, with what a download adds.
 */
export async function listedActivities(db: Executor, actor: Actor, params: URLSearchParams): Promise<ExportRow[]> {
  const choices = await visibleChoices(db, actor);
  const { filter } = parseActivityQuery(params, {
    organisers: choices.ministries.map((m) => m.key),
    partnerships: choices.partnerships.map((p) => p.key),
  });
  const rows = (await findActivities(db, { ...filter, publicOnly: publicOnlyFor(actor) })).filter(
    activityVisibleTo(actor),
  );
  const details = await activityExportDetails(
    db,
    rows.map((r) => r.id),
  );
  return rows.map(({ organiserId: _o, ...row }) => ({ ...row, ...details.get(row.id)! }));
}

const euros = (cents: number | null) => (cents === null ? null : cents / 100);

/** The columns of the activity download, headers in the reader's language. */
export function activitySheet(rows: ExportRow[], lang: Language, origin: string): Sheet<ExportRow> {
  const h = (key: Parameters<typeof t>[1]) => t(lang, key);
  const name = <T extends { name: string; nameEn: string }>(x: T) => (lang === 'en' ? x.nameEn : x.name);
  const columns: Column<ExportRow>[] = [
    { key: 'id', header: h('exportNumber'), type: 'integer', value: (a) => a.id },
    { key: 'title', header: h('title'), type: 'text', value: (a) => a.title },
    {
      key: 'kind',
      header: h('kind'),
      type: 'text',
      value: (a) => label(lang, 'activityKind', a.kind),
      code: (a) => a.kind,
    },
    { key: 'startsOn', header: h('startsOn'), type: 'date', value: (a) => a.startsOn },
    { key: 'endsOn', header: h('endsOn'), type: 'date', value: (a) => a.endsOn },
    {
      key: 'status',
      header: h('status'),
      type: 'text',
      value: (a) => label(lang, 'activityStatus', a.status),
      code: (a) => a.status,
    },
    {
      key: 'visibility',
      header: h('visibility'),
      type: 'text',
      value: (a) => label(lang, 'visibility', a.visibility),
      code: (a) => a.visibility,
    },
    { key: 'organiser', header: h('organiser'), type: 'text', value: (a) => a.organiser },
    {
      key: 'partnership',
      header: h('partnership'),
      type: 'text',
      value: (a) => (a.partnership ? name(a.partnership) : null),
      code: (a) => a.partnership?.key ?? null,
    },
    {
      key: 'places',
      header: h('placesLabel'),
      type: 'list',
      value: (a) => a.places.map((p) => (p.iso ? `${name(p)} (${p.iso})` : name(p))),
      code: (a) => a.places.map((p) => p.iso ?? p.name),
    },
    {
      key: 'participants',
      header: h('participants'),
      type: 'list',
      value: (a) => a.participants.map((o) => o.abbreviation ?? o.name),
    },
    { key: 'sectors', header: h('sectors'), type: 'list', value: (a) => a.sectors.map(name) },
    {
      key: 'budgetPlannedEur',
      header: h('budgetPlanned'),
      type: 'decimal',
      fractionDigits: 2,
      value: (a) => euros(a.budgetPlannedCents),
    },
    {
      key: 'budgetActualEur',
      header: h('budgetActual'),
      type: 'decimal',
      fractionDigits: 2,
      value: (a) => euros(a.budgetActualCents),
    },
    { key: 'description', header: h('description'), type: 'text', value: (a) => a.description },
    { key: 'outcome', header: h('outcome'), type: 'text', value: (a) => a.outcome },
    { key: 'workingGroup', header: h('workingGroupLabel'), type: 'text', value: (a) => a.workingGroup },
    { key: 'instruments', header: h('activityInstruments'), type: 'list', value: (a) => a.instruments },
    { key: 'goals', header: h('activityGoals'), type: 'list', value: (a) => a.goals },
    { key: 'measures', header: h('activityMeasures'), type: 'list', value: (a) => a.measures },
    { key: 'url', header: h('exportAddress'), type: 'text', value: (a) => `${origin}/aktivitaeten/${a.id}` },
  ];
  return { name: lang === 'en' ? 'activities' : 'aktivitaeten', title: h('activitiesTitle'), columns, rows };
}
