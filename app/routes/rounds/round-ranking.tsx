import { label, t, type Language } from '../../../text/i18n.ts';
import type { PageDossier } from './round-dossier-loader.ts';
import {
  criterionName,
  decimal,
  fill,
  ministryName,
  partnershipName,
  percent,
  points,
  pointsRange,
} from './round-format.ts';
import { Cell, ResultSection, RoundTable, RowHeader } from './round-table.tsx';

type Props = { d: PageDossier; lang: Language };
const DASH = '–';

/** How many scores are in, and the banner while the round is open. */
export function ScoreState({ d, lang }: Props) {
  const r = d.results;
  return (
    <ResultSection id="state" heading={t(lang, 'rrStateHeading')} explain={t(lang, 'rrStateExplain')}>
      <p className="kern-body kern-body--bold">
        {r.submittedScores} / {r.expectedScores} {t(lang, 'rrStateText')} (
        {r.expectedScores ? percent(r.submittedScores / r.expectedScores, lang) : DASH})
      </p>
    </ResultSection>
  );
}

/** The ranked partnerships with score, coverage, spread and the probability of their rank. */
export function RankingTable({ d, lang }: Props) {
  const ranked = d.results.partnerships.filter((p) => p.rank !== null);
  const robustness = d.results.robustness;
  const status = (key: string) => d.partnerships.find((p) => p.key === key)?.statusAtStart;
  return (
    <ResultSection id="ranking" heading={t(lang, 'rrRankingHeading')} explain={t(lang, 'rrRankingExplain')}>
      <ul className="kern-list kern-body">
        <li>{t(lang, 'rrCoverageExplain')}</li>
        <li>{t(lang, 'rrSpreadExplain')}</li>
        <li>{t(lang, 'rrProbabilityExplain')}</li>
      </ul>
      <RoundTable
        lang={lang}
        caption={t(lang, 'rrRankingHeading')}
        headers={[
          t(lang, 'rrRank'),
          t(lang, 'partnership'),
          t(lang, 'rrStatusAtStart'),
          t(lang, 'rrScore'),
          t(lang, 'rrCoverage'),
          t(lang, 'rrSpread'),
          t(lang, 'rrRankProbability'),
          t(lang, 'rrExpectedRank'),
        ]}
        numeric={[0, 3, 4, 5, 6, 7]}
      >
        {ranked.map((p) => {
          const s = status(p.partnership);
          const acceptability = robustness?.rankAcceptability[p.partnership]?.[p.rank! - 1];
          const expected = robustness?.expectedRank[p.partnership];
          return (
            <tr key={p.partnership} className="kern-table__row">
              <Cell numeric>{p.rank}</Cell>
              <RowHeader>{partnershipName(d, p.partnership, lang)}</RowHeader>
              <Cell>{s ? label(lang, 'status', s) : DASH}</Cell>
              <Cell numeric>{points(p.score!, lang)}</Cell>
              <Cell numeric>{percent(p.coverage, lang)}</Cell>
              <Cell numeric>{p.spread ? pointsRange(p.spread.min, p.spread.max, lang) : DASH}</Cell>
              <Cell numeric>{acceptability === undefined ? DASH : percent(acceptability, lang)}</Cell>
              <Cell numeric>{expected === undefined ? DASH : decimal(expected, lang, 2)}</Cell>
            </tr>
          );
        })}
      </RoundTable>
    </ResultSection>
  );
}

/** The overall score each ministry's assessors give each partnership. */
export function MinistryTable({ d, lang }: Props) {
  const ministries = d.results.ministries;
  return (
    <ResultSection id="by-ministry" heading={t(lang, 'rrMinistriesHeading')} explain={t(lang, 'rrMinistriesExplain')}>
      <RoundTable
        lang={lang}
        caption={t(lang, 'rrMinistriesHeading')}
        headers={[t(lang, 'partnership'), ...ministries.map((m) => ministryName(d, m))]}
        numeric={ministries.map((_, i) => i + 1)}
      >
        {d.results.partnerships.map((p) => (
          <tr key={p.partnership} className="kern-table__row">
            <RowHeader>{partnershipName(d, p.partnership, lang)}</RowHeader>
            {ministries.map((m) => {
              const score = p.byMinistry[m]?.score;
              return (
                <Cell key={m} numeric>
                  {score === null || score === undefined ? DASH : points(score, lang)}
                </Cell>
              );
            })}
          </tr>
        ))}
      </RoundTable>
    </ResultSection>
  );
}

