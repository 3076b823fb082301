import type { PartnershipView } from '../../../core/partnerships/partnership.presenter.ts';
import { formatPartialDate } from '../../../core/shared/partial-date.ts';
import { label, t, type Language } from '../../../text/i18n.ts';
import { ScrollTable } from '../../components/scroll-table.tsx';
import { partnershipHref } from '../../lib/links.ts';
import { StatusBadge } from '../../components/status-badge.tsx';

const COLUMNS = ['partnership', 'status', 'kind', 'places', 'since', 'lead', 'sectors'] as const;

/** The filtered partnerships: name (linked to its page), status, kind, partner places with ISO codes, since, lead, sectors. */
export function PartnershipListTable({
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
          <td className="kern-table__cell">
            <StatusBadge status={p.status} lang={lang} />
          </td>
          <td className="kern-table__cell">{label(lang, 'kind', p.kind)}</td>
          <td className="kern-table__cell">
            {p.places
              .map((pl) => `${lang === 'en' ? pl.nameEn : pl.name} (${pl.iso ?? t(lang, 'noIsoCode')})`)
              .join(', ')}
          </td>
          <td className="kern-table__cell">{p.since ? formatPartialDate(p.since, lang) : t(lang, 'none')}</td>
          <td className="kern-table__cell">
            {p.leadOrganisation ? (p.leadOrganisation.abbreviation ?? p.leadOrganisation.name) : t(lang, 'none')}
          </td>
          <td className="kern-table__cell">
            {p.sectors.length ? p.sectors.map((s) => (lang === 'en' ? s.nameEn : s.name)).join(', ') : t(lang, 'none')}
          </td>
        </tr>
      ))}
    </ScrollTable>
  );
}
