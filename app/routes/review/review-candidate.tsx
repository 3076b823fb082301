import { data, redirect } from 'react-router';
import { agreementKindOf } from '../../../core/review/candidate-comparison.ts';
import type { ReviewedFact } from '../../../core/review/record-new-fact.ts';
import { getCandidate } from '../../../db/review/candidates.queries.ts';
import { findVisiblePartnerships } from '../../../db/partnerships/visible-partnerships.queries.ts';
import type { PagePolicy } from '../../lib/guard.ts';
import { guardedPage } from '../../lib/guarded-page.ts';
import { withFlag } from '../../lib/links.ts';
import { t } from '../../../text/i18n.ts';
import { runReviewAction, type CandidateFormValues, type ReviewActionData } from './review-action.ts';
import { DecideForms, EditForm } from './review-forms.tsx';
import { dateLabel, matchLabel, reviewHref, statusLabel, typeLabel } from './review-labels.ts';
import type { Route } from './+types/review-candidate.ts';
import { BackLink, SuccessNotice } from '../../components/page-notices.tsx';

export const handle = { policy: { loader: 'reviewer', action: 'reviewer' } } satisfies { policy: PagePolicy };

export const meta: Route.MetaFunction = ({ loaderData }) => [
  { title: loaderData ? `${loaderData.heading} – Brückenbauer` : 'Brückenbauer' },
];

/** How much of the document is shown on each side of the passage. */
const CONTEXT = 700;

/** The passage and its context: from a line start before it to a line end after it, at most CONTEXT characters each side. */
function passage(text: string, at: number, length: number) {
  const from = Math.max(0, text.lastIndexOf('\n', Math.max(0, at - CONTEXT)) + 1, at - CONTEXT);
  const endLine = text.indexOf('\n', Math.min(text.length, at + length + CONTEXT));
  const to = Math.min(endLine === -1 ? text.length : endLine, at + length + CONTEXT);
  return {
    before: `${from > 0 ? '… ' : ''}${text.slice(from, at)}`,
    quote: text.slice(at, at + length),
    after: `${text.slice(at + length, to)}${to < text.length ? ' …' : ''}`,
  };
}

const FLAGS = { korrigiert: 'rvEdited', entschieden: 'rvDecided' } as const;

export async function loader({ context, request, params }: Route.LoaderArgs) {
  const { info, actor, db, lang } = guardedPage(context, request, 'reviewer');
  const candidate = /^\d{1,9}$/.test(params.id) ? await getCandidate(db, actor, Number(params.id)) : null;
  if (!candidate) throw data(null, { status: 404 });
  const fact = candidate.fact as ReviewedFact;
  const partnerships = (await findVisiblePartnerships(db, actor)).map((p) => ({
    value: p.key,
    label: lang === 'en' ? p.nameEn : p.name,
  }));
  const values: Partial<CandidateFormValues> = {
    title: fact.title ?? '',
    date: fact.date ?? '',
    endDate: fact.endDate ?? '',
    partnership: candidate.partnership ?? '',
    activityKind: fact.activityKind ?? '',
    agreementKind: agreementKindOf(fact.agreementKind) ?? '',
    status: fact.status ?? '',
    organiser: candidate.organiser?.key ?? fact.organiser?.key ?? '',
    renews: fact.renews ?? '',
  };
  const search = new URL(request.url).searchParams;
  const flag = (Object.keys(FLAGS) as (keyof typeof FLAGS)[]).find((f) => search.has(f)) ?? null;
  const { sourceText, ...shown } = candidate;
  return {
    lang,
    heading: `${typeLabel(lang, candidate.type)}: ${fact.partner?.name ?? t(lang, 'rvUnknownPartner')}`,
    candidate: shown,
    partner: fact.partner?.name ?? null,
    passage: passage(sourceText, candidate.quoteAt, candidate.quote.length),
    values,
    partnerships,
    open: candidate.status === 'open' ? { csrfToken: info.csrfToken } : null,
    flag,
  };
}

