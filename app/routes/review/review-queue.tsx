import { candidateStatuses, factTypes, type CandidateStatus, type FactType } from '../../../core/shared/vocabulary.ts';
import { findCandidates, type CandidateQueue } from '../../../db/review/candidates.queries.ts';
import { FilterForm } from '../../components/filter-form.tsx';
import { ScrollTable } from '../../components/scroll-table.tsx';
import type { PagePolicy } from '../../lib/guard.ts';
import { guardedPage } from '../../lib/guarded-page.ts';
import { t, type Language } from '../../../text/i18n.ts';
import { dateLabel, matchLabel, reviewHref, statusLabel, typeLabel } from './review-labels.ts';
import type { Route } from './+types/review-queue.ts';

export const handle = { policy: { loader: 'reviewer' } } satisfies { policy: PagePolicy };

export const meta: Route.MetaFunction = ({ loaderData }) => [
  { title: `${t(loaderData?.lang ?? 'de', 'rvTitle')} – Brückenbauer` },
];

const FILTERS = ['status', 'quelle', 'partnerschaft', 'art'] as const;
type Filter = (typeof FILTERS)[number];

export async function loader({ context, request }: Route.LoaderArgs) {
  const { actor, db, lang } = guardedPage(context, request, 'reviewer');
  const search = new URL(request.url).searchParams;
  const values = Object.fromEntries(FILTERS.map((f) => [f, search.get(f) ?? ''])) as Record<Filter, string>;
  const errors: Partial<Record<Filter, string>> = {};
  if (values.status && !(candidateStatuses as readonly string[]).includes(values.status))
    errors.status = t(lang, 'rvErr_vocabulary');
  if (values.art && !(factTypes as readonly string[]).includes(values.art)) errors.art = t(lang, 'rvErr_vocabulary');
  const page = /^\d{1,6}$/.test(search.get('seite') ?? '') ? Number(search.get('seite')) : 1;
  const queue = await findCandidates(db, actor, {
    status: errors.status ? undefined : (values.status as CandidateStatus) || undefined,
    type: errors.art ? undefined : (values.art as FactType) || undefined,
    source: values.quelle || undefined,
    partnership: values.partnerschaft || undefined,
    page,
    pageSize: 25,
  });
  return { lang, values, errors, queue: { ...queue, items: queue.items.map(item) } };
}

const item = (c: CandidateQueue['items'][number]) => ({
  id: c.id,
  type: c.type,
  status: c.status,
  match: c.match,
  source: c.source,
  sourceTitle: c.sourceTitle,
  partner: c.fact.partner?.name ?? null,
  date: c.fact.date,
  endDate: c.fact.endDate,
  quote: c.quote.length > 160 ? `${c.quote.slice(0, 157)}…` : c.quote,
});

function Groups(props: {
  lang: Language;
  id: string;
  heading: 'rvBySource' | 'rvByPartnership';
  filter: Filter;
  groups: { key: string; name: string; open: number; total: number }[];
}) {
  const { lang, groups } = props;
  if (!groups.length) return null;
  return (
    <section className="section" aria-labelledby={props.id}>
      <h2 id={props.id} className="kern-heading-medium">
        {t(lang, props.heading)}
      </h2>
      <ScrollTable
        lang={lang}
        caption={t(lang, props.heading)}
        columns={[props.heading, 'rvOpenColumn', 'rvTotalColumn']}
      >
        {groups.map((g) => (
          <tr key={g.key} className="kern-table__row">
            <td className="kern-table__cell">
              <a className="kern-link" href={reviewHref(lang, '', { [props.filter]: g.key })}>
                {g.name}
              </a>
            </td>
            <td className="kern-table__cell">{g.open}</td>
            <td className="kern-table__cell">{g.total}</td>
          </tr>
        ))}
      </ScrollTable>
    </section>
  );
}

