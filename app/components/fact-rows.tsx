import { Fragment, type ReactNode } from 'react';
import { t, type Language, type MessageKey } from '../../text/i18n.ts';

/** Term and value pairs of a record's facts, inside the page's `<dl className="facts">`. */
export function FactRows({ rows, lang }: { rows: readonly (readonly [MessageKey, ReactNode])[]; lang: Language }) {
  return rows.map(([key, value]) => (
    <Fragment key={key}>
      <dt>{t(lang, key)}</dt>
      <dd>{value}</dd>
    </Fragment>
  ));
}
