import type { OverviewView } from '../../../core/overview/overview.ts';
import {
  activityKinds,
  activityStatuses,
  measureStatuses,
  partnershipKinds,
  partnershipStatuses,
} from '../../../core/shared/vocabulary.ts';
import { label, t, type Language, type MessageKey } from '../../../text/i18n.ts';
import { measuresHref } from '../../lib/links.ts';
import { measureStatusLabel } from '../../../text/measures.messages.ts';
import { MeanProgress } from '../../components/measure-roll-up.tsx';
import { ScrollTable } from '../../components/scroll-table.tsx';

type Counts = OverviewView['counts'];
interface Row {
  key: string;
  label: string;
  count: number;
  href?: string | undefined;
}

/** A small table of counts: one row per value (linked to the filtered list where there is one). */
function CountTable(props: { lang: Language; caption: string; dimension: MessageKey; rows: Row[] }) {
  return (
    <div className="count-table">
      <h4 className="kern-heading-small">{props.caption}</h4>
      <ScrollTable lang={props.lang} caption={props.caption} columns={[props.dimension, 'count']}>
        {props.rows.map((r) => (
          <tr key={r.key} className="kern-table__row">
            <th scope="row" className="kern-table__header">
              {r.href ? (
                <a className="kern-link" href={r.href}>
                  {r.label}
                </a>
              ) : (
                r.label
              )}
            </th>
            <td className="kern-table__cell numeric">{r.count}</td>
          </tr>
        ))}
      </ScrollTable>
    </div>
  );
}

const withLang = (path: string, lang: Language) => (lang === 'en' ? `${path}&lang=en` : path);

/** Partnerships by status and kind, activities by status, kind, instrument and goal, measures by status. */
export function OverviewCounts({ lang, counts }: { lang: Language; counts: Counts }) {
  const title = (x: { title: string; titleEn: string }) => (lang === 'en' ? x.titleEn : x.title);
  const { partnerships: p, activities: a, measures: m } = counts;
  const heading = (key: MessageKey, dimension: MessageKey) => `${t(lang, key)} ${t(lang, dimension)}`;
  return (
    <section className="section" aria-labelledby="counts">
      <h2 id="counts" className="kern-heading-large">
        {t(lang, 'countsHeading')}
      </h2>
      <h3 className="kern-heading-medium">{t(lang, 'countsPartnerships')}</h3>
      <p className="kern-body">
        {p.total} {t(lang, 'total')}, {t(lang, 'ofWhichActive')} <strong>{p.active}</strong>.{' '}
        {t(lang, 'countsPartnershipsNote')}
      </p>
      <div className="count-grid">
        <CountTable
          lang={lang}
          caption={heading('countsPartnerships', 'byStatus')}
          dimension="status"
          rows={partnershipStatuses.map((s) => ({
            key: s,
            label: label(lang, 'status', s),
            count: p.byStatus[s],
            href: withLang(`/partnerschaften?status=${s}`, lang),
          }))}
        />
        <CountTable
          lang={lang}
          caption={heading('countsPartnerships', 'byKind')}
          dimension="kind"
          rows={partnershipKinds.map((k) => ({
            key: k,
            label: label(lang, 'kind', k),
            count: p.byKind[k],
            href: withLang(`/partnerschaften?kind=${k}`, lang),
          }))}
        />
      </div>
      <h3 className="kern-heading-medium">{t(lang, 'countsActivities')}</h3>
      <p className="kern-body">
        {a.total} {t(lang, 'total')}. {t(lang, 'countsActivitiesNote')}
      </p>
      <div className="count-grid">
        <CountTable
          lang={lang}
          caption={heading('countsActivities', 'byStatus')}
          dimension="status"
          rows={activityStatuses.map((s) => ({
            key: s,
            label: label(lang, 'activityStatus', s),
            count: a.byStatus[s],
            href: withLang(`/aktivitaeten?status=${s}`, lang),
          }))}
        />
        <CountTable
          lang={lang}
          caption={heading('countsActivities', 'byKind')}
          dimension="kind"
          rows={activityKinds.map((k) => ({
            key: k,
            label: label(lang, 'activityKind', k),
            count: a.byKind[k],
            href: withLang(`/aktivitaeten?kind=${k}`, lang),
          }))}
        />
        <CountTable
          lang={lang}
          caption={heading('countsActivities', 'byInstrument')}
          dimension="instrument"
          rows={a.byInstrument.map((i) => ({ key: i.numeral, label: `${i.numeral}) ${title(i)}`, count: i.count }))}
        />
        <CountTable
          lang={lang}
          caption={heading('countsActivities', 'byGoal')}
          dimension="filterGoal"
          rows={a.byGoal.map((g) => ({ key: g.key, label: `${g.key} – ${title(g)}`, count: g.count }))}
        />
      </div>
      <h3 className="kern-heading-medium">{t(lang, 'countsMeasures')}</h3>
      <p className="kern-body">
        {m.total} {t(lang, 'total')}; {t(lang, 'rollUpMean')}: <MeanProgress lang={lang} rollUp={m.rollUp} /> (
        {m.rollUp.counted} {t(lang, 'rollUpCounted')}, {m.rollUp.withoutStatus} {t(lang, 'rollUpWithoutStatus')}).
      </p>
      <div className="count-grid">
        <CountTable
          lang={lang}
          caption={heading('countsMeasures', 'byStatus')}
          dimension="status"
          rows={[...measureStatuses, 'none' as const].map((s) => ({
            key: s,
            label: measureStatusLabel(lang, s),
            count: m.byStatus[s],
            href: measuresHref(lang, { status: s }),
          }))}
        />
      </div>
    </section>
  );
}
