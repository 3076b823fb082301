import type { ReactNode } from 'react';
import type { PartnershipEvidence } from '../../../core/rounds/round.types.ts';
import { formatPartialDate, isPartialDate } from '../../../core/shared/partial-date.ts';
import { t, type Language } from '../../../text/i18n.ts';
import { label } from '../../../text/labels.ts';
import { activityHref } from '../../lib/links.ts';
import { fill, formatEuro, formatPeriod } from './round-format.ts';

const day = (value: string | null, lang: Language) =>
  value && isPartialDate(value) ? formatPartialDate(value, lang) : (value ?? '–');

/** A vocabulary value with a label where the vocabulary knows it, otherwise as stored. */
const known = (lang: Language, group: 'validity' | 'activityKind', value: string) =>
  label(lang, group, value as never) ?? value;

function Part({ id, title, children }: { id: string; title: string; children: ReactNode }) {
  return (
    <section className="evidence-part" aria-labelledby={id}>
      <h3 id={id} className="kern-heading-small">
        {title}
      </h3>
      {children}
    </section>
  );
}

function Counts({ lang, items }: { lang: Language; items: { label: string; count: number }[] }) {
  if (!items.length) return <p className="kern-body">{t(lang, 'rndNoneYet')}</p>;
  return (
    <ul className="plain-list evidence-counts">
      {items.map((i) => (
        <li key={i.label} className="kern-body">
          {i.label}: <strong>{i.count}</strong>
        </li>
      ))}
    </ul>
  );
}

/**
 * What the register knows about a partnership for the round's period: activities by goal,
 * instrument and ministry, working-group meetings, agreements with their validity, sectors,
 * stakeholders, money spent and the status history. Shown next to the scoring form.
 */
export function EvidencePanel({ lang, evidence }: { lang: Language; evidence: PartnershipEvidence | null }) {
  return (
    <aside className="evidence-panel" aria-labelledby="evidence-heading">
      <h2 id="evidence-heading" className="kern-heading-medium">
        {t(lang, 'rndEvidence')}
      </h2>
      {evidence ? (
        <EvidenceBody lang={lang} e={evidence} />
      ) : (
        <p className="kern-body">{t(lang, 'rndEvidenceUnavailable')}</p>
      )}
    </aside>
  );
}

function EvidenceBody({ lang, e }: { lang: Language; e: PartnershipEvidence }) {
  const a = e.activities;
  return (
    <>
      <p className="kern-body">
        {t(lang, 'rndEvidenceIntro')} ({formatPeriod(e.period.from, e.period.to, lang)})
      </p>
      <Part id="ev-activities" title={`${t(lang, 'rndActivities')}: ${a.total}`}>
        <h4 className="kern-body kern-body--bold">{t(lang, 'rndByGoal')}</h4>
        <Counts lang={lang} items={a.byGoal.map((g) => ({ label: `${g.key} – ${g.title}`, count: g.count }))} />
        <h4 className="kern-body kern-body--bold">{t(lang, 'rndByInstrument')}</h4>
        <Counts
          lang={lang}
          items={a.byInstrument.map((i) => ({ label: `${i.numeral}) ${i.title}`, count: i.count }))}
        />
        <h4 className="kern-body kern-body--bold">{t(lang, 'rndByMinistry')}</h4>
        <Counts lang={lang} items={a.byMinistry.map((m) => ({ label: m.name, count: m.count }))} />
        {a.recent.length ? (
          <>
            <h4 className="kern-body kern-body--bold">{t(lang, 'rndRecent')}</h4>
            <ul className="plain-list">
              {a.recent.map((r) => (
                <li key={r.id} className="kern-body">
                  <a className="kern-link" href={activityHref(r.id, lang)}>
                    {r.title}
                  </a>{' '}
                  ({known(lang, 'activityKind', r.kind)}, {day(r.startsOn, lang)})
                </li>
              ))}
            </ul>
          </>
        ) : null}
      </Part>
      <Part id="ev-groups" title={t(lang, 'rndWorkingGroups')}>
        {e.workingGroups.length ? (
          <ul className="plain-list">
            {e.workingGroups.map((g) => (
              <li key={g.name} className="kern-body">
                {g.name}: {g.meetings} {t(lang, 'rndMeetings')}
                {g.lastMeeting ? `, ${t(lang, 'rndLastMeeting')} ${day(g.lastMeeting, lang)}` : ''}
              </li>
            ))}
          </ul>
        ) : (
          <p className="kern-body">{t(lang, 'rndNoneYet')}</p>
        )}
      </Part>
      <Part id="ev-agreements" title={t(lang, 'rndAgreements')}>
        {e.agreements.length ? (
          <ul className="plain-list">
            {e.agreements.map((g) => (
              <li key={g.key} className="kern-body">
                {g.title} ({day(g.signedOn, lang)}
                {g.expiresOn ? ` – ${day(g.expiresOn, lang)}` : ''}; {known(lang, 'validity', g.validity)})
              </li>
            ))}
          </ul>
        ) : (
          <p className="kern-body">{t(lang, 'rndNoneYet')}</p>
        )}
      </Part>
      <Part id="ev-sectors" title={t(lang, 'rndSectors')}>
        {e.sectors.length ? (
          <ul className="plain-list">
            {e.sectors.map((s) => (
              <li key={s.key} className="kern-body">
                {s.name}
                {s.priority ? (
                  <>
                    {' '}
                    <span className="kern-badge kern-badge--success">
                      <span className="kern-label kern-label--small">{t(lang, 'rndPriority')}</span>
                    </span>
                  </>
                ) : null}
              </li>
            ))}
          </ul>
        ) : (
          <p className="kern-body">{t(lang, 'rndNoneYet')}</p>
        )}
      </Part>
      <Part id="ev-stakeholders" title={t(lang, 'rndStakeholders')}>
        <Counts lang={lang} items={e.stakeholders.map((s) => ({ label: s.name, count: s.activities }))} />
      </Part>
      <Part id="ev-spent" title={t(lang, 'rndSpent')}>
        <p className="kern-body">
          <strong>{formatEuro(e.spentCents, lang)}</strong>
          <br />
          <span className="kern-body--small">{fill(t(lang, 'rndSpentBasis'), { n: e.activitiesWithAmount })}</span>
        </p>
      </Part>
      <Part id="ev-status" title={t(lang, 'rndStatusHistory')}>
        <ol className="plain-list">
          {e.statusHistory.map((s, i) => (
            <li key={i} className="kern-body">
              {day(s.effectiveOn, lang)}: {s.from ? `${label(lang, 'status', s.from)} → ` : ''}
              {label(lang, 'status', s.to)}
              {s.reason ? (
                <>
                  {' '}
                  – <span lang="de">{s.reason}</span>
                </>
              ) : null}
            </li>
          ))}
        </ol>
      </Part>
    </>
  );
}
