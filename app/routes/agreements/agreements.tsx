import { canKeepAgreements } from '../../../core/access/agreement.policy.ts';
import {
  AGREEMENT_FILTERS,
  agreementSorts,
  validityClasses,
  type AgreementFilterField,
} from '../../../core/agreements/agreement-list.ts';
import { agreementKinds } from '../../../core/shared/vocabulary.ts';
import { DownloadLinks } from '../../components/download-links.tsx';
import { listedAgreements } from './agreement-export.ts';
import { downloadHrefs } from '../../lib/download-hrefs.ts';
import { AgreementFilters } from './agreement-filters.tsx';
import { AgreementTable } from './agreement-table.tsx';
import { newAgreementHref } from '../../lib/agreement-links.ts';
import { type PagePolicy } from '../../lib/guard.ts';
import { label, t } from '../../../text/i18n.ts';
import { agreementCount } from '../../../text/agreements.messages.ts';
import { invalidFilterMessage } from '../../../text/workbench.messages.ts';
import type { Route } from './+types/agreements.ts';
import { guardedPage } from '../../lib/guarded-page.ts';

export const handle = { policy: { loader: 'public' } } satisfies { policy: PagePolicy };

export const meta: Route.MetaFunction = ({ loaderData }) => [
  { title: `${t(loaderData?.lang ?? 'de', 'agreementsTitle')} – Brückenbauer` },
];

const SORT_LABEL = {
  partnership: 'sortAgreementPartnership',
  title: 'sortAgreementTitle',
  signed: 'sortAgreementSigned',
  expires: 'sortAgreementExpires',
} as const;

export async function loader({ context, request }: Route.LoaderArgs) {
  const { info, db, clock, lang } = guardedPage(context, request, 'public');
  const params = new URL(request.url).searchParams;
  const nameOf = (p: { name: string; nameEn: string }) => (lang === 'en' ? p.nameEn : p.name);
  const { partnerships, issues, agreements } = await listedAgreements(db, info.actor, params, clock.today(), lang);
  const values = Object.fromEntries(AGREEMENT_FILTERS.map((f) => [f, params.get(f) ?? ''])) as Record<
    AgreementFilterField,
    string
  >;
  return {
    lang,
    values,
    errors: Object.fromEntries(issues.map((i) => [i.field, invalidFilterMessage(lang, i.value)])) as Partial<
      Record<AgreementFilterField, string>
    >,
    options: {
      kind: agreementKinds.map((k) => ({ value: k, label: label(lang, 'agreementKind', k) })),
      partnership: partnerships.map((p) => ({ value: p.key, label: nameOf(p) })),
      validity: validityClasses.map((v) => ({ value: v, label: t(lang, `validityClass_${v}`) })),
      sort: agreementSorts.map((s) => ({ value: s, label: t(lang, SORT_LABEL[s]) })),
    },
    agreements,
    mayRecord: canKeepAgreements(info.actor),
    downloads: downloadHrefs('/vereinbarungen/export', params),
  };
}

/** The agreements the reader may see, filtered and sorted by what the URL says, each with its validity today. */
export default function Agreements({ loaderData }: Route.ComponentProps) {
  const { lang, values, errors, options, agreements, mayRecord, downloads } = loaderData;
  const summary = agreementCount(lang, agreements.length);
  return (
    <main id="main" className="kern-container page">
      <h1 className="kern-heading-x-large">{t(lang, 'agreementsTitle')}</h1>
      <p className="kern-body">{t(lang, 'agreementsListIntro')}</p>
      {mayRecord ? (
        <p className="page-actions kern-body">
          <a className="kern-btn kern-btn--secondary" href={newAgreementHref(lang)}>
            <span className="kern-label">{t(lang, 'recordAgreement')}</span>
          </a>
        </p>
      ) : null}
      <AgreementFilters lang={lang} values={values} errors={errors} options={options} />
      <p className="kern-body result-count" id="result-count">
        {summary}
      </p>
      {agreements.length ? (
        <AgreementTable lang={lang} caption={summary} agreements={agreements} />
      ) : (
        <p className="kern-body">{t(lang, 'noAgreementsMatch')}</p>
      )}
      <DownloadLinks lang={lang} hrefs={downloads} />
    </main>
  );
}
