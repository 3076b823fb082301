import type { RollUp } from '../../core/measures/progress.ts';
import { t, type Language } from '../../text/i18n.ts';
import { percentText } from '../../text/measures.messages.ts';
import { ScrollTable } from './scroll-table.tsx';

const COLUMNS = ['rollUpMeasures', 'rollUpCounted', 'rollUpWithoutStatus', 'rollUpDiscontinued', 'rollUpMean'] as const;

/** The mean progress of a group, or "no status yet" – never 0 % for a group without reports. */
export function MeanProgress({ lang, rollUp }: { lang: Language; rollUp: RollUp }) {
  return <>{rollUp.meanPercent === null ? t(lang, 'noStatusYet') : percentText(lang, rollUp.meanPercent)}</>;
}

/** One roll-up table: a row per group (instrument or goal) with its counts and mean progress. */
export function RollUpTable(props: {
  lang: Language;
  caption: string;
  groupLabel: Parameters<typeof t>[1];
  rows: { label: string; lang?: string; rollUp: RollUp }[];
}) {
  const { lang, caption, rows } = props;
  return (
    <ScrollTable lang={lang} caption={caption} columns={[props.groupLabel, ...COLUMNS]}>
      {rows.map((r) => (
        <tr key={r.label} className="kern-table__row">
          <th scope="row" className="kern-table__header" lang={r.lang}>
            {r.label}
          </th>
          <td className="kern-table__cell numeric">{r.rollUp.measures}</td>
          <td className="kern-table__cell numeric">{r.rollUp.counted}</td>
          <td className="kern-table__cell numeric">{r.rollUp.withoutStatus}</td>
          <td className="kern-table__cell numeric">{r.rollUp.discontinued}</td>
          <td className="kern-table__cell numeric">
            <MeanProgress lang={lang} rollUp={r.rollUp} />
          </td>
        </tr>
      ))}
    </ScrollTable>
  );
}
