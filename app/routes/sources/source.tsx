import { data } from 'react-router';
import { seesInternalRecords } from '../../../core/access/visibility.ts';
import { AppError } from '../../../core/shared/errors.ts';
import { getVisibleSource } from '../../../db/sources/sources.queries.ts';
import { recordHistory } from '../../../db/history/history.queries.ts';
import { AuditHistory } from '../../components/audit-history.tsx';
import { type PagePolicy } from '../../lib/guard.ts';
import { guardedPage } from '../../lib/guarded-page.ts';
import { t } from '../../../text/i18n.ts';
import { SourceCandidates, SourceCitations, SourceFacts, SourceText } from './source-sections.tsx';
import { sourcesHref } from './source-links.ts';
import type { Route } from './+types/source.ts';
import { BackLink, SuccessNotice } from '../../components/page-notices.tsx';

export const handle = { policy: { loader: 'public' } } satisfies { policy: PagePolicy };

export const meta: Route.MetaFunction = ({ loaderData }) => [
  { title: loaderData ? `${loaderData.source.title} – Brückenbauer` : 'Brückenbauer' },
];

const FLAG_TEXT = { hinzugefuegt: 'sourceAdded', vorhanden: 'sourceDuplicate' } as const;

export async function loader({ context, request, params }: Route.LoaderArgs) {
  const { info, db, lang } = guardedPage(context, request, 'public');
  let source;
  try {
    source = await getVisibleSource(db, info.actor, params.key);
  } catch (error) {
    // Unknown and hidden documents both answer 404, so nothing leaks.
    if (error instanceof AppError && error.code === 'NOT_FOUND') throw data(null, { status: 404 });
    throw error;
  }
  const search = new URL(request.url).searchParams;
  return {
    lang,
    source,
    // Who added a document and when is internal, and shown only with the document itself.
    history: seesInternalRecords(info.actor) ? await recordHistory(db, 'source_document', source.id) : null,
    flag: (['hinzugefuegt', 'vorhanden'] as const).find((f) => search.has(f)) ?? null,
  };
}

/** One document of the library: what it is, its full text (repaired beside the original), what it supports, what it yielded. */
export default function Source({ loaderData }: Route.ComponentProps) {
  const { lang, source, history, flag } = loaderData;
  return (
    <main id="main" className="kern-container page">
      <BackLink href={sourcesHref(lang)}>{t(lang, 'backToSources')}</BackLink>
      <h1 className="kern-heading-x-large" lang={source.language}>
        {source.title}
      </h1>
      {flag ? (
        <SuccessNotice>
          {t(lang, FLAG_TEXT[flag])} <span className="checksum">{flag === 'vorhanden' ? source.key : null}</span>
        </SuccessNotice>
      ) : null}
      <SourceFacts source={source} lang={lang} />
      <SourceText source={source} lang={lang} />
      <SourceCitations source={source} lang={lang} />
      <SourceCandidates source={source} lang={lang} />
      {history ? <AuditHistory entries={history} lang={lang} /> : null}
    </main>
  );
}
