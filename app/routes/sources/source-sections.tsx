import { citationPath, type SourceDetail } from '../../../core/sources/source.presenter.ts';
import { formatPartialDate } from '../../../core/shared/partial-date.ts';
import { label, t, type Language, type MessageKey } from '../../../text/i18n.ts';

type Props = { source: SourceDetail; lang: Language };

const languageName = (code: string, lang: Language) => {
  try {
    return new Intl.DisplayNames([lang], { type: 'language' }).of(code) ?? code;
  } catch {
    return code;
  }
};

/** What the document is: key, kind, publisher, date, language, visibility, address, file and checksum. */
export function SourceFacts({ source: s, lang }: Props) {
  const unknown = t(lang, 'sourceUnknown');
  return (
    <section className="section" aria-labelledby="source-facts">
      <h2 id="source-facts" className="kern-heading-large">
        {t(lang, 'sourceFacts')}
      </h2>
      <dl className="facts kern-body">
        <dt>{t(lang, 'sourceKeyLabel')}</dt>
        <dd>
          <code>{s.key}</code>
        </dd>
        <dt>{t(lang, 'sourceKindLabel')}</dt>
        <dd>{t(lang, `sourceKind_${s.kind}` as MessageKey)}</dd>
        <dt>{t(lang, 'sourcePublisherLabel')}</dt>
        <dd>{s.publisher ?? unknown}</dd>
        <dt>{t(lang, 'sourcePublishedLabel')}</dt>
        <dd>{s.publishedOn ? formatPartialDate(s.publishedOn, lang) : unknown}</dd>
        <dt>{t(lang, 'sourceLanguageLabel')}</dt>
        <dd>{languageName(s.language, lang)}</dd>
        <dt>{t(lang, 'sourceVisibilityLabel')}</dt>
        <dd>{label(lang, 'visibility', s.visibility)}</dd>
        <dt>{t(lang, 'sourceUrlLabel')}</dt>
        <dd>
          {s.url ? (
            <a className="kern-link" href={s.url} rel="noreferrer noopener">
              {s.url}
            </a>
          ) : (
            unknown
          )}
        </dd>
        <dt>{t(lang, 'sourceFileLabel')}</dt>
        <dd>
          {s.fileName} ({s.mediaType})
        </dd>
        <dt>{t(lang, 'sourceChecksum')}</dt>
        <dd className="checksum">
          <code>{s.sha256}</code>
        </dd>
      </dl>
    </section>
  );
}

/** The full text; where it was repaired, the repaired text beside the text as received, and what was changed. */
export function SourceText({ source: s, lang }: Props) {
  if (s.originalText === null)
    return (
      <section className="section" aria-labelledby="source-text">
        <h2 id="source-text" className="kern-heading-large">
          {t(lang, 'sourceTextHeading')}
        </h2>
        <div className="kern-body preserve-lines" lang={s.language}>
          {s.text}
        </div>
      </section>
    );
  return (
    <section className="section" aria-labelledby="source-text">
      <h2 id="source-text" className="kern-heading-large">
        {t(lang, 'sourceTextHeading')}
      </h2>
      <p className="kern-body">{t(lang, 'sourceRepairedIntro')}</p>
      <div className="source-texts">
        <div>
          <h3 className="kern-heading-medium">{t(lang, 'sourceRepairedHeading')}</h3>
          <div className="kern-body preserve-lines" lang={s.language}>
            {s.text}
          </div>
        </div>
        <div>
          <h3 className="kern-heading-medium">{t(lang, 'sourceOriginalHeading')}</h3>
          <div className="kern-body preserve-lines" lang={s.language}>
            {s.originalText}
          </div>
        </div>
      </div>
      <h3 className="kern-heading-medium">
        {t(lang, 'sourceRepairCount')}: {s.repairs.length}
      </h3>
      <ul className="kern-list" lang={s.language}>
        {s.repairs.slice(0, 500).map((r) => (
          <li key={r.at}>
            <del>{r.original}</del> → <ins>{r.repaired}</ins>
          </li>
        ))}
      </ul>
    </section>
  );
}

/** The facts of the register that cite the document (those the reader may see), with the passage. */
export function SourceCitations({ source: s, lang }: Props) {
  return (
    <section className="section" aria-labelledby="source-citations">
      <h2 id="source-citations" className="kern-heading-large">
        {t(lang, 'sourceCitationsHeading')}
      </h2>
      {s.citations.length ? (
        <ul className="plain-list">
          {s.citations.map((c, i) => {
            const path = citationPath(c);
            const name = c.label ?? c.ref ?? c.subject;
            return (
              <li key={i} className="entry kern-body">
                <p className="kern-body">
                  {path ? (
                    <a className="kern-link" href={`${path}${lang === 'en' ? '?lang=en' : ''}`}>
                      {name}
                    </a>
                  ) : (
                    name
                  )}{' '}
                  ({c.locator})
                </p>
                <blockquote className="quote kern-body" lang={s.language}>
                  {c.quote}
                </blockquote>
              </li>
            );
          })}
        </ul>
      ) : (
        <p className="kern-body">{t(lang, 'sourceNoCitations')}</p>
      )}
    </section>
  );
}

/**
 * The candidate facts the document yielded: the counts by review status here; the list of
 * candidates with their passages is filled in by the review queue.
 */
export function SourceCandidates({ source: s, lang }: Props) {
  const c = s.candidates;
  return (
    <section className="section" aria-labelledby="source-candidates" id="candidates">
      <h2 id="source-candidates" className="kern-heading-large">
        {t(lang, 'sourceCandidatesHeading')}
      </h2>
      <p className="kern-body">{t(lang, 'sourceCandidatesIntro')}</p>
      <p className="kern-body">
        {t(lang, 'sourceCandidatesCounts')}: {c.open}, {c.accepted}, {c.merged}, {c.rejected}
      </p>
      {/* The review queue's list of this document's candidates goes here. */}
    </section>
  );
}
