import type { PartnershipDetailView } from '../../../core/partnerships/partnership.presenter.ts';
import { formatPartialDate } from '../../../core/shared/partial-date.ts';
import { label, t, type Language } from '../../../text/i18n.ts';
import { Citations } from '../../components/citation.tsx';
import { StatusBadge } from '../../components/status-badge.tsx';
import { agreementHref } from '../../lib/agreement-links.ts';
import { agreementAlertSentence } from '../../../text/agreement-alert-wording.ts';

const date = (value: string | null, lang: Language) => (value ? formatPartialDate(value, lang) : t(lang, 'undated'));

/** A warning for each agreement that has run out (or runs out within 90 days) with no renewal recorded. */
function AgreementAlerts({ p, lang }: { p: PartnershipDetailView; lang: Language }) {
  return p.agreementAlerts.map((alert) => {
    const sentence = agreementAlertSentence(lang, alert);
    return (
      <div key={alert.key} className="kern-alert kern-alert--warning" role="status">
        <div className="kern-alert__header">
          <span className="kern-icon kern-icon--warning" aria-hidden="true" />
          <span className="kern-title">
            {t(lang, alert.kind === 'expired' ? 'agreementAlertHeading' : 'agreementAlertSoonHeading')}
          </span>
        </div>
        <div className="kern-alert__body">
          <p className="kern-body">
            {sentence.before}{' '}
            <a className="kern-link in-text" href={agreementHref(alert.key, lang)} lang="de">
              {alert.title}
            </a>{' '}
            {sentence.after} {t(lang, 'agreementAlertNoRenewal')}
          </p>
        </div>
      </div>
    );
  });
}

/** Kind, status, since, partner places with ISO codes, lead ministry and sectors; first, any agreement that ran out. */
export function PartnershipFacts({ p, lang }: { p: PartnershipDetailView; lang: Language }) {
  return (
    <section className="section" aria-labelledby="facts">
      <h2 id="facts" className="kern-heading-large">
        {t(lang, 'factsHeading')}
      </h2>
      <AgreementAlerts p={p} lang={lang} />
      <dl className="facts kern-body">
        <dt>{t(lang, 'status')}</dt>
        <dd>
          <StatusBadge
            status={p.status}
            lang={lang}
            agreementExpired={p.agreementAlerts.some((a) => a.kind === 'expired')}
          />
        </dd>
        <dt>{t(lang, 'kind')}</dt>
        <dd>{label(lang, 'kind', p.kind)}</dd>
        <dt>{t(lang, 'since')}</dt>
        <dd>{p.since ? formatPartialDate(p.since, lang) : t(lang, 'unknown')}</dd>
        <dt>{t(lang, 'partnerPlaces')}</dt>
        <dd>
          {p.places
            .map((pl) => `${lang === 'en' ? pl.nameEn : pl.name} (${pl.iso ?? t(lang, 'noIsoCode')})`)
            .join(', ')}
        </dd>
        <dt>{t(lang, 'lead')}</dt>
        <dd>
          {p.leadOrganisation
            ? `${p.leadOrganisation.name}${p.leadOrganisation.abbreviation ? ` (${p.leadOrganisation.abbreviation})` : ''}`
            : t(lang, 'unknown')}
        </dd>
        <dt>{t(lang, 'sectors')}</dt>
        <dd>
          {p.sectors.length ? p.sectors.map((s) => (lang === 'en' ? s.nameEn : s.name)).join(', ') : t(lang, 'none')}
        </dd>
        <dt>{t(lang, 'openConflicts')}</dt>
        <dd>{p.openConflicts}</dd>
      </dl>
    </section>
  );
}

/** Every status change, oldest first: when, from what to what, why, and the passage it rests on. */
export function StatusHistory({ p, lang }: { p: PartnershipDetailView; lang: Language }) {
  return (
    <section className="section" aria-labelledby="status-history">
      <h2 id="status-history" className="kern-heading-large">
        {t(lang, 'statusHistoryHeading')}
      </h2>
      <p className="kern-body">{t(lang, 'statusHistoryIntro')}</p>
      <ol className="plain-list">
        {p.statusHistory.map((h) => (
          <li key={h.sequence} className="entry">
            <p className="kern-body kern-body--bold">
              {date(h.effectiveOn, lang)}: {h.from ? `${label(lang, 'status', h.from)} → ` : ''}
              {label(lang, 'status', h.to)}
            </p>
            <p className="kern-body">
              {t(lang, 'reason')}: <span lang="de">{h.reason}</span>
            </p>
            <Citations list={h.citations} lang={lang} />
            {h.evaluationRound ? (
              <p className="kern-body--small">
                {t(lang, 'rrSourceRound')}{' '}
                <a
                  className="kern-link"
                  href={`/evaluierung/${encodeURIComponent(h.evaluationRound.key)}/ergebnisse${lang === 'en' ? '?lang=en' : ''}`}
                >
                  {h.evaluationRound.name}
                </a>
              </p>
            ) : null}
          </li>
        ))}
      </ol>
    </section>
  );
}
