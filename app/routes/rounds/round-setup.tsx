import { data, redirect } from 'react-router';
import { servicesContext } from '#app-context';
import { measureChoices } from '../../../db/measures/measures.queries.ts';
import { readScopeChoices } from '../../../db/rounds/round-choices.queries.ts';
import { readRound } from '../../../db/rounds/rounds.queries.ts';
import { readAssessorCandidates, readMinistries } from '../../../db/rounds/round-coordination.queries.ts';
import { CriteriaSection } from './round-criteria.tsx';
import { ParticipantsSection, ScopeSection, SettingsSection } from './round-setup-sections.tsx';
import { WeightsSection } from './round-weights.tsx';
import { guard, type PagePolicy } from '../../lib/guard.ts';
import { pickLanguage, t } from '../../../text/i18n.ts';
import { withFlag } from '../../lib/links.ts';
import { loadableKey } from './round-form-action.ts';
import { roundHref, roundSetupHref } from './round-links.ts';
import { submitSetupForm } from './round-setup-action.ts';
import type { Route } from './+types/round-setup.ts';
import { mayChange } from '../../../core/rounds/round-phases.ts';
import { FormErrorSummary } from '../../components/form-error-summary.tsx';
import { guardedPost } from '../../lib/guarded-page.ts';
import { BackLink, SuccessNotice } from '../../components/page-notices.tsx';
import { pageTitle } from '../../lib/page-title.ts';

export const handle = { policy: { loader: 'coordinator', action: 'coordinator' } } satisfies { policy: PagePolicy };

export const meta: Route.MetaFunction = ({ loaderData }) =>
  pageTitle(loaderData && `${t(loaderData.lang, 'rndSetupTitle')}: ${loaderData.round.name}`);

export async function loader({ context, request, params }: Route.LoaderArgs) {
  const info = guard(context, request, 'coordinator');
  const { db } = context.get(servicesContext);
  const lang = pickLanguage(request);
  const record = loadableKey(params.key) ? await readRound(db, params.key) : null;
  if (!record) throw data(null, { status: 404 });
  const [scopeChoices, ministries, strategy] = await Promise.all([
    readScopeChoices(db),
    readMinistries(db),
    measureChoices(db),
  ]);
  const candidates = await readAssessorCandidates(
    db,
    ministries.map((m) => m.id),
  );
  // Partnerships in scope that are no longer choosable (ended since) are still shown.
  const choiceKeys = new Set(scopeChoices.map((c) => c.key));
  const extra = record.partnerships
    .filter((p) => !choiceKeys.has(p.key))
    .map((p) => ({ key: p.key, name: p.name, nameEn: p.nameEn, status: p.statusAtStart }));
  const search = new URL(request.url).searchParams;
  return {
    lang,
    csrfToken: info.csrfToken,
    round: record.summary,
    criteria: record.criteria,
    weightIssues: record.weightIssues,
    scope: {
      choices: [
        ...scopeChoices.map((c) => ({ key: c.key, name: c.name, nameEn: c.nameEn, status: c.status })),
        ...extra,
      ],
      inScope: record.partnerships.map((p) => p.key),
    },
    ministries: ministries.map((m) => ({
      key: m.key,
      label: `${m.abbreviation ?? m.key} – ${m.name}`,
      assessors: candidates
        .filter((c) => c.organisationId === m.id)
        .map((c) => ({
          userId: c.userId,
          displayName: `${c.displayName} (${t(lang, c.role === 'assessor' ? 'rndRole_assessor' : 'rndRole_ministry_editor')})`,
        })),
    })),
    chosenMinistries: record.ministries.map((m) => m.key),
    chosenAssessors: record.ministries.flatMap((m) => m.assessors.map((a) => a.userId)),
    goals: strategy.goals.map((g) => ({ value: g.key, label: `${g.key} – ${lang === 'en' ? g.titleEn : g.title}` })),
    removing: search.get('entfernen'),
    saved: search.has('gespeichert'),
    corrected: search.has('korrektur'),
  };
}

