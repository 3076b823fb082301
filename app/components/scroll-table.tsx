import type { ReactNode } from 'react';
import { t, type Language, type MessageKey } from '../../text/i18n.ts';

/**
 * A KERN table that stays usable on small screens: it scrolls sideways inside a labelled,
 * keyboard-focusable region, and its caption names it for screen readers.
 */
export function ScrollTable({
  lang,
  caption,
  columns,
  children,
}: {
  lang: Language;
  caption: string;
  columns: readonly MessageKey[];
  children: ReactNode;
}) {
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
        <tbody className="kern-table__body">{children}</tbody>
      </table>
    </div>
  );
}
