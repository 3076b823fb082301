import type { ReactNode } from 'react';
import { t, type Language } from '../../../text/i18n.ts';

/**
 * A KERN table whose columns are given as text (criteria, ministries, ranks differ per round),
 * scrolling sideways in a labelled, focusable region on small screens like ScrollTable.
 */
export function RoundTable(props: {
  lang: Language;
  caption: string;
  headers: readonly string[];
  /** Columns (by position) whose figures align right. */
  numeric?: readonly number[];
  children: ReactNode;
}) {
  return (
    <div className="table-scroll" role="region" aria-label={`${t(props.lang, 'table')}: ${props.caption}`} tabIndex={0}>
      <table className="kern-table">
        <caption className="visually-hidden">{props.caption}</caption>
        <thead className="kern-table__head">
          <tr className="kern-table__row">
            {props.headers.map((h, i) => (
              <th key={i} scope="col" className={`kern-table__header${props.numeric?.includes(i) ? ' numeric' : ''}`}>
                {h}
              </th>
            ))}
          </tr>
        </thead>
        <tbody className="kern-table__body">{props.children}</tbody>
      </table>
    </div>
  );
}

/** A body cell; figures align right. */
export const Cell = ({ children, numeric }: { children: ReactNode; numeric?: boolean }) => (
  <td className={`kern-table__cell${numeric ? ' numeric' : ''}`}>{children}</td>
);

/** The first cell of a row, naming it. */
export const RowHeader = ({ children }: { children: ReactNode }) => (
  <th scope="row" className="kern-table__cell">
    {children}
  </th>
);

/** A section of the results with its heading and the one-sentence explanation for readers. */
export function ResultSection(props: { id: string; heading: string; explain: string; children: ReactNode }) {
  return (
    <section className="section" aria-labelledby={props.id}>
      <h2 id={props.id} className="kern-heading-large">
        {props.heading}
      </h2>
      <p className="kern-body">{props.explain}</p>
      {props.children}
    </section>
  );
}
