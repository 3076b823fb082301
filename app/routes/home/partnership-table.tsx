import type { PartnershipView } from '../../../core/partnerships/partnership.presenter.ts';
import { formatPartialDate } from '../../../core/shared/partial-date.ts';
import { label, t, type Language } from '../../../text/i18n.ts';
import { ScrollTable } from '../../components/scroll-table.tsx';
import { partnershipHref } from '../../lib/links.ts';

const date = (value: string | null, lang: Language) => (value ? formatPartialDate(value, lang) : t(lang, 'undated'));

function AgreementLine({ a, lang }: { a: PartnershipView['agreements'][number]; lang: Language }) {
  const expiry =
    a.validity === 'expired'
      ? `${t(lang, 'expired')} ${date(a.expiresOn, lang)}`
      : a.validity === 'in_force'
        ? `${t(lang, 'inForce')} ${date(a.expiresOn, lang)}`
        : a.validity === 'expires_within_period'
          ? `${t(lang, 'expiresWithin')} ${date(a.expiresOn, lang)}`
          : t(lang, 'openEnded');
  return (
    <li>
      {label(lang, 'agreementKind', a.kind)}, {date(a.signedOn, lang)} – {expiry}
    </li>
  );
}

const COLUMNS = ['partnership', 'kind', 'places', 'since', 'agreements', 'sources'] as const;

/** Partnerships as a table: name, kind, partner places with ISO codes, since, agreements, sources. */
export function PartnershipTable({
  partnerships,
  lang,
  caption,
}: {
  partnerships: PartnershipView[];
  lang: Language;
  caption: string;
}) {
  return (
    <ScrollTable lang={lang} caption={caption} columns={COLUMNS}>
      {partnerships.map((p) => (
        <tr key={p.key} className="kern-table__row">
          <th scope="row" className="kern-table__header">
            <a className="kern-link" href={partnershipHref(p.key, lang)}>
              {lang === 'en' ? p.nameEn : p.name}
            </a>
          </th>
          <td className="kern-table__cell">{label(lang, 'kind', p.kind)}</td>
          <td className="kern-table__cell">
            {p.places.map((pl, i) => (
              <span key={pl.key}>
                {i > 0 ? ', ' : ''}
                {lang === 'en' ? pl.nameEn : pl.name} ({pl.iso ?? t(lang, 'noIsoCode')})
              </span>
            ))}
          </td>
          <td className="kern-table__cell">{p.since ? formatPartialDate(p.since, lang) : t(lang, 'none')}</td>
          <td className="kern-table__cell">
            {p.agreements.length ? (
              <ul>
                {p.agreements.map((a) => (
                  <AgreementLine key={a.key} a={a} lang={lang} />
                ))}
              </ul>
            ) : (
              t(lang, 'none')
            )}
          </td>
          <td className="kern-table__cell">{[...new Set(p.citations.map((c) => c.source))].join(', ')}</td>
        </tr>
      ))}
    </ScrollTable>
  );
}
