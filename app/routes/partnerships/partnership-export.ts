import type { Actor } from '../../../core/access/actor.ts';
import type { Column, Sheet } from '../../../core/exports/columns.ts';
import {
  filterPartnerships,
  listOptions,
  parseListQuery,
  sortPartnerships,
} from '../../../core/partnerships/partnership-list.ts';
import { presentPartnership, type PartnershipView } from '../../../core/partnerships/partnership.presenter.ts';
import type { Executor } from '../../../db/client.ts';
import { findVisiblePartnerships, partnerCountries } from '../../../db/partnerships/visible-partnerships.queries.ts';
import { label, t, type Language } from '../../../text/i18n.ts';

type ExportRow = PartnershipView & { countries: string[] };

/** The partnerships of the list page for these URL parameters: same filters, same order, same visibility rule. */
export async function listedPartnerships(
  db: Executor,
  actor: Actor,
  params: URLSearchParams,
  lang: Language,
  today: string,
): Promise<ExportRow[]> {
  const visible = await findVisiblePartnerships(db, actor);
  const countries = await partnerCountries(
    db,
    visible.map((p) => p.id),
  );
  const countriesOf = (p: { id: number }) => countries.get(p.id) ?? [];
  const options = listOptions(visible, countriesOf);
  const { query } = parseListQuery(params, {
    sectors: options.sectors.map((s) => s.key),
    leads: options.leads.map((l) => l.key),
  });
  const nameOf = (p: { name: string; nameEn: string }) => (lang === 'en' ? p.nameEn : p.name);
  return sortPartnerships(filterPartnerships(visible, query, countriesOf), query.sort, nameOf).map((p) => ({
    ...presentPartnership(p, today),
    countries: countriesOf(p),
  }));
}

/** The columns of the partnership download, headers in the reader's language. */
export function partnershipSheet(rows: ExportRow[], lang: Language, origin: string): Sheet<ExportRow> {
  const h = (key: Parameters<typeof t>[1]) => t(lang, key);
  const name = <T extends { name: string; nameEn: string }>(x: T) => (lang === 'en' ? x.nameEn : x.name);
  const columns: Column<ExportRow>[] = [
    { key: 'key', header: h('exportKey'), type: 'text', value: (p) => p.key },
    { key: 'name', header: h('partnership'), type: 'text', value: (p) => name(p) },
    { key: 'kind', header: h('kind'), type: 'text', value: (p) => label(lang, 'kind', p.kind), code: (p) => p.kind },
    {
      key: 'status',
      header: h('status'),
      type: 'text',
      value: (p) => label(lang, 'status', p.status),
      code: (p) => p.status,
    },
    { key: 'since', header: h('exportSince'), type: 'date', value: (p) => p.since },
    {
      key: 'places',
      header: h('partnerPlaces'),
      type: 'list',
      value: (p) => p.places.map((pl) => (pl.iso ? `${name(pl)} (${pl.iso})` : name(pl))),
      code: (p) => p.places.map((pl) => pl.iso ?? pl.key),
    },
    { key: 'countries', header: h('exportCountries'), type: 'list', value: (p) => p.countries },
    {
      key: 'lead',
      header: h('lead'),
      type: 'text',
      value: (p) => (p.leadOrganisation ? (p.leadOrganisation.abbreviation ?? p.leadOrganisation.name) : null),
      code: (p) => p.leadOrganisation?.key ?? null,
    },
    {
      key: 'sectors',
      header: h('sectors'),
      type: 'list',
      value: (p) => p.sectors.map(name),
      code: (p) => p.sectors.map((s) => s.key),
    },
    { key: 'agreements', header: h('agreements'), type: 'integer', value: (p) => p.agreements.length },
    { key: 'openConflicts', header: h('openConflicts'), type: 'integer', value: (p) => p.openConflicts },
    {
      key: 'url',
      header: h('exportAddress'),
      type: 'text',
      value: (p) => `${origin}/partnerschaften/${encodeURIComponent(p.key)}`,
    },
  ];
  return { name: lang === 'en' ? 'partnerships' : 'partnerschaften', title: h('listTitle'), columns, rows };
}
