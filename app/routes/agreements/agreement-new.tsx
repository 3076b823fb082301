import { data, redirect } from 'react-router';
import { servicesContext } from '#app-context';
import { createAgreement } from '../../../core/agreements/agreement-use-cases.ts';
import { withAgreementStore } from '../../../db/agreements/agreement.store.ts';
import { AgreementForm } from './agreement-form.tsx';
import { agreementFormValues, attemptAgreement, type AgreementFormValues } from './agreement-form-action.ts';
import { agreementHref, agreementsHref } from '../../lib/agreement-links.ts';
import { agreementFormOptions } from './agreement-options.ts';
import { guard, type PagePolicy } from '../../lib/guard.ts';
import { pickLanguage, t } from '../../../text/i18n.ts';
import { withFlag } from '../../lib/links.ts';
import type { Route } from './+types/agreement-new.ts';
import { guardedPage } from '../../lib/guarded-page.ts';
import { BackLink } from '../../components/page-notices.tsx';
import { citationValues, isSourceSearch, pickerChoices } from '../../lib/source-citation.ts';

export const handle = { policy: { loader: 'coordinator', action: 'coordinator' } } satisfies { policy: PagePolicy };

export const meta: Route.MetaFunction = ({ loaderData }) => [
  { title: `${t(loaderData?.lang ?? 'de', 'newAgreementTitle')} – Brückenbauer` },
];

const EMPTY: AgreementFormValues = {
  kind: '',
  title: '',
  partnership: '',
  signedOn: '',
  signedAt: '',
  termMonths: '',
  expiresOn: '',
  saxonySignatory: '',
  saxonySignatoryRole: '',
  partnerSignatory: '',
  partnerSignatoryRole: '',
};

export async function loader({ context, request }: Route.LoaderArgs) {
  const info = guard(context, request, 'coordinator');
  const { db } = context.get(servicesContext);
  const lang = pickLanguage(request);
  const options = await agreementFormOptions(db, info.actor, lang);
  const asked = new URL(request.url).searchParams.get('partnerschaft') ?? '';
  const partnership = options.partnerships.some((p) => p.value === asked) ? asked : '';
  const sources = await pickerChoices(db, info.actor);
  return { lang, csrfToken: info.csrfToken, options, initial: { ...EMPTY, partnership }, sources };
}

export async function action({ context, request }: Route.ActionArgs) {
  const { info, db, clock, lang } = guardedPage(context, request, 'coordinator');
  const form = await request.formData();
  const values = agreementFormValues(form);
  const citation = citationValues(form);
  const sources = await pickerChoices(db, info.actor, citation);
  // The picker's search only narrows the list of documents; nothing is checked or written.
  if (isSourceSearch(form)) return data({ values, errors: {}, citation, sources });
  const outcome = await attemptAgreement(
    () =>
      withAgreementStore(db, info.actor, clock.now(), (store) =>
        createAgreement({ store, actor: info.actor, input: values, today: clock.today(), citation }),
      ),
    lang,
  );
  if (!outcome.ok) return data({ values, errors: outcome.errors, citation, sources }, { status: 400 });
  // Post/Redirect/Get: a reload does not post again, and the page says what happened.
  throw redirect(withFlag(agreementHref(outcome.result.key, lang), 'gespeichert'));
}

/** Recording a new agreement of a partnership (coordinators). */
export default function NewAgreement({ loaderData, actionData }: Route.ComponentProps) {
  const { lang, csrfToken, options, initial, sources } = loaderData;
  return (
    <main id="main" className="kern-container page">
      <BackLink href={agreementsHref(lang)}>{t(lang, 'backToAgreements')}</BackLink>
      <h1 className="kern-heading-x-large">{t(lang, 'newAgreementTitle')}</h1>
      <AgreementForm
        lang={lang}
        csrfToken={csrfToken}
        kinds={options.kinds}
        partnerships={options.partnerships}
        values={actionData?.values ?? initial}
        errors={actionData?.errors ?? {}}
        sources={actionData?.sources ?? sources}
        citation={actionData?.citation ?? {}}
        submitLabel={t(lang, 'saveAgreement')}
      />
    </main>
  );
}