/** The review queue by document and by partnership, with filters, counts and pages. */
export default function ReviewQueue({ loaderData }: Route.ComponentProps) {
  const { lang, values, errors, queue } = loaderData;
  const pageHref = (page: number) =>
    reviewHref(lang, '', {
      ...Object.fromEntries(Object.entries(values).filter(([, v]) => v)),
      ...(page > 1 ? { seite: String(page) } : {}),
    });
  return (
    <main id="main" className="kern-container page">
      <h1 className="kern-heading-x-large">{t(lang, 'rvTitle')}</h1>
      <p className="kern-body">{t(lang, 'rvIntro')}</p>
      <FilterForm
        lang={lang}
        action="/pruefung"
        resetHref={reviewHref(lang)}
        heading="rvFilters"
        filters={[
          { field: 'status', label: 'rvFilterStatus' },
          { field: 'quelle', label: 'rvFilterSource' },
          { field: 'partnerschaft', label: 'rvFilterPartnership' },
          { field: 'art', label: 'rvFilterType' },
        ]}
        values={values}
        errors={errors}
        options={{
          status: candidateStatuses.map((s) => ({ value: s, label: statusLabel(lang, s) })),
          quelle: queue.bySource.map((g) => ({ value: g.key, label: g.name })),
          partnerschaft: queue.byPartnership.map((g) => ({ value: g.key, label: g.name })),
          art: factTypes.map((f) => ({ value: f, label: typeLabel(lang, f) })),
        }}
      />
      <p className="kern-body" role="status">
        {`${t(lang, 'rvCounts')}: ${candidateStatuses.map((s) => `${queue.counts[s]} ${statusLabel(lang, s)}`).join(', ')}`}
      </p>
      <section className="section" aria-labelledby="candidates">
        <h2 id="candidates" className="kern-heading-large">
          {t(lang, 'rvCandidatesHeading')}
        </h2>
        {queue.items.length ? (
          <ScrollTable
            lang={lang}
            caption={t(lang, 'rvCandidatesHeading')}
            columns={['rvCandidateColumn', 'rvMatchColumn', 'rvStatusColumn', 'rvSourceColumn', 'rvQuoteColumn']}
          >
            {queue.items.map((c) => (
              <tr key={c.id} className="kern-table__row">
                <td className="kern-table__cell">
                  <a className="kern-link" href={reviewHref(lang, `/${c.id}`)}>
                    {typeLabel(lang, c.type)}: {c.partner ?? t(lang, 'rvUnknownPartner')},{' '}
                    {dateLabel(lang, c.date, c.endDate)}
                  </a>
                </td>
                <td className="kern-table__cell">{matchLabel(lang, c.match)}</td>
                <td className="kern-table__cell">{statusLabel(lang, c.status)}</td>
                <td className="kern-table__cell">{c.sourceTitle}</td>
                <td className="kern-table__cell">»{c.quote}«</td>
              </tr>
            ))}
          </ScrollTable>
        ) : (
          <p className="kern-body">{t(lang, 'rvNone')}</p>
        )}
        {queue.pages > 1 ? (
          <nav className="pagination kern-body" aria-label={t(lang, 'rvPage')}>
            {queue.page > 1 ? (
              <a className="kern-link" href={pageHref(queue.page - 1)} rel="prev">
                {t(lang, 'rvPrevious')}
              </a>
            ) : null}{' '}
            <span>
              {t(lang, 'rvPage')} {queue.page} {t(lang, 'rvOf')} {queue.pages}
            </span>{' '}
            {queue.page < queue.pages ? (
              <a className="kern-link" href={pageHref(queue.page + 1)} rel="next">
                {t(lang, 'rvNext')}
              </a>
            ) : null}
          </nav>
        ) : null}
      </section>
      <Groups lang={lang} id="by-source" heading="rvBySource" filter="quelle" groups={queue.bySource} />
      <Groups
        lang={lang}
        id="by-partnership"
        heading="rvByPartnership"
        filter="partnerschaft"
        groups={queue.byPartnership}
      />
    </main>
  );
}
