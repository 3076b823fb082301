import { canKeepAgreements } from '../../../core/access/agreement.policy.ts';
import { canReadHistory } from '../../../core/access/visibility.ts';
import { presentAgreementDetail } from '../../../core/agreements/agreement.presenter.ts';
import { recordHistory } from '../../../db/history/history.queries.ts';
import { AgreementCitations, AgreementFacts, Documents, RenewalChain, Signatories } from './agreement-sections.tsx';
import { AuditHistory } from '../../components/audit-history.tsx';
import { agreementHref, agreementsHref } from '../../lib/agreement-links.ts';
import { loadVisibleAgreement } from './agreement-loader.ts';
import { type PagePolicy } from '../../lib/guard.ts';
import { t } from '../../../text/i18n.ts';
import type { Route } from './+types/agreement.ts';
import { guardedPage } from '../../lib/guarded-page.ts';
import { BackLink, SuccessNotice } from '../../components/page-notices.tsx';
import { pageTitle } from '../../lib/page-title.ts';

export const handle = { policy: { loader: 'public' } } satisfies { policy: PagePolicy };

export const meta: Route.MetaFunction = ({ loaderData }) => pageTitle(loaderData && `${loaderData.agreement.title}`);

const FLAGS = ['gespeichert', 'erneuert', 'dokument'] as const;
const FLAG_TEXT = {
  gespeichert: 'agreementSaved',
  erneuert: 'agreementRenewed',
  dokument: 'documentAttached',
} as const;

export async function loader({ context, request, params }: Route.LoaderArgs) {
  const { info, db, clock, lang } = guardedPage(context, request, 'public');
  const detail = await loadVisibleAgreement(db, info.actor, params.key);
  const owner = detail.partnership
    ? { visibility: detail.partnership.visibility, ownerOrganisationId: detail.partnership.leadOrganisationId }
    : { visibility: 'internal' as const, ownerOrganisationId: null };
  const search = new URL(request.url).searchParams;
  return {
    lang,
    agreement: presentAgreementDetail(detail, clock.today()),
    mayKeep: canKeepAgreements(info.actor),
    history: canReadHistory(info.actor, owner) ? await recordHistory(db, 'agreement', detail.id) : null,
    flag: FLAGS.find((f) => search.has(f)) ?? null,
  };
}

/** One agreement: its facts, signatories, renewal chain, documents, sources and (internally) its history. */
export default function Agreement({ loaderData }: Route.ComponentProps) {
  const { lang, agreement: a, mayKeep, history, flag } = loaderData;
  return (
    <main id="main" className="kern-container page">
      <BackLink href={agreementsHref(lang)}>{t(lang, 'backToAgreements')}</BackLink>
      <h1 className="kern-heading-x-large" lang="de">
        {a.title}
      </h1>
      {flag ? <SuccessNotice>{t(lang, FLAG_TEXT[flag])}</SuccessNotice> : null}
      {mayKeep ? (
        <nav className="page-actions kern-body" aria-label={t(lang, 'agreementWork')}>
          {a.renewedBy ? (
            <span>
              {t(lang, 'renewedAlreadyNote')}{' '}
              <a className="kern-link" href={agreementHref(a.renewedBy, lang)}>
                {a.chain.find((c) => c.key === a.renewedBy)?.title ?? a.renewedBy}
              </a>
            </span>
          ) : (
            <a className="kern-btn kern-btn--secondary" href={agreementHref(a.key, lang, '/erneuern')}>
              <span className="kern-label">{t(lang, 'renewAgreement')}</span>
            </a>
          )}
          <a className="kern-btn kern-btn--secondary" href={agreementHref(a.key, lang, '/dokument')}>
            <span className="kern-label">{t(lang, 'attachDocument')}</span>
          </a>
        </nav>
      ) : null}
      <AgreementFacts a={a} lang={lang} />
      <Signatories a={a} lang={lang} />
      <RenewalChain a={a} lang={lang} />
      <Documents a={a} lang={lang} />
      <AgreementCitations a={a} lang={lang} />
      {history ? <AuditHistory entries={history} lang={lang} /> : null}
    </main>
  );
}
