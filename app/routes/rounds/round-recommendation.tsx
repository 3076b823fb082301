import { data, redirect } from 'react-router';
import { canManageRounds } from '../../../core/access/round.policy.ts';
import { draftRecommendation } from '../../../core/rounds/draft-recommendation.ts';
import { optionsFor } from '../../../core/rounds/round-rules.ts';
import { DecisionFacts, DecisionForm, RecommendationForm } from './round-recommendation-forms.tsx';
import { type PagePolicy } from '../../lib/guard.ts';
import { label, t } from '../../../text/i18n.ts';
import { partnershipHref, withFlag } from '../../lib/links.ts';
import { loadRoundDossier } from './round-dossier-loader.ts';
import { partnershipName, points, roundHref } from './round-format.ts';
import { submitDecision, submitRecommendation } from './round-recommendation-action.ts';
import type { Route } from './+types/round-recommendation.ts';
import { mayChange } from '../../../core/rounds/round-phases.ts';
import { guardedPage } from '../../lib/guarded-page.ts';
import { BackLink, SuccessNotice } from '../../components/page-notices.tsx';
import { pageTitle } from '../../lib/page-title.ts';

export const handle = { policy: { loader: 'internal', action: 'coordinator' } } satisfies { policy: PagePolicy };

export const meta: Route.MetaFunction = ({ loaderData }) =>
  pageTitle(loaderData && `${t(loaderData.lang, 'rrRecommendationTitle')} ${loaderData.name}`);

export async function loader({ context, request, params }: Route.LoaderArgs) {
  const { info, db, clock, lang } = guardedPage(context, request, 'internal');
  const dossier = await loadRoundDossier(db, info.actor, params.key, clock.today());
  const partnership = dossier.partnerships.find((p) => p.key === params.partnership);
  if (!partnership) throw data(null, { status: 404 });
  const draft = draftRecommendation(dossier, partnership.key)!;
  const result = dossier.results.partnerships.find((p) => p.partnership === partnership.key);
  const stored = dossier.recommendations[partnership.key] ?? null;
  const search = new URL(request.url).searchParams;
  return {
    lang,
    round: { key: dossier.round.key, name: dossier.round.name, status: dossier.round.status },
    partnership,
    name: partnershipName(dossier, partnership.key, lang),
    score: result?.score ?? null,
    rank: result?.rank ?? null,
    draft: { suggestion: draft.suggestion, text: draft.justification[lang] },
    stored,
    decision: dossier.decisions[partnership.key] ?? null,
    options: optionsFor(partnership.statusAtStart),
    coordinator: canManageRounds(info.actor),
    csrfToken: info.csrfToken,
    today: clock.today(),
    flag: search.has('gespeichert') ? 'rrRecommendationSaved' : search.has('entschieden') ? 'rrDecisionSaved' : null,
  } as const;
}

export async function action({ context, request, params }: Route.ActionArgs) {
  const { info, db, clock, lang } = guardedPage(context, request, 'coordinator');
  const form = await request.formData();
  const intent = form.get('intent');
  const args = { db, clock, actor: info.actor, key: params.key, partnership: params.partnership, form, lang };
  if (intent !== 'recommend' && intent !== 'decide')
    return data(
      { intent: 'recommend', values: {}, errors: { recommendation: t(lang, 'rrErr_vocabulary') } },
      { status: 400 },
    );
  // Check the round exists and may be seen before writing (404 and 403 as the page answers them).
  await loadRoundDossier(db, info.actor, params.key, clock.today());
  const outcome = intent === 'recommend' ? await submitRecommendation(args) : await submitDecision(args);
  if (!outcome.ok) return data({ intent, values: outcome.values, errors: outcome.errors }, { status: 400 });
  const href = roundHref(params.key, lang, `/empfehlungen/${encodeURIComponent(params.partnership)}`);
  throw redirect(withFlag(href, intent === 'recommend' ? 'gespeichert' : 'entschieden'));
}

/**
 * One partnership of a round: the drafted suggestion and text, the recommendation (a form for the
 * coordinators in review) and, after closing, the decision (a form for the coordinators until it
 * is recorded, then the decision and the partnership's new status with a link to its page).
 */
export default function RoundRecommendation({ loaderData, actionData }: Route.ComponentProps) {
  const l = loaderData;
  const { lang } = l;
  const editable = l.coordinator && mayChange(l.round, 'recommendations');
  const deciding = l.coordinator && mayChange(l.round, 'decisions') && !l.decision;
  const posted = actionData?.intent;
  return (
    <main id="main" className="kern-container page">
      <BackLink href={roundHref(l.round.key, lang, '/empfehlungen')}>
        {t(lang, 'rrRecommendationsTitle')}: {l.round.name}
      </BackLink>
      <h1 className="kern-heading-x-large">
        {t(lang, 'rrRecommendationTitle')} {l.name}
      </h1>
      {l.flag && !actionData ? <SuccessNotice>{t(lang, l.flag)}</SuccessNotice> : null}
      <dl className="facts kern-body">
        <dt>{t(lang, 'rrStatusAtStart')}</dt>
        <dd>{label(lang, 'status', l.partnership.statusAtStart)}</dd>
        <dt>{t(lang, 'rrScore')}</dt>
        <dd>{l.score === null ? '–' : `${points(l.score, lang)} (${t(lang, 'rrRank')} ${l.rank})`}</dd>
        <dt>{t(lang, 'rrRecommendation')}</dt>
        <dd>
          {l.stored ? label(lang, 'roundRecommendation', l.stored.recommendation) : t(lang, 'rrNoRecommendation')}
        </dd>
      </dl>
      {l.stored && !editable ? (
        <p className="kern-body preserve-lines" lang="de">
          {l.stored.justification}
        </p>
      ) : null}
      <section className="section" aria-labelledby="draft">
        <h2 id="draft" className="kern-heading-medium">
          {t(lang, 'rrDraftHeading')}
        </h2>
        <p className="kern-body kern-body--bold">
          {t(lang, 'rrSuggestion')}:{' '}
          {l.draft.suggestion ? label(lang, 'roundRecommendation', l.draft.suggestion) : t(lang, 'rrNoSuggestion')}
        </p>
        <p className="kern-body">{l.draft.text}</p>
      </section>
      {editable ? (
        <RecommendationForm
          lang={lang}
          csrfToken={l.csrfToken}
          options={l.options}
          values={
            posted === 'recommend'
              ? actionData!.values
              : {
                  recommendation: l.stored?.recommendation ?? l.draft.suggestion ?? '',
                  justification: l.stored?.justification ?? l.draft.text,
                }
          }
          errors={posted === 'recommend' ? actionData!.errors : {}}
        />
      ) : null}
      {l.decision ? (
        <DecisionFacts lang={lang} decision={l.decision} partnershipHref={partnershipHref(l.partnership.key, lang)} />
      ) : null}
      {deciding ? (
        <DecisionForm
          lang={lang}
          csrfToken={l.csrfToken}
          options={l.options}
          values={
            posted === 'decide'
              ? actionData!.values
              : { decision: l.stored?.recommendation ?? '', decidedOn: l.today, body: 'Kabinett', note: '' }
          }
          errors={posted === 'decide' ? actionData!.errors : {}}
        />
      ) : null}
    </main>
  );
}
