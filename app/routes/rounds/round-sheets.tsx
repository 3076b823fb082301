import type { PartnershipStatus } from '../../../core/shared/vocabulary.ts';
import { t, type Language, type MessageKey } from '../../../text/i18n.ts';
import { scoringHref } from './round-links.ts';
import type { SheetState } from './round-loader.ts';
import { ScrollTable } from '../../components/scroll-table.tsx';
import { StatusBadge } from '../../components/status-badge.tsx';

const STATE: Record<SheetState, { text: MessageKey; tone: string }> = {
  none: { text: 'rndNotStarted', tone: 'kern-badge--warning' },
  draft: { text: 'rndStateDraft', tone: 'kern-badge--info' },
  submitted: { text: 'rndStateSubmitted', tone: 'kern-badge--success' },
};

/** The state of an assessor's sheet as a badge. */
export function SheetBadge({ lang, state }: { lang: Language; state: SheetState }) {
  return (
    <span className={`kern-badge ${STATE[state].tone}`}>
      <span className="kern-label kern-label--small">{t(lang, STATE[state].text)}</span>
    </span>
  );
}

/** An assessor's partnerships in the round, each with the state of the sheet and a link to it. */
export function OwnSheets(props: {
  lang: Language;
  roundKey: string;
  scoring: boolean;
  sheets: { key: string; name: string; nameEn: string; statusAtStart: PartnershipStatus; state: SheetState }[];
}) {
  const { lang, roundKey, sheets } = props;
  return (
    <section className="section" aria-labelledby="own-sheets">
      <h2 id="own-sheets" className="kern-heading-large">
        {t(lang, 'rndYourPartnerships')}
      </h2>
      {props.scoring ? null : <p className="kern-body">{t(lang, 'rndScoringNotOpen')}</p>}
      <ScrollTable
        lang={lang}
        caption={t(lang, 'rndYourPartnerships')}
        columns={['partnership', 'status', 'rndFieldScores']}
      >
        {sheets.map((s) => (
          <tr key={s.key} className="kern-table__row">
            <th scope="row" className="kern-table__cell">
              <a className="kern-link" href={scoringHref(roundKey, s.key, lang)}>
                {lang === 'en' ? s.nameEn : s.name}
              </a>
            </th>
            <td className="kern-table__cell">
              <StatusBadge status={s.statusAtStart} lang={lang} />
            </td>
            <td className="kern-table__cell">
              <SheetBadge lang={lang} state={s.state} />
            </td>
          </tr>
        ))}
      </ScrollTable>
    </section>
  );
}