export async function action({ context, request, params }: Route.ActionArgs) {
  const { db, lang, post } = await guardedPost(context, request, 'coordinator');
  const record = loadableKey(params.key) ? await readRound(db, params.key) : null;
  if (!record) throw data(null, { status: 404 });
  const outcome = await submitSetupForm({
    ...post,
    key: params.key,
    scale: { min: record.summary.scaleMin, max: record.summary.scaleMax },
    criteria: record.criteria.map((c) => c.key),
  });
  if (!outcome.ok) return data(outcome.state, { status: 400 });
  // Post/Redirect/Get, back to the section of the form.
  throw redirect(`${withFlag(roundSetupHref(params.key, lang), 'gespeichert')}#${outcome.section}`);
}

/** Setting up a round: details, scope, ministries and assessors, criteria and weights, each its own form. */
export default function RoundSetup({ loaderData, actionData }: Route.ComponentProps) {
  const { lang, csrfToken, round, criteria } = loaderData;
  const refused = actionData ?? null;
  const settable = mayChange(round, 'settings');
  return (
    <main id="main" className="kern-container page">
      <BackLink href={roundHref(round.key, lang)}>
        {t(lang, 'rndBackToRound')}: {round.name}
      </BackLink>
      <h1 className="kern-heading-x-large">
        {t(lang, 'rndSetupTitle')}: {round.name}
      </h1>
      {(loaderData.saved || loaderData.corrected) && !refused ? (
        <SuccessNotice>{t(lang, loaderData.corrected ? 'rndFlagCorrection' : 'rndSaved')}</SuccessNotice>
      ) : null}
      <FormErrorSummary lang={lang} message={refused?.errors.intent || refused?.errors.form} />
      {settable ? null : (
        <div className="kern-alert kern-alert--info" role="note">
          <div className="kern-alert__body">
            <p className="kern-body">{t(lang, 'rndSetupReadOnly')}</p>
          </div>
        </div>
      )}
      <nav aria-label={t(lang, 'rndSetupTitle')} className="section">
        <ul className="plain-list setup-toc">
          {settable ? (
            <li>
              <a className="kern-link" href="#einstellungen">
                {t(lang, 'rndSettings')}
              </a>
            </li>
          ) : null}
          <li>
            <a className="kern-link" href="#umfang">
              {t(lang, 'rndScope')}
            </a>
          </li>
          <li>
            <a className="kern-link" href="#beteiligte">
              {t(lang, 'rndParticipants')}
            </a>
          </li>
          <li>
            <a className="kern-link" href="#kriterien">
              {t(lang, 'rndCriteria')}
            </a>
          </li>
          <li>
            <a className="kern-link" href="#gewichte">
              {t(lang, 'rndWeights')}
            </a>
          </li>
        </ul>
      </nav>
      <SettingsSection
        lang={lang}
        csrfToken={csrfToken}
        editable={settable}
        current={{
          name: round.name,
          occasion: round.occasion,
          periodFrom: round.periodFrom,
          periodTo: round.periodTo,
          scoringDeadline: round.scoringDeadline,
          reportDeadline: round.reportDeadline ?? '',
        }}
        refused={refused}
      />
      <ScopeSection
        lang={lang}
        csrfToken={csrfToken}
        editable={mayChange(round, 'scope')}
        choices={loaderData.scope.choices}
        inScope={loaderData.scope.inScope}
        refused={refused}
      />
      <ParticipantsSection
        lang={lang}
        csrfToken={csrfToken}
        editable={mayChange(round, 'participants')}
        ministries={loaderData.ministries}
        chosenMinistries={loaderData.chosenMinistries}
        chosenAssessors={loaderData.chosenAssessors}
        refused={refused}
      />
      <CriteriaSection
        lang={lang}
        csrfToken={csrfToken}
        roundKey={round.key}
        editable={mayChange(round, 'criteria')}
        criteria={criteria}
        scale={{ min: round.scaleMin, max: round.scaleMax }}
        goals={loaderData.goals}
        removing={loaderData.removing}
        setupHref={roundSetupHref(round.key, lang)}
        refused={refused}
      />
      <WeightsSection
        lang={lang}
        csrfToken={csrfToken}
        editable={mayChange(round, 'weights')}
        round={round}
        criteria={criteria}
        issues={loaderData.weightIssues}
        refused={refused}
      />
    </main>
  );
}
