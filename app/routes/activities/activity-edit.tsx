import { data, redirect } from 'react-router';
import { servicesContext } from '#app-context';
import { canEditActivity } from '../../../core/access/activity.policy.ts';
import { updateActivity } from '../../../core/activities/activity-use-cases.ts';
import { withActivityStore } from '../../../db/activities/activity.store.ts';
import { ActivityForm } from './activity-form.tsx';
import { reviewActivityForm } from './strategy-review.server.ts';
import { reviewOf } from './strategy-review.tsx';
import { attempt, savedHref, formValues, isForbidden, valuesOf } from './activity-form-action.ts';
import { loadVisibleActivity } from './activity-loader.ts';
import { activityFormOptions } from './activity-options.ts';
import { guard, type PagePolicy } from '../../lib/guard.ts';
import { pickLanguage, t } from '../../../text/i18n.ts';
import { activityHref } from '../../lib/links.ts';
import type { Route } from './+types/activity-edit.ts';
import { guardedPage } from '../../lib/guarded-page.ts';
import { citationValues, isSourceSearch, pickCitationErrors, pickerChoices } from '../../lib/source-citation.ts';

export const handle = { policy: { loader: 'internal', action: 'internal' } } satisfies { policy: PagePolicy };

export const meta: Route.MetaFunction = ({ loaderData }) => [
  { title: `${t(loaderData?.lang ?? 'de', 'editActivityTitle')} – Brückenbauer` },
];

export async function loader({ context, request, params }: Route.LoaderArgs) {
  const info = guard(context, request, 'internal');
  const { db } = context.get(servicesContext);
  const lang = pickLanguage(request);
  const a = await loadVisibleActivity(db, info.actor, params.id);
  const mayEdit = canEditActivity(info.actor, a);
  return {
    lang,
    id: a.id,
    title: a.title,
    csrfToken: info.csrfToken,
    options: mayEdit ? await activityFormOptions(db, info.actor, lang) : null,
    values: valuesOf({ ...a, ...a.links }),
    sources: mayEdit ? await pickerChoices(db, info.actor) : [],
  };
}

export async function action({ context, request, params }: Route.ActionArgs) {
  const { info, db, clock, lang } = guardedPage(context, request, 'internal');
  const a = await loadVisibleActivity(db, info.actor, params.id);
  const form = await request.formData();
  const values = formValues(form);
  // The source field: its search only narrows the list of documents; nothing is checked or written.
  const citation = citationValues(form);
  const sources = await pickerChoices(db, info.actor, citation);
  if (isSourceSearch(form)) return data({ values, errors: {}, citation, sources });
  const step = await reviewActivityForm(db, values, form.get('intent'), clock.today(), lang);
  if (step) return data({ values: step.values, errors: {}, review: step.review, citation, sources });
  try {
    const outcome = await attempt(
      values,
      () =>
        withActivityStore(db, info.actor, clock.now(), (store) =>
          updateActivity({ store, actor: info.actor, id: a.id, input: values, citation }),
        ),
      lang,
    );
    if (!outcome.ok) return data({ values, errors: outcome.errors, citation, sources }, { status: 400 });
  } catch (error) {
    if (isForbidden(error)) throw data(null, { status: 403 });
    throw error;
  }
  throw redirect(savedHref(activityHref(a.id, lang), values));
}

/** Editing an activity: for the coordinators and the organising ministry's editors. */
export default function EditActivity({ loaderData, actionData }: Route.ComponentProps) {
  const { lang, id, title, csrfToken, options, values, sources } = loaderData;
  return (
    <main id="main" className="kern-container page">
      <p className="kern-body">
        <a className="kern-link" href={activityHref(id, lang)} lang="de">
          ← {title}
        </a>
      </p>
      <h1 className="kern-heading-x-large">{t(lang, 'editActivityTitle')}</h1>
      {options ? (
        <ActivityForm
          lang={lang}
          csrfToken={csrfToken}
          options={options}
          values={actionData?.values ?? values}
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
