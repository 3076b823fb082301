import { Fragment } from 'react';
import { labelOf } from '../lib/labels.ts';
import { t, type Language } from '../lib/i18n.ts';

export interface HistoryEntry {
  at: string;
  actor: string;
  action: string;
  changes: { field: string; from: unknown; to: unknown }[];
}

const show = (value: unknown) =>
  value === null || value === undefined ? '–' : typeof value === 'string' ? value : JSON.stringify(value);

const when = (iso: string, lang: Language) =>
  new Intl.DateTimeFormat(lang === 'en' ? 'en-GB' : 'de-DE', {
    dateStyle: 'medium',
    timeStyle: 'short',
    timeZone: 'Europe/Berlin',
  }).format(new Date(iso));

/** Who changed what, when, field by field, from the audit log (shown to internal users only). */
export function AuditHistory({ entries, lang }: { entries: HistoryEntry[]; lang: Language }) {
  return (
    <section className="section" aria-labelledby="audit-history">
      <h2 id="audit-history" className="kern-heading-large">
        {t(lang, 'historyHeading')}
      </h2>
      <p className="kern-body">{t(lang, 'historyIntro')}</p>
      {entries.length ? (
        <ol className="plain-list">
          {[...entries].reverse().map((e, i) => (
            <li key={i} className="entry">
              <p className="kern-body kern-body--bold">
                {when(e.at, lang)} – {labelOf(lang, 'auditAction', e.action)} – {e.actor}
              </p>
              <dl className="facts kern-body">
                {e.changes.map((c) => (
                  <Fragment key={c.field}>
                    <dt>{c.field}</dt>
                    <dd>
                      <span lang="de">{show(c.from)}</span> → <span lang="de">{show(c.to)}</span>
                    </dd>
                  </Fragment>
                ))}
              </dl>
            </li>
          ))}
        </ol>
      ) : (
        <p className="kern-body">{t(lang, 'noEntries')}</p>
      )}
    </section>
  );
}
