import { formatEuro } from '../../../core/activities/money.ts';
import type { ActivityDetail } from '../../../db/activities/activity-details.queries.ts';
import { activityDates } from '../../lib/activity-format.ts';
import { label, t, type Language } from '../../../text/i18n.ts';
import { measureHref, partnershipHref } from '../../lib/links.ts';
import { ClaimedCitations } from '../../components/citation.tsx';
import { FactRows } from '../../components/fact-rows.tsx';

type Props = { a: ActivityDetail; lang: Language };

const orgName = (o: { name: string; abbreviation: string | null }) =>
  o.abbreviation ? `${o.abbreviation} – ${o.name}` : o.name;

/** Everything stored about an activity, as a list of terms and descriptions. */
export function ActivityFacts({ a, lang }: Props) {
  const none = t(lang, 'none');
  const euro = (cents: number | null) => (cents === null ? none : formatEuro(cents, lang));
  const rows: [Parameters<typeof t>[1], React.ReactNode][] = [
    ['kind', label(lang, 'activityKind', a.kind)],
    ['dates', activityDates(a, lang)],
    ['status', label(lang, 'activityStatus', a.status)],
    ['visibility', label(lang, 'visibility', a.visibility)],
    ['organiser', a.organiser ? <span lang="de">{orgName(a.organiser)}</span> : none],
    [
      'partnership',
      a.partnership ? (
        <a className="kern-link" href={partnershipHref(a.partnership.key, lang)}>
          {lang === 'en' ? a.partnership.nameEn : a.partnership.name}
        </a>
      ) : (
        none
      ),
    ],
    [
      'placesLabel',
      a.places.length
        ? a.places.map((p) => `${lang === 'en' ? p.nameEn : p.name} (${p.iso ?? t(lang, 'noIsoCode')})`).join(', ')
        : none,
    ],
    ['participants', a.participants.length ? <span lang="de">{a.participants.map(orgName).join('; ')}</span> : none],
    ['workingGroupLabel', a.workingGroup ? <span lang="de">{a.workingGroup.name}</span> : none],
    ['sectors', a.sectors.length ? a.sectors.map((s) => (lang === 'en' ? s.nameEn : s.name)).join(', ') : none],
    [
      'activityInstruments',
      a.instruments.length
        ? a.instruments.map((i) => `${i.numeral}) ${lang === 'en' ? i.titleEn : i.title}`).join('; ')
        : none,
    ],
    ['activityGoals', a.goals.length ? a.goals.map((g) => (lang === 'en' ? g.titleEn : g.title)).join('; ') : none],
    [
      'activityMeasures',
      a.measures.length ? (
        <ul className="plain-list">
          {a.measures.map((m) => (
            <li key={m.key}>
              <a className="kern-link kern-body--bold" href={measureHref(m.key, lang)}>
                {m.key}
              </a>{' '}
              <span lang="de">{m.text}</span>
            </li>
          ))}
        </ul>
      ) : (
        none
      ),
    ],
    ['budgetPlanned', euro(a.budgetPlannedCents)],
    ['budgetActual', euro(a.budgetActualCents)],
  ];
  return (
    <section className="section" aria-labelledby="activity-facts">
      <h2 id="activity-facts" className="kern-heading-large">
        {t(lang, 'factsHeading')}
      </h2>
      <dl className="facts kern-body">
        <FactRows rows={rows} lang={lang} />
      </dl>
      {a.description ? (
        <>
          <h3 className="kern-heading-medium">{t(lang, 'description')}</h3>
          <p className="kern-body" lang="de">
            {a.description}
          </p>
        </>
      ) : null}
      {a.outcome ? (
        <>
          <h3 className="kern-heading-medium">{t(lang, 'outcome')}</h3>
          <p className="kern-body" lang="de">
            {a.outcome}
          </p>
        </>
      ) : null}
    </section>
  );
}

/** The passages the activity rests on, each with the claim it supports. */
export function ActivityCitations({ a, lang }: Props) {
  if (!a.citations.length) return null;
  return (
    <section className="section" aria-labelledby="activity-citations">
      <h2 id="activity-citations" className="kern-heading-large">
        {t(lang, 'activityCitations')}
      </h2>
      <ClaimedCitations list={a.citations} lang={lang} />
    </section>
  );
}
