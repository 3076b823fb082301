import { groupCitations, type Citation } from '../../core/sources/citation.ts';
import { formatPartialDate } from '../../core/shared/partial-date.ts';
import { t, type Language } from '../../text/i18n.ts';
import { labelOf } from '../../text/labels.ts';
import { sourceHref } from '../routes/sources/source-links.ts';

/** A source by its title, linked to its page in the library when every reader may open it. */
export function SourceTitle({
  c,
  lang,
}: {
  c: Pick<Citation, 'source' | 'sourceTitle' | 'sourcePublic'>;
  lang: Language;
}) {
  const title = <cite lang="de">{c.sourceTitle}</cite>;
  if (!c.sourcePublic) return title;
  return (
    <a className="kern-link in-text" href={sourceHref(c.source, lang)}>
      {title}
    </a>
  );
}

/** One source passage: the quote in its own language, then the document, its date and where in it. */
export function CitationBlock({ c, lang }: { c: Citation; lang: Language }) {
  return (
    <figure className="citation">
      <blockquote className="kern-body quote" lang="de">
        „{c.quote}“
      </blockquote>
      <figcaption className="kern-body--small">
        {t(lang, 'quote')}: <SourceTitle c={c} lang={lang} />
        {c.publishedOn ? ` (${formatPartialDate(c.publishedOn, lang)})` : ''}
        {c.locator ? `, ${c.locator}` : ''}
      </figcaption>
    </figure>
  );
}

/** All citations of one fact, each passage once. */
export function Citations({ list, lang }: { list: readonly Citation[]; lang: Language }) {
  return groupCitations(list).map((c, i) => <CitationBlock key={i} c={c} lang={lang} />);
}

/** The citations of a record, each passage once under the claims it supports (stacked, so it reads on a phone). */
export function ClaimedCitations({ list, lang }: { list: readonly Citation[]; lang: Language }) {
  return (
    <ul className="plain-list">
      {groupCitations(list).map((c, i) => (
        <li key={i} className="entry">
          <p className="kern-body kern-body--bold">
            {t(lang, c.claims.length > 1 ? 'claimsSupported' : 'claim')}:{' '}
            {c.claims.length
              ? c.claims.map((claim) => labelOf(lang, 'claim', claim)).join(', ')
              : labelOf(lang, 'claim', null)}
          </p>
          <CitationBlock c={c} lang={lang} />
        </li>
      ))}
    </ul>
  );
}
