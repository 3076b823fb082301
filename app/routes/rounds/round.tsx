import { data, redirect } from 'react-router';
import { servicesContext } from '#app-context';
import { canManageRounds, isAssessorOf } from '../../../core/access/round.policy.ts';
import { recordHistory } from '../../../db/history/history.queries.ts';
import { readRound, readScores } from '../../../db/rounds/rounds.queries.ts';
import { readProgress, readReminders } from '../../../db/rounds/round-coordination.queries.ts';
import { AuditHistory } from '../../components/audit-history.tsx';
import { PhaseActions, ProgressSection } from './round-coordination.tsx';
import { RoundFacts, RoundNotes, ReminderList, reminderText } from './round-overview.tsx';
import { OwnSheets } from './round-sheets.tsx';
import { guard, type PagePolicy } from '../../lib/guard.ts';
import { label, pickLanguage, t } from '../../../text/i18n.ts';
import { withFlag } from '../../lib/links.ts';
import { submitRoundForm } from './round-action.ts';
import { loadableKey } from './round-form-action.ts';
import { roundHref, roundRecommendationsHref, roundResultsHref, roundSetupHref, roundsHref } from './round-links.ts';
import { ownSheets, progressRows } from './round-loader.ts';
import type { Route } from './+types/round.ts';
import { isLocked, mayChange } from '../../../core/rounds/round-phases.ts';
import { FormErrorSummary } from '../../components/form-error-summary.tsx';
import { guardedPost } from '../../lib/guarded-page.ts';
import { BackLink, SuccessNotice } from '../../components/page-notices.tsx';
import { pageTitle } from '../../lib/page-title.ts';

export const handle = { policy: { loader: 'internal', action: 'coordinator' } } satisfies { policy: PagePolicy };

export const meta: Route.MetaFunction = ({ loaderData }) => pageTitle(loaderData && `${loaderData.round.name}`);

const FLAG_TEXT = {
  eroeffnet: 'rndCreated',
  'bewertung-eroeffnet': 'rndFlagScoring',
  'bewertung-beendet': 'rndFlagReview',
  'bewertung-wieder-eroeffnet': 'rndFlagReopened',
  abgeschlossen: 'rndFlagClosed',
  erinnert: 'rndReminderSent',
} as const;
type Flag = keyof typeof FLAG_TEXT;

export async function loader({ context, request, params }: Route.LoaderArgs) {
  const info = guard(context, request, 'internal');
  const { db } = context.get(servicesContext);
  const lang = pickLanguage(request);
  const record = loadableKey(params.key) ? await readRound(db, params.key) : null;
  if (!record) throw data(null, { status: 404 });
  const mayManage = canManageRounds(info.actor);
  const assessing = isAssessorOf(info.actor, record);
  const [progress, reminders, scores, history] = await Promise.all([
    mayManage ? readProgress(db, record.id) : null,
    assessing ? readReminders(db, info.actor, record.id, false) : [],
    assessing ? readScores(db, info.actor, record) : [],
    mayManage ? recordHistory(db, 'evaluation_round', record.summary.key) : null,
  ]);
  const search = new URL(request.url).searchParams;
  return {
    lang,
    csrfToken: info.csrfToken,
    round: record.summary,
    partnerships: record.partnerships.length,
    criteria: record.criteria.length,
    mayManage,
    assessing,
    progress: progress ? progressRows(record, progress) : null,
    expectedPerAssessor: record.partnerships.length * record.criteria.length,
    reminders,
    sheets: assessing ? ownSheets(info.actor, record, scores) : [],
    history,
    flag: (Object.keys(FLAG_TEXT).find((f) => search.has(f)) ?? null) as Flag | null,
  };
}

export async function action({ context, request, params }: Route.ActionArgs) {
  const { db, lang, post } = await guardedPost(context, request, 'coordinator');
  if (!loadableKey(params.key) || !(await readRound(db, params.key))) throw data(null, { status: 404 });
  const outcome = await submitRoundForm({
    ...post,
    key: params.key,
  });
  if (!outcome.ok) return data(outcome.state, { status: 400 });
  // Post/Redirect/Get; a correction opens the new round.
  const target = outcome.key === params.key ? roundHref(params.key, lang) : roundSetupHref(outcome.key, lang);
  throw redirect(withFlag(target, outcome.flag));
}

/** A round: phase, settings, deadlines; the coordinators' steps and progress; an assessor's partnerships. */
export default function Round({ loaderData, actionData }: Route.ComponentProps) {
  const { lang, csrfToken, round, mayManage, assessing, flag } = loaderData;
  const refused = actionData ?? null;
  return (
    <main id="main" className="kern-container page">
      <BackLink href={roundsHref(lang)}>{t(lang, 'rndBackToList')}</BackLink>
      <h1 className="kern-heading-x-large">{round.name}</h1>
      <p className="kern-body">
        <span className="kern-badge kern-badge--info">
          <span className="kern-label kern-label--small">{label(lang, 'roundStatus', round.status)}</span>
        </span>
      </p>
      {flag && !actionData ? <SuccessNotice>{t(lang, FLAG_TEXT[flag])}</SuccessNotice> : null}
      <FormErrorSummary lang={lang} message={refused?.errors.intent} />
      <RoundNotes lang={lang} round={round} />
      <RoundFacts lang={lang} round={round} partnerships={loaderData.partnerships} criteria={loaderData.criteria} />
      <nav className="section" aria-labelledby="round-links">
        <h2 id="round-links" className="kern-heading-large">
          {t(lang, 'rndLinks')}
        </h2>
        <ul className="plain-list">
          {mayManage ? (
            <li>
              <a className="kern-link" href={roundSetupHref(round.key, lang)}>
                {t(lang, 'rndSetupLink')}
              </a>
            </li>
          ) : null}
          {mayManage || isLocked(round) ? (
            <>
              <li>
                <a className="kern-link" href={roundResultsHref(round.key, lang)}>
                  {t(lang, 'rndResultsLink')}
                </a>
              </li>
              <li>
                <a className="kern-link" href={roundRecommendationsHref(round.key, lang)}>
                  {t(lang, 'rndRecommendationsLink')}
                </a>
              </li>
            </>
          ) : null}
        </ul>
      </nav>
      {assessing ? (
        <>
          <ReminderList lang={lang} reminders={loaderData.reminders} />
          <OwnSheets lang={lang} roundKey={round.key} sheets={loaderData.sheets} scoring={mayChange(round, 'scores')} />
        </>
      ) : mayManage ? null : (
        <p className="kern-body">{t(lang, 'rndNotAssessorNote')}</p>
      )}
      {mayManage ? (
        <>
          <PhaseActions lang={lang} csrfToken={csrfToken} round={round} refused={refused} />
          {loaderData.progress && round.status !== 'draft' ? (
            <ProgressSection
              lang={lang}
              csrfToken={csrfToken}
              rows={loaderData.progress}
              expectedPerAssessor={loaderData.expectedPerAssessor}
              reminder={mayChange(round, 'reminders') ? reminderText(lang, round) : null}
              refused={refused}
            />
          ) : null}
        </>
      ) : null}
      {loaderData.history ? <AuditHistory entries={loaderData.history} lang={lang} /> : null}
    </main>
  );
}
