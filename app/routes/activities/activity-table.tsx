import type { ActivityKind, ActivityStatus } from '../../../core/shared/vocabulary.ts';
import { activityDates } from '../../lib/activity-format.ts';
import { label, t, type Language } from '../../../text/i18n.ts';
import { activityHref } from '../../lib/links.ts';

export interface ActivityListItem {
  id: number;
  kind: ActivityKind;
  title: string;
  startsOn: string | null;
  endsOn: string | null;
  status: ActivityStatus;
  organiser: string | null;
  partnership: { key: string; name: string; nameEn: string } | null;
}

/** The activities of one page: title (linked to its page), date at its precision, kind, status, organiser, partnership. */
export function ActivityTable({ rows, lang, caption }: { rows: ActivityListItem[]; lang: Language; caption: string }) {
  const columns = ['title', 'dates', 'kind', 'status', 'organiser', 'partnership'] as const;
  return (
    <div className="table-scroll" role="region" aria-label={`${t(lang, 'table')}: ${caption}`} tabIndex={0}>
      <table className="kern-table">
        <caption className="visually-hidden">{caption}</caption>
        <thead className="kern-table__head">
          <tr className="kern-table__row">
            {columns.map((key) => (
              <th key={key} scope="col" className="kern-table__header">
                {t(lang, key)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody className="kern-table__body">
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
              <td className="kern-table__cell">{a.organiser ?? t(lang, 'none')}</td>
              <td className="kern-table__cell">
                {a.partnership ? (lang === 'en' ? a.partnership.nameEn : a.partnership.name) : t(lang, 'none')}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** Links to the previous and next page and the page numbers, keeping the filters. */
export function Pagination(props: { lang: Language; page: number; pages: number; hrefOf: (page: number) => string }) {
  const { lang, page, pages, hrefOf } = props;
  if (pages <= 1) return null;
  return (
    <nav className="pagination" aria-label={t(lang, 'pagination')}>
      <ul>
        {page > 1 ? (
          <li>
            <a className="kern-link" href={hrefOf(page - 1)} rel="prev">
              {t(lang, 'previousPage')}
            </a>
          </li>
        ) : null}
        {Array.from({ length: pages }, (_, i) => i + 1).map((n) => (
          <li key={n}>
            <a
              className="kern-link"
              href={hrefOf(n)}
              aria-current={n === page ? 'page' : undefined}
              aria-label={`${t(lang, 'pageOf')} ${n} ${t(lang, 'of')} ${pages}`}
            >
              {n}
            </a>
          </li>
        ))}
        {page < pages ? (
          <li>
            <a className="kern-link" href={hrefOf(page + 1)} rel="next">
              {t(lang, 'nextPage')}
            </a>
          </li>
        ) : null}
      </ul>
    </nav>
  );
}
