import { data, redirect } from 'react-router';
import { canChangePartnershipStatus, canReadPartnershipHistory } from '../../../core/access/partnership.policy.ts';
import { canKeepAgreements } from '../../../core/access/agreement.policy.ts';
import { presentPartnershipDetail } from '../../../core/partnerships/partnership.presenter.ts';
import { allowedNextStatuses } from '../../../core/partnerships/status-lifecycle.ts';
import { AppError } from '../../../core/shared/errors.ts';
import { recordHistory } from '../../../db/history/history.queries.ts';
import { getVisiblePartnership } from '../../../db/partnerships/visible-partnerships.queries.ts';
import { AuditHistory } from '../../components/audit-history.tsx';
import { PartnershipAgreements } from './partnership-agreements.tsx';
import { Activities, AllCitations, Conflicts, MeasuresServed, WorkingGroups } from './partnership-extras.tsx';
import { PartnershipFacts, StatusHistory } from './partnership-facts.tsx';
import { StatusForm } from './status-form.tsx';
import { newAgreementHref } from '../../lib/agreement-links.ts';
import { type PagePolicy } from '../../lib/guard.ts';
import { historyHref } from '../../lib/history-format.ts';
import { t } from '../../../text/i18n.ts';
import { listHref, partnershipHref } from '../../lib/links.ts';
import { submitStatusChange } from './status-change-action.ts';
import { pickerChoices } from '../../lib/source-citation.ts';
import type { Route } from './+types/partnership.ts';
import { guardedPage, guardedPost } from '../../lib/guarded-page.ts';
import { BackLink, SuccessNotice } from '../../components/page-notices.tsx';
import { pageTitle } from '../../lib/page-title.ts';

export const handle = { policy: { loader: 'public', action: 'coordinator' } } satisfies { policy: PagePolicy };

export const meta: Route.MetaFunction = ({ loaderData }) =>
  pageTitle(loaderData && `${loaderData.lang === 'en' ? loaderData.partnership.nameEn : loaderData.partnership.name}`);

/** Unknown and hidden partnerships both answer 404, so a hidden one's existence does not leak. */
async function rethrowNotFound<T>(work: Promise<T>): Promise<T> {
  try {
    return await work;
  } catch (error) {
    if (error instanceof AppError && error.code === 'NOT_FOUND') throw data(null, { status: 404 });
    throw error;
  }
}

export async function loader({ context, request, params }: Route.LoaderArgs) {
  const { info, db, clock, lang } = guardedPage(context, request, 'public');
  const record = await rethrowNotFound(getVisiblePartnership(db, info.actor, params.ref));
  const mayChange = canChangePartnershipStatus(info.actor);
  return {
    lang,
    partnership: presentPartnershipDetail(record, clock.today()),
    history: canReadPartnershipHistory(info.actor, record) ? await recordHistory(db, 'partnership', record.id) : null,
    statusForm: mayChange
      ? {
          csrfToken: info.csrfToken,
          allowed: allowedNextStatuses(record.status),
          sources: await pickerChoices(db, info.actor),
        }
      : null,
    changed: new URL(request.url).searchParams.has('geaendert'),
    recordAgreementHref: canKeepAgreements(info.actor) ? newAgreementHref(lang, record.key) : undefined,
  };
}

export async function action({ context, request, params }: Route.ActionArgs) {
  const { lang, post } = await guardedPost(context, request, 'coordinator');
  const outcome = await rethrowNotFound(
    submitStatusChange({
      ...post,
      ref: params.ref,
    }),
  );
  if (!outcome.ok) {
    const { values, errors, sourceChoices } = outcome;
    // A search of the picker is no refusal: the form comes back with the narrowed list.
    const status = Object.keys(errors).length ? 400 : 200;
    return data({ values, errors, sourceChoices }, { status });
  }
  // Post/Redirect/Get: a reload does not post again, and the page says what happened.
  const url = new URL(partnershipHref(params.ref, lang), request.url);
  url.searchParams.set('geaendert', '1');
  throw redirect(`${url.pathname}${url.search}#status-history`);
}

/** One partnership with everything the register knows about it, each fact with its source. */
export default function Partnership({ loaderData, actionData }: Route.ComponentProps) {
  const { lang, partnership: p, history, statusForm, changed, recordAgreementHref } = loaderData;
  return (
    <main id="main" className="kern-container page">
      <BackLink href={listHref(lang)}>{t(lang, 'backToList')}</BackLink>
      <h1 className="kern-heading-x-large">{lang === 'en' ? p.nameEn : p.name}</h1>
      {changed && !actionData ? <SuccessNotice>{t(lang, 'statusChanged')}</SuccessNotice> : null}
      <PartnershipFacts p={p} lang={lang} />
      <StatusHistory p={p} lang={lang} />
      {statusForm ? (
        <StatusForm
          lang={lang}
          csrfToken={statusForm.csrfToken}
          allowed={statusForm.allowed}
          sources={actionData?.sourceChoices ?? statusForm.sources}
          values={actionData?.values ?? {}}
          errors={actionData?.errors ?? {}}
        />
      ) : null}
      <PartnershipAgreements p={p} lang={lang} recordHref={recordAgreementHref} />
      <WorkingGroups p={p} lang={lang} />
      <Activities p={p} lang={lang} />
      <MeasuresServed p={p} lang={lang} />
      <Conflicts p={p} lang={lang} />
      <AllCitations p={p} lang={lang} />
      {history ? (
        <AuditHistory
          entries={history}
          lang={lang}
          type="partnership"
          fullHref={historyHref('partnership', p.key, lang)}
        />
      ) : null}
    </main>
  );
}
