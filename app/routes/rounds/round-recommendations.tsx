import { data, redirect } from 'react-router';
import { canManageRounds } from '../../../core/access/round.policy.ts';
import { draftRecommendations } from '../../../core/rounds/draft-recommendation.ts';
import { AppError } from '../../../core/shared/errors.ts';
import { Cell, RoundTable, RowHeader } from './round-table.tsx';
import { type PagePolicy } from '../../lib/guard.ts';
import { label, t } from '../../../text/i18n.ts';
import { forPage, loadRoundDossier } from './round-dossier-loader.ts';
import { partnershipName, points, roundHref } from './round-format.ts';
import { adoptAllDrafts } from './round-recommendation-action.ts';
import type { Route } from './+types/round-recommendations.ts';
import { isLocked, mayChange } from '../../../core/rounds/round-phases.ts';
import { FormErrorSummary } from '../../components/form-error-summary.tsx';
import { guardedPage } from '../../lib/guarded-page.ts';
import { BackLink, SuccessNotice } from '../../components/page-notices.tsx';
import { pageTitle } from '../../lib/page-title.ts';

export const handle = { policy: { loader: 'internal', action: 'coordinator' } } satisfies { policy: PagePolicy };

export const meta: Route.MetaFunction = ({ loaderData }) =>
  pageTitle(loaderData && `${t(loaderData.lang, 'rrRecommendationsTitle')}: ${loaderData.d.round.name}`);

export async function loader({ context, request, params }: Route.LoaderArgs) {
  const { info, db, clock, lang } = guardedPage(context, request, 'internal');
  const dossier = await loadRoundDossier(db, info.actor, params.key, clock.today());
  const drafts = draftRecommendations(dossier);
  const search = new URL(request.url).searchParams;
  return {
    lang,
    d: forPage(dossier),
    suggestions: Object.fromEntries(Object.values(drafts).map((x) => [x.partnership, x.suggestion])),
    coordinator: canManageRounds(info.actor),
    csrfToken: info.csrfToken,
    adopted: search.has('uebernommen') ? Number(search.get('uebernommen')) || 0 : null,
  };
}

export async function action({ context, request, params }: Route.ActionArgs) {
  const { info, db, clock, lang } = guardedPage(context, request, 'coordinator');
  const form = await request.formData();
  if (form.get('intent') !== 'adopt-drafts') return data({ error: t(lang, 'rrErr_vocabulary') }, { status: 400 });
  const dossier = await loadRoundDossier(db, info.actor, params.key, clock.today());
  try {
    const { adopted } = await adoptAllDrafts({ db, clock, actor: info.actor, dossier, lang });
    const url = new URL(roundHref(params.key, lang, '/empfehlungen'), request.url);
    url.searchParams.set('uebernommen', String(adopted.length));
    throw redirect(`${url.pathname}${url.search}`);
  } catch (error) {
    if (error instanceof AppError && (error.code === 'INVALID_TRANSITION' || error.code === 'INVALID_INPUT'))
      return data({ error: t(lang, 'rrErr_status') }, { status: 409 });
    throw error;
  }
}

/**
 * The recommendations of a round: per partnership the suggestion under the documented rules, the
 * coordinators' recommendation and the decision; in review the coordinators adopt all drafts at
 * once or edit one by one, after closing they record the decisions. Others read it after closing.
 */
