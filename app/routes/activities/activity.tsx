import { data, redirect } from 'react-router';
import { servicesContext } from '#app-context';
import { canReadHistory } from '../../../core/access/visibility.ts';
import { canEditActivity } from '../../../core/access/activity.policy.ts';
import { cancelActivity, copyActivity } from '../../../core/activities/activity-use-cases.ts';
import { recordHistory } from '../../../db/history/history.queries.ts';
import { withActivityStore } from '../../../db/activities/activity.store.ts';
import { ActivityCitations, ActivityFacts } from './activity-facts.tsx';
import { ActivityWork } from './activity-work.tsx';
import { AuditHistory } from '../../components/audit-history.tsx';
import { amountReadings, attempt, isForbidden } from './activity-form-action.ts';
import { formatEuro } from '../../../core/activities/money.ts';
import { loadVisibleActivity } from './activity-loader.ts';
import { guard, type PagePolicy } from '../../lib/guard.ts';
import { historyHref } from '../../lib/history-format.ts';
import { pickLanguage, t } from '../../../text/i18n.ts';
import { activityHref, withFlag } from '../../lib/links.ts';
import type { Route } from './+types/activity.ts';
import { guardedPage } from '../../lib/guarded-page.ts';
import { BackLink, SuccessNotice } from '../../components/page-notices.tsx';
import { pageTitle } from '../../lib/page-title.ts';

export const handle = { policy: { loader: 'public', action: 'internal' } } satisfies { policy: PagePolicy };

export const meta: Route.MetaFunction = ({ loaderData }) => pageTitle(loaderData && `${loaderData.activity.title}`);

const FLAGS = ['gespeichert', 'kopiert', 'abgesagt'] as const;
const FLAG_TEXT = { gespeichert: 'activitySaved', kopiert: 'activityCopied', abgesagt: 'activityCancelled' } as const;

export async function loader({ context, request, params }: Route.LoaderArgs) {
  const info = guard(context, request, 'public');
  const { db } = context.get(servicesContext);
  const lang = pickLanguage(request);
  const activity = await loadVisibleActivity(db, info.actor, params.id);
  const owned = { visibility: activity.visibility, ownerOrganisationId: activity.organiserId };
  const search = new URL(request.url).searchParams;
  return {
    lang,
    activity,
    csrfToken: info.csrfToken,
    mayEdit: canEditActivity(info.actor, activity),
    history: canReadHistory(info.actor, owned) ? await recordHistory(db, 'activity', activity.id) : null,
    flag: FLAGS.find((f) => search.has(f)) ?? null,
    readings: search.has('gespeichert') ? amountReadings(search, activity) : [],
  };
}

export async function action({ context, request, params }: Route.ActionArgs) {
  const { info, db, clock, lang } = guardedPage(context, request, 'internal');
  const activity = await loadVisibleActivity(db, info.actor, params.id);
  const form = await request.formData();
  const intent = String(form.get('intent') ?? '');
  const reason = String(form.get('reason') ?? '');
  if (intent !== 'copy' && intent !== 'cancel')
    return data({ reason, error: t(lang, 'aErr_vocabulary') }, { status: 400 });
  try {
    const outcome = await attempt(
      null,
      () =>
        withActivityStore(db, info.actor, clock.now(), (store) =>
          intent === 'copy'
            ? copyActivity({ store, actor: info.actor, id: activity.id })
            : cancelActivity({ store, actor: info.actor, id: activity.id, reason }),
        ),
      lang,
    );
    if (!outcome.ok) return data({ reason, error: outcome.errors.reason ?? t(lang, 'aErr_required') }, { status: 400 });
    // Post/Redirect/Get: the copy opens on its own page, a cancelled activity shows its new status.
    throw redirect(withFlag(activityHref(outcome.result.id, lang), intent === 'copy' ? 'kopiert' : 'abgesagt'));
  } catch (error) {
    if (isForbidden(error)) throw data(null, { status: 403 });
    throw error;
  }
}

/** One activity with everything stored about it; for its ministry and the coordinators, the work on it. */
export default function Activity({ loaderData, actionData }: Route.ComponentProps) {
  const { lang, activity: a, csrfToken, mayEdit, history, flag, readings } = loaderData;
  return (
    <main id="main" className="kern-container page">
      <BackLink href={lang === 'en' ? '/aktivitaeten?lang=en' : '/aktivitaeten'}>
        {t(lang, 'backToActivities')}
      </BackLink>
      <h1 className="kern-heading-x-large" lang="de">
        {a.title}
      </h1>
      {flag && !actionData ? (
        <SuccessNotice>
          {t(lang, FLAG_TEXT[flag])}
          {readings.map((r) => (
            <span key={r.field}>
              {' '}
              {t(lang, r.field)}: „<span lang="de">{r.written}</span>“ {t(lang, 'amountReadAs')}{' '}
              {formatEuro(r.cents, lang)}.
            </span>
          ))}
        </SuccessNotice>
      ) : null}
      <ActivityFacts a={a} lang={lang} />
      {mayEdit ? (
        <ActivityWork
          lang={lang}
          id={a.id}
          csrfToken={csrfToken}
          cancelled={a.status === 'cancelled'}
          reason={actionData?.reason ?? ''}
          error={actionData?.error}
        />
      ) : null}
      <ActivityCitations a={a} lang={lang} />
      {history ? (
        <AuditHistory entries={history} lang={lang} type="activity" fullHref={historyHref('activity', a.id, lang)} />
      ) : null}
    </main>
  );
}
