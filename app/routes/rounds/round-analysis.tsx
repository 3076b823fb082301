import { t, type Language } from '../../../text/i18n.ts';
import type { PageDossier } from './round-dossier-loader.ts';
import {
  alphaReading,
  criterionName,
  decimal,
  ministryName,
  partnershipName,
  points,
  roundHref,
} from './round-format.ts';
import { Cell, ResultSection, RoundTable, RowHeader } from './round-table.tsx';

type Props = { d: PageDossier; lang: Language };
const DASH = '–';
const READING = { good: 'rrAgreementGood', tentative: 'rrAgreementTentative', low: 'rrAgreementLow' } as const;

/** Krippendorff's alpha per criterion with its plain reading, or why it cannot be determined. */
export function AgreementTable({ d, lang }: Props) {
  return (
    <ResultSection id="agreement" heading={t(lang, 'rrAgreementHeading')} explain={t(lang, 'rrAgreementExplain')}>
      <RoundTable
        lang={lang}
        caption={t(lang, 'rrAgreementHeading')}
        headers={[t(lang, 'rrCriterion'), t(lang, 'rrAlpha'), t(lang, 'rrReading'), t(lang, 'rrPairable')]}
        numeric={[1, 3]}
      >
        {d.criteria.map((c) => {
          const a = d.results.agreement[c.key];
          const reading = alphaReading(a?.alpha ?? null);
          return (
            <tr key={c.key} className="kern-table__row">
              <RowHeader>{criterionName(d, c.key, lang)}</RowHeader>
              <Cell numeric>{a?.alpha === null || !a ? DASH : decimal(a.alpha, lang, 3)}</Cell>
              <Cell>
                {reading
                  ? t(lang, READING[reading])
                  : `${t(lang, 'rrAgreementNone')}: ${t(lang, !a || a.pairableUnits === 0 ? 'rrAgreementNoPairs' : 'rrAgreementAllEqual')}`}
              </Cell>
              <Cell numeric>{a?.pairableValues ?? 0}</Cell>
            </tr>
          );
        })}
      </RoundTable>
    </ResultSection>
  );
}

/** The comparison with the previous round: correlations, movements, who entered and left. */
export function ComparisonSection({ d, lang }: Props) {
  const c = d.results.comparison;
  const previous = d.round.previousRound;
  const corr = (v: number | null) => (v === null ? t(lang, 'rrNotComputable') : decimal(v, lang, 3));
  return (
    <ResultSection id="comparison" heading={t(lang, 'rrComparisonHeading')} explain={t(lang, 'rrComparisonExplain')}>
      {!c || !previous ? (
        <p className="kern-body">{t(lang, 'rrNoComparison')}</p>
      ) : (
        <>
          <dl className="facts kern-body">
            <dt>{t(lang, 'rrPreviousRound')}</dt>
            <dd>
              <a className="kern-link" href={roundHref(previous.key, lang, '/ergebnisse')}>
                {previous.name}
              </a>
            </dd>
            <dt>{t(lang, 'rrCommon')}</dt>
            <dd>{c.common}</dd>
            <dt>{t(lang, 'rrTau')}</dt>
            <dd>{corr(c.kendallTauB)}</dd>
            <dt>{t(lang, 'rrRho')}</dt>
            <dd>{corr(c.spearmanRho)}</dd>
          </dl>
          {c.movements.length ? (
            <RoundTable
              lang={lang}
              caption={t(lang, 'rrComparisonHeading')}
              headers={[t(lang, 'partnership'), t(lang, 'rrPreviousRank'), t(lang, 'rrRank'), t(lang, 'rrChange')]}
              numeric={[1, 2, 3]}
            >
              {c.movements.map((m) => (
                <tr key={m.partnership} className="kern-table__row">
                  <RowHeader>{partnershipName(d, m.partnership, lang)}</RowHeader>
                  <Cell numeric>{m.previousRank}</Cell>
                  <Cell numeric>{m.rank}</Cell>
                  <Cell numeric>{m.change === 0 ? '±0' : m.change > 0 ? `+${m.change}` : `−${-m.change}`}</Cell>
                </tr>
              ))}
            </RoundTable>
          ) : null}
          {c.entered.length ? (
            <p className="kern-body">
              {t(lang, 'rrEntered')}:{' '}
              {c.entered
                .map((e) => `${partnershipName(d, e.partnership, lang)} (${t(lang, 'rrRank')} ${e.rank})`)
                .join(', ')}
            </p>
          ) : null}
          {c.left.length ? (
            <p className="kern-body">
              {t(lang, 'rrLeft')}:{' '}
              {c.left.map((e) => `${e.partnership} (${t(lang, 'rrPreviousRank')} ${e.previousRank})`).join(', ')}
            </p>
          ) : null}
        </>
      )}
    </ResultSection>
  );
}

