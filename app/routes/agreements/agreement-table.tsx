import type { AgreementView } from '../../../core/agreements/agreement.presenter.ts';
import { formatPartialDate } from '../../../core/shared/partial-date.ts';
import { agreementHref } from '../../lib/agreement-links.ts';
import { label, t, type Language } from '../../../text/i18n.ts';
import { partnershipHref } from '../../lib/links.ts';
import { ScrollTable } from '../../components/scroll-table.tsx';
import { ValidityBadge } from './validity-badge.tsx';

const COLUMNS = [
  'agreementColumn',
  'agreementPartnership',
  'kind',
  'signedColumn',
  'expiresColumn',
  'validityColumn',
] as const;

const date = (value: string | null, lang: Language) => (value ? formatPartialDate(value, lang) : t(lang, 'unknown'));

/** The agreements: title (linked to its page), partnership, kind, signing, expiry and validity today. */
export function AgreementTable(props: { agreements: AgreementView[]; lang: Language; caption: string }) {
  const { agreements, lang, caption } = props;
  return (
    <ScrollTable lang={lang} caption={caption} columns={COLUMNS}>
      {agreements.map((a) => (
        <tr key={a.key} className="kern-table__row">
          <th scope="row" className="kern-table__header">
            <a className="kern-link" href={agreementHref(a.key, lang)} lang="de">
              {a.title}
            </a>
          </th>
          <td className="kern-table__cell">
            {a.partnership ? (
              <a className="kern-link" href={partnershipHref(a.partnership.key, lang)}>
                {lang === 'en' ? a.partnership.nameEn : a.partnership.name}
              </a>
            ) : (
              t(lang, 'noPartnership')
            )}
          </td>
          <td className="kern-table__cell">{label(lang, 'agreementKind', a.kind)}</td>
          <td className="kern-table__cell">{date(a.signedOn, lang)}</td>
          <td className="kern-table__cell">
            {a.expiresOn ? formatPartialDate(a.expiresOn, lang) : t(lang, 'openEnded')}
          </td>
          <td className="kern-table__cell">
            <ValidityBadge validityClass={a.validityClass} expiresOn={a.expiresOn} lang={lang} withDate={false} />
            {a.renewedBy ? <span className="kern-body--small badge-note">{t(lang, 'renewedNote')}</span> : null}
          </td>
        </tr>
      ))}
    </ScrollTable>
  );
}