export default function RoundRecommendations({ loaderData, actionData }: Route.ComponentProps) {
  const { lang, d, suggestions, coordinator, csrfToken, adopted } = loaderData;
  const status = d.round.status;
  const review = coordinator && mayChange(d.round, 'recommendations');
  const score = (key: string) => d.results.partnerships.find((p) => p.partnership === key)?.score ?? null;
  const unadoptable = d.partnerships.filter((p) => !d.recommendations[p.key] && !suggestions[p.key]);
  const actionLabel = (key: string) =>
    review ? 'rrEdit' : coordinator && mayChange(d.round, 'decisions') && !d.decisions[key] ? 'rrDecide' : 'rrShow';
  return (
    <main id="main" className="kern-container page">
      <BackLink href={roundHref(d.round.key, lang)}>
        {t(lang, 'rrBackToRound')} {d.round.name}
      </BackLink>
      <h1 className="kern-heading-x-large">
        {t(lang, 'rrRecommendationsTitle')}: {d.round.name}
      </h1>
      <p className="kern-body">
        {label(lang, 'roundStatus', status)} ·{' '}
        <a className="kern-link" href={roundHref(d.round.key, lang, '/ergebnisse')}>
          {t(lang, 'rrResultsLink')}
        </a>
      </p>
      {adopted !== null && !actionData ? (
        <SuccessNotice>
          {adopted > 0 ? `${t(lang, 'rrAdopted')} ${adopted}` : t(lang, 'rrNothingToAdopt')}
        </SuccessNotice>
      ) : null}
      <FormErrorSummary lang={lang} message={actionData?.error} />
      <p className="kern-body">{t(lang, 'rrRecommendationsIntro')}</p>
      <p className="kern-body kern-body--small">{t(lang, 'rrRulesExplain')}</p>
      {coordinator && !mayChange(d.round, 'recommendations') && !isLocked(d.round) ? (
        <p className="kern-body">
          {t(lang, 'rrReviewOnly')} „{label(lang, 'roundStatus', status)}“.
        </p>
      ) : null}
      <RoundTable
        lang={lang}
        caption={t(lang, 'rrRecommendationsTitle')}
        headers={[
          t(lang, 'partnership'),
          t(lang, 'rrStatusAtStart'),
          t(lang, 'rrScore'),
          t(lang, 'rrSuggestion'),
          t(lang, 'rrRecommendation'),
          t(lang, 'rrDecision'),
          '',
        ]}
        numeric={[2]}
      >
        {d.partnerships.map((p) => {
          const s = score(p.key);
          const suggestion = suggestions[p.key];
          const stored = d.recommendations[p.key];
          const decision = d.decisions[p.key];
          return (
            <tr key={p.key} className="kern-table__row">
              <RowHeader>{partnershipName(d, p.key, lang)}</RowHeader>
              <Cell>{label(lang, 'status', p.statusAtStart)}</Cell>
              <Cell numeric>{s === null ? '–' : points(s, lang)}</Cell>
              <Cell>{suggestion ? label(lang, 'roundRecommendation', suggestion) : t(lang, 'rrNoSuggestion')}</Cell>
              <Cell>
                {stored ? label(lang, 'roundRecommendation', stored.recommendation) : t(lang, 'rrNoRecommendation')}
              </Cell>
              <Cell>{decision ? label(lang, 'roundRecommendation', decision.decision) : t(lang, 'rrNoDecision')}</Cell>
              <Cell>
                <a
                  className="kern-link"
                  href={roundHref(d.round.key, lang, `/empfehlungen/${encodeURIComponent(p.key)}`)}
                >
                  {t(lang, actionLabel(p.key))}
                  <span className="visually-hidden">: {partnershipName(d, p.key, lang)}</span>
                </a>
              </Cell>
            </tr>
          );
        })}
      </RoundTable>
      {review ? (
        <section className="section" aria-labelledby="adopt">
          <h2 id="adopt" className="kern-heading-medium">
            {t(lang, 'rrAdoptDrafts')}
          </h2>
          <p className="kern-body" id="adopt-hint">
            {t(lang, 'rrAdoptDraftsHint')}
          </p>
          {unadoptable.length ? (
            <p className="kern-body">
              {t(lang, 'rrAdoptedSkipped')} {unadoptable.map((p) => partnershipName(d, p.key, lang)).join(', ')}
            </p>
          ) : null}
          <form method="post">
            <input type="hidden" name="csrf" value={csrfToken} />
            <button
              type="submit"
              name="intent"
              value="adopt-drafts"
              className="kern-btn kern-btn--primary"
              aria-describedby="adopt-hint"
            >
              <span className="kern-label">{t(lang, 'rrAdoptDrafts')}</span>
            </button>
          </form>
        </section>
      ) : null}
    </main>
  );
}
