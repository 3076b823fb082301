import type { ReactNode } from 'react';
import type { PartnershipView } from '../../core/partnerships/partnership.presenter.ts';
import { formatPartialDate } from '../../core/shared/partial-date.ts';
import { label, t, type Language } from '../../text/i18n.ts';
import { partnershipHref } from '../lib/links.ts';
import { ScrollTable } from './scroll-table.tsx';
import { StatusBadge } from './status-badge.tsx';
import { SourceTitle } from './citation.tsx';
import type { Citation } from '../../core/sources/citation.ts';

/** Each cited document once, in the order first cited. */
function groupBySource(citations: readonly Citation[]): Citation[] {
  const bySource = new Map<string, Citation>();
  for (const c of citations) if (!bySource.has(c.source)) bySource.set(c.source, c);
  return [...bySource.values()];
}

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

/** What each column of a partnership table shows, after the partnership's name. */
const CELLS = {
  status: (p, lang) => (
    <StatusBadge status={p.status} lang={lang} agreementExpired={p.agreementAlerts.some((a) => a.kind === 'expired')} />
  ),
  kind: (p, lang) => label(lang, 'kind', p.kind),
  places: (p, lang) =>
    p.places.map((pl) => `${lang === 'en' ? pl.nameEn : pl.name} (${pl.iso ?? t(lang, 'noIsoCode')})`).join(', '),
  since: (p, lang) => (p.since ? formatPartialDate(p.since, lang) : t(lang, 'none')),
  lead: (p, lang) =>
    p.leadOrganisation ? (p.leadOrganisation.abbreviation ?? p.leadOrganisation.name) : t(lang, 'none'),
  sectors: (p, lang) =>
    p.sectors.length ? p.sectors.map((s) => (lang === 'en' ? s.nameEn : s.name)).join(', ') : t(lang, 'none'),
  agreements: (p, lang) =>
    p.agreements.length ? (
      <ul>
        {p.agreements.map((a) => (
          <AgreementLine key={a.key} a={a} lang={lang} />
        ))}
      </ul>
    ) : (
      t(lang, 'none')
    ),
  sources: (p, lang) => (
    <ul>
      {groupBySource(p.citations).map((c) => (
        <li key={c.source}>
          <SourceTitle c={c} lang={lang} />
        </li>
      ))}
    </ul>
  ),
} satisfies Record<string, (p: PartnershipView, lang: Language) => ReactNode>;

export type PartnershipColumn = keyof typeof CELLS;

/** Partnerships as a table: the name (linked to its page), then the columns asked for. */
export function PartnershipTable(props: {
  partnerships: PartnershipView[];
  lang: Language;
  caption: string;
  columns: readonly PartnershipColumn[];
}) {
  const { partnerships, lang, caption, columns } = props;
  return (
    <ScrollTable lang={lang} caption={caption} columns={['partnership', ...columns]}>
      {partnerships.map((p) => (
        <tr key={p.key} className="kern-table__row">
          <th scope="row" className="kern-table__header">
            <a className="kern-link" href={partnershipHref(p.key, lang)}>
              {lang === 'en' ? p.nameEn : p.name}
            </a>
          </th>
          {columns.map((column) => (
            <td key={column} className="kern-table__cell">
              {CELLS[column](p, lang)}
            </td>
          ))}
        </tr>
      ))}
    </ScrollTable>
  );
}
