import {
  filterPartnerships,
  listOptions,
  listSorts,
  parseListQuery,
  sortPartnerships,
  type ListField,
} from '../../../core/partnerships/partnership-list.ts';
import { presentPartnership } from '../../../core/partnerships/partnership.presenter.ts';
import { countByStatus } from '../../../core/partnerships/status.ts';
import { partnershipKinds, partnershipStatuses } from '../../../core/shared/vocabulary.ts';
import { findVisiblePartnerships, partnerCountries } from '../../../db/partnerships/visible-partnerships.queries.ts';
import { DownloadLinks } from '../../components/download-links.tsx';
import { PartnershipFilters } from './partnership-filters.tsx';
import { PartnershipTable } from '../../components/partnership-table.tsx';
import { downloadHrefs } from '../../lib/download-hrefs.ts';
import { type PagePolicy } from '../../lib/guard.ts';
import { label, t } from '../../../text/i18n.ts';
import { invalidFilterMessage, resultSummary } from '../../../text/workbench.messages.ts';
import type { Route } from './+types/partnerships.ts';
import { guardedPage } from '../../lib/guarded-page.ts';

export const handle = { policy: { loader: 'public' } } satisfies { policy: PagePolicy };

export const meta: Route.MetaFunction = ({ loaderData }) => [
  { title: `${t(loaderData?.lang ?? 'de', 'listTitle')} – Brückenbauer` },
];

const SORT_LABEL = { name: 'sortName', since: 'sortSince', status: 'sortStatus' } as const;

export async function loader({ context, request }: Route.LoaderArgs) {
  const { info, db, clock, lang } = guardedPage(context, request, 'public');
  const params = new URL(request.url).searchParams;
  const visible = await findVisiblePartnerships(db, info.actor);
  const countries = await partnerCountries(
    db,
    visible.map((p) => p.id),
  );
  const countriesOf = (p: { id: number }) => countries.get(p.id) ?? [];
  const options = listOptions(visible, countriesOf);
  const { query, issues } = parseListQuery(params, {
    sectors: options.sectors.map((s) => s.key),
    leads: options.leads.map((l) => l.key),
  });
  const nameOf = (p: { name: string; nameEn: string }) => (lang === 'en' ? p.nameEn : p.name);
  const rows = sortPartnerships(filterPartnerships(visible, query, countriesOf), query.sort, nameOf);
  const countryName = new Intl.DisplayNames(lang, { type: 'region' });
  // A valid country without partnerships stays selectable, so the form shows what was asked for.
  const countryCodes = [...new Set([...options.countries, ...(query.country ? [query.country] : [])])];
  const values = Object.fromEntries(
    (['kind', 'status', 'country', 'sector', 'lead', 'sort'] as const).map((f) => [f, params.get(f) ?? '']),
  ) as Record<ListField, string>;
  if (query.country) values.country = query.country;
  return {
    lang,
    values,
    errors: Object.fromEntries(issues.map((i) => [i.field, invalidFilterMessage(lang, i.value)])) as Partial<
      Record<ListField, string>
    >,
    options: {
      kind: partnershipKinds.map((k) => ({ value: k, label: label(lang, 'kind', k) })),
      status: partnershipStatuses.map((s) => ({ value: s, label: label(lang, 'status', s) })),
      country: countryCodes
        .map((c) => ({ value: c, label: `${countryName.of(c) ?? c} (${c})` }))
        .sort((a, b) => a.label.localeCompare(b.label, lang)),
      sector: options.sectors.map((s) => ({ value: s.key, label: lang === 'en' ? s.nameEn : s.name })),
      lead: options.leads.map((l) => ({
        value: l.key,
        label: l.abbreviation ? `${l.abbreviation} – ${l.name}` : l.name,
      })),
    },
    sorts: listSorts.map((s) => ({ value: s, label: t(lang, SORT_LABEL[s]) })),
    partnerships: rows.map((p) => presentPartnership(p, clock.today())),
    counts: countByStatus(rows),
    downloads: downloadHrefs('/partnerschaften/export', params),
  };
}

/** The partnerships, filtered and sorted by what the URL says. */
export default function Partnerships({ loaderData }: Route.ComponentProps) {
  const { lang, values, errors, options, sorts, partnerships, counts, downloads } = loaderData;
  const summary = resultSummary(lang, counts.total, counts.active);
  return (
    <main id="main" className="kern-container page">
      <h1 className="kern-heading-x-large">{t(lang, 'listTitle')}</h1>
      <p className="kern-body">{t(lang, 'listIntro')}</p>
      <PartnershipFilters lang={lang} values={values} errors={errors} options={options} sorts={sorts} />
      <p className="kern-body result-count" id="result-count">
        {summary}
      </p>
      {partnerships.length ? (
        <PartnershipTable
          lang={lang}
          caption={summary}
          partnerships={partnerships}
          columns={['status', 'kind', 'places', 'since', 'lead', 'sectors']}
        />
      ) : (
        <p className="kern-body">{t(lang, 'noResults')}</p>
      )}
      <DownloadLinks lang={lang} hrefs={downloads} />
    </main>
  );
}
