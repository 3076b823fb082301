import type { Citation } from '../../core/sources/citation.ts';
import { formatPartialDate } from '../../core/shared/partial-date.ts';
import { t, type Language } from '../../text/i18n.ts';
import { labelOf } from '../../text/labels.ts';

/** One source passage: the quote in its own language, then the document, its date and where in it. */
export function CitationBlock({ c, lang }: { c: Citation; lang: Language }) {
  return (
    <figure className="citation">
      <blockquote className="kern-body quote" lang="de">
        „{c.quote}“
      </blockquote>
      <figcaption className="kern-body--small">
        {t(lang, 'quote')}: <cite lang="de">{c.sourceTitle}</cite>
        {c.publishedOn ? ` (${formatPartialDate(c.publishedOn, lang)})` : ''}
        {c.locator ? `, ${c.locator}` : ''}
      </figcaption>
    </figure>
  );
}

/** All citations of one fact. */
export function Citations({ list, lang }: { list: readonly Citation[]; lang: Language }) {
  return list.map((c, i) => <CitationBlock key={i} c={c} lang={lang} />);
}

/** The citations of a record, each under the claim it supports (stacked, so it reads on a phone). */
export function ClaimedCitations({ list, lang }: { list: readonly Citation[]; lang: Language }) {
  return (
    <ul className="plain-list">
      {list.map((c, i) => (
        <li key={i} className="entry">
          <p className="kern-body kern-body--bold">
            {t(lang, 'claim')}: {labelOf(lang, 'claim', c.claim)}
          </p>
          <CitationBlock c={c} lang={lang} />
        </li>
      ))}
    </ul>
  );
}
