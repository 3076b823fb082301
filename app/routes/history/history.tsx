import { data } from 'react-router';
import { servicesContext } from '#app-context';
import { canReadHistory } from '../../../core/access/visibility.ts';
import { historyTypeOf } from '../../../core/history/history-subjects.ts';
import { recordPath } from '../../../core/search/search-results.ts';
import { findHistorySubject, recordHistory } from '../../../db/history/history.queries.ts';
import { HistoryEntries } from '../../components/audit-history.tsx';
import { guard, type PagePolicy } from '../../lib/guard.ts';
import { entryCount } from '../../lib/history-format.ts';
import { pickLanguage, t } from '../../../text/i18n.ts';
import { typeLabel } from '../../../text/search-labels.ts';
import type { Route } from './+types/history.ts';
import { BackLink } from '../../components/page-notices.tsx';
import { pageTitle } from '../../lib/page-title.ts';

export const handle = { policy: { loader: 'internal' } } satisfies { policy: PagePolicy };

export const meta: Route.MetaFunction = ({ loaderData }) =>
  pageTitle(loaderData && `${t(loaderData.lang, 'historyTitle')}: ${loaderData.subject.title}`);

export async function loader({ context, request, params }: Route.LoaderArgs) {
  const info = guard(context, request, 'internal');
  const { db } = context.get(servicesContext);
  const lang = pickLanguage(request);
  const type = historyTypeOf(params.type);
  const subject = type ? await findHistorySubject(db, type, params.ref) : null;
  // Unknown records and records the reader may not see both answer 404, so nothing leaks.
  if (!subject || !canReadHistory(info.actor, subject)) throw data(null, { status: 404 });
  const path = recordPath(subject.type, subject.key);
  return {
    lang,
    subject: {
      type: subject.type,
      title: lang === 'en' && subject.titleEn ? subject.titleEn : subject.title,
      english: lang === 'en' && subject.titleEn !== null,
      href: path && (lang === 'en' ? `${path}?lang=en` : path),
    },
    entries: (await recordHistory(db, subject.type, subject.id)).reverse(),
  };
}

/** The full history of one record from the audit log, newest first, field by field (internal users only). */
export default function History({ loaderData }: Route.ComponentProps) {
  const { lang, subject, entries } = loaderData;
  return (
    <main id="main" className="kern-container page">
      {subject.href ? <BackLink href={subject.href}>{t(lang, 'historyBackToRecord')}</BackLink> : null}
      <p className="kern-body">
        <span className="kern-badge kern-badge--info">
          <span className="kern-label kern-label--small">{typeLabel(lang, subject.type)}</span>
        </span>
      </p>
      <h1 className="kern-heading-x-large">
        {t(lang, 'historyTitle')}: <span lang={subject.english ? 'en' : 'de'}>{subject.title}</span>
      </h1>
      <p className="kern-body">{t(lang, 'historyPageIntro')}</p>
      <p className="kern-body result-count">{entryCount(lang, entries.length)}</p>
      {entries.length ? (
        <HistoryEntries entries={entries} lang={lang} type={subject.type} />
      ) : (
        <p className="kern-body">{t(lang, 'noEntries')}</p>
      )}
    </main>
  );
}
