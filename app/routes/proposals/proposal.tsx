import { data, redirect } from 'react-router';
import { servicesContext } from '#app-context';
import type { Actor } from '../../../core/access/actor.ts';
import { canReadProposal, canReviewProposals } from '../../../core/access/proposal.policy.ts';
import { parseSubjectRef, reviewProposal } from '../../../core/proposals/proposal-use-cases.ts';
import type { Executor } from '../../../db/client.ts';
import { canSeeActivity } from '../../../core/access/activity.policy.ts';
import { getProposal, proposalActivity } from '../../../db/proposals/proposals.queries.ts';
import { withProposalStore } from '../../../db/proposals/proposal.store.ts';
import { ProposalStatusBadge, submittedOn } from './proposal-table.tsx';
import { ReviewForm } from './proposal-form.tsx';
import { proposalsHref } from '../../lib/agreement-links.ts';
import { guard, type PagePolicy } from '../../lib/guard.ts';
import { label, pickLanguage, t } from '../../../text/i18n.ts';
import { activityHref, withFlag } from '../../lib/links.ts';
import { attemptProposal, formFields, REVIEW_FIELDS } from './proposal-form-action.ts';
import { proposalSubjects } from './proposal-subjects.ts';
import type { Route } from './+types/proposal.ts';
import { guardedPage } from '../../lib/guarded-page.ts';
import { BackLink, SuccessNotice } from '../../components/page-notices.tsx';
import { pageTitle } from '../../lib/page-title.ts';

export const handle = { policy: { loader: 'authenticated', action: 'coordinator' } } satisfies {
  policy: PagePolicy;
};

export const meta: Route.MetaFunction = ({ loaderData }) => pageTitle(loaderData && `${loaderData.proposal.title}`);

/** The proposal if the actor may read it (the submitter, the coordinators); 404 for everyone else. */
async function loadReadableProposal(db: Executor, actor: Actor, id: string) {
  const proposal = /^\d{1,9}$/.test(id) ? await getProposal(db, Number(id)) : null;
  if (!proposal || !canReadProposal(actor, proposal)) throw data(null, { status: 404 });
  return proposal;
}

const FLAGS = { eingereicht: 'proposalSubmitted', geprueft: 'proposalReviewed' } as const;

export async function loader({ context, request, params }: Route.LoaderArgs) {
  const info = guard(context, request, 'authenticated');
  const { db } = context.get(servicesContext);
  const lang = pickLanguage(request);
  const proposal = await loadReadableProposal(db, info.actor, params.id);
  const subjects = await proposalSubjects(db, info.actor, lang);
  const ref = proposal.subjectRef ? parseSubjectRef(proposal.subjectRef) : null;
  const subject = ref
    ? ([...subjects.partnerships, ...subjects.agreements].find((s) => s.value === proposal.subjectRef) ?? {
        value: proposal.subjectRef!,
        label: ref.key,
        href: null,
      })
    : null;
  const search = new URL(request.url).searchParams;
  const flag = (Object.keys(FLAGS) as (keyof typeof FLAGS)[]).find((f) => search.has(f)) ?? null;
  const { submittedByUserId: _s, ...shown } = proposal;
  const waiting = canReviewProposals(info.actor) && proposal.status === 'submitted';
  // The activity an accepted proposal became: linked for those who may see it, named for its submitter.
  const became = proposal.status === 'accepted' ? await proposalActivity(db, proposal.id) : null;
  const activity = became
    ? { title: became.title, href: canSeeActivity(info.actor, became) ? activityHref(became.id, lang) : null }
    : null;
  return {
    lang,
    proposal: shown,
    subject,
    review: waiting ? { csrfToken: info.csrfToken } : null,
    acceptHref: waiting && proposal.kind === 'new_activity' ? proposalsHref(lang, `/${proposal.id}/annehmen`) : null,
    activity,
    flag,
  };
}

