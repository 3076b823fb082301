import type { ActivitySummary } from '../../core/activities/activity.types.ts';
import { activityDates } from '../lib/activity-format.ts';
import { label, t, type Language } from '../../text/i18n.ts';
import { activityHref } from '../lib/links.ts';
import { ScrollTable } from './scroll-table.tsx';

export interface ActivityListItem extends ActivitySummary {
  organiser: string | null;
  partnership: { key: string; name: string; nameEn: string } | null;
}

type ActivityRow = Omit<ActivityListItem, 'organiser' | 'partnership'> & Partial<ActivityListItem>;

/**
 * Activities: title (linked to its page), date at its precision, kind, status and, unless `brief`
 * (where the page already says whose they are), organiser and partnership.
 */
export function ActivityTable(props: { rows: ActivityRow[]; lang: Language; caption: string; brief?: boolean }) {
  const { rows, lang, caption, brief = false } = props;
  const columns = brief
    ? (['title', 'dates', 'kind', 'status'] as const)
    : (['title', 'dates', 'kind', 'status', 'organiser', 'partnership'] as const);
  return (
    <ScrollTable lang={lang} caption={caption} columns={columns}>
      {rows.map((a) => (
        <tr key={a.id} className="kern-table__row">
          <th scope="row" className="kern-table__header">
            <a className="kern-link" href={activityHref(a.id, lang)} lang="de">
              {a.title}
            </a>
          </th>
          <td className="kern-table__cell">{activityDates(a, lang)}</td>
          <td className="kern-table__cell">{label(lang, 'activityKind', a.kind)}</td>
          <td className="kern-table__cell">{label(lang, 'activityStatus', a.status)}</td>
          {brief ? null : (
            <>
              <td className="kern-table__cell">{a.organiser ?? t(lang, 'none')}</td>
              <td className="kern-table__cell">
                {a.partnership ? (lang === 'en' ? a.partnership.nameEn : a.partnership.name) : t(lang, 'none')}
              </td>
            </>
          )}
        </tr>
      ))}
    </ScrollTable>
  );
}
