import type { MeasureView } from '../../core/measures/measure.presenter.ts';
import { berlinDay } from '../../core/shared/clock.ts';
import { formatPartialDate } from '../../core/shared/partial-date.ts';
import { label, t, type Language } from '../../text/i18n.ts';
import { measureHref } from '../lib/links.ts';
import { measureStatusLabel, percentText } from '../../text/measures.messages.ts';
import { ScrollTable } from './scroll-table.tsx';

/** "50 % (Standard für den Status)", "35 % (angegeben)", or a dash when there is no progress. */
export function ProgressText({ lang, progress }: { lang: Language; progress: MeasureView['progress'] }) {
  if (!progress) return <>{t(lang, 'none')}</>;
  return (
    <>
      {percentText(lang, progress.percent)}{' '}
      <small>({t(lang, progress.source === 'stated' ? 'progressStated' : 'progressDefault')})</small>
    </>
  );
}

/** The day of the last report (Europe/Berlin), or "never". */
export const reportDay = (iso: string | null | undefined, lang: Language): string =>
  iso ? formatPartialDate(berlinDay(new Date(iso)), lang) : t(lang, 'neverReported');

/** The measures of one instrument or sub-area: number (linked), wording with its source, and the status report. */
export function MeasureTable(props: { lang: Language; caption: string; measures: MeasureView[]; internal: boolean }) {
  const { lang, measures, internal } = props;
  const columns = [
    'measureKey',
    'measureText',
    'commitment',
    'lead',
    'status',
    'progress',
    ...(internal ? (['lastReport'] as const) : []),
  ] as const;
  return (
    <ScrollTable lang={lang} caption={props.caption} columns={columns}>
      {measures.map((m) => (
        <tr key={m.key} className="kern-table__row">
          <th scope="row" className="kern-table__header measure-key">
            <a className="kern-link" href={measureHref(m.key, lang)}>
              {m.key}
            </a>
          </th>
          <td className="kern-table__cell measure-text">
            <span lang="de">{m.text}</span>
            {m.citation ? (
              <small className="measure-source">
                {t(lang, 'measureSource')}: <cite lang="de">{m.citation.sourceTitle}</cite>,{' '}
                <span lang="de">{m.citation.locator}</span>
              </small>
            ) : null}
          </td>
          <td className="kern-table__cell">{label(lang, 'commitment', m.commitment)}</td>
          <td className="kern-table__cell">
            {m.leadOrganisation ? (
              <abbr title={m.leadOrganisation.name} lang="de">
                {m.leadOrganisation.abbreviation ?? m.leadOrganisation.name}
              </abbr>
            ) : (
              t(lang, 'noLeadYet')
            )}
          </td>
          <td className="kern-table__cell">{measureStatusLabel(lang, m.status)}</td>
          <td className="kern-table__cell">
            <ProgressText lang={lang} progress={m.progress} />
          </td>
          {internal ? (
            <td className="kern-table__cell">
              {'statusUpdatedAt' in m ? reportDay(m.statusUpdatedAt, lang) : null}
              {'stale' in m && m.stale ? (
                <>
                  <br />
                  <strong className="stale-mark">{t(lang, 'staleMark')}</strong>
                </>
              ) : null}
            </td>
          ) : null}
        </tr>
      ))}
    </ScrollTable>
  );
}