export async function action({ context, request, params }: Route.ActionArgs) {
  const { info, db, clock, lang } = guardedPage(context, request, 'coordinator');
  const proposal = await loadReadableProposal(db, info.actor, params.id);
  const values = formFields(await request.formData(), REVIEW_FIELDS);
  const outcome = await attemptProposal(
    () =>
      withProposalStore(db, info.actor, clock.now(), (store) =>
        reviewProposal({ store, actor: info.actor, id: proposal.id, decision: values.decision, note: values.note }),
      ),
    lang,
  );
  if (!outcome.ok) return data({ values, errors: outcome.errors }, { status: 400 });
  throw redirect(withFlag(proposalsHref(lang, `/${proposal.id}`), 'geprueft'));
}

/** One proposal with its review state; a waiting one with the coordinators' review form. */
export default function Proposal({ loaderData, actionData }: Route.ComponentProps) {
  const { lang, proposal: p, subject, review, flag, acceptHref, activity } = loaderData;
  return (
    <main id="main" className="kern-container page">
      <BackLink href={proposalsHref(lang)}>{t(lang, 'backToProposals')}</BackLink>
      <h1 className="kern-heading-x-large">{p.title}</h1>
      {flag && !actionData ? <SuccessNotice>{t(lang, FLAGS[flag])}</SuccessNotice> : null}
      <section className="section" aria-labelledby="proposal-facts">
        <h2 id="proposal-facts" className="kern-heading-large">
          {t(lang, 'proposalFacts')}
        </h2>
        <dl className="facts kern-body">
          <dt>{t(lang, 'reviewStateColumn')}</dt>
          <dd>
            <ProposalStatusBadge status={p.status} lang={lang} />
          </dd>
          <dt>{t(lang, 'proposalKind')}</dt>
          <dd>{label(lang, 'proposalKind', p.kind)}</dd>
          <dt>{t(lang, 'proposalBody')}</dt>
          <dd className="preserve-lines">{p.body}</dd>
          <dt>{t(lang, 'proposalSubject')}</dt>
          <dd>
            {subject ? (
              subject.href ? (
                <a className="kern-link" href={subject.href}>
                  {subject.label}
                </a>
              ) : (
                subject.label
              )
            ) : (
              t(lang, 'noSubject')
            )}
          </dd>
          <dt>{t(lang, 'proposalSubmittedBy')}</dt>
          <dd>
            {p.submittedBy}
            {p.organisation ? ` (${p.organisation})` : ''}
          </dd>
          <dt>{t(lang, 'proposalSubmittedOn')}</dt>
          <dd>{submittedOn(p.createdAt, lang)}</dd>
          {p.reviewedAt ? (
            <>
              <dt>{t(lang, 'proposalReviewedOn')}</dt>
              <dd>
                {submittedOn(p.reviewedAt, lang)}
                {p.reviewedBy ? `, ${p.reviewedBy}` : ''}
              </dd>
              <dt>{t(lang, 'proposalNote')}</dt>
              <dd className="preserve-lines">{p.reviewNote ?? t(lang, 'none')}</dd>
              {activity ? (
                <>
                  <dt>{t(lang, 'proposalOutcome')}</dt>
                  <dd>
                    {t(lang, 'proposalBecameActivity')}:{' '}
                    {activity.href ? (
                      <a className="kern-link" href={activity.href}>
                        {activity.title}
                      </a>
                    ) : (
                      activity.title
                    )}
                  </dd>
                </>
              ) : null}
            </>
          ) : null}
        </dl>
      </section>
      {acceptHref ? (
        <p className="page-actions kern-body">
          <a className="kern-btn kern-btn--primary" href={acceptHref}>
            <span className="kern-label">{t(lang, 'acceptAsActivityLink')}</span>
          </a>
        </p>
      ) : null}
      {review && p.kind === 'correction' && subject?.href ? (
        <p className="kern-body">
          {t(lang, 'correctionWhere')}{' '}
          <a className="kern-link" href={subject.href}>
            {subject.label}
          </a>
        </p>
      ) : null}
      {review ? (
        <ReviewForm
          lang={lang}
          csrfToken={review.csrfToken}
          values={actionData?.values ?? { decision: '', note: '' }}
          errors={actionData?.errors ?? {}}
        />
      ) : null}
    </main>
  );
}
