import { MEASURE_FILTERS, measureRollUps, type MeasureFilterField } from '../../../core/measures/measure-list.ts';
import { presentMeasure } from '../../../core/measures/measure.presenter.ts';
import { commitmentLevels, measureStatuses } from '../../../core/shared/vocabulary.ts';
import { DownloadLinks } from '../../components/download-links.tsx';
import { downloadHrefs } from '../../lib/download-hrefs.ts';
import { listedMeasures } from './measure-export.ts';
import { MeasureFilters } from './measure-filters.tsx';
import { RollUpTable } from '../../components/measure-roll-up.tsx';
import { MeasureTable } from '../../components/measure-table.tsx';
import { type PagePolicy } from '../../lib/guard.ts';
import { label, t } from '../../../text/i18n.ts';
import { measureCount, measureStatusLabel } from '../../../text/measures.messages.ts';
import { invalidFilterMessage } from '../../../text/workbench.messages.ts';
import type { Route } from './+types/measures.ts';
import { guardedPage } from '../../lib/guarded-page.ts';

export const handle = { policy: { loader: 'public' } } satisfies { policy: PagePolicy };

export const meta: Route.MetaFunction = ({ loaderData }) => [
  { title: `${t(loaderData?.lang ?? 'de', 'measuresTitle')} – Brückenbauer` },
];

export async function loader({ context, request }: Route.LoaderArgs) {
  const { info, db, clock, lang } = guardedPage(context, request, 'public');
  const day = clock.today();
  const url = new URL(request.url);
  const { internal, choices, issues, shown } = await listedMeasures(db, info.actor, url.searchParams, day);
  const title = (x: { title: string; titleEn: string }) => (lang === 'en' ? x.titleEn : x.title);
  const groups = choices.instruments
    .map((i) => {
      const measures = shown.filter((m) => m.instrument.numeral === i.numeral);
      const subAreas = [...new Map(measures.map((m) => [m.subArea?.key ?? '', m.subArea])).values()];
      return {
        numeral: i.numeral,
        title: title(i),
        parts: subAreas.map((area) => ({
          title: area ? title(area) : null,
          measures: measures
            .filter((m) => (m.subArea?.key ?? null) === (area?.key ?? null))
            .map((m) => presentMeasure(m, info.actor, day)),
        })),
      };
    })
    .filter((g) => g.parts.length > 0);
  const rollUps = measureRollUps(shown, choices);
  return {
    lang,
    internal,
    values: Object.fromEntries(MEASURE_FILTERS.map((f) => [f, url.searchParams.get(f) ?? ''])) as Record<
      MeasureFilterField,
      string
    >,
    errors: Object.fromEntries(issues.map((i) => [i.field, invalidFilterMessage(lang, i.value)])) as Partial<
      Record<MeasureFilterField, string>
    >,
    options: {
      instrument: choices.instruments.map((i) => ({ value: i.numeral, label: `${i.numeral}) ${title(i)}` })),
      goal: choices.goals.map((g) => ({ value: g.key, label: `${g.key} – ${title(g)}` })),
      lead: [
        { value: 'none', label: t(lang, 'noLeadYet') },
        ...choices.leads.map((l) => ({ value: l.key, label: `${l.abbreviation ?? l.key} – ${l.name}` })),
      ],
      status: [...measureStatuses, 'none' as const].map((s) => ({ value: s, label: measureStatusLabel(lang, s) })),
      commitment: commitmentLevels.map((c) => ({ value: c, label: label(lang, 'commitment', c) })),
      ...(internal ? { stale: [{ value: '1', label: t(lang, 'staleOnly') }] } : {}),
    },
    total: shown.length,
    downloads: downloadHrefs('/massnahmen/export', url.searchParams),
    groups,
    rollUp: {
      byInstrument: rollUps.byInstrument.map((r, n) => ({
        label: `${r.instrument}) ${title(choices.instruments[n]!)}`,
        rollUp: r,
      })),
      byGoal: rollUps.byGoal.map((r, n) => ({ label: `${r.goal} – ${title(choices.goals[n]!)}`, rollUp: r })),
      withoutGoal: rollUps.withoutGoal,
    },
  };
}

/** Every measure of the strategy by instrument and sub-area, with filters in the URL and the progress roll-up. */
export default function Measures({ loaderData }: Route.ComponentProps) {
  const { lang, internal, values, errors, options, total, groups, rollUp, downloads } = loaderData;
  const summary = measureCount(lang, total);
  return (
    <main id="main" className="kern-container page">
      <h1 className="kern-heading-x-large">{t(lang, 'measuresTitle')}</h1>
      <p className="kern-body">{t(lang, 'measuresIntro')}</p>
      <MeasureFilters lang={lang} values={values} errors={errors} options={options} />
      <p className="kern-body result-count" id="result-count">
        {summary}
      </p>
      {total === 0 ? (
        <p className="kern-body">{t(lang, 'noMeasures')}</p>
      ) : (
        <>
          <section className="section" aria-labelledby="roll-up">
            <h2 id="roll-up" className="kern-heading-large">
              {t(lang, 'rollUpHeading')}
            </h2>
            <p className="kern-body">{t(lang, 'rollUpIntro')}</p>
            <h3 className="kern-heading-medium">{t(lang, 'rollUpByInstrument')}</h3>
            <RollUpTable
              lang={lang}
              caption={t(lang, 'rollUpByInstrument')}
              groupLabel="instrument"
              rows={rollUp.byInstrument}
            />
            <h3 className="kern-heading-medium">{t(lang, 'rollUpByGoal')}</h3>
            <RollUpTable lang={lang} caption={t(lang, 'rollUpByGoal')} groupLabel="filterGoal" rows={rollUp.byGoal} />
            <p className="kern-body">
              {t(lang, 'withoutGoalNote')} {rollUp.withoutGoal}
            </p>
          </section>
          {groups.map((g) => (
            <section key={g.numeral} className="section" aria-labelledby={`instrument-${g.numeral}`}>
              <h2 id={`instrument-${g.numeral}`} className="kern-heading-large">
                {g.numeral}) {g.title}
              </h2>
              {g.parts.map((part) => (
                <div key={part.title ?? ''} className="stack">
                  {part.title ? <h3 className="kern-heading-medium">{part.title}</h3> : null}
                  <MeasureTable
                    lang={lang}
                    caption={`${g.numeral}) ${g.title}${part.title ? ` – ${part.title}` : ''}`}
                    measures={part.measures}
                    internal={internal}
                  />
                </div>
              ))}
            </section>
          ))}
        </>
      )}
      <DownloadLinks lang={lang} hrefs={downloads} />
    </main>
  );
}
