import { data, redirect } from 'react-router';
import { actorUserId } from '../../../core/access/actor.ts';
import { canManageRounds, isAssessorOf } from '../../../core/access/round.policy.ts';
import { readRound, readScores } from '../../../db/rounds/rounds.queries.ts';
import { EvidencePanel } from './round-evidence-panel.tsx';
import { OtherScores, ScoreForm } from './round-score-form.tsx';
import { SheetBadge } from './round-sheets.tsx';
import { StatusBadge } from '../../components/status-badge.tsx';
import { type PagePolicy } from '../../lib/guard.ts';
import { label, t } from '../../../text/i18n.ts';
import { withFlag } from '../../lib/links.ts';
import { partnershipEvidence } from './round-evidence.server.ts';
import { loadableKey } from './round-form-action.ts';
import { roundHref, scoringHref } from './round-links.ts';
import { sheetState } from './round-loader.ts';
import { submitScoreSheet } from './round-scoring-action.ts';
import type { Route } from './+types/round-scoring.ts';
import { isLocked, mayChange } from '../../../core/rounds/round-phases.ts';
import { guardedPage, guardedPost } from '../../lib/guarded-page.ts';
import { BackLink, SuccessNotice } from '../../components/page-notices.tsx';
import { pageTitle } from '../../lib/page-title.ts';

export const handle = { policy: { loader: 'internal', action: 'internal' } } satisfies { policy: PagePolicy };

export const meta: Route.MetaFunction = ({ loaderData }) =>
  pageTitle(loaderData && `${t(loaderData.lang, 'rndScoringTitle')}: ${loaderData.partnership.name}`);

const loadablePartnership = (key: string) => /^[a-z0-9][a-z0-9-]{0,99}$/.test(key);

/** The round and partnership of the address, for its assessors and the coordinators; otherwise 404 or 403. */
async function sheetOf(db: Parameters<typeof readRound>[0], params: { key: string; partnership: string }) {
  const record =
    loadableKey(params.key) && loadablePartnership(params.partnership) ? await readRound(db, params.key) : null;
  const index = record ? record.partnerships.findIndex((p) => p.key === params.partnership) : -1;
  if (!record || index < 0) throw data(null, { status: 404 });
  return { record, index, partnership: record.partnerships[index]! };
}

export async function loader({ context, request, params }: Route.LoaderArgs) {
  const { info, db, clock, lang } = guardedPage(context, request, 'internal');
  const { record, index, partnership } = await sheetOf(db, params);
  const assessing = isAssessorOf(info.actor, record);
  if (!assessing && !canManageRounds(info.actor)) throw data(null, { status: 403 });
  const me = actorUserId(info.actor);
  const visible = (await readScores(db, info.actor, record)).filter((s) => s.partnership === partnership.key);
  const own = visible.filter((s) => s.assessorUserId === me);
  const evidence = await partnershipEvidence({
    db,
    actor: info.actor,
    record,
    partnership: partnership.key,
    today: clock.today(),
  });
  const neighbour = (i: number) => {
    const p = record.partnerships[i];
    return p ? { key: p.key, name: lang === 'en' ? p.nameEn : p.name } : null;
  };
  const search = new URL(request.url).searchParams;
  return {
    lang,
    csrfToken: info.csrfToken,
    round: record.summary,
    criteria: record.criteria,
    partnership: { ...partnership, name: lang === 'en' ? partnership.nameEn : partnership.name },
    assessing,
    editable: assessing && mayChange(record.summary, 'scores'),
    own,
    state: sheetState(own, record.criteria.length),
    others: visible.filter((s) => s.assessorUserId !== me),
    evidence,
    previous: neighbour(index - 1),
    next: neighbour(index + 1),
    flag: search.has('abgegeben') ? ('submitted' as const) : search.has('entwurf') ? ('draft' as const) : null,
  };
}

