import type { Actor } from '../../../core/access/actor.ts';
import { filterAgreements, parseAgreementQuery, sortAgreements } from '../../../core/agreements/agreement-list.ts';
import { presentAgreement, type AgreementView } from '../../../core/agreements/agreement.presenter.ts';
import type { Column, Sheet } from '../../../core/exports/columns.ts';
import type { Executor } from '../../../db/client.ts';
import { findVisibleAgreements } from '../../../db/agreements/visible-agreements.queries.ts';
import { label, t, type Language } from '../../../text/i18n.ts';

/**
 * The agreements of the list page for these URL parameters: those the reader may see, filtered
 * and sorted as the URL says, each with its validity today; with the partnerships to choose from
 * and the refused filter values. The page and its download share this.
 */
export async function listedAgreements(
  db: Executor,
  actor: Actor,
  params: URLSearchParams,
  today: string,
  lang: Language,
) {
  const visible = await findVisibleAgreements(db, actor);
  const nameOf = (p: { name: string; nameEn: string }) => (lang === 'en' ? p.nameEn : p.name);
  const partnerships = [...new Map(visible.flatMap((a) => (a.partnership ? [[a.partnership.key, a.partnership]] : [])))]
    .map(([, p]) => p)
    .sort((a, b) => nameOf(a).localeCompare(nameOf(b), 'de'));
  const { query, issues } = parseAgreementQuery(params, { partnerships: partnerships.map((p) => p.key) });
  const rows = sortAgreements(filterAgreements(visible, query, today), query.sort, nameOf);
  return { partnerships, issues, agreements: rows.map((a) => presentAgreement(a, today)) };
}

/** The columns of the agreement download, headers in the reader's language. */
export function agreementSheet(rows: AgreementView[], lang: Language, origin: string): Sheet<AgreementView> {
  const h = (key: Parameters<typeof t>[1]) => t(lang, key);
  const columns: Column<AgreementView>[] = [
    { key: 'key', header: h('exportKey'), type: 'text', value: (a) => a.key },
    { key: 'title', header: h('agreementColumn'), type: 'text', value: (a) => a.title },
    {
      key: 'kind',
      header: h('kind'),
      type: 'text',
      value: (a) => label(lang, 'agreementKind', a.kind),
      code: (a) => a.kind,
    },
    {
      key: 'partnership',
      header: h('agreementPartnership'),
      type: 'text',
      value: (a) => (a.partnership ? (lang === 'en' ? a.partnership.nameEn : a.partnership.name) : null),
      code: (a) => a.partnership?.key ?? null,
    },
    { key: 'signedOn', header: h('signedColumn'), type: 'date', value: (a) => a.signedOn },
    { key: 'termMonths', header: h('termMonthsLabel'), type: 'integer', value: (a) => a.termMonths },
    { key: 'expiresOn', header: h('expiresColumn'), type: 'date', value: (a) => a.expiresOn },
    {
      key: 'validity',
      header: h('validityColumn'),
      type: 'text',
      value: (a) => t(lang, `validityClass_${a.validityClass}`),
      code: (a) => a.validityClass,
    },
    { key: 'renews', header: h('renewsLabel'), type: 'text', value: (a) => a.renews },
    { key: 'renewedBy', header: h('exportRenewedBy'), type: 'text', value: (a) => a.renewedBy },
    { key: 'documents', header: h('exportDocuments'), type: 'integer', value: (a) => a.documents },
    {
      key: 'url',
      header: h('exportAddress'),
      type: 'text',
      value: (a) => `${origin}/vereinbarungen/${encodeURIComponent(a.key)}`,
    },
  ];
  return { name: lang === 'en' ? 'agreements' : 'vereinbarungen', title: h('agreementsTitle'), columns, rows };
}
