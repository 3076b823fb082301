import { t, type Language, type MessageKey } from '../../text/i18n.ts';

/** The page numbers a pager links to: the first, the last and two either side of the current one. */
export function shownPages(page: number, pages: number): number[] {
  return [...new Set([1, page - 2, page - 1, page, page + 1, page + 2, pages])]
    .filter((n) => n >= 1 && n <= pages)
    .sort((a, b) => a - b);
}

/** The links of the pages `shownPages` names, built by the loader (a list of 20,000 pages sends five). */
export function pageLinks(page: number, pages: number, hrefOf: (page: number) => string): Record<number, string> {
  return Object.fromEntries(shownPages(page, pages).map((n) => [n, hrefOf(n)]));
}

/** Previous and next page and the pages around the current one; the links keep the query and filters. */
export function Pagination(props: {
  lang: Language;
  label: MessageKey;
  page: number;
  pages: number;
  hrefs: Record<number, string>;
}) {
  const { lang, label, page, pages, hrefs } = props;
  if (pages <= 1) return null;
  const shown = shownPages(page, pages);
  return (
    <nav className="pagination" aria-label={t(lang, label)}>
      <ul>
        {page > 1 ? (
          <li>
            <a className="kern-link" href={hrefs[page - 1]} rel="prev">
              {t(lang, 'previousPage')}
            </a>
          </li>
        ) : null}
        {shown.map((n, i) => (
          <li key={n}>
            {i > 0 && n - shown[i - 1]! > 1 ? <span aria-hidden="true">… </span> : null}
            <a
              className="kern-link"
              href={hrefs[n]}
              aria-current={n === page ? 'page' : undefined}
              aria-label={`${t(lang, 'pageOf')} ${n} ${t(lang, 'of')} ${pages}`}
            >
              {n}
            </a>
          </li>
        ))}
        {page < pages ? (
          <li>
            <a className="kern-link" href={hrefs[page + 1]} rel="next">
              {t(lang, 'nextPage')}
            </a>
          </li>
        ) : null}
      </ul>
    </nav>
  );
}
