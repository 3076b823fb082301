import { data, redirect } from 'react-router';
import { canAssignMeasure, canKeepMeasure } from '../../../core/access/measure.policy.ts';
import { canReadHistory } from '../../../core/access/visibility.ts';
import { presentMeasureDetail } from '../../../core/measures/measure.presenter.ts';
import { getMeasureDetail, measureChoices } from '../../../db/measures/measures.queries.ts';
import { recordHistory } from '../../../db/history/history.queries.ts';
import { AuditHistory } from '../../components/audit-history.tsx';
import { MeasureActivities } from './measure-activities.tsx';
import { MeasureFacts } from './measure-facts.tsx';
import { AssignForm, ReportForm } from './measure-forms.tsx';
import { MeasureMilestones } from './measure-milestones.tsx';
import { type PagePolicy } from '../../lib/guard.ts';
import { t } from '../../../text/i18n.ts';
import { measureHref, measuresHref, withFlag } from '../../lib/links.ts';
import { MEASURE_FLAGS, submitMeasureForm } from './measure-action.ts';
import type { Route } from './+types/measure.ts';
import { FormErrorSummary } from '../../components/form-error-summary.tsx';
import { guardedPage, guardedPost } from '../../lib/guarded-page.ts';
import { BackLink, SuccessNotice } from '../../components/page-notices.tsx';
import { pageTitle } from '../../lib/page-title.ts';
import { pickerChoices } from '../../lib/source-citation.ts';

export const handle = { policy: { loader: 'public', action: 'internal' } } satisfies { policy: PagePolicy };

export const meta: Route.MetaFunction = ({ loaderData }) =>
  pageTitle(loaderData && `${t(loaderData.lang, 'measureHeading')} ${loaderData.measure.key}`);

const FLAG_TEXT = {
  gemeldet: 'reportSaved',
  zugeordnet: 'assignSaved',
  meilenstein: 'milestoneAdded',
  erreicht: 'milestoneReached',
  entfernt: 'milestoneRemoved',
} as const;

/** A measure key as the URL may carry it; anything else is not found (the API answers 400 for the same). */
const loadable = (key: string) => /^[A-Za-z0-9-]{1,40}$/.test(key);

export async function loader({ context, request, params }: Route.LoaderArgs) {
  const { info, db, clock, lang } = guardedPage(context, request, 'public');
  const detail = loadable(params.key) ? await getMeasureDetail(db, params.key) : null;
  if (!detail) throw data(null, { status: 404 });
  const choices = await measureChoices(db);
  const mayAssign = canAssignMeasure(info.actor);
  const owned = { visibility: 'public' as const, ownerOrganisationId: detail.leadOrganisationId };
  const search = new URL(request.url).searchParams;
  const title = (x: { title: string; titleEn: string }) => (lang === 'en' ? x.titleEn : x.title);
  return {
    lang,
    csrfToken: info.csrfToken,
    measure: presentMeasureDetail(detail, info.actor, clock.today()),
    current: { status: detail.status, progressPercent: detail.progressPercent },
    instrument: detail.instrument,
    subArea: detail.subArea,
    goals: choices.goals,
    mayKeep: canKeepMeasure(info.actor, detail),
    sources: canKeepMeasure(info.actor, detail) ? await pickerChoices(db, info.actor) : [],
    assign: mayAssign
      ? {
          leads: choices.leads.map((l) => ({ value: l.key, label: `${l.abbreviation ?? l.key} – ${l.name}` })),
          goals: choices.goals.map((g) => ({ value: g.key, label: `${g.key} – ${title(g)}` })),
          current: { lead: detail.lead?.key ?? '', goals: detail.goals },
        }
      : null,
    history: canReadHistory(info.actor, owned) ? await recordHistory(db, 'measure', detail.id) : null,
    flag: (MEASURE_FLAGS.find((f) => search.has(f)) ?? null) as keyof typeof FLAG_TEXT | null,
  };
}

export async function action({ context, request, params }: Route.ActionArgs) {
  const { db, lang, post } = await guardedPost(context, request, 'internal');
  if (!loadable(params.key) || !(await getMeasureDetail(db, params.key))) throw data(null, { status: 404 });
  const outcome = await submitMeasureForm({
    ...post,
    key: params.key,
  });
  // A search of the report's source picker is no refusal: the form comes back with the narrowed list.
  if (!outcome.ok) return data(outcome.state, { status: Object.keys(outcome.state.errors).length ? 400 : 200 });
  // Post/Redirect/Get: a reload does not post again, and the page says what happened.
  throw redirect(`${withFlag(measureHref(params.key, lang), outcome.flag)}#${outcome.hash}`);
}

/** One measure: its wording and source, status and progress; for those who keep it, the report forms. */
export default function Measure({ loaderData, actionData }: Route.ComponentProps) {
  const {
    lang,
    csrfToken,
    measure: m,
    current,
    instrument,
    subArea,
    goals,
    mayKeep,
    sources,
    assign,
    history,
    flag,
  } = loaderData;
  const refused = actionData ?? null;
  const errorsOf = (intent: string) => (refused?.intent === intent ? refused.errors : {});
  return (
    <main id="main" className="kern-container page">
      <BackLink href={measuresHref(lang)}>{t(lang, 'backToMeasures')}</BackLink>
      <h1 className="kern-heading-x-large">
        {t(lang, 'measureHeading')} {m.key}
      </h1>
      {flag && !actionData ? <SuccessNotice>{t(lang, FLAG_TEXT[flag])}</SuccessNotice> : null}
      <FormErrorSummary lang={lang} message={refused?.errors.intent || refused?.errors.milestone} />
      <MeasureFacts lang={lang} m={m} instrument={instrument} subArea={subArea} goals={goals} />
      {mayKeep ? (
        <ReportForm
          lang={lang}
          csrfToken={csrfToken}
          current={current}
          values={refused?.intent === 'report' ? refused.values : null}
          errors={errorsOf('report')}
          sources={(refused?.intent === 'report' && refused.sources) || sources}
          citation={(refused?.intent === 'report' && refused.citation) || {}}
        />
      ) : null}
      {'milestones' in m && m.milestones ? (
        <MeasureMilestones
          lang={lang}
          csrfToken={csrfToken}
          milestones={m.milestones}
          mayKeep={mayKeep}
          refused={refused}
        />
      ) : null}
      {assign ? (
        <AssignForm
          lang={lang}
          csrfToken={csrfToken}
          leads={assign.leads}
          goals={assign.goals}
          current={assign.current}
          values={refused?.intent === 'assign' ? refused.values : null}
          errors={errorsOf('assign')}
        />
      ) : null}
      <MeasureActivities lang={lang} activities={m.activities} />
      {history ? <AuditHistory entries={history} lang={lang} /> : null}
    </main>
  );
}
