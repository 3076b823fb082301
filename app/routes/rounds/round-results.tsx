import { canManageRounds } from '../../../core/access/round.policy.ts';
import { AgreementTable, ComparisonSection, ProfilesSection, UnscoredSection } from './round-analysis.tsx';
import { MinistryTable, RankAcceptability, RankingTable, ScoreState, WeightStabilityTable } from './round-ranking.tsx';
import { type PagePolicy } from '../../lib/guard.ts';
import { label, t } from '../../../text/i18n.ts';
import { forPage, loadRoundDossier } from './round-dossier-loader.ts';
import { criteriaProfileChart } from '../../../reports/charts/criteria-profile-chart.ts';
import { rankAcceptabilityChart } from '../../../reports/charts/rank-acceptability-chart.ts';
import { roundHref } from './round-format.ts';
import type { Route } from './+types/round-results.ts';
import { isLocked } from '../../../core/rounds/round-phases.ts';
import { guardedPage } from '../../lib/guarded-page.ts';
import { BackLink } from '../../components/page-notices.tsx';
import { pageTitle } from '../../lib/page-title.ts';

export const handle = { policy: { loader: 'internal' } } satisfies { policy: PagePolicy };

export const meta: Route.MetaFunction = ({ loaderData }) =>
  pageTitle(loaderData && `${t(loaderData.lang, 'rrResultsTitle')}: ${loaderData.d.round.name}`);

export async function loader({ context, request, params }: Route.LoaderArgs) {
  const { info, db, clock, lang } = guardedPage(context, request, 'internal');
  const dossier = await loadRoundDossier(db, info.actor, params.key, clock.today());
  // The charts are drawn here, from the whole dossier, as the same SVG the report embeds.
  const chartOf = (c: { svg: string; title: string } | null) => (c ? { svg: c.svg, title: c.title } : null);
  const profiles = Object.fromEntries(
    dossier.results.partnerships.map((p) => [
      p.partnership,
      chartOf(criteriaProfileChart(dossier, p.partnership, lang))!,
    ]),
  );
  return {
    lang,
    d: forPage(dossier),
    coordinator: canManageRounds(info.actor),
    charts: { acceptability: chartOf(rankAcceptabilityChart(dossier, lang)), profiles },
  };
}

/**
 * The results of a round: the state of the scores, the ranking with its robustness, the scores by
 * ministry, the leeway of the weights, the agreement between assessors, the comparison with the
 * previous round and the profile of each partnership; for coordinators throughout (marked
 * provisional until the round closes), for other staff once it has closed.
 */
export default function RoundResults({ loaderData }: Route.ComponentProps) {
  const { lang, d, charts } = loaderData;
  const report = (format: 'docx' | 'pdf') =>
    `/evaluierung/${encodeURIComponent(d.round.key)}/bericht?format=${format}${lang === 'en' ? '&lang=en' : ''}`;
  const closed = isLocked(d.round);
  return (
    <main id="main" className="kern-container page">
      <BackLink href={roundHref(d.round.key, lang)}>
        {t(lang, 'rrBackToRound')} {d.round.name}
      </BackLink>
      <h1 className="kern-heading-x-large">
        {t(lang, 'rrResultsTitle')}: {d.round.name}
      </h1>
      <p className="kern-body">
        {label(lang, 'roundStatus', d.round.status)} ·{' '}
        <a className="kern-link" href={roundHref(d.round.key, lang, '/empfehlungen')}>
          {t(lang, 'rrRecommendationsLink')}
        </a>
      </p>
      {!closed ? (
        <div className="kern-alert kern-alert--warning" role="status">
          <div className="kern-alert__head">
            <span className="kern-title">{t(lang, 'rrProvisional')}</span>
          </div>
          <div className="kern-alert__body">
            <p className="kern-body">{t(lang, 'rrProvisionalText')}</p>
          </div>
        </div>
      ) : null}
      <ScoreState d={d} lang={lang} />
      <section aria-labelledby="report-downloads" className="section-tight">
        <h2 className="kern-heading-medium" id="report-downloads">
          {t(lang, 'rrDownloadsHeading')}
        </h2>
        <ul className="kern-list">
          <li>
            <a className="kern-link" href={report('docx')} download>
              {t(lang, 'rrDownloadDocx')}
            </a>
          </li>
          <li>
            <a className="kern-link" href={report('pdf')} download>
              {t(lang, 'rrDownloadPdf')}
            </a>
          </li>
        </ul>
      </section>
      <RankingTable d={d} lang={lang} />
      <UnscoredSection d={d} lang={lang} />
      <MinistryTable d={d} lang={lang} />
      <RankAcceptability d={d} lang={lang} chart={charts.acceptability} />
      <WeightStabilityTable d={d} lang={lang} />
      <AgreementTable d={d} lang={lang} />
      <ComparisonSection d={d} lang={lang} />
      <ProfilesSection d={d} lang={lang} charts={charts.profiles} />
    </main>
  );
}