export async function action({ context, request, params }: Route.ActionArgs) {
  const { actor, db, clock, lang } = guardedPage(context, request, 'reviewer');
  if (!/^\d{1,9}$/.test(params.id)) throw data(null, { status: 404 });
  const id = Number(params.id);
  const outcome = await runReviewAction({ db, clock, actor, lang, id, form: await request.formData() });
  if (!outcome.ok) return data<ReviewActionData>(outcome.data, { status: 400 });
  throw redirect(withFlag(reviewHref(lang, `/${id}`), outcome.intent === 'edit' ? 'korrigiert' : 'entschieden'));
}

/** One candidate: what was proposed, the passage in its document, and (while open) correcting and deciding it. */
export default function ReviewCandidate({ loaderData, actionData }: Route.ComponentProps) {
  const { lang, heading, candidate: c, passage: p, open, flag } = loaderData;
  const failed = actionData as ReviewActionData | undefined;
  const editErrors = failed && (failed.intent === 'edit' || failed.intent === 'accept') ? failed.errors : {};
  return (
    <main id="main" className="kern-container page">
      <BackLink href={reviewHref(lang)}>{t(lang, 'rvBackToQueue')}</BackLink>
      <h1 className="kern-heading-x-large">{heading}</h1>
      {flag && !failed ? <SuccessNotice>{t(lang, FLAGS[flag])}</SuccessNotice> : null}
      <section className="section" aria-labelledby="candidate-facts">
        <h2 id="candidate-facts" className="kern-heading-large">
          {t(lang, 'rvFacts')}
        </h2>
        <dl className="facts kern-body">
          <dt>{t(lang, 'rvType')}</dt>
          <dd>{typeLabel(lang, c.type)}</dd>
          <dt>{t(lang, 'rvPartner')}</dt>
          <dd>{loaderData.partner ?? t(lang, 'rvUnknownPartner')}</dd>
          <dt>{t(lang, 'rvDate')}</dt>
          <dd>{dateLabel(lang, c.fact.date, c.fact.endDate)}</dd>
          <dt>{t(lang, 'rvStatusColumn')}</dt>
          <dd>{statusLabel(lang, c.status)}</dd>
          <dt>{t(lang, 'rvMatchColumn')}</dt>
          <dd>
            {matchLabel(lang, c.match)}
            {c.matchRef ? ` (${c.matchRef})` : ''}
          </dd>
          <dt>{t(lang, 'rvSourceColumn')}</dt>
          <dd>{c.sourceTitle}</dd>
          <dt>{t(lang, 'rvConfidence')}</dt>
          <dd>{Math.round(c.confidence * 100)} %</dd>
          {c.result ? (
            <>
              <dt>{t(lang, 'rvResult')}</dt>
              <dd>{c.result}</dd>
            </>
          ) : null}
          {c.reason ? (
            <>
              <dt>{t(lang, 'rvReason')}</dt>
              <dd className="preserve-lines">{c.reason}</dd>
            </>
          ) : null}
        </dl>
      </section>
      <section className="section" aria-labelledby="candidate-passage">
        <h2 id="candidate-passage" className="kern-heading-large">
          {t(lang, 'rvPassage')}
        </h2>
        <p className="kern-body">{t(lang, 'rvPassageIntro')}</p>
        <blockquote className="kern-body preserve-lines" lang="de">
          {p.before}
          <mark>{p.quote}</mark>
          {p.after}
        </blockquote>
      </section>
      {open ? (
        <>
          <EditForm
            lang={lang}
            csrfToken={open.csrfToken}
            type={c.type}
            values={failed?.intent === 'edit' ? failed.values : loaderData.values}
            errors={editErrors}
            partnerships={loaderData.partnerships}
          />
          <DecideForms
            lang={lang}
            csrfToken={open.csrfToken}
            match={c.match}
            matchRef={c.matchRef}
            intent={failed?.intent ?? null}
            values={failed?.values ?? {}}
            errors={failed?.errors ?? {}}
          />
        </>
      ) : (
        <p className="kern-body">{t(lang, 'rvDecidedAlready')}</p>
      )}
    </main>
  );
}
