import { Fragment } from 'react';
import type { ReferenceName } from '../../core/history/history-references.ts';
import type { HistoryType } from '../../core/history/history-subjects.ts';
import { actionLabel, entryCount, fieldLabel, formatHistoryValue } from '../lib/history-format.ts';
import { t, type Language } from '../../text/i18n.ts';

export interface HistoryEntry {
  at: string;
  actor: string;
  action: string;
  /** Each changed field; `names` names the records its values name by key. */
  changes: { field: string; from: unknown; to: unknown; names?: Record<string, ReferenceName> }[];
}

/** Fields holding text as written (in German), not vocabulary the page translates. */
const FREE_TEXT = new Set([
  'title',
  'description',
  'reason',
  'outcome',
  'source.quote',
  'source.locator',
  'text',
  'name',
  'statusNote',
  'signatories',
  'milestone',
  'publisher',
  'document.fileName',
  'fileName',
]);
const langOf = (field: string) => (FREE_TEXT.has(field) ? 'de' : undefined);

const when = (iso: string, lang: Language) =>
  new Intl.DateTimeFormat(lang === 'en' ? 'en-GB' : 'de-DE', {
    dateStyle: 'medium',
    timeStyle: 'short',
    timeZone: 'Europe/Berlin',
  }).format(new Date(iso));

/** The entries of a history, newest first: when, what, who, and each changed field before → after. */
export function HistoryEntries({
  entries,
  lang,
  type,
}: {
  entries: HistoryEntry[];
  lang: Language;
  type?: HistoryType | undefined;
}) {
  return (
    <ol className="plain-list">
      {entries.map((e, i) => (
        <li key={i} className="entry">
          <p className="kern-body kern-body--bold">
            <time dateTime={e.at}>{when(e.at, lang)}</time> – {actionLabel(lang, e.action)} – {e.actor}
          </p>
          {e.changes.length ? (
            <dl className="facts kern-body">
              {e.changes.map((c) => (
                <Fragment key={c.field}>
                  <dt>{fieldLabel(lang, c.field)}</dt>
                  <dd>
                    <span className="visually-hidden">{t(lang, 'historyBefore')}: </span>
                    <span lang={langOf(c.field)}>{formatHistoryValue(lang, c.field, c.from, type, c.names)}</span>
                    <span aria-hidden="true"> → </span>
                    <span className="visually-hidden">, {t(lang, 'historyAfter')}: </span>
                    <span lang={langOf(c.field)}>{formatHistoryValue(lang, c.field, c.to, type, c.names)}</span>
                  </dd>
                </Fragment>
              ))}
            </dl>
          ) : (
            <p className="kern-body">{t(lang, 'historyNoFieldChanges')}</p>
          )}
        </li>
      ))}
    </ol>
  );
}

/**
 * Who changed what, when, field by field, from the audit log (shown to internal users only):
 * the latest entries on a record's page, with a link to its full history.
 */
export function AuditHistory({
  entries,
  lang,
  type,
  fullHref,
  limit = 5,
}: {
  entries: HistoryEntry[];
  lang: Language;
  type?: HistoryType;
  /** The record's full history page. */
  fullHref?: string;
  limit?: number;
}) {
  const newest = [...entries].reverse();
  return (
    <section className="section" aria-labelledby="audit-history">
      <h2 id="audit-history" className="kern-heading-large">
        {t(lang, 'historyHeading')}
      </h2>
      <p className="kern-body">{t(lang, 'historyIntro')}</p>
      {newest.length ? (
        <HistoryEntries entries={newest.slice(0, limit)} lang={lang} type={type} />
      ) : (
        <p className="kern-body">{t(lang, 'noEntries')}</p>
      )}
      {fullHref ? (
        <p className="kern-body">
          <a className="kern-link" href={fullHref}>
            {t(lang, 'historyFull')} ({entryCount(lang, newest.length)})
          </a>
        </p>
      ) : null}
    </section>
  );
}
