import { data, redirect } from 'react-router';
import { servicesContext } from '#app-context';
import { canRecordActivities } from '../../../core/access/activity.policy.ts';
import { createActivity } from '../../../core/activities/activity-use-cases.ts';
import { withActivityStore } from '../../../db/activities/activity.store.ts';
import { ActivityForm } from './activity-form.tsx';
import { reviewActivityForm } from './strategy-review.server.ts';
import { reviewOf } from './strategy-review.tsx';
import { attempt, savedHref, blankActivityForm, formValues, isForbidden } from './activity-form-action.ts';
import { activityFormOptions } from './activity-options.ts';
import { guard, type PagePolicy } from '../../lib/guard.ts';
import { pickLanguage, t } from '../../../text/i18n.ts';
import { activityHref } from '../../lib/links.ts';
import type { Route } from './+types/activity-new.ts';
import { guardedPage } from '../../lib/guarded-page.ts';
import { citationValues, isSourceSearch, pickCitationErrors, pickerChoices } from '../../lib/source-citation.ts';
import { BackLink } from '../../components/page-notices.tsx';

export const handle = { policy: { loader: 'internal', action: 'internal' } } satisfies { policy: PagePolicy };

export const meta: Route.MetaFunction = ({ loaderData }) => [
  { title: `${t(loaderData?.lang ?? 'de', 'newActivityTitle')} – Brückenbauer` },
];

export async function loader({ context, request }: Route.LoaderArgs) {
  const info = guard(context, request, 'internal');
  const { db } = context.get(servicesContext);
  const lang = pickLanguage(request);
  const mayRecord = canRecordActivities(info.actor);
  const options = mayRecord ? await activityFormOptions(db, info.actor, lang) : null;
  const initial = blankActivityForm({
    organiser: options?.organiser[0]?.value ?? '',
    partnership: new URL(request.url).searchParams.get('partnerschaft') ?? '',
  });
  return {
    lang,
    csrfToken: info.csrfToken,
    options,
    initial,
    sources: mayRecord ? await pickerChoices(db, info.actor) : [],
  };
}

export async function action({ context, request }: Route.ActionArgs) {
  const { info, db, clock, lang } = guardedPage(context, request, 'internal');
  const form = await request.formData();
  const values = formValues(form);
  // The source field: its search only narrows the list of documents; nothing is checked or written.
  const citation = citationValues(form);
  const sources = await pickerChoices(db, info.actor, citation);
  if (isSourceSearch(form)) return data({ values, errors: {}, forbidden: false, citation, sources });
  const step = await reviewActivityForm(db, values, form.get('intent'), clock.today(), lang);
  if (step) return data({ values: step.values, errors: {}, review: step.review, citation, sources, forbidden: false });
  const outcome = await attempt(
    values,
    () =>
      withActivityStore(db, info.actor, clock.now(), (store) =>
        createActivity({ store, actor: info.actor, input: values, citation }),
      ),
    lang,
  ).catch((error: unknown) => {
    if (isForbidden(error)) return null;
    throw error;
  });
  if (outcome === null) return data({ values, errors: {}, forbidden: true, citation, sources }, { status: 403 });
  if (!outcome.ok)
    return data({ values, errors: outcome.errors, forbidden: false, citation, sources }, { status: 400 });
  // Post/Redirect/Get: a reload does not post again, and the page says what happened.
  throw redirect(savedHref(activityHref(outcome.result.id, lang), values));
}

/** Recording a new activity: coordinators for any ministry, ministry editors for their own. */
export default function NewActivity({ loaderData, actionData }: Route.ComponentProps) {
  const { lang, csrfToken, options, initial, sources } = loaderData;
  return (
    <main id="main" className="kern-container page">
      <BackLink href={lang === 'en' ? '/aktivitaeten?lang=en' : '/aktivitaeten'}>
        {t(lang, 'backToActivities')}
      </BackLink>
      <h1 className="kern-heading-x-large">{t(lang, 'newActivityTitle')}</h1>
      {options && !actionData?.forbidden ? (
        <ActivityForm
          lang={lang}
          csrfToken={csrfToken}
          options={options}
          values={actionData?.values ?? initial}
          errors={actionData?.errors ?? {}}
          submitLabel={t(lang, 'saveActivity')}
          review={{ shown: true, current: reviewOf(actionData) }}
          citation={{
            sources: actionData?.sources ?? sources,
            values: actionData?.citation ?? {},
            errors: pickCitationErrors(actionData?.errors),
          }}
        />
      ) : (
        <p className="kern-body">{t(lang, 'notAllowedToEdit')}</p>
      )}
    </main>
  );
}
