import type { ReactNode } from 'react';
import type { MeasureDetailView } from '../../../core/measures/measure.presenter.ts';
import { label, t, type Language, type MessageKey } from '../../../text/i18n.ts';
import { measureStatusLabel } from '../../../text/measures.messages.ts';
import { CitationBlock, Citations } from '../../components/citation.tsx';
import { ProgressText, reportDay } from '../../components/measure-table.tsx';
import { FactRows } from '../../components/fact-rows.tsx';

type Titled = { title: string; titleEn: string };

/** The measure's wording with its source, and everything stored about it as terms and descriptions. */
export function MeasureFacts(props: {
  lang: Language;
  m: MeasureDetailView;
  instrument: Titled & { numeral: string };
  subArea: Titled | null;
  goals: (Titled & { key: string })[];
}) {
  const { lang, m } = props;
  const title = (x: Titled) => (lang === 'en' ? x.titleEn : x.title);
  const goals = props.goals.filter((g) => m.goals.includes(g.key));
  const progress =
    m.status === 'discontinued' ? (
      t(lang, 'progressDiscontinued')
    ) : m.progress ? (
      <ProgressText lang={lang} progress={m.progress} />
    ) : (
      t(lang, 'progressNone')
    );
  const rows: [MessageKey, ReactNode][] = [
    ['instrument', `${props.instrument.numeral}) ${title(props.instrument)}`],
    ...(props.subArea ? ([['subArea', title(props.subArea)]] as [MessageKey, ReactNode][]) : []),
    ['commitment', label(lang, 'commitment', m.commitment)],
    ['budgetReservation', t(lang, m.budgetReservation ? 'budgetReservationYes' : 'budgetReservationNo')],
    [
      'lead',
      m.leadOrganisation ? (
        <span lang="de">
          {m.leadOrganisation.abbreviation ? `${m.leadOrganisation.abbreviation} – ` : ''}
          {m.leadOrganisation.name}
        </span>
      ) : (
        t(lang, 'noLeadYet')
      ),
    ],
    [
      'goals',
      goals.length ? (
        <ul className="plain-list">
          {goals.map((g) => (
            <li key={g.key}>
              {g.key} – {title(g)}
            </li>
          ))}
        </ul>
      ) : (
        t(lang, 'noGoalsYet')
      ),
    ],
    ['status', measureStatusLabel(lang, m.status)],
    ['progress', progress],
  ];
  if ('statusUpdatedAt' in m) rows.push(['lastReport', reportDay(m.statusUpdatedAt, lang)]);
  if ('statusNote' in m && m.statusNote) rows.push(['statusNote', <span lang="de">{m.statusNote}</span>]);
  if ('reportCitations' in m && m.reportCitations.length)
    rows.push(['reportSources', <Citations list={m.reportCitations} lang={lang} />]);
  return (
    <section className="section" aria-labelledby="measure-facts">
      <h2 id="measure-facts" className="kern-heading-large">
        {t(lang, 'measureFactsHeading')}
      </h2>
      {/* The wording is the cited passage itself; it is shown once, with its source. */}
      {m.citation?.quote !== m.text ? (
        <p className="kern-body measure-wording" lang="de">
          {m.text}
        </p>
      ) : null}
      {m.citation ? <CitationBlock c={m.citation} lang={lang} /> : null}
      {'stale' in m && m.stale ? (
        <div className="kern-alert kern-alert--warning" role="status">
          <div className="kern-alert__body">
            <p className="kern-body">{t(lang, 'staleWarning')}</p>
          </div>
        </div>
      ) : null}
      <dl className="facts kern-body">
        <FactRows rows={rows} lang={lang} />
        {m.footnote ? (
          <>
            <dt>{t(lang, 'footnote')}</dt>
            <dd lang="de">{m.footnote}</dd>
          </>
        ) : null}
      </dl>
    </section>
  );
}
