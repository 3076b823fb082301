import type { RoundSummary } from '../../../core/rounds/round.types.ts';
import { label, t, type Language } from '../../../text/i18n.ts';
import { fill, formatDay, formatPeriod } from './round-format.ts';
import { roundHref } from './round-links.ts';
import { isLocked } from '../../../core/rounds/round-phases.ts';

/** What a round is: occasion, phase, period, deadlines, scale, weighting and the rounds it relates to. */
export function RoundFacts(props: { lang: Language; round: RoundSummary; partnerships: number; criteria: number }) {
  const { lang, round: r } = props;
  return (
    <section className="section" aria-labelledby="round-facts">
      <h2 id="round-facts" className="kern-heading-large">
        {t(lang, 'rndFacts')}
      </h2>
      <dl className="facts kern-body">
        <dt>{t(lang, 'rndPhase')}</dt>
        <dd>{label(lang, 'roundStatus', r.status)}</dd>
        <dt>{t(lang, 'rndOccasion')}</dt>
        <dd>{label(lang, 'roundOccasion', r.occasion)}</dd>
        <dt>{t(lang, 'rndPeriod')}</dt>
        <dd>{formatPeriod(r.periodFrom, r.periodTo, lang)}</dd>
        <dt>{t(lang, 'rndScoringDeadline')}</dt>
        <dd>{formatDay(r.scoringDeadline, lang)}</dd>
        <dt>{t(lang, 'rndReportDeadline')}</dt>
        <dd>{r.reportDeadline ? formatDay(r.reportDeadline, lang) : t(lang, 'none')}</dd>
        <dt>{t(lang, 'rndPartnershipCount')}</dt>
        <dd>{props.partnerships}</dd>
        <dt>{t(lang, 'rndCriteria')}</dt>
        <dd>{props.criteria}</dd>
        <dt>{t(lang, 'rndScale')}</dt>
        <dd>
          {r.scaleMin} – {r.scaleMax}
        </dd>
        <dt>{t(lang, 'rndWeightMethod')}</dt>
        <dd>{label(lang, 'weightMethod', r.weightMethod)}</dd>
        <dt>{t(lang, 'rndPreviousRound')}</dt>
        <dd>
          {r.previousRound ? (
            <a className="kern-link" href={roundHref(r.previousRound.key, lang)}>
              {r.previousRound.name}
            </a>
          ) : (
            t(lang, 'none')
          )}
        </dd>
        <dt>{t(lang, 'rndSeed')}</dt>
        <dd>{r.smaa.seed}</dd>
      </dl>
    </section>
  );
}

/** The notes a round carries once closed or when it corrects (or was corrected by) another. */
export function RoundNotes({ lang, round: r }: { lang: Language; round: RoundSummary }) {
  if (!isLocked(r) && !r.correctsRound && !r.correctedBy) return null;
  return (
    <div className="kern-alert kern-alert--info" role="note">
      <div className="kern-alert__body">
        {isLocked(r) ? (
          <p className="kern-body">
            {t(lang, 'rndClosedNote')}
            {r.closedAt ? ` (${formatDay(r.closedAt, lang)})` : ''}
          </p>
        ) : null}
        {r.correctsRound ? (
          <p className="kern-body">
            {t(lang, 'rndCorrectionNote')}{' '}
            <a className="kern-link" href={roundHref(r.correctsRound.key, lang)}>
              {r.correctsRound.name}
            </a>
            .
          </p>
        ) : null}
        {r.correctedBy ? (
          <p className="kern-body">
            {t(lang, 'rndCorrectedNote')}{' '}
            <a className="kern-link" href={roundHref(r.correctedBy.key, lang)}>
              {r.correctedBy.name}
            </a>
            .
          </p>
        ) : null}
      </div>
    </div>
  );
}

/** The reminders a ministry has been sent in a round, newest first. */
export function ReminderList(props: {
  lang: Language;
  reminders: { ministry: string; message: string; sentAt: string }[];
}) {
  const { lang, reminders } = props;
  if (!reminders.length) return null;
  return (
    <section className="section" aria-labelledby="round-reminders">
      <h2 id="round-reminders" className="kern-heading-large">
        {t(lang, 'rndReminders')}
      </h2>
      <ul className="plain-list">
        {reminders.map((r, i) => (
          <li key={i} className="entry">
            <p className="kern-body kern-body--bold">
              <time dateTime={r.sentAt}>{formatDay(r.sentAt, lang)}</time>
            </p>
            <p className="kern-body preserve-lines" lang="de">
              {r.message}
            </p>
          </li>
        ))}
      </ul>
    </section>
  );
}

/** The default text of a reminder: the round's name and its scoring deadline. */
export const reminderText = (lang: Language, round: RoundSummary): string =>
  fill(t(lang, 'rndReminderText'), { name: round.name, deadline: formatDay(round.scoringDeadline, lang) });