/** Partnerships without a complete score: never ranked, with the criteria nobody scored. */
export function UnscoredSection({ d, lang }: Props) {
  const unscored = d.results.partnerships.filter((p) => p.score === null);
  if (unscored.length === 0) return null;
  return (
    <ResultSection id="unscored" heading={t(lang, 'rrUnscoredHeading')} explain={t(lang, 'rrUnscoredExplain')}>
      <RoundTable
        lang={lang}
        caption={t(lang, 'rrUnscoredHeading')}
        headers={[t(lang, 'partnership'), t(lang, 'rrMissingCriteria'), t(lang, 'rrPartialScore')]}
        numeric={[2]}
      >
        {unscored.map((p) => (
          <tr key={p.partnership} className="kern-table__row">
            <RowHeader>{partnershipName(d, p.partnership, lang)}</RowHeader>
            <Cell>{p.missingCriteria.map((c) => criterionName(d, c, lang)).join('; ')}</Cell>
            <Cell numeric>{p.partialScore === null ? DASH : points(p.partialScore, lang)}</Cell>
          </tr>
        ))}
      </RoundTable>
    </ResultSection>
  );
}

/** Per partnership the mean score per criterion, overall and per ministry, on the round's scale. */
export function ProfilesSection({
  d,
  lang,
  charts,
}: Props & { charts?: Record<string, { svg: string; title: string }> }) {
  const ministries = d.results.ministries;
  const mean = (v: number | null | undefined) => (v === null || v === undefined ? DASH : decimal(v, lang, 2));
  return (
    <ResultSection id="profiles" heading={t(lang, 'rrProfilesHeading')} explain={t(lang, 'rrProfilesExplain')}>
      {d.results.partnerships.map((p) => {
        const name = partnershipName(d, p.partnership, lang);
        const chart = charts?.[p.partnership];
        return (
          <div key={p.partnership} className="section-tight">
            <h3 className="kern-heading-medium" id={`profile-${p.partnership}`}>
              {name}
            </h3>
            {chart ? (
              <figure
                className="round-chart"
                dangerouslySetInnerHTML={{ __html: chart.svg }}
                aria-label={chart.title}
              />
            ) : null}
            <RoundTable
              lang={lang}
              caption={`${t(lang, 'rrProfilesHeading')}: ${name}`}
              headers={[
                t(lang, 'rrCriterion'),
                t(lang, 'rrAllMinistries'),
                ...ministries.map((m) => ministryName(d, m)),
              ]}
              numeric={[1, ...ministries.map((_, i) => i + 2)]}
            >
              {d.criteria.map((c) => (
                <tr key={c.key} className="kern-table__row">
                  <RowHeader>{criterionName(d, c.key, lang)}</RowHeader>
                  <Cell numeric>{mean(p.byCriterion[c.key]?.onScale)}</Cell>
                  {ministries.map((m) => (
                    <Cell key={m} numeric>
                      {mean(p.byMinistry[m]?.byCriterion[c.key]?.onScale)}
                    </Cell>
                  ))}
                </tr>
              ))}
            </RoundTable>
          </div>
        );
      })}
    </ResultSection>
  );
}
