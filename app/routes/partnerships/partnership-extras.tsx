import type { PartnershipDetailView } from '../../../core/partnerships/partnership.presenter.ts';
import { formatPartialDate } from '../../../core/shared/partial-date.ts';
import { label, t, type Language } from '../../../text/i18n.ts';
import { measureHref } from '../../lib/links.ts';
import { ActivityLinks } from '../../components/activity-links.tsx';
import { ClaimedCitations, Citations } from '../../components/citation.tsx';

type Props = { p: PartnershipDetailView; lang: Language };

function Section({ id, title, children }: { id: string; title: string; children: React.ReactNode }) {
  return (
    <section className="section" aria-labelledby={id}>
      <h2 id={id} className="kern-heading-large">
        {title}
      </h2>
      {children}
    </section>
  );
}

/** Working groups with their purpose, the agreement that set them up, and their meetings. */
export function WorkingGroups({ p, lang }: Props) {
  const titles = new Map(p.agreements.map((a) => [a.key, a.title]));
  return (
    <Section id="working-groups" title={t(lang, 'workingGroupsHeading')}>
      {p.workingGroups.length ? (
        <ul className="plain-list">
          {p.workingGroups.map((g) => (
            <li key={g.key} className="entry">
              <p className="kern-body kern-body--bold" lang="de">
                {g.name}
              </p>
              {g.purpose ? (
                <p className="kern-body" lang="de">
                  {g.purpose}
                </p>
              ) : null}
              {g.establishedBy ? (
                <p className="kern-body">
                  {t(lang, 'establishedBy')}: <span lang="de">{titles.get(g.establishedBy) ?? g.establishedBy}</span>
                </p>
              ) : null}
              <p className="kern-body">
                {t(lang, 'lastMeeting')}:{' '}
                {g.lastMeetingOn ? formatPartialDate(g.lastMeetingOn, lang) : t(lang, 'noMeetingRecorded')}
                {g.meetingOverdue ? (
                  <>
                    {' '}
                    <span className="kern-badge kern-badge--warning">
                      <span className="kern-label kern-label--small">{t(lang, 'meetingOverdue')}</span>
                    </span>
                  </>
                ) : null}
              </p>
              {g.meetings.length ? (
                <>
                  <h3 className="kern-heading-small">{t(lang, 'meetings')}</h3>
                  <ActivityLinks items={g.meetings} lang={lang} />
                </>
              ) : null}
              <Citations list={g.citations} lang={lang} />
            </li>
          ))}
        </ul>
      ) : (
        <p className="kern-body">{t(lang, 'noEntries')}</p>
      )}
    </Section>
  );
}

/** Activities of the partnership, in the order they took place (undated last). */
export function Activities({ p, lang }: Props) {
  return (
    <Section id="activities" title={t(lang, 'activitiesHeading')}>
      {p.activities.length ? (
        <ActivityLinks items={p.activities} lang={lang} />
      ) : (
        <p className="kern-body">{t(lang, 'noEntries')}</p>
      )}
    </Section>
  );
}

/** The strategy's measures the partnership serves through its activities. */
export function MeasuresServed({ p, lang }: Props) {
  return (
    <Section id="measures-served" title={t(lang, 'measuresServedHeading')}>
      <p className="kern-body">{t(lang, 'measuresServedIntro')}</p>
      {p.measuresServed.length ? (
        <ul className="plain-list">
          {p.measuresServed.map((m) => (
            <li key={m.key} className="entry kern-body">
              <a className="kern-link kern-body--bold" href={measureHref(m.key, lang)}>
                {m.key}
              </a>{' '}
              <span lang="de">{m.text}</span>
            </li>
          ))}
        </ul>
      ) : (
        <p className="kern-body">{t(lang, 'noEntries')}</p>
      )}
    </Section>
  );
}

/** Where the sources disagree: each conflict with every claim and the passage it rests on. */
export function Conflicts({ p, lang }: Props) {
  if (!p.conflicts.length) return null;
  return (
    <Section id="conflicts" title={t(lang, 'conflictsHeading')}>
      <p className="kern-body">{t(lang, 'conflictsIntro')}</p>
      {p.conflicts.map((c) => (
        <article key={c.key} className="entry" aria-labelledby={`conflict-${c.key}`}>
          <h3 id={`conflict-${c.key}`} className="kern-heading-medium">
            <span lang="de">{c.topic}</span> ({label(lang, 'conflictStatus', c.status)})
          </h3>
          <p className="kern-body" lang="de">
            {c.summary}
          </p>
          <h4 className="kern-heading-small">{t(lang, 'claims')}</h4>
          <ul className="plain-list stack">
            {c.claims.map((cl, i) => (
              <li key={i}>
                <p className="kern-body" lang="de">
                  {cl.statement}
                </p>
                <Citations list={cl.citations} lang={lang} />
              </li>
            ))}
          </ul>
        </article>
      ))}
    </Section>
  );
}

/** Every citation of the partnership record itself: which claim, then document, locator and passage (stacked, so it reads on a phone). */
export function AllCitations({ p, lang }: Props) {
  return (
    <Section id="citations" title={t(lang, 'citationsHeading')}>
      <ClaimedCitations list={p.citations} lang={lang} />
    </Section>
  );
}
