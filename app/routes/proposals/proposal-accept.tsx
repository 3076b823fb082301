import { data, redirect } from 'react-router';
import { acceptProposalAsActivity, activityDraftOf } from '../../../core/proposals/accept-proposal.ts';
import { getProposal } from '../../../db/proposals/proposals.queries.ts';
import { withProposalAndActivityStores } from '../../../db/proposals/proposal.store.ts';
import { ActivityForm } from '../activities/activity-form.tsx';
import { reviewActivityForm } from '../activities/strategy-review.server.ts';
import { reviewOf } from '../activities/strategy-review.tsx';
import { attempt, blankActivityForm, formValues } from '../activities/activity-form-action.ts';
import { activityFormOptions } from '../activities/activity-options.ts';
import { proposalsHref } from '../../lib/agreement-links.ts';
import type { PagePolicy } from '../../lib/guard.ts';
import { guardedPage } from '../../lib/guarded-page.ts';
import { withFlag } from '../../lib/links.ts';
import { t } from '../../../text/i18n.ts';
import type { Route } from './+types/proposal-accept.ts';
import { BackLink } from '../../components/page-notices.tsx';

export const handle = { policy: { loader: 'coordinator', action: 'coordinator' } } satisfies { policy: PagePolicy };

export const meta: Route.MetaFunction = ({ loaderData }) => [
  { title: loaderData ? `${loaderData.title} – Brückenbauer` : 'Brückenbauer' },
];

/** The waiting proposal of a new activity; 404 for anything else. */
async function waitingActivityProposal(db: Parameters<typeof getProposal>[0], id: string) {
  const proposal = /^\d{1,9}$/.test(id) ? await getProposal(db, Number(id)) : null;
  if (!proposal || proposal.kind !== 'new_activity' || proposal.status !== 'submitted')
    throw data(null, { status: 404 });
  return proposal;
}

export async function loader({ context, request, params }: Route.LoaderArgs) {
  const { info, actor, db, lang } = guardedPage(context, request, 'coordinator');
  const proposal = await waitingActivityProposal(db, params.id);
  const draft = activityDraftOf(proposal);
  const options = await activityFormOptions(db, actor, lang);
  const initial = blankActivityForm({
    title: String(draft.title ?? ''),
    description: String(draft.description ?? ''),
    organiser: options.organiser[0]?.value ?? '',
    partnership: String(draft.partnership ?? ''),
  });
  return { lang, csrfToken: info.csrfToken, id: proposal.id, title: proposal.title, options, initial };
}

export async function action({ context, request, params }: Route.ActionArgs) {
  const { actor, db, clock, lang } = guardedPage(context, request, 'coordinator');
  const proposal = await waitingActivityProposal(db, params.id);
  const form = await request.formData();
  const values = formValues(form);
  const step = await reviewActivityForm(db, values, form.get('intent'), clock.today(), lang);
  if (step) return data({ values: step.values, errors: {}, review: step.review });
  const outcome = await attempt(
    values,
    () =>
      withProposalAndActivityStores(db, actor, clock.now(), (stores) =>
        acceptProposalAsActivity({
          ...stores,
          actor,
          id: proposal.id,
          input: values,
          note: `Als Aktivität in das Register übernommen: »${values.title.trim()}«.`,
        }),
      ),
    lang,
  );
  if (!outcome.ok) return data({ values, errors: outcome.errors }, { status: 400 });
  throw redirect(withFlag(proposalsHref(lang, `/${proposal.id}`), 'geprueft'));
}

/** Accepting a proposal of a new activity: the activity form, filled from the proposal, records it. */
export default function ProposalAccept({ loaderData, actionData }: Route.ComponentProps) {
  const { lang, csrfToken, options, initial, id, title } = loaderData;
  return (
    <main id="main" className="kern-container page">
      <BackLink href={proposalsHref(lang, `/${id}`)}>{title}</BackLink>
      <h1 className="kern-heading-x-large">{t(lang, 'acceptAsActivityTitle')}</h1>
      <p className="kern-body">{t(lang, 'acceptAsActivityIntro')}</p>
      <ActivityForm
        lang={lang}
        csrfToken={csrfToken}
        options={options}
        values={actionData?.values ?? initial}
        errors={actionData?.errors ?? {}}
        submitLabel={t(lang, 'acceptAsActivity')}
        review={{ shown: true, current: reviewOf(actionData) }}
      />
    </main>
  );
}
