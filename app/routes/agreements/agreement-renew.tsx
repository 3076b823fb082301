import { data, redirect } from 'react-router';
import { servicesContext } from '#app-context';
import { renewAgreement } from '../../../core/agreements/agreement-use-cases.ts';
import { formatPartialDate } from '../../../core/shared/partial-date.ts';
import { withAgreementStore } from '../../../db/agreements/agreement.store.ts';
import { AgreementForm } from './agreement-form.tsx';
import { agreementFormValues, attemptAgreement, type AgreementFormValues } from './agreement-form-action.ts';
import { agreementHref } from '../../lib/agreement-links.ts';
import { loadVisibleAgreement } from './agreement-loader.ts';
import { agreementFormOptions } from './agreement-options.ts';
import { guard, type PagePolicy } from '../../lib/guard.ts';
import { pickLanguage, t } from '../../../text/i18n.ts';
import { withFlag } from '../../lib/links.ts';
import type { Route } from './+types/agreement-renew.ts';
import { guardedPage } from '../../lib/guarded-page.ts';
import { BackLink } from '../../components/page-notices.tsx';
import { citationValues, isSourceSearch, pickerChoices } from '../../lib/source-citation.ts';

export const handle = { policy: { loader: 'coordinator', action: 'coordinator' } } satisfies { policy: PagePolicy };

export const meta: Route.MetaFunction = ({ loaderData }) => [
  { title: `${t(loaderData?.lang ?? 'de', 'renewAgreementTitle')} – Brückenbauer` },
];

export async function loader({ context, request, params }: Route.LoaderArgs) {
  const info = guard(context, request, 'coordinator');
  const { db } = context.get(servicesContext);
  const lang = pickLanguage(request);
  const predecessor = await loadVisibleAgreement(db, info.actor, params.key);
  const options = await agreementFormOptions(db, info.actor, lang);
  const signed = predecessor.signedOn ? ` (${formatPartialDate(predecessor.signedOn, lang)})` : '';
  // Prefilled from the predecessor; the signing date and the new term are the renewal's own.
  const initial: AgreementFormValues = {
    kind: predecessor.kind,
    title: predecessor.title,
    partnership: predecessor.partnership?.key ?? '',
    signedOn: '',
    signedAt: predecessor.signedAt?.iso ?? predecessor.signedAt?.key ?? '',
    termMonths: predecessor.termMonths ? String(predecessor.termMonths) : '',
    expiresOn: '',
    saxonySignatory: '',
    saxonySignatoryRole: '',
    partnerSignatory: '',
    partnerSignatoryRole: '',
  };
  return {
    lang,
    csrfToken: info.csrfToken,
    kinds: options.kinds,
    key: predecessor.key,
    renewal: {
      predecessor: `${predecessor.title}${signed}`,
      partnership: predecessor.partnership
        ? lang === 'en'
          ? predecessor.partnership.nameEn
          : predecessor.partnership.name
        : t(lang, 'noPartnership'),
    },
    renewedBy: predecessor.renewedBy,
    initial,
    sources: await pickerChoices(db, info.actor),
  };
}

export async function action({ context, request, params }: Route.ActionArgs) {
  const { info, db, clock, lang } = guardedPage(context, request, 'coordinator');
  const predecessor = await loadVisibleAgreement(db, info.actor, params.key);
  const form = await request.formData();
  const values = agreementFormValues(form);
  const citation = citationValues(form);
  const sources = await pickerChoices(db, info.actor, citation);
  // The picker's search only narrows the list of documents; nothing is checked or written.
  if (isSourceSearch(form)) return data({ values, errors: {}, citation, sources });
  const outcome = await attemptAgreement(
    () =>
      withAgreementStore(db, info.actor, clock.now(), (store) =>
        renewAgreement({
          store,
          actor: info.actor,
          key: predecessor.key,
          input: values,
          today: clock.today(),
          citation,
        }),
      ),
    lang,
    { predecessorSignedOn: predecessor.signedOn },
  );
  if (!outcome.ok) return data({ values, errors: outcome.errors, citation, sources }, { status: 400 });
  throw redirect(`${withFlag(agreementHref(outcome.result.key, lang), 'erneuert')}#renewal-chain`);
}

/** Renewing an agreement (coordinators): prefilled from the predecessor, with its own signing date and term. */
export default function RenewAgreement({ loaderData, actionData }: Route.ComponentProps) {
  const { lang, csrfToken, kinds, key, renewal, renewedBy, initial, sources } = loaderData;
  return (
    <main id="main" className="kern-container page">
      <BackLink href={agreementHref(key, lang)}>{renewal.predecessor}</BackLink>
      <h1 className="kern-heading-x-large">{t(lang, 'renewAgreementTitle')}</h1>
      {renewedBy && !actionData ? (
        <div className="kern-alert kern-alert--warning" role="status">
          <div className="kern-alert__body">
            <p className="kern-body">
              {t(lang, 'renewedAlreadyNote')}{' '}
              <a className="kern-link" href={agreementHref(renewedBy, lang)}>
                {renewedBy}
              </a>
            </p>
          </div>
        </div>
      ) : null}
      <AgreementForm
        lang={lang}
        csrfToken={csrfToken}
        kinds={kinds}
        partnerships={null}
        renewal={renewal}
        values={actionData?.values ?? initial}
        errors={actionData?.errors ?? {}}
        sources={actionData?.sources ?? sources}
        citation={actionData?.citation ?? {}}
        submitLabel={t(lang, 'saveRenewal')}
      />
    </main>
  );
}