export async function action({ context, request, params }: Route.ActionArgs) {
  const { info, db, lang, post } = await guardedPost(context, request, 'internal');
  const { record, partnership } = await sheetOf(db, params);
  if (!isAssessorOf(info.actor, record)) throw data(null, { status: 403 });
  const me = actorUserId(info.actor);
  const submitted = new Set(
    (await readScores(db, info.actor, record))
      .filter((s) => s.partnership === partnership.key && s.assessorUserId === me && s.state === 'submitted')
      .map((s) => s.criterion),
  );
  const { submit, values, outcome } = await submitScoreSheet({
    ...post,
    key: params.key,
    partnership: partnership.key,
    openCriteria: record.criteria.map((c) => c.key).filter((c) => !submitted.has(c)),
  });
  if (!outcome.ok) return data({ values, errors: outcome.errors }, { status: 400 });
  throw redirect(
    withFlag(scoringHref(params.key, partnership.key, lang), submit ? 'abgegeben' : 'entwurf') + '#bewertung',
  );
}

/** Scoring one partnership: the sheet beside the evidence of the register, and the other visible scores. */
export default function RoundScoring({ loaderData, actionData }: Route.ComponentProps) {
  const { lang, round, partnership, criteria, state } = loaderData;
  return (
    <main id="main" className="kern-container page">
      <BackLink href={roundHref(round.key, lang)}>
        {t(lang, 'rndBackToRound')}: {round.name}
      </BackLink>
      <h1 className="kern-heading-x-large">
        {t(lang, 'rndScoringTitle')}: {partnership.name}
      </h1>
      <p className="kern-body">
        <StatusBadge status={partnership.statusAtStart} lang={lang} />{' '}
        {loaderData.assessing ? <SheetBadge lang={lang} state={state} /> : null}{' '}
        <span className="kern-body--small">{label(lang, 'roundStatus', round.status)}</span>
      </p>
      {loaderData.flag && !actionData ? (
        <SuccessNotice>
          {t(lang, loaderData.flag === 'submitted' ? 'rndScoresSubmitted' : 'rndDraftSaved')}
        </SuccessNotice>
      ) : null}
      <nav className="month-nav" aria-label={t(lang, 'rndYourPartnerships')}>
        {loaderData.previous ? (
          <a className="kern-link" href={scoringHref(round.key, loaderData.previous.key, lang)}>
            ← {t(lang, 'rndPrevious')}: {loaderData.previous.name}
          </a>
        ) : (
          <span />
        )}
        {loaderData.next ? (
          <a className="kern-link" href={scoringHref(round.key, loaderData.next.key, lang)}>
            {t(lang, 'rndNext')}: {loaderData.next.name} →
          </a>
        ) : null}
      </nav>
      <div className="scoring-layout">
        <EvidencePanel lang={lang} evidence={loaderData.evidence} />
        <section className="scoring-sheet" id="bewertung" aria-labelledby="sheet-heading">
          <h2 id="sheet-heading" className="kern-heading-large">
            {t(lang, 'rndScoringTitle')}
          </h2>
          {!loaderData.assessing ? (
            <p className="kern-body">{t(lang, 'rndReadOnlyCoordinator')}</p>
          ) : state === 'submitted' ? (
            <p className="kern-body">{t(lang, 'rndSubmittedNote')}</p>
          ) : !mayChange(round, 'scores') ? (
            <p className="kern-body">{t(lang, 'rndScoringNotOpen')}</p>
          ) : (
            <p className="kern-body">{t(lang, 'rndScoringIntro')}</p>
          )}
          {loaderData.assessing ? (
            <ScoreForm
              lang={lang}
              csrfToken={loaderData.csrfToken}
              criteria={criteria}
              scale={{ min: round.scaleMin, max: round.scaleMax }}
              own={loaderData.own}
              editable={loaderData.editable}
              refused={actionData ?? null}
            />
          ) : null}
          <OtherScores
            lang={lang}
            closed={isLocked(round)}
            assessing={loaderData.assessing}
            criteria={criteria}
            scores={loaderData.others}
          />
        </section>
      </div>
    </main>
  );
}
