import type { StrategyView } from '../../../core/strategy/strategy.presenter.ts';
import { formatPartialDate } from '../../../core/shared/partial-date.ts';
import { label, t, type Language } from '../../../text/i18n.ts';

/** The strategy's structure: goals, then each instrument with its measures (expandable, works without JavaScript). */
export function StrategyOverview({ strategy, lang }: { strategy: StrategyView; lang: Language }) {
  return (
    <section className="section" aria-labelledby="strategy">
      <h2 id="strategy" className="kern-heading-large">
        {t(lang, 'strategyHeading')}
      </h2>
      <p className="kern-body">
        {lang === 'en' ? strategy.titleEn : strategy.title} – {t(lang, 'adoptedOn')}{' '}
        {strategy.adoptedOn ? formatPartialDate(strategy.adoptedOn, lang) : ''}, {strategy.measureCount}{' '}
        {t(lang, 'measures')}
      </p>
      <h3 className="kern-heading-medium">{t(lang, 'goalsHeading')}</h3>
      <ol className="kern-list numbered">
        {strategy.goals.map((g) => (
          <li key={g.key}>{lang === 'en' ? g.titleEn : g.title}</li>
        ))}
      </ol>
      <h3 className="kern-heading-medium">{t(lang, 'instrumentsHeading')}</h3>
      {strategy.instruments.map((i) => (
        <details key={i.numeral} className="kern-accordion">
          <summary className="kern-accordion__header">
            {i.numeral}) {lang === 'en' ? i.titleEn : i.title} – {i.measures.length} {t(lang, 'measures')}
          </summary>
          <div className="kern-accordion__body">
            <ol className="kern-list numbered">
              {i.measures.map((m) => (
                <li key={m.key}>
                  <span lang="de">{m.text}</span> <small>({label(lang, 'commitment', m.commitment)})</small>
                </li>
              ))}
            </ol>
          </div>
        </details>
      ))}
    </section>
  );
}