/** The rank acceptability: a chart where there is one, always the table of probabilities per rank. */
export function RankAcceptability({ d, lang, chart }: Props & { chart?: { svg: string; title: string } | null }) {
  const robustness = d.results.robustness;
  const ranked = d.results.partnerships.filter((p) => p.rank !== null);
  return (
    <ResultSection
      id="acceptability"
      heading={t(lang, 'rrAcceptabilityHeading')}
      explain={t(lang, 'rrAcceptabilityExplain')}
    >
      {!robustness ? (
        <p className="kern-body">{t(lang, 'rrNoRobustness')}</p>
      ) : (
        <>
          {chart ? (
            <figure className="round-chart" dangerouslySetInnerHTML={{ __html: chart.svg }} aria-label={chart.title} />
          ) : null}
          <RoundTable
            lang={lang}
            caption={t(lang, 'rrAcceptabilityHeading')}
            headers={[t(lang, 'partnership'), ...ranked.map((_, i) => fill(t(lang, 'rrRankN'), { n: i + 1 }))]}
            numeric={ranked.map((_, i) => i + 1)}
          >
            {ranked.map((p) => (
              <tr key={p.partnership} className="kern-table__row">
                <RowHeader>{partnershipName(d, p.partnership, lang)}</RowHeader>
                {ranked.map((_, i) => (
                  <Cell key={i} numeric>
                    {percent(robustness.rankAcceptability[p.partnership]?.[i] ?? 0, lang)}
                  </Cell>
                ))}
              </tr>
            ))}
          </RoundTable>
          <p className="kern-body kern-body--small">
            {fill(t(lang, 'rrAcceptabilityMethod'), {
              samples: robustness.samples.toLocaleString(lang === 'en' ? 'en-GB' : 'de-DE'),
              seed: robustness.seed,
              error: percent(robustness.standardErrorBound, lang, 1),
            })}
          </p>
        </>
      )}
    </ResultSection>
  );
}

/** How far each weight may move before the ranking changes, and who swaps at either end. */
export function WeightStabilityTable({ d, lang }: Props) {
  const swap = (pair: [string, string] | null) =>
    pair ? `${partnershipName(d, pair[0], lang)} ↔ ${partnershipName(d, pair[1], lang)}` : t(lang, 'rrNoSwap');
  if (d.results.stability.length === 0) return null;
  return (
    <ResultSection id="stability" heading={t(lang, 'rrStabilityHeading')} explain={t(lang, 'rrStabilityExplain')}>
      <RoundTable
        lang={lang}
        caption={t(lang, 'rrStabilityHeading')}
        headers={[
          t(lang, 'rrCriterion'),
          t(lang, 'rrWeight'),
          t(lang, 'rrStableRange'),
          t(lang, 'rrSwapLower'),
          t(lang, 'rrSwapUpper'),
        ]}
        numeric={[1, 2]}
      >
        {d.results.stability.map((s) => (
          <tr key={s.criterion} className="kern-table__row">
            <RowHeader>{criterionName(d, s.criterion, lang)}</RowHeader>
            <Cell numeric>{percent(s.weight, lang, 1)}</Cell>
            <Cell numeric>
              {percent(s.lower, lang, 1)} – {percent(s.upper, lang, 1)}
            </Cell>
            <Cell>{swap(s.lowerSwap)}</Cell>
            <Cell>{swap(s.upperSwap)}</Cell>
          </tr>
        ))}
      </RoundTable>
    </ResultSection>
  );
}
